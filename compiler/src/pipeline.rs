//! The compiler as a library: what `hyenac compile` does, from a config (and optionally its
//! weights) to the bytes of an artifact, for the host CPU or a GPU.
//!
//! ```no_run
//! use hyenac::pipeline::{compile, CompileOptions, Target};
//! let config = hyenac_models::Config::from_file("config.yml")?;
//! let weights = hyenac_models::Checkpoint::load("model.safetensors", &config)?;
//! let opts = CompileOptions::new(&config, Target::cpu("native")?)?;
//! let artifact = compile(&config, Some(&weights), &opts, &mut |_| {})?;
//! hyenac_runtime::artifact::write_atomic("model.hyx".as_ref(), &artifact.bytes)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The stages, in order: build the graph from the config; optimise it for the target and the
//! longest length (equality saturation with the target's cost model); when the forward graph's
//! convolutions cannot carry state (an FFT), optimise a second graph for prefill and decode;
//! generate, lower and compile the kernels; bind the weights and fold the compile-time
//! constants; write the plan, the constants and the code (with its ABI table) as one artifact.

use std::path::PathBuf;

use hyenac_models::{Checkpoint, ModelConfig};
use thiserror::Error;

use crate::build_graph;
use crate::codegen::artifact::{
    compile_cpu_artifact, compile_gpu_artifact, ModelInfo, Progress, Weights,
};
use crate::codegen::cpu::CodegenError;
use crate::codegen::gpu::Sm;
use crate::graph::precision::{apply_precision, Precision};
use crate::graph::{Graph, GraphError};
use crate::rewrite::cost::CostModel;
use crate::rewrite::{optimize, OptimizeOptions, RewriteError};

