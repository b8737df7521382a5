//! Kernel generation: each runtime operation of an optimised graph becomes one MLIR function
//! (`func`, `scf`, `arith`, `math`, `memref`, `vector`, and `gpu` for GPU kernels).
//!
//! This module holds the dispatch from an operation to its generator and the ABI policy the
//! runtime depends on (state buffers, thread parts, operand layouts); the generators live
//! in one file per kernel family: [`matmul`], [`attention`], [`norm`], [`pointwise`],
//! [`conv`] (one file per algorithm below it), [`init`] (load-time kernels); the FFTs in
//! `codegen/fft`.
//!
//! ABI: every tensor is a `memref<?x?xf32>` (tokens `memref<?x?xi64>`, `[L, 1]`); weights keep
//! their leading dimension as rows and flatten the rest (as the interpreter's `Mat`), vectors
//! are `[n, 1]`. The result is the last argument. The length `L` is read from the result's
//! first dimension; every other size is a compile-time constant.
//!
//! The fused kernels keep the fusion the rewrites chose: a `hyena_conv` reads `z` once and
//! writes `y` once per channel, with the FIR, the split and both gates in registers and
//! per-channel scratch.

use hyenac_models::{MlpActivation, NormStyle};

use super::builder::{Device, FuncBuilder, KernelTypes, GPU_BLOCK, TOKENS};
use super::fft;
use super::isa::CpuIsa;
use crate::graph::{ConvAlg, Dim, Graph, Op, Stream};
use hyenac_runtime::{DType, StateKind, StateSpec};
use petgraph::graph::NodeIndex;

mod attention;
mod conv;
mod init;
mod matmul;
mod norm;
mod pointwise;

pub(crate) use attention::*;
pub(crate) use conv::*;
pub use init::{
    init_bf16_panels_kernel, init_filter_prefix, init_filter_prefix_kernel, init_implicit_filter,
    init_implicit_filter_kernel, init_implicit_filter_lag_major, init_kernels, init_layout,
    init_modal_filter, init_modal_filter_kernel, init_reverse_taps_kernel, init_strided_rows,
    init_strided_rows_kernel, init_transpose, init_transpose_kernel, INIT_REVERSE_TAPS,
};
pub(crate) use matmul::*;
pub use matmul::{MM_COLS, MM_ROWS};
pub(crate) use norm::*;
pub(crate) use pointwise::*;

/// Why a node has no generated kernel.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("node %{node} ({op}): {reason}")]
pub struct KernelError {
    pub node: usize,
    pub op: String,
    pub reason: String,
}
/// How the executor calls a generated kernel, stated by the generator that made it (the plan
/// builder reads it from here instead of re-deriving it from the operation).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CallAbi {
    /// The state buffers it reads and updates, after the operands (stateful kernels).
    pub states: Vec<StateSpec>,
    /// Whether it takes a part descriptor and computes one share of the work.
    pub parted: bool,
    /// The constant operands it reads in another layout than stored (the CPU matrix products'
    /// weights and time-major filters), by operand index.
    pub layouts: Vec<(usize, OperandLayout)>,
    /// GPU kernels: `per_token · L + fixed` threads.
    pub threads: Option<(usize, usize)>,
    /// GPU kernels: workspaces after the result, `[rows (0: L), cols]` each.
    pub workspaces: Vec<(usize, usize)>,
}

