//! `hyenac ptx`.

use super::*;

/// The options of `hyenac ptx`.
#[derive(Debug, clap::Args)]
pub struct PtxArgs {
    #[arg(long)]
    pub config: PathBuf,
    /// `sm_80` or `sm_90`.
    #[arg(long, default_value = "sm_90")]
    pub target: String,
    /// Length to optimise for (default: the config's max_seqlen).
    #[arg(long)]
    pub seqlen: Option<usize>,
    /// Where to write the PTX.
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    /// Write every stage here.
    #[arg(long, value_name = "DIR")]
    pub dump_ir: Option<PathBuf>,
    /// How matrix-product weights are stored: `f32`, `bf16` or `f16` (as for `compile`; the
    /// kernels widen them and accumulate in f32).
    #[arg(long, default_value = "f32", value_parser = crate::graph::precision::Precision::parse)]
    pub precision: crate::graph::precision::Precision,
    #[command(flatten)]
    pub rewrite: RewriteArgs,
}

/// Runs `hyenac ptx`.
pub fn run(args: PtxArgs) -> Result<()> {
    let PtxArgs {
        config,
        target,
        seqlen,
        output,
        dump_ir,
        precision,
        rewrite,
    } = args;

    let mut inputs: Vec<&Path> = vec![&config];
    inputs.extend(rewrite.inputs());
    check_outputs(&[&output], &inputs)?;
    check_dump_dir(dump_ir.as_deref(), &inputs)?;
    let sm = crate::codegen::gpu::Sm::parse(&target)
        .with_context(|| format!("unknown GPU target `{target}` (sm_80, sm_90)"))?;
    let (config, graph, seqlen) = graph_for(&config, seqlen)?;
    if let Some(dir) = &dump_ir {
        crate::codegen::cpu::write_dump(dir, "00-graph.txt", &graph.to_text())?;
    }
    let mut optimized =
        crate::pipeline::optimize_model(&config, &rewrite.options(&target, seqlen)?, true, false)?
            .forward;
    crate::graph::precision::apply_precision(&mut optimized, precision)?;
    let t = Instant::now();
    let code = crate::codegen::gpu::compile_ptx(&optimized, sm, dump_ir.as_deref())?;
    tensor_io::write_atomic(&output, code.ptx.as_bytes())?;
    println!(
        "{} kernels for {} (PTX ISA 8.0) in {:.2} s -> {}",
        code.kernels.len(),
        sm.name(),
        t.elapsed().as_secs_f64(),
        output.display()
    );
    Ok(())
}
