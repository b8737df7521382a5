//! `hyenac compile`.

use super::*;

/// The options of `hyenac compile`.
#[derive(Debug, clap::Args)]
pub struct CompileArgs {
    #[arg(long)]
    pub config: PathBuf,
    /// The weights (safetensors). Without them the artifact takes its weights at load time
    /// (`hyenac run --weights`), checked by name and shape.
    #[arg(long)]
    pub weights: Option<PathBuf>,
    /// `cpu`, or `sm_80` / `sm_90` for an artifact of PTX kernels run through the CUDA driver
    /// (stateless plans; `hyenac ptx` prints the PTX alone).
    #[arg(long, default_value = "cpu")]
    pub target: String,
    /// The longest sequence the artifact serves (default: the config's max_seqlen).
    #[arg(long)]
    pub max_seqlen: Option<usize>,
    /// LLVM CPU model: `native` (this machine), or e.g. `x86-64-v3`.
    #[arg(long, default_value = "native")]
    pub cpu: String,
    /// How matrix-product weights are stored: `f32`, or `bf16` / `f16` (half the bytes; the
    /// products accumulate in f32, everything else stays f32).
    #[arg(long, default_value = "f32", value_parser = crate::graph::precision::Precision::parse)]
    pub precision: crate::graph::precision::Precision,
    /// A Hugging Face `tokenizer.json` to embed (StripedHyena's), so that the artifact takes
    /// and gives text (`generate --prompt`, `run --text-file`). Without it the family's own is
    /// embedded: Evo 2's bytes, HyenaDNA's characters; other models take token ids.
    #[arg(long, value_name = "FILE")]
    pub tokenizer: Option<PathBuf>,
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    #[arg(long, value_name = "DIR")]
    pub dump_ir: Option<PathBuf>,
    /// No progress messages (they are shown only on a terminal anyway).
    #[arg(long)]
    pub quiet: bool,
    #[command(flatten)]
    pub rewrite: RewriteArgs,
    #[command(flatten)]
    pub checks: WeightChecks,
}

/// Runs `hyenac compile`.
pub fn run(args: CompileArgs) -> Result<()> {
    let CompileArgs {
        config,
        weights,
        target,
        max_seqlen,
        cpu,
        precision,
        tokenizer,
        output,
        dump_ir,
        quiet,
        rewrite,
        checks,
    } = args;

    let mut inputs: Vec<&Path> = vec![&config];
    inputs.extend(weights.as_deref());
    inputs.extend(tokenizer.as_deref());
    inputs.extend(rewrite.inputs());
    check_outputs(&[&output], &inputs)?;
    check_dump_dir(dump_ir.as_deref(), &inputs)?;
    let started = Instant::now();
    // Progress per stage on a terminal; nothing when piped or with --quiet.
    let show = !quiet && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let mut progress = |stage: &str| {
        if show {
            eprintln!("[{:6.2} s] {stage}", started.elapsed().as_secs_f64());
        }
    };
    // An unknown target or CPU model is refused before any work.
    let target_spec = crate::pipeline::Target::parse(&target, &cpu)?;
    let cfg = load_config(&config)?;
    let max_len = max_seqlen.unwrap_or(cfg.max_seqlen());
    let tokenizer = match &tokenizer {
        Some(path) => {
            let json = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("--tokenizer {}: {e}", path.display()))?;
            Some(
                hyenac_runtime::Tokenizer::from_hf_json(json, cfg.vocab_size())
                    .map_err(|e| anyhow::anyhow!("--tokenizer {}: {e}", path.display()))?,
            )
        }
        None => None,
    };
    let opts = crate::pipeline::CompileOptions {
        tokenizer,
        target: target_spec,
        max_len,
        optimize: rewrite.options(&target, max_len)?,
        dump: dump_ir.clone(),
        precision,
    };
    opts.check(&cfg)?;
    let checkpoint = match &weights {
        Some(w) => {
            // f32 weights and the constants derived from them.
            check_memory(
                cfg.parameter_count() * 8 + cfg.folded_constant_bytes(),
                "compiling with these weights",
            )?;
            progress("reading weights");
            Some(Checkpoint::read(
                w,
                &cfg.checkpoint_spec(),
                checks.options(),
            )?)
        }
        None => None,
    };
    let artifact = crate::pipeline::compile(&cfg, checkpoint.as_ref(), &opts, &mut progress)?;
    let bytes = artifact.bytes;
    hyenac_runtime::artifact::write_atomic(&output, &bytes)?;
    println!(
        "compiled {} for {target} (max {max_len} tokens) in {:.2} s: {} ({:.1} MiB, sha256 {})",
        config.display(),
        started.elapsed().as_secs_f64(),
        output.display(),
        bytes.len() as f64 / 1048576.0,
        artifact.digest
    );
    Ok(())
}
