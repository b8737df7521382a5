//! The CPU back end: kernels generated as MLIR, lowered by named passes to the LLVM dialect
//! and compiled in process (MLIR's ExecutionEngine, LLVM ORC JIT) for the host CPU.
//!
//! [`CpuProgram`] binds the weights and the compile-time constants (modal filters, spectra,
//! rotary tables, evaluated in float64 and stored as f32) and runs the optimised graph's kernels
//! in order. It serves the tests and the compiler's own checks; the deployable artifact and its
//! runtime are separate (`artifact.rs`, the `hyenac-runtime` crate).

use std::collections::HashMap;
use std::path::Path;

use hyenac_models::Checkpoint;
use melior::dialect::DialectRegistry;
use melior::ir::operation::OperationLike;
use melior::ir::Module;
use melior::pass::PassManager;
use melior::utility::{
    parse_pass_pipeline, register_all_dialects, register_all_llvm_translations, register_all_passes,
};
use melior::{Context, ExecutionEngine};
use petgraph::graph::NodeIndex;
use thiserror::Error;

use super::isa::CpuIsa;
use super::kernels::{KernelError, Step};
use crate::graph::Graph;
use crate::interp::Mat;
use hyenac_runtime::{Matrix, Plan, RuntimeError, State};

/// Errors of code generation and execution.
#[derive(Debug, Error)]
pub enum CodegenError {
    #[error(transparent)]
    Kernel(#[from] KernelError),
    #[error("generated MLIR does not parse (stage `{stage}`); see --dump-ir")]
    Parse { stage: String },
    #[error("MLIR pass `{stage}` failed: {message}")]
    Pass { stage: String, message: String },
    #[error("IR does not verify after `{stage}`")]
    Verify { stage: String },
    #[error("weight `{0}` is missing")]
    MissingWeight(String),
    #[error("the JIT has no function `{0}`")]
    Lookup(String),
    #[error("cannot write IR dump: {0}")]
    Dump(String),
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error("this program has no stateful plan (prefill, decode): its graph cannot carry state")]
    Stateless,
}

/// One named lowering stage: an MLIR pass pipeline.
pub struct Stage {
    pub name: &'static str,
    pub pipeline: String,
}

/// The CPU lowering, stage by stage (each verified, each dumped with `--dump-ir`). A module
/// with AMX tiles lowers to LLVM through `convert-to-llvm`, whose type converter gathers every
/// dialect's conversions (the per-dialect `convert-cf-to-llvm` does not know `!amx.tile`,
/// which loops carry).
pub fn cpu_stages(amx: bool) -> Vec<Stage> {
    let stage = |name, pipeline: &str| Stage {
        name,
        pipeline: pipeline.to_string(),
    };
    vec![
        stage(
            "canonicalize",
            "builtin.module(canonicalize,cse,loop-invariant-code-motion)",
        ),
        stage(
            "lower-math",
            "builtin.module(func.func(convert-math-to-llvm),convert-math-to-libm)",
        ),
        if amx {
            stage(
            "lower-to-llvm",
"builtin.module(convert-vector-to-scf,convert-scf-to-cf,expand-strided-metadata,lower-affine,\
             convert-vector-to-llvm,convert-to-llvm,reconcile-unrealized-casts)"
        )
        } else {
            stage(
            "lower-to-llvm",
"builtin.module(convert-vector-to-scf,convert-scf-to-cf,expand-strided-metadata,lower-affine,\
             convert-vector-to-llvm,convert-arith-to-llvm,convert-index-to-llvm,convert-ub-to-llvm,\
             finalize-memref-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,reconcile-unrealized-casts)"
        )
        },
    ]
}

/// A new MLIR context with every dialect, pass and LLVM translation registered.
pub fn mlir_context() -> Context {
    let registry = DialectRegistry::new();
    register_all_dialects(&registry);
    let ctx = Context::new();
    ctx.append_dialect_registry(&registry);
    ctx.load_all_available_dialects();
    register_all_llvm_translations(&ctx);
    register_all_passes();
    ctx
}

/// What the executor does for each node of one graph, in order.
pub type Steps = Vec<(NodeIndex, Step)>;

/// One plan's kernels in a CPU module: an optimised graph, the prefix of its kernel names, and
/// whether its kernels carry state between calls.
#[derive(Clone, Copy)]
pub struct PlanSource<'g> {
    pub graph: &'g Graph,
    pub prefix: &'static str,
    pub stateful: bool,
}

