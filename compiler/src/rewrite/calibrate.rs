//! CPU calibration for the cost model: streaming bandwidth, vector arithmetic rate, and the
//! latency of a dependent recurrence step, measured on this machine with plain Rust loops
//! (what LLVM makes of them at -O, like the kernels hyenac generates).

use std::hint::black_box;
use std::time::Instant;

use super::cost::CostModel;

/// Best-of-`reps` seconds of `f`.
pub fn best(reps: usize, mut f: impl FnMut()) -> f64 {
    (0..reps)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Measures the host CPU and returns its cost model.
pub fn calibrate() -> CostModel {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Bandwidth: a triad y = a·x + y over two 512 MiB arrays on every core (beyond even
    // server-class last-level caches).
    let n = 128 << 20;
    let x = vec![1.0f32; n];
    let mut y = vec![2.0f32; n];
    let t = best(5, || {
        std::thread::scope(|s| {
            for (xs, ys) in x.chunks(n / threads).zip(y.chunks_mut(n / threads)) {
                s.spawn(move || {
                    for (a, b) in xs.iter().zip(ys.iter_mut()) {
                        *b += 1.0001 * *a;
                    }
                });
            }
        });
        black_box(&y);
    });
    let bandwidth = 12.0 * n as f64 / t;
    // Arithmetic: independent multiply-adds on a cache-resident array, every core.
    let m = 4096;
    let iters = 2000;
    let t = best(5, || {
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(move || {
                    let mut acc = vec![0.5f32; m];
                    for i in 0..iters {
                        let k = 1.0 + i as f32 * 1e-9;
                        for a in acc.iter_mut() {
                            *a = *a * 0.999_9 + k;
                        }
                    }
                    black_box(&acc);
                });
            }
        });
    });
    let flops = 2.0 * (m * iters * threads) as f64 / t;
    // A dependent complex recurrence step (the scan's critical path).
    let steps = 1 << 22;
    let t = best(3, || {
        let (mut re, mut im) = (0.0f64, 0.0f64);
        for i in 0..steps {
            let u = black_box(i as f64);
            let (r, q) = (0.99 * re - 0.01 * im + u, 0.01 * re + 0.99 * im);
            re = r;
            im = q;
        }
        black_box((re, im));
    });
    CostModel {
        target: "cpu".into(),
        bandwidth,
        flops,
        // Blocked matrix products reach about twice the streaming arithmetic rate (mlir-path.md
        // measured ~117 GFLOP/s for a vectorised 256³ matmul on this class of CPU).
        matmul_flops: 2.0 * flops,
        launch: 0.2e-6,
        step_latency: t / steps as f64,
        // Cores × 16 f32 lanes (AVX-512) × 4 independent chains to cover FMA latency.
        lanes: 64.0 * threads as f64,
        onchip_bytes: 2.0 * 1048576.0,
        // The kernels' slowdowns against these estimates are measured by the crossover
        // benchmark, not here; the development machine's figures are the starting point.
        conv_slowdown: CostModel::cpu().conv_slowdown,
    }
}
