//! The runtime plan of optimised graphs, for every device: which kernel to call with which
//! buffers, the activations and state buffers, and the constants — weights and what the
//! compiler folds from them in float64 (modal filters, spectra, rotary tables, weights the
//! CPU kernels read in another layout), or for artifacts compiled without weights the load-time
//! kernels that derive them. The plans are checked as the runtime checks a manifest.

use std::collections::HashMap;

use hyenac_models::Checkpoint;
use petgraph::graph::NodeIndex;

use super::cpu::{CodegenError, PlanSource, Steps};
use super::kernels::{OperandLayout, Step, PANEL};
use crate::graph::{Graph, Op};
use crate::interp::Mat;
use hyenac_runtime::artifact::ConstantSource;
use hyenac_runtime::{Arg, Call, Matrix, Plan};

/// The constants of compiled plans: their values (empty when computed at load time) and where
/// each comes from.
#[derive(Debug, Clone, Default)]
pub struct Constants {
    pub values: Vec<Matrix>,
    pub sources: Vec<ConstantSource>,
}

/// The constants of plans being built, each stored once: keyed by what it is (its constant
/// expression, type and layout), so the forward and the stateful plan share a weight without
/// it being built twice — for a 1B-parameter model the difference between fitting in memory
/// and not.
#[derive(Default)]
struct ConstantPool {
    constants: Constants,
    index: HashMap<String, usize>,
}

impl ConstantPool {
    /// The constant `key`, made by `make` the first time it is asked for.
    fn intern(
        &mut self,
        key: String,
        make: impl FnOnce(&Constants) -> Result<(Matrix, ConstantSource), CodegenError>,
    ) -> Result<usize, CodegenError> {
        if let Some(&id) = self.index.get(&key) {
            return Ok(id);
        }
        let (m, src) = make(&self.constants)?;
        self.constants.values.push(m);
        self.constants.sources.push(src);
        let id = self.constants.values.len() - 1;
        self.index.insert(key, id);
        Ok(id)
    }

    /// The constants some call of `plans` reads (with what the load-time ones are computed
    /// from), renumbered in order in the plans.
    fn into_used(self, plans: &mut [&mut Plan]) -> Constants {
        let Constants { values, sources } = self.constants;
        let mut used = vec![false; values.len()];
        for c in plans.iter().flat_map(|p| &p.calls) {
            for a in &c.args {
                if let Arg::Constant(i) | Arg::ConstantAt(i) = a {
                    used[*i] = true;
                }
            }
        }
        // Arguments of a load-time constant come earlier than it.
        for i in (0..values.len()).rev() {
            if let (true, ConstantSource::Init { args, .. }) = (used[i], &sources[i]) {
                for &a in args {
                    used[a] = true;
                }
            }
        }
        let mut remap = vec![usize::MAX; values.len()];
        let mut kept = Constants::default();
        for (i, (m, mut src)) in values.into_iter().zip(sources).enumerate() {
            if used[i] {
                if let ConstantSource::Init { args, .. } = &mut src {
                    args.iter_mut().for_each(|a| *a = remap[*a]);
                }
                remap[i] = kept.values.len();
                kept.values.push(m);
                kept.sources.push(src);
            }
        }
        for c in plans.iter_mut().flat_map(|p| p.calls.iter_mut()) {
            for a in &mut c.args {
                if let Arg::Constant(i) | Arg::ConstantAt(i) = a {
                    *i = remap[*i];
                }
            }
        }
        kept
    }
}

/// The implicit filter whose lags node `n` holds unchanged, from lag 0 (through
/// `filter_prefix` and `fir_filter(reverse_taps(·))`, two reversals): its load-time kernel
/// can compute `n` itself, only the lags `n` keeps.
fn implicit_filter_lags(graph: &Graph, mut n: NodeIndex) -> Option<NodeIndex> {
    loop {
        match graph.g[n].op {
            Op::ImplicitFilter { .. } => return Some(n),
            Op::FilterPrefix { .. } => n = graph.operands(n)[0],
            Op::FirFilter if graph.g[graph.operands(n)[0]].op == Op::ReverseTaps => {
                n = graph.operands(graph.operands(n)[0])[0]
            }
            _ => return None,
        }
    }
}