/// The plans a CPU program holds: the forward pass, and a stateful plan for prefill, decode and
/// chunks. When the forward graph can carry state ([`supports_state`]) it is that plan itself;
/// otherwise `step` (the graph optimised with only state-carrying algorithms) is added.
pub fn plan_sources<'g>(forward: &'g Graph, step: Option<&'g Graph>) -> Vec<PlanSource<'g>> {
    if super::kernels::supports_state(forward) {
        return vec![PlanSource {
            graph: forward,
            prefix: "k",
            stateful: true,
        }];
    }
    let mut v = vec![PlanSource {
        graph: forward,
        prefix: "k",
        stateful: false,
    }];
    if let Some(g) = step.filter(|g| super::kernels::supports_state(g)) {
        v.push(PlanSource {
            graph: g,
            prefix: "s",
            stateful: true,
        });
    }
    v
}

/// The MLIR module text of every kernel of the sources (and the load-time kernels with
/// `init`), and the step of every node of each.
pub fn emit_kernels(
    sources: &[PlanSource],
    init: bool,
    isa: CpuIsa,
) -> Result<(String, Vec<Steps>), CodegenError> {
    let mut text = String::from("module {\n");
    let mut all = Vec::new();
    // Identical kernels (same op, shapes, attributes and state: the same text but for the
    // name) are emitted once and shared by every node that needs them: the 7B config's 32
    // layers of two shapes need a handful of distinct kernels, not 306.
    let mut shared: HashMap<String, String> = HashMap::new();
    for src in sources {
        let mut steps = Vec::new();
        for n in src.graph.topo_order().map_err(|e| CodegenError::Pass {
            stage: "emit-kernels".into(),
            message: e.to_string(),
        })? {
            // Without weights (`init`) no spectrum is folded: FFT convolutions transform
            // their filter themselves.
            let options = super::kernels::CpuKernelOptions {
                isa,
                filters_in_time: init,
            };
            let (func, mut step) = super::kernels::kernel_with(
                src.graph,
                n,
                super::builder::Device::Cpu,
                src.stateful,
                src.prefix,
                options,
            )?;
            if let (Some(f), Step::Kernel { name, .. }) = (func, &mut step) {
                let key = f.replacen(&format!("@{name}("), "@KERNEL(", 1);
                match shared.get(&key) {
                    Some(first) => *name = first.clone(),
                    None => {
                        shared.insert(key, name.clone());
                        text.push_str(&f);
                    }
                }
            }
            steps.push((n, step));
        }
        all.push(steps);
    }
    if init {
        let graphs: Vec<&Graph> = sources.iter().map(|s| s.graph).collect();
        text.push_str(&super::kernels::init_kernels(
            &graphs,
            super::builder::Device::Cpu,
        ));
    }
    text.push_str("}\n");
    Ok((text, all))
}

/// Runs the stages on `module`, verifying after each and dumping to `dump` if given.
pub fn lower(
    ctx: &Context,
    module: &mut Module,
    stages: &[Stage],
    dump: Option<&Path>,
    first: usize,
) -> Result<(), CodegenError> {
    for (i, stage) in stages.iter().enumerate() {
        let pm = PassManager::new(ctx);
        parse_pass_pipeline(pm.as_operation_pass_manager(), &stage.pipeline).map_err(|e| {
            CodegenError::Pass {
                stage: stage.name.into(),
                message: e.to_string(),
            }
        })?;
        pm.run(module).map_err(|e| CodegenError::Pass {
            stage: stage.name.into(),
            message: e.to_string(),
        })?;
        if !module.as_operation().verify() {
            return Err(CodegenError::Verify {
                stage: stage.name.into(),
            });
        }
        if let Some(dir) = dump {
            write_dump(
                dir,
                &format!("{:02}-{}.mlir", first + i, stage.name),
                &module.as_operation().to_string(),
            )?;
        }
    }
    Ok(())
}

/// Parses and verifies hyena-dialect text against the dialect definition.
pub fn verify_hyena(context: &Context, text: &str) -> Result<(), CodegenError> {
    let stage = || "emit-hyena".to_string();
    hyenac_dialects::load_hyena_dialect(context).map_err(|e| CodegenError::Pass {
        stage: stage(),
        message: e.to_string(),
    })?;
    let m = Module::parse(context, text).ok_or(CodegenError::Parse { stage: stage() })?;
    if !m.as_operation().verify() {
        return Err(CodegenError::Verify { stage: stage() });
    }
    Ok(())
}

