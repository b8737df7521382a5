//! Normalisation: the inverse RMS of a row and normalised rows, for the norm kernels and the
//! prologues of fused matrix products; a row's mean and inverse deviation for LayerNorm.

use super::*;

/// `1 / r` for row `t` of `x` (width `k`), per the RMSNorm convention.
pub(crate) fn inv_rms(
    f: &mut FuncBuilder,
    x: &str,
    t: &str,
    k: usize,
    eps: f64,
    style: NormStyle,
) -> String {
    let (c0, kk) = (f.idx(0), f.idx(k));
    let zero = f.fconst(0.0);
    let ss = f.for_acc(&c0, &kk, &[(&zero, f.acc())], |f, j, acc| {
        let v = f.load(x, t, j);
        let sq = f.mulf(&v, &v);
        vec![f.addf_acc(&acc[0], &sq)]
    });
    let n = f.fconst(k as f64);
    let ms = f.divf(&ss[0], &n);
    let e = f.fconst(eps);
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
    let one = f.fconst(1.0);
    f.divf(&one, &r)
}
/// The mean of row `t` of `x` (width `k`) and `1/sqrt(var + eps)` with the biased variance
/// (LayerNorm; two passes, so that the variance does not cancel).
pub(crate) fn mean_inv_std(
    f: &mut FuncBuilder,
    x: &str,
    t: &str,
    k: usize,
    eps: f64,
) -> (String, String) {
    let (c0, kk) = (f.idx(0), f.idx(k));
    let zero = f.fconst(0.0);
    let sum = f.for_acc(&c0, &kk, &[(&zero, f.acc())], |f, j, acc| {
        let v = f.load(x, t, j);
        vec![f.addf_acc(&acc[0], &v)]
    });
    let n = f.fconst(k as f64);
    let mean = f.divf(&sum[0], &n);
    let ss = f.for_acc(&c0, &kk, &[(&zero, f.acc())], |f, j, acc| {
        let v = f.load(x, t, j);
        let d = f.subf(&v, &mean);
        let sq = f.mulf(&d, &d);
        vec![f.addf_acc(&acc[0], &sq)]
    });
    let var = f.divf(&ss[0], &n);
    let e = f.fconst(eps);
    let s = f.addf(&var, &e);
    let r = f.math("sqrt", &s);
    let one = f.fconst(1.0);
    (mean, f.divf(&one, &r))
}
/// CPU: normalises every row of `%a0` with scale `%a1` into a scratch `[L, k]` and returns it.
/// GPU: returns `%a0`; each thread normalises on the fly ([`normed_dot`]).
pub(crate) fn normalized_rows(
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