/// The plans of `sources` (the forward plan first, then the stateful one if separate) and their
/// constants, shared between the plans. Without a checkpoint the weights are load-time inputs.
pub fn build_plans(
    sources: &[PlanSource],
    steps: &[Steps],
    checkpoint: Option<&Checkpoint>,
    max_len: usize,
) -> Result<(Plan, Option<Plan>, Constants), CodegenError> {
    let mut pool = ConstantPool::default();
    let device = super::builder::Device::Cpu;
    let mut forward = plan_into(
        &mut pool,
        sources[0].graph,
        &steps[0],
        checkpoint,
        max_len,
        device,
        sources[0].stateful,
    )?;
    let mut step = match sources.get(1) {
        None => None,
        Some(src) => Some(plan_into(
            &mut pool,
            src.graph,
            &steps[1],
            checkpoint,
            max_len,
            device,
            src.stateful,
        )?),
    };
    let mut plans: Vec<&mut Plan> = std::iter::once(&mut forward).chain(step.as_mut()).collect();
    let constants = pool.into_used(&mut plans);
    verify_plans(
        &std::iter::once(&forward)
            .chain(step.as_ref())
            .collect::<Vec<_>>(),
        &constants,
    )?;
    Ok((forward, step, constants))
}

/// Checks built plans the way the runtime checks a manifest (every index in range, every
/// activation written before it is read, sizes bounded): a plan builder bug is a compile
/// error here, not a kernel reading outside its buffers later.
pub fn verify_plans(plans: &[&Plan], constants: &Constants) -> Result<(), CodegenError> {
    let shapes: Vec<(usize, usize)> = constants.values.iter().map(|m| (m.rows, m.cols)).collect();
    hyenac_runtime::abi::code_abi(plans, &shapes, &constants.sources)
        .map(|_| ())
        .map_err(|message| CodegenError::Pass {
            stage: "verify-plan".into(),
            message,
        })
}

/// The runtime plan of `graph`'s kernels and its constants: weights and compile-time constants
/// evaluated in float64 (as the interpreter binds them) and stored in their type, matrix-product
/// weights and modal parameters in the layout the CPU kernels read them in (transposed, or bf16
/// panels: [`OperandLayout`]), rotary tables.
///
/// Without a checkpoint the weights become load-time inputs and every constant derived from
/// them a call of a generated load-time kernel ([`super::kernels::init_transpose_kernel`],
/// [`super::kernels::init_bf16_panels_kernel`], [`super::kernels::init_modal_filter_kernel`]);
/// on the CPU, FFT kernels take the filter in time instead of a spectrum (`filters_in_time`).
pub fn build_plan(
    graph: &Graph,
    steps: &[(NodeIndex, Step)],
    checkpoint: Option<&Checkpoint>,
    max_len: usize,
    device: super::builder::Device,
    stateful: bool,
) -> Result<(Plan, Constants), CodegenError> {
    let mut pool = ConstantPool::default();
    let mut plan = plan_into(
        &mut pool, graph, steps, checkpoint, max_len, device, stateful,
    )?;
    let constants = pool.into_used(&mut [&mut plan]);
    Ok((plan, constants))
}

/// What constant node `n` is, as a key: its op (with its attributes, a weight's name), type
/// and operands, so equal keys hold equal values in every graph of the model.
fn constant_key(graph: &Graph, n: NodeIndex, memo: &mut HashMap<NodeIndex, String>) -> String {
    if let Some(k) = memo.get(&n) {
        return k.clone();
    }
    let operands: Vec<String> = graph
        .operands(n)
        .into_iter()
        .map(|o| constant_key(graph, o, memo))
        .collect();
    let node = &graph.g[n];
    let key = format!(
        "{:?} {:?} ({})",
        node.op,
        node.ty.dtype,
        operands.join(", ")
    );
    memo.insert(n, key.clone());
    key
}