/// What the executor does for a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Call the generated function `name` with the operands' buffers, its state buffers and
    /// part descriptor, the result buffer and (on GPUs) its workspaces, as `abi` says.
    Kernel { name: String, abi: CallAbi },
    /// The result is the operand's buffer (graph outputs).
    Alias,
    /// A weight or a compile-time constant (bound before the first call).
    Constant,
    /// The token input.
    Tokens,
}
fn fixed(d: &Dim) -> usize {
    match d {
        Dim::Fixed(n) => *n,
        Dim::Seq => 0,
    }
}
/// Width `C` of an `[L, C]` result.
fn width(g: &Graph, n: NodeIndex) -> usize {
    fixed(&g.g[n].ty.shape[1])
}
/// The state buffers node `n`'s kernel reads and updates when compiled stateful, in argument
/// order (after the operands, before the result): the FIR history of short convolutions, the
/// f64 modal state of long convolutions, the key and value caches of attention (spec §6).
pub fn state_specs(g: &Graph, n: NodeIndex) -> Vec<StateSpec> {
    let ops = g.operands(n);
    let fir = |k: usize, cols: usize| {
        (k > 1).then_some(StateSpec {
            kind: StateKind::Fir,
            dtype: DType::F32,
            rows: k - 1,
            cols,
        })
    };
    let modal = |first: usize, alg: ConvAlg| StateSpec {
        kind: StateKind::Modal,
        dtype: DType::F64,
        rows: 2 * modes_from(g, &ops[first..], alg),
        cols: width(g, n),
    };
    match &g.g[n].op {
        // A long FIR keeps its whole input history, growing with the position.
        op if is_long_fir(op) => vec![StateSpec {
            kind: StateKind::History,
            dtype: DType::F32,
            rows: 0,
            cols: width(g, n),
        }],
        Op::ShortConv { kernel, .. } => fir(*kernel, width(g, n)).into_iter().collect(),
        Op::HyenaConv { alg, kernel, .. } => {
            let first = g.g[n].op.filter_operands_start().expect("a convolution");
            let mut v: Vec<StateSpec> = fir(*kernel, width(g, ops[0])).into_iter().collect();
            v.push(modal(first, *alg));
            v
        }
        Op::GatedConv { alg } | Op::LongConv { alg } => {
            vec![modal(
                g.g[n].op.filter_operands_start().expect("a convolution"),
                *alg,
            )]
        }
        Op::Attention {
            kv_heads, head_dim, ..
        }
        | Op::RotaryAttention {
            kv_heads, head_dim, ..
        } => [StateKind::Keys, StateKind::Values]
            .map(|kind| StateSpec {
                kind,
                dtype: crate::graph::precision::cache_dtype(g),
                rows: 0,
                cols: kv_heads * head_dim,
            })
            .to_vec(),
        _ => Vec::new(),
    }
}
/// Whether every stateful operation of `g` can carry its state between calls in generated
/// code: long convolutions by the chunked or scan algorithm (their f64 modal state is the
/// carried state), short convolutions in direct form.
pub fn supports_state(g: &Graph) -> bool {
    g.g.node_indices().all(|n| match &g.g[n].op {
        Op::LongConv { alg } | Op::GatedConv { alg } | Op::HyenaConv { alg, .. } => {
            matches!(alg, ConvAlg::Block { .. } | ConvAlg::Scan)
        }
        Op::ModalLongConv { .. } | Op::ShortConvFft { .. } => false,
        _ => true,
    })
}
/// Whether the CPU kernel of `op` takes a part `[index, count]` (`memref<1x2xi64>`, just before
/// the result) and computes only its share: the executor runs the parts on several threads.
/// Matrix products split their output columns (so that a decode step of one row splits too),
/// attention its query rows (every count-th row, which balances the causal work), the chunked
/// and scan convolutions their channels, element-wise kernels their rows.
pub fn takes_part(op: &Op, device: Device) -> bool {
    if device != Device::Cpu {
        return false;
    }
    match op {
        Op::Linear { .. }
        | Op::NormLinear { .. }
        | Op::GatedMlpUp { .. }
        | Op::NormGatedMlpUp { .. }
        | Op::Attention { .. }
        | Op::RotaryAttention { .. } => true,
        // Element-wise kernels split their rows.
        Op::Add
        | Op::Mul
        | Op::HyenaSplit { .. }
        | Op::ColumnSlice { .. }
        | Op::Activation { .. } => true,
        // A long FIR splits its channels (a decode step too: its work grows with the position).
        op if is_long_fir(op) => true,
        Op::LongConv { alg } | Op::GatedConv { alg } | Op::HyenaConv { alg, .. } => {
            matches!(
                alg,
                ConvAlg::Block { .. } | ConvAlg::Scan | ConvAlg::Fft { .. }
            )
        }
        _ => false,
    }
}
/// Generates the stateless kernel of node `n` for `device`: the MLIR function text and the
/// step.
pub fn kernel(
    g: &Graph,
    n: NodeIndex,
    device: Device,
) -> Result<(Option<String>, Step), KernelError> {
    kernel_with(g, n, device, false, "k", Default::default())
}
/// Generates the kernel of node `n` for `device`, named `{prefix}{n}`; with `stateful` it
/// takes the buffers of [`state_specs`] and continues from them (CPU only). CPU kernels use
/// the instruction sets `isa` allows.
pub fn kernel_with(
    g: &Graph,
    n: NodeIndex,
    device: Device,
    stateful: bool,
    prefix: &str,
    cpu: CpuKernelOptions,
) -> Result<(Option<String>, Step), KernelError> {
    kernel_impl(g, n, device, stateful, prefix, false, cpu)
}
/// How CPU kernels are generated.
#[derive(Debug, Clone, Copy, Default)]
pub struct CpuKernelOptions {
    /// The instruction sets the kernels may use.
    pub isa: CpuIsa,
    /// FFT convolutions take their filter in time and transform it per call (an artifact
    /// compiled without weights, whose spectra cannot be folded; `FuncBuilder::filters_in_time`).
    pub filters_in_time: bool,
}
/// The GPU kernel of node `n` emitted as a CPU function with the same algorithms, workspaces
/// and arguments (`FuncBuilder::emulate`): the tests run GPU plans through it.
pub fn kernel_emulated(g: &Graph, n: NodeIndex) -> Result<(Option<String>, Step), KernelError> {
    kernel_impl(g, n, Device::Gpu, false, "k", true, Default::default())
}
/// The storage and accumulation types of node `n`'s kernel, from the element types of the
/// node and its operands (tokens aside): f32 activations and arithmetic; a matrix product's
/// weight may be stored in bf16 or f16 (its memref says so, and the builder widens what it
/// loads). Any other placement of a 16-bit tensor is refused with its name, not silently
/// computed in another type.
fn kernel_types(g: &Graph, n: NodeIndex) -> Result<KernelTypes, String> {
    let op = &g.g[n].op;
    if op.is_compile_time() || matches!(op, Op::Tokens | Op::Output { .. }) {
        // Not kernels: graph inputs, compile-time constants, aliases.
        return Ok(KernelTypes::F32);
    }
    let names = op.operand_names();
    for (i, t) in std::iter::once(n).chain(g.operands(n)).enumerate() {
        let dtype = g.g[t].ty.dtype;
        let weight_slot = i > 0 && crate::graph::precision::is_product_weight(op, i - 1);
        let ok = dtype == DType::F32 || dtype == DType::I64 || (dtype.is_half() && weight_slot);
        if !ok {
            return Err(format!(
                "{dtype} {}: kernels take f32 tensors, and bf16/f16 only as a matrix product's weight",
                if i == 0 { "result".to_string() } else { format!("operand `{}`", names.get(i - 1).unwrap_or(&"?")) }
            ));
        }
    }
    Ok(KernelTypes::F32)
}

