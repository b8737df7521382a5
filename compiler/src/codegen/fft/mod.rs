//! Generated FFTs (nothing at run time calls an FFT library).
//!
//! - CPU: a lane-batched Stockham autosort FFT, mixed radix 16, 8, 4, 2, 3, 5. Buffers are `[n, W]`
//!   (row = time or frequency index): the 16 lanes of a `vector<16xf32>` hold 16 transforms side
//!   by side, so every butterfly is whole-vector arithmetic on contiguous rows and the twiddles
//!   are broadcast scalars. The convolution packs two real channels into one complex transform
//!   (real parts: channels `c…c+16`, imaginary parts: `c+16…c+32`) and separates their spectra
//!   with the Hermitian symmetry, so a real transform costs half a complex one.
//! - CPU, one transform at a time (module `contiguous`): vectorised inside the transform; its
//!   working set is one transform instead of 16 (benchmarked and tested; not yet used by the
//!   convolution).
//! - GPU: `fft_channel` over channel-major `[D, n]` buffers, scalar, twiddles from
//!   `sin`/`cos` — by one thread, or by the 128 threads of a block, one phase per stage.
//!
//! Transforms longer than 2048 are split in two (four-step) so that their stages run in cache.
//! The twiddle table `[3, len]` (cos, sin, −sin of the forward twiddles) is filled once per
//! call by an f64 recurrence (a libm call per entry would cost more than the transform).

use super::builder::{Device, FuncBuilder, MEM};

mod contiguous;
pub use contiguous::{contiguous_fft_kernel, contiguous_twiddle_kernel, ContiguousPlan};

/// Transforms computed side by side on the CPU, one per vector lane.
pub const LANES: usize = 16;
const VT: &str = "vector<16xf32>";

/// Longest transform done in one pass of Stockham stages; longer ones are split in two
/// (four-step) so that every stage runs on data that stays in the L2 cache.
const ONE_PASS_MAX: usize = 2048;

/// Rows left between the buffers of a workspace so that they do not start at the same offset
/// modulo 4 KiB (loads and stores 4 KiB apart falsely depend on each other).
const PAD_ROWS: usize = 13;

/// Rows after each row of the four-step intermediate (`[n1, n2 + T_PAD]`): its columns are read
/// with a stride that is then not a multiple of 4 KiB (all in one L1 set otherwise).
const T_PAD: usize = 1;

/// The radices of `n` for the scalar (GPU) FFT: 8s, then 4, 2, 3 and 5 (None for other
/// factors). Larger radices mean fewer passes over the data.
pub fn radices(n: usize) -> Option<Vec<usize>> {
    radices_from(n, &[8, 4, 2, 3, 5])
}

/// The radices of `n` for the lane-batched CPU FFT: 16s first (a stage is a pass over the data
/// in memory; 32 vector registers hold a radix-16 butterfly), then 8, 4, 2, 3, 5.
pub fn cpu_radices(n: usize) -> Option<Vec<usize>> {
    radices_from(n, &[16, 8, 4, 2, 3, 5])
}

fn radices_from(n: usize, order: &[usize]) -> Option<Vec<usize>> {
    let mut m = n;
    let mut out = Vec::new();
    for &r in order {
        while m > 1 && m.is_multiple_of(r) {
            out.push(r);
            m /= r;
        }
    }
    (m == 1).then_some(out)
}

/// Entries of one transform's stage twiddles: Σ over stages of `ns · (r − 1)` (fewer than `n`).
pub fn twiddle_len(rad: &[usize]) -> usize {
    let mut ns = 1;
    let mut total = 0;
    for &r in rad {
        total += ns * (r - 1);
        ns *= r;
    }
    total
}

/// How the CPU computes a transform of length `n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FftPlan {
    /// Stockham stages over the whole transform.
    OnePass { n: usize, rad: Vec<usize> },
    /// Four-step: `n2` transforms of length `n1` over rows `n2·i1 + i2`, the twiddles
    /// `w_n^(i2·k1)`, then `n1` transforms of length `n2`; the result lands at `k1 + n1·k2`.
    FourStep {
        n1: usize,
        rad1: Vec<usize>,
        n2: usize,
        rad2: Vec<usize>,
    },
}

impl FftPlan {
    /// The plan for length `n` (None unless `n` is 2^a·3^b·5^c).
    pub fn new(n: usize) -> Option<FftPlan> {
        let rad = cpu_radices(n)?;
        if n <= ONE_PASS_MAX {
            return Some(FftPlan::OnePass { n, rad });
        }
        // n1: the divisor of n nearest √n from above (n2 = n / n1 ≤ n1).
        let n1 = (1..=n)
            .filter(|d| n.is_multiple_of(*d) && d * d >= n)
            .min()
            .expect("n divides itself");
        let n2 = n / n1;
        Some(FftPlan::FourStep {
            n1,
            rad1: cpu_radices(n1)?,
            n2,
            rad2: cpu_radices(n2)?,
        })
    }

    /// The transform's length.
    pub fn len(&self) -> usize {
        match self {
            FftPlan::OnePass { n, .. } => *n,
            FftPlan::FourStep { n1, n2, .. } => n1 * n2,
        }
    }

    /// Whether the transform is empty (never: lengths are at least 1).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entries of the twiddle table `[TABLE_ROWS, table_len]`: the stage twiddles of each sub-transform,
    /// then (four-step) the `n` twiddles between the two steps.
    pub fn table_len(&self) -> usize {
        match self {
            FftPlan::OnePass { rad, .. } => twiddle_len(rad).max(1),
            FftPlan::FourStep { rad1, rad2, .. } => {
                twiddle_len(rad1) + twiddle_len(rad2) + self.len()
            }
        }
    }

    /// Length of the longest sub-transform (the size of the in-cache buffers).
    fn sub_len(&self) -> usize {
        match self {
            FftPlan::OnePass { n, .. } => *n,
            FftPlan::FourStep { n1, n2, .. } => *n1.max(n2),
        }
    }

    /// Fills the table (`[TABLE_ROWS, table_len]`: cos, sin, −sin of forward twiddles).
    fn fill(&self, f: &mut FuncBuilder, table: &str) {
        match self {
            FftPlan::OnePass { rad, .. } => fill_stage_twiddles(f, rad, 0, table),
            FftPlan::FourStep { n1, rad1, n2, rad2 } => {
                let off2 = twiddle_len(rad1);
                fill_stage_twiddles(f, rad1, 0, table);
                fill_stage_twiddles(f, rad2, off2, table);
                let base = off2 + twiddle_len(rad2);
                fill_powers(f, (*n2, *n1), n1 * n2, base, table);
            }
        }
    }
}

/// `a · b` of f64 complex scalars.
fn cmul64(f: &mut FuncBuilder, a: (&str, &str), b: (&str, &str)) -> (String, String) {
    let rr = f.bin("mulf", a.0, b.0, "f64");
    let ii = f.bin("mulf", a.1, b.1, "f64");
    let ri = f.bin("mulf", a.0, b.1, "f64");
    let ir = f.bin("mulf", a.1, b.0, "f64");
    (
        f.bin("subf", &rr, &ii, "f64"),
        f.bin("addf", &ri, &ir, "f64"),
    )
}

