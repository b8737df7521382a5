//! The CPU instruction sets the kernel generators choose between, read from the LLVM feature
//! string of the target CPU model (`--cpu`; `native`: this machine's), so that an artifact
//! only contains instructions its target has.

/// Instruction-set choices of the CPU kernels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CpuIsa {
    /// AMX tiles with bf16 products (`amx-tile`, `amx-bf16`): bf16 matrix products as tile
    /// operations. The runtime asks Linux for the tile state before running such code.
    pub amx_bf16: bool,
}

impl CpuIsa {
    /// The choices a target with LLVM features `features` (`+a,-b,…`) allows. Setting
    /// `HYENAC_NO_AMX=1` turns AMX off (to compare the paths on one machine).
    pub fn from_features(features: &str) -> Self {
        let has = |name: &str| {
            features
                .split(',')
                .any(|f| f.strip_prefix('+') == Some(name))
        };
        let no_amx = std::env::var("HYENAC_NO_AMX").is_ok_and(|v| v == "1");
        CpuIsa {
            amx_bf16: has("amx-tile") && has("amx-bf16") && !no_amx,
        }
    }

    /// The choices of CPU model `cpu` (`native`: this machine).
    pub fn of_cpu(cpu: &str) -> Result<Self, String> {
        super::llvm_emit::resolve_cpu(cpu).map(|(_, features)| Self::from_features(&features))
    }
}

#[cfg(test)]
mod tests {
    use super::CpuIsa;

    #[test]
    fn amx_needs_both_the_tile_and_the_bf16_feature() {
        assert!(CpuIsa::from_features("+avx512f,+amx-tile,+amx-bf16").amx_bf16);
        assert!(!CpuIsa::from_features("+avx512f,+amx-tile,-amx-bf16").amx_bf16);
        assert!(!CpuIsa::from_features("+amx-bf16").amx_bf16);
        // Named models resolve through LLVM's tables: Sapphire Rapids has AMX, Zen 4 has not.
        assert!(CpuIsa::of_cpu("sapphirerapids").unwrap().amx_bf16);
        assert!(!CpuIsa::of_cpu("znver4").unwrap().amx_bf16);
    }
}
