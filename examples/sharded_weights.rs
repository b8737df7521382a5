//! Writes random bf16 weights for a config as a sharded Hugging Face checkpoint
//! (`model-0000k-of-0000n.safetensors` + `model.safetensors.index.json`), streaming each tensor
//! to disk so that the whole model is never in memory: the 7B benchmark's weights
//! (docs/performance.md). Values uniform in ±1/sqrt(fan-in), poles of modulus 0.9–0.99, norm
//! scales 1; names prefixed `backbone.` as the Hugging Face checkpoints are.
//!
//! ```sh
//! cargo run --release -p hyenac --example sharded_weights -- CONFIG.yml OUT_DIR [SHARD_GIB]
//! ```

use std::io::Write;

use hyenac_models::random::Rng;
use hyenac_models::{expected_tensors, Config};
use hyenac_runtime::DType;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !(2..=3).contains(&args.len()) {
        eprintln!("usage: sharded_weights CONFIG.yml OUT_DIR [SHARD_GIB (default 2)]");
        std::process::exit(2);
    }
    if let Err(e) = run(&args) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let config = Config::from_file(&args[0]).map_err(|e| e.to_string())?;
    let dir = std::path::Path::new(&args[1]);
    let shard_bytes = match args.get(2) {
        Some(g) => {
            (g.parse::<f64>()
                .map_err(|_| format!("`{g}` is not a number"))?
                * 1073741824.0) as usize
        }
        None => 2 << 30,
    };
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // Tensors in state-dict order, cut into shards of at most `shard_bytes`.
    let specs = expected_tensors(&config);
    let mut shards: Vec<Vec<usize>> = vec![Vec::new()];
    let mut size = 0;
    for (i, s) in specs.iter().enumerate() {
        let bytes = 2 * s.shape.iter().product::<usize>();
        if size + bytes > shard_bytes && !shards.last().unwrap().is_empty() {
            shards.push(Vec::new());
            size = 0;
        }
        shards.last_mut().unwrap().push(i);
        size += bytes;
    }
    let n = shards.len();
    let mut rng = Rng(0x7B7B_5EED);
    let mut weight_map = serde_json::Map::new();
    let mut total = 0usize;
    for (k, members) in shards.iter().enumerate() {
        let file = format!("model-{:05}-of-{n:05}.safetensors", k + 1);
        let mut header = serde_json::Map::new();
        let mut offset = 0usize;
        for &i in members {
            let s = &specs[i];
            let bytes = 2 * s.shape.iter().product::<usize>();
            let name = format!("backbone.{}", s.name);
            header.insert(
                name.clone(),
                serde_json::json!({"dtype": "BF16", "shape": s.shape, "data_offsets": [offset, offset + bytes]}),
            );
            weight_map.insert(name, file.clone().into());
            offset += bytes;
        }
        let mut text = serde_json::Value::Object(header).to_string();
        while !(8 + text.len()).is_multiple_of(8) {
            text.push(' ');
        }
        let path = dir.join(&file);
        let out = std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut out = std::io::BufWriter::with_capacity(1 << 22, out);
        let io = |e: std::io::Error| format!("{}: {e}", path.display());
        out.write_all(&(text.len() as u64).to_le_bytes())
            .map_err(io)?;
        out.write_all(text.as_bytes()).map_err(io)?;
        for &i in members {
            let s = &specs[i];
            let count: usize = s.shape.iter().product();
            let scale = 1.0 / (*s.shape.last().unwrap_or(&1) as f64).sqrt();
            let mut buf = Vec::with_capacity(2 * count.min(1 << 20));
            let value = |rng: &mut Rng| -> f32 {
                if s.name.ends_with("scale") {
                    1.0
                } else {
                    ((rng.uniform() * 2.0 - 1.0) * scale) as f32
                }
            };
            let mut pair = (0.0f32, 0.0f32);
            for j in 0..count {
                // Poles: (re, im) pairs of modulus 0.9–0.99, angle in [0, π).
                let x = if s.name.ends_with("poles") {
                    if j % 2 == 0 {
                        let r = 0.9 + 0.09 * rng.uniform();
                        let th = std::f64::consts::PI * rng.uniform();
                        pair = ((r * th.cos()) as f32, (r * th.sin()) as f32);
                        pair.0
                    } else {
                        pair.1
                    }
                } else {
                    value(&mut rng)
                };
                let b = DType::BF16.round_half(x).expect("bf16 holds every f32");
                buf.extend_from_slice(&b.to_le_bytes());
                if buf.len() >= 1 << 21 {
                    out.write_all(&buf).map_err(io)?;
                    buf.clear();
                }
            }
            out.write_all(&buf).map_err(io)?;
        }
        out.flush().map_err(io)?;
        total += offset;
        eprintln!(
            "wrote {} ({:.2} GiB)",
            path.display(),
            offset as f64 / 1073741824.0
        );
    }
    let index = serde_json::json!({"metadata": {"total_size": total}, "weight_map": weight_map});
    let path = dir.join("model.safetensors.index.json");
    std::fs::write(&path, index.to_string()).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "wrote {} shards, {:.2} GiB of bf16 weights, and {}",
        n,
        total as f64 / 1073741824.0,
        path.display()
    );
    Ok(())
}