fn kernel_impl(
    g: &Graph,
    n: NodeIndex,
    device: Device,
    stateful: bool,
    prefix: &str,
    emulate: bool,
    cpu: CpuKernelOptions,
) -> Result<(Option<String>, Step), KernelError> {
    let isa = cpu.isa;
    let node = &g.g[n];
    let name = format!("{prefix}{}", n.index());
    let err = |reason: &str| KernelError {
        node: n.index(),
        op: node.op.mnemonic().to_string(),
        reason: reason.to_string(),
    };
    let ops = g.operands(n);
    // Rotary also reads its compile-time cos/sin table, passed after the operand.
    let extra = usize::from(matches!(
        node.op,
        Op::Rotary { .. } | Op::RotaryAttention { .. }
    ));
    let types = kernel_types(g, n).map_err(|r| err(&r))?;
    let mem = types.mem();
    // Each operand's memref has its own element type (a bf16 weight beside f32 activations).
    let arg_types: Vec<String> = (0..ops.len() + extra)
        .map(|i| match ops.get(i) {
            Some(&o) if g.g[o].ty.dtype.is_half() => super::builder::memref(g.g[o].ty.dtype),
            _ => mem.clone(),
        })
        .collect();
    let arg_names: Vec<String> = (0..ops.len() + extra).map(|i| format!("a{i}")).collect();
    let mut args: Vec<(&str, &str)> = arg_names
        .iter()
        .zip(&arg_types)
        .map(|(a, t)| (a.as_str(), t.as_str()))
        .collect();
    let states = if stateful {
        if device != Device::Cpu {
            return Err(err("stateful kernels are generated for the CPU only"));
        }
        state_specs(g, n)
    } else {
        Vec::new()
    };
    let state_names: Vec<String> = (0..states.len()).map(|i| format!("s{i}")).collect();
    let state_types: Vec<String> = states
        .iter()
        .map(|spec| super::builder::memref(spec.dtype))
        .collect();
    for (s, t) in state_names.iter().zip(&state_types) {
        args.push((s.as_str(), t.as_str()));
    }
    let parted = takes_part(&node.op, device);
    if parted {
        args.push(("part", TOKENS));
    }
    // `%s{i}` of the state of kind `kind`, if the kernel carries one.
    let state_arg = |kind: StateKind| {
        states
            .iter()
            .position(|s| s.kind == kind)
            .map(|i| format!("%s{i}"))
    };
    args.push(("out", mem.as_str()));
    if node.op == Op::Embedding {
        args[1].1 = TOKENS;
    }
    let mut f = FuncBuilder::typed(&name, &args, device, types);
    f.emulate = emulate;
    if device == Device::Cpu {
        f.isa = isa;
        f.filters_in_time = cpu.filters_in_time;
        f.bf16_products = g.g.node_weights().any(|w| w.ty.dtype == DType::BF16);
    }
    let mut dealloc = Vec::new();
    let c0 = f.idx(0);
    let l = match node.op {
        ref op if op.is_compile_time() || *op == Op::Tokens => {
            return Ok((
                None,
                if node.op == Op::Tokens {
                    Step::Tokens
                } else {
                    Step::Constant
                },
            ))
        }
        Op::Output { .. } => return Ok((None, Step::Alias)),
        _ => f.dim("%out", 0),
    };
    let c = width(g, n);
    let cc = f.idx(c);
    let operand_width = |i: usize| width(g, ops[i]);
    // This call's share: part `pi` of `pc` (the whole work without parts).
    let (pi, pc) = if parted {
        let c1 = f.idx(1);
        let load = |f: &mut FuncBuilder, j: &str| {
            let v = f.val(format!("memref.load %part[{c0}, {j}] : {TOKENS}"));
            f.val(format!("arith.index_cast {v} : i64 to index"))
        };
        (load(&mut f, &c0), load(&mut f, &c1))
    } else {
        (f.idx(0), f.idx(1))
    };
    let share = Share {
        index: pi.clone(),
        count: pc.clone(),
    };
    // An optional operand's argument by its slot name in the op table (`%aN`, absent when the
    // attributes say so).
    let slot = |name: &str| node.op.operand(name).map(|i| format!("%a{i}"));
    // A CPU matrix product's weight operand `%a{i}` with the layout the plan binds it in.
    let layouts = operand_layouts(g, n);
    let weight = |i: usize| {
        let layout = layouts
            .iter()
            .find(|l| l.0 == i)
            .map_or(OperandLayout::Transposed, |l| l.1);
        (format!("%a{i}"), layout)
    };
    match &node.op {
        Op::Embedding => {
            f.parallel(&[l.clone(), cc.clone()], |f, iv| {
                let (t, j) = (&iv[0], &iv[1]);
                let id = f.val(format!("memref.load %a1[{t}, {c0}] : {TOKENS}"));
                let row = f.val(format!("arith.index_cast {id} : i64 to index"));
                let v = f.load("%a0", &row, j);
                f.store(&v, "%out", t, j);
            });
        }
        Op::RmsNorm { eps, style } => {
            f.parallel(std::slice::from_ref(&l), |f, iv| {
                let t = &iv[0];
                let inv = inv_rms(f, "%a0", t, c, *eps, *style);
                f.for_(&c0, &cc, |f, j| {
                    let x = f.load("%a0", t, j);
                    let s = f.load("%a1", j, &c0);
                    let y = f.mulf(&x, &inv);
                    let y = f.mulf(&y, &s);
                    f.store(&y, "%out", t, j);
                });
            });
        }
        Op::LayerNorm { eps } => {
            f.parallel(std::slice::from_ref(&l), |f, iv| {
                let t = &iv[0];
                let (mean, inv) = mean_inv_std(f, "%a0", t, c, *eps);
                f.for_(&c0, &cc, |f, j| {
                    let x = f.load("%a0", t, j);
                    let s = f.load("%a1", j, &c0);
                    let b = f.load("%a2", j, &c0);
                    let y = f.subf(&x, &mean);
                    let y = f.mulf(&y, &inv);
                    let y = f.mulf(&y, &s);
                    let y = f.addf(&y, &b);
                    f.store(&y, "%out", t, j);
                });
            });
        }
        Op::Linear { .. } if device == Device::Cpu => {
            let k = operand_width(0);
            let (w, layout) = weight(1);
            let amx = uses_amx(&f, layout, k, c);
            let part = product_share(&mut f, &l, c, &share, amx);
            matmul_cpu(
                &mut f,
                "%a0",
                (&w, layout),
                slot("bias").as_deref(),
                ("%out", None),
                k,
                c,
                (&part.0, &part.1),
            );
        }
        Op::NormLinear { eps, style, .. } if device == Device::Cpu => {
            let k = operand_width(0);
            let xn = normalized_rows(&mut f, &l, k, *eps, *style, &mut dealloc);
            let (w, layout) = weight(2);
            let amx = uses_amx(&f, layout, k, c);
            let part = product_share(&mut f, &l, c, &share, amx);
            matmul_cpu(
                &mut f,
                &xn,
                (&w, layout),
                slot("bias").as_deref(),
                ("%out", None),
                k,
                c,
                (&part.0, &part.1),
            );
        }
        Op::GatedMlpUp { kind } | Op::NormGatedMlpUp { kind, .. } if device == Device::Cpu => {
            let k = operand_width(0);
            let (x, w1, w2) = match &node.op {
                Op::NormGatedMlpUp { eps, style, .. } => (
                    normalized_rows(&mut f, &l, k, *eps, *style, &mut dealloc),
                    weight(2),
                    weight(3),
                ),
                _ => ("%a0".to_string(), weight(1), weight(2)),
            };
            let amx = uses_amx(&f, w1.1, k, c);
            let (rows, cols) = product_share(&mut f, &l, c, &share, amx);
            // The activation branch of this share's columns only: `[L, end − start]`.
            let a = {
                let w = f.subi(&cols.end, &cols.start);
                let ty = f.types.scratch_mem();
                let m = f.val(format!("memref.alloc({l}, {w}) : {ty}"));
                f.declare_mem(&m, &ty);
                dealloc.push(format!("{m} : {ty}"));
                m
            };
            matmul_cpu(
                &mut f,
                &x,
                (&w1.0, w1.1),
                None,
                (&a, Some(&cols.start)),
                k,
                c,
                (&rows, &cols),
            );
            matmul_cpu(
                &mut f,
                &x,
                (&w2.0, w2.1),
                None,
                ("%out", None),
                k,
                c,
                (&rows, &cols),
            );
            // 16 columns at a time with a generated vector exp/erf (a scalar `math.exp` is one
            // libm call per element). Shares start at a multiple of 64 columns and end at one
            // or at the last column, so vectors stay inside the share.
            let lanes = f.idx(fft::LANES);
            f.for_(&rows.start, &rows.end, |f, t| {
                f.for_step(&cols.start, &cols.end, &lanes, |f, j| {
                    let ja = f.subi(j, &cols.start);
                    let av = fft::vread(f, &a, t, &ja);
                    let bv = fft::vread(f, "%out", t, j);
                    let g = vactivation(f, &av, *kind);
                    let vt = f.vec(fft::LANES);
                    let y = f.bin("mulf", &g, &bv, &vt);
                    fft::vwrite(f, &y, "%out", t, j);
                });
            });
        }
        // GPU: tiled through shared memory (`matmul_gpu`).
        Op::Linear { bias } | Op::NormLinear { bias, .. } => {
            let k = operand_width(0);
            let (norm, w, b) = match &node.op {
                Op::NormLinear { eps, style, .. } => (Some((*eps, *style)), "%a2", "%a3"),
                _ => (None, "%a1", "%a2"),
            };
            let bias = bias.then_some(b);
            let epilogue = |f: &mut FuncBuilder, _t: &str, o: &str, acc: &[String]| match bias {
                Some(b) => {
                    let bv = f.load(b, o, &c0);
                    f.addf(&acc[0], &bv)
                }
                None => acc[0].clone(),
            };
            let shape = MatmulShape { l: &l, n: c, k };
            matmul_gpu(&mut f, shape, norm, &[w], &epilogue, &mut dealloc);
        }
        Op::GatedMlpUp { kind } | Op::NormGatedMlpUp { kind, .. } => {
            let k = operand_width(0);
            let (norm, w1, w2) = match &node.op {
                Op::NormGatedMlpUp { eps, style, .. } => (Some((*eps, *style)), "%a2", "%a3"),
                _ => (None, "%a1", "%a2"),
            };
            let epilogue = |f: &mut FuncBuilder, _t: &str, _o: &str, acc: &[String]| {
                let a = activation(f, &acc[0], *kind);
                f.mulf(&a, &acc[1])
            };
            let shape = MatmulShape { l: &l, n: c, k };
            matmul_gpu(&mut f, shape, norm, &[w1, w2], &epilogue, &mut dealloc);
        }
        op if device == Device::Cpu && is_long_fir(op) => {
            let Op::ShortConv { kernel: k, .. } = op else {
                unreachable!("a long FIR is a short_conv")
            };
            let hist = state_arg(StateKind::History);
            long_fir(
                &mut f,
                &l,
                c,
                *k,
                ("%a0", "%a1", "%out"),
                hist.as_deref(),
                &share,
            );
        }
        Op::ShortConv { kernel: k, .. } => {
            let b = slot("bias");
            let b = b.as_deref();
            let hist = state_arg(StateKind::Fir);
            if device == Device::Cpu && b.is_none() && *k >= 2 && c >= 16 {
                // FIRs without bias by channel vectors (Evo 2's 128 taps: 505 → 47 ms at
                // L = 8192, D = 512; its 3- and 7-tap ones 1.4× faster); the channels past the
                // last vector of 16 per element.
                let (c0, cc, cv) = (f.idx(0), f.idx(c), f.idx(c / 16 * 16));
                let h = hist.as_deref();
                f.for_(&c0, &l, |f, t| {
                    f.for_(&cv, &cc, |f, j| {
                        let v = fir_at(f, "%a0", "%a1", None, h, t, j, j, *k);
                        f.store(&v, "%out", t, j)
                    })
                });
                fir_vector_rows(&mut f, ("%a0", "%a1", "%out", h), &l, c, *k, &mut dealloc);
            } else {
                elementwise(&mut f, &l, c, |f, t, j| {
                    fir_at(f, "%a0", "%a1", b, hist.as_deref(), t, j, j, *k)
                });
            }
            if let Some(h) = &hist {
                update_fir_history(&mut f, &l, "%a0", h, c, *k);
            }
        }
        // CPU: this part's rows, by vectors where whole vectors stay inside the row (and,
        // for a split by heads, inside a head).
        Op::HyenaSplit { stream, heads } if device == Device::Cpu => {
            let (stream, heads) = (*stream, *heads);
            let source = |f: &mut FuncBuilder, j: &str| split_source(f, j, c, stream, heads);
            let in_head = heads.is_none_or(|h| (c / h).is_multiple_of(fft::LANES));
            elementwise_share(
                &mut f,
                (&l, c, &share),
                in_head,
                |f, t, j| {
                    let src = source(f, j);
                    fft::vread(f, "%a0", t, &src)
                },
                |f, t, j| {
                    let src = source(f, j);
                    f.load("%a0", t, &src)
                },
            );
        }
        Op::ColumnSlice { start, .. } if device == Device::Cpu => {
            let s = f.idx(*start);
            elementwise_share(
                &mut f,
                (&l, c, &share),
                true,
                |f, t, j| {
                    let src = f.addi(j, &s);
                    fft::vread(f, "%a0", t, &src)
                },
                |f, t, j| {
                    let src = f.addi(j, &s);
                    f.load("%a0", t, &src)
                },
            );
        }
        Op::Mul | Op::Add if device == Device::Cpu => {
            let op = if node.op == Op::Mul { "mulf" } else { "addf" };
            elementwise_share(
                &mut f,
                (&l, c, &share),
                true,
                |f, t, j| {
                    let a = fft::vread(f, "%a0", t, j);
                    let b = fft::vread(f, "%a1", t, j);
                    let vt = f.vec(fft::LANES);
                    f.bin(op, &a, &b, &vt)
                },
                |f, t, j| {
                    let a = f.load("%a0", t, j);
                    let b = f.load("%a1", t, j);
                    f.bin(op, &a, &b, f.acc())
                },
            );
        }
        // The vector exp/erf (a scalar `math.exp` is one libm call per element).
        Op::Activation { kind } if device == Device::Cpu => {
            elementwise_share(
                &mut f,
                (&l, c, &share),
                true,
                |f, t, j| {
                    let a = fft::vread(f, "%a0", t, j);
                    vactivation(f, &a, *kind)
                },
                |f, t, j| {
                    let a = f.load("%a0", t, j);
                    activation(f, &a, *kind)
                },
            );
        }
        Op::HyenaSplit { stream, heads } => {
            elementwise(&mut f, &l, c, |f, t, j| {
                let src = split_source(f, j, c, *stream, *heads);
                f.load("%a0", t, &src)
            });
        }
        Op::ColumnSlice { start, .. } => {
            let s = f.idx(*start);
            elementwise(&mut f, &l, c, |f, t, j| {
                let src = f.addi(j, &s);
                f.load("%a0", t, &src)
            });
        }
        Op::Mul | Op::Add => {
            let op = if node.op == Op::Mul { "mulf" } else { "addf" };
            elementwise(&mut f, &l, c, |f, t, j| {
                let a = f.load("%a0", t, j);
                let b = f.load("%a1", t, j);
                f.bin(op, &a, &b, f.acc())
            });
        }
        Op::DSkip => {
            elementwise(&mut f, &l, c, |f, t, j| {
                let a = f.load("%a0", t, j);
                let d = f.load("%a1", j, &c0);
                f.mulf(&a, &d)
            });
        }
        Op::Activation { kind } => {
            elementwise(&mut f, &l, c, |f, t, j| {
                let a = f.load("%a0", t, j);
                activation(f, &a, *kind)
            });
        }
        Op::Rotary {
            heads, head_dim, ..
        }
        | Op::RotaryFreqs {
            heads, head_dim, ..
        } => {
            // a1: the compile-time table [max_len, head_dim]: cos in the first half, sin in
            // the second (positions from 0; the executor passes a view at the call's offset).
            // For stored frequencies the plan passes the table in place of `inv_freq`.
            let half = head_dim / 2;
            let (hh, hd, hf) = (f.idx(*heads), f.idx(*head_dim), f.idx(half));
            f.parallel(&[l.clone(), hh], |f, iv| {
                rotate_head(f, ("%a0", "%out", "%a1"), &iv[0], &iv[1], (&hd, &hf));
            });
        }
        Op::Attention {
            heads,
            kv_heads,
            head_dim,
        } => {
            let cache = state_arg(StateKind::Keys).zip(state_arg(StateKind::Values));
            attention(
                &mut f,
                &l,
                *heads,
                *kv_heads,
                *head_dim,
                cache,
                ("%a0", "%a1"),
                &share,
                &mut dealloc,
            )
        }
        Op::RotaryAttention {
            heads,
            kv_heads,
            head_dim,
            ..
        } => {
            if device != Device::Cpu {
                return Err(err(
                    "the fused rotary attention is generated for the CPU only (GPU plans keep them apart)",
                ));
            }
            // Prologue: q and k rotated into scratch from the table `%a3` (rows from the
            // call's position). Every share rotates all new keys: its queries read them all.
            let q = f.scratch(&l, heads * head_dim, &mut dealloc);
            let k = f.scratch(&l, kv_heads * head_dim, &mut dealloc);
            rotate_rows(&mut f, &l, "%a0", &q, *heads, *head_dim, "%a3");
            rotate_rows(&mut f, &l, "%a1", &k, *kv_heads, *head_dim, "%a3");
            let cache = state_arg(StateKind::Keys).zip(state_arg(StateKind::Values));
            attention(
                &mut f,
                &l,
                *heads,
                *kv_heads,
                *head_dim,
                cache,
                (&q, &k),
                &share,
                &mut dealloc,
            )
        }
        Op::LongConv { alg } | Op::GatedConv { alg } | Op::HyenaConv { alg, .. } => {
            // The filter operands follow u (plain), x2, x1, v, d (gated), or the FIR and d.
            let first = node.op.filter_operands_start().expect("a convolution");
            // Real poles reach the kernel as their logarithms (see `FuncBuilder::real_log_poles`).
            let poles = match alg {
                ConvAlg::Block { .. } => Some(first + 1),
                ConvAlg::Scan => Some(first),
                _ => None,
            };
            if let Some(p) = poles.filter(|&p| g.g[ops[p]].op == Op::RealPoles) {
                f.real_log_poles.insert(format!("%a{p}"));
            }
            let inputs = match node.op {
                Op::LongConv { .. } => ConvInputs::Plain,
                Op::GatedConv { .. } => ConvInputs::Gated,
                Op::HyenaConv { kernel, heads, .. } => ConvInputs::Hyena {
                    kernel,
                    heads,
                    fir_bias: node.op.operand("fir_bias"),
                },
                _ => unreachable!("a convolution"),
            };
            fused_conv(
                &mut f,
                &l,
                c,
                *alg,
                inputs,
                first,
                modes_from(g, &ops[first..], *alg),
                ConvState::of(&state_arg),
                &share,
                &mut dealloc,
            )
            .map_err(|e| err(&e))?;
        }
        Op::ModalLongConv { .. } => {
            return Err(err("needs an algorithm: optimise the graph first"))
        }
        Op::ShortConvFft { .. } => {
            return Err(err("the FFT form of the short FIR is not generated yet"))
        }
        Op::Tokens
        | Op::Output { .. }
        | Op::Weight { .. }
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
        | Op::FilterPrefix { .. } => {
            unreachable!("handled above")
        }
    }
    let abi = CallAbi {
        states,
        parted,
        layouts: match device {
            Device::Cpu => operand_layouts(g, n),
            Device::Gpu => Vec::new(),
        },
        threads: (device == Device::Gpu).then(|| launch_threads(g, n)),
        workspaces: f.workspaces.iter().map(|w| (w.1, w.2)).collect(),
    };
    Ok((Some(f.finish(&dealloc)), Step::Kernel { name, abi }))
}

