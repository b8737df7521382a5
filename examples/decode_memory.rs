//! Decoding memory and speed at a given position: scores `POSITION` tokens chunk by chunk
//! (chunks of `CHUNK`, carrying the state), then decodes `STEPS` tokens one at a time, and
//! prints the state bytes, the resident memory (VmRSS) while decoding, and the decode speed.
//! Run once per position, each in its own process, to compare resident memory.
//!
//! ```sh
//! cargo run --release -p hyenac-runtime --example decode_memory -- \
//!     MODEL.hyx [--weights W.safetensors] POSITION CHUNK STEPS
//! ```

use std::path::Path;
use std::time::Instant;

use hyenac_runtime::{Model, RuntimeError};

/// Resident memory of this process in KiB (Linux), 0 where unknown.
fn rss_kib() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
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
        let model =
            Model::load_with_weights(Path::new(&args[0]), weights.as_deref().map(Path::new))?;
        let vocab = model.manifest.plan.vocab as u64;
        let mut session = model.session()?;
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
        let rss_before = rss_kib();
        let t = Instant::now();
        let mut peak = 0;
        for _ in 0..steps {
            session.decode(next())?;
            peak = peak.max(rss_kib());
        }
        let decode = t.elapsed().as_secs_f64();
        println!(
            "position {position} (chunks of {chunk}: {:.1} s, {:.0} tokens/s); decode {steps} steps: {:.2} ms/token ({:.1} tokens/s)",
            prefill,
            position as f64 / prefill.max(1e-12),
            1e3 * decode / steps.max(1) as f64,
            steps as f64 / decode.max(1e-12)
        );
        println!(
            "state {:.1} KiB; resident memory while decoding: {:.1} MiB (before {:.1} MiB)",
            session.state_bytes() as f64 / 1024.0,
            peak as f64 / 1024.0,
            rss_before as f64 / 1024.0
        );
        Ok(())
    };
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
