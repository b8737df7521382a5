//! Choosing the next token from logits: greedy, or sampling with temperature, top-k and top-p
//! (nucleus), deterministic for a seed.

/// How the next token is chosen. `temperature == 0` is greedy (the default).
#[derive(Debug, Clone)]
pub struct Sampler {
    /// Logits are divided by this (0: greedy).
    pub temperature: f64,
    /// Keep only the `k` most likely tokens (0: all).
    pub top_k: usize,
    /// Keep the smallest set of most likely tokens whose probability reaches `p` (1: all).
    pub top_p: f64,
    rng: u64,
}

impl Default for Sampler {
    fn default() -> Self {
        Sampler::greedy()
    }
}

impl Sampler {
    /// Always the most likely token (the lowest id among equals).
    pub fn greedy() -> Self {
        Sampler {
            temperature: 0.0,
            top_k: 0,
            top_p: 1.0,
            rng: 1,
        }
    }

    /// Sampling with `temperature`, `top_k` and `top_p`, from the random stream of `seed`.
    pub fn new(temperature: f64, top_k: usize, top_p: f64, seed: u64) -> Self {
        Sampler {
            temperature,
            top_k,
            top_p,
            // splitmix64 of the seed: any seed, including 0, gives a non-zero xorshift state.
            rng: {
                let mut z = seed.wrapping_add(0x9E3779B97F4A7C15);
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
                (z ^ (z >> 31)) | 1
            },
        }
    }

    /// A uniform number in [0, 1) (xorshift64*).
    fn uniform(&mut self) -> f64 {
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        (self.rng.wrapping_mul(0x2545F4914F6CDD1D) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// The next token from one row of logits.
    pub fn sample(&mut self, logits: &[f32]) -> i64 {
        let argmax = || {
            let mut best = 0;
            for (i, &x) in logits.iter().enumerate() {
                if x > logits[best] {
                    best = i;
                }
            }
            best as i64
        };
        if self.temperature <= 0.0 || logits.is_empty() {
            return argmax();
        }
        // Candidates by decreasing logit (ties by id), cut by top-k.
        let mut order: Vec<usize> = (0..logits.len()).collect();
        order.sort_by(|&a, &b| logits[b].total_cmp(&logits[a]).then(a.cmp(&b)));
        if self.top_k > 0 {
            order.truncate(self.top_k);
        }
        let max = logits[order[0]] as f64;
        let mut probs: Vec<f64> = order
            .iter()
            .map(|&i| ((logits[i] as f64 - max) / self.temperature).exp())
            .collect();
        let total: f64 = probs.iter().sum();
        probs.iter_mut().for_each(|p| *p /= total);
        // Nucleus: the shortest prefix whose mass reaches top_p.
        if self.top_p < 1.0 {
            let mut mass = 0.0;
            let mut keep = probs.len();
            for (i, p) in probs.iter().enumerate() {
                mass += p;
                if mass >= self.top_p {
                    keep = i + 1;
                    break;
                }
            }
            probs.truncate(keep);
            order.truncate(keep);
        }
        let total: f64 = probs.iter().sum();
        let mut x = self.uniform() * total;
        for (i, p) in probs.iter().enumerate() {
            if x < *p {
                return order[i] as i64;
            }
            x -= p;
        }
        order[probs.len() - 1] as i64
    }
}

/// `log softmax(row)` in f64; None if a logit is not finite.
pub fn log_softmax(row: &[f32]) -> Option<Vec<f64>> {
    if row.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let m = row
        .iter()
        .fold(f64::NEG_INFINITY, |a, &x| a.max(f64::from(x)));
    let lse = m + row
        .iter()
        .map(|&x| (f64::from(x) - m).exp())
        .sum::<f64>()
        .ln();
    Some(row.iter().map(|&x| f64::from(x) - lse).collect())
}

/// The log-likelihood of each next token: entry `r` is `log p(next[r])` under row `r` of
/// `logits` (`[rows, V]`, `rows == next.len()`), a log-softmax in f64. A non-finite logit
/// or an id outside the vocabulary is an error naming the row, never a small number.
pub fn next_token_logprobs(
    logits: &crate::Matrix,
    next: &[i64],
) -> Result<Vec<f64>, crate::RuntimeError> {
    let v = logits.cols;
    if logits.rows != next.len() {
        return Err(crate::RuntimeError::Input(format!(
            "{} rows of logits for {} next tokens",
            logits.rows,
            next.len()
        )));
    }
    let values = logits.values();
    next.iter()
        .enumerate()
        .map(|(r, &t)| {
            let row = &values[r * v..(r + 1) * v];
            if let Some((c, x)) = crate::compare::first_non_finite(row) {
                return Err(crate::RuntimeError::Input(format!(
                    "logit {c} of row {r} is not finite ({x})"
                )));
            }
            let id = usize::try_from(t).ok().filter(|&i| i < v).ok_or_else(|| {
                crate::RuntimeError::Input(format!(
                    "token {t} at row {} is outside the vocabulary of {v}",
                    r + 1
                ))
            })?;
            let lp = log_softmax(row).expect("checked finite");
            Ok(lp[id])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_takes_the_largest_logit() {
        assert_eq!(Sampler::greedy().sample(&[0.1, 2.0, -1.0, 2.0]), 1);
    }

    #[test]
    fn sampling_is_deterministic_for_a_seed_and_respects_top_k() {
        let logits = [1.0f32, 0.9, 0.8, -5.0, 0.7];
        let draw = |seed| {
            let mut s = Sampler::new(1.0, 3, 1.0, seed);
            (0..200).map(|_| s.sample(&logits)).collect::<Vec<_>>()
        };
        assert_eq!(draw(7), draw(7));
        assert_ne!(draw(7), draw(8));
        let d = draw(7);
        assert!(d.iter().all(|&t| t <= 2), "top-k 3 keeps ids 0, 1, 2");
        // All three candidates appear with near-equal logits.
        for id in 0..3 {
            assert!(d.contains(&id), "id {id} never drawn");
        }
    }

    #[test]
    fn top_p_keeps_the_nucleus() {
        // Probabilities ≈ 0.88, 0.12, ~0: top-p 0.5 keeps only the first.
        let logits = [2.0f32, 0.0, -20.0];
        let mut s = Sampler::new(1.0, 0, 0.5, 3);
        assert!((0..100).all(|_| s.sample(&logits) == 0));
    }

    /// A log-softmax against a direct computation; the refusals.
    #[test]
    fn next_token_logprobs_are_log_softmax() {
        let m = crate::Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 0.0, 0.0, 0.0]);
        let lp = super::next_token_logprobs(&m, &[2, 0]).unwrap();
        let z = (1f64.exp() + 2f64.exp() + 3f64.exp()).ln();
        assert!((lp[0] - (3.0 - z)).abs() < 1e-12);
        assert!((lp[1] + 3f64.ln()).abs() < 1e-12);
        let e = super::next_token_logprobs(&m, &[3, 0])
            .unwrap_err()
            .to_string();
        assert!(e.contains("outside the vocabulary of 3"), "{e}");
        let nan = crate::Matrix::new(1, 2, vec![0.0, f32::NAN]);
        let e = super::next_token_logprobs(&nan, &[0])
            .unwrap_err()
            .to_string();
        assert!(e.contains("not finite"), "{e}");
    }
}
