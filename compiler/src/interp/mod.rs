//! The float64 reference interpreter: the oracle every backend is tested against.
//!
//! It evaluates a [`Graph`] exactly as the spec states the semantics, in float64 throughout
//! (long filters from the poles by repeated complex multiplication, rotary angles by
//! flash_attn's float32 recipe, spec §3). It is deliberately simple and slow: direct O(L²)
//! convolution, no fusion.
//!
//! A [`Session`] holds the state of the stateful operations, so one graph serves every mode:
//! - stateless forward: a fresh session, one call with all tokens;
//! - prefill + decode: one call with the prompt, then one call per token;
//! - chunked prefill: any split of the sequence into calls.
//!
//! The state is that of the spec §6: the last K−1 rows of each short convolution's input
//! (zero history at the start, which is the correct semantics for prompts shorter than K−1),
//! the modal state `s[c, n]` of each long convolution, and the keys and values of each
//! attention layer.

pub mod fft;
mod kernels;

use std::collections::HashMap;

use hyenac_models::Checkpoint;
use petgraph::graph::NodeIndex;
use thiserror::Error;

use crate::graph::{Graph, GraphError, Op};

pub use kernels::{rotary_angle, stored_rotary_angle, Mat};

/// Errors of interpretation: bad weights or bad inputs, never a panic.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum InterpError {
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error("weight `{name}` is missing")]
    MissingWeight { name: String },
    #[error("weight `{name}` has shape {got:?}, the graph needs {expected:?}")]
    WeightShape {
        name: String,
        got: Vec<usize>,
        expected: Vec<usize>,
    },
    #[error("token {token} at position {position} is out of range for vocabulary size {vocab}")]
    TokenOutOfRange {
        token: i64,
        position: usize,
        vocab: usize,
    },
    #[error("sequence too long: position {end} exceeds max_seqlen {max}")]
    TooLong { end: usize, max: usize },
    #[error("the graph has no output named `{0}`")]
    NoOutput(String),
    #[error("node %{node}: {reason}")]
    Algorithm { node: usize, reason: String },
}

/// Per-node state of the stateful operations.
#[derive(Debug, Clone)]
enum NodeState {
    /// Last K−1 input rows of a short convolution, oldest first.
    Fir(Mat),
    /// Modal state `s[c][n]` as (re, im).
    Modal(Vec<Vec<(f64, f64)>>),
    /// Keys (rotated) and values seen so far, `[T, Hkv·hd]` each.
    Kv {
        k: Vec<f64>,
        v: Vec<f64>,
        rows: usize,
    },
    /// A fused Hyena filter: its short convolution's history and its modal state.
    Hyena {
        fir: Mat,
        modal: Vec<Vec<(f64, f64)>>,
    },
}

/// An interpreter session: a graph with bound weights and the recurrent state.
pub struct Session<'g> {
    graph: &'g Graph,
    order: Vec<NodeIndex>,
    weights: HashMap<NodeIndex, Mat>,
    state: HashMap<NodeIndex, NodeState>,
    /// Absolute position of the next token.
    position: usize,
    vocab: usize,
    max_seqlen: usize,
}

/// The value of every weight and compile-time constant node of `graph`: `checkpoint`'s
/// weights bound by name (shapes checked), then, in float64, everything that depends on
/// weights alone (modal filters `Re Σ R p^t`, their spectra). A pure function of the graph and
/// the weights: the interpreter and the compiler's constant folding both use it, so a folded
/// constant is exactly what the oracle computes.
pub fn bind_constants(
    graph: &Graph,
    checkpoint: &Checkpoint,
) -> Result<HashMap<NodeIndex, Mat>, InterpError> {
    let folder = ConstantFolder::new(graph, checkpoint)?;
    let mut values = HashMap::new();
    for (_, _, n) in graph.weights() {
        values.insert(n, folder.weight(n));
    }
    for n in graph.topo_order()? {
        let op = &graph.g[n].op;
        if op.is_compile_time() && !matches!(op, Op::Weight { .. }) {
            let ops: Vec<&Mat> = graph.operands(n).iter().map(|o| &values[o]).collect();
            let value = fold_op(op, &ops).expect("a compile-time op folds");
            values.insert(n, value);
        }
    }
    Ok(values)
}

