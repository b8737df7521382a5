//! The generated CPU FFT of one contiguous transform at a time, vectorised inside the
//! transform (the lane-batched kernel of the parent module computes 16 transforms side by
//! side, so its working set is 16 transforms; this one's is one, as for FFT libraries).
//!
//! `n = n1·n2`, both multiples of 16, is read as the matrix `[n1, n2]` (row `i1`, column `i2`):
//! 1. the columns, 16 at a time (one per lane), are transformed (length n1) in cache;
//! 2. each result row `k1` is multiplied by `w_n^(i2·k1)` — lane-wise twiddles, the product
//!    of a broadcast `w_n^(16·cb·k1)` and a vector `w_n^(lane·k1)` — and 16×16 tiles are
//!    transposed by shuffles into `T = [n2, n1]`;
//! 3. the columns of `T`, 16 at a time, are transformed (length n2): output `k1 + n1·k2` is
//!    row `k2`, column `k1` of the `[n2, n1]` output.

use super::{
    cmul, cmul_tw, cpu_radices, fft_stages, fill_powers, fill_stage_twiddles, load_twiddle,
    twiddle_len, Cx, Lanes, FFT_KERNEL_ARGS, LANES, PAD_ROWS, VT,
};
use crate::codegen::builder::{Device, FuncBuilder, MEM};

/// Columns after each row of `T` so that its columns are not read at a multiple of 4 KiB.
const T_PAD_COLS: usize = 16;

/// How a contiguous transform of length `n` is split (`n1 ≥ n2`, both multiples of 16).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContiguousPlan {
    pub n1: usize,
    pub rad1: Vec<usize>,
    pub n2: usize,
    pub rad2: Vec<usize>,
}

impl ContiguousPlan {
    /// The plan for `n`: None unless `n` is a multiple of 256 and 2^a·3^b·5^c.
    pub fn new(n: usize) -> Option<ContiguousPlan> {
        if n == 0 || !n.is_multiple_of(LANES * LANES) {
            return None;
        }
        let m = n / (LANES * LANES);
        // n1 = 16·a, n2 = 16·(m/a), a the divisor of m nearest √m from above.
        let a = (1..=m)
            .filter(|d| m.is_multiple_of(*d) && d * d >= m)
            .min()?;
        let (n1, n2) = (LANES * a, LANES * (m / a));
        Some(ContiguousPlan {
            n1,
            rad1: cpu_radices(n1)?,
            n2,
            rad2: cpu_radices(n2)?,
        })
    }

    /// The transform's length.
    pub fn len(&self) -> usize {
        self.n1 * self.n2
    }

    /// Whether the transform is empty (never).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Table entries: stage twiddles of both lengths, `w_n^(16·cb·k1)` (`[n2/16, n1]`), then
    /// `w_n^(lane·k1)` (`[n1, 16]`).
    fn offsets(&self) -> (usize, usize, usize, usize) {
        let off2 = twiddle_len(&self.rad1);
        let off_s = off2 + twiddle_len(&self.rad2);
        let off_v = off_s + self.n1 * (self.n2 / LANES);
        (off2, off_s, off_v, off_v + self.n1 * LANES)
    }

    /// Entries of the twiddle table `[TABLE_ROWS, table_len]`.
    pub fn table_len(&self) -> usize {
        self.offsets().3
    }

    fn fill(&self, f: &mut FuncBuilder, table: &str) {
        let (off2, off_s, off_v, _) = self.offsets();
        let n = self.len();
        fill_stage_twiddles(f, &self.rad1, 0, table);
        fill_stage_twiddles(f, &self.rad2, off2, table);
        fill_powers(f, (self.n2 / LANES, self.n1), n / LANES, off_s, table);
        fill_powers(f, (self.n1, LANES), n, off_v, table);
    }
}

/// A CPU kernel `@name(tw)` filling the table of [`contiguous_fft_kernel`] for length `n`.
pub fn contiguous_twiddle_kernel(name: &str, n: usize) -> Option<String> {
    let plan = ContiguousPlan::new(n)?;
    let mut f = FuncBuilder::new(name, &[("tw", MEM)], Device::Cpu);
    plan.fill(&mut f, "%tw");
    Some(f.finish(&[]))
}

