//! The `hyenac` command line: the argument definitions, the checks every command shares, and
//! one file per command (`cli/compile.rs`, `cli/run.rs`, …), each of which only parses, calls
//! the library and prints. Errors are rendered once, as one line, by `main`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use hyenac_models::{Checkpoint, ModelConfig};

use crate::build_graph;
use crate::interp;
use crate::rewrite::cost::CostModel;
use crate::rewrite::explain::explain;
use crate::rewrite::rule_file::parse_rules;
use crate::rewrite::OptimizeOptions;
use crate::tensor_io;
use hyenac_models::config::limits::MAX_SEQLEN;

mod calibrate;
mod compile;
mod convert;
mod explain;
mod generate;
mod graph;
mod inspect;
mod interpret;
mod jit;
mod ptx;
mod run;
mod score;
mod targets;

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
    Graph(graph::GraphArgs),
    /// Run the float64 reference interpreter on a token file.
    Interpret(interpret::InterpretArgs),
    /// Optimise the graph for a target and length, and explain the choices per layer.
    Explain(explain::ExplainArgs),
    /// Compile a model into one artifact (`.hyx`) for the runtime.
    Compile(compile::CompileArgs),
    /// Run a compiled artifact on a token file: the stateless forward pass, or prefill and
    /// decode steps (`--prefill`), or chunk by chunk (`--chunk`).
    Run(run::RunArgs),
    /// Generate tokens with a compiled artifact: prefill the prompt, then decode step by step.
    Generate(generate::GenerateArgs),
    /// Score a sequence: the log-likelihood of every token given the ones before it, and
    /// the total (chunked for long sequences).
    Score(score::ScoreArgs),
    /// Serve an artifact over an OpenAI-style HTTP API (`/v1/completions`, `/tokenize`, …).
    Serve(hyenac_server::ServeArgs),
    /// Print an artifact's manifest: target, kernels, weight bytes, peak activation memory.
    Inspect(inspect::InspectArgs),
    /// Optimise, generate code for this CPU, compile it in process and run it on a token file.
    Jit(jit::JitArgs),
    /// Optimise for a GPU and write the PTX of every kernel (no weights, no GPU needed).
    Ptx(ptx::PtxArgs),
    /// Measure this CPU's bandwidth and arithmetic rate for the cost model (prints JSON for
    /// `--cost-model`).
    Calibrate,
    /// Show the LLVM code-generation targets this build of hyenac supports.
    Targets(targets::TargetsArgs),
    /// Convert a PyTorch checkpoint (`.pt`, or its split form) to safetensors, without
    /// executing anything from it.
    Convert(convert::ConvertArgs),
}

/// The files of a command that runs a model from its config: config, weights, tokens, logits.
#[derive(Debug, clap::Args)]
pub struct ModelFiles {
    /// The model config (a StripedHyena or StripedHyena 2 / Evo 2 YAML).
    #[arg(long)]
    pub config: PathBuf,
    /// Weights in safetensors under the state_dict names.
    #[arg(long)]
    pub weights: PathBuf,
    /// Safetensors file holding an int64 tensor `tokens` of shape [L].
    #[arg(long)]
    pub tokens_file: PathBuf,
    /// Where to write the tensor `logits` [L, V] (float64).
    #[arg(long)]
    pub logits_out: PathBuf,
}

/// The config, its graph, the weights and the tokens of a command that runs a model from its
/// files, after the memory the weights need (`bytes_per_parameter`, for `what`) is checked.
fn load_model_files(
    config_path: &Path,
    weights: &Path,
    tokens_file: &Path,
    checks: hyenac_runtime::weights::ReadOptions,
    bytes_per_parameter: u128,
    what: &str,
) -> Result<(ModelConfig, crate::graph::Graph, Checkpoint, Vec<i64>)> {
    let config = load_config(config_path)?;
    let graph = build_graph(&config).context("building the graph")?;
    check_memory(
        config.parameter_count() * bytes_per_parameter + config.folded_constant_bytes(),
        what,
    )?;
    let checkpoint = Checkpoint::read(weights, &config.checkpoint_spec(), checks)?;
    let tokens = tensor_io::read_tokens(tokens_file)?;
    if tokens.is_empty() {
        bail!(
            "tokens file {} holds an empty sequence",
            tokens_file.display()
        );
    }
    Ok((config, graph, checkpoint, tokens))
}

