//! Float64 reference semantics of each operation. Plain loops, written for clarity.
// Index loops mirror the formulas of the spec; iterator chains would obscure them.
#![allow(clippy::needless_range_loop)]

use hyenac_models::{MlpActivation, NormStyle};

use crate::graph::{ConvAlg, Stream};

/// A row-major float64 matrix. Activations are `[L, C]`; weights keep their leading dimension
/// as rows and flatten the rest into columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Mat {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f64>,
}

impl Mat {
    pub fn zeros(rows: usize, cols: usize) -> Mat {
        Mat {
            rows,
            cols,
            data: vec![0.0; rows * cols],
        }
    }

    /// A weight of any rank as `[shape[0], product of the rest]`.
    pub fn from_weight(shape: &[usize], data: &[f32]) -> Mat {
        let rows = shape.first().copied().unwrap_or(1);
        let cols = shape.iter().skip(1).product::<usize>().max(1);
        Mat {
            rows,
            cols,
            data: data.iter().map(|&x| x as f64).collect(),
        }
    }

    #[inline]
    pub fn at(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }

    pub fn row(&self, r: usize) -> &[f64] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }

    pub fn columns(&self, start: usize, len: usize) -> Mat {
        let mut out = Mat::zeros(self.rows, len);
        for r in 0..self.rows {
            out.data[r * len..(r + 1) * len].copy_from_slice(&self.row(r)[start..start + len]);
        }
        out
    }

    pub fn zip(&self, other: &Mat, f: impl Fn(f64, f64) -> f64) -> Mat {
        Mat {
            rows: self.rows,
            cols: self.cols,
            data: self
                .data
                .iter()
                .zip(&other.data)
                .map(|(&a, &b)| f(a, b))
                .collect(),
        }
    }

    pub fn map_indexed(&self, f: impl Fn(usize, usize, f64) -> f64) -> Mat {
        let mut out = self.clone();
        for r in 0..self.rows {
            for c in 0..self.cols {
                out.data[r * self.cols + c] = f(r, c, self.at(r, c));
            }
        }
        out
    }

    /// Stacks matrices of one width on top of each other.
    pub fn vstack(parts: &[Mat]) -> Mat {
        let cols = parts.first().map_or(0, |m| m.cols);
        let mut data = Vec::new();
        for p in parts {
            data.extend_from_slice(&p.data);
        }
        Mat {
            rows: data.len() / cols.max(1),
            cols,
            data,
        }
    }
}

pub fn embedding(table: &Mat, tokens: &[usize]) -> Mat {
    let mut out = Mat::zeros(tokens.len(), table.cols);
    for (t, &id) in tokens.iter().enumerate() {
        out.data[t * table.cols..(t + 1) * table.cols].copy_from_slice(table.row(id));
    }
    out
}

pub fn rms_norm(x: &Mat, scale: &Mat, eps: f64, style: NormStyle) -> Mat {
    let mut out = x.clone();
    for r in 0..x.rows {
        let ms = x.row(r).iter().map(|v| v * v).sum::<f64>() / x.cols as f64;
        let denom = match style {
            NormStyle::EpsOutsideSqrt => ms.sqrt() + eps,
            NormStyle::EpsInsideSqrt => (ms + eps).sqrt(),
        };
        for c in 0..x.cols {
            out.data[r * x.cols + c] = scale.data[c] * x.at(r, c) / denom;
        }
    }
    out
}

/// `x wᵀ + b` with `w` as `[O, I]`.
pub fn linear(x: &Mat, w: &Mat, b: Option<&Mat>) -> Mat {
    let mut out = Mat::zeros(x.rows, w.rows);
    for r in 0..x.rows {
        let xr = x.row(r);
        for o in 0..w.rows {
            let acc: f64 = xr.iter().zip(w.row(o)).map(|(a, b)| a * b).sum();
            out.data[r * w.rows + o] = acc + b.map_or(0.0, |b| b.data[o]);
        }
    }
    out
}