/// The value of a compile-time constant op from its operands' values, or `None` for an op that
/// is not one (weights are bound, not folded).
fn fold_op(op: &Op, ops: &[&Mat]) -> Option<Mat> {
    Some(match op {
        Op::ModalFilter { len } => kernels::modal_filter(ops[0], ops[1], *len),
        Op::Spectrum { n: size } => kernels::spectrum(ops[0], *size),
        Op::Deinterleave { streams, block } => kernels::deinterleave(ops[0], *streams, *block),
        Op::ExpandGroups { channels } => kernels::expand_groups(ops[0], *channels),
        Op::ReverseTaps | Op::FirFilter => kernels::reverse_taps(ops[0]),
        Op::RealPoles => kernels::real_to_complex(ops[0], f64::exp),
        Op::RealResidues => kernels::real_to_complex(ops[0], |r| r),
        Op::ImplicitFilter { shift, modulate } => kernels::implicit_filter(ops, *shift, *modulate),
        Op::StridedRows {
            offset,
            stride,
            count,
        } => kernels::strided_rows(ops[0], *offset, *stride, *count),
        Op::FilterPrefix { len } => kernels::filter_prefix(ops[0], *len),
        _ => return None,
    })
}

/// Compile-time constants folded one at a time, on demand: what [`bind_constants`] computes
/// for a node, without holding every weight in float64 at once (a 1B-parameter model's would
/// take 9 GB). The compiler folds each constant a plan reads through it and drops the float64
/// values as soon as they are stored.
pub struct ConstantFolder<'a> {
    graph: &'a Graph,
    checkpoint: &'a Checkpoint,
}

impl<'a> ConstantFolder<'a> {
    /// Checks every weight of `graph` is in `checkpoint` with its shape (all errors before any
    /// work, as [`bind_constants`] reports them).
    pub fn new(graph: &'a Graph, checkpoint: &'a Checkpoint) -> Result<Self, InterpError> {
        for (name, shape, _) in graph.weights() {
            let t = checkpoint
                .get(&name)
                .ok_or_else(|| InterpError::MissingWeight { name: name.clone() })?;
            if t.shape != shape {
                return Err(InterpError::WeightShape {
                    name,
                    got: t.shape.clone(),
                    expected: shape,
                });
            }
        }
        Ok(ConstantFolder { graph, checkpoint })
    }

    /// The stored values of weight node `n` (f32, or widened from 16 bits) with the matrix
    /// shape the interpreter gives it: the first dimension by the product of the others.
    pub fn weight_values(&self, n: NodeIndex) -> (usize, usize, std::borrow::Cow<'a, [f32]>) {
        let Op::Weight { name, .. } = &self.graph.g[n].op else {
            panic!("node {n:?} is not a weight");
        };
        let t = self
            .checkpoint
            .get(name)
            .expect("present: checked by `new`");
        let rows = t.shape.first().copied().unwrap_or(1);
        let cols = t.shape.iter().skip(1).product::<usize>().max(1);
        (rows, cols, t.values())
    }

    fn weight(&self, n: NodeIndex) -> Mat {
        let (rows, cols, data) = self.weight_values(n);
        Mat {
            rows,
            cols,
            data: data.iter().map(|&x| x as f64).collect(),
        }
    }

    /// The float64 value of compile-time node `n`, folded from the weights it depends on.
    pub fn fold(&self, n: NodeIndex) -> Mat {
        let op = &self.graph.g[n].op;
        if matches!(op, Op::Weight { .. }) {
            return self.weight(n);
        }
        let ops: Vec<Mat> = self
            .graph
            .operands(n)
            .into_iter()
            .map(|o| self.fold(o))
            .collect();
        let refs: Vec<&Mat> = ops.iter().collect();
        fold_op(op, &refs).unwrap_or_else(|| panic!("`{}` is not a compile-time op", op.mnemonic()))
    }
}

impl<'g> Session<'g> {
    /// Binds `checkpoint`'s weights to the graph's weight inputs by name, checking shapes.
    pub fn new(
        graph: &'g Graph,
        checkpoint: &Checkpoint,
        max_seqlen: usize,
    ) -> Result<Self, InterpError> {
        graph.validate()?;
        let weights = bind_constants(graph, checkpoint)?;
        let order = graph.topo_order()?;
        let mut vocab = usize::MAX;
        for n in graph.g.node_indices() {
            if graph.g[n].op == Op::Embedding {
                let table = graph.operands(n)[0];
                vocab = vocab.min(weights[&table].rows);
            }
        }
        Ok(Session {
            graph,
            order,
            weights,
            state: HashMap::new(),
            position: 0,
            vocab,
            max_seqlen,
        })
    }

