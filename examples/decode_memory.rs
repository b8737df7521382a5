//! Decoding memory and speed at a given position: loads the artifact (timed), scores `POSITION`
//! tokens chunk by chunk (chunks of `CHUNK`, carrying the state), then decodes `STEPS` tokens
//! one at a time, and prints the state bytes, the resident memory (VmRSS while decoding, VmHWM:
//! the process's peak), the decode speed, and the decode speed against the memory-bandwidth
//! bound `bandwidth / weight bytes per token`, with this machine's read bandwidth measured in
//! the same run (a parallel sum over 2 GiB on `HYENAC_THREADS` threads, best of 5). Run once
//! per position, each in its own process, to compare resident memory.
//!
//! ```sh
//! cargo run --release -p hyenac-runtime --example decode_memory -- \
//!     MODEL.hyx [--weights W.safetensors] POSITION CHUNK STEPS
//! ```

use std::path::Path;
use std::time::Instant;

use hyenac_runtime::{Model, RuntimeError};

/// A `/proc/self/status` figure in KiB (Linux), 0 where unknown.
fn status_kib(key: &str) -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Resident memory of this process in KiB.
fn rss_kib() -> usize {
    status_kib("VmRSS:")
}

/// Read bandwidth in bytes/s: the best of 5 parallel sums over 2 GiB (freed after).
fn read_bandwidth() -> f64 {
    use rayon::prelude::*;
    let threads = hyenac_runtime::pool::threads_from_env()
        .ok()
        .flatten()
        .unwrap_or(2);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("threads");
    let words = (2usize << 30) / 8;
    let buf: Vec<u64> = (0..words as u64).collect();
    let mut best = 0.0f64;
    for _ in 0..5 {
        let t = Instant::now();
        let s: u64 = pool.install(|| {
            buf.par_chunks(1 << 16)
                .map(|c| c.iter().fold(0u64, |a, &x| a.wrapping_add(x)))
                .reduce(|| 0, u64::wrapping_add)
        });
        let secs = t.elapsed().as_secs_f64();
        std::hint::black_box(s);
        best = best.max((words * 8) as f64 / secs);
    }
    best
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let weights = args.iter().position(|a| a == "--weights").map(|i| {
        let w = args.remove(i + 1);
        args.remove(i);
        w
    });
    if args.len() != 4 {
        eprintln!("usage: decode_memory MODEL.hyx [--weights W] POSITION CHUNK STEPS");
        std::process::exit(2);
    }
    let num = |i: usize| -> usize {
        args[i].parse().unwrap_or_else(|_| {
            eprintln!("error: `{}` is not a number", args[i]);
            std::process::exit(2)
        })
    };
    let (position, chunk, steps) = (num(1), num(2).max(1), num(3));
    let run = || -> Result<(), RuntimeError> {
        let t = Instant::now();
        let model =
            Model::load_with_weights(Path::new(&args[0]), weights.as_deref().map(Path::new))?;
        println!(
            "loaded in {:.1} s; resident {:.2} GiB (peak so far {:.2} GiB)",
            t.elapsed().as_secs_f64(),
            rss_kib() as f64 / 1048576.0,
            status_kib("VmHWM:") as f64 / 1048576.0
        );
        // Bytes a decode step reads: every constant its plan reads (weights, tables) once.
        let plan = model
            .manifest
            .stateful_plan()
            .unwrap_or(&model.manifest.plan);
        let mut read = vec![false; model.manifest.constants.len()];
        for call in &plan.calls {
            for a in &call.args {
                if let hyenac_runtime::Arg::Constant(i) = a {
                    read[*i] = true;
                }
            }
        }
        let weight_bytes: usize = model
            .manifest
            .constants
            .iter()
            .zip(&read)
            .filter(|(_, r)| **r)
            .map(|(c, _)| c.dtype.size() * c.rows * c.cols)
            .sum();
        let vocab = model.manifest.plan.vocab as u64;
        let mut session = model.session()?;
        if position + steps > session.max_len() {
            return Err(RuntimeError::Input(format!(
                "POSITION {position} + STEPS {steps} exceeds the artifact's maximum length {}",
                session.max_len()
            )));
        }
        // A fixed pseudo-random token stream.
        let mut x = 0x2545F4914F6CDD1Du64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % vocab) as i64
        };
        let t = Instant::now();
        let mut buf = Vec::with_capacity(chunk);
        while session.position() < position {
            buf.clear();
            let n = chunk.min(position - session.position());
            buf.extend((0..n).map(|_| next()));
            session.feed(&buf)?;
        }
        let prefill = t.elapsed().as_secs_f64();
        // Printed before decoding, so that a long prefill's figures survive a failed step.
        println!(
            "position {position} (chunks of {chunk}: {prefill:.1} s, {:.0} tokens/s); state {:.1} KiB; peak resident so far {:.2} GiB",
            position as f64 / prefill.max(1e-12),
            session.state_bytes() as f64 / 1024.0,
            status_kib("VmHWM:") as f64 / 1048576.0
        );
        let rss_before = rss_kib();
        let t = Instant::now();
        let mut peak = 0;
        for _ in 0..steps {
            session.decode(next())?;
            peak = peak.max(rss_kib());
        }
        let decode = t.elapsed().as_secs_f64();
        println!(
            "decode {steps} steps: {:.2} ms/token ({:.1} tokens/s)",
            1e3 * decode / steps.max(1) as f64,
            steps as f64 / decode.max(1e-12)
        );
        println!(
            "state {:.1} KiB; resident memory while decoding: {:.1} MiB (before {:.1} MiB); peak resident {:.2} GiB",
            session.state_bytes() as f64 / 1024.0,
            peak as f64 / 1024.0,
            rss_before as f64 / 1024.0,
            status_kib("VmHWM:") as f64 / 1048576.0
        );
        drop(session);
        drop(model);
        let bw = read_bandwidth();
        let bound = bw / weight_bytes as f64;
        let speed = steps as f64 / decode.max(1e-12);
        println!(
            "read bandwidth {:.1} GB/s; {:.2} GB of constants per token: bound {:.2} tokens/s; decode at {:.0}% of it",
            bw / 1e9,
            weight_bytes as f64 / 1e9,
            bound,
            100.0 * speed / bound
        );
        Ok(())
    };
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
