//! LLVM-dialect module → LLVM IR → native code for an explicit CPU model, through inkwell.
//!
//! melior and inkwell link the same LLVM 22, so the MLIR translation writes straight into an
//! inkwell context. The CPU model is explicit: `native` (the host's name and features) by
//! default, or a name such as `x86-64-v3`; without one LLVM would emit SSE2 only. A named model
//! is checked against the linked LLVM's list first, and the artifact records the features it
//! implies (from LLVM's own tables, through `native/cpu_features.cpp`), so that the runtime can
//! refuse a CPU without them instead of dying on an illegal instruction.

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
    /// Optimised LLVM IR (text), when listings were asked for (else empty).
    pub llvm_ir: String,
    /// Assembly (text), when listings were asked for (else empty).
    pub assembly: String,
    /// Relocatable objects (ELF on Linux), one per part compiled in parallel; linked together.
    pub objects: Vec<Vec<u8>>,
}

extern "C" {
    fn hyenac_cpu_models(triple: *const std::ffi::c_char) -> *mut std::ffi::c_char;
    fn hyenac_cpu_features(
        triple: *const std::ffi::c_char,
        cpu: *const std::ffi::c_char,
    ) -> *mut std::ffi::c_char;
    fn hyenac_free(p: *mut std::ffi::c_char);
}

/// Takes a string the bridge allocated.
fn take(p: *mut std::ffi::c_char) -> Option<String> {
    if p.is_null() {
        return None;
    }
    // SAFETY: a NUL-terminated string from the bridge, freed once here.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    unsafe { hyenac_free(p) };
    Some(s)
}

fn host_triple() -> String {
    TargetMachine::get_default_triple()
        .as_str()
        .to_string_lossy()
        .into_owned()
}

/// The CPU models the linked LLVM knows for this machine's target.
pub fn cpu_models() -> Result<Vec<String>, String> {
    Target::initialize_native(&InitializationConfig::default())?;
    let triple = std::ffi::CString::new(host_triple()).expect("no NUL");
    // SAFETY: a NUL-terminated triple; the result is freed by `take`.
    let list = take(unsafe { hyenac_cpu_models(triple.as_ptr()) })
        .ok_or_else(|| format!("LLVM has no target for {}", host_triple()))?;
    Ok(list.split(',').map(str::to_string).collect())
}

/// The CPU model and feature string code is generated for: the host's for `native`, else the
/// features LLVM says the named model implies. An unknown name is an error that says so
/// (LLVM itself would only warn, then abort later on 64-bit code for a 32-bit model).
pub fn resolve_cpu(cpu: &str) -> Result<(String, String), String> {
    Target::initialize_native(&InitializationConfig::default())?;
    if cpu == "native" {
        return Ok((
            TargetMachine::get_host_cpu_name().to_string(),
            TargetMachine::get_host_cpu_features().to_string(),
        ));
    }
    let triple = std::ffi::CString::new(host_triple()).expect("no NUL");
    let name = std::ffi::CString::new(cpu).map_err(|_| format!("--cpu {cpu:?}: not a name"))?;
    // SAFETY: NUL-terminated strings; the result is freed by `take`.
    match take(unsafe { hyenac_cpu_features(triple.as_ptr(), name.as_ptr()) }) {
        Some(features) if host_triple().starts_with("x86_64") && !features.contains("+64bit") => {
            Err(format!(
                "CPU model `{cpu}` cannot run 64-bit code (hyenac generates x86-64 code)"
            ))
        }
        Some(features) if !features.is_empty() => Ok((cpu.to_string(), features)),
        _ => {
            let models = cpu_models().unwrap_or_default();
            let near: Vec<&String> = models
                .iter()
                .filter(|m| {
                    let (a, b) = (m.to_lowercase(), cpu.to_lowercase());
                    a.contains(&b) || b.contains(&a)
                })
                .take(8)
                .collect();
            Err(format!(
                "unknown CPU model `{cpu}` for {} (`hyenac targets --cpus` lists the {} that LLVM knows{})",
                host_triple(),
                models.len(),
                if near.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; similar: {}",
                        near.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    )
                }
            ))
        }
    }
}

