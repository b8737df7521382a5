//! The executor's worker threads: they run the parts of a split kernel call. A decode step
//! makes dozens of short calls back to back, so waking sleeping threads for each (tens of
//! microseconds on a VM) would cost more than the work; workers spin on the job counter for a
//! while after each job and only then sleep on a condition variable.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long an idle worker spins before it sleeps.
const SPIN: Duration = Duration::from_millis(2);

/// A job: the same function for every part index.
type Job = dyn Fn(usize) + Sync;

struct Shared {
    /// Incremented for every job; workers run a job once per increment.
    generation: AtomicU64,
    /// The current job (valid while `remaining > 0`), lifetime-erased.
    job: Mutex<Option<&'static Job>>,
    /// Parts not finished yet.
    remaining: AtomicUsize,
    /// Sleeping workers wait here for a new generation.
    wake: Condvar,
    sleep_lock: Mutex<()>,
}

/// A fixed set of worker threads; part 0 of every job runs on the calling thread.
pub struct Pool {
    shared: &'static Shared,
    workers: usize,
    /// One job at a time.
    busy: Mutex<()>,
}

impl Pool {
    fn new(threads: usize) -> Pool {
        let shared: &'static Shared = Box::leak(Box::new(Shared {
            generation: AtomicU64::new(0),
            job: Mutex::new(None),
            remaining: AtomicUsize::new(0),
            wake: Condvar::new(),
            sleep_lock: Mutex::new(()),
        }));
        // As many workers as the system lets this process start (each part runs on its own
        // thread, so a short pool only means fewer parts).
        let mut workers = 0;
        for w in 0..threads.saturating_sub(1) {
            let index = w + 1;
            let started = std::thread::Builder::new()
                .name(format!("hyenac-{index}"))
                .stack_size(256 * 1024)
                .spawn(move || worker(shared, index));
            if started.is_err() {
                break;
            }
            workers += 1;
        }
        Pool {
            shared,
            workers,
            busy: Mutex::new(()),
        }
    }

    /// Parts per job: the workers and the calling thread.
    pub fn parts(&self) -> usize {
        self.workers + 1
    }

    /// Runs `f(0..parts)`, part 0 here and the others on the workers, and returns when all
    /// have finished.
    pub fn run(&self, f: &(dyn Fn(usize) + Sync + '_)) {
        if self.workers == 0 {
            f(0);
            return;
        }
        let _one = self.busy.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: the reference is only used by workers until `remaining` reaches 0, which this
        // function waits for before returning (and before `f` can go out of scope).
        let job: &'static Job =
            unsafe { std::mem::transmute::<&(dyn Fn(usize) + Sync + '_), &'static Job>(f) };
        *self.shared.job.lock().unwrap_or_else(|e| e.into_inner()) = Some(job);
        self.shared.remaining.store(self.workers, Ordering::SeqCst);
        {
            // Under the sleep lock, so that a worker about to sleep sees the new generation.
            let _g = self
                .shared
                .sleep_lock
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            self.shared.generation.fetch_add(1, Ordering::SeqCst);
            self.shared.wake.notify_all();
        }
        f(0);
        while self.shared.remaining.load(Ordering::Acquire) > 0 {
            std::hint::spin_loop();
            std::thread::yield_now();
        }
        *self.shared.job.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

fn worker(shared: &'static Shared, index: usize) {
    let mut seen = 0u64;
    loop {
        // Spin for a while, then sleep until the next job.
        let start = Instant::now();
        let mut current = shared.generation.load(Ordering::Acquire);
        while current == seen && start.elapsed() < SPIN {
            for _ in 0..64 {
                std::hint::spin_loop();
            }
            // Let other threads run when there are more threads than cores.
            std::thread::yield_now();
            current = shared.generation.load(Ordering::Acquire);
        }
        if current == seen {
            let mut g = shared.sleep_lock.lock().unwrap_or_else(|e| e.into_inner());
            while shared.generation.load(Ordering::Acquire) == seen {
                g = shared.wake.wait(g).unwrap_or_else(|e| e.into_inner());
            }
            drop(g);
            current = shared.generation.load(Ordering::Acquire);
        }
        seen = current;
        let job = *shared.job.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(job) = job {
            job(index);
        }
        shared.remaining.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Most threads the executor runs on (`HYENAC_THREADS` above it is refused).
pub const MAX_THREADS: usize = 1024;

/// The thread count `HYENAC_THREADS` asks for: `Ok(None)` when unset, an error naming the
/// value when it is not a whole number between 1 and [`MAX_THREADS`].
pub fn threads_from_env() -> Result<Option<usize>, String> {
    match std::env::var("HYENAC_THREADS") {
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(v)) => {
            Err(format!("HYENAC_THREADS={v:?}: not a number"))
        }
        Ok(v) => match v.trim().parse::<usize>() {
            Ok(n) if (1..=MAX_THREADS).contains(&n) => Ok(Some(n)),
            _ => Err(format!(
                "HYENAC_THREADS={v}: must be a whole number from 1 to {MAX_THREADS}"
            )),
        },
    }
}

/// Threads the executor runs a parted kernel on: `HYENAC_THREADS` if set and valid (the
/// command line refuses an invalid one; a library caller gets the default), otherwise every
/// core this process may use.
pub fn threads() -> usize {
    static N: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *N.get_or_init(|| {
        threads_from_env().ok().flatten().unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(MAX_THREADS)
        })
    })
}

/// The process's pool, with [`threads`] threads.
pub fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| Pool::new(threads()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_runs_once_per_job() {
        let pool = Pool::new(4);
        for _ in 0..1000 {
            let hits: Vec<AtomicUsize> = (0..pool.parts()).map(|_| AtomicUsize::new(0)).collect();
            pool.run(&|i| {
                hits[i].fetch_add(1, Ordering::Relaxed);
            });
            assert!(hits.iter().all(|h| h.load(Ordering::Relaxed) == 1));
        }
    }
}