/// Rows of the twiddle table: cos, sin and −sin of each entry (the inverse transform reads
/// its conjugate twiddles by swapping the last two; no negation in the kernels).
pub const TABLE_ROWS: usize = 3;

/// Stores the f64 complex `p` as f32 at entry `idx` of the table (cos, sin, −sin).
fn store_twiddle(f: &mut FuncBuilder, p: (&str, &str), table: &str, idx: &str) {
    let (c0, c1, c2) = (f.idx(0), f.idx(1), f.idx(2));
    let (c, s) = (f.trunc(p.0), f.trunc(p.1));
    let ns = f.val(format!("arith.negf {s} : f32"));
    f.store(&c, table, &c0, idx);
    f.store(&s, table, &c1, idx);
    f.store(&ns, table, &c2, idx);
}

/// Stage twiddles `w^(jm·q)`, `w = e^(−2πi/(ns·r))`, stage by stage from entry `base`: entry
/// `off + jm·(r − 1) + q − 1`. Powers by an f64 recurrence (error ~ns·1e-16, far below f32
/// rounding; a libm call per entry would cost more than the transform).
fn fill_stage_twiddles(f: &mut FuncBuilder, rad: &[usize], base: usize, table: &str) {
    let c0 = f.idx(0);
    let (one, zero) = (f.f64(1.0), f.f64(0.0));
    let mut ns = 1;
    let mut off = base;
    for &r in rad {
        let nsc = f.idx(ns);
        let (offc, rm1) = (f.idx(off), f.idx(r - 1));
        let th = -2.0 * std::f64::consts::PI / (ns * r) as f64;
        let (bc, bs) = (f.f64(th.cos()), f.f64(th.sin()));
        f.for_acc(&c0, &nsc, &[(&one, "f64"), (&zero, "f64")], |f, jm, w| {
            let first = f.muli(jm, &rm1);
            let first = f.addi(&first, &offc);
            let mut p = (w[0].clone(), w[1].clone());
            for q in 1..r {
                let qo = f.idx(q - 1);
                let idx = f.addi(&first, &qo);
                store_twiddle(f, (&p.0, &p.1), table, &idx);
                if q + 1 < r {
                    p = cmul64(f, (&p.0, &p.1), (&w[0], &w[1]));
                }
            }
            let next = cmul64(f, (&w[0], &w[1]), (&bc, &bs));
            vec![next.0, next.1]
        });
        off += ns * (r - 1);
        ns *= r;
    }
}

/// The powers `w_n^(o·i)` for `o < outer`, `i < inner` at entry `base + o·inner + i` (the
/// four-step twiddles `w_n^(i2·k1)`: outer = n2, inner = n1).
fn fill_powers(
    f: &mut FuncBuilder,
    (outer, inner): (usize, usize),
    n: usize,
    base: usize,
    table: &str,
) {
    let c0 = f.idx(0);
    let (one, zero) = (f.f64(1.0), f.f64(0.0));
    let (n1c, n2c, basec) = (f.idx(inner), f.idx(outer), f.idx(base));
    let th = -2.0 * std::f64::consts::PI / n as f64;
    let (bc, bs) = (f.f64(th.cos()), f.f64(th.sin()));
    f.for_acc(&c0, &n2c, &[(&one, "f64"), (&zero, "f64")], |f, i2, w| {
        let row = f.muli(i2, &n1c);
        let row = f.addi(&row, &basec);
        f.for_acc(&c0, &n1c, &[(&one, "f64"), (&zero, "f64")], |f, k1, p| {
            let idx = f.addi(&row, k1);
            store_twiddle(f, (&p[0], &p[1]), table, &idx);
            let next = cmul64(f, (&p[0], &p[1]), (&w[0], &w[1]));
            vec![next.0, next.1]
        });
        let next = cmul64(f, (&w[0], &w[1]), (&bc, &bs));
        vec![next.0, next.1]
    });
}

/// A CPU kernel `@name(tw)` filling the twiddle table of an FFT of length `n`
/// (`[TABLE_ROWS, FftPlan::table_len]`).
pub fn twiddle_kernel(name: &str, n: usize) -> Option<String> {
    let plan = FftPlan::new(n)?;
    let mut f = FuncBuilder::new(name, &[("tw", MEM)], Device::Cpu);
    plan.fill(&mut f, "%tw");
    Some(f.finish(&[]))
}

/// The arguments of the standalone FFT kernels: input (re, im), output (re, im), table.
const FFT_KERNEL_ARGS: [(&str, &str); 5] = [
    ("xr", MEM),
    ("xi", MEM),
    ("yr", MEM),
    ("yi", MEM),
    ("tw", MEM),
];

/// A batched complex FFT CPU kernel `@name(xr, xi, yr, yi, tw)` over `[n, W]` buffers, `W` a
/// multiple of [`LANES`]: column `c` holds transform `c`. Reads (xr, xi), writes (yr, yi).
/// `tw` is the table [`twiddle_kernel`] fills. Used by the benchmarks and tests.
pub fn fft_kernel(name: &str, n: usize, inverse: bool) -> Option<String> {
    let plan = FftPlan::new(n)?;
    let mut f = FuncBuilder::new(name, &FFT_KERNEL_ARGS, Device::Cpu);
    let w = f.dim("%xr", 1);
    let lanes = f.idx(LANES);
    let groups = f.val(format!("arith.divui {w}, {lanes} : index"));
    let mut dealloc = Vec::new();
    let work = Work::alloc(&mut f, &plan, false, &mut dealloc);
    let c0 = f.idx(0);
    f.for_(&c0, &groups, |f, g| {
        let col = f.muli(g, &lanes);
        let lanes_of = |re: &str, im: &str| Lanes {
            re: re.into(),
            im: im.into(),
            off_re: c0.clone(),
            off_im: c0.clone(),
            stride: 1,
            col: col.clone(),
        };
        let (src, dst) = (lanes_of("%xr", "%xi"), lanes_of("%yr", "%yi"));
        fft_batched(f, &plan, &src, &dst, &work, inverse, "%tw");
    });
    Some(f.finish(&dealloc))
}

fn vload(f: &mut FuncBuilder, m: &str, row: &str, col: &str) -> String {
    f.val(format!("vector.load {m}[{row}, {col}] : {MEM}, {VT}"))
}

fn vstore(f: &mut FuncBuilder, v: &str, m: &str, row: &str, col: &str) {
    f.emit(format!("vector.store {v}, {m}[{row}, {col}] : {MEM}, {VT}"));
}

/// A vector of 16 consecutive columns of row `row`, zero past the memref's last column.
pub(super) fn vread(f: &mut FuncBuilder, m: &str, row: &str, col: &str) -> String {
    let pad = f.fconst(0.0);
    f.val(format!(
        "vector.transfer_read {m}[{row}, {col}], {pad} : {MEM}, {VT}"
    ))
}

