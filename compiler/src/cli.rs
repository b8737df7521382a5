//! The `hyenac` command line. Errors are rendered once, as one line, by `main`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use hyenac_models::{Checkpoint, Config};

use crate::graph::build_graph;
use crate::interp;
use crate::rewrite::cost::CostModel;
use crate::rewrite::explain::explain;
use crate::rewrite::rule_file::parse_rules;
use crate::rewrite::OptimizeOptions;
use crate::tensor_io;
use hyenac_models::config::limits::MAX_SEQLEN;

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
        #[command(flatten)]
        checks: WeightChecks,
    },
    /// Optimise the graph for a target and length, and explain the choices per layer.
    Explain {
        #[arg(long)]
        config: PathBuf,
        /// `cpu`, `sm_80` or `sm_90`.
        #[arg(long, default_value = "cpu")]
        target: String,
        /// Sequence length to optimise for (default: the config's max_seqlen).
        #[arg(long)]
        seqlen: Option<usize>,
        #[command(flatten)]
        rewrite: RewriteArgs,
        /// Also print the optimised graph.
        #[arg(long)]
        graph: bool,
    },
    /// Compile a model into one artifact (`.hyx`) for the runtime.
    Compile {
        #[arg(long)]
        config: PathBuf,
        /// The weights (safetensors). Without them the artifact takes its weights at load time
        /// (`hyenac run --weights`), checked by name and shape.
        #[arg(long)]
        weights: Option<PathBuf>,
        /// `cpu`, or `sm_80` / `sm_90` for an artifact of PTX kernels run through the CUDA driver
        /// (stateless plans; `hyenac ptx` prints the PTX alone).
        #[arg(long, default_value = "cpu")]
        target: String,
        /// The longest sequence the artifact serves (default: the config's max_seqlen).
        #[arg(long)]
        max_seqlen: Option<usize>,
        /// LLVM CPU model: `native` (this machine), or e.g. `x86-64-v3`.
        #[arg(long, default_value = "native")]
        cpu: String,
        #[arg(short = 'o', long)]
        output: PathBuf,
        #[arg(long, value_name = "DIR")]
        dump_ir: Option<PathBuf>,
        /// No progress messages (they are shown only on a terminal anyway).
        #[arg(long)]
        quiet: bool,
        #[command(flatten)]
        rewrite: RewriteArgs,
        #[command(flatten)]
        checks: WeightChecks,
    },
    /// Run a compiled artifact on a token file: the stateless forward pass, or prefill and
    /// decode steps (`--prefill`), or chunk by chunk (`--chunk`).
    Run {
        /// The artifact.
        model: PathBuf,
        #[arg(long)]
        tokens_file: PathBuf,
        #[arg(long)]
        logits_out: PathBuf,
        /// Weights for an artifact compiled without them.
        #[arg(long)]
        weights: Option<PathBuf>,
        /// Treat the first N tokens as the prompt (prefill) and decode the rest one at a time.
        #[arg(long, conflicts_with = "chunk")]
        prefill: Option<usize>,
        /// Score the tokens in chunks of C, carrying the state: activation memory bounded by C.
        #[arg(long)]
        chunk: Option<usize>,
        /// Print the time spent per kind of kernel.
        #[arg(long)]
        profile: bool,
        #[command(flatten)]
        checks: WeightChecks,
    },
    /// Generate tokens with a compiled artifact: prefill the prompt, then decode step by step.
    Generate {
        /// The artifact.
        model: PathBuf,
        /// The prompt's token ids, comma-separated (at least one).
        #[arg(long, value_delimiter = ',', num_args = 1.., required = true)]
        prompt_tokens: Vec<i64>,
        /// How many tokens to generate.
        #[arg(long, default_value_t = 16)]
        max_new_tokens: usize,
        /// Sampling temperature; 0 (the default) is greedy.
        #[arg(long, default_value_t = 0.0)]
        temperature: f64,
        /// Sample among the K most likely tokens only (0: all).
        #[arg(long, default_value_t = 0)]
        top_k: usize,
        /// Sample from the smallest set of tokens whose probability reaches P.
        #[arg(long, default_value_t = 1.0)]
        top_p: f64,
        /// Seed of the sampler (sampling is deterministic for a seed).
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Stop after generating this token.
        #[arg(long)]
        stop_token: Option<i64>,
        /// Weights for an artifact compiled without them.
        #[arg(long)]
        weights: Option<PathBuf>,
        #[command(flatten)]
        checks: WeightChecks,
    },
    /// Print an artifact's manifest: target, kernels, weight bytes, peak activation memory.
    Inspect {
        model: PathBuf,
        /// Length for the peak activation figure (default: the artifact's maximum).
        #[arg(long)]
        seqlen: Option<usize>,
    },
    /// Optimise, generate code for this CPU, compile it in process and run it on a token file.
    Jit {
        #[arg(long)]
        config: PathBuf,
        #[arg(long)]
        weights: PathBuf,
        /// Safetensors file holding an int64 tensor `tokens` of shape [L].
        #[arg(long)]
        tokens_file: PathBuf,
        /// Where to write the tensor `logits` [L, V] (float64, from f32 kernels).
        #[arg(long)]
        logits_out: PathBuf,
        /// Length to optimise and compile for (default: the number of tokens).
        #[arg(long)]
        seqlen: Option<usize>,
        /// Write every stage (graph, optimised graph, hyena dialect, kernels, each lowering) here.
        #[arg(long, value_name = "DIR")]
        dump_ir: Option<PathBuf>,
        /// Optimise for this GPU (`sm_80`, `sm_90`) and run its kernels emulated on this CPU: the
        /// GPU code's results, without a GPU (not its speed).
        #[arg(long, value_name = "SM")]
        emulate_gpu: Option<String>,
        #[command(flatten)]
        rewrite: RewriteArgs,
        #[command(flatten)]
        checks: WeightChecks,
    },
    /// Optimise for a GPU and write the PTX of every kernel (no weights, no GPU needed).
    Ptx {
        #[arg(long)]
        config: PathBuf,
        /// `sm_80` or `sm_90`.
        #[arg(long, default_value = "sm_90")]
        target: String,
        /// Length to optimise for (default: the config's max_seqlen).
        #[arg(long)]
        seqlen: Option<usize>,
        /// Where to write the PTX.
        #[arg(short = 'o', long)]
        output: PathBuf,
        /// Write every stage here.
        #[arg(long, value_name = "DIR")]
        dump_ir: Option<PathBuf>,
        #[command(flatten)]
        rewrite: RewriteArgs,
    },
    /// Measure this CPU's bandwidth and arithmetic rate for the cost model (prints JSON for
    /// `--cost-model`).
    Calibrate,
    /// Show the LLVM code-generation targets this build of hyenac supports.
    Targets {
        /// Also list every CPU model `compile --cpu` accepts.
        #[arg(long)]
        cpus: bool,
    },
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
fn graph_for(path: &Path, seqlen: Option<usize>) -> Result<(Config, crate::graph::Graph, usize)> {
    let config = load_config(path)?;
    let graph = build_graph(&config).context("building the graph")?;
    let seqlen = seqlen.unwrap_or(config.max_seqlen);
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
            checks,
        } => interpret(
            &config,
            &weights,
            &tokens_file,
            prefill,
            &logits_out,
            checks.options(),
        ),
        Command::Explain {
            config,
            target,
            seqlen,
            rewrite,
            graph,
        } => {
            let (config, g, seqlen) = graph_for(&config, seqlen)?;
            let opts = rewrite.options(&target, seqlen)?;
            let t = Instant::now();
            let (optimized, report) = explain(&g, &opts, seqlen.max(config.max_seqlen))?;
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
        Command::Compile {
            config,
            weights,
            target,
            max_seqlen,
            cpu,
            output,
            dump_ir,
            quiet,
            rewrite,
            checks,
        } => {
            let mut inputs: Vec<&Path> = vec![&config];
            inputs.extend(weights.as_deref());
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
            let max_len = max_seqlen.unwrap_or(cfg.max_seqlen);
            let opts = crate::pipeline::CompileOptions {
                target: target_spec,
                max_len,
                optimize: rewrite.options(&target, max_len)?,
                dump: dump_ir.clone(),
            };
            opts.check(&cfg)?;
            let checkpoint = match &weights {
                Some(w) => {
                    // f32 weights and the constants derived from them.
                    check_memory(cfg.parameter_count() * 8, "compiling with these weights")?;
                    progress("reading weights");
                    Some(Checkpoint::load_with(w, &cfg, checks.options())?)
                }
                None => None,
            };
            let artifact =
                crate::pipeline::compile(&cfg, checkpoint.as_ref(), &opts, &mut progress)?;
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
        Command::Run {
            model,
            tokens_file,
            logits_out,
            weights,
            prefill,
            chunk,
            profile,
            checks,
        } => {
            let mut inputs: Vec<&Path> = vec![&model, &tokens_file];
            inputs.extend(weights.as_deref());
            check_outputs(&[&logits_out], &inputs)?;
            let t = Instant::now();
            let m = hyenac_runtime::Model::load_with(&model, weights.as_deref(), checks.options())?;
            let load_secs = t.elapsed().as_secs_f64();
            let tokens = tensor_io::read_tokens(&tokens_file)?;
            if tokens.is_empty() {
                bail!("tokens file {} holds no tokens", tokens_file.display());
            }
            let max = m.manifest.plan.max_len;
            if tokens.len() > max {
                bail!(
                    "sequence too long: {} tokens, the artifact serves at most {max} (compile with a larger --max-seqlen)",
                    tokens.len()
                );
            }
            // The calls: one (stateless), the prompt then single tokens, or chunks.
            let calls: Vec<usize> = match (prefill, chunk) {
                (Some(p), _) => {
                    if p == 0 || p > tokens.len() {
                        bail!(
                            "--prefill {p}: must be between 1 and the number of tokens ({})",
                            tokens.len()
                        );
                    }
                    std::iter::once(p)
                        .chain(std::iter::repeat_n(1, tokens.len() - p))
                        .collect()
                }
                (None, Some(0)) => bail!("--chunk 0: a chunk holds at least one token"),
                (None, Some(c)) => (0..tokens.len())
                    .step_by(c)
                    .map(|s| c.min(tokens.len() - s))
                    .collect(),
                (None, None) => vec![tokens.len()],
            };
            let t = Instant::now();
            let mut times = Vec::new();
            let mut call_secs = Vec::new();
            let mut data: Vec<f64> = Vec::new();
            let mut cols = 0;
            let mut state_bytes = None;
            if prefill.is_none() && chunk.is_none() {
                let (logits, tm) = m.forward(&tokens, "logits")?;
                cols = logits.cols;
                data = logits.data.iter().map(|&x| x as f64).collect();
                times = tm;
                call_secs.push(t.elapsed().as_secs_f64());
            } else {
                let mut session = m.session()?;
                let mut at = 0;
                for &c in &calls {
                    let tc = Instant::now();
                    let (logits, tm) = session.feed(&tokens[at..at + c])?;
                    call_secs.push(tc.elapsed().as_secs_f64());
                    cols = logits.cols;
                    data.extend(logits.data.iter().map(|&x| x as f64));
                    times.extend(tm);
                    at += c;
                }
                state_bytes = Some(session.state_bytes());
            }
            let secs = t.elapsed().as_secs_f64();
            if profile {
                print_profile(&times, secs);
            }
            let rows = tokens.len();
            check_finite(&data, cols, &logits_out)?;
            tensor_io::write_f64(&logits_out, &[("logits", vec![rows, cols], &data)])?;
            println!(
                "loaded in {:.3} s; ran {} tokens in {:.3} ms ({:.0} tokens/s); logits [{rows}, {cols}] -> {}",
                load_secs,
                tokens.len(),
                secs * 1e3,
                tokens.len() as f64 / secs,
                logits_out.display()
            );
            if let Some(p) = prefill {
                let decode: f64 = call_secs[1..].iter().sum();
                println!(
                    "prefill {p} tokens: {:.3} ms ({:.0} tokens/s); decode {} tokens: {:.3} ms ({:.1} tokens/s)",
                    call_secs[0] * 1e3,
                    p as f64 / call_secs[0],
                    calls.len() - 1,
                    decode * 1e3,
                    (calls.len() - 1) as f64 / decode.max(1e-12)
                );
            }
            if let Some(c) = chunk {
                println!("{} chunks of at most {c} tokens", calls.len());
            }
            if let Some(b) = state_bytes {
                println!("state memory: {}", human_bytes(b));
            }
            let expected = if prefill.is_some() {
                "decode_logits"
            } else {
                "logits"
            };
            if let Some((shape, want)) = tensor_io::read_f64(&tokens_file, expected)? {
                if shape == [rows, cols] {
                    report_error(&data, &want, expected, &tokens_file)?;
                }
            }
            Ok(())
        }
        Command::Generate {
            model,
            prompt_tokens,
            max_new_tokens,
            temperature,
            top_k,
            top_p,
            seed,
            stop_token,
            weights,
            checks,
        } => {
            if !(temperature >= 0.0 && temperature.is_finite()) {
                bail!("--temperature {temperature}: must be a finite number ≥ 0");
            }
            if !(top_p > 0.0 && top_p <= 1.0) {
                bail!("--top-p {top_p}: must be in (0, 1]");
            }
            let m = hyenac_runtime::Model::load_with(&model, weights.as_deref(), checks.options())?;
            let mut session = m.session()?;
            // The last generated token is not fed back, hence the − 1.
            let needed = prompt_tokens
                .len()
                .saturating_add(max_new_tokens.saturating_sub(1));
            if needed > session.max_len() {
                bail!(
                    "sequence too long: {} prompt tokens + {max_new_tokens} new need {needed} positions, the artifact serves at most {}",
                    prompt_tokens.len(),
                    session.max_len()
                );
            }
            let mut sampler = if temperature == 0.0 {
                hyenac_runtime::Sampler::greedy()
            } else {
                hyenac_runtime::Sampler::new(temperature, top_k, top_p, seed)
            };
            let t = Instant::now();
            let logits = session.prefill(&prompt_tokens)?;
            let prefill_secs = t.elapsed().as_secs_f64();
            let mut last = logits.data[(logits.rows - 1) * logits.cols..].to_vec();
            let mut generated = Vec::new();
            let t = Instant::now();
            while generated.len() < max_new_tokens {
                let next = sampler.sample(&last);
                generated.push(next);
                if Some(next) == stop_token || generated.len() == max_new_tokens {
                    break;
                }
                last = session.decode(next)?;
            }
            let decode_secs = t.elapsed().as_secs_f64();
            let decoded = generated.len().saturating_sub(1);
            println!(
                "{}",
                generated
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            );
            eprintln!(
                "prefill: {} tokens in {:.3} ms ({:.0} tokens/s)",
                prompt_tokens.len(),
                prefill_secs * 1e3,
                prompt_tokens.len() as f64 / prefill_secs
            );
            eprintln!(
                "decode: {} tokens in {:.3} ms ({:.1} tokens/s)",
                decoded,
                decode_secs * 1e3,
                decoded as f64 / decode_secs.max(1e-12)
            );
            eprintln!(
                "state memory at position {}: {}",
                session.position(),
                human_bytes(session.state_bytes())
            );
            Ok(())
        }
        Command::Inspect { model, seqlen } => {
            let file = hyenac_runtime::ArtifactFile::read(&model)?;
            let m = &file.manifest;
            if let Some(l) = seqlen {
                check_len(
                    "--seqlen",
                    l,
                    m.plan.max_len,
                    "the artifact's maximum length",
                )?;
            }
            let target = match &m.target {
                hyenac_runtime::artifact::Target::Cpu {
                    triple,
                    cpu,
                    features,
                    ..
                } => {
                    let on: Vec<&str> = features
                        .split(',')
                        .filter_map(|f| f.strip_prefix('+'))
                        .collect();
                    let shown: String = on.join(",").chars().take(100).collect();
                    let unchecked = hyenac_runtime::cpu::unchecked(features);
                    format!(
                        "cpu {triple}, cpu model {cpu}\nfeatures      {} enabled: {shown}{}\n              \
                         {} not detectable by this runtime (tuning flags, rare extensions)",
                        on.len(),
                        if on.join(",").chars().count() > 100 { "…" } else { "" },
                        unchecked.len()
                    )
                }
                hyenac_runtime::artifact::Target::Cuda { sm, ptx_isa } => {
                    format!("gpu {sm}, PTX ISA {ptx_isa}")
                }
            };
            let weight_bytes: u64 = m.constants.iter().map(|c| c.blob.len).sum();
            let len = seqlen.unwrap_or(m.plan.max_len);
            println!("artifact      {}", model.display());
            println!("sha256        {}", file.digest());
            println!(
                "format        {} (written by {})",
                m.format_version, m.compiler
            );
            println!("target        {target}");
            println!("graph hash    {}", m.graph_hash);
            println!(
                "max length    {} tokens, vocabulary {}",
                m.plan.max_len, m.plan.vocab
            );
            println!(
                "code          {:.1} KiB {}",
                m.code.len as f64 / 1024.0,
                match m.target {
                    hyenac_runtime::artifact::Target::Cpu { .. } => "shared object",
                    hyenac_runtime::artifact::Target::Cuda { .. } => "PTX",
                }
            );
            println!(
                "constants     {} tensors, {:.2} MiB stored",
                m.constants.len(),
                weight_bytes as f64 / 1048576.0
            );
            let (mut loaded, mut loaded_bytes, mut derived) = (0, 0usize, 0);
            for c in &m.constants {
                match &c.source {
                    hyenac_runtime::artifact::ConstantSource::Weight { .. } => {
                        loaded += 1;
                        loaded_bytes += 4 * c.rows * c.cols;
                    }
                    // (sizes were bounded when the file was read)
                    hyenac_runtime::artifact::ConstantSource::Init { .. } => derived += 1,
                    hyenac_runtime::artifact::ConstantSource::Stored => {}
                }
            }
            if loaded > 0 {
                println!(
                    "weights       supplied at load time (--weights): {loaded} tensors, {:.2} MiB as f32; {derived} constants derived from them at load",
                    loaded_bytes as f64 / 1048576.0
                );
            }
            if let Some(p) = m.stateful_plan() {
                let (fixed, per_token) = p.state_bytes();
                println!(
                    "state         {} fixed (FIR histories, modal states) + {} per token (KV cache){}",
                    human_bytes(fixed),
                    human_bytes(per_token),
                    if m.step.is_some() {
                        "; separate prefill/decode plan"
                    } else {
                        ""
                    }
                );
            } else {
                println!("state         none: this artifact runs the stateless forward pass only");
            }
            println!(
                "activations   {} buffers; peak {:.2} MiB live at L = {len}",
                m.plan.activations.len(),
                m.plan.peak_activation_bytes(len) as f64 / 1048576.0
            );
            println!("kernels       {} calls:", m.plan.calls.len());
            for c in &m.plan.calls {
                println!(
                    "  {:24} {}",
                    c.symbol.trim_start_matches("_mlir_ciface_"),
                    c.label
                );
            }
            match file.check_target() {
                Ok(()) => println!("this machine  can run it"),
                Err(e) => println!("this machine  cannot run it: {e}"),
            }
            Ok(())
        }
        Command::Jit {
            config,
            weights,
            tokens_file,
            logits_out,
            seqlen,
            dump_ir,
            emulate_gpu,
            rewrite,
            checks,
        } => jit(
            &config,
            &weights,
            &tokens_file,
            &logits_out,
            seqlen,
            dump_ir.as_deref(),
            emulate_gpu.as_deref(),
            &rewrite,
            checks.options(),
        ),
        Command::Ptx {
            config,
            target,
            seqlen,
            output,
            dump_ir,
            rewrite,
        } => {
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
            let optimized = crate::pipeline::optimize_model(
                &config,
                &rewrite.options(&target, seqlen)?,
                true,
                false,
            )?
            .forward;
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
        Command::Calibrate => {
            let m = crate::rewrite::calibrate::calibrate();
            println!("{}", serde_json::to_string_pretty(&m)?);
            Ok(())
        }
        Command::Targets { cpus } => {
            if cpus {
                let models = crate::codegen::llvm_emit::cpu_models().map_err(anyhow::Error::msg)?;
                println!(
                    "CPU models for --cpu ({}): native, {}",
                    models.len(),
                    models.join(", ")
                );
            }
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

fn load_config(path: &std::path::Path) -> Result<Config> {
    // The registry picks the model family from the config.
    let (_family, config) = crate::families::load(path)?;
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
    checks: hyenac_runtime::weights::ReadOptions,
) -> Result<()> {
    check_outputs(&[logits_out], &[config_path, weights, tokens_file])?;
    let config = load_config(config_path)?;
    let graph = build_graph(&config).context("building the graph")?;
    // f32 weights, their f64 copies, and the interpreter's f64 activations.
    check_memory(config.parameter_count() * 12, "interpreting this model")?;
    let checkpoint = Checkpoint::load_with(weights, &config, checks)?;
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
    check_finite(&logits.data, logits.cols, logits_out)?;
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
            report_error(&logits.data, &want, reference, tokens_file)?;
        }
    }
    Ok(())
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
    let config = load_config(config_path)?;
    let graph = build_graph(&config).context("building the graph")?;
    check_memory(config.parameter_count() * 8, "compiling with these weights")?;
    let checkpoint = Checkpoint::load_with(weights, &config, checks)?;
    let tokens = tensor_io::read_tokens(tokens_file)?;
    if tokens.is_empty() {
        bail!(
            "tokens file {} holds an empty sequence",
            tokens_file.display()
        );
    }
    let seqlen = seqlen.unwrap_or(tokens.len());
    if seqlen > config.max_seqlen || tokens.len() > seqlen {
        bail!(
            "sequence too long: {} tokens, compiled length {seqlen}, max_seqlen {}",
            tokens.len(),
            config.max_seqlen
        );
    }
    let t = Instant::now();
    let target = sm.map_or("cpu", |s| s.name());
    let opts = rewrite.options(target, seqlen)?;
    let optimized = crate::rewrite::optimize(&graph, &opts)?;
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