/// Builds `graph`'s plan, its constants interned in `pool`. With a checkpoint each constant is
/// folded when a call first reads it, directly in the layout the call reads it in (a weight
/// read only as bf16 panels is never stored as it is), and its float64 value dropped at once.
fn plan_into(
    pool: &mut ConstantPool,
    graph: &Graph,
    steps: &[(NodeIndex, Step)],
    checkpoint: Option<&Checkpoint>,
    max_len: usize,
    device: super::builder::Device,
    stateful: bool,
) -> Result<Plan, CodegenError> {
    let folder = checkpoint
        .map(|ck| crate::interp::ConstantFolder::new(graph, ck))
        .transpose()
        .map_err(|e| match e {
            crate::interp::InterpError::MissingWeight { name } => CodegenError::MissingWeight(name),
            other => CodegenError::Pass {
                stage: "bind-constants".into(),
                message: other.to_string(),
            },
        })?;
    let symbol = |name: &str| match device {
        super::builder::Device::Cpu => format!("_mlir_ciface_{name}"),
        super::builder::Device::Gpu => name.to_string(),
    };
    let mut keys: HashMap<NodeIndex, String> = HashMap::new();
    // CPU kernels of an artifact without weights take FFT filters in time (as
    // `cpu::emit_kernels` generates them).
    let spectra_in_kernel = folder.is_none() && device == super::builder::Device::Cpu;
    // Without weights: the constant of each constant node as stored (a load-time input or
    // computation), in step order so a computation's arguments come first.
    let mut const_ids: HashMap<NodeIndex, usize> = HashMap::new();
    let mut act_ids: HashMap<NodeIndex, usize> = HashMap::new();
    let mut plan = Plan {
        activations: Vec::new(),
        calls: Vec::new(),
        outputs: Vec::new(),
        vocab: usize::MAX,
        max_len,
        states: Vec::new(),
    };
    let placeholder = |rows: usize, cols: usize, dtype| Matrix {
        dtype,
        ..Matrix::new(rows, cols, Vec::new())
    };
    // The folded value of constant node `n` as stored (its type; real poles as their
    // logarithms, exact in f32: the kernels exponentiate them in f64,
    // `FuncBuilder::real_log_poles`), optionally relaid.
    let folded = |folder: &crate::interp::ConstantFolder,
                  n: NodeIndex,
                  layout: Option<OperandLayout>|
     -> Result<Matrix, CodegenError> {
        let node = &graph.g[n];
        let name = node.op.attributes();
        let m = match node.op {
            Op::Weight { .. } => {
                let (rows, cols, values) = folder.weight_values(n);
                Matrix::new(rows, cols, values.into_owned())
                    .stored_as(node.ty.dtype)
                    .map_err(|e| CodegenError::Pass {
                        stage: "bind-constants".into(),
                        message: format!("`{name}`: {e}"),
                    })?
            }
            Op::RealPoles => to_matrix(&folder.fold(graph.operands(n)[0]), node.ty.dtype, &name)?,
            _ => to_matrix(&folder.fold(n), node.ty.dtype, &name)?,
        };
        Ok(match layout {
            None => m,
            Some(layout) => relay(&m, layout),
        })
    };
    for (n, step) in steps {
        let node = &graph.g[*n];
        match step {
            Step::Tokens => {}
            // Folded when a call reads it.
            Step::Constant if folder.is_some() => {}
            // Without weights a CPU kernel transforms its filter itself (`filters_in_time`):
            // the spectrum is never a constant.
            Step::Constant if spectra_in_kernel && matches!(node.op, Op::Spectrum { .. }) => {}
            // `fir_filter(reverse_taps(h))` is `h` row for row (two reversals; [C, 1, K] and
            // [C, K] are the same matrix): the Hyena filter is derived once, not three times.
            Step::Constant
                if node.op == Op::FirFilter
                    && graph.g[graph.operands(*n)[0]].op == Op::ReverseTaps =>
            {
                let h = graph.operands(graph.operands(*n)[0])[0];
                const_ids.insert(*n, const_ids[&h]);
            }
            Step::Constant => {
                let ty = &node.ty.shape;
                let rows = ty.first().map_or(1, |d| d.fixed_or(1));
                let cols = ty.iter().skip(1).map(|d| d.fixed_or(1)).product::<usize>();
                let src = match &node.op {
                    Op::Weight { name, shape, .. } => ConstantSource::Weight {
                        name: name.clone(),
                        shape: shape.clone(),
                    },
                    Op::ModalFilter { .. } => {
                        let ops = graph.operands(*n);
                        let modes = pool.constants.values[const_ids[&ops[0]]].cols / 2;
                        ConstantSource::Init {
                            symbol: symbol(&super::kernels::init_modal_filter(modes)),
                            args: vec![const_ids[&ops[0]], const_ids[&ops[1]]],
                            parted: false,
                        }
                    }
                    // The Hyena filter chain, computed at load time on the CPU.
                    Op::ImplicitFilter { shift, modulate }
                        if device == super::builder::Device::Cpu =>
                    {
                        ConstantSource::Init {
                            symbol: symbol(&super::kernels::init_implicit_filter(
                                *shift, *modulate,
                            )),
                            args: graph.operands(*n).iter().map(|o| const_ids[o]).collect(),
                            // Lags split between the threads (`l_max` of them, each an MLP).
                            parted: true,
                        }
                    }
                    Op::StridedRows {
                        offset,
                        stride,
                        count,
                    } if device == super::builder::Device::Cpu => ConstantSource::Init {
                        symbol: symbol(&super::kernels::init_strided_rows(
                            *offset, *stride, *count,
                        )),
                        args: vec![const_ids[&graph.operands(*n)[0]]],
                        parted: false,
                    },
                    // The implicit filter's first `len` lags computed directly, not the
                    // whole grid and then its prefix.
                    Op::FilterPrefix { .. } if device == super::builder::Device::Cpu
                        && implicit_filter_lags(graph, graph.operands(*n)[0]).is_some() =>
                    {
                        let h = implicit_filter_lags(graph, graph.operands(*n)[0]).expect("checked");
                        let Op::ImplicitFilter { shift, modulate } = graph.g[h].op else {
                            unreachable!("an implicit filter")
                        };
                        ConstantSource::Init {
                            symbol: symbol(&super::kernels::init_implicit_filter(
                                shift, modulate,
                            )),
                            args: graph.operands(h).iter().map(|o| const_ids[o]).collect(),
                            parted: true,
                        }
                    }
                    Op::FilterPrefix { len } if device == super::builder::Device::Cpu => {
                        ConstantSource::Init {
                            symbol: symbol(&super::kernels::init_filter_prefix(*len)),
                            args: vec![const_ids[&graph.operands(*n)[0]]],
                            parted: false,
                        }
                    }
                    Op::ReverseTaps | Op::FirFilter if device == super::builder::Device::Cpu => {
                        ConstantSource::Init {
                            symbol: symbol(super::kernels::INIT_REVERSE_TAPS),
                            args: vec![const_ids[&graph.operands(*n)[0]]],
                            parted: false,
                        }
                    }
                    other => {
                        return Err(CodegenError::Pass {
                            stage: "bind-constants".into(),
                            message: format!(
                                "`{}` needs the weights at compile time: compile with --weights, or without the FFT rules",
                                other.mnemonic()
                            ),
                        })
                    }
                };
                let key = constant_key(graph, *n, &mut keys);
                let id = pool.intern(key, |_| {
                    Ok((placeholder(rows, cols.max(1), node.ty.dtype), src))
                })?;
                const_ids.insert(*n, id);
            }
            Step::Alias => {
                let src = act_ids[&graph.operands(*n)[0]];
                act_ids.insert(*n, src);
                if let Op::Output { name } = &node.op {
                    plan.outputs.push((name.clone(), src));
                }
            }
            Step::Kernel { name, abi } => {
                // How to call it, as its generator states.
                let mut args = Vec::new();
                for (i, o) in graph.operands(*n).into_iter().enumerate() {
                    // The time-domain filter in place of a spectrum (see above).
                    let o = match graph.g[o].op {
                        Op::Spectrum { .. } if spectra_in_kernel => graph.operands(o)[0],
                        _ => o,
                    };
                    let layout = abi.layouts.iter().find(|l| l.0 == i).map(|l| l.1);
                    args.push(if graph.g[o].op == Op::Tokens {
                        Arg::Tokens
                    } else if graph.g[o].op.is_compile_time() {
                        let key = format!("{} @ {layout:?}", constant_key(graph, o, &mut keys));
                        Arg::Constant(match &folder {
                            Some(folder) => pool.intern(key, |_| {
                                Ok((folded(folder, o, layout)?, ConstantSource::Stored))
                            })?,
                            None => match layout {
                                None => const_ids[&o],
                                Some(layout) => {
                                    let c = const_ids[&o];
                                    let lags = implicit_filter_lags(graph, o)
                                        .filter(|_| layout == OperandLayout::Transposed);
                                    pool.intern(key, |constants| {
                                        let (rows, cols) =
                                            (constants.values[c].rows, constants.values[c].cols);
                                        let dtype = constants.values[c].dtype;
                                        let (r, k) = layout.shape(rows, cols);
                                        // An implicit filter transposed: written lag-major
                                        // by its own kernel (no transpose, no full grid).
                                        let src = match lags.map(|h| (h, &graph.g[h].op)) {
                                            Some((h, &Op::ImplicitFilter { shift, modulate })) => {
                                                ConstantSource::Init {
                                                    symbol: symbol(
                                                        &super::kernels::init_implicit_filter_lag_major(
                                                            shift, modulate,
                                                        ),
                                                    ),
                                                    args: graph
                                                        .operands(h)
                                                        .iter()
                                                        .map(|o| const_ids[o])
                                                        .collect(),
                                                    parted: true,
                                                }
                                            }
                                            _ => ConstantSource::Init {
                                                symbol: symbol(&super::kernels::init_layout(
                                                    layout, dtype,
                                                )),
                                                args: vec![c],
                                                parted: false,
                                            },
                                        };
                                        Ok((placeholder(r, k, dtype), src))
                                    })?
                                }
                            },
                        })
                    } else {
                        Arg::Activation(act_ids[&o])
                    });
                }
                match &node.op {
                    Op::Rotary {
                        head_dim,
                        base,
                        position_scale,
                        ..
                    }
                    | Op::RotaryAttention {
                        head_dim,
                        base,
                        position_scale,
                        ..
                    } => {
                        // One table per distinct rotary setting, shared by the layers.
                        let key =
                            format!("rotary {max_len} {head_dim} {base:e} {position_scale:e}");
                        let id = pool.intern(key, |_| {
                            Ok((
                                rotary_table(max_len, *head_dim, *base, *position_scale),
                                ConstantSource::Stored,
                            ))
                        })?;
                        args.push(Arg::ConstantAt(id))
                    }
                    Op::RotaryFreqs {
                        head_dim,
                        position_scale,
                        ..
                    } => {
                        // The table from the stored frequencies, in place of them.
                        let f = graph.operands(*n)[1];
                        let Some(inv_freq) = folder.as_ref().map(|v| v.fold(f)) else {
                            return Err(CodegenError::Pass {
                                stage: "bind-constants".into(),
                                message: "`rotary_freqs` needs the weights at compile time (its table comes from the stored `inv_freq`): compile with --weights".into(),
                            });
                        };
                        // One table per distinct frequencies, shared by q and k and by the
                        // layers (the released checkpoints store the same ones in each).
                        let bits: Vec<u64> = inv_freq.data.iter().map(|x| x.to_bits()).collect();
                        let key = format!(
                            "rotary {max_len} {head_dim} {position_scale:e} stored {bits:?}"
                        );
                        let id = pool.intern(key, |_| {
                            Ok((
                                rotary_table_stored(max_len, *head_dim, &inv_freq, *position_scale),
                                ConstantSource::Stored,
                            ))
                        })?;
                        args.pop();
                        args.push(Arg::ConstantAt(id))
                    }
                    Op::Embedding => {
                        plan.vocab = plan
                            .vocab
                            .min(graph.g[graph.operands(*n)[0]].ty.shape[0].fixed_or(0))
                    }
                    _ => {}
                }
                debug_assert!(stateful || abi.states.is_empty());
                for spec in &abi.states {
                    plan.states.push(*spec);
                    args.push(Arg::State(plan.states.len() - 1));
                }
                if abi.parted {
                    args.push(Arg::Part);
                }
                plan.activations.push(node.ty.shape[1].fixed_or(0));
                let out = plan.activations.len() - 1;
                act_ids.insert(*n, out);
                // Element-wise kernels of a few rows (decode steps) run on one thread.
                let serial_below = match &node.op {
                    Op::Add
                    | Op::Mul
                    | Op::HyenaSplit { .. }
                    | Op::ColumnSlice { .. }
                    | Op::Activation { .. } => 1 << 15,
                    _ => 0,
                };
                plan.calls.push(Call {
                    serial_below,
                    symbol: match device {
                        super::builder::Device::Cpu => format!("_mlir_ciface_{name}"),
                        super::builder::Device::Gpu => name.clone(),
                    },
                    label: kernel_label(graph, *n),
                    args,
                    out,
                    launch: abi
                        .threads
                        .map(|(per_token, fixed)| hyenac_runtime::Launch {
                            per_token,
                            fixed,
                            block: super::builder::GPU_BLOCK,
                            workspaces: abi.workspaces.clone(),
                        }),
                });
            }
        }
    }
    Ok(plan)
}