/// How strictly weights are checked when they are read.
#[derive(Debug, clap::Args)]
pub struct WeightChecks {
    /// Accept modal poles on or outside the unit circle (refused by default: such a filter
    /// does not decay and can overflow at long lengths). Non-finite weights are always refused.
    #[arg(long)]
    pub allow_unstable_poles: bool,
}

impl WeightChecks {
    fn options(&self) -> hyenac_runtime::weights::ReadOptions {
        hyenac_runtime::weights::ReadOptions {
            allow_unstable_poles: self.allow_unstable_poles,
            ..Default::default()
        }
    }
}

/// Options that steer the rewrites (shared by the commands that optimise).
#[derive(Debug, clap::Args)]
pub struct RewriteArgs {
    /// Switch a rule off by name (repeatable).
    #[arg(long = "disable-rule", value_name = "NAME")]
    pub disable_rule: Vec<String>,
    /// Force a layer's convolution algorithm: LAYER=direct|fft|block|scan (repeatable).
    #[arg(long = "force-conv", value_name = "LAYER=ALG")]
    pub force_conv: Vec<String>,
    /// Extra rules in egg's pattern syntax, one `name: lhs => rhs` per line.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Cost constants from `hyenac calibrate` (JSON) instead of the built-in ones for the target.
    #[arg(long, value_name = "FILE")]
    pub cost_model: Option<PathBuf>,
}

impl RewriteArgs {
    /// The files these options read (a command's outputs must not be one of them).
    pub fn inputs(&self) -> Vec<&Path> {
        self.rules
            .iter()
            .chain(&self.cost_model)
            .map(|p| p.as_path())
            .collect()
    }

    /// Optimiser options for `target` and `seqlen`.
    pub fn options(&self, target: &str, seqlen: usize) -> Result<OptimizeOptions> {
        let mut model = CostModel::for_target(target)
            .with_context(|| format!("unknown target `{target}` (cpu, sm_80, sm_90)"))?;
        if let Some(p) = &self.cost_model {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read cost model {}", p.display()))?;
            model = serde_json::from_str(&text)
                .with_context(|| format!("malformed cost model {}", p.display()))?;
            model
                .validate()
                .map_err(|m| anyhow::anyhow!("cost model {}: {m}", p.display()))?;
        }
        let mut opts = OptimizeOptions::new(model, seqlen);
        opts.disabled = self.disable_rule.clone();
        for f in &self.force_conv {
            let (layer, alg) = f
                .split_once('=')
                .with_context(|| format!("--force-conv {f}: expected LAYER=ALG"))?;
            let layer: usize = layer
                .trim()
                .parse()
                .with_context(|| format!("--force-conv {f}: `{layer}` is not a layer number"))?;

            opts.forced.insert(layer, alg.trim().to_string());
        }
        if let Some(p) = &self.rules {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read rule file {}", p.display()))?;
            opts.extra =
                parse_rules(&text, &p.display().to_string()).map_err(anyhow::Error::msg)?;
        }
        Ok(opts)
    }
}

/// Refuses outputs that are inputs (or each other), and outputs that exist but are not regular
/// files, before any work is done; the writes themselves are atomic.
fn check_outputs(outputs: &[&Path], inputs: &[&Path]) -> Result<()> {
    hyenac_runtime::output::check_distinct(outputs, inputs)?;
    for o in outputs {
        hyenac_runtime::output::check_replaceable(o)?;
    }
    Ok(())
}