/// Writes the lanes of `v` that fall inside the memref to 16 consecutive columns of `row`.
pub(super) fn vwrite(f: &mut FuncBuilder, v: &str, m: &str, row: &str, col: &str) {
    f.emit(format!(
        "vector.transfer_write {v}, {m}[{row}, {col}] : {VT}, {MEM}"
    ));
}

fn vbin(f: &mut FuncBuilder, op: &str, a: &str, b: &str) -> String {
    f.bin(op, a, b, VT)
}

fn vfma(f: &mut FuncBuilder, a: &str, b: &str, c: &str) -> String {
    f.val(format!("math.fma {a}, {b}, {c} : {VT}"))
}

type Cx = (String, String);

fn cadd(f: &mut FuncBuilder, a: &Cx, b: &Cx) -> Cx {
    (vbin(f, "addf", &a.0, &b.0), vbin(f, "addf", &a.1, &b.1))
}

fn csub(f: &mut FuncBuilder, a: &Cx, b: &Cx) -> Cx {
    (vbin(f, "subf", &a.0, &b.0), vbin(f, "subf", &a.1, &b.1))
}

/// A broadcast twiddle: cos, sin and −sin.
type Twiddle = (String, String, String);

/// `a · (c + i·s)`: two multiplications and two FMAs.
fn cmul_tw(f: &mut FuncBuilder, a: &Cx, (c, s, ns): &Twiddle) -> Cx {
    let t = vbin(f, "mulf", &a.1, ns);
    let re = vfma(f, &a.0, c, &t);
    let u = vbin(f, "mulf", &a.1, c);
    let im = vfma(f, &a.0, s, &u);
    (re, im)
}

/// Loads table entry `idx` and broadcasts it (conjugated for the inverse transform: the
/// table holds forward twiddles).
fn load_twiddle(f: &mut FuncBuilder, table: &str, idx: &str, inverse: bool) -> Twiddle {
    let (c0, c1, c2) = (f.idx(0), f.idx(1), f.idx(2));
    let (rs, rns) = if inverse { (&c2, &c1) } else { (&c1, &c2) };
    let c = f.load(table, &c0, idx);
    let s = f.load(table, rs, idx);
    let ns = f.load(table, rns, idx);
    let bc = |f: &mut FuncBuilder, v: &str| f.val(format!("vector.broadcast {v} : f32 to {VT}"));
    (bc(f, &c), bc(f, &s), bc(f, &ns))
}

/// `a · b` of vector complex values.
fn cmul(f: &mut FuncBuilder, a: &Cx, b: &Cx) -> Cx {
    let rr = vbin(f, "mulf", &a.0, &b.0);
    let ii = vbin(f, "mulf", &a.1, &b.1);
    let ri = vbin(f, "mulf", &a.0, &b.1);
    let ir = vbin(f, "mulf", &a.1, &b.0);
    (vbin(f, "subf", &rr, &ii), vbin(f, "addf", &ri, &ir))
}

/// The radix-`r` DFT of `x` (`y_q = Σ_p x_p·e^(∓2πi·pq/r)`) on vectors: radix 2 and 4 with
/// additions only, odd radices by the symmetric pairs `x_p ± x_(r−p)`.
fn butterfly(f: &mut FuncBuilder, r: usize, x: &[Cx], inverse: bool) -> Vec<Cx> {
    match r {
        2 => vec![cadd(f, &x[0], &x[1]), csub(f, &x[0], &x[1])],
        4 => {
            let a = cadd(f, &x[0], &x[2]);
            let b = csub(f, &x[0], &x[2]);
            let c = cadd(f, &x[1], &x[3]);
            let d = csub(f, &x[1], &x[3]);
            // −i·d = (d.im, −d.re): y1 = b − i·d forward, b + i·d inverse.
            let minus_id = (vbin(f, "addf", &b.0, &d.1), vbin(f, "subf", &b.1, &d.0));
            let plus_id = (vbin(f, "subf", &b.0, &d.1), vbin(f, "addf", &b.1, &d.0));
            let (y1, y3) = if inverse {
                (plus_id, minus_id)
            } else {
                (minus_id, plus_id)
            };
            vec![cadd(f, &a, &c), y1, csub(f, &a, &c), y3]
        }
        8 => composite(f, 4, 2, x, inverse),
        16 => composite(f, 4, 4, x, inverse),
        _ => {
            let sign = if inverse { 1.0 } else { -1.0 };
            let half = (r - 1) / 2;
            let sums: Vec<Cx> = (1..=half).map(|p| cadd(f, &x[p], &x[r - p])).collect();
            let diffs: Vec<Cx> = (1..=half).map(|p| csub(f, &x[p], &x[r - p])).collect();
            let mut y0 = x[0].clone();
            for s in &sums {
                y0 = cadd(f, &y0, s);
            }
            let mut out = vec![y0];
            for q in 1..r {
                let (mut re, mut im) = x[0].clone();
                for p in 1..=half {
                    let phi = 2.0 * std::f64::consts::PI * ((p * q) % r) as f64 / r as f64;
                    let c = f.vsplat(LANES, phi.cos());
                    let s = f.vsplat(LANES, sign * phi.sin());
                    let ns = f.vsplat(LANES, -sign * phi.sin());
                    // x_p·w^(pq) + x_(r−p)·w^(−pq) = cos φ·sum + i·σ sin φ·diff
                    re = vfma(f, &sums[p - 1].0, &c, &re);
                    re = vfma(f, &diffs[p - 1].1, &ns, &re);
                    im = vfma(f, &sums[p - 1].1, &c, &im);
                    im = vfma(f, &diffs[p - 1].0, &s, &im);
                }
                out.push((re, im));
            }
            out
        }
    }
}

/// The radix-`r1·r2` DFT as `r2` DFTs of length `r1` (inputs `r2·p1 + p2`), constant
/// twiddles `w^(p2·k1)`, then `r1` DFTs of length `r2`; output `k1 + r1·k2`.
fn composite(f: &mut FuncBuilder, r1: usize, r2: usize, x: &[Cx], inverse: bool) -> Vec<Cx> {
    let r = r1 * r2;
    let inner: Vec<Vec<Cx>> = (0..r2)
        .map(|p2| {
            let column: Vec<Cx> = (0..r1).map(|p1| x[r2 * p1 + p2].clone()).collect();
            let a = butterfly(f, r1, &column, inverse);
            a.iter()
                .enumerate()
                .map(|(k1, v)| mul_root(f, v, (p2 * k1) % r, r, inverse))
                .collect()
        })
        .collect();
    let mut out = vec![(String::new(), String::new()); r];
    for k1 in 0..r1 {
        let row: Vec<Cx> = (0..r2).map(|p2| inner[p2][k1].clone()).collect();
        for (k2, y) in butterfly(f, r2, &row, inverse).into_iter().enumerate() {
            out[k1 + r1 * k2] = y;
        }
    }
    out
}