/// Errors of a compilation, each one line naming the problem.
#[derive(Debug, Error)]
pub enum CompileError {
    #[error("{0}")]
    Options(String),
    #[error("building the graph: {0}")]
    Graph(#[from] GraphError),
    #[error(transparent)]
    Rewrite(#[from] RewriteError),
    #[error(transparent)]
    Codegen(#[from] CodegenError),
    #[error("{0}")]
    Serialize(String),
}

/// Where the artifact's code runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The host architecture, for an LLVM CPU model (`native`: this machine), with the features
    /// it implies (resolved when the target is made, so an unknown model fails first).
    Cpu { model: String },
    /// PTX for one NVIDIA architecture.
    Gpu(Sm),
}

impl Target {
    /// A CPU target for LLVM's CPU model `model` (`native`, `x86-64-v3`, `znver4`, …): an
    /// unknown or 32-bit model is an error that says so.
    pub fn cpu(model: &str) -> Result<Target, CompileError> {
        crate::codegen::llvm_emit::resolve_cpu(model)
            .map_err(|m| CompileError::Options(format!("--cpu {model}: {m}")))?;
        Ok(Target::Cpu {
            model: model.to_string(),
        })
    }

    /// The target named `name` (`cpu`, `sm_80`, `sm_90`), with CPU model `cpu` for `cpu`.
    pub fn parse(name: &str, cpu: &str) -> Result<Target, CompileError> {
        match name {
            "cpu" => Target::cpu(cpu),
            other => Sm::parse(other).map(Target::Gpu).ok_or_else(|| {
                CompileError::Options(format!("unknown target `{other}` (cpu, sm_80, sm_90)"))
            }),
        }
    }

    /// The cost model's name for the target (`cpu`, `sm_80`, `sm_90`).
    pub fn name(&self) -> &'static str {
        match self {
            Target::Cpu { .. } => "cpu",
            Target::Gpu(sm) => sm.name(),
        }
    }
}

/// How to compile.
#[derive(Debug, Clone)]
pub struct CompileOptions {
    pub target: Target,
    /// The longest sequence (position plus call length) the artifact serves.
    pub max_len: usize,
    /// The optimiser's options (rules, forced algorithms, cost model) for the target and
    /// `max_len`.
    pub optimize: OptimizeOptions,
    /// Write every stage's IR here.
    pub dump: Option<PathBuf>,
    /// How weights are stored (`graph::precision`); f32 by default.
    pub precision: Precision,
    /// The tokenizer the artifact carries in place of the family's own (`--tokenizer`: a
    /// Hugging Face file); `None`: the family's, if it has one.
    pub tokenizer: Option<hyenac_runtime::Tokenizer>,
}

impl CompileOptions {
    /// The defaults for `target`: the config's `max_seqlen`, the target's built-in cost model,
    /// every rule, no dumps.
    pub fn new<C: Clone + Into<ModelConfig>>(
        config: &C,
        target: Target,
    ) -> Result<CompileOptions, CompileError> {
        let max_seqlen = config.clone().into().max_seqlen();
        let model = CostModel::for_target(target.name()).ok_or_else(|| {
            CompileError::Options(format!("no cost model for `{}`", target.name()))
        })?;
        Ok(CompileOptions {
            max_len: max_seqlen,
            optimize: OptimizeOptions::new(model, max_seqlen),
            target,
            dump: None,
            precision: Precision::F32,
            tokenizer: None,
        })
    }
}

impl CompileOptions {
    /// Checks the options against `config` (before any expensive work).
    pub fn check(&self, config: &ModelConfig) -> Result<(), CompileError> {
        if self.max_len == 0 || self.max_len > config.max_seqlen() {
            return Err(CompileError::Options(format!(
                "--max-seqlen {}: must be between 1 and the config's max_seqlen {}",
                self.max_len,
                config.max_seqlen()
            )));
        }
        if self.precision != Precision::F32 && !matches!(self.target, Target::Cpu { .. }) {
            return Err(CompileError::Options(format!(
                "--precision {} is compiled for the CPU only so far (GPU artifacts hold f32 weights)",
                self.precision.name()
            )));
        }
        Ok(())
    }
}

/// A compiled artifact in memory.
#[derive(Debug, Clone)]
pub struct Artifact {
    /// The `.hyx` file's bytes.
    pub bytes: Vec<u8>,
    /// Their SHA-256, as `sha256sum` prints it.
    pub digest: String,
}

/// The graphs of a compilation: the model's graph, the forward graph optimised for the
/// target, and the prefill/decode graph when the forward one cannot carry state (CPU only).
pub struct Graphs {
    pub graph: Graph,
    pub forward: Graph,
    pub step: Option<Graph>,
}

/// Builds and optimises `config`'s graph with `opts`. Without weights at compile time the GPU's
/// long convolutions are restricted to algorithms whose constants the artifact can derive at
/// load time (no FFT spectra; the CPU's FFT kernels transform their filters per call); for the CPU, a second graph optimised for carrying state is added
/// when the forward graph cannot (an FFT convolution).
pub fn optimize_model<C: Clone + Into<ModelConfig>>(
    config: &C,
    opts: &OptimizeOptions,
    weights_bound: bool,
    cpu: bool,
) -> Result<Graphs, CompileError> {
    let graph = build_graph(config)?;
    // Without weights GPU kernels have no FFT spectra (CPU kernels transform their filters
    // themselves).
    let opts = if weights_bound || cpu {
        opts.clone()
    } else {
        opts.for_state()
    };
    let forward = optimize(&graph, &opts)?.graph;
    let step = if cpu && !crate::codegen::kernels::supports_state(&forward) {
        Some(optimize(&graph, &opts.for_state())?.graph)
    } else {
        None
    };
    Ok(Graphs {
        graph,
        forward,
        step,
    })
}

/// Compiles `config` (with `weights` bound, or taking them at load time when `None`) into an
/// artifact; `progress` hears each stage's name as it starts.
pub fn compile<C: Clone + Into<ModelConfig>>(
    config: &C,
    weights: Option<&Checkpoint>,
    opts: &CompileOptions,
    progress: Progress,
) -> Result<Artifact, CompileError> {
    let config: &ModelConfig = &config.clone().into();
    opts.check(config)?;
    progress("building and optimising the graph");
    let cpu = matches!(opts.target, Target::Cpu { .. });
    let mut g = optimize_model(config, &opts.optimize, weights.is_some(), cpu)?;
    apply_precision(&mut g.forward, opts.precision)?;
    if let Some(step) = g.step.as_mut() {
        apply_precision(step, opts.precision)?;
    }
    let dump = opts.dump.as_deref();
    if let Some(dir) = dump {
        crate::codegen::cpu::write_dump(dir, "00-graph.txt", &g.graph.to_text())?;
    }
    let spec = config.checkpoint_spec();
    let bound = match weights {
        Some(c) => Weights::Bound(c),
        None => Weights::AtLoad(&spec),
    };
    let model = ModelInfo {
        config: serde_json::to_value(config).map_err(|e| CompileError::Serialize(e.to_string()))?,
        tokenizer: opts.tokenizer.clone().or_else(|| config.tokenizer()),
    };
    let bytes = match &opts.target {
        Target::Cpu { model: cpu } => compile_cpu_artifact(
            &g.forward,
            g.step.as_ref(),
            bound,
            model,
            opts.max_len,
            cpu,
            dump,
            progress,
        )?,
        Target::Gpu(sm) => {
            compile_gpu_artifact(&g.forward, bound, model, opts.max_len, *sm, dump, progress)?
        }
    };
    let digest = hyenac_runtime::artifact::digest(&bytes);
    Ok(Artifact { bytes, digest })
}