/// Causal depthwise FIR with `hist` (the K−1 rows before `x`); returns the output and the
/// new history.
pub fn short_conv(x: &Mat, w: &Mat, b: Option<&Mat>, hist: &Mat) -> (Mat, Mat) {
    let k = w.cols; // weight [C, 1, K] flattened to [C, K]
    let ext = Mat::vstack(&[hist.clone(), x.clone()]);
    let mut out = Mat::zeros(x.rows, x.cols);
    for t in 0..x.rows {
        for c in 0..x.cols {
            // ext row t + j holds time t − (K−1) + j; tap K−1 is the current token.
            let acc: f64 = (0..k).map(|j| w.at(c, j) * ext.at(t + j, c)).sum();
            out.data[t * x.cols + c] = acc + b.map_or(0.0, |b| b.data[c]);
        }
    }
    let next = Mat {
        rows: k - 1,
        cols: x.cols,
        data: ext.data[(ext.rows - (k - 1)) * x.cols..].to_vec(),
    };
    (out, next)
}

/// [`short_conv`] by an FFT of length `n`: the cross-correlation with the taps is the
/// convolution of history and input with the reversed taps.
pub fn short_conv_fft(
    x: &Mat,
    w: &Mat,
    b: Option<&Mat>,
    hist: &Mat,
    n: usize,
) -> Result<(Mat, Mat), String> {
    let k = w.cols;
    let ext = Mat::vstack(&[hist.clone(), x.clone()]);
    if n < x.rows + 2 * k - 2 {
        return Err(format!(
            "a call of {} tokens needs an FFT of length ≥ {}, the plan has {n}",
            x.rows,
            x.rows + 2 * k - 2
        ));
    }
    let mut out = Mat::zeros(x.rows, x.cols);
    for c in 0..x.cols {
        let col: Vec<f64> = (0..ext.rows).map(|t| ext.at(t, c)).collect();
        let rev: Vec<f64> = (0..k).map(|j| w.at(c, k - 1 - j)).collect();
        let (a, f) = (super::fft::rfft(&col, n), super::fft::rfft(&rev, n));
        let prod: Vec<(f64, f64)> = a.iter().zip(&f).map(|(p, q)| cmul(*p, *q)).collect();
        let y = super::fft::irfft(&prod, n);
        for t in 0..x.rows {
            out.data[t * x.cols + c] = y[t + k - 1] + b.map_or(0.0, |b| b.data[c]);
        }
    }
    let next = Mat {
        rows: k - 1,
        cols: x.cols,
        data: ext.data[(ext.rows - (k - 1)) * x.cols..].to_vec(),
    };
    Ok((out, next))
}

pub fn hyena_split(x: &Mat, stream: Stream, heads: Option<usize>) -> Mat {
    let d = x.cols / 3;
    let src = |c: usize| -> usize {
        match heads {
            Some(h) => {
                let hd = d / h;
                let (head, j) = (c / hd, c % hd);
                head * 3 * hd + stream.index() * hd + j
            }
            None => stream.index() * d + c,
        }
    };
    let mut out = Mat::zeros(x.rows, d);
    for r in 0..x.rows {
        for c in 0..d {
            out.data[r * d + c] = x.at(r, src(c));
        }
    }
    out
}

