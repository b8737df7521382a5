//! Weights supplied at load time to an artifact compiled without them: a safetensors file read
//! by name, converted to f32 (from f32, f16 or bf16), checked against the shapes the artifact
//! was compiled for.

use std::path::Path;

use safetensors::{Dtype, SafeTensors};

use crate::RuntimeError;

/// A safetensors file held in memory.
pub struct WeightFile {
    bytes: Vec<u8>,
    path: String,
}

impl WeightFile {
    /// Reads `path` and checks that it is a safetensors file.
    pub fn read(path: &Path) -> Result<Self, RuntimeError> {
        let bytes = std::fs::read(path).map_err(|e| {
            RuntimeError::Input(format!("cannot read weights {}: {e}", path.display()))
        })?;
        SafeTensors::deserialize(&bytes).map_err(|e| {
            RuntimeError::Input(format!(
                "weights {} are not a valid safetensors file: {e}",
                path.display()
            ))
        })?;
        Ok(WeightFile {
            bytes,
            path: path.display().to_string(),
        })
    }

    /// The tensor `name` (or `backbone.name`) as f32, if it has shape `shape`; otherwise what
    /// is wrong, in a few words.
    pub fn get(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>, String> {
        let st =
            SafeTensors::deserialize(&self.bytes).map_err(|e| format!("{}: {e}", self.path))?;
        let t = st
            .tensor(name)
            .or_else(|_| st.tensor(&format!("backbone.{name}")))
            .map_err(|_| format!("`{name}` is missing"))?;
        if t.shape() != shape {
            return Err(format!(
                "`{name}` has shape {:?}, the artifact needs {shape:?}",
                t.shape()
            ));
        }
        let d = t.data();
        let half = |f: fn(u16) -> f32| -> Vec<f32> {
            d.chunks_exact(2)
                .map(|b| f(u16::from_le_bytes([b[0], b[1]])))
                .collect()
        };
        Ok(match t.dtype() {
            Dtype::F32 => d
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes(b.try_into().expect("4 bytes")))
                .collect(),
            Dtype::BF16 => half(|h| f32::from_bits((h as u32) << 16)),
            Dtype::F16 => half(f16_to_f32),
            other => return Err(format!("`{name}` is {other:?}; f32, f16 or bf16 expected")),
        })
    }
}

/// IEEE half to single precision (exact: every half is a single).
fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h >> 15) as u32) << 31;
    let exp = ((h >> 10) & 0x1f) as u32;
    let frac = (h & 0x3ff) as u32;
    let bits = match (exp, frac) {
        (0, 0) => sign,
        (0, _) => {
            // Subnormal: normalise.
            let mut e = 127 - 15 + 1;
            let mut f = frac;
            while f & 0x400 == 0 {
                f <<= 1;
                e -= 1;
            }
            sign | (e << 23) | ((f & 0x3ff) << 13)
        }
        (0x1f, 0) => sign | 0x7f80_0000,
        (0x1f, _) => sign | 0x7fc0_0000,
        _ => sign | ((exp + 127 - 15) << 23) | (frac << 13),
    };
    f32::from_bits(bits)
}

#[cfg(test)]
mod tests {
    use super::f16_to_f32;

    #[test]
    fn half_precision_values() {
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
        assert_eq!(f16_to_f32(0x0001), 5.960_464_5e-8);
        assert!(f16_to_f32(0x7c00).is_infinite());
    }
}