/// A folded constant stored as `dtype` (the node's: f32, or bf16/f16 by the precision policy).
fn to_matrix(m: &Mat, dtype: hyenac_runtime::DType, name: &str) -> Result<Matrix, CodegenError> {
    Matrix::new(m.rows, m.cols, m.data.iter().map(|&x| x as f32).collect())
        .stored_as(dtype)
        .map_err(|e| CodegenError::Pass {
            stage: "bind-constants".into(),
            message: format!("`{name}`: {e}"),
        })
}

/// `b` in `layout`, in its own element type (exact: the values are moved, not rounded).
fn relay(b: &Matrix, layout: OperandLayout) -> Matrix {
    match layout {
        OperandLayout::Transposed => transpose(b),
        OperandLayout::Bf16Panels => {
            let values = b.values();
            let (rows, cols) = layout.shape(b.rows, b.cols);
            let half_k = b.cols / 2;
            let mut data = vec![0.0; rows * cols];
            for (r, row) in data.chunks_mut(cols).enumerate() {
                let (p, kk) = (r / half_k, r % half_k);
                for (c, x) in row.iter_mut().enumerate() {
                    let (o, k) = (p * PANEL + c / 2, 2 * kk + c % 2);
                    if o < b.rows {
                        *x = values[o * b.cols + k];
                    }
                }
            }
            Matrix::new(rows, cols, data)
                .stored_as(b.dtype)
                .expect("values of the type round to themselves")
        }
    }
}

