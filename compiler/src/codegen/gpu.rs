//! The GPU back end: the same kernels as `gpu.func`s (one thread per point of each kernel's
//! parallel loop nest), lowered to NVVM and to PTX inside MLIR (`gpu-module-to-binary`, no CUDA
//! toolkit needed) for sm_80 and sm_90 with PTX ISA 8.0.
//!
//! Kernel ABI (mlir-path.md §1): every `memref<?x?xT>` parameter expands to 7 machine words —
//! allocated pointer, aligned pointer, offset, two sizes, two strides — in the order operands,
//! (rotary table,) result, workspaces. A kernel runs on `ceil(threads / GPU_BLOCK)` blocks of
//! [`GPU_BLOCK`] threads, with `threads = per_token · L + fixed`.

use std::path::Path;

use melior::ir::operation::OperationLike;
use melior::ir::Module;

use super::builder::{Device, GPU_BLOCK};
use super::cpu::{lower, mlir_context, write_dump, CodegenError, Stage};
use super::kernels::{kernel, Step};
use crate::graph::{Graph, Op};

/// A GPU architecture hyenac emits PTX for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sm {
    Sm80,
    Sm90,
}

impl Sm {
    /// Parses `sm_80` / `sm_90`.
    pub fn parse(s: &str) -> Option<Sm> {
        match s {
            "sm_80" => Some(Sm::Sm80),
            "sm_90" => Some(Sm::Sm90),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Sm::Sm80 => "sm_80",
            Sm::Sm90 => "sm_90",
        }
    }

    /// The lowering to PTX, with libdevice linked for the math functions. The PTX ISA is
    /// always given explicitly: MLIR's default (+ptx60) does not support these chips and makes
    /// LLVM abort the whole process (mlir-path.md §1).
    fn stages(self, libdevice: &Path) -> Vec<Stage> {
        vec![
            Stage {
                name: "lower-to-nvvm",
                pipeline: format!(
                    "builtin.module(nvvm-attach-target{{chip={} features=+ptx80 O=3 l={}}},\
                     gpu.module(convert-scf-to-cf,convert-gpu-to-nvvm,canonicalize,cse,reconcile-unrealized-casts))",
                    self.name(),
                    libdevice.display()
                ),
            },
            Stage {
                name: "to-ptx",
                pipeline: "builtin.module(gpu-module-to-binary{format=isa})".into(),
            },
        ]
    }
}

/// NVIDIA's libdevice (math functions as LLVM bitcode): `$HYENAC_LIBDEVICE`, or where
/// `scripts/setup.sh` installs it.
pub fn libdevice() -> Result<std::path::PathBuf, CodegenError> {
    let candidates = [
        std::env::var_os("HYENAC_LIBDEVICE").map(std::path::PathBuf::from),
        Some(tools_dir().join("cuda-nvcc/nvidia/cuda_nvcc/nvvm/libdevice/libdevice.10.bc")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.is_file())
        .ok_or_else(|| CodegenError::Pass {
            stage: "lower-to-nvvm".into(),
            message: "libdevice.10.bc not found: run scripts/setup.sh or set HYENAC_LIBDEVICE"
                .into(),
        })
}

/// ptxas from the same install: `$HYENAC_PTXAS`, or where `scripts/setup.sh` installs it.
pub fn ptxas() -> Option<std::path::PathBuf> {
    [
        std::env::var_os("HYENAC_PTXAS").map(std::path::PathBuf::from),
        Some(tools_dir().join("cuda-nvcc/nvidia/cuda_nvcc/bin/ptxas")),
    ]
    .into_iter()
    .flatten()
    .find(|p| p.is_file())
}

/// The repository's `.tools` folder (where set-up installs NVIDIA's compiler pieces).
fn tools_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.tools")
}

/// One kernel entry of the PTX and how to launch it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GpuKernel {
    pub name: String,
    /// Memref parameters (each 7 words).
    pub memrefs: usize,
    /// Workspaces `[rows, cols]`, rows 0 meaning `L`.
    pub workspaces: Vec<(usize, usize)>,
    /// Threads = `per_token · L + fixed`.
    pub per_token: usize,
    pub fixed: usize,
}

