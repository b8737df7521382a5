//! `hyenac jit`.

use super::*;

/// The options of `hyenac jit`.
#[derive(Debug, clap::Args)]
pub struct JitArgs {
    #[command(flatten)]
    pub files: ModelFiles,
    /// Length to optimise and compile for (default: the number of tokens).
    #[arg(long)]
    pub seqlen: Option<usize>,
    /// Write every stage (graph, optimised graph, hyena dialect, kernels, each lowering) here.
    #[arg(long, value_name = "DIR")]
    pub dump_ir: Option<PathBuf>,
    /// Optimise for this GPU (`sm_80`, `sm_90`) and run its kernels emulated on this CPU: the
    /// GPU code's results, without a GPU (not its speed).
    #[arg(long, value_name = "SM")]
    pub emulate_gpu: Option<String>,
    /// How matrix-product weights are stored: `f32`, `bf16` or `f16` (as for `compile`).
    #[arg(long, default_value = "f32", value_parser = crate::graph::precision::Precision::parse)]
    pub precision: crate::graph::precision::Precision,
    #[command(flatten)]
    pub rewrite: RewriteArgs,
    #[command(flatten)]
    pub checks: WeightChecks,
}

/// Runs `hyenac jit`.
pub fn run(args: JitArgs) -> Result<()> {
    let JitArgs {
        files:
            ModelFiles {
                config,
                weights,
                tokens_file,
                logits_out,
            },
        seqlen,
        dump_ir,
        emulate_gpu,
        precision,
        rewrite,
        checks,
    } = args;
    jit(
        &config,
        &weights,
        &tokens_file,
        &logits_out,
        seqlen,
        dump_ir.as_deref(),
        emulate_gpu.as_deref(),
        precision,
        &rewrite,
        checks.options(),
    )
}

#[allow(clippy::too_many_arguments)]
fn jit(
    config_path: &std::path::Path,
    weights: &std::path::Path,
    tokens_file: &std::path::Path,
    logits_out: &std::path::Path,
    seqlen: Option<usize>,
    dump: Option<&std::path::Path>,
    emulate_gpu: Option<&str>,
    precision: crate::graph::precision::Precision,
    rewrite: &RewriteArgs,
    checks: hyenac_runtime::weights::ReadOptions,
) -> Result<()> {
    let mut inputs: Vec<&Path> = vec![config_path, weights, tokens_file];
    inputs.extend(rewrite.inputs());
    check_outputs(&[logits_out], &inputs)?;
    check_dump_dir(dump, &inputs)?;
    let sm = emulate_gpu
        .map(|t| {
            crate::codegen::gpu::Sm::parse(t)
                .with_context(|| format!("unknown GPU target `{t}` (sm_80, sm_90)"))
        })
        .transpose()?;
    // f32 weights and the constants derived from them.
    let (config, graph, checkpoint, tokens) = load_model_files(
        config_path,
        weights,
        tokens_file,
        checks,
        8,
        "compiling with these weights",
    )?;
    let seqlen = seqlen.unwrap_or(tokens.len());
    if seqlen > config.max_seqlen() || tokens.len() > seqlen {
        bail!(
            "sequence too long: {} tokens, compiled length {seqlen}, max_seqlen {}",
            tokens.len(),
            config.max_seqlen()
        );
    }
    let t = Instant::now();
    let target = sm.map_or("cpu", |s| s.name());
    let opts = rewrite.options(target, seqlen)?;
    let mut optimized = crate::rewrite::optimize(&graph, &opts)?;
    crate::graph::precision::apply_precision(&mut optimized.graph, precision)?;
    if let Some(dir) = dump {
        crate::codegen::cpu::write_dump(dir, "00-graph.txt", &graph.to_text())?;
    }
    let toks = &tokens;
    let run: Box<dyn Fn() -> Result<crate::interp::Mat> + '_> = match sm {
        None => {
            let program = crate::codegen::cpu::CpuProgram::compile(
                &optimized.graph,
                &checkpoint,
                seqlen,
                dump,
            )?;
            Box::new(move || Ok(program.run(toks, "logits")?))
        }
        Some(_) => {
            let program = crate::codegen::gpu::EmulatedGpuProgram::compile(
                &optimized.graph,
                &checkpoint,
                seqlen,
            )?;
            Box::new(move || Ok(program.run(toks, "logits")?))
        }
    };
    let compile_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let logits = run()?;
    let run_secs = t.elapsed().as_secs_f64();
    check_finite(&logits.data, logits.cols, logits_out)?;
    tensor_io::write_f64(
        logits_out,
        &[("logits", vec![logits.rows, logits.cols], &logits.data)],
    )?;
    println!(
        "compiled for {}{} (L = {seqlen}) in {compile_secs:.2} s; ran {} tokens in {:.3} ms ({:.0} tokens/s); logits [{}, {}] -> {}",
        target,
        if sm.is_some() {
            ", kernels emulated on this CPU"
        } else {
            ""
        },
        tokens.len(),
        run_secs * 1e3,
        tokens.len() as f64 / run_secs,
        logits.rows,
        logits.cols,
        logits_out.display()
    );
    if let Some((shape, want)) = tensor_io::read_f64(tokens_file, "logits")? {
        if shape == [logits.rows, logits.cols] {
            report_error(&logits.data, &want, "logits", tokens_file)?;
        }
    }
    if let Some(dir) = dump {
        println!("IR of every stage in {}", dir.display());
    }
    Ok(())
}