/// `a · w^m`, `w = e^(∓2πi/r)` (− forward): quarter turns by swaps and negations, others by
/// two multiplications and two FMAs with constant cos and sin.
fn mul_root(f: &mut FuncBuilder, a: &Cx, m: usize, r: usize, inverse: bool) -> Cx {
    if (4 * m).is_multiple_of(r) {
        // (−i)^j forward, i^j inverse.
        let j = (4 * m / r) % 4;
        let j = if inverse { (4 - j) % 4 } else { j };
        let neg = |f: &mut FuncBuilder, v: &str| f.val(format!("arith.negf {v} : {VT}"));
        return match j {
            0 => a.clone(),
            1 => (a.1.clone(), neg(f, &a.0)),
            2 => (neg(f, &a.0), neg(f, &a.1)),
            _ => (neg(f, &a.1), a.0.clone()),
        };
    }
    let sign = if inverse { 1.0 } else { -1.0 };
    let phi = sign * 2.0 * std::f64::consts::PI * m as f64 / r as f64;
    let tw = (
        f.vsplat(LANES, phi.cos()),
        f.vsplat(LANES, phi.sin()),
        f.vsplat(LANES, -phi.sin()),
    );
    cmul_tw(f, a, &tw)
}

/// 16 lanes of complex rows: row `i` is memref row `off + i·stride`, columns `col…col+16`
/// (re and im in two memrefs, or two places of one).
#[derive(Debug, Clone)]
struct Lanes {
    re: String,
    im: String,
    off_re: String,
    off_im: String,
    stride: usize,
    col: String,
}

impl Lanes {
    /// The memref rows (re, im) of row `i`.
    fn rows(&self, f: &mut FuncBuilder, i: &str) -> (String, String) {
        let s = if self.stride == 1 {
            i.to_string()
        } else {
            let c = f.idx(self.stride);
            f.muli(i, &c)
        };
        (f.addi(&self.off_re, &s), f.addi(&self.off_im, &s))
    }

    /// Row `i + extra` given the memref rows of row `i`.
    fn load_from(&self, f: &mut FuncBuilder, rows: &(String, String), extra: usize) -> Cx {
        let (a, b) = shifted(f, rows, extra * self.stride);
        (
            vload(f, &self.re, &a, &self.col),
            vload(f, &self.im, &b, &self.col),
        )
    }

    fn store_to(&self, f: &mut FuncBuilder, rows: &(String, String), extra: usize, v: &Cx) {
        let (a, b) = shifted(f, rows, extra * self.stride);
        vstore(f, &v.0, &self.re, &a, &self.col);
        vstore(f, &v.1, &self.im, &b, &self.col);
    }

    fn load(&self, f: &mut FuncBuilder, i: &str) -> Cx {
        let rows = self.rows(f, i);
        self.load_from(f, &rows, 0)
    }

    fn store(&self, f: &mut FuncBuilder, i: &str, v: &Cx) {
        let rows = self.rows(f, i);
        self.store_to(f, &rows, 0, v)
    }

    /// The rows `start + i·step` of these lanes.
    fn view(&self, f: &mut FuncBuilder, start: &str, step: usize) -> Lanes {
        let (off_re, off_im) = self.rows(f, start);
        Lanes {
            off_re,
            off_im,
            stride: self.stride * step,
            ..self.clone()
        }
    }
}

/// Whether two lane sets are the same rows (the same memrefs, offsets and stride).
fn same_rows(x: &Lanes, y: &Lanes) -> bool {
    (&x.re, &x.im, &x.off_re, &x.off_im, x.stride, &x.col)
        == (&y.re, &y.im, &y.off_re, &y.off_im, y.stride, &y.col)
}

fn shifted(f: &mut FuncBuilder, rows: &(String, String), by: usize) -> (String, String) {
    if by == 0 {
        return rows.clone();
    }
    let c = f.idx(by);
    (f.addi(&rows.0, &c), f.addi(&rows.1, &c))
}

/// The scratch of the CPU transforms, one `[rows, 16]` allocation: two in-cache pairs for
/// the sub-transforms, the four-step intermediate, and (convolutions) the signal itself.
struct Work {
    a: Lanes,
    b: Lanes,
    t: Lanes,
    z: Lanes,
    /// Two rows of spectra (four-step convolutions: a row and its Hermitian partner).
    p: Lanes,
    q: Lanes,
}

impl Work {
    fn alloc(f: &mut FuncBuilder, plan: &FftPlan, signal: bool, dealloc: &mut Vec<String>) -> Work {
        let (s, n) = (plan.sub_len(), plan.len());
        let four = matches!(plan, FftPlan::FourStep { .. });
        let mut lens = vec![s, s, s, s];
        if let FftPlan::FourStep { n1, n2, .. } = plan {
            let t = n1 * (n2 + T_PAD);
            lens.extend([t, t]);
        }
        if signal {
            lens.extend([n, n]);
            if four {
                lens.extend([s, s, s, s]);
            }
        }
        let mut offs = Vec::new();
        let mut rows = 0;
        for len in &lens {
            offs.push(rows);
            rows += len + PAD_ROWS;
        }
        let m = f.scratch_sized("", rows, LANES, dealloc);
        let c0 = f.idx(0);
        let mut pairs = offs.chunks(2).map(|o| Lanes {
            re: m.clone(),
            im: m.clone(),
            off_re: f.idx(o[0]),
            off_im: f.idx(o[1]),
            stride: 1,
            col: c0.clone(),
        });
        let (a, b) = (pairs.next().unwrap(), pairs.next().unwrap());
        let t = if four {
            pairs.next().unwrap()
        } else {
            a.clone()
        };
        let z = if signal {
            pairs.next().unwrap()
        } else {
            a.clone()
        };
        let (p, q) = if signal && four {
            (pairs.next().unwrap(), pairs.next().unwrap())
        } else {
            (a.clone(), a.clone())
        };
        Work { a, b, t, z, p, q }
    }
}

