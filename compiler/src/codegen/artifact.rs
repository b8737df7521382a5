//! `hyenac compile` for the CPU: kernels → native object → shared object, the runtime plan
//! and the constants, in one `.hyx` artifact (`hyenac_runtime::artifact`). The code carries the
//! kernel ABI table of its plans (`hyenac_runtime::abi`), against which the runtime checks the
//! manifest when it reads the artifact.

use std::path::Path;

use hyenac_models::Checkpoint;
use hyenac_runtime::artifact::{to_bytes, Blob, Manifest, Target, FORMAT_VERSION};
use hyenac_runtime::weights::CheckpointSpec;

use super::builder::Device;
use super::cpu::{
    build_plan, build_plans, lower_for_cpu, mlir_context, plan_sources, write_dump, CodegenError,
    Constants,
};
use crate::graph::Graph;
use hyenac_runtime::artifact::ConstantSource;

/// Progress of a compilation, reported stage by stage.
pub type Progress<'a> = &'a mut dyn FnMut(&str);

/// The weights of an artifact: bound at compile time, or named for load time by the
/// checkpoint the model requires (its names, shapes and value checks).
#[derive(Clone, Copy)]
pub enum Weights<'a> {
    Bound(&'a Checkpoint),
    AtLoad(&'a CheckpointSpec),
}

impl<'a> Weights<'a> {
    fn checkpoint(self) -> Option<&'a Checkpoint> {
        match self {
            Weights::Bound(c) => Some(c),
            Weights::AtLoad(_) => None,
        }
    }
    fn spec(self) -> Option<CheckpointSpec> {
        match self {
            Weights::Bound(_) => None,
            Weights::AtLoad(s) => Some(s.clone()),
        }
    }
}

/// The kernel ABI table of plans over constants, serialised for the code.
fn abi_table(
    plans: &[&hyenac_runtime::Plan],
    constants: &Constants,
) -> Result<Vec<u8>, CodegenError> {
    let shapes: Vec<(usize, usize)> = constants.values.iter().map(|m| (m.rows, m.cols)).collect();
    let abi = hyenac_runtime::abi::code_abi(plans, &shapes, &constants.sources).map_err(|m| {
        CodegenError::Pass {
            stage: "plan".into(),
            message: m,
        }
    })?;
    Ok(hyenac_runtime::abi::encode(&abi))
}

/// Compiles an optimised graph for the CPU model `cpu` (`native` for this machine) and returns
/// the artifact's bytes. `step`, a graph optimised with state-carrying algorithms only, is
/// compiled as the prefill/decode plan when `graph` cannot carry state itself.
#[allow(clippy::too_many_arguments)]
pub fn compile_cpu_artifact(
    graph: &Graph,
    step: Option<&Graph>,
    weights: Weights,
    model: ModelInfo,
    max_len: usize,
    cpu: &str,
    dump: Option<&Path>,
    progress: Progress,
) -> Result<Vec<u8>, CodegenError> {
    let checkpoint = weights.checkpoint();
    progress("generating kernels and lowering through MLIR");
    let context = mlir_context();
    let sources = plan_sources(graph, step);
    let isa = super::isa::CpuIsa::of_cpu(cpu).map_err(|message| CodegenError::Pass {
        stage: "llvm".into(),
        message,
    })?;
    let (module, steps, amx) = lower_for_cpu(&context, &sources, checkpoint.is_none(), dump, isa)?;
    progress("binding weights and compile-time constants");
    let (plan, step, constants) = build_plans(&sources, &steps, checkpoint, max_len)?;
    let plans: Vec<&hyenac_runtime::Plan> = std::iter::once(&plan).chain(step.as_ref()).collect();
    let abi = abi_table(&plans, &constants)?;
    progress("generating native code (LLVM)");
    let native = super::llvm_emit::emit_native(&module, cpu, Some(&abi), dump.is_some()).map_err(
        |message| CodegenError::Pass {
            stage: "llvm".into(),
            message,
        },
    )?;
    if let Some(dir) = dump {
        write_dump(dir, "07-llvm.ll", &native.llvm_ir)?;
        write_dump(dir, &format!("08-{}.s", native.cpu), &native.assembly)?;
    }
    progress("linking the shared object");
    let so = link_shared(&native.objects)?;
    let target = Target::Cpu {
        triple: inkwell::targets::TargetMachine::get_default_triple()
            .as_str()
            .to_string_lossy()
            .into_owned(),
        arch: std::env::consts::ARCH.to_string(),
        cpu: native.cpu.clone(),
        features: native.features.clone(),
        amx,
    };
    progress("writing the artifact");
    artifact_bytes(
        target,
        model,
        graph,
        plan,
        step,
        &so,
        &constants,
        weights.spec(),
    )
}

