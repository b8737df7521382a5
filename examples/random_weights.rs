//! Writes random weights (and a token file) for a config: models to benchmark when no trained
//! checkpoint is at hand. Poles lie inside the unit disc (radius 0.9–0.999).
//!
//! ```sh
//! cargo run --release -p hyenac --example random_weights -- CONFIG.yml OUT.safetensors TOKENS.safetensors L
//! ```

use std::collections::HashMap;

use hyenac_models::random::{random_weights, RandomWeights, Rng};
use hyenac_models::Config;
use safetensors::tensor::TensorView;
use safetensors::Dtype;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 4 {
        eprintln!("usage: random_weights CONFIG.yml OUT.safetensors TOKENS.safetensors L");
        std::process::exit(2);
    }
    let config = Config::from_file(&args[0]).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1)
    });
    let l: usize = args[3].parse().expect("L");
    let how = RandomWeights {
        seed: 0x9E3779B97F4A7C15,
        pole_modulus: (0.9, 0.999),
        unit_scales: true,
    };
    let blobs: Vec<(String, Vec<usize>, Vec<u8>)> = random_weights(&config, how)
        .into_iter()
        .map(|(n, s, v)| (n, s, v.iter().flat_map(|x| x.to_le_bytes()).collect()))
        .collect();
    let mut rng = Rng(how.seed ^ 0x70CE);
    let views: Vec<(String, TensorView<'_>)> = blobs
        .iter()
        .map(|(n, s, b)| {
            (
                n.clone(),
                TensorView::new(Dtype::F32, s.clone(), b).unwrap(),
            )
        })
        .collect();
    std::fs::write(
        &args[1],
        safetensors::serialize(views, None::<HashMap<String, String>>).unwrap(),
    )
    .unwrap();
    let tokens: Vec<u8> = (0..l)
        .flat_map(|_| ((rng.uniform() * config.vocab_size as f64) as i64).to_le_bytes())
        .collect();
    let view = TensorView::new(Dtype::I64, vec![l], &tokens).unwrap();
    std::fs::write(
        &args[2],
        safetensors::serialize([("tokens", view)], None::<HashMap<String, String>>).unwrap(),
    )
    .unwrap();
    println!("wrote {} and {} ({l} tokens)", args[1], args[2]);
}