/// The Stockham stages of a transform of length `n` (radices `rad`, stage twiddles from table
/// entry `tw_off`) from `src` to `dst` (which may be the same rows), ping-ponging through
/// `a` and `b` (the last stage reads `a`, so `b` may be `dst` where the first stage does not
/// write it while reading `src`). Stage (r, ns): for `j = jb·ns + jm`, the inputs are rows
/// `j + q·n/r`, twiddled by `w^(jm·q)`, and the outputs rows `jb·ns·r + jm + q·ns`. The loop
/// over `jm` is outermost so each twiddle is loaded and broadcast once per stage. With
/// `post_tw = Some((e, s))`, output row `k` is multiplied by table entry `e + k·s` on its way
/// out (the four-step twiddles, without a pass of their own).
#[allow(clippy::too_many_arguments)]
fn fft_stages(
    f: &mut FuncBuilder,
    n: usize,
    rad: &[usize],
    tw_off: usize,
    src: &Lanes,
    dst: &Lanes,
    (a, b): (&Lanes, &Lanes),
    inverse: bool,
    table: &str,
    post_tw: Option<(&str, usize)>,
) {
    let c0 = f.idx(0);
    if rad.is_empty() {
        let mut v = src.load(f, &c0);
        if let Some((e, _)) = post_tw {
            let tw = load_twiddle(f, table, e, inverse);
            v = cmul_tw(f, &v, &tw);
        }
        dst.store(f, &c0, &v);
        return;
    }
    let last = rad.len() - 1;
    let mut ns = 1;
    let mut off = tw_off;
    for (si, &r) in rad.iter().enumerate() {
        // Stage `si` writes `a` when an odd number of stages follow it, `b` when even.
        let written_by = |si: usize| if (last - si) % 2 == 1 { a } else { b };
        let from = if si == 0 { src } else { written_by(si - 1) };
        let to = if si == last { dst } else { written_by(si) };
        let post = post_tw.filter(|_| si == last);
        let m = n / r;
        let blocks = f.idx(m / ns);
        let stage = |f: &mut FuncBuilder, jm: &str, tw: &[Twiddle]| {
            f.for_(&c0, &blocks, |f, jb| {
                let j = if ns == 1 {
                    jb.to_string()
                } else {
                    let nsc = f.idx(ns);
                    let b = f.muli(jb, &nsc);
                    f.addi(&b, jm)
                };
                let rows = from.rows(f, &j);
                let x: Vec<Cx> = (0..r)
                    .map(|q| {
                        let v = from.load_from(f, &rows, q * m);
                        match q {
                            0 => v,
                            _ if tw.is_empty() => v,
                            _ => cmul_tw(f, &v, &tw[q - 1]),
                        }
                    })
                    .collect();
                let y = butterfly(f, r, &x, inverse);
                let nsr = f.idx(ns * r);
                let base = f.muli(jb, &nsr);
                let base = if ns == 1 { base } else { f.addi(&base, jm) };
                let rows = to.rows(f, &base);
                for (q, yq) in y.iter().enumerate() {
                    let yq = match post {
                        Some((e, stride)) => {
                            let k = f.idx(q * ns);
                            let k = f.addi(&base, &k);
                            let k = if stride == 1 {
                                k
                            } else {
                                let sc = f.idx(stride);
                                f.muli(&k, &sc)
                            };
                            let idx = f.addi(e, &k);
                            let tw = load_twiddle(f, table, &idx, inverse);
                            cmul_tw(f, yq, &tw)
                        }
                        None => yq.clone(),
                    };
                    to.store_to(f, &rows, q * ns, &yq);
                }
            })
        };
        if ns == 1 {
            stage(f, &c0, &[]);
        } else {
            let (nsc, offc, rm1) = (f.idx(ns), f.idx(off), f.idx(r - 1));
            f.for_(&c0, &nsc, |f, jm| {
                let first = f.muli(jm, &rm1);
                let first = f.addi(&first, &offc);
                let tw: Vec<Twiddle> = (1..r)
                    .map(|q| {
                        let qo = f.idx(q - 1);
                        let idx = f.addi(&first, &qo);
                        load_twiddle(f, table, &idx, inverse)
                    })
                    .collect();
                stage(f, jm, &tw);
            });
        }
        off += ns * (r - 1);
        ns *= r;
    }
}

/// One complex transform per lane from `src` to `dst` (which may be the same rows) by `plan`.
fn fft_batched(
    f: &mut FuncBuilder,
    plan: &FftPlan,
    src: &Lanes,
    dst: &Lanes,
    work: &Work,
    inverse: bool,
    table: &str,
) {
    match plan {
        FftPlan::OnePass { n, rad } => {
            // Out of place, or with an even number of stages, the output is the second
            // ping-pong buffer (one buffer less in cache).
            let b = if !same_rows(src, dst) || rad.len() % 2 == 0 {
                dst
            } else {
                &work.b
            };
            let pair = (&work.a, b);
            fft_stages(f, *n, rad, 0, src, dst, pair, inverse, table, None)
        }
        FftPlan::FourStep { n1, rad1, n2, rad2 } => {
            let (n1, n2) = (*n1, *n2);
            let off2 = twiddle_len(rad1);
            let (c0, n1c) = (f.idx(0), f.idx(n1));
            four_step_columns(f, plan, src, work, inverse, table);
            // Step 2: the rows k1 of t (contiguous), to rows k1 + n1·k2 of dst.
            f.for_(&c0, &n1c, |f, k1| {
                let pitch = f.idx(n2 + T_PAD);
                let start = f.muli(k1, &pitch);
                let row = work.t.view(f, &start, 1);
                let out = dst.view(f, k1, n1);
                let pair = (&work.a, &work.b);
                fft_stages(f, n2, rad2, off2, &row, &out, pair, inverse, table, None);
            });
        }
    }
}

/// Step 1 of a four-step transform: the columns i2 of `src` (rows n2·i1 + i2), each through
/// the in-cache buffers, twiddled by w_n^(±i2·k1) on the way to row k1·(n2 + T_PAD) + i2 of
/// `work.t`.
fn four_step_columns(
    f: &mut FuncBuilder,
    plan: &FftPlan,
    src: &Lanes,
    work: &Work,
    inverse: bool,
    table: &str,
) {
    let FftPlan::FourStep { n1, rad1, n2, rad2 } = plan else {
        unreachable!("four-step plans only")
    };
    let (n1, n2) = (*n1, *n2);
    let off4 = twiddle_len(rad1) + twiddle_len(rad2);
    let (c0, n1c, n2c, off4c) = (f.idx(0), f.idx(n1), f.idx(n2), f.idx(off4));
    f.for_(&c0, &n2c, |f, i2| {
        let column = src.view(f, i2, n2);
        let pair = (&work.a, &work.b);
        let tw_row = f.muli(i2, &n1c);
        let tw_row = f.addi(&tw_row, &off4c);
        let t_col = work.t.view(f, i2, n2 + T_PAD);
        let post = Some((tw_row.as_str(), 1));
        fft_stages(f, n1, rad1, 0, &column, &t_col, pair, inverse, table, post);
    });
}

/// The CPU FFT convolution's per-call setup: the plan, its twiddle table (filled once per call,
/// shared by every channel group) and the scratch.
pub(super) struct ConvFft {
    plan: FftPlan,
    table: String,
    work: Work,
    /// With a time-domain filter (`FuncBuilder::filters_in_time`): the spectra of one group of
    /// 32 channels, `[(n/2+1)·2, 32]`, transformed in the kernel.
    group_spectrum: Option<String>,
}

impl ConvFft {
    /// Allocates and fills; None if `n` is not 2^a·3^b·5^c.
    pub(super) fn new(f: &mut FuncBuilder, n: usize, dealloc: &mut Vec<String>) -> Option<Self> {
        let plan = FftPlan::new(n)?;
        let table = f.scratch_sized("", TABLE_ROWS, plan.table_len(), dealloc);
        plan.fill(f, &table);
        let work = Work::alloc(f, &plan, true, dealloc);
        let group_spectrum = f
            .filters_in_time
            .then(|| f.scratch_sized("", (n / 2 + 1) * 2, 2 * LANES, dealloc));
        Some(ConvFft {
            plan,
            table,
            work,
            group_spectrum,
        })
    }
}