/// Stages 01–02 of every back end: the optimised graphs as text and in the hyena dialect,
/// verified against the dialect definition, dumped when asked (the stateful plan's graph as
/// `*-step.*` when there is one of its own).
pub fn hyena_stage(
    context: &Context,
    graphs: &[&Graph],
    dump: Option<&Path>,
) -> Result<(), CodegenError> {
    for (i, graph) in graphs.iter().enumerate() {
        let hyena = super::hyena_ir::to_hyena_module(graph).map_err(|e| CodegenError::Pass {
            stage: "emit-hyena".into(),
            message: e.to_string(),
        })?;
        if let Some(dir) = dump {
            let tag = if i == 0 { "" } else { "-step" };
            write_dump(
                dir,
                &format!("01-optimized-graph{tag}.txt"),
                &graph.to_text(),
            )?;
            write_dump(dir, &format!("02-hyena{tag}.mlir"), &hyena)?;
        }
        verify_hyena(context, &hyena)?;
    }
    Ok(())
}

/// Writes one stage's dump (atomically; never over anything but a regular file).
pub fn write_dump(dir: &Path, file: &str, text: &str) -> Result<(), CodegenError> {
    std::fs::create_dir_all(dir).map_err(|e| CodegenError::Dump(e.to_string()))?;
    hyenac_runtime::output::write_atomic(&dir.join(file), text.as_bytes())
        .map_err(|e| CodegenError::Dump(e.to_string()))
}

/// Whether `name` is the name of a stage dump (`NN-stage.ext`), which `--dump-ir` writes.
pub fn is_dump_name(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 3 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b'-'
}

/// Everything from optimised graphs to the LLVM dialect for the CPU: the kernels, the
/// hyena-dialect form verified against the dialect definition, the lowering stages; dumps
/// stages 01–06 when asked (the stateful plan's graph and hyena form as `*-step.*` when it
/// is a graph of its own). Returns the lowered module, each source's steps, and whether the
/// code uses AMX tiles.
pub fn lower_for_cpu<'c>(
    context: &'c Context,
    sources: &[PlanSource],
    init: bool,
    dump: Option<&Path>,
    isa: CpuIsa,
) -> Result<(Module<'c>, Vec<Steps>, bool), CodegenError> {
    let (text, steps) = emit_kernels(sources, init, isa)?;
    let graphs: Vec<&Graph> = sources.iter().map(|s| s.graph).collect();
    hyena_stage(context, &graphs, dump)?;
    if let Some(dir) = dump {
        write_dump(dir, "03-kernels.mlir", &text)?;
    }
    let mut module = Module::parse(context, &text).ok_or(CodegenError::Parse {
        stage: "emit-kernels".into(),
    })?;
    if !module.as_operation().verify() {
        return Err(CodegenError::Verify {
            stage: "emit-kernels".into(),
        });
    }
    let amx = text.contains("amx.tile_");
    lower(context, &mut module, &cpu_stages(amx), dump, 4)?;
    Ok((module, steps, amx))
}

/// An optimised graph compiled for this CPU, with its weights bound.
pub struct CpuProgram {
    forward: Plan,
    step: Option<Plan>,
    constants: Vec<Matrix>,
    engine: ExecutionEngine,
    _context: Context,
    /// Activation buffers of the last stateless run, for the next (as `Model::forward`).
    spare: std::sync::Mutex<Vec<Vec<f32>>>,
}

impl CpuProgram {
    /// Generates, lowers and JIT-compiles `graph` (an optimised graph), and binds `checkpoint`.
    /// `max_len` bounds the sequence length (rotary tables, materialised filters). The program
    /// is stateful (prefill, decode, chunks) when `graph` can carry state.
    pub fn compile(
        graph: &Graph,
        checkpoint: &Checkpoint,
        max_len: usize,
        dump: Option<&Path>,
    ) -> Result<Self, CodegenError> {
        Self::compile_with_step(graph, None, checkpoint, max_len, dump)
    }

