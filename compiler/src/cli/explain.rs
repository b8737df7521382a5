//! `hyenac explain`.

use super::*;

/// The options of `hyenac explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    #[arg(long)]
    pub config: PathBuf,
    /// `cpu`, `sm_80` or `sm_90`.
    #[arg(long, default_value = "cpu")]
    pub target: String,
    /// Sequence length to optimise for (default: the config's max_seqlen).
    #[arg(long)]
    pub seqlen: Option<usize>,
    #[command(flatten)]
    pub rewrite: RewriteArgs,
    /// Also print the optimised graph.
    #[arg(long)]
    pub graph: bool,
}

/// Runs `hyenac explain`.
pub fn run(args: ExplainArgs) -> Result<()> {
    let ExplainArgs {
        config,
        target,
        seqlen,
        rewrite,
        graph,
    } = args;

    let (config, g, seqlen) = graph_for(&config, seqlen)?;
    let opts = rewrite.options(&target, seqlen)?;
    let t = Instant::now();
    let (optimized, report) = explain(&g, &opts, seqlen.max(config.max_seqlen()))?;
    print!("{report}");
    let st = &optimized.stats;
    eprintln!(
        "saturation {:.1} ms, extraction {:.1} ms, total {:.1} ms",
        st.saturation_time.as_secs_f64() * 1e3,
        st.extraction_time.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );
    if graph {
        print!("\n{}", optimized.graph.to_text());
    }
    Ok(())
}
