//! The device check: runs compiled artifacts on the tokens of the fixtures and compares the
//! logits with the expected ones. It needs only the runtime (no LLVM/MLIR), so it can be built
//! here and carried to a GPU machine together with the artifacts (scripts/gpu-check.sh).
//!
//! ```sh
//! gpu_check ARTIFACT.hyx EXPECTED.safetensors [ARTIFACT.hyx EXPECTED.safetensors …]
//! ```

use hyenac_runtime::Model;
use safetensors::{Dtype, SafeTensors};

fn tensor<T>(st: &SafeTensors, name: &str, dtype: Dtype, conv: fn(&[u8]) -> T) -> Vec<T> {
    let t = st
        .tensor(name)
        .unwrap_or_else(|_| panic!("no tensor `{name}`"));
    assert_eq!(t.dtype(), dtype, "{name}");
    let size = t.data().len() / t.shape().iter().product::<usize>().max(1);
    t.data().chunks_exact(size).map(conv).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut failures = 0;
    for pair in args.chunks(2) {
        let (art, expected) = (&pair[0], &pair[1]);
        let bytes = std::fs::read(expected).expect("expected file");
        let st = SafeTensors::deserialize(&bytes).expect("safetensors");
        let tokens = tensor(&st, "tokens", Dtype::I64, |b| {
            i64::from_le_bytes(b.try_into().unwrap())
        });
        let want = tensor(&st, "logits", Dtype::F64, |b| {
            f64::from_le_bytes(b.try_into().unwrap())
        });
        let t = std::time::Instant::now();
        let model = match Model::load(std::path::Path::new(art)) {
            Ok(m) => m,
            Err(e) => {
                println!("{art}: cannot load: {e}");
                failures += 1;
                continue;
            }
        };
        let load = t.elapsed().as_secs_f64();
        // Twice: the first call includes module and buffer warm-up.
        let mut result = None;
        for _ in 0..2 {
            let t = std::time::Instant::now();
            result = Some((model.forward(&tokens, "logits"), t.elapsed().as_secs_f64()));
        }
        match result.expect("ran") {
            (Ok((y, times)), secs) => {
                // Non-finite logits are reported as such and fail (never as a small error).
                let err = hyenac_runtime::compare::Comparison::of(&y.data, &want);
                let kernels: f64 = times.iter().map(|t| t.1).sum();
                let ok = err.within(1e-5);
                failures += usize::from(!ok);
                println!(
                    "{art}: {} tokens, error {err} ({}), load {load:.3} s, forward {:.3} ms ({:.3} ms in {} kernels)",
                    tokens.len(),
                    if ok { "ok" } else { "FAIL" },
                    secs * 1e3,
                    kernels * 1e3,
                    times.len()
                );
            }
            (Err(e), _) => {
                println!("{art}: {e}");
                failures += 1;
            }
        }
    }
    println!("{} passed, {failures} failed", args.len() / 2 - failures);
    std::process::exit(i32::from(failures > 0));
}