/// What the manifest says of the model itself.
pub struct ModelInfo {
    /// The config as the compiler resolved it.
    pub config: serde_json::Value,
    /// Its tokenizer, when known.
    pub tokenizer: Option<hyenac_runtime::Tokenizer>,
}

/// The artifact's bytes: manifest, code and named constants.
#[allow(clippy::too_many_arguments)]
fn artifact_bytes(
    target: Target,
    model: ModelInfo,
    graph: &Graph,
    plan: hyenac_runtime::Plan,
    step: Option<hyenac_runtime::Plan>,
    code: &[u8],
    constants: &Constants,
    checkpoint: Option<CheckpointSpec>,
) -> Result<Vec<u8>, CodegenError> {
    let named: Vec<(String, &hyenac_runtime::Matrix, ConstantSource)> = constants
        .values
        .iter()
        .zip(&constants.sources)
        .enumerate()
        .map(|(i, (m, src))| {
            let name = match src {
                ConstantSource::Weight { name, .. } => name.clone(),
                _ => format!("c{i}"),
            };
            (name, m, src.clone())
        })
        .collect();
    let manifest = Manifest {
        format_version: FORMAT_VERSION,
        compiler: format!("hyenac {}", env!("CARGO_PKG_VERSION")),
        target,
        model: model.config,
        graph_hash: format!(
            "{:016x}",
            hyenac_runtime::artifact::checksum(graph.to_text().as_bytes())
        ),
        code: Blob {
            offset: 0,
            len: 0,
            checksum: 0,
        },
        plan,
        step,
        constants: Vec::new(),
        checkpoint,
        tokenizer: model.tokenizer,
    };
    Ok(to_bytes(manifest, code, &named)?)
}

/// Compiles an optimised graph to PTX for `sm` and returns the artifact's bytes: the PTX, the
/// plan with each kernel's launch shape, and the constants (untransposed: the GPU kernels read
/// weights as stored).
pub fn compile_gpu_artifact(
    graph: &Graph,
    weights: Weights,
    model: ModelInfo,
    max_len: usize,
    sm: super::gpu::Sm,
    dump: Option<&Path>,
    progress: Progress,
) -> Result<Vec<u8>, CodegenError> {
    let checkpoint = weights.checkpoint();
    progress("generating kernels and PTX");
    let code = super::gpu::compile_ptx_with(graph, sm, checkpoint.is_none(), dump)?;
    progress("binding weights and compile-time constants");
    let (plan, constants) =
        build_plan(graph, &code.steps, checkpoint, max_len, Device::Gpu, false)?;
    let target = Target::Cuda {
        sm: sm.name().to_string(),
        ptx_isa: "8.0".into(),
    };
    // The ABI table rides in a PTX comment (covered by the code's checksum like the rest).
    let abi = abi_table(&[&plan], &constants)?;
    let ptx = format!("// {}\n{}", String::from_utf8_lossy(&abi), code.ptx);
    progress("writing the artifact");
    artifact_bytes(
        target,
        model,
        graph,
        plan,
        None,
        ptx.as_bytes(),
        &constants,
        weights.spec(),
    )
}

/// Links relocatable objects (the parts compiled in parallel) into one shared object with the
/// system C compiler (`$CC` or `cc`).
fn link_shared(objects: &[Vec<u8>]) -> Result<Vec<u8>, CodegenError> {
    let dir = std::env::temp_dir().join(format!(
        "hyenac-link-{}-{:x}",
        std::process::id(),
        hyenac_runtime::artifact::checksum(&objects.concat())
    ));
    let fail = |message: String| CodegenError::Pass {
        stage: "link".into(),
        message,
    };
    std::fs::create_dir_all(&dir).map_err(|e| fail(e.to_string()))?;
    // Removed on every path out of here, errors included.
    let guard = hyenac_runtime::output::TempPath::new(dir.clone());
    let so = dir.join("kernels.so");
    let mut paths = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        let obj = dir.join(format!("kernels{i}.o"));
        std::fs::write(&obj, object).map_err(|e| fail(e.to_string()))?;
        paths.push(obj);
    }
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = std::process::Command::new(&cc)
        .args(["-shared", "-o"])
        .arg(&so)
        .args(&paths)
        .arg("-lm")
        .output()
        .map_err(|e| fail(format!("cannot run `{cc}`: {e}")))?;
    let result = if out.status.success() {
        std::fs::read(&so).map_err(|e| fail(e.to_string()))
    } else {
        Err(fail(format!(
            "`{cc} -shared` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    };
    drop(guard);
    result
}
