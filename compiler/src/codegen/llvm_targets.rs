//! The LLVM targets hyenac emits code for, checked through the linked LLVM 22.

use inkwell::targets::{
    CodeModel, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;

/// What the linked LLVM reports about one code-generation target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetInfo {
    pub name: String,
    pub triple: String,
    pub cpu: String,
    pub features: String,
    /// A target machine could be created for it.
    pub available: bool,
}

/// The host CPU and the NVPTX targets for sm_80 and sm_90 (PTX ISA 8.0).
pub fn probe_targets() -> Vec<TargetInfo> {
    Target::initialize_native(&InitializationConfig::default()).ok();
    Target::initialize_nvptx(&InitializationConfig::default());
    let host_triple = TargetMachine::get_default_triple();
    let host_cpu = TargetMachine::get_host_cpu_name().to_string();
    let host_features = TargetMachine::get_host_cpu_features().to_string();
    let mut out = vec![probe("cpu", &host_triple, &host_cpu, &host_features)];
    let nv = TargetTriple::create("nvptx64-nvidia-cuda");
    for sm in ["sm_80", "sm_90"] {
        out.push(probe(sm, &nv, sm, "+ptx80"));
    }
    out
}

fn probe(name: &str, triple: &TargetTriple, cpu: &str, features: &str) -> TargetInfo {
    let available = Target::from_triple(triple)
        .ok()
        .and_then(|t| {
            t.create_target_machine(
                triple,
                cpu,
                features,
                OptimizationLevel::Default,
                RelocMode::PIC,
                CodeModel::Default,
            )
        })
        .is_some();
    TargetInfo {
        name: name.to_string(),
        triple: triple.as_str().to_string_lossy().into_owned(),
        cpu: cpu.to_string(),
        features: if features.len() > 60 {
            format!(
                "{}… ({} features)",
                &features[..60],
                features.split(',').count()
            )
        } else {
            features.to_string()
        },
        available,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn host_and_nvptx_targets_are_linked() {
        let t = super::probe_targets();
        assert_eq!(t.len(), 3);
        assert!(t.iter().all(|t| t.available), "{t:?}");
        assert!(t[1].triple.starts_with("nvptx64"));
    }
}
