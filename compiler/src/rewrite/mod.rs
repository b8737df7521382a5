//! Equality saturation with egg: per layer and length, the convolution algorithm is chosen by
//! a cost model, and gating, the short FIR, RMSNorm and the MLP gate are fused.
//!
//! - [`lang`]: the e-graph language; [`analysis`]: types, constness, layers;
//! - [`rules`]: the rewrite rules (and user rules from a file, [`rule_file`]);
//! - [`cost`]: the per-target cost models; [`extract`]: DAG-aware extraction;
//! - [`convert`]: graph ↔ e-graph; [`explain`]: the `hyenac explain` report.
//!
//! [`optimize`] runs the whole thing and returns a graph with the same inputs and outputs.

pub(crate) mod analysis;
pub mod calibrate;
pub(crate) mod convert;
pub mod cost;
pub mod explain;
pub(crate) mod extract;
pub(crate) mod lang;
pub mod rule_file;
pub mod rules;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use egg::{Rewrite, Runner, StopReason};
use thiserror::Error;

use crate::graph::{ConvAlg, Graph, GraphError, Op};
use analysis::{enode_op, TypeAnalysis, Value};
use cost::{op_cost, CostModel};
use lang::HyenaLang;

/// Errors of the optimiser.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum RewriteError {
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error("{0}")]
    Input(String),
    #[error("unknown rule `{name}` (rules: {known})")]
    UnknownRule { name: String, known: String },
    #[error("{0}")]
    Options(String),
    #[error("rules merged terms of different types: {0}")]
    Unsound(String),
    #[error("extraction failed: {0}")]
    Extraction(String),
}

/// Limits that bound the e-graph.
#[derive(Debug, Clone)]
pub struct Limits {
    pub nodes: usize,
    pub iterations: usize,
    pub time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            nodes: 200_000,
            iterations: 12,
            time: Duration::from_secs(8),
        }
    }
}

/// What to optimise for and how.
#[derive(Debug, Clone)]
pub struct OptimizeOptions {
    pub model: CostModel,
    /// The sequence length the choices are made for; the optimised graph serves calls of at
    /// most this many tokens.
    pub seqlen: usize,
    /// Built-in or user rules switched off by name.
    pub disabled: Vec<String>,
    /// Convolution algorithm family forced per layer (`direct`, `fft`, `block`, `scan`).
    pub forced: BTreeMap<usize, String>,
    /// Extra rules (from `--rules FILE`).
    pub extra: Vec<Rewrite<HyenaLang, TypeAnalysis>>,
    pub limits: Limits,
}

impl OptimizeOptions {
    pub fn new(model: CostModel, seqlen: usize) -> Self {
        OptimizeOptions {
            model,
            seqlen,
            disabled: Vec::new(),
            forced: BTreeMap::new(),
            extra: Vec::new(),
            limits: Limits::default(),
        }
    }
}

impl OptimizeOptions {
    /// The options for the stateful plan (prefill, decode, chunks): the same model and rules,
    /// but long convolutions only by algorithms whose f64 modal state is the carried state
    /// (block, scan) and short convolutions in direct form; forcings of other families are
    /// dropped.
    pub fn for_state(&self) -> OptimizeOptions {
        let mut o = self.clone();
        for rule in [
            "long-conv-direct",
            "long-conv-fft-pow2",
            "long-conv-fft-smooth",
            "short-conv-direct",
            "short-conv-fft",
        ] {
            if !o.disabled.iter().any(|d| d == rule) {
                o.disabled.push(rule.to_string());
            }
        }
        o.forced.retain(|_, alg| alg == "block" || alg == "scan");
        o
    }
}

/// Statistics of one optimisation.
#[derive(Debug, Clone)]
pub struct SaturationStats {
    pub iterations: usize,
    pub enodes: usize,
    pub eclasses: usize,
    pub stop: String,
    pub saturation_time: Duration,
    pub extraction_time: Duration,
    /// Rule name → times it applied.
    pub applied: BTreeMap<String, usize>,
    /// The extracted graph's estimated time, s.
    pub estimated_time: f64,
}

/// The optimised graph and how it was obtained.
#[derive(Debug, Clone)]
pub struct Optimized {
    pub graph: Graph,
    pub stats: SaturationStats,
}