#[inline]
fn cmul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// The modal long convolution of one call with incoming state `s0[c][n]`; returns the output
/// and the outgoing state.
pub fn modal_long_conv(
    u: &Mat,
    poles: &Mat,
    residues: &Mat,
    s0: &[Vec<(f64, f64)>],
) -> (Mat, Vec<Vec<(f64, f64)>>) {
    let (l, d) = (u.rows, u.cols);
    let n_modes = poles.cols / 2; // [D, N, 1, 2] flattened to [D, 2N]
    let mut out = Mat::zeros(l, d);
    let mut s1 = s0.to_vec();
    let mut h = vec![0.0; l];
    for c in 0..d {
        let p: Vec<(f64, f64)> = (0..n_modes)
            .map(|n| (poles.at(c, 2 * n), poles.at(c, 2 * n + 1)))
            .collect();
        let r: Vec<(f64, f64)> = (0..n_modes)
            .map(|n| (residues.at(c, 2 * n), residues.at(c, 2 * n + 1)))
            .collect();
        // h[t] = Re Σ R p^t, and the history term Re Σ R p^{t+1} s0.
        let mut pw: Vec<(f64, f64)> = vec![(1.0, 0.0); n_modes];
        let mut hist = vec![0.0; l];
        for t in 0..l {
            h[t] = (0..n_modes).map(|n| cmul(r[n], pw[n]).0).sum();
            for n in 0..n_modes {
                pw[n] = cmul(pw[n], p[n]);
            }
            hist[t] = (0..n_modes)
                .map(|n| cmul(r[n], cmul(pw[n], s0[c][n])).0)
                .sum();
        }
        for t in 0..l {
            let acc: f64 = (0..=t).map(|s| h[s] * u.at(t - s, c)).sum();
            out.data[t * d + c] = acc + hist[t];
        }
        // Horner over the call: s ← p·s + u[t].
        for t in 0..l {
            for n in 0..n_modes {
                let ps = cmul(p[n], s1[c][n]);
                s1[c][n] = (ps.0 + u.at(t, c), ps.1);
            }
        }
    }
    (out, s1)
}

/// flash_attn's float32 rotary angle for position `pos` and frequency `j` (spec §3).
pub fn rotary_angle(pos: usize, j: usize, head_dim: usize, base: f64, position_scale: f64) -> f64 {
    let e = (2 * j) as f32 / head_dim as f32;
    let p = (base.powf(e as f64)) as f32;
    let inv = 1.0f32 / p;
    let t = if position_scale == 1.0 {
        pos as f32
    } else {
        pos as f32 / position_scale as f32
    };
    (t * inv) as f64
}

pub fn rotary(
    x: &Mat,
    heads: usize,
    head_dim: usize,
    base: f64,
    position_scale: f64,
    offset: usize,
) -> Mat {
    rotate_half(x, heads, head_dim, offset, |pos, j| {
        rotary_angle(pos, j, head_dim, base, position_scale)
    })
}

/// The angle of frequency `j` at position `pos` from stored frequencies, in float64:
/// `(pos / position_scale) · inv_freq[j]` (StripedHyena 2, spec SH2 §2.8).
pub fn stored_rotary_angle(pos: usize, j: usize, inv_freq: &Mat, position_scale: f64) -> f64 {
    pos as f64 / position_scale * inv_freq.data[j]
}

/// Rotary embedding with stored frequencies `inv_freq [hd/2]`.
pub fn rotary_freqs(
    x: &Mat,
    heads: usize,
    head_dim: usize,
    inv_freq: &Mat,
    position_scale: f64,
    offset: usize,
) -> Mat {
    rotate_half(x, heads, head_dim, offset, |pos, j| {
        stored_rotary_angle(pos, j, inv_freq, position_scale)
    })
}

/// GPT-NeoX rotate-half of every head of `x` at positions `offset..`, angles from `angle`.
fn rotate_half(
    x: &Mat,
    heads: usize,
    head_dim: usize,
    offset: usize,
    angle: impl Fn(usize, usize) -> f64,
) -> Mat {
    let half = head_dim / 2;
    let mut out = x.clone();
    for r in 0..x.rows {
        for j in 0..half {
            let th = angle(offset + r, j);
            let (cos, sin) = (th.cos(), th.sin());
            for h in 0..heads {
                let (i1, i2) = (h * head_dim + j, h * head_dim + half + j);
                let (a, b) = (x.at(r, i1), x.at(r, i2));
                out.data[r * x.cols + i1] = a * cos - b * sin;
                out.data[r * x.cols + i2] = b * cos + a * sin;
            }
        }
    }
    out
}