/// Translates an LLVM-dialect module and compiles it for `cpu` (`native` for the host). `abi`,
/// when given, is embedded as the exported constant `hyenac_abi` (NUL-terminated): the kernel
/// ABI table the runtime checks a manifest against.
/// Optimises and emits an object for `cpu`; with `listings`, also the LLVM IR and assembly
/// texts (for `--dump-ir`: generating assembly runs LLVM's code generator a second time).
pub fn emit_native(
    module: &Module,
    cpu: &str,
    abi: Option<&[u8]>,
    listings: bool,
) -> Result<NativeCode, String> {
    let (cpu_name, features) = resolve_cpu(cpu)?;
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
    if let Some(abi) = abi {
        let mut bytes = abi.to_vec();
        bytes.push(0);
        let value = ctx.const_string(&bytes, false);
        let global = llvm.add_global(value.get_type(), None, "hyenac_abi");
        global.set_initializer(&value);
        global.set_constant(true);
        global.set_linkage(inkwell::module::Linkage::External);
    }
    llvm.set_triple(&triple);
    llvm.set_data_layout(&tm.get_target_data().get_data_layout());
    llvm.verify()
        .map_err(|e| format!("LLVM IR does not verify: {e}"))?;
    let parts = compile_parts(&llvm, listings);
    if parts > 1 {
        // Independent kernels are optimised and compiled in parallel: each thread reads the
        // module's bitcode into its own LLVM context and keeps the bodies of its share.
        let bitcode = llvm.write_bitcode_to_memory().as_slice().to_vec();
        let objects = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..parts)
                .map(|part| {
                    let (bitcode, cpu, features) = (&bitcode, &cpu_name, &features);
                    scope.spawn(move || compile_part(bitcode, part, parts, cpu, features))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err("an LLVM thread panicked".into()))
                })
                .collect::<Result<Vec<_>, String>>()
        })?;
        return Ok(NativeCode {
            cpu: cpu_name,
            features,
            llvm_ir: String::new(),
            assembly: String::new(),
            objects,
        });
    }
    llvm.run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM optimisation failed: {e}"))?;
    let (llvm_ir, assembly) = if listings {
        let asm = tm
            .write_to_memory_buffer(&llvm, FileType::Assembly)
            .map_err(|e| e.to_string())?;
        (
            llvm.print_to_string().to_string(),
            String::from_utf8_lossy(asm.as_slice()).into_owned(),
        )
    } else {
        (String::new(), String::new())
    };
    let obj = tm
        .write_to_memory_buffer(&llvm, FileType::Object)
        .map_err(|e| e.to_string())?;
    Ok(NativeCode {
        cpu: cpu_name,
        features,
        llvm_ir,
        assembly,
        objects: vec![obj.as_slice().to_vec()],
    })
}

/// The exported functions with bodies, by kernel: `kN` and its `_mlir_ciface_kN` wrapper
/// form one group (the wrapper calls the kernel, so they stay together).
fn kernel_groups(llvm: &inkwell::module::Module) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    for f in llvm.get_functions() {
        if f.count_basic_blocks() == 0 || f.get_linkage() != inkwell::module::Linkage::External {
            continue;
        }
        let name = f.get_name().to_string_lossy().into_owned();
        let group = name
            .strip_prefix("_mlir_ciface_")
            .unwrap_or(&name)
            .to_string();
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    groups
}

/// How many parts to compile in parallel: one per thread (`HYENAC_THREADS`, else the
/// machine's), at most one per kernel group; one when listings are wanted (one IR file).
fn compile_parts(llvm: &inkwell::module::Module, listings: bool) -> usize {
    if listings {
        return 1;
    }
    let threads = hyenac_runtime::pool::threads_from_env()
        .ok()
        .flatten()
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    threads.min(kernel_groups(llvm).len()).max(1)
}

/// Compiles part `part` of `parts` of the module in `bitcode`: kernel groups are dealt round
/// robin, the other groups' bodies are dropped (they become declarations, defined by another
/// part's object), and the ABI table is kept by part 0 only.
fn compile_part(
    bitcode: &[u8],
    part: usize,
    parts: usize,
    cpu: &str,
    features: &str,
) -> Result<Vec<u8>, String> {
    let ctx = LlvmContext::create();
    let buffer =
        inkwell::memory_buffer::MemoryBuffer::create_from_memory_range_copy(bitcode, "kernels");
    let llvm = inkwell::module::Module::parse_bitcode_from_buffer(&buffer, &ctx)
        .map_err(|e| format!("LLVM could not read its own bitcode: {e}"))?;
    let groups = kernel_groups(&llvm);
    for f in llvm.get_functions().collect::<Vec<_>>() {
        if f.count_basic_blocks() == 0 || f.get_linkage() != inkwell::module::Linkage::External {
            continue;
        }
        let name = f.get_name().to_string_lossy().into_owned();
        let group = name.strip_prefix("_mlir_ciface_").unwrap_or(&name);
        let owner = groups.iter().position(|g| g == group).unwrap_or(0) % parts;
        if owner != part {
            for block in f.get_basic_blocks() {
                // SAFETY: the whole body goes; no block of it stays to reference another.
                unsafe { block.delete() }.map_err(|_| format!("cannot drop the body of {name}"))?;
            }
        }
    }
    if part != 0 {
        if let Some(abi) = llvm.get_global("hyenac_abi") {
            // SAFETY: nothing in the module refers to the ABI table (the runtime reads it).
            unsafe { abi.delete() };
        }
    }
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let tm = target
        .create_target_machine(
            &triple,
            cpu,
            features,
            OptimizationLevel::Aggressive,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| format!("LLVM has no CPU model `{cpu}`"))?;
    llvm.run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM optimisation failed: {e}"))?;
    let obj = tm
        .write_to_memory_buffer(&llvm, FileType::Object)
        .map_err(|e| e.to_string())?;
    Ok(obj.as_slice().to_vec())
}