/// The spectra of channels `ca…ca+16` and `cb…cb+16` of the time-domain filter `taps`
/// (`[K, D]`, lag rows) into `out` (`[(n/2+1)·2, 32]`: re and im rows per frequency, A in
/// columns 0–15, B in 16–31), by one complex transform of `h_A + i·h_B` zero-padded to n and
/// the Hermitian split `H_A = (F_k + conj F_(n−k))/2`, `H_B = (F_k − conj F_(n−k))/(2i)`.
fn group_spectrum(
    f: &mut FuncBuilder,
    setup: &ConvFft,
    taps: &str,
    (ca, cb): (&str, &str),
    out: &str,
) {
    let ConvFft {
        plan, table, work, ..
    } = setup;
    let n = plan.len();
    let z = &work.z;
    let (c0, c1, c2) = (f.idx(0), f.idx(1), f.idx(2));
    let (nn, lanes) = (f.idx(n), f.idx(LANES));
    let rows = f.dim(taps, 0);
    let k = f.mini(&rows, &nn);
    let zero = f.vzero(LANES);
    f.for_(&c0, &k, |f, t| {
        let v = (vread(f, taps, t, ca), vread(f, taps, t, cb));
        z.store(f, t, &v);
    });
    f.for_(&k, &nn, |f, t| z.store(f, t, &(zero.clone(), zero.clone())));
    fft_batched(f, plan, z, z, work, false, table);
    let half = f.vsplat(LANES, 0.5);
    let half1 = f.idx(n / 2 + 1);
    f.for_(&c0, &half1, |f, k| {
        let is0 = f.val(format!("arith.cmpi eq, {k}, {c0} : index"));
        let nk = f.subi(&nn, k);
        let nk = f.val(format!("arith.select {is0}, {c0}, {nk} : index"));
        let (p, q) = z.load(f, k);
        let (s, t) = z.load(f, &nk);
        let ps = vbin(f, "addf", &p, &s);
        let qt = vbin(f, "subf", &q, &t);
        let qpt = vbin(f, "addf", &q, &t);
        let sp = vbin(f, "subf", &s, &p);
        let kr = f.muli(k, &c2);
        let ki = f.addi(&kr, &c1);
        for (v, row, col) in [
            (&ps, &kr, &c0),
            (&qt, &ki, &c0),
            (&qpt, &kr, &lanes),
            (&sp, &ki, &lanes),
        ] {
            let h = vbin(f, "mulf", v, &half);
            vwrite(f, &h, out, row, col);
        }
    });
}

/// Writes a row's 16 outputs: `(f, t, col, y, per-group value)`.
pub(super) type RowFinish<'a> = dyn Fn(&mut FuncBuilder, &str, &str, &str, Option<&str>) + 'a;

/// The fused FFT convolution on the CPU for channels `[ch0, ch1)` (a multiple of 32 apart,
/// except at the last channel), 32 at a time: channels `c…c+16` become the real parts and
/// `c+16…c+32` the imaginary parts of one complex transform of the zero-padded `u` (`[L, D]`),
/// the two spectra are separated by Hermitian symmetry, multiplied by the constant spectra
/// (`spectrum`: `[(n/2+1)·2, D]`, re and im rows per frequency), recombined, and transformed
/// back; `finish(f, t, col, y, g)` writes the 16 outputs at row `t`, columns `col…`, given
/// `g = group(f, col)`, computed once per 16 channels before the row loop.
#[allow(clippy::too_many_arguments)]
pub(super) fn fft_conv_lanes(
    f: &mut FuncBuilder,
    l: &str,
    setup: &ConvFft,
    (ch0, ch1): (&str, &str),
    u: &str,
    spectrum: &str,
    group: &dyn Fn(&mut FuncBuilder, &str) -> Option<String>,
    finish: &RowFinish<'_>,
) {
    let ConvFft { plan, work, .. } = setup;
    let n = plan.len();
    let c0 = f.idx(0);
    let (nn, lanes, pair) = (f.idx(n), f.idx(LANES), f.idx(2 * LANES));
    let zero = f.vzero(LANES);
    let z = &work.z;
    f.for_step(ch0, ch1, &pair, |f, ca| {
        let cb = f.addi(ca, &lanes);
        // A time-domain filter: this group's spectra first, in the signal's buffer.
        let (spectrum, sa, sb) = match &setup.group_spectrum {
            Some(g) => {
                group_spectrum(f, setup, spectrum, (ca, &cb), g);
                (g.as_str(), c0.clone(), lanes.clone())
            }
            None => (spectrum, ca.to_string(), cb.clone()),
        };
        // z[t] = u[t, A] + i·u[t, B], zero-padded to n.
        f.for_(&c0, l, |f, t| {
            let v = (vread(f, u, t, ca), vread(f, u, t, &cb));
            z.store(f, t, &v);
        });
        f.for_(l, &nn, |f, t| z.store(f, t, &(zero.clone(), zero.clone())));
        if let FftPlan::FourStep { .. } = plan {
            four_step_conv(f, setup, (&sa, &sb), spectrum);
        } else {
            one_pass_conv(f, setup, (&sa, &sb), spectrum);
        }
        let (ga, gb) = (group(f, ca), group(f, &cb));
        f.for_(&c0, l, |f, t| {
            let (ya, yb) = z.load(f, t);
            finish(f, t, ca, &ya, ga.as_deref());
            finish(f, t, &cb, &yb, gb.as_deref());
        });
    });
}

/// The pair (W_k, W_(n−k)) of the product spectrum from the transform pair (Z_k, Z_(n−k)) of
/// channel lanes A + i·B at frequency `k ≤ n/2`: U_A = (Z_k + conj Z_(n−k))/2,
/// U_B = (Z_k − conj Z_(n−k))/(2i); W_k = H_A U_A + i·H_B U_B, and at n − k the conjugate
/// spectra. `h` = 0.5/n folds in the 1/n of the inverse transform.
fn product_pair(
    f: &mut FuncBuilder,
    (zk, znk): (&Cx, &Cx),
    k: &str,
    spectrum: &str,
    (ca, cb): (&str, &str),
    h: &str,
) -> (Cx, Cx) {
    let (c1, c2) = (f.idx(1), f.idx(2));
    let ((p, q), (s, t)) = (zk, znk);
    let ps = vbin(f, "addf", p, s);
    let qt = vbin(f, "subf", q, t);
    let ua = (vbin(f, "mulf", &ps, h), vbin(f, "mulf", &qt, h));
    let qpt = vbin(f, "addf", q, t);
    let sp = vbin(f, "subf", s, p);
    let ub = (vbin(f, "mulf", &qpt, h), vbin(f, "mulf", &sp, h));
    let kr = f.muli(k, &c2);
    let ki = f.addi(&kr, &c1);
    let ha = (vread(f, spectrum, &kr, ca), vread(f, spectrum, &ki, ca));
    let hb = (vread(f, spectrum, &kr, cb), vread(f, spectrum, &ki, cb));
    let ya = cmul(f, &ha, &ua);
    let yb = cmul(f, &hb, &ub);
    let wk = (vbin(f, "subf", &ya.0, &yb.1), vbin(f, "addf", &ya.1, &yb.0));
    let wn = (vbin(f, "addf", &ya.0, &yb.1), vbin(f, "subf", &yb.0, &ya.1));
    (wk, wn)
}