    /// The modal parameters behind an algorithm's filter operands: explicit for block and
    /// scan, found through `spectrum`/`modal_filter` for direct and FFT.
    fn modes_of(&self, alg: crate::graph::ConvAlg, filter: &[NodeIndex]) -> kernels::ModalParams {
        use crate::graph::ConvAlg;
        let (p, r) = match alg {
            ConvAlg::Block { .. } => (filter[1], filter[2]),
            ConvAlg::Scan => (filter[0], filter[1]),
            ConvAlg::Direct | ConvAlg::Fft { .. } => {
                let mut n = filter[0];
                loop {
                    let ops = self.graph.operands(n);
                    match self.graph.g[n].op {
                        Op::Spectrum { .. } => n = ops[0],
                        _ => break (ops[0], ops[1]),
                    }
                }
            }
        };
        kernels::modal_params(&self.weights[&p], &self.weights[&r])
    }

    /// Absolute position of the next token (= tokens consumed so far).
    pub fn position(&self) -> usize {
        self.position
    }

    /// Forgets all state: the next call starts at position 0.
    pub fn reset(&mut self) {
        self.state.clear();
        self.position = 0;
    }

    /// Runs the graph on the next `tokens` (continuing from the state) and returns the output
    /// called `output` (`[len(tokens), C]`).
    pub fn run(&mut self, tokens: &[i64], output: &str) -> Result<Mat, InterpError> {
        let out_node = self
            .graph
            .outputs()
            .into_iter()
            .find(|(n, _)| n == output)
            .map(|(_, n)| n)
            .ok_or_else(|| InterpError::NoOutput(output.to_string()))?;
        let end = self.position + tokens.len();
        if end > self.max_seqlen {
            return Err(InterpError::TooLong {
                end,
                max: self.max_seqlen,
            });
        }
        for (i, &t) in tokens.iter().enumerate() {
            if t < 0 || t as u64 >= self.vocab as u64 {
                return Err(InterpError::TokenOutOfRange {
                    token: t,
                    position: self.position + i,
                    vocab: self.vocab,
                });
            }
        }
        let l = tokens.len();
        let mut values: HashMap<NodeIndex, Mat> = HashMap::new();
        let mut token_ids: Vec<usize> = Vec::new();
        let g = self.graph;
        for &n in &self.order {
            let node = &g.g[n];
            let ops = g.operands(n);
            let arg = |i: usize| -> &Mat {
                let o = ops[i];
                values
                    .get(&o)
                    .or_else(|| self.weights.get(&o))
                    .expect("operand evaluated")
            };
            // An optional operand by its slot name (absent when the attribute says so).
            let opt = |slot: &str| node.op.operand(slot).map(arg);
            let v =
                match &node.op {
                    Op::Tokens => {
                        token_ids = tokens.iter().map(|&t| t as usize).collect();
                        continue;
                    }
                    Op::Weight { .. }
                    | Op::ModalFilter { .. }
                    | Op::Spectrum { .. }
                    | Op::Deinterleave { .. }
                    | Op::ExpandGroups { .. }
                    | Op::ReverseTaps
                    | Op::FirFilter
                    | Op::RealPoles
                    | Op::RealResidues
                    | Op::ImplicitFilter { .. }
                    | Op::StridedRows { .. }
                    | Op::FilterPrefix { .. } => continue,
                    Op::Embedding => kernels::embedding(arg(0), &token_ids),
                    Op::LayerNorm { eps } => kernels::layer_norm(arg(0), arg(1), arg(2), *eps),
                    Op::RmsNorm { eps, style } => kernels::rms_norm(arg(0), arg(1), *eps, *style),
                    Op::Linear { .. } => kernels::linear(arg(0), arg(1), opt("bias")),
                    Op::ShortConv { kernel, .. } => {
                        let x = arg(0);
                        let hist = match self.state.get(&n) {
                            Some(NodeState::Fir(m)) => m.clone(),
                            _ => Mat::zeros(kernel - 1, x.cols),
                        };
                        let b = opt("bias");
                        let (y, next) = kernels::short_conv(x, arg(1), b, &hist);
                        self.state.insert(n, NodeState::Fir(next));
                        y
                    }
                    Op::ShortConvFft {
                        n: size, kernel, ..
                    } => {
                        let x = arg(0);
                        let hist = match self.state.get(&n) {
                            Some(NodeState::Fir(m)) => m.clone(),
                            _ => Mat::zeros(kernel - 1, x.cols),
                        };
                        let b = opt("bias");
                        let (y, next) = kernels::short_conv_fft(x, arg(1), b, &hist, *size)
                            .map_err(|reason| InterpError::Algorithm {
                                node: n.index(),
                                reason,
                            })?;
                        self.state.insert(n, NodeState::Fir(next));
                        y
                    }
                    Op::HyenaSplit { stream, heads } => {
                        kernels::hyena_split(arg(0), *stream, *heads)
                    }
                    Op::ColumnSlice { start, len } => arg(0).columns(*start, *len),
                    Op::Mul => arg(0).zip(arg(1), |a, b| a * b),
                    Op::Add => arg(0).zip(arg(1), |a, b| a + b),
                    Op::ModalLongConv { state_size } => {
                        let u = arg(0);
                        let zero = vec![vec![(0.0, 0.0); *state_size]; u.cols];
                        let s0 = match self.state.get(&n) {
                            Some(NodeState::Modal(s)) => s.clone(),
                            _ => zero,
                        };
                        let (y, s1) = kernels::modal_long_conv(u, arg(1), arg(2), &s0);
                        self.state.insert(n, NodeState::Modal(s1));
                        y
                    }
                    Op::DSkip => {
                        let (u, d) = (arg(0), arg(1));
                        u.map_indexed(|_, c, x| x * d.data[c])
                    }
                    Op::RotaryFreqs {
                        heads,
                        head_dim,
                        position_scale,
                    } => kernels::rotary_freqs(
                        arg(0),
                        *heads,
                        *head_dim,
                        arg(1),
                        *position_scale,
                        self.position,
                    ),
                    Op::Rotary {
                        heads,
                        head_dim,
                        base,
                        position_scale,
                    } => kernels::rotary(
                        arg(0),
                        *heads,
                        *head_dim,
                        *base,
                        *position_scale,
                        self.position,
                    ),
                    Op::Attention { .. } | Op::RotaryAttention { .. } => {
                        let (heads, kv_heads, head_dim) = match &node.op {
                            Op::Attention {
                                heads,
                                kv_heads,
                                head_dim,
                            }
                            | Op::RotaryAttention {
                                heads,
                                kv_heads,
                                head_dim,
                                ..
                            } => (heads, kv_heads, head_dim),
                            _ => unreachable!("matched above"),
                        };
                        // The fused form rotates q and k first, exactly as the graph did.
                        let rotated = match &node.op {
                            Op::RotaryAttention {
                                base,
                                position_scale,
                                ..
                            } => Some((
                                kernels::rotary(
                                    arg(0),
                                    *heads,
                                    *head_dim,
                                    *base,
                                    *position_scale,
                                    self.position,
                                ),
                                kernels::rotary(
                                    arg(1),
                                    *kv_heads,
                                    *head_dim,
                                    *base,
                                    *position_scale,
                                    self.position,
                                ),
                            )),
                            _ => None,
                        };
                        let (q, k) = match &rotated {
                            Some((q, k)) => (q, k),
                            None => (arg(0), arg(1)),
                        };
                        let v = arg(2);
                        let (mut kc, mut vc, mut rows) = match self.state.remove(&n) {
                            Some(NodeState::Kv { k, v, rows }) => (k, v, rows),
                            _ => (Vec::new(), Vec::new(), 0),
                        };
                        kc.extend_from_slice(&k.data);
                        vc.extend_from_slice(&v.data);
                        rows += k.rows;
                        let y = kernels::attention(q, &kc, &vc, rows, *heads, *kv_heads, *head_dim);
                        self.state.insert(n, NodeState::Kv { k: kc, v: vc, rows });
                        y
                    }
                    Op::Activation { kind } => kernels::activation(arg(0), *kind),
                    Op::Output { .. } => arg(0).clone(),
                    Op::LongConv { alg } => {
                        let u = arg(0);
                        let filter: Vec<&Mat> = (1..ops.len()).map(arg).collect();
                        let modes = self.modes_of(*alg, &ops[1..]);
                        let s0 = match self.state.get(&n) {
                            Some(NodeState::Modal(s)) => s.clone(),
                            _ => vec![vec![(0.0, 0.0); modes.0[0].len()]; u.cols],
                        };
                        let (y, s1) = kernels::long_conv(*alg, u, &filter, &modes, &s0).map_err(
                            |reason| InterpError::Algorithm {
                                node: n.index(),
                                reason,
                            },
                        )?;
                        self.state.insert(n, NodeState::Modal(s1));
                        y
                    }
                    Op::GatedConv { alg } => {
                        let (x2, x1, v, d) = (arg(0), arg(1), arg(2), arg(3));
                        let filter: Vec<&Mat> = (4..ops.len()).map(arg).collect();
                        let modes = self.modes_of(*alg, &ops[4..]);
                        let s0 = match self.state.get(&n) {
                            Some(NodeState::Modal(s)) => s.clone(),
                            _ => vec![vec![(0.0, 0.0); modes.0[0].len()]; x1.cols],
                        };
                        let u1 = x1.zip(v, |a, b| a * b);
                        let (yc, s1) = kernels::long_conv(*alg, &u1, &filter, &modes, &s0)
                            .map_err(|reason| InterpError::Algorithm {
                                node: n.index(),
                                reason,
                            })?;
                        self.state.insert(n, NodeState::Modal(s1));
                        kernels::gate(&yc, &u1, x2, d)
                    }
                    Op::HyenaConv {
                        alg, kernel, heads, ..
                    } => {
                        let z = arg(0);
                        let fixed = node.op.filter_operands_start().expect("a convolution");
                        let filter: Vec<&Mat> = (fixed..ops.len()).map(arg).collect();
                        let modes = self.modes_of(*alg, &ops[fixed..]);
                        let (fir, s0) = match self.state.get(&n) {
                            Some(NodeState::Hyena { fir, modal }) => (fir.clone(), modal.clone()),
                            _ => (
                                Mat::zeros(kernel - 1, z.cols),
                                vec![vec![(0.0, 0.0); modes.0[0].len()]; z.cols / 3],
                            ),
                        };
                        let b = opt("fir_bias");
                        let (zf, fir_next) = kernels::short_conv(z, arg(1), b, &fir);
                        let x2 = kernels::hyena_split(&zf, crate::graph::Stream::X2, *heads);
                        let x1 = kernels::hyena_split(&zf, crate::graph::Stream::X1, *heads);
                        let v = kernels::hyena_split(&zf, crate::graph::Stream::V, *heads);
                        let u1 = x1.zip(&v, |a, b| a * b);
                        let (yc, s1) = kernels::long_conv(*alg, &u1, &filter, &modes, &s0)
                            .map_err(|reason| InterpError::Algorithm {
                                node: n.index(),
                                reason,
                            })?;
                        self.state.insert(
                            n,
                            NodeState::Hyena {
                                fir: fir_next,
                                modal: s1,
                            },
                        );
                        kernels::gate(&yc, &u1, &x2, arg(fixed - 1))
                    }
                    Op::NormLinear { eps, style, .. } => {
                        let xn = kernels::rms_norm(arg(0), arg(1), *eps, *style);
                        kernels::linear(&xn, arg(2), opt("bias"))
                    }
                    Op::GatedMlpUp { kind } => {
                        let a = kernels::activation(&kernels::linear(arg(0), arg(1), None), *kind);
                        a.zip(&kernels::linear(arg(0), arg(2), None), |x, y| x * y)
                    }
                    Op::NormGatedMlpUp { eps, style, kind } => {
                        let xn = kernels::rms_norm(arg(0), arg(1), *eps, *style);
                        let a = kernels::activation(&kernels::linear(&xn, arg(2), None), *kind);
                        a.zip(&kernels::linear(&xn, arg(3), None), |x, y| x * y)
                    }
                };
            debug_assert_eq!(v.rows, l);
            values.insert(n, v);
        }
        self.position = end;
        values
            .remove(&out_node)
            .ok_or_else(|| InterpError::NoOutput(output.to_string()))
    }
}

