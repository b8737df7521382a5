//! The modal recurrence, step by step (f64 state): the scan algorithm.

use super::*;

/// The scan on the CPU, time-major: for each step, every channel and mode (vectorisable across
/// channels); the state `[D, 2N]` in f64. `input(t, ch)` computes (u1, x2) in the same loop —
/// the prologue is not written to scratch and read back — and `finish(t, ch, y, u1, x2)`
/// writes the output.
#[allow(clippy::too_many_arguments)]
pub(crate) fn scan_time_major(
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
                let sn = modal_step(f, (&pn, &s), ch, n, &u64);
                let rs = cmul64(f, &rn, &sn);
                y = f.bin("addf", &y, &rs.0, "f64");
            }
            let y32 = f.trunc(&y);
            finish(f, t, ch, &y32, &uv, x2.as_deref());
        });
    });
}
/// Loads mode `n` of channel `ch` from a transposed `[2N, D]` poles/residues buffer as f64
/// (or a real pole from a transposed `[N, D]` buffer of logarithms).
pub(crate) fn load_mode_t(f: &mut FuncBuilder, m: &str, ch: &str, n: usize) -> (String, String) {
    if f.real_log_poles.contains(m) {
        let i = f.idx(n);
        let lp = f.load(m, &i, ch);
        return real_pole(f, &lp);
    }
    let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
    let re = f.load(m, &ir, ch);
    let im = f.load(m, &ii, ch);
    (f.ext(&re), f.ext(&im))
}
/// The real pole `(exp(lp), 0)` in f64 of an f32 logarithm.
fn real_pole(f: &mut FuncBuilder, lp: &str) -> (String, String) {
    let x = f.ext(lp);
    (f.val(format!("math.exp {x} : f64")), f.f64(0.0))
}
/// Loads mode `n` of channel `ch` from a `[D, 2N]` poles/residues buffer as f64 (re, im) (or a
/// real pole from a `[D, N]` buffer of logarithms).
pub(crate) fn load_mode(f: &mut FuncBuilder, m: &str, ch: &str, n: usize) -> (String, String) {
    if f.real_log_poles.contains(m) {
        let i = f.idx(n);
        let lp = f.load(m, ch, &i);
        return real_pole(f, &lp);
    }
    let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
    let re = f.load(m, ch, &ir);
    let im = f.load(m, ch, &ii);
    (f.ext(&re), f.ext(&im))
}
/// One step of mode `n` of channel `ch`, `s ← p·s + u` with the pole `pn` (f64 state
/// `[2N, D]`, `u` in f64): stores the new state and returns it `(re, im)`.
pub(crate) fn modal_step(
    f: &mut FuncBuilder,
    (pn, s): (&(String, String), &str),
    ch: &str,
    n: usize,
    u: &str,
) -> (String, String) {
    let (ir, ii) = (f.idx(2 * n), f.idx(2 * n + 1));
    let sn = (f.load64(s, &ir, ch), f.load64(s, &ii, ch));
    let ps = cmul64(f, pn, &sn);
    let re = f.bin("addf", &ps.0, u, "f64");
    f.store64(&re, s, &ir, ch);
    f.store64(&ps.1, s, &ii, ch);
    (re, ps.1)
}

pub(crate) fn cmul64(
    f: &mut FuncBuilder,
    a: &(String, String),
    b: &(String, String),
) -> (String, String) {
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
pub(crate) fn scan_conv(
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
