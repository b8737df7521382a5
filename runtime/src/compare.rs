//! Comparing computed values with expected ones: the accuracy measure of the tests, of
//! `hyenac run`/`interpret`/`jit` and of the device check.
//!
//! A comparison involving a non-finite value is never a small error: [`normwise_rel_err`]
//! returns NaN for it, which fails every `e <= tol` test, and [`Comparison`] names the value.

/// The first non-finite value of `v`: its index and the value.
pub fn first_non_finite<T: Copy + Into<f64>>(v: &[T]) -> Option<(usize, f64)> {
    v.iter()
        .map(|&x| x.into())
        .enumerate()
        .find(|(_, x): &(usize, f64)| !x.is_finite())
}

/// The normwise relative error `max|a − b| / max|b|` (`max|a − b|` when `b` is all zeros).
///
/// Infinity when the lengths differ; **NaN when either side holds a NaN or an infinity**, so
/// that no tolerance test passes on non-finite results (`f64::max` would silently drop a NaN).
pub fn normwise_rel_err<A: Copy + Into<f64>, B: Copy + Into<f64>>(a: &[A], b: &[B]) -> f64 {
    if a.len() != b.len() {
        return f64::INFINITY;
    }
    if first_non_finite(a).is_some() || first_non_finite(b).is_some() {
        return f64::NAN;
    }
    let mut num = 0f64;
    let mut den = 0f64;
    for (&x, &y) in a.iter().zip(b) {
        let (x, y): (f64, f64) = (x.into(), y.into());
        num = num.max((x - y).abs());
        den = den.max(y.abs());
    }
    if den == 0.0 {
        num
    } else {
        num / den
    }
}

/// The outcome of comparing computed values with expected ones, for reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Comparison {
    /// Both finite and of the same length: the normwise relative error.
    Error(f64),
    /// The computed values hold a non-finite value at this index.
    #[allow(missing_docs)]
    NonFiniteResult { index: usize, value: f64 },
    /// The expected values hold a non-finite value at this index.
    #[allow(missing_docs)]
    NonFiniteReference { index: usize, value: f64 },
    /// Different lengths.
    #[allow(missing_docs)]
    Length { got: usize, want: usize },
}

impl Comparison {
    /// Compares `got` with `want`.
    pub fn of<A: Copy + Into<f64>, B: Copy + Into<f64>>(got: &[A], want: &[B]) -> Comparison {
        if got.len() != want.len() {
            return Comparison::Length {
                got: got.len(),
                want: want.len(),
            };
        }
        if let Some((index, value)) = first_non_finite(got) {
            return Comparison::NonFiniteResult { index, value };
        }
        if let Some((index, value)) = first_non_finite(want) {
            return Comparison::NonFiniteReference { index, value };
        }
        Comparison::Error(normwise_rel_err(got, want))
    }

    /// Whether the values agree within `tol` (never for non-finite values).
    pub fn within(&self, tol: f64) -> bool {
        matches!(self, Comparison::Error(e) if *e <= tol)
    }
}

impl std::fmt::Display for Comparison {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Comparison::Error(e) => write!(f, "{e:.3e}"),
            Comparison::NonFiniteResult { index, value } => {
                write!(f, "not finite: the result holds {value} at index {index}")
            }
            Comparison::NonFiniteReference { index, value } => {
                write!(
                    f,
                    "not finite: the reference holds {value} at index {index}"
                )
            }
            Comparison::Length { got, want } => {
                write!(f, "lengths differ: {got} values against {want}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_finite_values_are_never_a_small_error() {
        let want = [1.0f64, -2.0, 0.5];
        assert_eq!(normwise_rel_err(&want, &want), 0.0);
        assert!((normwise_rel_err(&[1.0f64, -2.0, 0.6], &want) - 0.05).abs() < 1e-12);
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let got = [1.0, bad, 0.5];
            let e = normwise_rel_err(&got, &want);
            assert!(e.is_nan(), "{bad}: {e}");
            assert!(normwise_rel_err(&want, &got).is_nan());
            assert!(!Comparison::of(&got, &want).within(1.0));
        }
        // All-NaN results: the case the old fold(0.0, f64::max) reported as error 0.
        let nan = [f32::NAN; 3];
        assert!(normwise_rel_err(&nan, &want).is_nan());
        assert_eq!(
            Comparison::of(&nan, &want).to_string(),
            "not finite: the result holds NaN at index 0"
        );
        assert_eq!(normwise_rel_err(&[1.0f64], &want), f64::INFINITY);
        assert!(Comparison::of(&want, &want).within(0.0));
    }
}