/// `b` transposed, in its own element type (exact: the values are moved, not rounded).
fn transpose(b: &Matrix) -> Matrix {
    let values = b.values();
    let mut data = vec![0.0; values.len()];
    for r in 0..b.rows {
        for c in 0..b.cols {
            data[c * b.rows + r] = values[r * b.cols + c];
        }
    }
    Matrix::new(b.cols, b.rows, data)
        .stored_as(b.dtype)
        .expect("values of the type round to themselves")
}

/// `op[alg]` for the timing report.
fn kernel_label(g: &Graph, n: NodeIndex) -> String {
    let op = &g.g[n].op;
    match crate::rewrite::conv_alg(op) {
        Some(a) => format!("{}[{}]", op.mnemonic(), a.name()),
        None => op.mnemonic().to_string(),
    }
}

/// cos (first half) and sin (second half) of the float32 rotary angles, `[max_len, head_dim]`.
fn rotary_table(max_len: usize, head_dim: usize, base: f64, position_scale: f64) -> Matrix {
    let half = head_dim / 2;
    let mut data = vec![0.0f32; max_len * head_dim];
    for pos in 0..max_len {
        for j in 0..half {
            let th = crate::interp::rotary_angle(pos, j, head_dim, base, position_scale);
            data[pos * head_dim + j] = th.cos() as f32;
            data[pos * head_dim + half + j] = th.sin() as f32;
        }
    }
    Matrix::new(max_len, head_dim, data)
}

