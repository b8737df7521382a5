//! Load-time kernels: constants an artifact compiled without weights derives at load time.

use super::*;
// Load-time kernels transform f32 weights (transposes, modal filters): f32 by the precision
// policy (filters and poles stay f32 or better).
use crate::codegen::builder::MEM;

/// Symbol of the load-time transpose kernel for weights stored as `dtype` (artifacts compiled
/// without weights).
pub fn init_transpose(dtype: DType) -> String {
    match dtype {
        DType::F32 => "hyenac_init_transpose".into(),
        other => format!("hyenac_init_transpose_{other}"),
    }
}
/// Symbol of the load-time kernel that lays a `dtype` weight out in `layout` (artifacts
/// compiled without weights).
pub fn init_layout(layout: OperandLayout, dtype: DType) -> String {
    match layout {
        OperandLayout::Transposed => init_transpose(dtype),
        OperandLayout::Bf16Panels => "hyenac_init_bf16_panels".into(),
    }
}
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
    // One transpose per storage type of the graphs' weights (f32 always).
    let mut dtypes: Vec<DType> = graphs
        .iter()
        .flat_map(|g| g.g.node_weights().map(|n| n.ty.dtype))
        .filter(|t| t.is_half())
        .collect();
    dtypes.push(DType::F32);
    dtypes.sort_unstable();
    dtypes.dedup();
    let mut text = String::new();
    for &t in &dtypes {
        text.push_str(&init_transpose_kernel(t, device));
    }
    // Only CPU kernels read bf16 weights in panels.
    if device == Device::Cpu && dtypes.contains(&DType::BF16) {
        text.push_str(&init_bf16_panels_kernel());
    }
    for n in modes {
        text.push_str(&init_modal_filter_kernel(n, device));
    }
    // The Hyena implicit filter and the row picks and tap reversals after it (CPU: its f64
    // `sin` and `exp` are libm calls), one kernel per distinct symbol.
    if device == Device::Cpu {
        let mut hyena: Vec<(String, String)> = graphs
            .iter()
            .flat_map(|g| g.g.node_weights())
            .filter_map(|n| match n.op {
                Op::ImplicitFilter { shift, modulate } => Some((
                    init_implicit_filter(shift, modulate),
                    init_implicit_filter_kernel(shift, modulate, false, device)
                        + &init_implicit_filter_kernel(shift, modulate, true, device),
                )),
                Op::StridedRows {
                    offset,
                    stride,
                    count,
                } => Some((
                    init_strided_rows(offset, stride, count),
                    init_strided_rows_kernel(offset, stride, count, device),
                )),
                Op::FilterPrefix { len } => Some((
                    init_filter_prefix(len),
                    init_filter_prefix_kernel(len, device),
                )),
                Op::ReverseTaps | Op::FirFilter => Some((
                    INIT_REVERSE_TAPS.to_string(),
                    init_reverse_taps_kernel(device),
                )),
                _ => None,
            })
            .collect();
        hyena.sort_by(|a, b| a.0.cmp(&b.0));
        hyena.dedup_by(|a, b| a.0 == b.0);
        for (_, kernel) in hyena {
            text.push_str(&kernel);
        }
    }
    text
}
/// The transpose kernel an artifact compiled without weights runs at load time:
/// `transpose(a [R, C], out [C, R])` of `dtype` values, sizes from the memrefs.
pub fn init_transpose_kernel(dtype: DType, device: Device) -> String {
    let mem = crate::codegen::builder::memref(dtype);
    let mut f = FuncBuilder::new(
        &init_transpose(dtype),
        &[("a", &mem), ("out", &mem)],
        device,
    );
    let (r, c) = (f.dim("%a", 0), f.dim("%a", 1));
    f.parallel(&[r, c], |f, iv| {
        let v = f.load("%a", &iv[0], &iv[1]);
        f.store(&v, "%out", &iv[1], &iv[0]);
    });
    f.finish(&[])
}
/// The load-time kernel that lays a bf16 weight `a [O, K]` out in
/// [`OperandLayout::Bf16Panels`]: `out[p·K/2 + kk, c] = a[16p + c/2, 2kk + c%2]`, zero past O
/// (the runtime hands `out` zeroed).
pub fn init_bf16_panels_kernel() -> String {
    let mem = crate::codegen::builder::memref(DType::BF16);
    let mut f = FuncBuilder::new(
        &init_layout(OperandLayout::Bf16Panels, DType::BF16),
        &[("a", &mem), ("out", &mem)],
        Device::Cpu,
    );
    let (o, k) = (f.dim("%a", 0), f.dim("%a", 1));
    let rows = f.dim("%out", 0);
    let c2 = f.idx(2);
    let panel = f.idx(PANEL);
    let half_k = f.val(format!("arith.divui {k}, {c2} : index"));
    let pairs = f.idx(2 * PANEL);
    f.parallel(&[rows, pairs], |f, iv| {
        let (r, c) = (&iv[0], &iv[1]);
        let (p, kk) = f.divrem(r, &half_k);
        let (ch, odd) = f.divrem(c, &c2);
        let po = f.muli(&p, &panel);
        let col = f.addi(&po, &ch);
        let k2 = f.muli(&kk, &c2);
        let kx = f.addi(&k2, &odd);
        let inside = f.val(format!("arith.cmpi ult, {col}, {o} : index"));
        f.if_(&inside, |f| {
            let v = f.load("%a", &col, &kx);
            f.store(&v, "%out", r, c);
        });
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
    let d = f.dim("%out", 0);
    let len = f.dim("%out", 1);
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
/// Symbol of the load-time kernel of the Hyena implicit filter with window shift `shift`
/// (`modulate`: windowed at all).
pub fn init_implicit_filter(shift: f64, modulate: bool) -> String {
    format!(
        "hyenac_init_implicit_filter_{}_{:016x}",
        if modulate { "m" } else { "u" },
        shift.to_bits()
    )
}
/// Symbol of the load-time kernel of the same filter written lag-major, `[len, C]` (the
/// layout the CPU's FFT convolution reads a filter in time in): no transpose after it.
pub fn init_implicit_filter_lag_major(shift: f64, modulate: bool) -> String {
    format!("{}_lags", init_implicit_filter(shift, modulate))
}
/// Symbol of the load-time kernel that takes rows `offset + j·stride` (j < `count`).
pub fn init_strided_rows(offset: usize, stride: usize, count: usize) -> String {
    format!("hyenac_init_strided_rows_o{offset}_s{stride}_c{count}")
}
/// Symbol of the load-time kernel that keeps the first `len` columns (lags) of each row.
pub fn init_filter_prefix(len: usize) -> String {
    format!("hyenac_init_filter_prefix_{len}")
}
/// Symbol of the load-time kernel that reverses each row (a FIR's taps).
pub const INIT_REVERSE_TAPS: &str = "hyenac_init_reverse_taps";

/// The Hyena implicit filter at load time (`graph::Op::ImplicitFilter`, spec §2):
/// `implicit_filter(z [1, l_max·E], t [1, l_max], w0 [W, E], b0 [W, 1], freq [1, W],
/// w2, b2, w4, b4, w6 [C, W], deltas [1, C], part [1, 2], out [C, len])` (`lag_major`:
/// `out [len, C]`) for the first `len ≤ l_max` lags, split between the parts; per lag τ the three
/// `sin(freq ⊙ (W·a + b))` layers and the last projection in f64, times the window
/// `exp(−t_τ·|δ_c|) + shift`, each sum in the interpreter's order, rounded once to f32 — the
/// values the compiler folds when it has the weights.
pub fn init_implicit_filter_kernel(
    shift: f64,
    modulate: bool,
    lag_major: bool,
    device: Device,
) -> String {
    let name = if lag_major {
        init_implicit_filter_lag_major(shift, modulate)
    } else {
        init_implicit_filter(shift, modulate)
    };
    let names = [
        "z", "t", "w0", "b0", "freq", "w2", "b2", "w4", "b4", "w6", "deltas",
    ];
    let mut args: Vec<(&str, &str)> = names.iter().map(|n| (*n, MEM)).collect();
    args.push(("part", TOKENS));
    args.push(("out", MEM));
    let mut f = FuncBuilder::new(&name, &args, device);
    let c0 = f.idx(0);
    let (w, e) = (f.dim("%w0", 0), f.dim("%w0", 1));
    // The lags computed are the result's (a prefix of the grid when it is shorter).
    let (c, lm) = if lag_major {
        (f.dim("%out", 1), f.dim("%out", 0))
    } else {
        (f.dim("%out", 0), f.dim("%out", 1))
    };
    // This call's share of the lags: [lm·i/n, lm·(i+1)/n) of part i of n.
    let share = |f: &mut FuncBuilder, j: usize| {
        let j = f.idx(j);
        let v = f.val(format!("memref.load %part[{c0}, {j}] : {TOKENS}"));
        f.val(format!("arith.index_cast {v} : i64 to index"))
    };
    let (pi, pc) = (share(&mut f, 0), share(&mut f, 1));
    let c1 = f.idx(1);
    let bound = |f: &mut FuncBuilder, i: &str| {
        let x = f.muli(&lm, i);
        f.val(format!("arith.divui {x}, {pc} : index"))
    };
    let lo = bound(&mut f, &pi);
    let next = f.addi(&pi, &c1);
    let hi = bound(&mut f, &next);
    const V64: &str = "memref<?xf64>";
    let ext = |f: &mut FuncBuilder, x: &str| f.val(format!("arith.extf {x} : f32 to f64"));
    // Allocated once: an `alloca` in the loop would grow the stack with every lag.
    let a = f.val(format!("memref.alloc({w}) : {V64}"));
    let b = f.val(format!("memref.alloc({w}) : {V64}"));
    f.for_(&lo, &hi, |f, tau| {
        // One `sin(freq ⊙ (m·x + bias))` layer from `x` (`len` values) into `dst`.
        let layer = |f: &mut FuncBuilder,
                     m: &str,
                     bias: &str,
                     len: &str,
                     x: &dyn Fn(&mut FuncBuilder, &str) -> String,
                     dst: &str| {
            f.for_(&c0, &w, |f, o| {
                let zero = f.f64(0.0);
                let acc = f.for_acc(&c0, len, &[(&zero, "f64")], |f, i, acc| {
                    let wv = f.load(m, o, i);
                    let wv = ext(f, &wv);
                    let xv = x(f, i);
                    let p = f.bin("mulf", &wv, &xv, "f64");
                    vec![f.bin("addf", &acc[0], &p, "f64")]
                });
                let bv = f.load(bias, o, &c0);
                let bv = ext(f, &bv);
                let s = f.bin("addf", &acc[0], &bv, "f64");
                let fr = f.load("%freq", &c0, o);
                let fr = ext(f, &fr);
                let arg = f.bin("mulf", &fr, &s, "f64");
                let v = f.val(format!("math.sin {arg} : f64"));
                f.emit(format!("memref.store {v}, {dst}[{o}] : {V64}"));
            });
        };
        let from_z = |f: &mut FuncBuilder, i: &str| {
            let row = f.muli(tau, &e);
            let col = f.addi(&row, i);
            let v = f.load("%z", &c0, &col);
            ext(f, &v)
        };
        let from = |m: String| {
            move |f: &mut FuncBuilder, i: &str| f.val(format!("memref.load {m}[{i}] : {V64}"))
        };
        layer(f, "%w0", "%b0", &e, &from_z, &a);
        layer(f, "%w2", "%b2", &w, &from(a.clone()), &b);
        layer(f, "%w4", "%b4", &w, &from(b.clone()), &a);
        let window_t = if modulate {
            let tv = f.load("%t", &c0, tau);
            Some(ext(f, &tv))
        } else {
            None
        };
        f.for_(&c0, &c, |f, ch| {
            let zero = f.f64(0.0);
            let h = f.for_acc(&c0, &w, &[(&zero, "f64")], |f, o, acc| {
                let wv = f.load("%w6", ch, o);
                let wv = ext(f, &wv);
                let av = f.val(format!("memref.load {a}[{o}] : {V64}"));
                let p = f.bin("mulf", &wv, &av, "f64");
                vec![f.bin("addf", &acc[0], &p, "f64")]
            });
            let y = match &window_t {
                Some(tv) => {
                    let dv = f.load("%deltas", &c0, ch);
                    let dv = ext(f, &dv);
                    let ad = f.val(format!("math.absf {dv} : f64"));
                    let prod = f.bin("mulf", tv, &ad, "f64");
                    let neg = f.val(format!("arith.negf {prod} : f64"));
                    let ex = f.val(format!("math.exp {neg} : f64"));
                    let sh = f.f64(shift);
                    let win = f.bin("addf", &ex, &sh, "f64");
                    f.bin("mulf", &h[0], &win, "f64")
                }
                None => h[0].clone(),
            };
            let y = f.trunc(&y);
            if lag_major {
                f.store(&y, "%out", tau, ch);
            } else {
                f.store(&y, "%out", ch, tau);
            }
        });
    });
    f.finish(&[format!("{a} : {V64}"), format!("{b} : {V64}")])
}
/// `strided_rows(a [R, C], out [count, C])`: `out[j] = a[offset + j·stride]` at load time.
pub fn init_strided_rows_kernel(
    offset: usize,
    stride: usize,
    count: usize,
    device: Device,
) -> String {
    let name = init_strided_rows(offset, stride, count);
    let mut f = FuncBuilder::new(&name, &[("a", MEM), ("out", MEM)], device);
    let (rows, cols) = (f.dim("%out", 0), f.dim("%out", 1));
    let (off, st) = (f.idx(offset), f.idx(stride));
    f.parallel(&[rows, cols], |f, iv| {
        let r = f.muli(&iv[0], &st);
        let r = f.addi(&r, &off);
        let v = f.load("%a", &r, &iv[1]);
        f.store(&v, "%out", &iv[0], &iv[1]);
    });
    f.finish(&[])
}
/// `reverse_taps(a [R, K], out [R, K])`: each row reversed at load time.
pub fn init_reverse_taps_kernel(device: Device) -> String {
    let mut f = FuncBuilder::new(INIT_REVERSE_TAPS, &[("a", MEM), ("out", MEM)], device);
    let (rows, k) = (f.dim("%a", 0), f.dim("%a", 1));
    let c1 = f.idx(1);
    let last = f.subi(&k, &c1);
    f.parallel(&[rows, k], |f, iv| {
        let src = f.subi(&last, &iv[1]);
        let v = f.load("%a", &iv[0], &src);
        f.store(&v, "%out", &iv[0], &iv[1]);
    });
    f.finish(&[])
}
/// `filter_prefix(a [R, K], out [R, len])`: the first `len` lags of each row at load time.
pub fn init_filter_prefix_kernel(len: usize, device: Device) -> String {
    let mut f = FuncBuilder::new(
        &init_filter_prefix(len),
        &[("a", MEM), ("out", MEM)],
        device,
    );
    let (rows, cols) = (f.dim("%out", 0), f.dim("%out", 1));
    f.parallel(&[rows, cols], |f, iv| {
        let v = f.load("%a", &iv[0], &iv[1]);
        f.store(&v, "%out", &iv[0], &iv[1]);
    });
    f.finish(&[])
}