/// A `--dump-ir` folder: absent, or a folder (never a file, which the dumps would replace).
fn check_dump_dir(dir: Option<&Path>, inputs: &[&Path]) -> Result<()> {
    if let Some(d) = dir {
        if d.exists() && !d.is_dir() {
            bail!("--dump-ir {}: exists and is not a folder", d.display());
        }
        for i in inputs {
            if i.parent()
                .is_some_and(|p| p.canonicalize().ok() == d.canonicalize().ok())
            {
                if let Some(name) = i.file_name().and_then(|n| n.to_str()) {
                    if crate::codegen::cpu::is_dump_name(name) {
                        bail!(
                            "--dump-ir {}: the dump would overwrite the input {}",
                            d.display(),
                            i.display()
                        );
                    }
                }
            }
        }
    }
    Ok(())
}

/// The config at `path`, its graph, and the length to optimise for (`--seqlen`, by default
/// the config's `max_seqlen`), checked.
fn graph_for(
    path: &Path,
    seqlen: Option<usize>,
) -> Result<(ModelConfig, crate::graph::Graph, usize)> {
    let config = load_config(path)?;
    let graph = build_graph(&config).context("building the graph")?;
    let seqlen = seqlen.unwrap_or(config.max_seqlen());
    check_len(
        "--seqlen",
        seqlen,
        MAX_SEQLEN,
        "the longest sequence hyenac handles",
    )?;
    Ok((config, graph, seqlen))
}

/// A sequence length given on the command line: at least 1, at most `max` (named `what`).
fn check_len(flag: &str, len: usize, max: usize, what: &str) -> Result<()> {
    if len == 0 || len > max {
        bail!("{flag} {len}: must be between 1 and {max} ({what})");
    }
    Ok(())
}

/// Refuses work that needs more memory than the machine has available (`needed` bytes, an
/// estimate from the config), instead of failing in an allocation part way.
fn check_memory(needed: u128, what: &str) -> Result<()> {
    if let Some(avail) = available_memory() {
        if needed > avail as u128 {
            bail!(
                "{what} needs about {:.1} GiB of memory; this machine has {:.1} GiB available",
                needed as f64 / 1073741824.0,
                avail as f64 / 1073741824.0
            );
        }
    }
    Ok(())
}

/// `MemAvailable` plus free swap, in bytes (Linux); `None` where unknown.
fn available_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let field = |name: &str| -> Option<u64> {
        text.lines()
            .find(|l| l.starts_with(name))?
            .split_whitespace()
            .nth(1)?
            .parse::<u64>()
            .ok()
            .map(|kib| kib * 1024)
    };
    Some(field("MemAvailable:")? + field("SwapFree:").unwrap_or(0))
}

/// Prints the comparison of computed logits with a reference and fails on non-finite values.
fn report_error(got: &[f64], want: &[f64], reference: &str, file: &Path) -> Result<()> {
    let c = hyenac_runtime::compare::Comparison::of(got, want);
    match c {
        hyenac_runtime::compare::Comparison::Error(e) => {
            println!(
                "normwise relative error against `{reference}` in {}: {e:.3e}",
                file.display()
            );
            Ok(())
        }
        other => bail!("error against `{reference}` in {}: {other}", file.display()),
    }
}

/// Fails when computed logits hold a NaN or an infinity (naming where), before they are written.
fn check_finite(data: &[f64], cols: usize, out: &Path) -> Result<()> {
    if let Some((i, v)) = hyenac_runtime::compare::first_non_finite(data) {
        bail!(
            "the computed logits are not finite ({v} at token {}, column {}); nothing was written to {}",
            i / cols.max(1),
            i % cols.max(1),
            out.display()
        );
    }
    Ok(())
}

/// The sequence a command runs on: token ids, or text for the artifact's tokenizer.
#[derive(Debug, clap::Args)]
pub struct SequenceArgs {
    /// The token ids (safetensors: `tokens`, and optionally expected logits to compare with).
    #[arg(
        long,
        required_unless_present = "text_file",
        conflicts_with = "text_file"
    )]
    pub tokens_file: Option<PathBuf>,
    /// The sequence as text (UTF-8), encoded by the artifact's tokenizer as the model's own
    /// code encodes a sequence (StripedHyena: `<s>` first; HyenaDNA: `[SEP]` last).
    #[arg(long)]
    pub text_file: Option<PathBuf>,
}

