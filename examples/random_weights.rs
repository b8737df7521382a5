//! Writes random weights (and a token file) for a config: models to benchmark when no trained
//! checkpoint is at hand. Poles lie inside the unit disc (radius 0.9–0.999).
//!
//! ```sh
//! cargo run --release -p hyenac --example random_weights -- CONFIG.yml OUT.safetensors TOKENS.safetensors L
//! ```

use std::collections::HashMap;

use hyenac_models::{expected_tensors, Config};
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
    let mut seed = 0x9E3779B97F4A7C15u64;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut blobs: Vec<(String, Vec<usize>, Vec<u8>)> = Vec::new();
    for spec in expected_tensors(&config) {
        let count: usize = spec.shape.iter().product();
        let fan_in = *spec.shape.last().unwrap_or(&1) as f64;
        let data: Vec<f32> = if spec.name.ends_with("poles") {
            (0..count / 2)
                .flat_map(|_| {
                    let (r, th) = (0.9 + 0.099 * rnd(), std::f64::consts::PI * rnd());
                    [(r * th.cos()) as f32, (r * th.sin()) as f32]
                })
                .collect()
        } else if spec.name.ends_with("scale") {
            vec![1.0; count]
        } else {
            (0..count)
                .map(|_| ((rnd() * 2.0 - 1.0) / fan_in.sqrt()) as f32)
                .collect()
        };
        blobs.push((
            spec.name,
            spec.shape,
            data.iter().flat_map(|x| x.to_le_bytes()).collect(),
        ));
    }
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
        .flat_map(|_| ((rnd() * config.vocab_size as f64) as i64).to_le_bytes())
        .collect();
    let view = TensorView::new(Dtype::I64, vec![l], &tokens).unwrap();
    std::fs::write(
        &args[2],
        safetensors::serialize([("tokens", view)], None::<HashMap<String, String>>).unwrap(),
    )
    .unwrap();
    println!("wrote {} and {} ({l} tokens)", args[1], args[2]);
}