/// How many threads a node's GPU kernel runs: its parallel loop nest, `per_token · L + fixed`.
pub fn launch_threads(g: &Graph, n: NodeIndex) -> (usize, usize) {
    let width = g.g[n].ty.shape.get(1).map_or(1, |d| d.fixed_or(1));
    match &g.g[n].op {
        Op::RmsNorm { .. } | Op::LayerNorm { .. } => (1, 0),
        Op::Rotary { heads, .. } | Op::RotaryFreqs { heads, .. } | Op::Attention { heads, .. } => {
            (*heads, 0)
        }
        // The FFT convolution runs one block of GPU_BLOCK threads per channel.
        Op::LongConv { alg } | Op::GatedConv { alg } | Op::HyenaConv { alg, .. }
            if matches!(alg, crate::graph::ConvAlg::Fft { .. }) =>
        {
            (0, width * GPU_BLOCK)
        }
        Op::LongConv { .. } | Op::GatedConv { .. } | Op::HyenaConv { .. } => (0, width),
        // Matrix products: one block per tile of MM_ROWS × MM_COLS outputs; ⌈L / MM_ROWS⌉
        // row tiles ≤ L / MM_ROWS + 1.
        Op::Linear { .. }
        | Op::NormLinear { .. }
        | Op::GatedMlpUp { .. }
        | Op::NormGatedMlpUp { .. } => {
            let per_row_tile = width.div_ceil(MM_COLS) * GPU_BLOCK;
            (per_row_tile / MM_ROWS, per_row_tile)
        }
        _ => (width, 0),
    }
}

