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