/// The own cost (estimated seconds) of one e-node at length `seqlen`; infinite for nodes that
/// cannot run as they are, are ill-typed, or are excluded by a forced algorithm.
pub fn enode_time(
    eg: &analysis::HyenaEGraph,
    node: &HyenaLang,
    class: egg::Id,
    opts: &OptimizeOptions,
) -> f64 {
    let value = |id: egg::Id| &eg[id].data;
    let (op, operands) = match node {
        HyenaLang::Weight(_) => return 0.0,
        _ => match enode_op(node, &value) {
            Ok(Some(x)) => x,
            Ok(None) => return 0.0, // attributes and descriptors
            Err(_) => return f64::INFINITY,
        },
    };
    let types: Vec<&crate::graph::TensorType> = operands
        .iter()
        .filter_map(|&o| match &eg[o].data {
            Value::Tensor { ty, .. } => Some(ty),
            _ => None,
        })
        .collect();
    if types.len() != operands.len() {
        return f64::INFINITY;
    }
    let Value::Tensor {
        ty,
        layer,
        constant,
    } = &eg[class].data
    else {
        return f64::INFINITY;
    };
    match op.infer(&types) {
        Ok(t) if &t == ty => {}
        _ => return f64::INFINITY,
    }
    if let (Some(l), Some(alg)) = (layer, conv_alg(&op)) {
        if let Some(f) = opts.forced.get(l) {
            if alg.family() != f {
                return f64::INFINITY;
            }
        }
    }
    // Compile-time subgraphs cost nothing at run time.
    if *constant {
        return 0.0;
    }
    // The GPU back end has no kernel for the fused rotary attention (its rotation prologue
    // would need a grid-wide barrier); GPU plans keep rotary and attention apart.
    if matches!(op, Op::RotaryAttention { .. }) && opts.model.target != "cpu" {
        return f64::INFINITY;
    }
    match op_cost(&op, &types, ty, opts.seqlen) {
        Some(c) => opts.model.time(&c),
        None => f64::INFINITY,
    }
}

/// The algorithm of a convolution operation.
pub fn conv_alg(op: &Op) -> Option<ConvAlg> {
    match op {
        Op::LongConv { alg } | Op::GatedConv { alg } | Op::HyenaConv { alg, .. } => Some(*alg),
        _ => None,
    }
}

/// Saturates the graph's e-graph with the enabled rules, within the limits, and extracts the
/// cheapest graph for the target and length.
pub fn optimize(graph: &Graph, opts: &OptimizeOptions) -> Result<Optimized, RewriteError> {
    if opts.seqlen == 0 {
        return Err(RewriteError::Options(
            "the sequence length must be at least 1".into(),
        ));
    }
    let mut rules = rules::builtin_rules(opts.seqlen);
    rules.extend(opts.extra.iter().cloned());
    let known: Vec<String> = rules.iter().map(|r| r.name.to_string()).collect();
    for d in &opts.disabled {
        if !known.contains(d) {
            return Err(RewriteError::UnknownRule {
                name: d.clone(),
                known: known.join(", "),
            });
        }
    }
    for (layer, fam) in &opts.forced {
        if !["direct", "fft", "block", "scan"].contains(&fam.as_str()) {
            return Err(RewriteError::Options(format!(
                "--force-conv {layer}={fam}: unknown algorithm (direct, fft, block, scan)"
            )));
        }
        let is_hyena = graph
            .g
            .node_weights()
            .any(|n| n.layer == Some(*layer) && matches!(n.op, Op::ModalLongConv { .. }));
        if !is_hyena {
            return Err(RewriteError::Options(format!(
                "--force-conv {layer}={fam}: layer {layer} has no long convolution"
            )));
        }
    }
    rules.retain(|r| !opts.disabled.contains(&r.name.to_string()));

    let (eg, outputs) = convert::to_egraph(graph)?;
    let t = Instant::now();
    let runner = Runner::default()
        .with_egraph(eg)
        .with_node_limit(opts.limits.nodes)
        .with_iter_limit(opts.limits.iterations)
        .with_time_limit(opts.limits.time)
        .run(&rules);
    let saturation_time = t.elapsed();
    if let Some(c) = runner.egraph.analysis.conflicts.first() {
        return Err(RewriteError::Unsound(c.clone()));
    }
    let mut applied = BTreeMap::new();
    for it in &runner.iterations {
        for (name, n) in &it.applied {
            *applied.entry(name.to_string()).or_insert(0) += n;
        }
    }
    let stop = match &runner.stop_reason {
        Some(StopReason::Saturated) => "saturated".to_string(),
        Some(StopReason::IterationLimit(n)) => format!("iteration limit ({n})"),
        Some(StopReason::NodeLimit(n)) => format!("node limit ({n})"),
        Some(StopReason::TimeLimit(s)) => format!("time limit ({s} s)"),
        Some(StopReason::Other(s)) => s.clone(),
        None => "unknown".into(),
    };
    let eg = &runner.egraph;
    let t = Instant::now();
    let roots: Vec<egg::Id> = outputs.iter().map(|(_, id)| *id).collect();
    let (choice, total) = extract::extract_dag(eg, &roots, |n, c| enode_time(eg, n, c, opts))
        .map_err(|missing| {
            RewriteError::Extraction(format!(
                "no implementation is left for {} output(s); a long convolution needs at least one \
                 algorithm rule (or a --force-conv that its rules can produce)",
                missing.len()
            ))
        })?;
    let outputs: Vec<(String, egg::Id)> = outputs
        .into_iter()
        .map(|(n, id)| (n, eg.find(id)))
        .collect();
    let extracted = convert::from_extraction(eg, &graph.name, &choice, &outputs)?;
    extracted.validate()?;
    Ok(Optimized {
        graph: extracted,
        stats: SaturationStats {
            iterations: runner.iterations.len(),
            enodes: eg.total_number_of_nodes(),
            eclasses: eg.number_of_classes(),
            stop,
            saturation_time,
            extraction_time: t.elapsed(),
            applied,
            estimated_time: total,
        },
    })
}
