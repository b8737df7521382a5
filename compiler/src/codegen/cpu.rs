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

use super::kernels::{KernelError, Step};
use crate::graph::{Graph, Op};
use crate::interp::Mat;
use hyenac_runtime::artifact::ConstantSource;
use hyenac_runtime::{Arg, Call, Matrix, Plan, RuntimeError, State};

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

/// The CPU lowering, stage by stage (each verified, each dumped with `--dump-ir`).
pub fn cpu_stages() -> Vec<Stage> {
    let stage = |name, pipeline: &str| Stage {
        name,
        pipeline: pipeline.to_string(),
    };
    vec![
        stage("canonicalize", "builtin.module(canonicalize,cse,loop-invariant-code-motion)"),
        stage("lower-math", "builtin.module(func.func(convert-math-to-llvm),convert-math-to-libm)"),
        stage(
            "lower-to-llvm",
"builtin.module(convert-vector-to-scf,convert-scf-to-cf,expand-strided-metadata,lower-affine,\
             convert-vector-to-llvm,convert-arith-to-llvm,convert-index-to-llvm,convert-ub-to-llvm,\
             finalize-memref-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,reconcile-unrealized-casts)"
        ),
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
            let (func, mut step) = super::kernels::kernel_with(
                src.graph,
                n,
                super::builder::Device::Cpu,
                src.stateful,
                src.prefix,
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
/// is a graph of its own). Returns the lowered module and each source's steps.
pub fn lower_for_cpu<'c>(
    context: &'c Context,
    sources: &[PlanSource],
    init: bool,
    dump: Option<&Path>,
) -> Result<(Module<'c>, Vec<Steps>), CodegenError> {
    let (text, steps) = emit_kernels(sources, init)?;
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
    lower(context, &mut module, &cpu_stages(), dump, 4)?;
    Ok((module, steps))
}

/// An optimised graph compiled for this CPU, with its weights bound.
pub struct CpuProgram {
    forward: Plan,
    step: Option<Plan>,
    constants: Vec<Matrix>,
    engine: ExecutionEngine,
    _context: Context,
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
        let (module, steps) = lower_for_cpu(&context, &sources, false, dump)?;
        if let Some(dir) = dump {
            // What an artifact would carry: LLVM IR, assembly and object for the host CPU.
            let native =
                super::llvm_emit::emit_native(&module, "native", None).map_err(|message| {
                    CodegenError::Pass {
                        stage: "llvm".into(),
                        message,
                    }
                })?;
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
        // SAFETY: the engine holds exactly the kernels the plan was built from.
        let (m, times) = unsafe {
            self.forward
                .execute(&self.constants, &|s| self.engine.lookup(s), tokens, output)?
        };
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

/// The constants of compiled plans: their values (empty when computed at load time) and where
/// each comes from.
#[derive(Debug, Clone, Default)]
pub struct Constants {
    pub values: Vec<Matrix>,
    pub sources: Vec<ConstantSource>,
}

/// The plans of `sources` (the forward plan first, then the stateful one if separate) and their
/// constants, shared between the plans where identical. Without a checkpoint the weights are
/// load-time inputs.
pub fn build_plans(
    sources: &[PlanSource],
    steps: &[Steps],
    checkpoint: Option<&Checkpoint>,
    max_len: usize,
) -> Result<(Plan, Option<Plan>, Constants), CodegenError> {
    let (forward, mut constants) = build_plan(
        sources[0].graph,
        &steps[0],
        checkpoint,
        max_len,
        super::builder::Device::Cpu,
        sources[0].stateful,
    )?;
    let step = match sources.get(1) {
        None => None,
        Some(src) => {
            let (mut plan, extra) = build_plan(
                src.graph,
                &steps[1],
                checkpoint,
                max_len,
                super::builder::Device::Cpu,
                src.stateful,
            )?;
            merge_constants(&mut constants, &mut plan, extra);
            Some(plan)
        }
    };
    verify_plans(
        &std::iter::once(&forward)
            .chain(step.as_ref())
            .collect::<Vec<_>>(),
        &constants,
    )?;
    Ok((forward, step, constants))
}

/// Checks built plans the way the runtime checks a manifest (every index in range, every
/// activation written before it is read, sizes bounded): a plan builder bug is a compile
/// error here, not a kernel reading outside its buffers later.
pub fn verify_plans(plans: &[&Plan], constants: &Constants) -> Result<(), CodegenError> {
    let shapes: Vec<(usize, usize)> = constants.values.iter().map(|m| (m.rows, m.cols)).collect();
    hyenac_runtime::abi::code_abi(plans, &shapes, &constants.sources)
        .map(|_| ())
        .map_err(|message| CodegenError::Pass {
            stage: "verify-plan".into(),
            message,
        })
}

/// Appends `extra` (the constants of `plan`) to `constants`, reusing an identical constant
/// (same values, same weight, or same load-time computation) instead of storing it twice, and
/// renumbers `plan`'s constant arguments.
fn merge_constants(constants: &mut Constants, plan: &mut Plan, extra: Constants) {
    let key = |m: &Matrix, src: &ConstantSource| match src {
        ConstantSource::Stored => {
            let bytes: Vec<u8> = m.data.iter().flat_map(|x| x.to_le_bytes()).collect();
            format!(
                "stored {}x{} {:016x}",
                m.rows,
                m.cols,
                hyenac_runtime::artifact::checksum(&bytes)
            )
        }
        other => format!("{} {}x{} {other:?}", "source", m.rows, m.cols),
    };
    let mut index: HashMap<String, usize> = constants
        .values
        .iter()
        .zip(&constants.sources)
        .enumerate()
        .map(|(i, (m, s))| (key(m, s), i))
        .collect();
    let mut remap: Vec<usize> = Vec::with_capacity(extra.values.len());
    for (m, mut src) in extra.values.into_iter().zip(extra.sources) {
        if let ConstantSource::Init { args, .. } = &mut src {
            args.iter_mut().for_each(|a| *a = remap[*a]);
        }
        let k = key(&m, &src);
        let id = match index.get(&k) {
            Some(&i) if constants.values[i] == m => i,
            _ => {
                constants.values.push(m);
                constants.sources.push(src);
                index.insert(k, constants.values.len() - 1);
                constants.values.len() - 1
            }
        };
        remap.push(id);
    }
    for c in &mut plan.calls {
        for a in &mut c.args {
            if let Arg::Constant(i) | Arg::ConstantAt(i) = a {
                *i = remap[*i];
            }
        }
    }
}

/// The runtime plan of `graph`'s kernels and its constants: weights and compile-time constants
/// evaluated in float64 (as the interpreter binds them) and stored as f32, matrix-product weights
/// and modal parameters transposed where the CPU kernels read them so, rotary tables.
///
/// Without a checkpoint the weights become load-time inputs and every constant derived from
/// them a call of a generated load-time kernel ([`super::kernels::init_transpose_kernel`],
/// [`super::kernels::init_modal_filter_kernel`]); FFT spectra cannot be deferred.
pub fn build_plan(
    graph: &Graph,
    steps: &[(NodeIndex, Step)],
    checkpoint: Option<&Checkpoint>,
    max_len: usize,
    device: super::builder::Device,
    stateful: bool,
) -> Result<(Plan, Constants), CodegenError> {
    let session = checkpoint
        .map(|ck| crate::interp::Session::new(graph, ck, max_len))
        .transpose()
        .map_err(|e| match e {
            crate::interp::InterpError::MissingWeight { name } => CodegenError::MissingWeight(name),
            other => CodegenError::Pass {
                stage: "bind-constants".into(),
                message: other.to_string(),
            },
        })?;
    let symbol = |name: &str| match device {
        super::builder::Device::Cpu => format!("_mlir_ciface_{name}"),
        super::builder::Device::Gpu => name.to_string(),
    };
    let mut sources: Vec<ConstantSource> = Vec::new();
    let mut constants: Vec<Matrix> = Vec::new();
    let mut const_ids: HashMap<NodeIndex, usize> = HashMap::new();
    let mut transposed_ids: HashMap<NodeIndex, usize> = HashMap::new();
    let mut rotary_ids: HashMap<String, usize> = HashMap::new();
    let mut act_ids: HashMap<NodeIndex, usize> = HashMap::new();
    let mut plan = Plan {
        activations: Vec::new(),
        calls: Vec::new(),
        outputs: Vec::new(),
        vocab: usize::MAX,
        max_len,
        states: Vec::new(),
    };
    let mut push = |constants: &mut Vec<Matrix>, m: Matrix, src: ConstantSource| {
        constants.push(m);
        sources.push(src);
        constants.len() - 1
    };
    let placeholder = |rows: usize, cols: usize| Matrix {
        rows,
        cols,
        data: Vec::new(),
    };
    for (n, step) in steps {
        let node = &graph.g[*n];
        match step {
            Step::Tokens => {}
            Step::Constant => {
                let id = match &session {
                    Some(session) => {
                        let m = session.constant(*n).expect("bound constant");
                        push(&mut constants, to_matrix(m), ConstantSource::Stored)
                    }
                    None => {
                        let ty = &node.ty.shape;
                        let rows = ty.first().map_or(1, |d| d.fixed_or(1));
                        let cols = ty.iter().skip(1).map(|d| d.fixed_or(1)).product::<usize>();
                        let src = match &node.op {
                            Op::Weight { name, shape } => ConstantSource::Weight {
                                name: name.clone(),
                                shape: shape.clone(),
                            },
                            Op::ModalFilter { .. } => {
                                let ops = graph.operands(*n);
                                let modes = constants[const_ids[&ops[0]]].cols / 2;
                                ConstantSource::Init {
                                    symbol: symbol(&super::kernels::init_modal_filter(modes)),
                                    args: vec![const_ids[&ops[0]], const_ids[&ops[1]]],
                                }
                            }
                            other => {
                                return Err(CodegenError::Pass {
                                    stage: "bind-constants".into(),
                                    message: format!(
                                        "`{}` needs the weights at compile time: compile with --weights, or without the FFT rules",
                                        other.mnemonic()
                                    ),
                                })
                            }
                        };
                        push(&mut constants, placeholder(rows, cols.max(1)), src)
                    }
                };
                const_ids.insert(*n, id);
            }
            Step::Alias => {
                let src = act_ids[&graph.operands(*n)[0]];
                act_ids.insert(*n, src);
                if let Op::Output { name } = &node.op {
                    plan.outputs.push((name.clone(), src));
                }
            }
            Step::Kernel { name, .. } => {
                // Only the CPU kernels read weights transposed.
                let transposed = match device {
                    super::builder::Device::Cpu => super::kernels::transposed_operands(&node.op),
                    super::builder::Device::Gpu => Vec::new(),
                };
                let mut args = Vec::new();
                for (i, o) in graph.operands(*n).into_iter().enumerate() {
                    args.push(if graph.g[o].op == Op::Tokens {
                        Arg::Tokens
                    } else if let Some(&c) = const_ids.get(&o) {
                        if transposed.contains(&i) {
                            let t = match transposed_ids.get(&o) {
                                Some(&t) => t,
                                None => {
                                    let t = if session.is_some() {
                                        let t = transpose(&constants[c]);
                                        push(&mut constants, t, ConstantSource::Stored)
                                    } else {
                                        let m = placeholder(constants[c].cols, constants[c].rows);
                                        let src = ConstantSource::Init {
                                            symbol: symbol(super::kernels::INIT_TRANSPOSE),
                                            args: vec![c],
                                        };
                                        push(&mut constants, m, src)
                                    };
                                    transposed_ids.insert(o, t);
                                    t
                                }
                            };
                            Arg::Constant(t)
                        } else {
                            Arg::Constant(c)
                        }
                    } else {
                        Arg::Activation(act_ids[&o])
                    });
                }
                match &node.op {
                    Op::Rotary {
                        head_dim,
                        base,
                        position_scale,
                        ..
                    }
                    | Op::RotaryAttention {
                        head_dim,
                        base,
                        position_scale,
                        ..
                    } => {
                        // One table per distinct rotary setting, shared by the layers.
                        let key = format!("{head_dim} {base:e} {position_scale:e}");
                        let id = match rotary_ids.get(&key) {
                            Some(&id) => id,
                            None => {
                                let id = push(
                                    &mut constants,
                                    rotary_table(max_len, *head_dim, *base, *position_scale),
                                    ConstantSource::Stored,
                                );
                                rotary_ids.insert(key, id);
                                id
                            }
                        };
                        args.push(Arg::ConstantAt(id))
                    }
                    Op::Embedding => {
                        plan.vocab = plan
                            .vocab
                            .min(graph.g[graph.operands(*n)[0]].ty.shape[0].fixed_or(0))
                    }
                    _ => {}
                }
                if stateful {
                    for spec in super::kernels::state_specs(graph, *n) {
                        plan.states.push(spec);
                        args.push(Arg::State(plan.states.len() - 1));
                    }
                }
                if super::kernels::takes_part(&node.op, device) {
                    args.push(Arg::Part);
                }
                plan.activations.push(node.ty.shape[1].fixed_or(0));
                let out = plan.activations.len() - 1;
                act_ids.insert(*n, out);
                plan.calls.push(Call {
                    symbol: match device {
                        super::builder::Device::Cpu => format!("_mlir_ciface_{name}"),
                        super::builder::Device::Gpu => name.clone(),
                    },
                    label: kernel_label(graph, *n),
                    args,
                    out,
                    launch: None,
                });
            }
        }
    }
    // Keep only the constants some call reads (a weight bound transposed is not needed as
    // stored), renumbered in order.
    let mut used = vec![false; constants.len()];
    for c in &plan.calls {
        for a in &c.args {
            if let Arg::Constant(i) | Arg::ConstantAt(i) = a {
                used[*i] = true;
            }
        }
    }
    // What a kept load-time constant is computed from is kept too (arguments come earlier).
    for i in (0..constants.len()).rev() {
        if let (true, ConstantSource::Init { args, .. }) = (used[i], &sources[i]) {
            for &a in args {
                used[a] = true;
            }
        }
    }
    let mut remap = vec![usize::MAX; constants.len()];
    let mut kept = Constants::default();
    for (i, (m, mut src)) in constants.into_iter().zip(sources).enumerate() {
        if used[i] {
            if let ConstantSource::Init { args, .. } = &mut src {
                args.iter_mut().for_each(|a| *a = remap[*a]);
            }
            remap[i] = kept.values.len();
            kept.values.push(m);
            kept.sources.push(src);
        }
    }
    for c in &mut plan.calls {
        for a in &mut c.args {
            if let Arg::Constant(i) | Arg::ConstantAt(i) = a {
                *i = remap[*i];
            }
        }
    }
    Ok((plan, kept))
}

fn to_matrix(m: &Mat) -> Matrix {
    Matrix {
        rows: m.rows,
        cols: m.cols,
        data: m.data.iter().map(|&x| x as f32).collect(),
    }
}

fn transpose(b: &Matrix) -> Matrix {
    let mut data = vec![0.0; b.data.len()];
    for r in 0..b.rows {
        for c in 0..b.cols {
            data[c * b.rows + r] = b.data[r * b.cols + c];
        }
    }
    Matrix {
        rows: b.cols,
        cols: b.rows,
        data,
    }
}

/// `op[alg]` for the timing report.
fn kernel_label(g: &Graph, n: NodeIndex) -> String {
    let op = &g.g[n].op;
    match crate::rewrite::conv_alg(op) {
        Some(a) => format!("{}[{}]", op.mnemonic(), a.name()),
        None => op.mnemonic().to_string(),
    }
}

/// cos (first half) and sin (second half) of the float32 rotary angles, `[max_len, head_dim]`.
fn rotary_table(max_len: usize, head_dim: usize, base: f64, position_scale: f64) -> Matrix {
    let half = head_dim / 2;
    let mut data = vec![0.0f32; max_len * head_dim];
    for pos in 0..max_len {
        for j in 0..half {
            let th = crate::interp::rotary_angle(pos, j, head_dim, base, position_scale);
            data[pos * head_dim + j] = th.cos() as f32;
            data[pos * head_dim + half + j] = th.sin() as f32;
        }
    }
    Matrix {
        rows: max_len,
        cols: head_dim,
        data,
    }
}