/// `if c { a } else { b }` of complex vectors.
fn csel(f: &mut FuncBuilder, c: &str, a: &Cx, b: &Cx) -> Cx {
    let sel =
        |f: &mut FuncBuilder, x: &str, y: &str| f.val(format!("arith.select {c}, {x}, {y} : {VT}"));
    (sel(f, &a.0, &b.0), sel(f, &a.1, &b.1))
}

/// The convolution of the signal in `work.z` (in place) with a one-pass plan: forward
/// transform, the product spectrum per frequency pair, inverse transform.
fn one_pass_conv(f: &mut FuncBuilder, setup: &ConvFft, (ca, cb): (&str, &str), spectrum: &str) {
    let ConvFft {
        plan, table, work, ..
    } = setup;
    let n = plan.len();
    let z = &work.z;
    let (c0, nn) = (f.idx(0), f.idx(n));
    fft_batched(f, plan, z, z, work, false, table);
    // Per frequency pair (k, n − k): U_A = (Z_k + conj Z_(n−k))/2,
    // U_B = (Z_k − conj Z_(n−k))/(2i); W_k = H_A U_A + i·H_B U_B, and at n − k the
    // conjugate spectra. The 1/n of the inverse transform is folded in here.
    let h = f.vsplat(LANES, 0.5 / n as f64);
    let half1 = f.idx(n / 2 + 1);
    f.for_(&c0, &half1, |f, k| {
        let is0 = f.val(format!("arith.cmpi eq, {k}, {c0} : index"));
        let nk = f.subi(&nn, k);
        let nk = f.val(format!("arith.select {is0}, {c0}, {nk} : index"));
        let zk = z.load(f, k);
        let znk = z.load(f, &nk);
        let (wk, wn) = product_pair(f, (&zk, &znk), k, spectrum, (ca, cb), &h);
        // W_(n−k) first: at k = 0 and n/2 the two coincide and W_k is the one to keep.
        z.store(f, &nk, &wn);
        z.store(f, k, &wk);
    });
    fft_batched(f, plan, z, z, work, true, table);
}

/// The convolution of the signal in `work.z` (in place) with a four-step plan (n = n1·n2), in
/// three passes over memory instead of five: (1) the forward column transforms into `t`;
/// (2) per row k1 of `t` and its Hermitian partner row (n1 − k1) mod n1: the forward row
/// transforms, the product spectrum, and the inverse row transforms with the inverse twiddles
/// w_n^(−j2·k1), back into `t`; (3) the inverse column transforms into `z`. The inverse uses
/// the transposed factorisation x[j2 + n2·j1] = Σ_k1 w_n1^(−j1·k1)·w_n^(−j2·k1)·Σ_k2
/// X[k1 + n1·k2]·w_n2^(−j2·k2), so the spectrum never goes back to memory in frequency order.
fn four_step_conv(f: &mut FuncBuilder, setup: &ConvFft, (ca, cb): (&str, &str), spectrum: &str) {
    let ConvFft {
        plan, table, work, ..
    } = setup;
    let FftPlan::FourStep { n1, rad1, n2, rad2 } = plan else {
        unreachable!("four-step plans only")
    };
    let (n, n1, n2) = (plan.len(), *n1, *n2);
    let off2 = twiddle_len(rad1);
    let off4 = off2 + twiddle_len(rad2);
    let pitch = n2 + T_PAD;
    let c0 = f.idx(0);
    let (nn, n1c, n2c, pitchc, off4c) = (f.idx(n), f.idx(n1), f.idx(n2), f.idx(pitch), f.idx(off4));
    let (half_n, rows) = (f.idx(n / 2), f.idx(n1 / 2 + 1));
    let h = f.vsplat(LANES, 0.5 / n as f64);
    let pair = (&work.a, &work.b);
    four_step_columns(f, plan, &work.z, work, false, table);
    f.for_(&c0, &rows, |f, k1| {
        let row0 = f.val(format!("arith.cmpi eq, {k1}, {c0} : index"));
        let k1p = f.subi(&n1c, k1);
        let k1p = f.val(format!("arith.select {row0}, {c0}, {k1p} : index"));
        let start_p = f.muli(k1, &pitchc);
        let start_q = f.muli(&k1p, &pitchc);
        let row_p = work.t.view(f, &start_p, 1);
        let row_q = work.t.view(f, &start_q, 1);
        fft_stages(f, n2, rad2, off2, &row_p, &work.p, pair, false, table, None);
        fft_stages(f, n2, rad2, off2, &row_q, &work.q, pair, false, table, None);
        // Element k2 of row k1 is frequency k = k1 + n1·k2; its partner n − k is element
        // n2 − 1 − k2 of row n1 − k1 (row 0: element (n2 − k2) mod n2 of row 0). Every element
        // of p and q is visited once; a row that is its own partner gets the same values in p
        // and q.
        f.for_(&c0, &n2c, |f, k2| {
            let last = f.idx(n2 - 1);
            let other = f.subi(&last, k2);
            let wrap = f.subi(&n2c, k2);
            let first = f.val(format!("arith.cmpi eq, {k2}, {c0} : index"));
            let wrap = f.val(format!("arith.select {first}, {c0}, {wrap} : index"));
            let partner = f.val(format!("arith.select {row0}, {wrap}, {other} : index"));
            let k = f.muli(&n1c, k2);
            let k = f.addi(&k, k1);
            let low = f.val(format!("arith.cmpi ule, {k}, {half_n} : index"));
            let nk = f.subi(&nn, &k);
            let kk = f.val(format!("arith.select {low}, {k}, {nk} : index"));
            let pv = work.p.load(f, k2);
            let qv = work.q.load(f, &partner);
            let zk = csel(f, &low, &pv, &qv);
            let znk = csel(f, &low, &qv, &pv);
            let (wk, wn) = product_pair(f, (&zk, &znk), &kk, spectrum, (ca, cb), &h);
            let pw = csel(f, &low, &wk, &wn);
            let qw = csel(f, &low, &wn, &wk);
            work.p.store(f, k2, &pw);
            work.q.store(f, &partner, &qw);
        });
        let tw_p = f.addi(&off4c, k1);
        let tw_q = f.addi(&off4c, &k1p);
        let post_p = Some((tw_p.as_str(), n1));
        let post_q = Some((tw_q.as_str(), n1));
        fft_stages(
            f, n2, rad2, off2, &work.p, &row_p, pair, true, table, post_p,
        );
        fft_stages(
            f, n2, rad2, off2, &work.q, &row_q, pair, true, table, post_q,
        );
    });
    f.for_(&c0, &n2c, |f, j2| {
        let column = work.t.view(f, j2, pitch);
        let out = work.z.view(f, j2, n2);
        fft_stages(f, n1, rad1, 0, &column, &out, pair, true, table, None);
    });
}