/// Causal attention of the `q.rows` newest queries over all `rows` cached keys/values.
pub fn attention(
    q: &Mat,
    k: &[f64],
    v: &[f64],
    rows: usize,
    heads: usize,
    kv_heads: usize,
    hd: usize,
) -> Mat {
    let kw = kv_heads * hd;
    let group = heads / kv_heads;
    let scale = 1.0 / (hd as f64).sqrt();
    let first = rows - q.rows; // absolute index of the first query among the keys
    let mut out = Mat::zeros(q.rows, heads * hd);
    let mut scores = vec![0.0; rows];
    for i in 0..q.rows {
        let visible = first + i + 1;
        for h in 0..heads {
            let g = h / group;
            let qv = &q.row(i)[h * hd..(h + 1) * hd];
            let mut max = f64::NEG_INFINITY;
            for (j, s) in scores.iter_mut().enumerate().take(visible) {
                let kv = &k[j * kw + g * hd..j * kw + (g + 1) * hd];
                *s = qv.iter().zip(kv).map(|(a, b)| a * b).sum::<f64>() * scale;
                max = max.max(*s);
            }
            let mut denom = 0.0;
            for s in scores.iter_mut().take(visible) {
                *s = (*s - max).exp();
                denom += *s;
            }
            for dd in 0..hd {
                let acc: f64 = (0..visible)
                    .map(|j| scores[j] * v[j * kw + g * hd + dd])
                    .sum();
                out.data[i * heads * hd + h * hd + dd] = acc / denom;
            }
        }
    }
    out
}

/// Rows regrouped by stream: row `(s·C + c)·B + b` of the result is row `(c·S + s)·B + b`.
pub fn deinterleave(w: &Mat, streams: usize, block: usize) -> Mat {
    let c = w.rows / (streams * block);
    let mut out = Mat::zeros(w.rows, w.cols);
    for s in 0..streams {
        for ch in 0..c {
            for b in 0..block {
                let to = (s * c + ch) * block + b;
                let from = (ch * streams + s) * block + b;
                out.data[to * w.cols..(to + 1) * w.cols].copy_from_slice(w.row(from));
            }
        }
    }
    out
}

/// A grouped filter `[G, K]` per channel: row `c` of the result is row `c / (C/G)`.
pub fn expand_groups(h: &Mat, channels: usize) -> Mat {
    let per = channels / h.rows;
    let mut out = Mat::zeros(channels, h.cols);
    for c in 0..channels {
        out.data[c * h.cols..(c + 1) * h.cols].copy_from_slice(h.row(c / per));
    }
    out
}

/// Each row's taps in reverse order.
pub fn reverse_taps(h: &Mat) -> Mat {
    let mut out = h.clone();
    for r in 0..h.rows {
        out.data[r * h.cols..(r + 1) * h.cols].reverse();
    }
    out
}

/// `[D, N]` values as `[D, 2N]` complex pairs `(f(x), 0)`.
pub fn real_to_complex(x: &Mat, f: impl Fn(f64) -> f64) -> Mat {
    let mut out = Mat::zeros(x.rows, 2 * x.cols);
    for (i, &v) in x.data.iter().enumerate() {
        out.data[2 * i] = f(v);
    }
    out
}

pub fn activation(x: &Mat, kind: MlpActivation) -> Mat {
    let f = match kind {
        MlpActivation::Silu => |x: f64| x / (1.0 + (-x).exp()),
        MlpActivation::Gelu => |x: f64| 0.5 * x * (1.0 + libm::erf(x / std::f64::consts::SQRT_2)),
        MlpActivation::GeluTanh => |x: f64| {
            let k = (2.0 / std::f64::consts::PI).sqrt();
            0.5 * x * (1.0 + (k * (x + 0.044715 * x * x * x)).tanh())
        },
        MlpActivation::Identity => |x: f64| x,
    };
    Mat {
        rows: x.rows,
        cols: x.cols,
        data: x.data.iter().map(|&v| f(v)).collect(),
    }
}

