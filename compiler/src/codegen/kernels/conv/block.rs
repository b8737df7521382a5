//! The chunked algorithm: direct inside blocks of `b` steps, the modal state across them.

use super::*;

/// The chunked convolution on the CPU, time-major: inside a chunk, the direct sum over the
/// chunk's earlier steps; the f64 modal state `[D, 2N]` brings in everything before, through
/// `R p^{i+1}` kept per channel in `[D, 2N]`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn block_time_major(
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
                let zero = f.fconst(0.0);
                let acc = f.for_acc(&c0, &i1, &[(&zero, f.acc())], |f, j, acc| {
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
                    modal_step(f, (&pn, &s), ch, n, &u64);
                }
            });
        });
    });
}
/// Chunks of `b` steps: direct convolution with `h[:b]` inside a chunk; the f64 modal state
/// brings in everything before the chunk (`Re Σ R p^{i+1} s`) and is advanced per chunk.
#[allow(clippy::too_many_arguments)]
pub(crate) fn block_conv(
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
            let z32 = f.fconst(0.0);
            let acc = f.for_acc(&c0, &i1, &[(&z32, f.acc())], |f, j, acc| {
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