    /// [`CpuProgram::compile`], with `step` (a graph optimised for carrying state) compiled as
    /// the stateful plan when `graph` cannot carry state itself.
    pub fn compile_with_step(
        graph: &Graph,
        step: Option<&Graph>,
        checkpoint: &Checkpoint,
        max_len: usize,
        dump: Option<&Path>,
    ) -> Result<Self, CodegenError> {
        let context = mlir_context();
        let sources = plan_sources(graph, step);
        // The JIT compiles for this machine.
        let isa = CpuIsa::of_cpu("native").map_err(|message| CodegenError::Pass {
            stage: "llvm".into(),
            message,
        })?;
        let (module, steps, amx) = lower_for_cpu(&context, &sources, false, dump, isa)?;
        if amx {
            hyenac_runtime::cpu::request_amx().map_err(|e| CodegenError::Pass {
                stage: "llvm".into(),
                message: format!(
                    "the kernels use AMX tiles, which {e} (HYENAC_NO_AMX=1 avoids them)"
                ),
            })?;
        }
        if let Some(dir) = dump {
            // What an artifact would carry: LLVM IR, assembly and object for the host CPU.
            let native = super::llvm_emit::emit_native(&module, "native", None, true).map_err(
                |message| CodegenError::Pass {
                    stage: "llvm".into(),
                    message,
                },
            )?;
            write_dump(dir, "07-llvm.ll", &native.llvm_ir)?;
            write_dump(dir, &format!("08-{}.s", native.cpu), &native.assembly)?;
        }
        let engine = ExecutionEngine::new(&module, 3, &[], false, false);
        // The engine owns its compiled code; the module can go before the context moves.
        drop(module);
        for (_, step) in steps.iter().flatten() {
            if let Step::Kernel { name, .. } = step {
                if engine.lookup(&format!("_mlir_ciface_{name}")).is_null() {
                    return Err(CodegenError::Lookup(name.clone()));
                }
            }
        }
        let (forward, step, constants) = build_plans(&sources, &steps, Some(checkpoint), max_len)?;
        let constants = constants.values;
        Ok(CpuProgram {
            engine,
            _context: context,
            forward,
            step,
            constants,
            spare: Default::default(),
        })
    }

    /// The forward plan (what an artifact carries).
    pub fn plan(&self) -> &Plan {
        &self.forward
    }

    /// The plan that carries state between calls, if the program has one.
    pub fn stateful_plan(&self) -> Option<&Plan> {
        stateful_plan(&self.forward, self.step.as_ref())
    }

    /// The constants the plans refer to.
    pub fn constants(&self) -> &[Matrix] {
        &self.constants
    }

    /// The stateless forward pass: the output `output` for `tokens`, `[L, C]`.
    pub fn run(&self, tokens: &[i64], output: &str) -> Result<Mat, CodegenError> {
        self.run_timed(tokens, output).map(|(m, _)| m)
    }

    /// A zero state (position 0) for [`CpuProgram::run_with`].
    pub fn new_state(&self) -> Result<State, CodegenError> {
        Ok(State::new(
            self.stateful_plan().ok_or(CodegenError::Stateless)?,
        ))
    }

    /// Runs the stateful plan on the next `tokens`, continuing from `state`.
    pub fn run_with(
        &self,
        state: &mut State,
        tokens: &[i64],
        output: &str,
    ) -> Result<Mat, CodegenError> {
        let plan = self.stateful_plan().ok_or(CodegenError::Stateless)?;
        // SAFETY: the engine holds exactly the kernels the plan was built from.
        let (m, _) = unsafe {
            plan.execute_with(
                &self.constants,
                &|s| self.engine.lookup(s),
                state,
                tokens,
                output,
            )?
        };
        Ok(to_mat(m))
    }

    /// [`CpuProgram::run`], also returning the wall time of each kernel call (`op`, seconds).
    pub fn run_timed(
        &self,
        tokens: &[i64],
        output: &str,
    ) -> Result<(Mat, Vec<(String, f64)>), CodegenError> {
        let spare = self.spare.lock().map(|mut s| std::mem::take(&mut *s));
        let mut state = State::with_spare(&self.forward, spare.unwrap_or_default());
        // SAFETY: the engine holds exactly the kernels the plan was built from.
        let run = unsafe {
            self.forward.execute_with(
                &self.constants,
                &|s| self.engine.lookup(s),
                &mut state,
                tokens,
                output,
            )
        };
        if let Ok(mut s) = self.spare.lock() {
            *s = state.into_spare();
        }
        let (m, times) = run?;
        Ok((to_mat(m), times))
    }
}

pub(crate) fn to_mat(m: Matrix) -> Mat {
    Mat {
        rows: m.rows,
        cols: m.cols,
        data: m.data.iter().map(|&x| x as f64).collect(),
    }
}

/// The stateful one of a forward plan and an optional step plan.
pub fn stateful_plan<'p>(forward: &'p Plan, step: Option<&'p Plan>) -> Option<&'p Plan> {
    if forward.is_stateful() {
        Some(forward)
    } else {
        step
    }
}

pub use super::plan::{build_plan, build_plans, verify_plans, Constants};