/// PTX for one graph and architecture.
#[derive(Debug, Clone)]
pub struct GpuCode {
    pub sm: Sm,
    pub ptx: String,
    /// The distinct kernels (identical ones are emitted once and shared).
    pub kernels: Vec<GpuKernel>,
    /// What the executor does for each node, in order, naming the shared kernels.
    pub steps: Vec<(petgraph::graph::NodeIndex, Step)>,
}

/// Generates PTX for every kernel of `graph` (an optimised graph) for `sm`.
pub fn compile_ptx(graph: &Graph, sm: Sm, dump: Option<&Path>) -> Result<GpuCode, CodegenError> {
    compile_ptx_with(graph, sm, false, dump)
}

/// [`compile_ptx`], with the load-time kernels of an artifact compiled without weights when
/// `init` is set (one thread per element for the transpose, per channel for modal filters).
pub fn compile_ptx_with(
    graph: &Graph,
    sm: Sm,
    init: bool,
    dump: Option<&Path>,
) -> Result<GpuCode, CodegenError> {
    let mut text =
        String::from("module attributes {gpu.container_module} {\ngpu.module @hyena_kernels {\n");
    let mut kernels = Vec::new();
    let mut steps = Vec::new();
    // Identical kernels (the same text but for the name) are emitted once and shared.
    let mut shared: std::collections::HashMap<String, String> = Default::default();
    for n in graph.topo_order().map_err(|e| CodegenError::Pass {
        stage: "emit-kernels".into(),
        message: e.to_string(),
    })? {
        let (func, mut step) = kernel(graph, n, Device::Gpu)?;
        if let (Some(f), Step::Kernel { name, abi }) = (func, &mut step) {
            let key = f.replacen(&format!("@{name}("), "@KERNEL(", 1);
            if let Some(first) = shared.get(&key) {
                *name = first.clone();
            } else {
                shared.insert(key, name.clone());
                text.push_str(&f);
                let extra = usize::from(matches!(graph.g[n].op, Op::Rotary { .. }));
                let (per_token, fixed) = abi.threads.expect("a GPU kernel states its threads");
                kernels.push(GpuKernel {
                    name: name.clone(),
                    memrefs: graph.operands(n).len() + extra + 1 + abi.workspaces.len(),
                    workspaces: abi.workspaces.clone(),
                    per_token,
                    fixed,
                });
            }
        }
        steps.push((n, step));
    }
    if init {
        text.push_str(&super::kernels::init_kernels(&[graph], Device::Gpu));
    }
    text.push_str("}\n}\n");
    if let Some(dir) = dump {
        write_dump(dir, &format!("03-{}-kernels.mlir", sm.name()), &text)?;
    }
    let context = mlir_context();
    // The GPU path verifies the hyena dialect and dumps stages 01–02 as the CPU path does.
    super::cpu::hyena_stage(&context, &[graph], dump)?;
    let mut module = Module::parse(&context, &text).ok_or(CodegenError::Parse {
        stage: "emit-gpu-kernels".into(),
    })?;
    if !module.as_operation().verify() {
        return Err(CodegenError::Verify {
            stage: "emit-gpu-kernels".into(),
        });
    }
    let libdevice = libdevice()?;
    lower(&context, &mut module, &sm.stages(&libdevice), dump, 4)?;
    let printed = module.as_operation().to_string();
    let ptx = extract_assembly(&printed).ok_or_else(|| CodegenError::Pass {
        stage: "to-ptx".into(),
        message: "no PTX in the gpu.binary".into(),
    })?;
    if let Some(dir) = dump {
        write_dump(dir, &format!("06-{}.ptx", sm.name()), &ptx)?;
    }
    Ok(GpuCode {
        sm,
        ptx,
        kernels,
        steps,
    })
}

