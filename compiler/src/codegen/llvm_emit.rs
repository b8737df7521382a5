//! LLVM-dialect module → LLVM IR → native code for an explicit CPU model, through inkwell.
//!
//! melior and inkwell link the same LLVM 22, so the MLIR translation writes straight into an
//! inkwell context. The CPU model is explicit: `native` (the host's name and features) by
//! default, or a name such as `x86-64-v3`; without one LLVM would emit SSE2 only.

use inkwell::context::Context as LlvmContext;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};
use inkwell::OptimizationLevel;
use melior::ir::Module;

/// What the CPU back end emits for one module.
#[derive(Debug, Clone)]
pub struct NativeCode {
    /// The CPU model and features code was generated for.
    pub cpu: String,
    pub features: String,
    /// Optimised LLVM IR (text).
    pub llvm_ir: String,
    /// Assembly (text).
    pub assembly: String,
    /// A relocatable object (ELF on Linux).
    pub object: Vec<u8>,
}

/// Translates an LLVM-dialect module and compiles it for `cpu` (`native` for the host).
pub fn emit_native(module: &Module, cpu: &str) -> Result<NativeCode, String> {
    Target::initialize_native(&InitializationConfig::default())?;
    let ctx = LlvmContext::create();
    // SAFETY: both crates wrap the same LLVM; the context outlives the module it receives.
    let raw = unsafe {
        mlir_sys::mlirTranslateModuleToLLVMIR(
            module.as_operation().to_raw(),
            ctx.raw() as *mut _ as mlir_sys::LLVMContextRef,
        )
    };
    if raw.is_null() {
        return Err("MLIR could not translate the module to LLVM IR".into());
    }
    // SAFETY: `raw` is a fresh module owned by `ctx`; inkwell takes ownership.
    let llvm = unsafe { inkwell::module::Module::new(raw as *mut _) };
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let (cpu_name, features) = if cpu == "native" {
        (
            TargetMachine::get_host_cpu_name().to_string(),
            TargetMachine::get_host_cpu_features().to_string(),
        )
    } else {
        (cpu.to_string(), String::new())
    };
    let tm = target
        .create_target_machine(
            &triple,
            &cpu_name,
            &features,
            OptimizationLevel::Aggressive,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| {
            format!(
                "LLVM has no CPU model `{cpu_name}` for {}",
                triple.as_str().to_string_lossy()
            )
        })?;
    llvm.set_triple(&triple);
    llvm.set_data_layout(&tm.get_target_data().get_data_layout());
    llvm.verify()
        .map_err(|e| format!("LLVM IR does not verify: {e}"))?;
    llvm.run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM optimisation failed: {e}"))?;
    let asm = tm
        .write_to_memory_buffer(&llvm, FileType::Assembly)
        .map_err(|e| e.to_string())?;
    let obj = tm
        .write_to_memory_buffer(&llvm, FileType::Object)
        .map_err(|e| e.to_string())?;
    Ok(NativeCode {
        cpu: cpu_name,
        features,
        llvm_ir: llvm.print_to_string().to_string(),
        assembly: String::from_utf8_lossy(asm.as_slice()).into_owned(),
        object: obj.as_slice().to_vec(),
    })
}