/// The Hyena gate `x2 ⊙ (yc + d ⊙ u1)`.
pub fn gate(yc: &Mat, u1: &Mat, x2: &Mat, d: &Mat) -> Mat {
    yc.map_indexed(|r, c, y| (y + d.data[c] * u1.at(r, c)) * x2.at(r, c))
}

/// Modal parameters `(p, R)` per channel from `[D, N, 1, 2]` poles and residues.
pub type ModalParams = (Vec<Vec<(f64, f64)>>, Vec<Vec<(f64, f64)>>);

pub fn modal_params(poles: &Mat, residues: &Mat) -> ModalParams {
    let n = poles.cols / 2;
    let get = |m: &Mat| -> Vec<Vec<(f64, f64)>> {
        (0..m.rows)
            .map(|c| {
                (0..n)
                    .map(|k| (m.at(c, 2 * k), m.at(c, 2 * k + 1)))
                    .collect()
            })
            .collect()
    };
    (get(poles), get(residues))
}

/// The materialised modal filter `h[c, t] = Re Σ R p^t`, `t < len`.
pub fn modal_filter(poles: &Mat, residues: &Mat, len: usize) -> Mat {
    let (p, r) = modal_params(poles, residues);
    let d = p.len();
    let mut h = Mat::zeros(d, len);
    for c in 0..d {
        let mut pw = vec![(1.0, 0.0); p[c].len()];
        for t in 0..len {
            h.data[c * len + t] = (0..pw.len()).map(|n| cmul(r[c][n], pw[n]).0).sum();
            for n in 0..pw.len() {
                pw[n] = cmul(pw[n], p[c][n]);
            }
        }
    }
    h
}

/// The real spectrum of each filter row zero-padded to `n`, as `[D, (n/2+1)·2]`.
pub fn spectrum(h: &Mat, n: usize) -> Mat {
    let bins = n / 2 + 1;
    let mut out = Mat::zeros(h.rows, bins * 2);
    // Rows are independent: split them over the machine's threads (the compiler folds these
    // for every long filter; each row's values do not depend on the split).
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let per = h.rows.div_ceil(threads).max(1);
    std::thread::scope(|s| {
        for (i, chunk) in out.data.chunks_mut(per * bins * 2).enumerate() {
            s.spawn(move || {
                for (j, row) in chunk.chunks_mut(bins * 2).enumerate() {
                    let spec = super::fft::rfft(h.row(i * per + j), n);
                    for (k, v) in spec.into_iter().enumerate() {
                        row[2 * k] = v.0;
                        row[2 * k + 1] = v.1;
                    }
                }
            });
        }
    });
    out
}

/// Modal state per channel and mode.
pub type ModalState = Vec<Vec<(f64, f64)>>;

/// `Re Σₙ R p^{t+1} s₀` for `t < l`: what the state carries into the call.
fn history(p: &[(f64, f64)], r: &[(f64, f64)], s0: &[(f64, f64)], l: usize) -> Vec<f64> {
    let mut pw: Vec<(f64, f64)> = p.to_vec();
    (0..l)
        .map(|_| {
            let v = (0..p.len()).map(|n| cmul(r[n], cmul(pw[n], s0[n])).0).sum();
            for n in 0..p.len() {
                pw[n] = cmul(pw[n], p[n]);
            }
            v
        })
        .collect()
}

/// Horner's rule `s ← p·s + u[t]` over a channel's inputs.
fn advance(p: &[(f64, f64)], s: &mut [(f64, f64)], u: impl Iterator<Item = f64>) {
    for x in u {
        for n in 0..p.len() {
            let ps = cmul(p[n], s[n]);
            s[n] = (ps.0 + x, ps.1);
        }
    }
}

