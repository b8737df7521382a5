//! Kernel generation: each runtime operation of an optimised graph becomes one MLIR function
//! of scf loops over memrefs (`func`, `scf`, `arith`, `math`, `memref`).
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

use super::builder::{Device, FuncBuilder, MEM, MEM64, TOKENS};
use super::fft;
use crate::graph::{ConvAlg, Dim, Graph, Op, Stream};
use hyenac_runtime::{DType, StateKind, StateSpec};
use petgraph::graph::NodeIndex;

/// Why a node has no generated kernel.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("node %{node} ({op}): {reason}")]
pub struct KernelError {
    pub node: usize,
    pub op: String,
    pub reason: String,
}

/// What the executor does for a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Call the generated function `name` with the operands' buffers and the result buffer
    /// (then, on GPUs, one workspace `[rows (0: L), cols]` per entry of `workspaces`).
    Kernel {
        name: String,
        workspaces: Vec<(usize, usize)>,
    },
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
                dtype: DType::F32,
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
/// and scan convolutions their channels.
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
    kernel_with(g, n, device, false, "k")
}

/// Generates the kernel of node `n` for `device`, named `{prefix}{n}`; with `stateful` it
/// takes the buffers of [`state_specs`] and continues from them (CPU only).
pub fn kernel_with(
    g: &Graph,
    n: NodeIndex,
    device: Device,
    stateful: bool,
    prefix: &str,
) -> Result<(Option<String>, Step), KernelError> {
    kernel_impl(g, n, device, stateful, prefix, false)
}

/// The GPU kernel of node `n` emitted as a CPU function with the same algorithms, workspaces
/// and arguments (`FuncBuilder::emulate`): the tests run GPU plans through it.
pub fn kernel_emulated(g: &Graph, n: NodeIndex) -> Result<(Option<String>, Step), KernelError> {
    kernel_impl(g, n, Device::Gpu, false, "k", true)
}

