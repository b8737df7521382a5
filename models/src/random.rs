//! Random weights for a config: the one generator that tests, examples and benchmarks use when
//! no trained checkpoint is at hand (deterministic, so a failure reproduces).

use crate::{expected_tensors, Config};

/// A deterministic generator (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One of `xs`, uniformly.
    pub fn pick(&mut self, xs: &[usize]) -> usize {
        xs[(self.next_u64() % xs.len() as u64) as usize]
    }
}

/// How [`random_weights`] draws a checkpoint.
#[derive(Debug, Clone, Copy)]
pub struct RandomWeights {
    /// Seed of the generator.
    pub seed: u64,
    /// Pole moduli are uniform in `[lo, hi)` (inside the unit disc, so filters decay), their
    /// angles uniform in `[0, π)`.
    pub pole_modulus: (f64, f64),
    /// Norm scales of 1 (as a freshly initialised model has) instead of random values.
    pub unit_scales: bool,
}

/// Random f32 weights for every tensor `config` expects, `(name, shape, values)`: uniform in
/// `±1/sqrt(fan-in)`, poles per [`RandomWeights::pole_modulus`].
pub fn random_weights(config: &Config, how: RandomWeights) -> Vec<(String, Vec<usize>, Vec<f32>)> {
    let mut rng = Rng(how.seed);
    let (lo, hi) = how.pole_modulus;
    expected_tensors(config)
        .into_iter()
        .map(|spec| {
            let count: usize = spec.shape.iter().product();
            let fan_in = *spec.shape.last().unwrap_or(&1) as f64;
            let data: Vec<f32> = if spec.name.ends_with("poles") {
                (0..count / 2)
                    .flat_map(|_| {
                        let r = lo + (hi - lo) * rng.uniform();
                        let th = std::f64::consts::PI * rng.uniform();
                        [(r * th.cos()) as f32, (r * th.sin()) as f32]
                    })
                    .collect()
            } else if how.unit_scales && spec.name.ends_with("scale") {
                vec![1.0; count]
            } else {
                (0..count)
                    .map(|_| ((rng.uniform() * 2.0 - 1.0) / fan_in.sqrt()) as f32)
                    .collect()
            };
            (spec.name, spec.shape, data)
        })
        .collect()
}
