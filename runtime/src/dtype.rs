//! Element types: one enum for the graph, the cost model, the plan, state buffers and constants,
//! and the roundings to the two 16-bit float types (weights stored in bf16 or f16).

use serde::{Deserialize, Serialize};

/// The element type of a tensor or buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DType {
    /// IEEE single precision.
    F32,
    /// bfloat16: the exponent of f32, 8 bits of mantissa.
    BF16,
    /// IEEE half precision.
    F16,
    /// IEEE double precision (the modal decode state).
    F64,
    /// 64-bit integers (token ids, thread shares).
    I64,
}

impl DType {
    /// Bytes per element.
    pub const fn size(self) -> usize {
        match self {
            DType::F32 => 4,
            DType::BF16 | DType::F16 => 2,
            DType::F64 | DType::I64 => 8,
        }
    }

    /// The name MLIR (and the graph text) uses: `f32`, `bf16`, `f16`, `f64`, `i64`.
    pub const fn name(self) -> &'static str {
        match self {
            DType::F32 => "f32",
            DType::BF16 => "bf16",
            DType::F16 => "f16",
            DType::F64 => "f64",
            DType::I64 => "i64",
        }
    }
}

impl DType {
    /// Whether this is one of the 16-bit float types (`bf16`, `f16`).
    pub const fn is_half(self) -> bool {
        matches!(self, DType::BF16 | DType::F16)
    }

    /// The bits of `x` rounded to nearest (ties to even) in this 16-bit type; `None` where
    /// a finite `x` does not fit (beyond f16's 65504).
    pub fn round_half(self, x: f32) -> Option<u16> {
        let bits = match self {
            DType::BF16 => half::bf16::from_f32(x).to_bits(),
            DType::F16 => half::f16::from_f32(x).to_bits(),
            _ => return None,
        };
        (!x.is_finite() || self.half_to_f32(bits).is_finite()).then_some(bits)
    }

    /// The f32 values of 16-bit values of this type (exact).
    pub fn widen(self, bits: &[u16]) -> Vec<f32> {
        bits.iter().map(|&b| self.half_to_f32(b)).collect()
    }

    /// The f32 value of 16-bit `bits` of this type (exact).
    pub fn half_to_f32(self, bits: u16) -> f32 {
        match self {
            DType::BF16 => half::bf16::from_bits(bits).to_f32(),
            _ => half::f16::from_bits(bits).to_f32(),
        }
    }
}

impl std::fmt::Display for DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::DType;

    /// Round to nearest even in both 16-bit types, exactly representable values unchanged,
    /// f16 overflow refused rather than made infinite.
    #[test]
    fn half_roundings() {
        for t in [DType::BF16, DType::F16] {
            for x in [0.0f32, 1.0, -2.5, 0.375] {
                assert_eq!(t.half_to_f32(t.round_half(x).unwrap()), x, "{t} {x}");
            }
        }
        // 1 + 2^-8 is halfway between two bf16 values: ties to the even one, 1.0.
        let b = DType::BF16.round_half(1.0 + 2f32.powi(-8)).unwrap();
        assert_eq!(DType::BF16.half_to_f32(b), 1.0);
        let b = DType::BF16.round_half(1.0 + 3.0 * 2f32.powi(-8)).unwrap();
        assert_eq!(DType::BF16.half_to_f32(b), 1.0 + 2f32.powi(-6));
        assert_eq!(DType::F16.round_half(70000.0), None);
        assert!(DType::BF16.round_half(70000.0).is_some());
        assert_eq!(DType::F32.round_half(1.0), None);
    }

    #[test]
    fn sizes_and_names() {
        for (t, size, name) in [
            (DType::F32, 4, "f32"),
            (DType::BF16, 2, "bf16"),
            (DType::F16, 2, "f16"),
            (DType::F64, 8, "f64"),
            (DType::I64, 8, "i64"),
        ] {
            assert_eq!(
                (t.size(), t.name(), t.to_string()),
                (size, name, name.to_string())
            );
        }
    }
}