/// The rotary table of stored frequencies: cos and sin of the float64 angles
/// `(pos / position_scale) · inv_freq[j]`, `[max_len, head_dim]`.
fn rotary_table_stored(
    max_len: usize,
    head_dim: usize,
    inv_freq: &crate::interp::Mat,
    position_scale: f64,
) -> Matrix {
    let half = head_dim / 2;
    let mut data = vec![0.0f32; max_len * head_dim];
    for pos in 0..max_len {
        for j in 0..half {
            let th = crate::interp::stored_rotary_angle(pos, j, inv_freq, position_scale);
            data[pos * head_dim + j] = th.cos() as f32;
            data[pos * head_dim + half + j] = th.sin() as f32;
        }
    }
    Matrix::new(max_len, head_dim, data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyenac_runtime::DType;

    /// The bf16 panel layout, element by element: `W[o, k]` at row `(o/16)·K/2 + k/2`, column
    /// `2·(o%16) + k%2`, zeros in the padding past O; the values are moved, not rounded.
    #[test]
    fn bf16_panels_hold_each_weight_once_at_its_pair_position() {
        let (o, k) = (21, 6);
        let values: Vec<f32> = (0..o * k).map(|i| i as f32 + 1.0).collect();
        let w = Matrix::new(o, k, values).stored_as(DType::BF16).unwrap();
        let p = relay(&w, OperandLayout::Bf16Panels);
        assert_eq!((p.rows, p.cols), (2 * 3, 32));
        let (pv, wv) = (p.values(), w.values());
        let mut seen = 0;
        for r in 0..p.rows {
            for c in 0..p.cols {
                let (oo, kk) = ((r / 3) * 16 + c / 2, 2 * (r % 3) + c % 2);
                let want = if oo < o { wv[oo * k + kk] } else { 0.0 };
                assert_eq!(pv[r * 32 + c], want, "row {r} col {c}");
                seen += usize::from(oo < o);
            }
        }
        assert_eq!(seen, o * k);
    }
}