fn kernel_impl(
    g: &Graph,
    n: NodeIndex,
    device: Device,
    stateful: bool,
    prefix: &str,
    emulate: bool,
) -> Result<(Option<String>, Step), KernelError> {
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
    let arg_names: Vec<String> = (0..ops.len() + extra).map(|i| format!("a{i}")).collect();
    let mut args: Vec<(&str, &str)> = arg_names.iter().map(|a| (a.as_str(), MEM)).collect();
    let states = if stateful {
        if device != Device::Cpu {
            return Err(err("stateful kernels are generated for the CPU only"));
        }
        state_specs(g, n)
    } else {
        Vec::new()
    };
    let state_names: Vec<String> = (0..states.len()).map(|i| format!("s{i}")).collect();
    for (s, spec) in state_names.iter().zip(&states) {
        args.push((
            s.as_str(),
            if spec.kind == StateKind::Modal {
                MEM64
            } else {
                MEM
            },
        ));
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
    args.push(("out", MEM));
    if node.op == Op::Embedding {
        args[1].1 = TOKENS;
    }
    let mut f = FuncBuilder::new(&name, &args, device);
    f.emulate = emulate;
    let mut dealloc = Vec::new();
    let c0 = f.idx(0);
    let l = match node.op {
        Op::Tokens | Op::Weight { .. } | Op::ModalFilter { .. } | Op::Spectrum { .. } => {
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
        _ => f.dim("%out", 0, MEM),
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
        Op::Linear { bias } if device == Device::Cpu => {
            let k = operand_width(0);
            let cols = column_share(&mut f, c, &share);
            matmul_cpu(
                &mut f,
                &l,
                "%a0",
                "%a1",
                bias.then_some("%a2"),
                ("%out", None),
                k,
                c,
                &cols,
            );
        }
        Op::NormLinear { eps, style, bias } if device == Device::Cpu => {
            let k = operand_width(0);
            let xn = normalized_rows(&mut f, &l, k, *eps, *style, &mut dealloc);
            let cols = column_share(&mut f, c, &share);
            matmul_cpu(
                &mut f,
                &l,
                &xn,
                "%a2",
                bias.then_some("%a3"),
                ("%out", None),
                k,
                c,
                &cols,
            );
        }
        Op::GatedMlpUp { kind } | Op::NormGatedMlpUp { kind, .. } if device == Device::Cpu => {
            let k = operand_width(0);
            let (x, w1, w2) = match &node.op {
                Op::NormGatedMlpUp { eps, style, .. } => (
                    normalized_rows(&mut f, &l, k, *eps, *style, &mut dealloc),
                    "%a2",
                    "%a3",
                ),
                _ => ("%a0".to_string(), "%a1", "%a2"),
            };
            let cols = column_share(&mut f, c, &share);
            // The activation branch of this share's columns only: `[L, end − start]`.
            let a = {
                let w = f.subi(&cols.end, &cols.start);
                let m = f.val(format!("memref.alloc({l}, {w}) : {MEM}"));
                dealloc.push(format!("{m} : {MEM}"));
                m
            };
            matmul_cpu(
                &mut f,
                &l,
                &x,
                w1,
                None,
                (&a, Some(&cols.start)),
                k,
                c,
                &cols,
            );
            matmul_cpu(&mut f, &l, &x, w2, None, ("%out", None), k, c, &cols);
            // 16 columns at a time with a generated vector exp/erf (a scalar `math.exp` is one
            // libm call per element). Shares start at a multiple of 64 columns and end at one
            // or at the last column, so vectors stay inside the share.
            let lanes = f.idx(fft::LANES);
            f.for_(&c0, &l, |f, t| {
                f.for_step(&cols.start, &cols.end, &lanes, |f, j| {
                    let ja = f.subi(j, &cols.start);
                    let av = fft::vread(f, &a, t, &ja);
                    let bv = fft::vread(f, "%out", t, j);
                    let g = vactivation(f, &av, *kind);
                    let y = f.bin("mulf", &g, &bv, &format!("vector<{}xf32>", fft::LANES));
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
        Op::ShortConv { kernel: k, bias } => {
            let b = if *bias { Some("%a2") } else { None };
            let hist = state_arg(StateKind::Fir);
            elementwise(&mut f, &l, c, |f, t, j| {
                fir_at(f, "%a0", "%a1", b, hist.as_deref(), t, j, j, *k)
            });
            if let Some(h) = &hist {
                update_fir_history(&mut f, &l, "%a0", h, c, *k);
            }
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
                f.bin(op, &a, &b, "f32")
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
        } => {
            // a1: the compile-time table [max_len, head_dim]: cos in the first half, sin in
            // the second (positions from 0; the executor passes a view at the call's offset).
            let half = head_dim / 2;
            let (hh, hd, hf) = (f.idx(*heads), f.idx(*head_dim), f.idx(half));
            f.parallel(&[l.clone(), hh], |f, iv| {
                let (t, h) = (&iv[0], &iv[1]);
                {
                    let base = f.muli(h, &hd);
                    f.for_(&c0, &hf, |f, j| {
                        let cos = f.load("%a1", t, j);
                        let js = f.addi(j, &hf);
                        let sin = f.load("%a1", t, &js);
                        let i1 = f.addi(&base, j);
                        let i2 = f.addi(&i1, &hf);
                        let a = f.load("%a0", t, &i1);
                        let b = f.load("%a0", t, &i2);
                        let ac = f.mulf(&a, &cos);
                        let bs = f.mulf(&b, &sin);
                        let y1 = f.subf(&ac, &bs);
                        let bc = f.mulf(&b, &cos);
                        let as_ = f.mulf(&a, &sin);
                        let y2 = f.addf(&bc, &as_);
                        f.store(&y1, "%out", t, &i1);
                        f.store(&y2, "%out", t, &i2);
                    });
                }
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
        Op::LongConv { alg } | Op::GatedConv { alg } => {
            // The filter operands follow u (plain) or x2, x1, v, d (gated).
            let (inputs, first) = match node.op {
                Op::LongConv { .. } => (ConvInputs::Plain, 1),
                _ => (ConvInputs::Gated, 4),
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
        Op::HyenaConv {
            alg,
            kernel,
            heads,
            fir_bias,
        } => {
            let first = crate::graph::HyenaConvOperands::new(*fir_bias).filter;
            let inputs = ConvInputs::Hyena {
                kernel: *kernel,
                heads: *heads,
                fir_bias: *fir_bias,
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
        | Op::Weight { .. }
        | Op::ModalFilter { .. }
        | Op::Spectrum { .. }
        | Op::Output { .. } => {
            unreachable!("handled above")
        }
    }
    let workspaces = f.workspaces.iter().map(|w| (w.1, w.2)).collect();
    Ok((Some(f.finish(&dealloc)), Step::Kernel { name, workspaces }))
}

/// `1 / r` for row `t` of `x` (width `k`), per the RMSNorm convention.
fn inv_rms(f: &mut FuncBuilder, x: &str, t: &str, k: usize, eps: f64, style: NormStyle) -> String {
    let (c0, kk) = (f.idx(0), f.idx(k));
    let zero = f.f32(0.0);
    let ss = f.for_acc(&c0, &kk, &[(&zero, "f32")], |f, j, acc| {
        let v = f.load(x, t, j);
        let sq = f.mulf(&v, &v);
        vec![f.addf_acc(&acc[0], &sq)]
    });
    let n = f.f32(k as f64);
    let ms = f.divf(&ss[0], &n);
    let e = f.f32(eps);
    let r = match style {
        NormStyle::EpsOutsideSqrt => {
            let s = f.math("sqrt", &ms);
            f.addf(&s, &e)
        }
        NormStyle::EpsInsideSqrt => {
            let s = f.addf(&ms, &e);
            f.math("sqrt", &s)
        }
    };
    let one = f.f32(1.0);
    f.divf(&one, &r)
}

/// CPU: normalises every row of `%a0` with scale `%a1` into a scratch `[L, k]` and returns it.
/// GPU: returns `%a0`; each thread normalises on the fly ([`normed_dot`]).
fn normalized_rows(
    f: &mut FuncBuilder,
    l: &str,
    k: usize,
    eps: f64,
    style: NormStyle,
    dealloc: &mut Vec<String>,
) -> String {
    if f.device == Device::Gpu {
        return "%a0".into();
    }
    let (c0, kk) = (f.idx(0), f.idx(k));
    let xn = f.scratch(l, k, dealloc);
    f.for_(&c0, l, |f, t| {
        let inv = inv_rms(f, "%a0", t, k, eps, style);
        f.for_(&c0, &kk, |f, j| {
            let x = f.load("%a0", t, j);
            let s = f.load("%a1", j, &c0);
            let y = f.mulf(&x, &inv);
            let y = f.mulf(&y, &s);
            f.store(&y, &xn, t, j);
        });
    });
    xn
}

/// Output rows, columns and reduction steps of a GPU matrix-product tile.
pub const MM_ROWS: usize = 32;
pub const MM_COLS: usize = 64;
const MM_K: usize = 16;

/// The shape of a matrix product `[L, k] × [n, k]ᵀ`.
struct MatmulShape<'a> {
    l: &'a str,
    n: usize,
    k: usize,
}

/// `(f, t, o, sums)`: the output at (t, o) from the sums of the weight matrices.
type MatmulEpilogue<'a> = dyn Fn(&mut FuncBuilder, &str, &str, &[String]) -> String + 'a;

/// GPU matrix products `out[t, o] = epilogue(Σ_j a[t, j]·w_i[o, j] for each weight w_i)`, with
/// `a = x` (`%a0`) or, with `norm`, the RMS-normalised `x` (scale `%a1`; the row's 1/rms is
/// applied to the sums). One block of 128 threads per tile of 32 rows × 64 columns: each step
/// of 16 along j, the block stages the tiles of `a` and of every weight in shared memory
/// (consecutive threads load consecutive elements), then each thread accumulates its 4 × 4
/// outputs (rows ty + 8r, columns tx + 16c) in private memory (registers).
fn matmul_gpu(
    f: &mut FuncBuilder,
    MatmulShape { l, n, k }: MatmulShape<'_>,
    norm: Option<(f64, NormStyle)>,
    ws: &[&str],
    epilogue: &MatmulEpilogue<'_>,
    dealloc: &mut Vec<String>,
) {
    const R: usize = MM_ROWS / 8;
    const C: usize = MM_COLS / 16;
    let nw = ws.len();
    let col_tiles = n.div_ceil(MM_COLS);
    let (c0, c1) = (f.idx(0), f.idx(1));
    let (nc, kc, colt) = (f.idx(n), f.idx(k), f.idx(col_tiles));
    let (rows_c, cols_c, kstep) = (f.idx(MM_ROWS), f.idx(MM_COLS), f.idx(MM_K));
    let row_tiles = {
        let r = f.idx(MM_ROWS - 1);
        let x = f.addi(l, &r);
        f.val(format!("arith.divui {x}, {rows_c} : index"))
    };
    let count = f.muli(&row_tiles, &colt);
    let (last_t, last_k) = (f.subi(l, &c1), f.idx(k - 1));
    let a_sh = f.shared(MM_ROWS, MM_K + 1, dealloc);
    let w_sh: Vec<_> = ws
        .iter()
        .map(|_| f.shared(MM_COLS, MM_K + 1, dealloc))
        .collect();
    let acc = f.private(R * C * nw, dealloc);
    let ktiles = f.idx(k.div_ceil(MM_K));
    let zero = f.f32(0.0);
    let c16 = f.idx(16);
    // Thread (ty, tx) of the 8 × 16 grid; its outputs are rows ty + 8r, columns tx + 16c.
    let grid = |f: &mut FuncBuilder, lane: &str| {
        let ty = f.val(format!("arith.divui {lane}, {c16} : index"));
        let tx = f.val(format!("arith.remui {lane}, {c16} : index"));
        (ty, tx)
    };
    f.blocks(&count, |f, bid| {
        let bt = f.val(format!("arith.divui {bid}, {colt} : index"));
        let bj = f.val(format!("arith.remui {bid}, {colt} : index"));
        let t0 = f.muli(&bt, &rows_c);
        let o0 = f.muli(&bj, &cols_c);
        f.phase(|f, lane| {
            for i in 0..R * C * nw {
                f.private_store(&zero, &acc, lane, i);
            }
        });
        f.for_(&c0, &ktiles, |f, kt| {
            let k0 = f.muli(kt, &kstep);
            f.phase(|f, lane| {
                let (r0, kk) = grid(f, lane);
                let kx = f.addi(&k0, &kk);
                let k_in = f.val(format!("arith.cmpi ult, {kx}, {kc} : index"));
                let kx_safe = f.mini(&kx, &last_k);
                // The 32 × 16 tile of a: 4 elements per thread (rows r0 + 8i).
                for i in 0..MM_ROWS / 8 {
                    let ri = f.idx(8 * i);
                    let r = f.addi(&r0, &ri);
                    let t = f.addi(&t0, &r);
                    let t_in = f.val(format!("arith.cmpi ult, {t}, {l} : index"));
                    let t_safe = f.mini(&t, &last_t);
                    let mut v = f.load("%a0", &t_safe, &kx_safe);
                    if norm.is_some() {
                        let s = f.load("%a1", &kx_safe, &c0);
                        v = f.mulf(&v, &s);
                    }
                    let inside = f.val(format!("arith.andi {t_in}, {k_in} : i1"));
                    let v = f.val(format!("arith.select {inside}, {v}, {zero} : f32"));
                    f.shared_store(&v, &a_sh, &r, &kk);
                }
                // The 64 × 16 tile of each weight: 8 elements per thread.
                let last_o = f.idx(n - 1);
                for (w, sh) in ws.iter().zip(&w_sh) {
                    for i in 0..MM_COLS / 8 {
                        let ri = f.idx(8 * i);
                        let r = f.addi(&r0, &ri);
                        let o = f.addi(&o0, &r);
                        let o_in = f.val(format!("arith.cmpi ult, {o}, {nc} : index"));
                        let o_safe = f.mini(&o, &last_o);
                        let v = f.load(w, &o_safe, &kx_safe);
                        let inside = f.val(format!("arith.andi {o_in}, {k_in} : i1"));
                        let v = f.val(format!("arith.select {inside}, {v}, {zero} : f32"));
                        f.shared_store(&v, sh, &r, &kk);
                    }
                }
            });
            f.phase(|f, lane| {
                let (ty, tx) = grid(f, lane);
                let init: Vec<String> = (0..R * C * nw)
                    .map(|i| f.private_load(&acc, lane, i))
                    .collect();
                let inits: Vec<(&str, &str)> = init.iter().map(|v| (v.as_str(), "f32")).collect();
                let sums = f.for_acc(&c0, &c16, &inits, |f, kk, s| {
                    let a: Vec<String> = (0..R)
                        .map(|r| {
                            let ro = f.idx(8 * r);
                            let row = f.addi(&ty, &ro);
                            f.shared_load(&a_sh, &row, kk)
                        })
                        .collect();
                    let mut next = s.to_vec();
                    for (wi, sh) in w_sh.iter().enumerate() {
                        for c in 0..C {
                            let co = f.idx(16 * c);
                            let col = f.addi(&tx, &co);
                            let b = f.shared_load(sh, &col, kk);
                            for (r, av) in a.iter().enumerate() {
                                let i = (wi * R + r) * C + c;
                                next[i] = f.val(format!("math.fma {av}, {b}, {} : f32", s[i]));
                            }
                        }
                    }
                    next
                });
                for (i, v) in sums.iter().enumerate() {
                    f.private_store(v, &acc, lane, i);
                }
            });
        });
        f.phase(|f, lane| {
            let (ty, tx) = grid(f, lane);
            for r in 0..R {
                let ro = f.idx(8 * r);
                let row = f.addi(&ty, &ro);
                let t = f.addi(&t0, &row);
                let t_in = f.val(format!("arith.cmpi ult, {t}, {l} : index"));
                f.if_(&t_in, |f| {
                    let inv = norm.map(|(eps, style)| inv_rms(f, "%a0", &t, k, eps, style));
                    for c in 0..C {
                        let co = f.idx(16 * c);
                        let col = f.addi(&tx, &co);
                        let o = f.addi(&o0, &col);
                        let o_in = f.val(format!("arith.cmpi ult, {o}, {nc} : index"));
                        f.if_(&o_in, |f| {
                            let sums: Vec<String> = (0..nw)
                                .map(|wi| {
                                    let v = f.private_load(&acc, lane, (wi * R + r) * C + c);
                                    match &inv {
                                        Some(inv) => f.mulf(&v, inv),
                                        None => v,
                                    }
                                })
                                .collect();
                            let y = epilogue(f, &t, &o, &sums);
                            f.store(&y, "%out", &t, &o);
                        });
                    }
                });
            }
        });
    });
}

/// The CPU matrix product `out = x Wᵀ (+ b)` with W pre-transposed to `[K, O]` when the
/// weights are bound: register tiles of 6 rows × 64 columns accumulated in `vector<16xf32>`
/// over K with fused multiply-adds (`vector` dialect); leftover rows and columns by scalar
/// `out[t, :] += x[t, k] · Wᵀ[k, :]` updates, which LLVM vectorises.
#[allow(clippy::too_many_arguments)]
fn matmul_cpu(
    f: &mut FuncBuilder,
    l: &str,
    x: &str,
    wt: &str,
    bias: Option<&str>,
    (out, out_from): (&str, Option<&str>),
    k: usize,
    o: usize,
    cols: &Columns,
) {
    // Register tiles of ROWS rows × VECS vectors of VW lanes: the accumulators stay in vector
    // registers over the whole K loop, each weight vector feeds ROWS fused multiply-adds.
    // Columns [start, tiles_end) go by whole tiles, [tiles_end, end) one by one; `out` holds
    // column j at j − out_from (a share's own scratch) or at j.
    const ROWS: usize = 6;
    const VW: usize = 16;
    const VECS: usize = 4;
    let vty = format!("vector<{VW}xf32>");
    let (c0, kk, rows) = (f.idx(0), f.idx(k), f.idx(ROWS));
    let tile_cols = VW * VECS;
    debug_assert_eq!(tile_cols, COLUMN_TILE);
    let o_full = (o / tile_cols) * tile_cols;
    let tc = f.idx(tile_cols);
    let zero = f.f32(0.0);
    let col = |f: &mut FuncBuilder, j: &str| match out_from {
        Some(from) => f.subi(j, from),
        None => j.to_string(),
    };
    // Scalar updates of rows `t` over columns [from, to), from zero.
    let scalar = |f: &mut FuncBuilder, t: &str, from: &str, to: &str| {
        f.for_(from, to, |f, j| {
            let jo = col(f, j);
            f.store(&zero, out, t, &jo)
        });
        f.for_(&c0, &kk, |f, kx| {
            let a = f.load(x, t, kx);
            f.for_(from, to, |f, j| {
                let jo = col(f, j);
                let w = f.load(wt, kx, j);
                let y = f.load(out, t, &jo);
                let p = f.mulf(&a, &w);
                let s = f.addf(&y, &p);
                f.store(&s, out, t, &jo);
            });
        });
    };
    let full = {
        let q = f.val(format!("arith.divui {l}, {rows} : index"));
        f.muli(&q, &rows)
    };
    let row_set = |f: &mut FuncBuilder, tb: &str| -> Vec<String> {
        (0..ROWS)
            .map(|i| {
                let off = f.idx(i);
                f.addi(tb, &off)
            })
            .collect()
    };
    // One register tile: rows `ts` × columns [jb, jb + 64), accumulated over K in [k0, k1),
    // starting from zero or (`add`) from what `out` holds.
    let tile = |f: &mut FuncBuilder,
                ts: &[String],
                jb: &str,
                vecs: usize,
                ks: (usize, usize),
                add: bool| {
        let js: Vec<String> = (0..vecs)
            .map(|v| {
                let off = f.idx(v * VW);
                f.addi(jb, &off)
            })
            .collect();
        let z = f.vzero(VW);
        let mut starts = Vec::new();
        for t in ts {
            for j in &js {
                starts.push(if add {
                    let jo = col(f, j);
                    f.val(format!("vector.load {out}[{t}, {jo}] : {MEM}, {vty}"))
                } else {
                    z.clone()
                });
            }
        }
        let init: Vec<(&str, &str)> = starts.iter().map(|v| (v.as_str(), vty.as_str())).collect();
        let (k0, k1) = (f.idx(ks.0), f.idx(ks.1));
        let acc = f.for_acc(&k0, &k1, &init, |f, kx, acc| {
            let ws: Vec<String> = js
                .iter()
                .map(|j| f.val(format!("vector.load {wt}[{kx}, {j}] : {MEM}, {vty}")))
                .collect();
            let mut next = Vec::new();
            for (r, t) in ts.iter().enumerate() {
                let a = f.load(x, t, kx);
                let ab = f.val(format!("vector.broadcast {a} : f32 to {vty}"));
                for (v, w) in ws.iter().enumerate() {
                    next.push(f.val(format!(
                        "vector.fma {ab}, {w}, {} : {vty}",
                        acc[r * vecs + v]
                    )));
                }
            }
            next
        });
        for (r, t) in ts.iter().enumerate() {
            for (v, j) in js.iter().enumerate() {
                let jo = col(f, j);
                f.emit(format!(
                    "vector.store {}, {out}[{t}, {jo}] : {MEM}, {vty}",
                    acc[r * vecs + v]
                ));
            }
        }
    };
    // Cache blocking: chunks of rows whose inputs (~256 KiB of a block of K) stay in L2
    // while each column panel of the weights (K block × 64, read once per chunk) passes over
    // them. K is split in blocks of at most K_BLOCK (the later blocks add to the output
    // tiles), so that a long K does not shrink the chunks to a few rows.
    const K_BLOCK: usize = 512;
    let k_blocks: Vec<(usize, usize)> = (0..k.div_ceil(K_BLOCK))
        .map(|b| (b * K_BLOCK, ((b + 1) * K_BLOCK).min(k)))
        .collect();
    let kc = k.clamp(1, K_BLOCK);
    let chunk = ((65536 / kc) / ROWS).max(1) * ROWS;
    let cr = f.idx(chunk);
    f.for_step(&c0, &full, &cr, |f, rc| {
        let rend = {
            let e = f.addi(rc, &cr);
            f.mini(&e, &full)
        };
        if o_full > 0 {
            for (bi, &ks) in k_blocks.iter().enumerate() {
                f.for_step(&cols.start, &cols.tiles_end, &tc, |f, jb| {
                    f.for_step(rc, &rend, &rows, |f, tb| {
                        let ts = row_set(f, tb);
                        tile(f, &ts, jb, VECS, ks, bi > 0);
                    });
                });
            }
        }
        f.for_step(rc, &rend, &rows, |f, tb| {
            for t in &row_set(f, tb) {
                scalar(f, t, &cols.tiles_end, &cols.end);
            }
        });
    });
    // Leftover rows (all of a decode step's one row): one-row tiles of 256 columns (16
    // accumulators: each weight row is read in 1 KiB runs, which streams better), then of 64,
    // then single columns.
    const WIDE: usize = 4;
    let wide = f.idx(WIDE * tile_cols);
    f.for_(&full, l, |f, t| {
        if o_full > 0 {
            let wide_end = {
                let span = f.subi(&cols.tiles_end, &cols.start);
                let q = f.val(format!("arith.divui {span}, {wide} : index"));
                let w = f.muli(&q, &wide);
                f.addi(&cols.start, &w)
            };
            f.for_step(&cols.start, &wide_end, &wide, |f, jb| {
                tile(f, &[t.to_string()], jb, WIDE * VECS, (0, k), false)
            });
            f.for_step(&wide_end, &cols.tiles_end, &tc, |f, jb| {
                tile(f, &[t.to_string()], jb, VECS, (0, k), false)
            });
        }
        scalar(f, t, &cols.tiles_end, &cols.end)
    });
    if let Some(b) = bias {
        f.for_(&c0, l, |f, t| {
            f.for_(&cols.start, &cols.end, |f, j| {
                let jo = col(f, j);
                let y = f.load(out, t, &jo);
                let bv = f.load(b, j, &c0);
                let s = f.addf(&y, &bv);
                f.store(&s, out, t, &jo);
            });
        });
    }
}

/// Columns of a matrix product's register tiles.
const COLUMN_TILE: usize = 64;

/// A call's share of the work: part `index` of `count` (SSA index values).
struct Share {
    index: String,
    count: String,
}

/// The output columns of one share of a matrix product: whole tiles `[start, tiles_end)`, then
/// single columns up to `end` (the remainder past the last whole tile goes to the last part).
struct Columns {
    start: String,
    tiles_end: String,
    end: String,
}

/// Splits `o` output columns into `share.count` contiguous runs of whole tiles.
fn column_share(f: &mut FuncBuilder, o: usize, share: &Share) -> Columns {
    let tiles = f.idx(o / COLUMN_TILE);
    let (tc, c1) = (f.idx(COLUMN_TILE), f.idx(1));
    let (i, n) = (&share.index, &share.count);
    let bound = |f: &mut FuncBuilder, p: &str| {
        let x = f.muli(p, &tiles);
        let q = f.val(format!("arith.divui {x}, {n} : index"));
        f.muli(&q, &tc)
    };
    let start = bound(f, i);
    let i1 = f.addi(i, &c1);
    let tiles_end = bound(f, &i1);
    let last = f.val(format!("arith.cmpi eq, {i1}, {n} : index"));
    let oo = f.idx(o);
    let end = f.val(format!("arith.select {last}, {oo}, {tiles_end} : index"));
    Columns {
        start,
        tiles_end,
        end,
    }
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
        _ => vec![],
    }
}

fn elementwise(
    f: &mut FuncBuilder,
    l: &str,
    c: usize,
    value: impl Fn(&mut FuncBuilder, &str, &str) -> String,
) {
    let cc = f.idx(c);
    f.parallel(&[l.to_string(), cc], |f, iv| {
        let v = value(f, &iv[0], &iv[1]);
        f.store(&v, "%out", &iv[0], &iv[1]);
    });
}

/// [`activation`] of a `vector<16xf32>`: SiLU with the generated vector exp; GELU with erf
/// from its erfc approximation `t·exp(−z² + P(t))`, `t = 1/(1 + z/2)`, `z = |x|` (Numerical
/// Recipes `erfcc`: fractional error below 1.2e-7), which the exp also serves.
fn vactivation(f: &mut FuncBuilder, x: &str, kind: MlpActivation) -> String {
    let n = fft::LANES;
    let vt = format!("vector<{n}xf32>");
    let one = f.vsplat(n, 1.0);
    match kind {
        MlpActivation::Silu => {
            let neg = f.val(format!("arith.negf {x} : {vt}"));
            let e = f.vexp(n, &neg);
            let den = f.bin("addf", &one, &e, &vt);
            f.bin("divf", x, &den, &vt)
        }
        MlpActivation::Gelu => {
            let s = f.vsplat(n, std::f64::consts::FRAC_1_SQRT_2);
            let a = f.bin("mulf", x, &s, &vt);
            let z = f.val(format!("math.absf {a} : {vt}"));
            let half = f.vsplat(n, 0.5);
            let hz = f.bin("mulf", &z, &half, &vt);
            let d = f.bin("addf", &one, &hz, &vt);
            let t = f.bin("divf", &one, &d, &vt);
            let coef = [
                0.170_872_77,
                -0.822_152_23,
                1.488_515_87,
                -1.135_203_98,
                0.278_868_07,
                -0.186_288_06,
                0.096_784_18,
                0.374_091_96,
                1.000_023_68,
                -1.265_512_23,
            ];
            let mut p = f.vsplat(n, coef[0]);
            for c in &coef[1..] {
                let cv = f.vsplat(n, *c);
                p = f.val(format!("math.fma {p}, {t}, {cv} : {vt}"));
            }
            let z2 = f.bin("mulf", &z, &z, &vt);
            let arg = f.bin("subf", &p, &z2, &vt);
            let e = f.vexp(n, &arg);
            let erfc = f.bin("mulf", &t, &e, &vt);
            let erf = f.bin("subf", &one, &erfc, &vt);
            let erf = f.val(format!("math.copysign {erf}, {a} : {vt}"));
            let p1 = f.bin("addf", &one, &erf, &vt);
            let hx = f.bin("mulf", x, &half, &vt);
            f.bin("mulf", &hx, &p1, &vt)
        }
    }
}

fn activation(f: &mut FuncBuilder, x: &str, kind: MlpActivation) -> String {
    let one = f.f32(1.0);
    match kind {
        MlpActivation::Silu => {
            let zero = f.f32(0.0);
            let neg = f.subf(&zero, x);
            let e = f.math("exp", &neg);
            let den = f.addf(&one, &e);
            f.divf(x, &den)
        }
        MlpActivation::Gelu => {
            let s = f.f32(std::f64::consts::FRAC_1_SQRT_2);
            let half = f.f32(0.5);
            let a = f.mulf(x, &s);
            let e = f.math("erf", &a);
            let p = f.addf(&one, &e);
            let h = f.mulf(x, &half);
            f.mulf(&h, &p)
        }
    }
}

/// Column of `[L, 3D]` that stream `stream`'s channel `j` reads (spec §2.1 step 2).
fn split_source(
    f: &mut FuncBuilder,
    j: &str,
    d: usize,
    stream: Stream,
    heads: Option<usize>,
) -> String {
    match heads {
        Some(h) => {
            let hd = d / h;
            let hdc = f.idx(hd);
            let head = f.val(format!("arith.divui {j}, {hdc} : index"));
            let within = f.val(format!("arith.remui {j}, {hdc} : index"));
            let stride = f.idx(3 * hd);
            let base = f.muli(&head, &stride);
            let off = f.idx(stream.index() * hd);
            let b = f.addi(&base, &off);
            f.addi(&b, &within)
        }
        None => {
            let off = f.idx(stream.index() * d);
            f.addi(j, &off)
        }
    }
}

/// The causal FIR of column `col` of `z` at row `t` with taps row `tap` of `w`:
/// `Σₖ w[tap, k] z[t − (K−1) + k, col] (+ b[tap])`, where rows before 0 are row
/// `K−1 + (t − (K−1) + k)` of the history `hist [K−1, C]` (zero history without one).
#[allow(clippy::too_many_arguments)]
fn fir_at(
    f: &mut FuncBuilder,
    z: &str,
    w: &str,
    b: Option<&str>,
    hist: Option<&str>,
    t: &str,
    col: &str,
    tap: &str,
    k: usize,
) -> String {
    let (c0, km1, kk) = (f.idx(0), f.idx(k - 1), f.idx(k));
    // Taps k with t − (K−1) + k ≥ 0, i.e. k ≥ K−1−t.
    let lo = {
        let tt = f.mini(t, &km1);
        f.subi(&km1, &tt)
    };
    let zero = f.f32(0.0);
    let start = match hist {
        // Taps k < lo read the history, row t + k.
        Some(h) => f.for_acc(&c0, &lo, &[(&zero, "f32")], |f, kx, acc| {
            let wv = f.load(w, tap, kx);
            let row = f.addi(t, kx);
            let hv = f.load(h, &row, col);
            let p = f.mulf(&wv, &hv);
            vec![f.addf(&acc[0], &p)]
        })[0]
            .clone(),
        None => zero,
    };
    let acc = f.for_acc(&lo, &kk, &[(&start, "f32")], |f, kx, acc| {
        let wv = f.load(w, tap, kx);
        let row = f.addi(t, kx);
        let row = f.subi(&row, &km1);
        let zv = f.load(z, &row, col);
        let p = f.mulf(&wv, &zv);
        vec![f.addf(&acc[0], &p)]
    });
    match b {
        Some(b) => {
            let bv = f.load(b, tap, &c0);
            f.addf(&acc[0], &bv)
        }
        None => acc[0].clone(),
    }
}

/// After a FIR over `z [L, C]`: the history `hist [K−1, C]` becomes the last K−1 rows of
/// `hist ++ z`. Rows move forward only (row i takes row i + L), so in place is safe.
fn update_fir_history(f: &mut FuncBuilder, l: &str, z: &str, hist: &str, c: usize, k: usize) {
    let cc = f.idx(c);
    f.parallel(&[cc], |f, iv| update_fir_column(f, l, z, hist, &iv[0], k));
}

/// [`update_fir_history`] for one column `col` of `z` and `hist`.
fn update_fir_column(f: &mut FuncBuilder, l: &str, z: &str, hist: &str, col: &str, k: usize) {
    let (c0, km1) = (f.idx(0), f.idx(k - 1));
    // The first K−1 − min(L, K−1) rows come from the history itself.
    let keep = {
        let m = f.mini(l, &km1);
        f.subi(&km1, &m)
    };
    f.for_(&c0, &keep, |f, i| {
        let src = f.addi(i, l);
        let v = f.load(hist, &src, col);
        f.store(&v, hist, i, col);
    });
    f.for_(&keep, &km1, |f, i| {
        // Row L + i of hist ++ z is row L + i − (K−1) of z.
        let src = f.addi(i, l);
        let src = f.subi(&src, &km1);
        let v = f.load(z, &src, col);
        f.store(&v, hist, i, col);
    });
}

/// The state a convolution kernel carries: its FIR history and its modal state.
#[derive(Debug, Clone, Default)]
struct ConvState {
    fir: Option<String>,
    modal: Option<String>,
}

impl ConvState {
    fn of(state_arg: &dyn Fn(StateKind) -> Option<String>) -> Self {
        ConvState {
            fir: state_arg(StateKind::Fir),
            modal: state_arg(StateKind::Modal),
        }
    }
}

/// Modes `N` of a convolution (0 when the algorithm does not read poles).
fn modes_from(g: &Graph, filter: &[NodeIndex], alg: ConvAlg) -> usize {
    let poles = match alg {
        ConvAlg::Block { .. } => filter.get(1),
        ConvAlg::Scan => filter.first(),
        _ => None,
    };
    poles.map_or(0, |p| fixed(&g.g[*p].ty.shape[1]))
}

/// Where a convolution kernel's input comes from.
#[derive(Debug, Clone, Copy)]
enum ConvInputs {
    /// `long_conv(u, filter…)`: u is `%a0`; output `y = h ∗ u`.
    Plain,
    /// `gated_conv(x2, x1, v, d, filter…)`.
    Gated,
    /// `hyena_conv(z, fir_w, fir_b?, d, filter…)`.
    Hyena {
        kernel: usize,
        heads: Option<usize>,
        fir_bias: bool,
    },
}

/// A convolution kernel, one channel at a time: gather u (and x2) for the channel into scratch,
/// convolve by `alg`, gate, and write the channel's outputs.
#[allow(clippy::too_many_arguments)]
fn fused_conv(
    f: &mut FuncBuilder,
    l: &str,
    d: usize,
    alg: ConvAlg,
    inputs: ConvInputs,
    first_filter: usize,
    modes: usize,
    state: ConvState,
    share: &Share,
    dealloc: &mut Vec<String>,
) -> Result<(), String> {
    let (c0, c1, dd) = (f.idx(0), f.idx(1), f.idx(d));
    let cpu_fft = f.device == Device::Cpu && matches!(alg, ConvAlg::Fft { .. });
    // This share's channels [ch0, ch1) (all of them without parts); the CPU FFT takes channels
    // 32 at a time, so its shares are whole groups of 32.
    let (ch0, ch1) = if cpu_fft {
        let group = 2 * fft::LANES;
        let groups = f.idx(d.div_ceil(group));
        let gc = f.idx(group);
        let bound = |f: &mut FuncBuilder, p: &str| {
            let x = f.muli(p, &groups);
            let g = f.val(format!("arith.divui {x}, {} : index", share.count));
            let c = f.muli(&g, &gc);
            f.mini(&c, &dd)
        };
        let i1 = f.addi(&share.index, &c1);
        (bound(f, &share.index), bound(f, &i1))
    } else {
        let bound = |f: &mut FuncBuilder, p: &str| {
            let x = f.muli(p, &dd);
            f.val(format!("arith.divui {x}, {} : index", share.count))
        };
        let i1 = f.addi(&share.index, &c1);
        (bound(f, &share.index), bound(f, &i1))
    };
    if state.modal.is_some() && !matches!(alg, ConvAlg::Block { .. } | ConvAlg::Scan) {
        return Err(format!(
            "the {} algorithm does not carry state; stateful code uses block or scan",
            alg.name()
        ));
    }
    // The scan on the CPU computes u1 and x2 in its own loop (one pass over memory); the other
    // forms read them from scratch: u1 = x1 ⊙ v and x2 per (t, channel), `[L, D]`.
    let fused_scan = f.device == Device::Cpu && matches!(alg, ConvAlg::Scan);
    let (u, x2) = if fused_scan {
        (String::new(), String::new())
    } else {
        (f.scratch(l, d, dealloc), f.scratch(l, d, dealloc))
    };
    let filt = |i: usize| format!("%a{}", first_filter + i);
    let dvec = match inputs {
        ConvInputs::Plain => None,
        ConvInputs::Gated => Some("%a3".to_string()),
        ConvInputs::Hyena { fir_bias, .. } => Some(format!(
            "%a{}",
            crate::graph::HyenaConvOperands::new(fir_bias).d
        )),
    };
    let fft = match alg {
        ConvAlg::Fft { n } => {
            let rad =
                fft::radices(n).ok_or_else(|| format!("FFT length {n} is not 2^a·3^b·5^c"))?;
            match f.device {
                // CPU: plan, twiddles and `[n, 16]` lanes, shared by every group of channels.
                Device::Cpu => {
                    let setup = fft::ConvFft::new(f, n, dealloc).expect("smooth length");
                    Some((n, rad, Vec::new(), Some(setup)))
                }
                // GPU: ping-pong buffers `[D, n]`, one contiguous row per channel.
                Device::Gpu => {
                    let bufs: Vec<String> =
                        (0..4).map(|_| f.scratch_sized(l, d, n, dealloc)).collect();
                    Some((n, rad, bufs, None))
                }
            }
        }
        _ => None,
    };
    // 1. u1 and x2 of (t, ch) (x2 only where there is a post-gate): the FIR and split
    // prologue reads z once.
    let input = |f: &mut FuncBuilder, t: &str, ch: &str| -> (String, Option<String>) {
        match inputs {
            ConvInputs::Plain => (f.load("%a0", t, ch), None),
            ConvInputs::Gated => {
                let a = f.load("%a1", t, ch);
                let b = f.load("%a2", t, ch);
                let p = f.mulf(&a, &b);
                (p, Some(f.load("%a0", t, ch)))
            }
            ConvInputs::Hyena {
                kernel,
                heads,
                fir_bias,
            } => {
                let bias = fir_bias.then_some("%a2");
                let stream = |f: &mut FuncBuilder, s: Stream| {
                    let col = split_source(f, ch, d, s, heads);
                    fir_at(
                        f,
                        "%a0",
                        "%a1",
                        bias,
                        state.fir.as_deref(),
                        t,
                        &col,
                        &col,
                        kernel,
                    )
                };
                let vx2 = stream(f, Stream::X2);
                let vx1 = stream(f, Stream::X1);
                let vv = stream(f, Stream::V);
                (f.mulf(&vx1, &vv), Some(vx2))
            }
        }
    };
    let gather = |f: &mut FuncBuilder, t: &str, ch: &str| {
        let (p, g) = input(f, t, ch);
        f.store(&p, &u, t, ch);
        if let Some(g) = g {
            f.store(&g, &x2, t, ch);
        }
    };
    // 2. The convolution's output at (t, ch), then the D skip and the post-gate, given u1
    // and x2 (read where there is a D vector).
    let finish_with = |f: &mut FuncBuilder,
                       t: &str,
                       ch: &str,
                       yc: &str,
                       ux: &dyn Fn(&mut FuncBuilder) -> (String, String)| {
        let y = match &dvec {
            None => yc.to_string(),
            Some(dv) => {
                let (uv, g) = ux(f);
                let dch = f.load(dv, ch, &c0);
                let skip = f.mulf(&dch, &uv);
                let s = f.addf(yc, &skip);
                f.mulf(&s, &g)
            }
        };
        f.store(&y, "%out", t, ch);
    };
    let finish = |f: &mut FuncBuilder, t: &str, ch: &str, yc: &str| {
        finish_with(f, t, ch, yc, &|f: &mut FuncBuilder| {
            (f.load(&u, t, ch), f.load(&x2, t, ch))
        })
    };
    // The FIR history of this share's channels (three streams each) moves on once the call's
    // inputs have been read.
    let update_fir_history = |f: &mut FuncBuilder| {
        if let (Some(h), ConvInputs::Hyena { kernel, heads, .. }) = (&state.fir, inputs) {
            f.for_(&ch0, &ch1, |f, ch| {
                for stream in [Stream::X2, Stream::X1, Stream::V] {
                    let col = split_source(f, ch, d, stream, heads);
                    update_fir_column(f, l, "%a0", h, &col, kernel);
                }
            });
        }
    };
    let time_major = f.device == Device::Cpu
        && matches!(
            alg,
            ConvAlg::Scan | ConvAlg::Block { .. } | ConvAlg::Fft { .. }
        );
    if f.device == Device::Cpu {
        // Time-major on the CPU: rows of [L, D] are contiguous, so channels vectorise.
        if !fused_scan {
            f.for_(&c0, l, |f, t| f.for_(&ch0, &ch1, |f, ch| gather(f, t, ch)));
            update_fir_history(f);
        }
    }
    if time_major {
        match alg {
            ConvAlg::Scan => scan_time_major(
                f,
                l,
                d,
                (&ch0, &ch1),
                &input,
                &filt(0),
                &filt(1),
                modes,
                state.modal.as_deref(),
                &|f: &mut FuncBuilder, t: &str, ch: &str, yc: &str, u1: &str, g: Option<&str>| {
                    finish_with(f, t, ch, yc, &|_: &mut FuncBuilder| {
                        (u1.to_string(), g.expect("a gated input").to_string())
                    })
                },
                dealloc,
            ),
            ConvAlg::Block { b } => block_time_major(
                f,
                l,
                d,
                (&ch0, &ch1),
                &u,
                &filt(0),
                &filt(1),
                &filt(2),
                b,
                modes,
                state.modal.as_deref(),
                &finish,
                dealloc,
            ),
            ConvAlg::Fft { .. } => {
                let setup = fft.as_ref().and_then(|x| x.3.as_ref()).expect("set above");
                // The D vector of 16 channels, loaded once per group (outside the row loop).
                let load_d = |f: &mut FuncBuilder, col: &str| {
                    dvec.as_ref().map(|dv| {
                        let pad = f.f32(0.0);
                        f.val(format!(
                            "vector.transfer_read {dv}[{col}, {c0}], {pad} \
                             {{permutation_map = affine_map<(d0, d1) -> (d0)>}} : \
                             {MEM}, vector<{}xf32>",
                            fft::LANES
                        ))
                    })
                };
                let finish_vec =
                    |f: &mut FuncBuilder, t: &str, col: &str, yc: &str, dch: Option<&str>| {
                        let y = match dch {
                            None => yc.to_string(),
                            Some(dch) => {
                                let uv = fft::vread(f, &u, t, col);
                                let vt = format!("vector<{}xf32>", fft::LANES);
                                let s = f.val(format!("math.fma {dch}, {uv}, {yc} : {vt}"));
                                let g = fft::vread(f, &x2, t, col);
                                f.bin("mulf", &s, &g, &vt)
                            }
                        };
                        fft::vwrite(f, &y, "%out", t, col);
                    };
                fft::fft_conv_lanes(
                    f,
                    l,
                    setup,
                    (&ch0, &ch1),
                    &u,
                    &filt(0),
                    &load_d,
                    &finish_vec,
                );
            }
            _ => unreachable!("time-major algorithms"),
        }
        if fused_scan {
            update_fir_history(f);
        }
        return Ok(());
    }
    if let (Device::Gpu, Some((n, rad, bufs, _))) = (f.device, &fft) {
        // One block per channel: its threads share each loop of the convolution, one phase
        // (barrier) per pass — the gather, the zero padding, every stage of both transforms,
        // the spectrum product and the output.
        f.blocks(&dd, |f, ch| {
            fft::channel_loop(f, true, l, |f, t| gather(f, t, ch));
            let fin = |f: &mut FuncBuilder, t: &str, y: &str| finish(f, t, ch, y);
            fft::fft_conv_channel(f, l, ch, &u, &filt(0), *n, rad, bufs, &fin, true);
        });
        return Ok(());
    }
    f.parallel(&[dd], |f, iv| {
        let ch = &iv[0];
        if f.device == Device::Gpu {
            f.for_(&c0, l, |f, t| gather(f, t, ch));
        }
        let fin = |f: &mut FuncBuilder, t: &str, y: &str| finish(f, t, ch, y);
        match alg {
            ConvAlg::Direct => {
                let h = filt(0);
                f.for_(&c0, l, |f, t| {
                    let t1 = f.addi(t, &c1);
                    let zero = f.f32(0.0);
                    let acc = f.for_acc(&c0, &t1, &[(&zero, "f32")], |f, s, acc| {
                        let hv = f.load(&h, ch, s);
                        let idx = f.subi(t, s);
                        let uv = f.load(&u, &idx, ch);
                        let p = f.mulf(&hv, &uv);
                        vec![f.addf(&acc[0], &p)]
                    });
                    fin(f, t, &acc[0]);
                });
            }
            ConvAlg::Block { b } => {
                let (h, p, r) = (filt(0), filt(1), filt(2));
                block_conv(f, l, ch, &u, &h, &p, &r, b, modes, &fin);
            }
            ConvAlg::Scan => {
                let (p, r) = (filt(0), filt(1));
                scan_conv(f, l, ch, &u, &p, &r, modes, &fin);
            }
            ConvAlg::Fft { .. } => unreachable!("cooperative blocks above"),
        }
    });
    Ok(())
}

/// `(f, t, ch) -> (u1, x2)`: a convolution's input and post-gate at one step and channel.
type ConvInput<'a> = dyn Fn(&mut FuncBuilder, &str, &str) -> (String, Option<String>) + 'a;

/// `(f, t, ch, y, u1, x2)`: writes the output at one step and channel.
type FinishWith<'a> = dyn Fn(&mut FuncBuilder, &str, &str, &str, &str, Option<&str>) + 'a;

/// The scan on the CPU, time-major: for each step, every channel and mode (vectorisable across
/// channels); the state `[D, 2N]` in f64. `input(t, ch)` computes (u1, x2) in the same loop —
/// the prologue is not written to scratch and read back — and `finish(t, ch, y, u1, x2)`
/// writes the output.
#[allow(clippy::too_many_arguments)]
fn scan_time_major(
    f: &mut FuncBuilder,
    l: &str,
    d: usize,
    (ch0, ch1): (&str, &str),
    input: &ConvInput<'_>,
    p: &str,
    r: &str,
    modes: usize,
    state: Option<&str>,
    finish: &FinishWith<'_>,
    dealloc: &mut Vec<String>,
) {
    let c0 = f.idx(0);
    // The carried state, or a zero one for a stateless call.
    let s = match state {
        Some(s) => s.to_string(),
        None => f.scratch64(2 * modes, d, dealloc),
    };
    f.for_(&c0, l, |f, t| {
        f.for_(ch0, ch1, |f, ch| {
            let (uv, x2) = input(f, t, ch);
            let u64 = f.ext(&uv);
            let mut y = f.f64(0.0);
            for n in 0..modes {
                let pn = load_mode_t(f, p, ch, n);
                let rn = load_mode_t(f, r, ch, n);
                let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
                let sn = (f.load64(&s, &ir, ch), f.load64(&s, &ii, ch));
                let ps = cmul64(f, &pn, &sn);
                let re = f.bin("addf", &ps.0, &u64, "f64");
                f.store64(&re, &s, &ir, ch);
                f.store64(&ps.1, &s, &ii, ch);
                let rs = cmul64(f, &rn, &(re, ps.1.clone()));
                y = f.bin("addf", &y, &rs.0, "f64");
            }
            let y32 = f.trunc(&y);
            finish(f, t, ch, &y32, &uv, x2.as_deref());
        });
    });
}

/// The chunked convolution on the CPU, time-major: inside a chunk, the direct sum over the
/// chunk's earlier steps; the f64 modal state `[D, 2N]` brings in everything before, through
/// `R p^{i+1}` kept per channel in `[D, 2N]`.
#[allow(clippy::too_many_arguments)]
fn block_time_major(
    f: &mut FuncBuilder,
    l: &str,
    d: usize,
    (ch0, ch1): (&str, &str),
    u: &str,
    h: &str,
    p: &str,
    r: &str,
    b: usize,
    modes: usize,
    state: Option<&str>,
    finish: &dyn Fn(&mut FuncBuilder, &str, &str, &str),
    dealloc: &mut Vec<String>,
) {
    let (c0, c1, bb) = (f.idx(0), f.idx(1), f.idx(b));
    let s = match state {
        Some(s) => s.to_string(),
        None => f.scratch64(2 * modes, d, dealloc),
    };
    let pw = f.scratch64(2 * modes, d, dealloc);
    let nchunks = {
        let bm1 = f.idx(b - 1);
        let x = f.addi(l, &bm1);
        f.val(format!("arith.divui {x}, {bb} : index"))
    };
    f.for_(&c0, &nchunks, |f, k| {
        let start = f.muli(k, &bb);
        let end = {
            let e = f.addi(&start, &bb);
            f.mini(&e, l)
        };
        // pw = p at the start of every chunk.
        f.for_(ch0, ch1, |f, ch| {
            for n in 0..modes {
                let pn = load_mode_t(f, p, ch, n);
                let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
                f.store64(&pn.0, &pw, &ir, ch);
                f.store64(&pn.1, &pw, &ii, ch);
            }
        });
        f.for_(&start, &end, |f, t| {
            let i = f.subi(t, &start);
            let i1 = f.addi(&i, &c1);
            f.for_(ch0, ch1, |f, ch| {
                let zero = f.f32(0.0);
                let acc = f.for_acc(&c0, &i1, &[(&zero, "f32")], |f, j, acc| {
                    let hv = f.load(h, ch, j);
                    let idx = f.subi(t, j);
                    let uv = f.load(u, &idx, ch);
                    let pr = f.mulf(&hv, &uv);
                    vec![f.addf(&acc[0], &pr)]
                });
                let mut hist = f.f64(0.0);
                for n in 0..modes {
                    let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
                    let pwn = (f.load64(&pw, &ir, ch), f.load64(&pw, &ii, ch));
                    let sn = (f.load64(&s, &ir, ch), f.load64(&s, &ii, ch));
                    let rn = load_mode_t(f, r, ch, n);
                    let ps = cmul64(f, &pwn, &sn);
                    let rps = cmul64(f, &rn, &ps);
                    hist = f.bin("addf", &hist, &rps.0, "f64");
                    let pn = load_mode_t(f, p, ch, n);
                    let np = cmul64(f, &pwn, &pn);
                    f.store64(&np.0, &pw, &ir, ch);
                    f.store64(&np.1, &pw, &ii, ch);
                }
                let a64 = f.ext(&acc[0]);
                let y = f.bin("addf", &a64, &hist, "f64");
                let y32 = f.trunc(&y);
                finish(f, t, ch, &y32);
            });
        });
        // Advance the state over the chunk.
        f.for_(&start, &end, |f, t| {
            f.for_(ch0, ch1, |f, ch| {
                let uv = f.load(u, t, ch);
                let u64 = f.ext(&uv);
                for n in 0..modes {
                    let pn = load_mode_t(f, p, ch, n);
                    let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
                    let sn = (f.load64(&s, &ir, ch), f.load64(&s, &ii, ch));
                    let ps = cmul64(f, &pn, &sn);
                    let re = f.bin("addf", &ps.0, &u64, "f64");
                    f.store64(&re, &s, &ir, ch);
                    f.store64(&ps.1, &s, &ii, ch);
                }
            });
        });
    });
}

/// Loads mode `n` of channel `ch` from a transposed `[2N, D]` poles/residues buffer as f64.
fn load_mode_t(f: &mut FuncBuilder, m: &str, ch: &str, n: usize) -> (String, String) {
    let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
    let re = f.load(m, &ir, ch);
    let im = f.load(m, &ii, ch);
    (f.ext(&re), f.ext(&im))
}

/// Loads mode `n` of channel `ch` from a `[D, 2N]` poles/residues buffer as f64 (re, im).
fn load_mode(f: &mut FuncBuilder, m: &str, ch: &str, n: usize) -> (String, String) {
    let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
    let re = f.load(m, ch, &ir);
    let im = f.load(m, ch, &ii);
    (f.ext(&re), f.ext(&im))
}

fn cmul64(f: &mut FuncBuilder, a: &(String, String), b: &(String, String)) -> (String, String) {
    let rr = f.bin("mulf", &a.0, &b.0, "f64");
    let ii = f.bin("mulf", &a.1, &b.1, "f64");
    let ri = f.bin("mulf", &a.0, &b.1, "f64");
    let ir = f.bin("mulf", &a.1, &b.0, "f64");
    (
        f.bin("subf", &rr, &ii, "f64"),
        f.bin("addf", &ri, &ir, "f64"),
    )
}

/// The recurrence `s ← p·s + u`, `y = Re Σ R s`, with the state in f64 (spec §8).
#[allow(clippy::too_many_arguments)]
fn scan_conv(
    f: &mut FuncBuilder,
    l: &str,
    ch: &str,
    u: &str,
    p: &str,
    r: &str,
    modes: usize,
    finish: &dyn Fn(&mut FuncBuilder, &str, &str),
) {
    let c0 = f.idx(0);
    let poles: Vec<(String, String)> = (0..modes).map(|n| load_mode(f, p, ch, n)).collect();
    let res: Vec<(String, String)> = (0..modes).map(|n| load_mode(f, r, ch, n)).collect();
    let zero = f.f64(0.0);
    let init: Vec<(&str, &str)> = (0..2 * modes).map(|_| (zero.as_str(), "f64")).collect();
    f.for_acc(&c0, l, &init, |f, t, s| {
        let uv = f.load(u, t, ch);
        let u64 = f.ext(&uv);
        let mut next = Vec::new();
        let mut y = f.f64(0.0);
        for n in 0..modes {
            let sn = (s[2 * n].clone(), s[2 * n + 1].clone());
            let ps = cmul64(f, &poles[n], &sn);
            let re = f.bin("addf", &ps.0, &u64, "f64");
            let rs = cmul64(f, &res[n], &(re.clone(), ps.1.clone()));
            y = f.bin("addf", &y, &rs.0, "f64");
            next.push(re);
            next.push(ps.1);
        }
        let y32 = f.trunc(&y);
        finish(f, t, &y32);
        next
    });
}

/// Chunks of `b` steps: direct convolution with `h[:b]` inside a chunk; the f64 modal state
/// brings in everything before the chunk (`Re Σ R p^{i+1} s`) and is advanced per chunk.
#[allow(clippy::too_many_arguments)]
fn block_conv(
    f: &mut FuncBuilder,
    l: &str,
    ch: &str,
    u: &str,
    h: &str,
    p: &str,
    r: &str,
    b: usize,
    modes: usize,
    finish: &dyn Fn(&mut FuncBuilder, &str, &str),
) {
    let (c0, c1, bb) = (f.idx(0), f.idx(1), f.idx(b));
    let poles: Vec<(String, String)> = (0..modes).map(|n| load_mode(f, p, ch, n)).collect();
    let res: Vec<(String, String)> = (0..modes).map(|n| load_mode(f, r, ch, n)).collect();
    let nchunks = {
        let bm1 = f.idx(b - 1);
        let s = f.addi(l, &bm1);
        f.val(format!("arith.divui {s}, {bb} : index"))
    };
    let zero = f.f64(0.0);
    let init: Vec<(&str, &str)> = (0..2 * modes).map(|_| (zero.as_str(), "f64")).collect();
    f.for_acc(&c0, &nchunks, &init, |f, k, s| {
        let start = f.muli(k, &bb);
        let end = {
            let e = f.addi(&start, &bb);
            f.mini(&e, l)
        };
        let len = f.subi(&end, &start);
        // Outputs of the chunk: within-chunk direct part plus the history from the state.
        let ones: Vec<(String, String)> = poles.clone();
        let init_pw: Vec<(&str, &str)> = ones
            .iter()
            .flat_map(|(a, b)| [(a.as_str(), "f64"), (b.as_str(), "f64")])
            .collect();
        f.for_acc(&c0, &len, &init_pw, |f, i, pw| {
            let t = f.addi(&start, i);
            let i1 = f.addi(i, &c1);
            let z32 = f.f32(0.0);
            let acc = f.for_acc(&c0, &i1, &[(&z32, "f32")], |f, j, acc| {
                let hv = f.load(h, ch, j);
                let idx = f.subi(&t, j);
                let uv = f.load(u, &idx, ch);
                let pr = f.mulf(&hv, &uv);
                vec![f.addf(&acc[0], &pr)]
            });
            let mut hist = f.f64(0.0);
            let mut next = Vec::new();
            for n in 0..modes {
                let pwn = (pw[2 * n].clone(), pw[2 * n + 1].clone());
                let sn = (s[2 * n].clone(), s[2 * n + 1].clone());
                let ps = cmul64(f, &pwn, &sn);
                let rps = cmul64(f, &res[n], &ps);
                hist = f.bin("addf", &hist, &rps.0, "f64");
                let np = cmul64(f, &pwn, &poles[n]);
                next.push(np.0);
                next.push(np.1);
            }
            let a64 = f.ext(&acc[0]);
            let y = f.bin("addf", &a64, &hist, "f64");
            let y32 = f.trunc(&y);
            finish(f, &t, &y32);
            next
        });
        // Advance the state over the chunk: s ← p·s + u[t].
        f.for_acc(
            &start,
            &end,
            &s.iter().map(|v| (v.as_str(), "f64")).collect::<Vec<_>>(),
            |f, t, st| {
                let uv = f.load(u, t, ch);
                let u64 = f.ext(&uv);
                let mut next = Vec::new();
                for n in 0..modes {
                    let sn = (st[2 * n].clone(), st[2 * n + 1].clone());
                    let ps = cmul64(f, &poles[n], &sn);
                    next.push(f.bin("addf", &ps.0, &u64, "f64"));
                    next.push(ps.1);
                }
                next
            },
        )
    });
}

/// Causal grouped-query attention, one query row and head at a time, with an online softmax
/// (no L×L scores): running max, running sum and a `head_dim` accumulator. With `cache`
/// (keys, values `[position + L, Hkv·hd]`) the call's keys and values are appended at
/// `position` and every query attends to the whole cache up to itself. A share takes every
/// `count`-th query row (causal work balanced between parts); it appends its own rows and reads
/// the call's new keys and values from the operands, so parts never read each other's writes.
#[allow(clippy::too_many_arguments)]
fn attention(
    f: &mut FuncBuilder,
    l: &str,
    heads: usize,
    kv_heads: usize,
    hd: usize,
    cache: Option<(String, String)>,
    (q_src, k_src): (&str, &str),
    share: &Share,
    dealloc: &mut Vec<String>,
) {
    let (c0, c1) = (f.idx(0), f.idx(1));
    let w = f.idx(kv_heads * hd);
    let pos = match &cache {
        None => c0.clone(),
        Some((k, v)) => {
            let total = f.dim(k, 0, MEM);
            let pos = f.subi(&total, l);
            f.for_step(&share.index, l, &share.count, |f, t| {
                let row = f.addi(&pos, t);
                f.for_(&c0, &w, |f, x| {
                    let kv = f.load(k_src, t, x);
                    f.store(&kv, k, &row, x);
                    let vv = f.load("%a2", t, x);
                    f.store(&vv, v, &row, x);
                });
            });
            pos
        }
    };
    let (hh, hdc) = (f.idx(heads), f.idx(hd));
    let group = f.idx(heads / kv_heads);
    if f.device == Device::Cpu && hd.is_multiple_of(VW) {
        attention_blocks_vec(
            f,
            l,
            heads,
            hd,
            &group,
            &pos,
            &cache,
            (q_src, k_src),
            share,
            dealloc,
        );
        return;
    }
    // The output accumulator of (t, h) lives in its own slot of a [L, H·hd] scratch.
    let acc = f.scratch(l, heads * hd, dealloc);
    let scale = f.f32(1.0 / (hd as f64).sqrt());
    let neg_inf = f.f32(-3.0e38);
    let zero = f.f32(0.0);
    let body = |f: &mut FuncBuilder, t: &str, h: &str| {
        let g = f.val(format!("arith.divui {h}, {group} : index"));
        let qb = f.muli(h, &hdc);
        let kb = f.muli(&g, &hdc);
        f.for_(&c0, &hdc, |f, x| {
            let ax = f.addi(&qb, x);
            f.store(&zero, &acc, t, &ax)
        });
        // Keys j in [lo, hi), row j − off of `keys`/`values`, from softmax state `st`.
        let step = |f: &mut FuncBuilder,
                    (keys, values, off): (&str, &str, &str),
                    lo: &str,
                    hi: &str,
                    st: &[String]| {
            f.for_acc(lo, hi, &[(&st[0], "f32"), (&st[1], "f32")], |f, j, st| {
                let jr = f.subi(j, off);
                let sc = f.for_acc(&c0, &hdc, &[(&zero, "f32")], |f, x, a| {
                    let qi = f.addi(&qb, x);
                    let ki = f.addi(&kb, x);
                    let qv = f.load(q_src, t, &qi);
                    let kv = f.load(keys, &jr, &ki);
                    let p = f.mulf(&qv, &kv);
                    vec![f.addf_acc(&a[0], &p)]
                });
                let s = f.mulf(&sc[0], &scale);
                let m_new = f.val(format!("arith.maximumf {}, {s} : f32", st[0]));
                let dm = f.subf(&st[0], &m_new);
                let corr = f.math("exp", &dm);
                let ds = f.subf(&s, &m_new);
                let p = f.math("exp", &ds);
                let lc = f.mulf(&st[1], &corr);
                let l_new = f.addf(&lc, &p);
                f.for_(&c0, &hdc, |f, x| {
                    let vi = f.addi(&kb, x);
                    let vv = f.load(values, &jr, &vi);
                    let ax = f.addi(&qb, x);
                    let a = f.load(&acc, t, &ax);
                    let ac = f.mulf(&a, &corr);
                    let pv = f.mulf(&p, &vv);
                    let n = f.addf(&ac, &pv);
                    f.store(&n, &acc, t, &ax);
                });
                vec![m_new, l_new]
            })
        };
        let mut ms = vec![neg_inf.clone(), zero.clone()];
        if let Some((k, v)) = &cache {
            // Earlier calls' keys from the cache, then this call's from the operands.
            ms = step(f, (k, v, &c0), &c0, &pos, &ms);
        }
        let tp = f.addi(t, &pos);
        let t1 = f.addi(&tp, &c1);
        let ms = step(f, (k_src, "%a2", &pos), &pos, &t1, &ms);
        f.for_(&c0, &hdc, |f, x| {
            let oi = f.addi(&qb, x);
            let a = f.load(&acc, t, &oi);
            let y = f.divf(&a, &ms[1]);
            f.store(&y, "%out", t, &oi);
        });
    };
    match f.device {
        Device::Cpu => f.for_step(&share.index, l, &share.count, |f, t| {
            f.for_(&c0, &hh, |f, h| body(f, t, h))
        }),
        Device::Gpu => f.parallel(&[l.to_string(), hh], |f, iv| body(f, &iv[0], &iv[1])),
    }
}

/// GPT-NeoX rotary embedding (rotate half) of every row of `x [L, heads·hd]` into `y`, with
/// `table [L, hd]` (cos in the first half, sin in the second) at the rows' positions.
fn rotate_rows(
    f: &mut FuncBuilder,
    l: &str,
    x: &str,
    y: &str,
    heads: usize,
    hd: usize,
    table: &str,
) {
    let half = hd / 2;
    let (c0, hh, hdc, hf) = (f.idx(0), f.idx(heads), f.idx(hd), f.idx(half));
    f.for_(&c0, l, |f, t| {
        f.for_(&c0, &hh, |f, h| {
            let base = f.muli(h, &hdc);
            f.for_(&c0, &hf, |f, j| {
                let cos = f.load(table, t, j);
                let js = f.addi(j, &hf);
                let sin = f.load(table, t, &js);
                let i1 = f.addi(&base, j);
                let i2 = f.addi(&i1, &hf);
                let a = f.load(x, t, &i1);
                let b = f.load(x, t, &i2);
                let ac = f.mulf(&a, &cos);
                let bs = f.mulf(&b, &sin);
                let y1 = f.subf(&ac, &bs);
                let bc = f.mulf(&b, &cos);
                let as_ = f.mulf(&a, &sin);
                let y2 = f.addf(&bc, &as_);
                f.store(&y1, y, t, &i1);
                f.store(&y2, y, t, &i2);
            });
        });
    });
}

/// Vector width (f32 lanes) of the vectorised CPU attention.
const VW: usize = 16;

/// Query rows per block of the vectorised CPU attention.
const QB: usize = 8;

/// Causal attention on the CPU, vectorised and blocked: a share takes every `count`-th block of
/// 8 query rows (a decode step: one row); each block of 16 keys (16 KiB of keys and values,
/// L1-resident) passes over every head and row of the block — the query heads of a GQA group
/// share it, which is what makes decoding against a long cache fast — each (head, row) keeping
/// its online-softmax state (max, sum, `hd` accumulator) in a small scratch. Per (head, row)
/// and key block: 16 dot products in vector registers, one block maximum, one rescaling, a
/// generated vector exponential.
#[allow(clippy::too_many_arguments)]
fn attention_blocks_vec(
    f: &mut FuncBuilder,
    l: &str,
    heads: usize,
    hd: usize,
    group: &str,
    pos: &str,
    cache: &Option<(String, String)>,
    (q_src, k_src): (&str, &str),
    share: &Share,
    dealloc: &mut Vec<String>,
) {
    let vt = format!("vector<{VW}xf32>");
    let nv = hd / VW;
    let (c0, c1) = (f.idx(0), f.idx(1));
    let (hdc, hh, qb, bw) = (f.idx(hd), f.idx(heads), f.idx(QB), f.idx(VW));
    // Per head and row of a block (row h·16 + r): the accumulator (hd), then max and sum.
    let st = f.scratch_sized(l, QB * heads, hd + 2, dealloc);
    let (mi, li) = (f.idx(hd), f.idx(hd + 1));
    let scale = f.vsplat(VW, 1.0 / (hd as f64).sqrt());
    let (neg, zero) = (f.f32(-3.0e38), f.f32(0.0));
    let (negv, zv) = (f.vsplat(VW, -3.0e38), f.vzero(VW));
    let nblocks = {
        let qm1 = f.idx(QB - 1);
        let x = f.addi(l, &qm1);
        f.val(format!("arith.divui {x}, {qb} : index"))
    };
    f.for_step(&share.index, &nblocks, &share.count, |f, b| {
        let t0 = f.muli(b, &qb);
        // The block's rows: t0 .. t0 + nrows (the last block may be short; a decode step has one).
        let nrows = {
            let left = f.subi(l, &t0);
            f.mini(&left, &qb)
        };
        let row = |f: &mut FuncBuilder, r: &str| f.addi(&t0, r);
        let t_last = {
            let t = f.addi(&t0, &nrows);
            f.subi(&t, &c1)
        };
        // Head h's query and key columns, and its state row for block row r.
        let head = |f: &mut FuncBuilder, h: &str| {
            let g = f.val(format!("arith.divui {h}, {group} : index"));
            (f.muli(h, &hdc), f.muli(&g, &hdc))
        };
        let state_row = |f: &mut FuncBuilder, h: &str, r: &str| {
            let x = f.muli(h, &qb);
            f.addi(&x, r)
        };
        let col = |f: &mut FuncBuilder, base: &str, v: usize| {
            let off = f.idx(v * VW);
            f.addi(base, &off)
        };
        {
            f.for_(&c0, &hh, |f, h| {
                f.for_(&c0, &nrows, |f, ri| {
                    let si = state_row(f, h, ri);
                    for v in 0..nv {
                        let c = f.idx(v * VW);
                        f.emit(format!("vector.store {zv}, {st}[{si}, {c}] : {MEM}, {vt}"));
                    }
                    f.store(&neg, &st, &si, &mi);
                    f.store(&zero, &st, &si, &li);
                });
            });
            // Key blocks [jb, jb + 16) ∩ [.., hi_r) of (keys, values) rows j − off; every
            // head of the block's rows uses a key block while it is in L1 (GQA heads share it).
            let pass = |f: &mut FuncBuilder,
                        (keys, values, off): (&str, &str, &str),
                        lo: &str,
                        hi_all: &str,
                        per_row_hi: bool| {
                f.for_step(lo, hi_all, &bw, |f, jb| {
                    f.for_(&c0, &hh, |f, h| {
                    let (qbase, kbase) = head(f, h);
                    f.for_(&c0, &nrows, |f, ri| {
                        let si = state_row(f, h, ri);
                        let t = &row(f, ri);
                        let hi = if per_row_hi {
                            let tp = f.addi(t, pos);
                            f.addi(&tp, &c1)
                        } else {
                            hi_all.to_string()
                        };
                        let live = f.val(format!("arith.cmpi ult, {jb}, {hi} : index"));
                        f.if_(&live, |f| {
                            let left = f.subi(&hi, jb);
                            let n = f.mini(&left, &bw);
                            let mask = f.val(format!("vector.create_mask {n} : vector<{VW}xi1>"));
                            let last = f.subi(&hi, &c1);
                            let krows: Vec<String> = (0..VW)
                                .map(|i| {
                                    let di = f.idx(i);
                                    let j = f.addi(jb, &di);
                                    let j = f.mini(&j, &last);
                                    f.subi(&j, off)
                                })
                                .collect();
                            let q: Vec<String> = (0..nv)
                                .map(|v| {
                                    let c = col(f, &qbase, v);
                                    let x = f.val(format!("vector.load {q_src}[{t}, {c}] : {MEM}, {vt}"));
                                    f.val(format!("arith.mulf {x}, {scale} : {vt}"))
                                })
                                .collect();
                            let scores: Vec<String> = krows
                                .iter()
                                .map(|kr| {
                                    let mut acc = None;
                                    for (v, qv) in q.iter().enumerate() {
                                        let c = col(f, &kbase, v);
                                        let k = f.val(format!(
                                            "vector.load {keys}[{kr}, {c}] : {MEM}, {vt}"
                                        ));
                                        acc = Some(match acc {
                                            None => f.val(format!("arith.mulf {qv}, {k} : {vt}")),
                                            Some(a) => {
                                                f.val(format!("math.fma {qv}, {k}, {a} : {vt}"))
                                            }
                                        });
                                    }
                                    let a = acc.expect("hd > 0");
                                    f.val(format!(
                                        "vector.reduction <add>, {a} fastmath<reassoc> : {vt} into f32"
                                    ))
                                })
                                .collect();
                            let s = f.val(format!(
                                "vector.from_elements {} : {vt}",
                                scores.join(", ")
                            ));
                            let s = f.val(format!(
                                "arith.select {mask}, {s}, {negv} : vector<{VW}xi1>, {vt}"
                            ));
                            let bmax =
                                f.val(format!("vector.reduction <maximumf>, {s} : {vt} into f32"));
                            let m_old = f.load(&st, &si, &mi);
                            let l_old = f.load(&st, &si, &li);
                            let m_new = f.val(format!("arith.maximumf {m_old}, {bmax} : f32"));
                            let dm = f.subf(&m_old, &m_new);
                            let corr = f.math("exp", &dm);
                            let mb = f.val(format!("vector.broadcast {m_new} : f32 to {vt}"));
                            let d = f.val(format!("arith.subf {s}, {mb} : {vt}"));
                            let p = f.vexp(VW, &d);
                            let p = f.val(format!(
                                "arith.select {mask}, {p}, {zv} : vector<{VW}xi1>, {vt}"
                            ));
                            let psum = f.val(format!(
                                "vector.reduction <add>, {p} fastmath<reassoc> : {vt} into f32"
                            ));
                            let lc = f.mulf(&l_old, &corr);
                            let l_new = f.addf(&lc, &psum);
                            f.store(&m_new, &st, &si, &mi);
                            f.store(&l_new, &st, &si, &li);
                            let cb = f.val(format!("vector.broadcast {corr} : f32 to {vt}"));
                            let mut acc: Vec<String> = (0..nv)
                                .map(|v| {
                                    let c = f.idx(v * VW);
                                    let a =
                                        f.val(format!("vector.load {st}[{si}, {c}] : {MEM}, {vt}"));
                                    f.val(format!("arith.mulf {a}, {cb} : {vt}"))
                                })
                                .collect();
                            for (i, kr) in krows.iter().enumerate() {
                                let pi = f.val(format!("vector.extract {p}[{i}] : f32 from {vt}"));
                                let pb = f.val(format!("vector.broadcast {pi} : f32 to {vt}"));
                                for (v, a) in acc.iter_mut().enumerate() {
                                    let c = col(f, &kbase, v);
                                    let vv = f.val(format!(
                                        "vector.load {values}[{kr}, {c}] : {MEM}, {vt}"
                                    ));
                                    *a = f.val(format!("math.fma {pb}, {vv}, {a} : {vt}"));
                                }
                            }
                            for (v, a) in acc.iter().enumerate() {
                                let c = f.idx(v * VW);
                                f.emit(format!("vector.store {a}, {st}[{si}, {c}] : {MEM}, {vt}"));
                            }
                        });
                    });
                    });
                });
            };
            if let Some((k, v)) = cache {
                // Earlier calls' keys from the cache: every row sees all of them.
                pass(f, (k, v, &c0), &c0, pos, false);
            }
            let tp = f.addi(&t_last, pos);
            let hi_max = f.addi(&tp, &c1);
            pass(f, (k_src, "%a2", pos), pos, &hi_max, true);
            f.for_(&c0, &hh, |f, h| {
            let (qbase, _) = head(f, h);
            f.for_(&c0, &nrows, |f, ri| {
                let si = state_row(f, h, ri);
                let t = &row(f, ri);
                let lsum = f.load(&st, &si, &li);
                let one = f.f32(1.0);
                let inv = f.divf(&one, &lsum);
                let ib = f.val(format!("vector.broadcast {inv} : f32 to {vt}"));
                for v in 0..nv {
                    let c = f.idx(v * VW);
                    let a = f.val(format!("vector.load {st}[{si}, {c}] : {MEM}, {vt}"));
                    let y = f.val(format!("arith.mulf {a}, {ib} : {vt}"));
                    let oc = col(f, &qbase, v);
                    f.emit(format!("vector.store {y}, %out[{t}, {oc}] : {MEM}, {vt}"));
                }
            });
            });
        }
    });
}

/// Symbol of the load-time transpose kernel (artifacts compiled without weights).
pub const INIT_TRANSPOSE: &str = "hyenac_init_transpose";

/// Symbol of the load-time modal filter kernel for `modes` modes (artifacts compiled without
/// weights).
pub fn init_modal_filter(modes: usize) -> String {
    format!("hyenac_init_modal_filter_n{modes}")
}

/// Every load-time kernel the graphs need when compiled without weights: the transpose, and
/// the modal filter for each number of modes of a materialised filter.
pub fn init_kernels(graphs: &[&Graph], device: Device) -> String {
    let mut modes: Vec<usize> = graphs
        .iter()
        .flat_map(|g| {
            g.g.node_indices()
                .filter(|&n| matches!(g.g[n].op, Op::ModalFilter { .. }))
                .map(|n| {
                    // Poles `[D, N, 1, 2]`: 2N numbers per channel.
                    let shape = &g.g[g.operands(n)[0]].ty.shape;
                    shape.iter().skip(1).map(fixed).product::<usize>() / 2
                })
                .collect::<Vec<_>>()
        })
        .collect();
    modes.sort_unstable();
    modes.dedup();
    let mut text = init_transpose_kernel(device);
    for n in modes {
        text.push_str(&init_modal_filter_kernel(n, device));
    }
    text
}

/// The transpose kernel an artifact compiled without weights runs at load time:
/// `transpose(a [R, C], out [C, R])`, sizes from the memrefs.
pub fn init_transpose_kernel(device: Device) -> String {
    let mut f = FuncBuilder::new(INIT_TRANSPOSE, &[("a", MEM), ("out", MEM)], device);
    let (r, c) = (f.dim("%a", 0, MEM), f.dim("%a", 1, MEM));
    f.parallel(&[r, c], |f, iv| {
        let v = f.load("%a", &iv[0], &iv[1]);
        f.store(&v, "%out", &iv[1], &iv[0]);
    });
    f.finish(&[])
}

/// The modal filter kernel an artifact compiled without weights runs at load time:
/// `modal_filter(poles [D, 2N], residues [D, 2N], out [D, len])`,
/// `h[c, t] = Re Σₙ R p^t` in f64 with the powers carried from step to step and the modes
/// summed in order, as the interpreter does when the compiler binds the weights itself.
pub fn init_modal_filter_kernel(modes: usize, device: Device) -> String {
    let name = init_modal_filter(modes);
    let mut f = FuncBuilder::new(&name, &[("p", MEM), ("r", MEM), ("out", MEM)], device);
    let c0 = f.idx(0);
    let d = f.dim("%out", 0, MEM);
    let len = f.dim("%out", 1, MEM);
    f.parallel(std::slice::from_ref(&d), |f, iv| {
        let ch = &iv[0];
        let p: Vec<(String, String)> = (0..modes).map(|n| load_mode(f, "%p", ch, n)).collect();
        let r: Vec<(String, String)> = (0..modes).map(|n| load_mode(f, "%r", ch, n)).collect();
        let (one, zero) = (f.f64(1.0), f.f64(0.0));
        let init: Vec<(&str, &str)> = (0..modes)
            .flat_map(|_| [(one.as_str(), "f64"), (zero.as_str(), "f64")])
            .collect();
        f.for_acc(&c0, &len, &init, |f, t, pw| {
            let mut h = f.f64(0.0);
            let mut next = Vec::new();
            for n in 0..modes {
                let w = (pw[2 * n].clone(), pw[2 * n + 1].clone());
                let v = cmul64(f, &r[n], &w);
                h = f.bin("addf", &h, &v.0, "f64");
                let x = cmul64(f, &w, &p[n]);
                next.push(x.0);
                next.push(x.1);
            }
            let h32 = f.trunc(&h);
            f.store(&h32, "%out", ch, t);
            next
        });
    });
    f.finish(&[])
}
