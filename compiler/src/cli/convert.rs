//! `hyenac convert`: a PyTorch checkpoint to safetensors.

use super::*;

/// The options of `hyenac convert`.
#[derive(Debug, clap::Args)]
pub struct ConvertArgs {
    /// The PyTorch checkpoint (`torch.save` zip; `NAME.pt` is also found as its split form
    /// `NAME.pt.part0…N`). Read without executing anything.
    pub input: PathBuf,
    /// Where to write `model.safetensors` (or, above `--max-shard-gib`, the shards
    /// `model-0000i-of-0000n.safetensors` beside it and `model.safetensors.index.json`).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Largest shard, in GiB.
    #[arg(long, default_value_t = 5.0)]
    pub max_shard_gib: f64,
}

/// Runs `hyenac convert`.
pub fn run(args: ConvertArgs) -> Result<()> {
    let ConvertArgs {
        input,
        output,
        max_shard_gib,
    } = args;
    if !(max_shard_gib.is_finite() && max_shard_gib > 0.0) {
        bail!("--max-shard-gib {max_shard_gib}: must be a positive number");
    }
    let shown = input.display().to_string();
    let f = hyenac_runtime::torch_pt::PtFile::open(&input)
        .map_err(|m| anyhow::anyhow!("cannot use PyTorch checkpoint {shown}: {m}"))?;
    let tensors = hyenac_runtime::torch_pt::read_tensors(&f)
        .map_err(|m| anyhow::anyhow!("cannot use PyTorch checkpoint {shown}: {m}"))?;
    if tensors.is_empty() {
        bail!("{shown} holds no tensors");
    }
    // Shards in state-dict order, each at most the limit (a larger tensor alone).
    let limit = (max_shard_gib * 1073741824.0) as usize;
    let mut shards: Vec<Vec<usize>> = vec![Vec::new()];
    let mut size = 0;
    for (i, (_, t)) in tensors.iter().enumerate() {
        let n = t.data.len();
        if size + n > limit && !shards.last().unwrap().is_empty() {
            shards.push(Vec::new());
            size = 0;
        }
        shards.last_mut().unwrap().push(i);
        size += n;
    }
    let write = |path: &Path, members: &[usize]| -> Result<()> {
        let mut views = Vec::new();
        for &i in members {
            let (name, t) = &tensors[i];
            let v = safetensors::tensor::TensorView::new(t.dtype, t.shape.clone(), &t.data)
                .map_err(|e| anyhow::anyhow!("tensor `{name}`: {e}"))?;
            views.push((name.clone(), v));
        }
        let bytes =
            safetensors::serialize(views, None).map_err(|e| anyhow::anyhow!("serialize: {e}"))?;
        tensor_io::write_atomic(path, &bytes)
    };
    let total: usize = tensors.iter().map(|(_, t)| t.data.len()).sum();
    if shards.len() == 1 {
        write(&output, &shards[0])?;
        println!(
            "{} tensors ({:.2} MiB) -> {}",
            tensors.len(),
            total as f64 / 1048576.0,
            output.display()
        );
        return Ok(());
    }
    let dir = output.parent().unwrap_or(Path::new("."));
    let stem = output
        .file_name()
        .and_then(|s| s.to_str())
        .and_then(|s| s.strip_suffix(".safetensors"))
        .unwrap_or("model")
        .to_string();
    let n = shards.len();
    let mut weight_map = serde_json::Map::new();
    for (k, members) in shards.iter().enumerate() {
        let file = format!("{stem}-{:05}-of-{n:05}.safetensors", k + 1);
        write(&dir.join(&file), members)?;
        for &i in members {
            weight_map.insert(
                tensors[i].0.clone(),
                serde_json::Value::String(file.clone()),
            );
        }
    }
    let index = serde_json::json!({
        "metadata": { "total_size": total },
        "weight_map": weight_map,
    });
    let index_path = dir.join(format!("{stem}.safetensors.index.json"));
    tensor_io::write_atomic(
        &index_path,
        serde_json::to_string_pretty(&index)?.as_bytes(),
    )?;
    println!(
        "{} tensors ({:.2} MiB) in {n} shards -> {}",
        tensors.len(),
        total as f64 / 1048576.0,
        index_path.display()
    );
    Ok(())
}
