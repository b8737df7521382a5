//! The CPU back end: kernels generated as MLIR, lowered by named passes to the LLVM dialect
//! and compiled in process (MLIR's ExecutionEngine, LLVM ORC JIT) for the host CPU.
//!
//! [`CpuProgram`] binds the weights and the compile-time constants (modal filters, spectra,
//! rotary tables, evaluated in float64 and stored as f32) and runs the optimised graph's kernels
//! in order. It serves the tests and the compiler's own checks; the deployable artifact and its
//! runtime are separate (issue 5).

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

use super::kernels::{kernel, KernelError, Step};
use crate::graph::{Graph, Op};
use crate::interp::Mat;

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
    #[error("token {token} at position {position} is out of range for vocabulary size {vocab}")]
    TokenOutOfRange {
        token: i64,
        position: usize,
        vocab: usize,
    },
    #[error("sequence too long: {len} tokens, the program was compiled for at most {max}")]
    TooLong { len: usize, max: usize },
    #[error("cannot write IR dump: {0}")]
    Dump(String),
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
            "builtin.module(convert-scf-to-cf,expand-strided-metadata,lower-affine,convert-arith-to-llvm,\
             convert-index-to-llvm,finalize-memref-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,\
             reconcile-unrealized-casts)",
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

/// The MLIR module text of every kernel of `graph`, and the step of every node.
pub fn emit_kernels(graph: &Graph) -> Result<(String, Vec<(NodeIndex, Step)>), CodegenError> {
    let mut text = String::from("module {\n");
    let mut steps = Vec::new();
    for n in graph.topo_order().map_err(|e| CodegenError::Pass {
        stage: "emit-kernels".into(),
        message: e.to_string(),
    })? {
        let (func, step) = kernel(graph, n, super::builder::Device::Cpu)?;
        if let Some(f) = func {
            text.push_str(&f);
        }
        steps.push((n, step));
    }
    text.push_str("}\n");
    Ok((text, steps))
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

/// Writes one stage's dump.
pub fn write_dump(dir: &Path, file: &str, text: &str) -> Result<(), CodegenError> {
    std::fs::create_dir_all(dir).map_err(|e| CodegenError::Dump(e.to_string()))?;
    std::fs::write(dir.join(file), text).map_err(|e| CodegenError::Dump(e.to_string()))
}

/// A row-major f32 buffer `[rows, cols]`.
#[derive(Debug, Clone)]
struct Buffer {
    rows: usize,
    cols: usize,
    data: Vec<f32>,
}

impl Buffer {
    fn from_mat(m: &Mat) -> Self {
        Buffer {
            rows: m.rows,
            cols: m.cols,
            data: m.data.iter().map(|&x| x as f32).collect(),
        }
    }
}

/// The memref descriptor of a `memref<?x?xT>` (mlir-path.md §2).
#[repr(C)]
struct Descriptor<T> {
    allocated: *mut T,
    aligned: *mut T,
    offset: i64,
    sizes: [i64; 2],
    strides: [i64; 2],
}

impl<T> Descriptor<T> {
    fn new(data: *mut T, rows: usize, cols: usize, row_offset: usize) -> Self {
        Descriptor {
            allocated: data,
            aligned: data,
            offset: (row_offset * cols) as i64,
            sizes: [rows as i64, cols as i64],
            strides: [cols as i64, 1],
        }
    }
}

/// An optimised graph compiled for this CPU, with its weights bound.
pub struct CpuProgram {
    engine: ExecutionEngine,
    _context: Context,
    graph: Graph,
    steps: Vec<(NodeIndex, Step)>,
    constants: HashMap<NodeIndex, Buffer>,
    /// cos/sin tables `[max_len, head_dim]` of the rotary nodes.
    rotary: HashMap<NodeIndex, Buffer>,
    /// Matrix-product weights bound transposed (`[K, O]`), by weight node.
    transposed: HashMap<NodeIndex, Buffer>,
    max_len: usize,
    vocab: usize,
}

impl CpuProgram {
    /// Generates, lowers and JIT-compiles `graph` (an optimised graph), and binds `checkpoint`.
    /// `max_len` bounds the sequence length (rotary tables, materialised filters).
    pub fn compile(
        graph: &Graph,
        checkpoint: &Checkpoint,
        max_len: usize,
        dump: Option<&Path>,
    ) -> Result<Self, CodegenError> {
        let (text, steps) = emit_kernels(graph)?;
        let context = mlir_context();
        // The hyena-dialect form of the plan, verified against the dialect definition.
        let hyena = super::hyena_ir::to_hyena_module(graph).map_err(|e| CodegenError::Pass {
            stage: "emit-hyena".into(),
            message: e.to_string(),
        })?;
        if let Some(dir) = dump {
            write_dump(dir, "01-optimized-graph.txt", &graph.to_text())?;
            write_dump(dir, "02-hyena.mlir", &hyena)?;
            write_dump(dir, "03-kernels.mlir", &text)?;
        }
        verify_hyena(&context, &hyena)?;
        let mut module = Module::parse(&context, &text).ok_or(CodegenError::Parse {
            stage: "emit-kernels".into(),
        })?;
        if !module.as_operation().verify() {
            return Err(CodegenError::Verify {
                stage: "emit-kernels".into(),
            });
        }
        lower(&context, &mut module, &cpu_stages(), dump, 4)?;
        if let Some(dir) = dump {
            // What an artifact would carry: LLVM IR, assembly and object for the host CPU.
            let native = super::llvm_emit::emit_native(&module, "native").map_err(|message| {
                CodegenError::Pass {
                    stage: "llvm".into(),
                    message,
                }
            })?;
            write_dump(dir, "07-llvm.ll", &native.llvm_ir)?;
            write_dump(dir, &format!("08-{}.s", native.cpu), &native.assembly)?;
        }
        let engine = ExecutionEngine::new(&module, 3, &[], false, false);
        for (_, step) in &steps {
            if let Step::Kernel { name, .. } = step {
                if engine.lookup(&format!("_mlir_ciface_{name}")).is_null() {
                    return Err(CodegenError::Lookup(name.clone()));
                }
            }
        }
        // Compile-time constants, evaluated in float64 (the interpreter binds them the same way).
        let session =
            crate::interp::Session::new(graph, checkpoint, max_len).map_err(|e| match e {
                crate::interp::InterpError::MissingWeight { name } => {
                    CodegenError::MissingWeight(name)
                }
                other => CodegenError::Pass {
                    stage: "bind-constants".into(),
                    message: other.to_string(),
                },
            })?;
        let mut constants = HashMap::new();
        let mut rotary = HashMap::new();
        let mut vocab = usize::MAX;
        for (n, step) in &steps {
            if *step == Step::Constant {
                constants.insert(
                    *n,
                    Buffer::from_mat(session.constant(*n).expect("bound constant")),
                );
            }
            match &graph.g[*n].op {
                Op::Rotary {
                    head_dim,
                    base,
                    position_scale,
                    ..
                } => {
                    rotary.insert(*n, rotary_table(max_len, *head_dim, *base, *position_scale));
                }
                Op::Embedding => {
                    vocab = vocab.min(graph.g[graph.operands(*n)[0]].ty.shape[0].fixed_or(0))
                }
                _ => {}
            }
        }
        let mut transposed = HashMap::new();
        for (n, _) in &steps {
            let ops = graph.operands(*n);
            for i in super::kernels::transposed_operands(&graph.g[*n].op) {
                if let Some(w) = ops.get(i).and_then(|o| constants.get(o).map(|b| (*o, b))) {
                    transposed.entry(w.0).or_insert_with(|| transpose(w.1));
                }
            }
        }
        Ok(CpuProgram {
            transposed,
            engine,
            _context: context,
            graph: graph.clone(),
            steps,
            constants,
            rotary,
            max_len,
            vocab,
        })
    }

    /// The stateless forward pass: the output `output` for `tokens`, `[L, C]`.
    pub fn run(&self, tokens: &[i64], output: &str) -> Result<Mat, CodegenError> {
        self.run_timed(tokens, output).map(|(m, _)| m)
    }

    /// [`CpuProgram::run`], also returning the wall time of each kernel call (`op`, seconds).
    pub fn run_timed(
        &self,
        tokens: &[i64],
        output: &str,
    ) -> Result<(Mat, Vec<(String, f64)>), CodegenError> {
        let mut times = Vec::new();
        let l = tokens.len();
        if l > self.max_len {
            return Err(CodegenError::TooLong {
                len: l,
                max: self.max_len,
            });
        }
        for (i, &t) in tokens.iter().enumerate() {
            if t < 0 || t as u64 >= self.vocab as u64 {
                return Err(CodegenError::TokenOutOfRange {
                    token: t,
                    position: i,
                    vocab: self.vocab,
                });
            }
        }
        let mut tok: Vec<i64> = tokens.to_vec();
        let mut acts: HashMap<NodeIndex, Buffer> = HashMap::new();
        let g = &self.graph;
        let mut result = None;
        for (n, step) in &self.steps {
            match step {
                Step::Tokens | Step::Constant => {}
                Step::Alias => {
                    let src = g.operands(*n)[0];
                    if let Op::Output { name } = &g.g[*n].op {
                        if name == output {
                            result = acts.get(&src).cloned();
                        }
                    }
                }
                Step::Kernel { name, .. } => {
                    let cols = match g.g[*n].ty.shape[1] {
                        crate::graph::Dim::Fixed(c) => c,
                        crate::graph::Dim::Seq => l,
                    };
                    let mut out = Buffer {
                        rows: l,
                        cols,
                        data: vec![0.0; l * cols],
                    };
                    let mut f32_descs: Vec<Descriptor<f32>> = Vec::new();
                    let mut tok_desc: Option<Descriptor<i64>> = None;
                    let mut order: Vec<(bool, usize)> = Vec::new(); // (is_tokens, index)
                    let transposed = super::kernels::transposed_operands(&g.g[*n].op);
                    for (i, o) in g.operands(*n).into_iter().enumerate() {
                        if let (true, Some(t)) = (transposed.contains(&i), self.transposed.get(&o))
                        {
                            f32_descs.push(Descriptor::new(
                                t.data.as_ptr() as *mut f32,
                                t.rows,
                                t.cols,
                                0,
                            ));
                            order.push((false, f32_descs.len() - 1));
                            continue;
                        }
                        if g.g[o].op == Op::Tokens {
                            tok_desc = Some(Descriptor::new(tok.as_mut_ptr(), l, 1, 0));
                            order.push((true, 0));
                            continue;
                        }
                        let b = acts
                            .get(&o)
                            .or_else(|| self.constants.get(&o))
                            .expect("operand computed");
                        f32_descs.push(Descriptor::new(
                            b.data.as_ptr() as *mut f32,
                            b.rows,
                            b.cols,
                            0,
                        ));
                        order.push((false, f32_descs.len() - 1));
                    }
                    if let Some(t) = self.rotary.get(n) {
                        f32_descs.push(Descriptor::new(
                            t.data.as_ptr() as *mut f32,
                            t.rows,
                            t.cols,
                            0,
                        ));
                        order.push((false, f32_descs.len() - 1));
                    }
                    f32_descs.push(Descriptor::new(
                        out.data.as_mut_ptr(),
                        out.rows,
                        out.cols,
                        0,
                    ));
                    order.push((false, f32_descs.len() - 1));
                    let ptrs: Vec<*mut ()> = order
                        .iter()
                        .map(|&(is_tok, i)| match (is_tok, &mut tok_desc) {
                            (true, Some(d)) => d as *mut Descriptor<i64> as *mut (),
                            _ => &mut f32_descs[i] as *mut Descriptor<f32> as *mut (),
                        })
                        .collect();
                    let fptr = self.engine.lookup(&format!("_mlir_ciface_{name}"));
                    if fptr.is_null() {
                        return Err(CodegenError::Lookup(name.clone()));
                    }
                    // SAFETY: `fptr` is the C interface of a generated kernel, whose parameters
                    // are one descriptor pointer per operand (plus the rotary table) and the
                    // result, in this order by construction; the descriptors point to live
                    // buffers of the sizes they state, and the kernel writes only `out`.
                    let t = std::time::Instant::now();
                    unsafe { call_kernel(fptr, &ptrs) }
                        .map_err(|_| CodegenError::Lookup(name.clone()))?;
                    times.push((kernel_label(g, *n), t.elapsed().as_secs_f64()));
                    acts.insert(*n, out);
                }
            }
        }
        let b = result.ok_or_else(|| CodegenError::Lookup(format!("output {output}")))?;
        let m = Mat {
            rows: b.rows,
            cols: b.cols,
            data: b.data.iter().map(|&x| x as f64).collect(),
        };
        Ok((m, times))
    }
}

fn transpose(b: &Buffer) -> Buffer {
    let mut data = vec![0.0; b.data.len()];
    for r in 0..b.rows {
        for c in 0..b.cols {
            data[c * b.rows + r] = b.data[r * b.cols + c];
        }
    }
    Buffer {
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

type P = *mut ();

/// Calls a kernel's C interface with `args.len()` descriptor pointers.
///
/// # Safety
/// `f` must be a function taking exactly `args.len()` pointer arguments.
unsafe fn call_kernel(f: P, a: &[P]) -> Result<(), ()> {
    use std::mem::transmute as t;
    unsafe {
        match a.len() {
            1 => t::<P, extern "C" fn(P)>(f)(a[0]),
            2 => t::<P, extern "C" fn(P, P)>(f)(a[0], a[1]),
            3 => t::<P, extern "C" fn(P, P, P)>(f)(a[0], a[1], a[2]),
            4 => t::<P, extern "C" fn(P, P, P, P)>(f)(a[0], a[1], a[2], a[3]),
            5 => t::<P, extern "C" fn(P, P, P, P, P)>(f)(a[0], a[1], a[2], a[3], a[4]),
            6 => t::<P, extern "C" fn(P, P, P, P, P, P)>(f)(a[0], a[1], a[2], a[3], a[4], a[5]),
            7 => t::<P, extern "C" fn(P, P, P, P, P, P, P)>(f)(
                a[0], a[1], a[2], a[3], a[4], a[5], a[6],
            ),
            8 => t::<P, extern "C" fn(P, P, P, P, P, P, P, P)>(f)(
                a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7],
            ),
            9 => t::<P, extern "C" fn(P, P, P, P, P, P, P, P, P)>(f)(
                a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
            ),
            _ => return Err(()),
        }
    }
    Ok(())
}

/// cos (first half) and sin (second half) of the float32 rotary angles, `[max_len, head_dim]`.
fn rotary_table(max_len: usize, head_dim: usize, base: f64, position_scale: f64) -> Buffer {
    let half = head_dim / 2;
    let mut data = vec![0.0f32; max_len * head_dim];
    for pos in 0..max_len {
        for j in 0..half {
            let th = crate::interp::rotary_angle(pos, j, head_dim, base, position_scale);
            data[pos * head_dim + j] = th.cos() as f32;
            data[pos * head_dim + half + j] = th.sin() as f32;
        }
    }
    Buffer {
        rows: max_len,
        cols: head_dim,
        data,
    }
}