impl SequenceArgs {
    /// The file the sequence comes from.
    pub fn path(&self) -> Result<&Path> {
        match (&self.tokens_file, &self.text_file) {
            (Some(p), _) | (None, Some(p)) => Ok(p),
            (None, None) => bail!("give --tokens-file or --text-file"),
        }
    }

    /// The ids: those of the tokens file, or the text encoded by `m`'s tokenizer; refused
    /// when empty, not UTF-8, or text for an artifact without a tokenizer.
    pub fn read(&self, m: &hyenac_runtime::Model, model: &Path) -> Result<Vec<i64>> {
        let source = self.path()?;
        let tokens = match &self.text_file {
            Some(path) if self.tokens_file.is_none() => {
                let tokenizer = m.manifest.tokenizer.as_ref().ok_or_else(|| {
                    anyhow::anyhow!(
                        "--text-file: {} has no tokenizer (pass token ids with --tokens-file, or compile with --tokenizer)",
                        model.display()
                    )
                })?;
                let text = std::fs::read(path)
                    .map_err(|e| anyhow::anyhow!("--text-file {}: {e}", path.display()))?;
                let text = String::from_utf8(text).map_err(|e| {
                    anyhow::anyhow!(
                        "--text-file {}: not UTF-8 (byte {})",
                        path.display(),
                        e.utf8_error().valid_up_to()
                    )
                })?;
                tokenizer.encode(&text)?
            }
            _ => tensor_io::read_tokens(source)?,
        };
        if tokens.is_empty() {
            bail!("{} holds no tokens", source.display());
        }
        Ok(tokens)
    }
}

/// `a, b, c, …, y, z`: a long list of names shortened to its ends.
pub(crate) fn summarize_names(names: &[&str]) -> String {
    if names.len() <= 8 {
        names.join(", ")
    } else {
        format!(
            "{}, …, {} ({} in all)",
            names[..4].join(", "),
            names[names.len() - 3..].join(", "),
            names.len()
        )
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Graph(a) => graph::run(a),
        Command::Interpret(a) => interpret::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Compile(a) => compile::run(a),
        Command::Run(a) => run::run(a),
        Command::Generate(a) => generate::run(a),
        Command::Score(a) => score::run(a),
        Command::Serve(a) => hyenac_server::serve(a).map_err(|e| anyhow::anyhow!(e)),
        Command::Inspect(a) => inspect::run(a),
        Command::Jit(a) => jit::run(a),
        Command::Ptx(a) => ptx::run(a),
        Command::Calibrate => calibrate::run(),
        Command::Targets(a) => targets::run(a),
        Command::Convert(a) => convert::run(a),
    }
}

/// Time per kind of kernel, most expensive first.
fn print_profile(times: &[(String, f64)], secs: f64) {
    let mut by_kind: std::collections::BTreeMap<&str, (usize, f64)> = Default::default();
    for (label, t) in times {
        let e = by_kind.entry(label.as_str()).or_default();
        e.0 += 1;
        e.1 += t;
    }
    let mut rows: Vec<_> = by_kind.into_iter().collect();
    rows.sort_by(|a, b| b.1 .1.total_cmp(&a.1 .1));
    for (label, (n, t)) in rows {
        println!(
            "  {label:40} {n:4} calls {:10.3} ms {:5.1}%",
            t * 1e3,
            100.0 * t / secs
        );
    }
}

/// `1.5 KiB`, `3.2 MiB`.
pub fn human_bytes(b: usize) -> String {
    let b = b as f64;
    if b < 1024.0 {
        format!("{b} B")
    } else if b < 1048576.0 {
        format!("{:.1} KiB", b / 1024.0)
    } else if b < 1073741824.0 {
        format!("{:.1} MiB", b / 1048576.0)
    } else {
        format!("{:.2} GiB", b / 1073741824.0)
    }
}

fn load_config(path: &std::path::Path) -> Result<ModelConfig> {
    // The registry picks the model family from the config.
    let (family, config) = crate::families::load(path)?;
    for w in config.warnings() {
        eprintln!(
            "warning: {}: {w} ({} config)",
            path.display(),
            family.name()
        );
    }
    Ok(config)
}