/// The shuffle masks that exchange blocks of `d` lanes between rows `i` and `i + d` (one
/// round of the 16×16 transpose): the first result takes the even blocks of both rows, the
/// second the odd ones.
pub fn transpose_masks(d: usize) -> ([usize; LANES], [usize; LANES]) {
    let (mut lo, mut hi) = ([0; LANES], [0; LANES]);
    for pos in 0..LANES {
        let (block, t) = (pos / (2 * d), pos % (2 * d));
        let (src, t) = if t < d { (0, t) } else { (LANES, t - d) };
        lo[pos] = src + 2 * d * block + t;
        hi[pos] = src + 2 * d * block + d + t;
    }
    (lo, hi)
}

/// The 16×16 transpose of 16 row vectors: four rounds of two-source shuffles.
fn transpose16(f: &mut FuncBuilder, rows: &[String]) -> Vec<String> {
    let mut m = rows.to_vec();
    for d in [8, 4, 2, 1] {
        let (lo, hi) = transpose_masks(d);
        let list = |mask: [usize; LANES]| {
            mask.iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (lo, hi) = (list(lo), list(hi));
        let mut next = m.clone();
        for i in (0..LANES).filter(|i| i & d == 0) {
            let (a, b) = (&m[i], &m[i + d]);
            next[i] = f.val(format!("vector.shuffle {a}, {b} [{lo}] : {VT}, {VT}"));
            next[i + d] = f.val(format!("vector.shuffle {a}, {b} [{hi}] : {VT}, {VT}"));
        }
        m = next;
    }
    m
}

/// A CPU kernel `@name(xr, xi, yr, yi, tw)`: complex FFTs of length `n` (a multiple of 256),
/// one contiguous transform per `n` values. The buffers are passed as matrices: `x` as
/// `[B·n1, n2]` and `y` as `[B·n2, n1]` for `B` transforms (the same contiguous memory as
/// `[B, n]`; `n1`, `n2` from [`ContiguousPlan`]). `tw` is the table
/// [`contiguous_twiddle_kernel`] fills. Used by the benchmarks and tests.
pub fn contiguous_fft_kernel(name: &str, n: usize, inverse: bool) -> Option<String> {
    let plan = ContiguousPlan::new(n)?;
    let mut func = FuncBuilder::new(name, &FFT_KERNEL_ARGS, Device::Cpu);
    let mut dealloc = Vec::new();
    contiguous_fft_body(&mut func, &plan, inverse, &mut dealloc);
    Some(func.finish(&dealloc))
}

fn contiguous_fft_body(
    f: &mut FuncBuilder,
    plan: &ContiguousPlan,
    inverse: bool,
    dealloc: &mut Vec<String>,
) {
    let ContiguousPlan { n1, rad1, n2, rad2 } = plan;
    let (n1, n2) = (*n1, *n2);
    let (off2, off_s, off_v, _) = plan.offsets();
    // In-cache buffers a, b, c ([n1 or n2, 16], re and im), and T = [n2, n1 + pad].
    let s = n1.max(n2);
    let work = f.scratch_sized("", 6 * (s + PAD_ROWS), LANES, dealloc);
    let tr = f.scratch_sized("", n2, n1 + T_PAD_COLS, dealloc);
    let ti = f.scratch_sized("", n2, n1 + T_PAD_COLS, dealloc);
    let c0 = f.idx(0);
    let pair_at = |f: &mut FuncBuilder, k: usize| Lanes {
        re: work.clone(),
        im: work.clone(),
        off_re: f.idx(2 * k * (s + PAD_ROWS)),
        off_im: f.idx((2 * k + 1) * (s + PAD_ROWS)),
        stride: 1,
        col: c0.clone(),
    };
    let (a, b, c) = (pair_at(f, 0), pair_at(f, 1), pair_at(f, 2));
    let rows = f.dim("%xr", 0);
    let n1c = f.idx(n1);
    let count = f.val(format!("arith.divui {rows}, {n1c} : index"));
    let (n2c, lanes) = (f.idx(n2), f.idx(LANES));
    let (blocks1, blocks2) = (f.idx(n2 / LANES), f.idx(n1 / LANES));
    let (off_sc, off_vc) = (f.idx(off_s), f.idx(off_v));
    let (c1, c2) = (f.idx(1), f.idx(2));
    f.for_(&c0, &count, |f, t| {
        // Step 1: the columns 16·cb … 16·cb + 15, then twiddles and transposed tiles into T.
        let first_x = f.muli(t, &n1c);
        f.for_(&c0, &blocks1, |f, cb| {
            let col = f.muli(cb, &lanes);
            let src = Lanes {
                re: "%xr".into(),
                im: "%xi".into(),
                off_re: first_x.clone(),
                off_im: first_x.clone(),
                stride: 1,
                col: col.clone(),
            };
            fft_stages(f, n1, rad1, 0, &src, &c, (&a, &b), inverse, "%tw", None);
            let s_row = f.muli(cb, &n1c);
            let s_row = f.addi(&s_row, &off_sc);
            f.for_(&c0, &blocks2, |f, kb| {
                let k0 = f.muli(kb, &lanes);
                let (mut re, mut im) = (Vec::new(), Vec::new());
                for r in 0..LANES {
                    let rc = f.idx(r);
                    let k1 = f.addi(&k0, &rc);
                    let v = c.load(f, &k1);
                    // w_n^(16·cb·k1) (broadcast) · w_n^(lane·k1) (vector).
                    let si = f.addi(&s_row, &k1);
                    let ws = load_twiddle(f, "%tw", &si, inverse);
                    let vi = f.muli(&k1, &lanes);
                    let vi = f.addi(&vi, &off_vc);
                    let sin_row = if inverse { &c2 } else { &c1 };
                    let wv: Cx = (
                        f.val(format!("vector.load %tw[{c0}, {vi}] : {MEM}, {VT}")),
                        f.val(format!("vector.load %tw[{sin_row}, {vi}] : {MEM}, {VT}")),
                    );
                    let w = cmul_tw(f, &wv, &ws);
                    let (x, y) = cmul(f, &v, &w);
                    re.push(x);
                    im.push(y);
                }
                let (re, im) = (transpose16(f, &re), transpose16(f, &im));
                for j in 0..LANES {
                    let jc = f.idx(j);
                    let row = f.addi(&col, &jc);
                    f.emit(format!(
                        "vector.store {}, {tr}[{row}, {k0}] : {MEM}, {VT}",
                        re[j]
                    ));
                    f.emit(format!(
                        "vector.store {}, {ti}[{row}, {k0}] : {MEM}, {VT}",
                        im[j]
                    ));
                }
            });
        });
        // Step 2: the columns of T, 16 at a time, to rows k2 of the output.
        let first_y = f.muli(t, &n2c);
        f.for_(&c0, &blocks2, |f, kb| {
            let col = f.muli(kb, &lanes);
            let src = Lanes {
                re: tr.clone(),
                im: ti.clone(),
                off_re: c0.clone(),
                off_im: c0.clone(),
                stride: 1,
                col: col.clone(),
            };
            let dst = Lanes {
                re: "%yr".into(),
                im: "%yi".into(),
                off_re: first_y.clone(),
                off_im: first_y.clone(),
                stride: 1,
                col,
            };
            fft_stages(
                f,
                n2,
                rad2,
                off2,
                &src,
                &dst,
                (&a, &b),
                inverse,
                "%tw",
                None,
            );
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_rounds_of_the_masks_transpose_16_by_16() {
        let mut m: Vec<Vec<usize>> = (0..LANES)
            .map(|r| (0..LANES).map(|c| r * LANES + c).collect())
            .collect();
        for d in [8, 4, 2, 1] {
            let (lo, hi) = transpose_masks(d);
            let mut next = m.clone();
            for i in (0..LANES).filter(|i| i & d == 0) {
                let pick = |mask: [usize; LANES]| -> Vec<usize> {
                    mask.iter()
                        .map(|&x| {
                            if x < LANES {
                                m[i][x]
                            } else {
                                m[i + d][x - LANES]
                            }
                        })
                        .collect()
                };
                next[i] = pick(lo);
                next[i + d] = pick(hi);
            }
            m = next;
        }
        for (r, row) in m.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                assert_eq!(v, c * LANES + r, "({r}, {c})");
            }
        }
    }

    #[test]
    fn plans_split_into_multiples_of_16_near_the_square_root() {
        let p = ContiguousPlan::new(65536).unwrap();
        assert_eq!((p.n1, p.n2), (256, 256));
        let p = ContiguousPlan::new(15360).unwrap();
        assert_eq!((p.n1, p.n2), (160, 96));
        assert_eq!(ContiguousPlan::new(1000), None);
        assert_eq!(ContiguousPlan::new(256 * 7), None);
    }
}