/// Stateless forward pass over all `tokens`: the `logits` output, `[L, V]`.
pub fn forward(
    graph: &Graph,
    checkpoint: &Checkpoint,
    max_seqlen: usize,
    tokens: &[i64],
) -> Result<Mat, InterpError> {
    Session::new(graph, checkpoint, max_seqlen)?.run(tokens, "logits")
}

/// The first `prefill` tokens as one prompt, then every later token as a decode step; the
/// logits of all positions, `[L, V]`.
pub fn prefill_decode(
    graph: &Graph,
    checkpoint: &Checkpoint,
    max_seqlen: usize,
    tokens: &[i64],
    prefill: usize,
) -> Result<Mat, InterpError> {
    let mut s = Session::new(graph, checkpoint, max_seqlen)?;
    let prefill = prefill.min(tokens.len());
    let mut rows = Vec::new();
    if prefill > 0 {
        rows.push(s.run(&tokens[..prefill], "logits")?);
    }
    for t in &tokens[prefill..] {
        rows.push(s.run(std::slice::from_ref(t), "logits")?);
    }
    Ok(Mat::vstack(&rows))
}

/// Normwise relative error `max|a − b| / max|b|`, the measure of the fixtures: NaN when either
/// side holds a non-finite value, so no tolerance test passes on it (one definition, in the
/// runtime, shared with the device check).
pub fn normwise_rel_err(a: &[f64], b: &[f64]) -> f64 {
    hyenac_runtime::compare::normwise_rel_err(a, b)
}