/// The causal long convolution of one call by algorithm `alg`, continuing from state `s0`.
/// `filter` holds the algorithm's filter operands (see [`ConvAlg`]); `modes` the modal
/// parameters (needed for the state in every algorithm).
pub fn long_conv(
    alg: ConvAlg,
    u: &Mat,
    filter: &[&Mat],
    modes: &ModalParams,
    s0: &ModalState,
) -> Result<(Mat, ModalState), String> {
    let (l, d) = (u.rows, u.cols);
    let (p, r) = modes;
    let mut out = Mat::zeros(l, d);
    let mut s1 = s0.clone();
    let col = |c: usize| (0..l).map(move |t| u.at(t, c));
    match alg {
        ConvAlg::Direct => {
            let h = filter[0];
            if h.cols < l {
                return Err(format!(
                    "a call of {l} tokens exceeds the direct filter length {}",
                    h.cols
                ));
            }
            for c in 0..d {
                let hist = history(&p[c], &r[c], &s0[c], l);
                for t in 0..l {
                    let acc: f64 = (0..=t).map(|s| h.at(c, s) * u.at(t - s, c)).sum();
                    out.data[t * d + c] = acc + hist[t];
                }
                advance(&p[c], &mut s1[c], col(c));
            }
        }
        ConvAlg::Fft { n } => {
            if n < 2 * l - 1 {
                return Err(format!(
                    "a call of {l} tokens needs an FFT of length ≥ {}, the plan has {n}",
                    2 * l - 1
                ));
            }
            let spec = filter[0];
            let bins = n / 2 + 1;
            for c in 0..d {
                let x: Vec<f64> = col(c).collect();
                let uf = super::fft::rfft(&x, n);
                let prod: Vec<(f64, f64)> = (0..bins)
                    .map(|k| cmul(uf[k], (spec.at(c, 2 * k), spec.at(c, 2 * k + 1))))
                    .collect();
                let y = super::fft::irfft(&prod, n);
                let hist = history(&p[c], &r[c], &s0[c], l);
                for t in 0..l {
                    out.data[t * d + c] = y[t] + hist[t];
                }
                advance(&p[c], &mut s1[c], col(c));
            }
        }
        ConvAlg::Block { b } => {
            let h = filter[0];
            for c in 0..d {
                let mut start = 0;
                while start < l {
                    let len = b.min(l - start);
                    let hist = history(&p[c], &r[c], &s1[c], len);
                    for i in 0..len {
                        let acc: f64 = (0..=i).map(|s| h.at(c, s) * u.at(start + i - s, c)).sum();
                        out.data[(start + i) * d + c] = acc + hist[i];
                    }
                    advance(&p[c], &mut s1[c], (start..start + len).map(|t| u.at(t, c)));
                    start += len;
                }
            }
        }
        ConvAlg::Scan => {
            for c in 0..d {
                for t in 0..l {
                    advance(&p[c], &mut s1[c], std::iter::once(u.at(t, c)));
                    out.data[t * d + c] = (0..p[c].len()).map(|n| cmul(r[c][n], s1[c][n]).0).sum();
                }
            }
        }
    }
    Ok((out, s1))
}

/// LayerNorm of each row with biased variance: `(x − mean)/sqrt(var + eps) · scale + bias`.
pub fn layer_norm(x: &Mat, scale: &Mat, bias: &Mat, eps: f64) -> Mat {
    let mut out = x.clone();
    let n = x.cols as f64;
    for r in 0..x.rows {
        let row = x.row(r);
        let mean = row.iter().sum::<f64>() / n;
        let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
        let inv = 1.0 / (var + eps).sqrt();
        for c in 0..x.cols {
            out.data[r * x.cols + c] = (row[c] - mean) * inv * scale.data[c] + bias.data[c];
        }
    }
    out
}

