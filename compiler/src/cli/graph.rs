//! `hyenac graph`.

use super::*;

/// The options of `hyenac graph`.
#[derive(Debug, clap::Args)]
pub struct GraphArgs {
    /// The model config (a StripedHyena or StripedHyena 2 / Evo 2 YAML).
    #[arg(long)]
    pub config: PathBuf,
    /// Print Graphviz DOT instead of text.
    #[arg(long, conflicts_with = "json")]
    pub dot: bool,
    /// Print the serialized graph (JSON).
    #[arg(long)]
    pub json: bool,
}

/// Runs `hyenac graph`.
pub fn run(args: GraphArgs) -> Result<()> {
    let GraphArgs { config, dot, json } = args;

    let config = load_config(&config)?;
    let t = Instant::now();
    let graph = build_graph(&config).context("building the graph")?;
    let built = t.elapsed();
    if dot {
        print!("{}", graph.to_dot());
    } else if json {
        println!("{}", serde_json::to_string_pretty(&graph)?);
    } else {
        print!("{}", graph.to_text());
        eprintln!(
            "built {} nodes in {:.1} ms",
            graph.len(),
            built.as_secs_f64() * 1e3
        );
    }
    Ok(())
}
