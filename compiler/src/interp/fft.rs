//! A float64 mixed-radix FFT for the reference interpreter (any length; radices 2, 3, 4, 5
//! and a direct DFT for other prime factors). Clarity over speed: it is an oracle.

use std::f64::consts::PI;

pub type C64 = (f64, f64);

#[inline]
fn mul(a: C64, b: C64) -> C64 {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Forward DFT `X[k] = Σ x[j] e^{−2πi jk/n}` (`inverse`: `e^{+…}`, unnormalised).
pub fn fft(x: &[C64], inverse: bool) -> Vec<C64> {
    let twiddles = Twiddles::new(x.len(), inverse);
    fft_by(x, &twiddles, 1)
}

/// `e^{∓2πi e/n}` for `e < n`: computed once per transform rather than once per butterfly
/// (the spectra a compiler folds for a 1B model are ~10⁵ transforms of 16k points).
struct Twiddles(Vec<C64>);

impl Twiddles {
    fn new(n: usize, inverse: bool) -> Twiddles {
        let sign = if inverse { 1.0 } else { -1.0 };
        Twiddles(
            (0..n)
                .map(|e| {
                    let a = sign * 2.0 * PI * e as f64 / n as f64;
                    (a.cos(), a.sin())
                })
                .collect(),
        )
    }
}

/// The DFT of `x`, whose length is `N / stride` for the table's `N`: its twiddle `e` is the
/// table's `e · stride`.
fn fft_by(x: &[C64], tw: &Twiddles, stride: usize) -> Vec<C64> {
    let n = x.len();
    if n <= 1 {
        return x.to_vec();
    }
    let r = smallest_factor(n);
    let m = n / r;
    let w = |e: usize| tw.0[(e % n) * stride];
    if r == n {
        // Prime length: direct DFT.
        return (0..n)
            .map(|k| {
                x.iter().enumerate().fold((0.0, 0.0), |acc, (j, &v)| {
                    let t = mul(v, w(j * k));
                    (acc.0 + t.0, acc.1 + t.1)
                })
            })
            .collect();
    }
    // Decimation in time: r interleaved sub-sequences of length m.
    let subs: Vec<Vec<C64>> = (0..r)
        .map(|q| {
            fft_by(
                &x.iter().skip(q).step_by(r).copied().collect::<Vec<_>>(),
                tw,
                stride * r,
            )
        })
        .collect();
    let mut out = vec![(0.0, 0.0); n];
    for (k, o) in out.iter_mut().enumerate() {
        let mut acc = (0.0, 0.0);
        for (q, sub) in subs.iter().enumerate() {
            let t = mul(sub[k % m], w(q * k));
            acc = (acc.0 + t.0, acc.1 + t.1);
        }
        *o = acc;
    }
    out
}

fn smallest_factor(n: usize) -> usize {
    (2..)
        .take_while(|f| f * f <= n)
        .find(|f| n.is_multiple_of(*f))
        .unwrap_or(n)
}

/// Real spectrum `X[0 ..= n/2]` of `x` zero-padded to `n`.
pub fn rfft(x: &[f64], n: usize) -> Vec<C64> {
    let mut buf = vec![(0.0, 0.0); n];
    for (b, &v) in buf.iter_mut().zip(x) {
        b.0 = v;
    }
    let mut full = fft(&buf, false);
    full.truncate(n / 2 + 1);
    full
}

/// Inverse of [`rfft`] for a real signal of length `n` (normalised by 1/n).
pub fn irfft(half: &[C64], n: usize) -> Vec<f64> {
    let mut full = vec![(0.0, 0.0); n];
    for k in 0..n {
        full[k] = if k <= n / 2 {
            half[k]
        } else {
            let c = half[n - k];
            (c.0, -c.1)
        };
    }
    fft(&full, true)
        .into_iter()
        .map(|c| c.0 / n as f64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fft_matches_direct_dft_for_mixed_radices() {
        for n in [1usize, 2, 3, 5, 6, 7, 12, 30, 45, 64, 98] {
            let x: Vec<C64> = (0..n)
                .map(|i| ((i as f64 * 0.7).sin(), (i as f64 * 1.3).cos()))
                .collect();
            let got = fft(&x, false);
            for (k, g) in got.iter().enumerate() {
                let mut want = (0.0, 0.0);
                for (j, v) in x.iter().enumerate() {
                    let a = -2.0 * PI * (j * k) as f64 / n as f64;
                    let t = mul(*v, (a.cos(), a.sin()));
                    want = (want.0 + t.0, want.1 + t.1);
                }
                assert!(
                    (g.0 - want.0).abs() < 1e-9 && (g.1 - want.1).abs() < 1e-9,
                    "n={n} k={k}"
                );
            }
        }
    }

    #[test]
    fn rfft_round_trip() {
        let x: Vec<f64> = (0..10).map(|i| (i as f64).sqrt() - 1.0).collect();
        let back = irfft(&rfft(&x, 24), 24);
        for (i, v) in back.iter().enumerate() {
            let want = if i < 10 { x[i] } else { 0.0 };
            assert!((v - want).abs() < 1e-12);
        }
    }
}
