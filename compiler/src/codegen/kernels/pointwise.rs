//! Elementwise kernels and the MLP activations (vectorised with the generated exp).

use super::*;

/// The rows `[l·index/count, l·(index+1)/count)` of one share of a row-split kernel.
pub(crate) fn row_share(f: &mut FuncBuilder, l: &str, share: &Share) -> Rows {
    let bound = |f: &mut FuncBuilder, i: &str| {
        let prod = f.muli(l, i);
        f.val(format!("arith.divui {prod}, {} : index", share.count))
    };
    let start = bound(f, &share.index);
    let c1 = f.idx(1);
    let next = f.addi(&share.index, &c1);
    let end = bound(f, &next);
    Rows { start, end }
}
/// A CPU element-wise kernel over this share's rows, `fft::LANES` columns at a time:
/// `vector(f, t, j)` gives the lanes of columns `j…j+15` (`c` a multiple of 16). Element-wise
/// kernels are memory-bound, so they run on every core and move vectors: at L = 8192,
/// D = 512 the scalar single-thread loop took 3.2 ns per residual-add element.
pub(crate) fn elementwise_vectors(
    f: &mut FuncBuilder,
    l: &str,
    c: usize,
    share: &Share,
    vector: impl Fn(&mut FuncBuilder, &str, &str) -> String,
) {
    debug_assert!(c.is_multiple_of(fft::LANES));
    let rows = row_share(f, l, share);
    let (c0, cc, lanes) = (f.idx(0), f.idx(c), f.idx(fft::LANES));
    f.for_(&rows.start, &rows.end, |f, t| {
        f.for_step(&c0, &cc, &lanes, |f, j| {
            let v = vector(f, t, j);
            fft::vwrite(f, &v, "%out", t, j);
        });
    });
}
/// A CPU element-wise kernel over this share's rows: by [`elementwise_vectors`] when
/// `vectors` holds (`c` a multiple of 16 and the sources contiguous in 16s), else one element
/// at a time. `vector` and `scalar` compute the same value, a lane group and an element.
pub(crate) fn elementwise_share(
    f: &mut FuncBuilder,
    (l, c, share): (&str, usize, &Share),
    vectors: bool,
    vector: impl Fn(&mut FuncBuilder, &str, &str) -> String,
    scalar: impl Fn(&mut FuncBuilder, &str, &str) -> String,
) {
    if vectors && c.is_multiple_of(fft::LANES) {
        elementwise_vectors(f, l, c, share, vector);
    } else {
        elementwise_rows(f, l, c, share, scalar);
    }
}
/// A CPU element-wise kernel over this share's rows, one element at a time.
pub(crate) fn elementwise_rows(
    f: &mut FuncBuilder,
    l: &str,
    c: usize,
    share: &Share,
    value: impl Fn(&mut FuncBuilder, &str, &str) -> String,
) {
    let rows = row_share(f, l, share);
    let (c0, cc) = (f.idx(0), f.idx(c));
    f.for_(&rows.start, &rows.end, |f, t| {
        f.for_(&c0, &cc, |f, j| {
            let v = value(f, t, j);
            f.store(&v, "%out", t, j);
        });
    });
}
pub(crate) fn elementwise(
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
pub(crate) fn vactivation(f: &mut FuncBuilder, x: &str, kind: MlpActivation) -> String {
    let n = fft::LANES;
    let vt = f.vec(n);
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
        MlpActivation::GeluTanh => {
            // x/2 · (1 + tanh u) = x / (1 + exp(−2u)), u = √(2/π)(x + 0.044715 x³).
            let x2 = f.bin("mulf", x, x, &vt);
            let c = f.vsplat(n, 0.044715);
            let cx2 = f.bin("mulf", &c, &x2, &vt);
            let inner = f.val(format!("math.fma {cx2}, {x}, {x} : {vt}"));
            let k = f.vsplat(n, -2.0 * (2.0 / std::f64::consts::PI).sqrt());
            let arg = f.bin("mulf", &k, &inner, &vt);
            let e = f.vexp(n, &arg);
            let den = f.bin("addf", &one, &e, &vt);
            f.bin("divf", x, &den, &vt)
        }
        MlpActivation::Identity => x.to_string(),
    }
}
pub(crate) fn activation(f: &mut FuncBuilder, x: &str, kind: MlpActivation) -> String {
    let one = f.fconst(1.0);
    match kind {
        MlpActivation::Silu => {
            let zero = f.fconst(0.0);
            let neg = f.subf(&zero, x);
            let e = f.math("exp", &neg);
            let den = f.addf(&one, &e);
            f.divf(x, &den)
        }
        MlpActivation::Gelu => {
            let s = f.fconst(std::f64::consts::FRAC_1_SQRT_2);
            let half = f.fconst(0.5);
            let a = f.mulf(x, &s);
            let e = f.math("erf", &a);
            let p = f.addf(&one, &e);
            let h = f.mulf(x, &half);
            f.mulf(&h, &p)
        }
        MlpActivation::GeluTanh => {
            let x3 = f.mulf(x, x);
            let x3 = f.mulf(&x3, x);
            let c = f.fconst(0.044715);
            let cx3 = f.mulf(&c, &x3);
            let inner = f.addf(x, &cx3);
            let k = f.fconst(-2.0 * (2.0 / std::f64::consts::PI).sqrt());
            let arg = f.mulf(&k, &inner);
            let e = f.math("exp", &arg);
            let den = f.addf(&one, &e);
            f.divf(x, &den)
        }
        MlpActivation::Identity => x.to_string(),
    }
}