/// The Hyena implicit filter on its whole grid, lag first (`graph::Op::ImplicitFilter`):
/// operands `z, t, w0, b0, freq, w2, b2, w4, b4, w6, deltas` as the checkpoint stores them;
/// the result is `[C, Lm]`. Every product and `sin` is in float64 on the stored values (the
/// filter MLP amplifies rounding about tenfold per `sin` layer, spec Hyena §3.3).
pub fn implicit_filter(ops: &[&Mat], shift: f64, modulate: bool) -> Mat {
    let (z, t, w0, b0, freq) = (ops[0], ops[1], ops[2], ops[3], ops[4]);
    let (w6, deltas) = (ops[9], ops[10]);
    let lm = t.data.len();
    let e = z.data.len() / lm;
    let w = w0.rows;
    let c = w6.rows;
    let mut out = Mat::zeros(c, lm);
    // Positions are independent: split them over the machine's threads.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per = lm.div_ceil(threads).max(1);
    let columns: Vec<Vec<f64>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..lm)
            .step_by(per)
            .map(|start| {
                s.spawn(move || {
                    let mut cols = Vec::with_capacity(per * c);
                    let layer = |m: &Mat, b: &Mat, x: &[f64]| -> Vec<f64> {
                        (0..m.rows)
                            .map(|o| {
                                let acc: f64 = m.row(o).iter().zip(x).map(|(a, b)| a * b).sum();
                                (freq.data[o] * (acc + b.data[o])).sin()
                            })
                            .collect()
                    };
                    for tau in start..(start + per).min(lm) {
                        let zt = &z.data[tau * e..(tau + 1) * e];
                        let a = layer(w0, b0, zt);
                        let a = layer(ops[5], ops[6], &a);
                        let a = layer(ops[7], ops[8], &a);
                        debug_assert_eq!(a.len(), w);
                        for ch in 0..c {
                            let h: f64 = w6.row(ch).iter().zip(&a).map(|(x, y)| x * y).sum();
                            let window = if modulate {
                                (-t.data[tau] * deltas.data[ch].abs()).exp() + shift
                            } else {
                                1.0
                            };
                            cols.push(h * window);
                        }
                    }
                    cols
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("filter thread"))
            .collect()
    });
    let mut tau = 0;
    for chunk in columns {
        for vals in chunk.chunks(c) {
            for (ch, v) in vals.iter().enumerate() {
                out.data[ch * lm + tau] = *v;
            }
            tau += 1;
        }
    }
    out
}

/// Rows `offset + i·stride`, `i < count`.
pub fn strided_rows(x: &Mat, offset: usize, stride: usize, count: usize) -> Mat {
    let mut out = Mat::zeros(count, x.cols);
    for i in 0..count {
        out.data[i * x.cols..(i + 1) * x.cols].copy_from_slice(x.row(offset + i * stride));
    }
    out
}