/// `for i in 0..n` over one channel's items: a loop of one thread (`coop` false), or a phase in
/// which the threads of a cooperative block share the items (`FuncBuilder::phase`).
pub(super) fn channel_loop(
    f: &mut FuncBuilder,
    coop: bool,
    n: &str,
    body: impl FnOnce(&mut FuncBuilder, &str),
) {
    if coop {
        f.phase(|f, lane| f.lane_loop(lane, n, body));
    } else {
        let c0 = f.idx(0);
        f.for_(&c0, n, body);
    }
}

/// One complex FFT of length `n` (Stockham autosort, mixed radix) over row `ch` of the
/// `[D, n]` buffer pair `src`, using `dst` as the other half of the ping-pong: by one GPU thread
/// (`coop` false), or by the threads of a block, one phase per stage, each thread taking every
/// [`super::builder::GPU_BLOCK`]-th butterfly (`coop`). Returns the pair holding the result.
/// Twiddles `e^{∓2πi·k/N}` from f32 angles in [0, 2π).
pub(super) fn fft_channel(
    f: &mut FuncBuilder,
    n: usize,
    rad: &[usize],
    ch: &str,
    (src, dst): (Cx, Cx),
    inverse: bool,
    coop: bool,
) -> Cx {
    let sign = if inverse { 1.0 } else { -1.0 };
    let (mut src, mut dst) = (src, dst);
    let mut ns = 1;
    for &r in rad {
        let m = n / r;
        let (mm, nsc, rc) = (f.idx(m), f.idx(ns), f.idx(r));
        let step = f.fconst(sign * 2.0 * std::f64::consts::PI / (ns * r) as f64);
        let (sr, si, dr, di) = (src.0.clone(), src.1.clone(), dst.0.clone(), dst.1.clone());
        channel_loop(f, coop, &mm, |f, j| {
            let jm = f.val(format!("arith.remui {j}, {nsc} : index"));
            let ji = f.val(format!("arith.index_cast {jm} : index to i64"));
            let jf = f.val(format!("arith.uitofp {ji} : i64 to f32"));
            let ang = f.mulf(&jf, &step);
            // Load the r inputs, strided by n/r, with their twiddles.
            let mut v: Vec<Cx> = Vec::new();
            for q in 0..r {
                let off = f.idx(q * m);
                let idx = f.addi(j, &off);
                let (a, b) = (f.load(&sr, ch, &idx), f.load(&si, ch, &idx));
                if q == 0 {
                    v.push((a, b));
                    continue;
                }
                let qf = f.fconst(q as f64);
                let aq = f.mulf(&ang, &qf);
                let (c, s) = (f.math("cos", &aq), f.math("sin", &aq));
                v.push(cmul32(f, &(a, b), &(c, s)));
            }
            // The radix-r DFT with constant twiddles.
            let base = {
                let lo = f.subi(j, &jm);
                let lo = f.muli(&lo, &rc);
                f.addi(&lo, &jm)
            };
            for q in 0..r {
                let (mut re, mut im) = v[0].clone();
                for (p, vp) in v.iter().enumerate().skip(1) {
                    let th = sign * 2.0 * std::f64::consts::PI * ((p * q) % r) as f64 / r as f64;
                    let t = if (p * q) % r == 0 {
                        vp.clone()
                    } else {
                        let (c, s) = (f.fconst(th.cos()), f.fconst(th.sin()));
                        cmul32(f, vp, &(c, s))
                    };
                    re = f.addf(&re, &t.0);
                    im = f.addf(&im, &t.1);
                }
                let off = f.idx(q * ns);
                let idx = f.addi(&base, &off);
                f.store(&re, &dr, ch, &idx);
                f.store(&im, &di, ch, &idx);
            }
        });
        std::mem::swap(&mut src, &mut dst);
        ns *= r;
    }
    src
}

fn cmul32(f: &mut FuncBuilder, a: &Cx, b: &Cx) -> Cx {
    let rr = f.mulf(&a.0, &b.0);
    let ii = f.mulf(&a.1, &b.1);
    let ri = f.mulf(&a.0, &b.1);
    let ir = f.mulf(&a.1, &b.0);
    (f.subf(&rr, &ii), f.addf(&ri, &ir))
}

/// Convolution by FFT for one channel `ch` (GPU): zero-pad u to n, transform, multiply by the
/// compile-time spectrum (`[D, (n/2+1)·2]`, Hermitian-extended), transform back, scale by 1/n.
/// By one thread, or (`coop`) by the threads of a block in phases.
#[allow(clippy::too_many_arguments)]
pub(super) fn fft_conv_channel(
    f: &mut FuncBuilder,
    l: &str,
    ch: &str,
    u: &str,
    spectrum: &str,
    n: usize,
    rad: &[usize],
    bufs: &[String],
    finish: &dyn Fn(&mut FuncBuilder, &str, &str),
    coop: bool,
) {
    let (nn, half) = (f.idx(n), f.idx(n / 2));
    let zero = f.fconst(0.0);
    let (xr, xi) = (bufs[0].clone(), bufs[1].clone());
    channel_loop(f, coop, &nn, |f, t| {
        f.store(&zero, &xr, ch, t);
        f.store(&zero, &xi, ch, t);
    });
    channel_loop(f, coop, l, |f, t| {
        let v = f.load(u, t, ch);
        f.store(&v, &xr, ch, t);
    });
    let pair = ((xr, xi), (bufs[2].clone(), bufs[3].clone()));
    let spec = fft_channel(f, n, rad, ch, pair, false, coop);
    let (c1, c2) = (f.idx(1), f.idx(2));
    let (sr, si) = spec.clone();
    channel_loop(f, coop, &nn, |f, k| {
        let upper = f.val(format!("arith.cmpi ugt, {k}, {half} : index"));
        let mirror = f.subi(&nn, k);
        let kk = f.val(format!("arith.select {upper}, {mirror}, {k} : index"));
        let ir = f.muli(&kk, &c2);
        let ii = f.addi(&ir, &c1);
        let hr = f.load(spectrum, ch, &ir);
        let hi = f.load(spectrum, ch, &ii);
        let nhi = f.subf(&zero, &hi);
        let hi = f.val(format!("arith.select {upper}, {nhi}, {hi} : f32"));
        let a = (f.load(&sr, ch, k), f.load(&si, ch, k));
        let p = cmul32(f, &a, &(hr, hi));
        f.store(&p.0, &sr, ch, k);
        f.store(&p.1, &si, ch, k);
    });
    let other = if spec.0 == bufs[0] {
        (bufs[2].clone(), bufs[3].clone())
    } else {
        (bufs[0].clone(), bufs[1].clone())
    };
    let (yr, _) = fft_channel(f, n, rad, ch, (spec, other), true, coop);
    let inv_n = f.fconst(1.0 / n as f64);
    channel_loop(f, coop, l, |f, t| {
        let v = f.load(&yr, ch, t);
        let y = f.mulf(&v, &inv_n);
        finish(f, t, &y);
    });
}
