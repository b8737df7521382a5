//! The causal FIR of a filter as long as the sequence (a Hyena filter of `l_max` taps) on the
//! CPU, as a direct convolution that keeps its whole input history: decoding the token at
//! position p costs O(min(p, K)·C), and the history grows with the position as a key/value
//! cache does (`StateKind::History`) instead of holding `K − 1` rows from the first token.

use super::*;

/// Taps above which a bias-free causal FIR is a long FIR: its CPU kernel reads the taps
/// transposed (`[K, C]`, a row per lag) and, when stateful, keeps the growing history. The
/// short filters of every family (3, 7 and 128 taps) stay below it.
pub const LONG_FIR_TAPS: usize = 256;

/// Whether `op` is a long FIR ([`LONG_FIR_TAPS`]).
pub fn is_long_fir(op: &Op) -> bool {
    matches!(op, Op::ShortConv { kernel, bias: false } if *kernel > LONG_FIR_TAPS)
}

/// `out[t, j] = Σ_{s=0}^{min(p, K−1)} w[K−1−s, j] · x[p−s, j]` with `p = pos + t`, `x` the
/// history (rows `< pos`, from `hist` `[pos + L, C]`) followed by the call's input `z`
/// `[L, C]`, and `w` the reversed taps transposed (`[K, C]`). Without `hist`, pos = 0. By
/// vectors of 16 channels over this share's channel groups (a decode step of one row still
/// splits), each share then appending its channels of `z` to the history: the reads of the
/// history stop below `pos` and the writes start there, so shares never overlap.
#[allow(clippy::too_many_arguments)]
pub(crate) fn long_fir(
    f: &mut FuncBuilder,
    l: &str,
    c: usize,
    k: usize,
    (z, w, out): (&str, &str, &str),
    hist: Option<&str>,
    share: &Share,
) {
    let groups = c.div_ceil(fft::LANES);
    let (c0, c1) = (f.idx(0), f.idx(1));
    let gc = f.idx(groups);
    let bound = |f: &mut FuncBuilder, i: &str| {
        let x = f.muli(i, &gc);
        f.val(format!("arith.divui {x}, {} : index", share.count))
    };
    let g0 = bound(f, &share.index);
    let i1 = f.addi(&share.index, &c1);
    let g1 = bound(f, &i1);
    let pos = match hist {
        Some(h) => {
            let rows = f.dim(h, 0);
            f.subi(&rows, l)
        }
        None => c0.clone(),
    };
    let (kk, last, lanes) = (f.idx(k), f.idx(k - 1), f.idx(fft::LANES));
    let vt = f.vec(fft::LANES);
    f.for_(&g0, &g1, |f, g| {
        let col = f.muli(g, &lanes);
        f.for_(&c0, l, |f, t| {
            let p = f.addi(&pos, t);
            let p1 = f.addi(&p, &c1);
            let n = f.mini(&p1, &kk);
            // Lags [0, min(n, t + 1)) read the call's rows, [t + 1, n) the history.
            let t1 = f.addi(t, &c1);
            let nz = f.mini(&n, &t1);
            let zero = f.vzero(fft::LANES);
            let tap = |f: &mut FuncBuilder, src: &str, s: &str, row: &str, acc: &str| {
                let lag = f.subi(&last, s);
                let wv = fft::vread(f, w, &lag, &col);
                let xv = fft::vread(f, src, row, &col);
                f.val(format!("math.fma {wv}, {xv}, {acc} : {vt}"))
            };
            let from_z = |f: &mut FuncBuilder, s: &str, acc: &str| {
                let row = f.subi(t, s);
                tap(f, z, s, &row, acc)
            };
            let acc = blocked_sum(f, (&c0, &nz), &zero, &vt, &from_z);
            let acc = match hist {
                Some(h) => {
                    let from_h = |f: &mut FuncBuilder, s: &str, acc: &str| {
                        let row = f.subi(&p, s);
                        tap(f, h, s, &row, acc)
                    };
                    blocked_sum(f, (&nz, &n), &acc, &vt, &from_h)
                }
                None => acc,
            };
            fft::vwrite(f, &acc, out, t, &col);
        });
        if let Some(h) = hist {
            f.for_(&c0, l, |f, t| {
                let v = fft::vread(f, z, t, &col);
                let row = f.addi(&pos, t);
                fft::vwrite(f, &v, h, &row, &col);
            });
        }
    });
}

/// Lags summed before their sum joins the total: the f32 rounding of a sum of n taps then
/// grows with about `SUM_BLOCK + n / SUM_BLOCK` terms instead of n (the hyenadna-long
/// fixture decoded: 7.1e-6 with one running sum, 2.2e-6 by blocks).
const SUM_BLOCK: usize = 64;

/// `init + Σ_{s ∈ [lo, hi)} term(s)` by blocks of [`SUM_BLOCK`] lags, `term(f, s, acc)`
/// returning `acc` plus lag `s`'s product.
fn blocked_sum(
    f: &mut FuncBuilder,
    (lo, hi): (&str, &str),
    init: &str,
    vt: &str,
    term: &dyn Fn(&mut FuncBuilder, &str, &str) -> String,
) -> String {
    let step = f.idx(SUM_BLOCK);
    let zero = f.vzero(fft::LANES);
    f.for_acc_step(lo, hi, &step, &[(init, vt)], |f, b, total| {
        let end = f.addi(b, &step);
        let end = f.mini(&end, hi);
        let part = f.for_acc(b, &end, &[(&zero, vt)], |f, s, acc| {
            vec![term(f, s, &acc[0])]
        });
        vec![f.bin("addf", &total[0], &part[0], vt)]
    })[0]
        .clone()
}