/// The first `len` columns of each row.
pub fn filter_prefix(h: &Mat, len: usize) -> Mat {
    let mut out = Mat::zeros(h.rows, len);
    for r in 0..h.rows {
        out.data[r * len..(r + 1) * len].copy_from_slice(&h.row(r)[..len]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Mat {
        fn rows_range(&self, a: usize, b: usize) -> Mat {
            Mat {
                rows: b - a,
                cols: self.cols,
                data: self.data[a * self.cols..b * self.cols].to_vec(),
            }
        }
    }

    fn mat(rows: usize, cols: usize, f: impl Fn(usize) -> f64) -> Mat {
        Mat {
            rows,
            cols,
            data: (0..rows * cols).map(f).collect(),
        }
    }

    #[test]
    fn short_conv_taps_are_not_flipped() {
        // One channel, taps [1, 10, 100]: tap K−1 multiplies the current token.
        let x = mat(3, 1, |i| [1.0, 2.0, 3.0][i]);
        let w = mat(1, 3, |i| [1.0, 10.0, 100.0][i]);
        let (y, hist) = short_conv(&x, &w, None, &Mat::zeros(2, 1));
        assert_eq!(y.data, vec![100.0, 210.0, 321.0]);
        assert_eq!(hist.data, vec![2.0, 3.0]);
    }

    #[test]
    fn modal_conv_equals_recurrence_and_chunks_compose() {
        let u = mat(7, 2, |i| ((i * 37 % 11) as f64) - 5.0);
        let poles = mat(2, 4, |i| [0.9, 0.2, -0.5, 0.1, 0.3, -0.7, 0.0, 0.0][i]);
        let res = mat(2, 4, |i| [1.0, -0.5, 0.25, 2.0, -1.0, 0.5, 3.0, 0.0][i]);
        let zero = vec![vec![(0.0, 0.0); 2]; 2];
        let (full, s_full) = modal_long_conv(&u, &poles, &res, &zero);
        // The recurrence s ← p s + u, y = Re Σ R s (spec §2.2), step by step.
        let mut s = zero.clone();
        for t in 0..7 {
            for c in 0..2 {
                let mut y = 0.0;
                for n in 0..2 {
                    let p = (poles.at(c, 2 * n), poles.at(c, 2 * n + 1));
                    let ps = cmul(p, s[c][n]);
                    s[c][n] = (ps.0 + u.at(t, c), ps.1);
                    y += cmul((res.at(c, 2 * n), res.at(c, 2 * n + 1)), s[c][n]).0;
                }
                assert!((y - full.at(t, c)).abs() < 1e-12, "t={t} c={c}");
            }
        }
        // Two calls carrying the state give the same outputs and state.
        let (a, s_a) = modal_long_conv(&u.columns(0, 2).rows_range(0, 3), &poles, &res, &zero);
        let (b, s_b) = modal_long_conv(&u.rows_range(3, 7), &poles, &res, &s_a);
        let both = Mat::vstack(&[a, b]);
        for (x, y) in both.data.iter().zip(&full.data) {
            assert!((x - y).abs() < 1e-12);
        }
        for c in 0..2 {
            for n in 0..2 {
                assert!((s_b[c][n].0 - s_full[c][n].0).abs() < 1e-12);
                assert!((s_b[c][n].1 - s_full[c][n].1).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn rotary_angle_follows_float32_recipe() {
        // At position 32767, base 5e5, hd 128, j = 1 the f32 angle differs from the f64 one.
        let f32_angle = rotary_angle(32767, 1, 128, 500000.0, 1.0);
        let f64_angle = 32767.0 / 500000f64.powf(2.0 / 128.0);
        assert!((f32_angle - f64_angle).abs() > 1e-6);
        assert!((f32_angle - f64_angle).abs() < 1e-2);
        assert_eq!(rotary_angle(5, 0, 8, 10000.0, 1.0), 5.0);
    }

    #[test]
    fn attention_single_key_returns_its_value() {
        let q = mat(1, 4, |i| i as f64);
        let k = vec![0.3, -0.2];
        let v = vec![7.0, -1.0];
        // 2 query heads share one kv head of width 2.
        let y = attention(&q, &k, &v, 1, 2, 1, 2);
        assert_eq!(y.data, vec![7.0, -1.0, 7.0, -1.0]);
    }

    #[test]
    fn column_split_layout() {
        // D = 4, two heads of 2: channel groups [x2 x2 x1 x1 v v | x2 x2 x1 x1 v v].
        let x = mat(1, 12, |i| i as f64);
        assert_eq!(
            hyena_split(&x, Stream::X2, Some(2)).data,
            vec![0.0, 1.0, 6.0, 7.0]
        );
        assert_eq!(
            hyena_split(&x, Stream::X1, Some(2)).data,
            vec![2.0, 3.0, 8.0, 9.0]
        );
        assert_eq!(
            hyena_split(&x, Stream::V, None).data,
            vec![8.0, 9.0, 10.0, 11.0]
        );
    }
}