/// How a CPU kernel reads a constant operand that the plan binds in another layout than the
/// stored `[rows, cols]` (moved, never rounded: the values stay in their own type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OperandLayout {
    /// `[cols, rows]`: consecutive output columns (or channels) contiguous.
    Transposed,
    /// A bf16 matrix-product weight `[O, K]` (K even) in column panels of pairs,
    /// `[⌈O/16⌉·K/2, 32]` with row `p·K/2 + kk` holding `(W[16p + c, 2kk], W[16p + c, 2kk + 1])`
    /// for c = 0..16 (zero past O): every 64-byte vector load gives 16 columns at two steps of
    /// K, which shifts and masks widen to f32 exactly (bf16 is f32's upper half), and each panel
    /// is one contiguous stream for a one-row product. The layout the AMX tiles also read.
    Bf16Panels,
}
impl OperandLayout {
    /// The shape `[rows, cols]` a `[rows, cols]` constant has in this layout.
    pub fn shape(self, rows: usize, cols: usize) -> (usize, usize) {
        match self {
            OperandLayout::Transposed => (cols, rows),
            OperandLayout::Bf16Panels => (rows.div_ceil(PANEL) * (cols / 2), 2 * PANEL),
        }
    }
}
/// Columns of one bf16 weight panel ([`OperandLayout::Bf16Panels`]).
pub const PANEL: usize = 16;
/// The layout of each constant operand of node `n`'s CPU kernel that is not read as stored:
/// bf16 matrix-product weights with an even K in panels, the other transposed operands
/// transposed.
pub fn operand_layouts(g: &Graph, n: NodeIndex) -> Vec<(usize, OperandLayout)> {
    let op = &g.g[n].op;
    let ops = g.operands(n);
    transposed_operands(op)
        .into_iter()
        .map(|i| {
            let ty = &g.g[ops[i]].ty;
            let k = ty.shape.get(1).map_or(1, |d| d.fixed_or(1));
            let panels = ty.dtype == DType::BF16
                && crate::graph::precision::is_product_weight(op, i)
                && k.is_multiple_of(2);
            (
                i,
                if panels {
                    OperandLayout::Bf16Panels
                } else {
                    OperandLayout::Transposed
                },
            )
        })
        .collect()
}
/// Operands of a CPU kernel that are bound transposed: matrix-product weights (`[K, O]`) and
/// the poles and residues of the time-major convolutions (`[2N, D]`) and the FFT spectra
/// (`[(n/2+1)·2, D]`), so that consecutive channels are contiguous.
pub fn transposed_operands(op: &Op) -> Vec<usize> {
    let modal = |alg: &ConvAlg, first: usize| match alg {
        ConvAlg::Scan => vec![first, first + 1],
        ConvAlg::Block { .. } => vec![first + 1, first + 2],
        ConvAlg::Fft { .. } => vec![first],
        _ => vec![],
    };
    match op {
        Op::Linear { .. } => vec![1],
        Op::NormLinear { .. } => vec![2],
        Op::GatedMlpUp { .. } => vec![1, 2],
        Op::NormGatedMlpUp { .. } => vec![2, 3],
        Op::LongConv { alg } | Op::GatedConv { alg } | Op::HyenaConv { alg, .. } => {
            modal(alg, op.filter_operands_start().expect("a convolution"))
        }
        // A long FIR's taps, one row per lag.
        op if is_long_fir(op) => vec![1],
        _ => vec![],
    }
}
