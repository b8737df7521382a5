//! Element types: one enum for the graph, the cost model, the plan, state buffers and constants.
//! Only f32 kernels (with f64 modal state and i64 tokens) are generated today; the low
//! precisions are here so that adding their kernels changes no schema.

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

impl std::fmt::Display for DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::DType;

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