/// The `assembly = "…"` string of the first `#gpu.object`, unescaped (MLIR prints
/// non-printable bytes as `\XX`).
fn extract_assembly(printed: &str) -> Option<String> {
    let start = printed.find("assembly = \"")? + "assembly = \"".len();
    let bytes = &printed.as_bytes()[start..];
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return String::from_utf8(out).ok(),
            b'\\' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                    }
                    Err(_) => {
                        // `\\` or `\"` style escapes.
                        out.push(bytes[i + 1]);
                        i += 2;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    None
}

/// Launch grid for `threads` threads.
pub fn blocks(threads: usize) -> usize {
    threads.div_ceil(GPU_BLOCK).max(1)
}

/// A GPU plan whose kernels run on the CPU: every kernel is the GPU kernel's code emitted as a
/// CPU function ([`super::kernels::kernel_emulated`]: the same algorithms, workspaces and
/// arguments; each parallel loop nest runs as loops instead of one thread per point), and the
/// plan is the one a GPU artifact carries (untransposed constants, launch shapes, workspaces),
/// run by the runtime's CPU executor. It checks what the GPU kernels compute on machines
/// without a GPU; their speed says nothing about a GPU's.
pub struct EmulatedGpuProgram {
    plan: hyenac_runtime::Plan,
    constants: Vec<hyenac_runtime::Matrix>,
    engine: melior::ExecutionEngine,
    _context: melior::Context,
}

impl EmulatedGpuProgram {
    /// Emits, lowers and JIT-compiles the GPU kernels of `graph` (optimised for a GPU) as CPU
    /// code, and binds `checkpoint` as a GPU artifact would.
    pub fn compile(
        graph: &Graph,
        checkpoint: &hyenac_models::Checkpoint,
        max_len: usize,
    ) -> Result<Self, CodegenError> {
        let order = graph.topo_order().map_err(|e| CodegenError::Pass {
            stage: "emit-kernels".into(),
            message: e.to_string(),
        })?;
        let mut text = String::from("module {\n");
        let mut steps = Vec::new();
        for &n in &order {
            let (func, step) = super::kernels::kernel_emulated(graph, n)?;
            text.push_str(func.as_deref().unwrap_or(""));
            steps.push((n, step));
        }
        text.push_str("}\n");
        let context = mlir_context();
        let mut module = Module::parse(&context, &text).ok_or(CodegenError::Parse {
            stage: "emit-emulated-kernels".into(),
        })?;
        if !module.as_operation().verify() {
            return Err(CodegenError::Verify {
                stage: "emit-emulated-kernels".into(),
            });
        }
        lower(
            &context,
            &mut module,
            &super::cpu::cpu_stages(false),
            None,
            4,
        )?;
        let engine = melior::ExecutionEngine::new(&module, 2, &[], false, false);
        drop(module);
        let (plan, constants) =
            super::cpu::build_plan(graph, &steps, Some(checkpoint), max_len, Device::Gpu, false)?;
        for call in &plan.calls {
            if engine
                .lookup(&format!("_mlir_ciface_{}", call.symbol))
                .is_null()
            {
                return Err(CodegenError::Lookup(call.symbol.clone()));
            }
        }
        super::cpu::verify_plans(&[&plan], &constants)?;
        Ok(EmulatedGpuProgram {
            plan,
            constants: constants.values,
            engine,
            _context: context,
        })
    }

    /// The plan (as a GPU artifact would carry it).
    pub fn plan(&self) -> &hyenac_runtime::Plan {
        &self.plan
    }

    /// The stateless forward pass: the output `output` for `tokens`, `[L, C]`.
    pub fn run(&self, tokens: &[i64], output: &str) -> Result<crate::interp::Mat, CodegenError> {
        let lookup = |s: &str| self.engine.lookup(&format!("_mlir_ciface_{s}"));
        // SAFETY: the engine holds the emulated kernels the plan was built from, each taking
        // the plan's arguments, the result and its workspaces.
        let (m, _) = unsafe {
            self.plan
                .execute(&self.constants, &lookup, tokens, output)?
        };
        Ok(super::cpu::to_mat(m))
    }
}
