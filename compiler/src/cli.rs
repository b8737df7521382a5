//! The `hyenac` command line. Errors are rendered once, as one line, by `main`.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use hyenac_models::{Checkpoint, Config};

use crate::graph::build_graph;
use crate::interp::{self, normwise_rel_err};
use crate::tensor_io;

#[derive(Debug, Parser)]
#[command(
    name = "hyenac",
    version,
    about = "Ahead-of-time compiler for Hyena-family language models"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the dataflow graph a config describes (text form, DOT, or JSON).
    Graph {
        /// StripedHyena YAML config.
        #[arg(long)]
        config: PathBuf,
        /// Print Graphviz DOT instead of text.
        #[arg(long, conflicts_with = "json")]
        dot: bool,
        /// Print the serialized graph (JSON).
        #[arg(long)]
        json: bool,
    },
    /// Run the float64 reference interpreter on a token file.
    Interpret {
        #[arg(long)]
        config: PathBuf,
        /// Weights in safetensors under the stripedhyena state_dict names.
        #[arg(long)]
        weights: PathBuf,
        /// Safetensors file holding an int64 tensor `tokens` of shape [L].
        #[arg(long)]
        tokens_file: PathBuf,
        /// Treat the first N tokens as the prompt (prefill) and decode the rest one at a time.
        #[arg(long)]
        prefill: Option<usize>,
        /// Where to write the tensor `logits` [L, V] (float64).
        #[arg(long)]
        logits_out: PathBuf,
    },
    /// Show the LLVM code-generation targets this build of hyenac supports.
    Targets,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Graph { config, dot, json } => {
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
        Command::Interpret {
            config,
            weights,
            tokens_file,
            prefill,
            logits_out,
        } => interpret(&config, &weights, &tokens_file, prefill, &logits_out),
        Command::Targets => {
            for t in crate::codegen::llvm_targets::probe_targets() {
                println!(
                    "{:6} {:24} cpu={:16} features={} {}",
                    t.name,
                    t.triple,
                    t.cpu,
                    t.features,
                    if t.available {
                        "available"
                    } else {
                        "UNAVAILABLE"
                    }
                );
            }
            Ok(())
        }
    }
}

fn load_config(path: &std::path::Path) -> Result<Config> {
    let config = Config::from_file(path)?;
    for w in &config.warnings {
        eprintln!("warning: {}: {w}", path.display());
    }
    Ok(config)
}

fn interpret(
    config_path: &std::path::Path,
    weights: &std::path::Path,
    tokens_file: &std::path::Path,
    prefill: Option<usize>,
    logits_out: &std::path::Path,
) -> Result<()> {
    let config = load_config(config_path)?;
    let graph = build_graph(&config).context("building the graph")?;
    let checkpoint = Checkpoint::load(weights, &config)?;
    let tokens = tensor_io::read_tokens(tokens_file)?;
    if tokens.is_empty() {
        bail!(
            "tokens file {} holds an empty sequence",
            tokens_file.display()
        );
    }
    if let Some(p) = prefill {
        if p > tokens.len() {
            bail!(
                "--prefill {p} is longer than the {} tokens in {}",
                tokens.len(),
                tokens_file.display()
            );
        }
    }
    let t = Instant::now();
    let logits = match prefill {
        None => interp::forward(&graph, &checkpoint, config.max_seqlen, &tokens)?,
        Some(p) => interp::prefill_decode(&graph, &checkpoint, config.max_seqlen, &tokens, p)?,
    };
    let secs = t.elapsed().as_secs_f64();
    tensor_io::write_f64(
        logits_out,
        &[("logits", vec![logits.rows, logits.cols], &logits.data)],
    )?;
    let mode = match prefill {
        None => "stateless forward".to_string(),
        Some(p) => format!("prefill {p} + {} decode steps", tokens.len() - p),
    };
    println!(
        "interpreted {} tokens ({mode}) in {:.3} s; logits [{}, {}] -> {}",
        tokens.len(),
        secs,
        logits.rows,
        logits.cols,
        logits_out.display()
    );
    // A fixture's expected file doubles as a tokens file: compare when it carries references.
    let reference = if prefill.is_some() {
        "decode_logits"
    } else {
        "logits"
    };
    if let Some((shape, want)) = tensor_io::read_f64(tokens_file, reference)? {
        if shape == [logits.rows, logits.cols] {
            println!(
                "normwise relative error against `{reference}` in {}: {:.3e}",
                tokens_file.display(),
                normwise_rel_err(&logits.data, &want)
            );
        }
    }
    Ok(())
}
