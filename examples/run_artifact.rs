//! Load a compiled artifact with the runtime library alone and run it.
//!
//! ```sh
//! hyenac compile --config tests/fixtures/tiny-gqa/config.yml \
//!     --weights tests/fixtures/tiny-gqa/model.safetensors -o out/tiny-gqa.hyx
//! cargo run -p hyenac-runtime --example run_artifact -- out/tiny-gqa.hyx 1 2 3 4
//! ```

use hyenac_runtime::Model;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: run_artifact MODEL.hyx TOKEN…");
        std::process::exit(2);
    };
    let tokens: Vec<i64> = args.filter_map(|a| a.parse().ok()).collect();
    let run = || -> Result<(), hyenac_runtime::RuntimeError> {
        let model = Model::load(std::path::Path::new(&path))?;
        let (logits, times) = model.forward(&tokens, "logits")?;
        let last = &logits.data[(logits.rows - 1) * logits.cols..];
        let (best, score) =
            last.iter().enumerate().fold(
                (0, f32::NEG_INFINITY),
                |b, (i, &x)| if x > b.1 { (i, x) } else { b },
            );
        let total: f64 = times.iter().map(|t| t.1).sum();
        println!(
            "{} tokens through {} kernels in {:.3} ms; most likely next token {best} (logit {score:.3})",
            tokens.len(),
            times.len(),
            total * 1e3
        );
        Ok(())
    };
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
