//! Generated CPU code against the float64 interpreter and the golden fixtures.

mod common;

use common::{load, FIXTURES};
use hyenac::build_graph;
use hyenac::codegen::cpu::CpuProgram;
use hyenac::interp::normwise_rel_err;
use hyenac::rewrite::cost::CostModel;
use hyenac::rewrite::{optimize, OptimizeOptions};

#[test]
fn fixtures_run_end_to_end_through_generated_cpu_code() {
    for name in FIXTURES {
        let f = load(name);
        let g = build_graph(&f.config).unwrap();
        let o = optimize(&g, &OptimizeOptions::new(CostModel::cpu(), f.tokens.len())).unwrap();
        let dump = std::env::var_os("HYENAC_TEST_DUMP")
            .filter(|d| !d.is_empty())
            .map(|d| std::path::PathBuf::from(d).join(name));
        let p =
            CpuProgram::compile(&o.graph, &f.checkpoint, f.tokens.len(), dump.as_deref()).unwrap();
        let y = p.run(&f.tokens, "logits").unwrap();
        let e = normwise_rel_err(&y.data, &f.logits);
        eprintln!("{name}: generated CPU code vs expected logits: {e:.3e}");
        assert!(e <= 1e-5, "{name}: {e:e}");
    }
}

/// Every kernel form the optimiser can produce, on random shapes (lengths 1 and not powers of
/// two), against the float64 interpreter of the original graph.
#[test]
fn generated_kernels_match_the_interpreter_on_random_shapes() {
    use common::{random_model, Rng};
    let fusions = [
        "fuse-gated-conv",
        "fuse-fir-split-prologue",
        "fuse-norm-linear",
        "fuse-mlp-gate",
        "fuse-norm-mlp-gate",
    ];
    // (disabled rules, forced family)
    let variants: Vec<(Vec<&str>, Option<&str>)> = vec![
        (vec![], None),
        (vec![], Some("direct")),
        (vec![], Some("block")),
        (vec![], Some("scan")),
        (vec![], Some("fft")),
        (vec!["long-conv-fft-pow2"], Some("fft")), // 3·5-smooth lengths where they differ
        (fusions.to_vec(), Some("direct")),
        (fusions.to_vec(), Some("fft")),
        (
            vec!["fuse-fir-split-prologue", "fuse-norm-mlp-gate"],
            Some("scan"),
        ),
    ];
    let mut rng = Rng(0xD1B54A32D192ED03);
    for case in 0..6 {
        let (config, ck) = random_model(&mut rng);
        let g = build_graph(&config).unwrap();
        let l = [1usize, 5, 17, 33, 40, 2][case];
        let tokens: Vec<i64> = (0..l)
            .map(|_| (rng.next_u64() % config.vocab_size as u64) as i64)
            .collect();
        let want = hyenac::interp::forward(&g, &ck, config.max_seqlen, &tokens).unwrap();
        for (disabled, forced) in &variants {
            if *forced == Some("block") && l <= 16 {
                continue; // no chunk size below L
            }
            let smooth =
                hyenac::rewrite::rules::fft_len(hyenac::rewrite::rules::Family::FftSmooth, l);
            if disabled.contains(&"long-conv-fft-pow2") && smooth.is_none() {
                continue; // the 3·5-smooth length equals the power of two here
            }
            let mut o = OptimizeOptions::new(CostModel::cpu(), l);
            o.disabled = disabled.iter().map(|s| s.to_string()).collect();
            if let Some(f) = forced {
                o.forced = (0..config.num_layers)
                    .step_by(2)
                    .map(|i| (i, f.to_string()))
                    .collect();
            }
            let og = optimize(&g, &o).unwrap().graph;
            let p = CpuProgram::compile(&og, &ck, l, None).unwrap();
            let got = p.run(&tokens, "logits").unwrap();
            let e = normwise_rel_err(&got.data, &want.data);
            assert!(
                e <= 1e-5,
                "case {case} L={l} {disabled:?} {forced:?}: {e:e}"
            );
        }
    }
}

/// A random model of one Hyena and one attention layer: the tiny-gqa config with `overrides`,
/// random weights, and its graph.
fn two_layer_model(
    tag: &str,
    overrides: &[(&str, &str)],
) -> (
    hyenac_models::Config,
    hyenac_models::Checkpoint,
    hyenac::graph::Graph,
) {
    let mut all = overrides.to_vec();
    all.extend([
        ("num_layers", "2"),
        ("attn_layer_idxs", "[1]"),
        ("hyena_layer_idxs", "[0]"),
    ]);
    let (cfg, w) = common::random_model_files(tag, &all);
    let config = hyenac_models::Config::from_file(&cfg).unwrap();
    let ck = hyenac_models::Checkpoint::load(&w, &config).unwrap();
    let g = build_graph(&config).unwrap();
    (config, ck, g)
}

/// The FFT convolution above 2048 points (four-step plans: column transforms, fused row
/// pass with the product spectrum, inverse columns) against the float64 interpreter: a power
/// of two (n = 4096 = 64·64) and a 3·5-smooth length with an odd factor (n = 2250 = 50·45),
/// on 48 channels (one full group of 32 and a partial one).
#[test]
fn generated_four_step_fft_convolution_matches_the_interpreter() {
    let (config, ck, g) = two_layer_model(
        "four-step-fft",
        &[
            ("hidden_size", "48"),
            ("num_filters", "48"),
            ("num_attention_heads", "4"),
        ],
    );
    // (L, disabled rules, expected FFT length)
    for (l, disabled, n) in [
        (1500, vec!["long-conv-fft-smooth"], 4096),
        (1100, vec!["long-conv-fft-pow2"], 2250),
    ] {
        let tokens: Vec<i64> = (0..l as i64).map(|t| (t * 37 + 11) % 61).collect();
        let want = hyenac::interp::forward(&g, &ck, config.max_seqlen, &tokens).unwrap();
        let mut o = OptimizeOptions::new(CostModel::cpu(), l);
        o.disabled = disabled.iter().map(|s| s.to_string()).collect();
        o.forced = [(0, "fft".to_string())].into();
        let og = optimize(&g, &o).unwrap().graph;
        let hyena = hyenac::codegen::hyena_ir::to_hyena_module(&og).unwrap();
        assert!(
            hyena.contains(&format!("fft_size = {n} ")),
            "L={l}: no FFT of {n}:\n{hyena}"
        );
        let p = CpuProgram::compile(&og, &ck, l, None).unwrap();
        let got = p.run(&tokens, "logits").unwrap();
        let e = normwise_rel_err(&got.data, &want.data);
        eprintln!("L={l}, n={n}: generated four-step FFT convolution vs interpreter: {e:.3e}");
        assert!(e <= 1e-5, "L={l} n={n}: {e:e}");
    }
}

/// The GPU kernels, emulated on the CPU (the same generated code paths, algorithms,
/// workspaces and arguments; loop nests instead of threads), run as the GPU plan of each fixture
/// (optimised for sm_80 and sm_90) through the runtime's executor, against the expected logits;
/// and every algorithm the GPU can be given, on random shapes, against the interpreter.
#[test]
fn gpu_kernels_emulated_on_the_cpu_match_the_fixtures_and_the_interpreter() {
    use hyenac::codegen::gpu::EmulatedGpuProgram;
    for name in FIXTURES {
        let f = load(name);
        let g = build_graph(&f.config).unwrap();
        for model in [CostModel::sm_80(), CostModel::sm_90()] {
            let target = model.target.clone();
            let o = optimize(&g, &OptimizeOptions::new(model, f.tokens.len())).unwrap();
            let p = EmulatedGpuProgram::compile(&o.graph, &f.checkpoint, f.tokens.len()).unwrap();
            assert!(p.plan().calls.iter().all(|c| c.launch.is_some()));
            let y = p.run(&f.tokens, "logits").unwrap();
            let e = normwise_rel_err(&y.data, &f.logits);
            eprintln!("{name}: GPU kernels for {target}, emulated, vs expected logits: {e:.3e}");
            assert!(e <= 1e-5, "{name} {target}: {e:e}");
        }
    }
    let mut rng = common::Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..4 {
        let (config, ck) = common::random_model(&mut rng);
        let g = build_graph(&config).unwrap();
        let l = [1usize, 17, 40, 33][case];
        let tokens: Vec<i64> = (0..l)
            .map(|_| (rng.next_u64() % config.vocab_size as u64) as i64)
            .collect();
        let want = hyenac::interp::forward(&g, &ck, config.max_seqlen, &tokens).unwrap();
        for forced in [
            None,
            Some("direct"),
            Some("fft"),
            Some("block"),
            Some("scan"),
        ] {
            if forced == Some("block") && l <= 16 {
                continue; // no chunk size below L
            }
            let mut o = OptimizeOptions::new(CostModel::sm_90(), l);
            if let Some(alg) = forced {
                o.forced = (0..config.num_layers)
                    .step_by(2)
                    .map(|i| (i, alg.to_string()))
                    .collect();
            }
            let og = optimize(&g, &o).unwrap().graph;
            let p = EmulatedGpuProgram::compile(&og, &ck, l).unwrap();
            let got = p.run(&tokens, "logits").unwrap();
            let e = normwise_rel_err(&got.data, &want.data);
            assert!(e <= 1e-5, "case {case} L={l} {forced:?}: {e:e}");
        }
    }
}

/// Matrix products whose reduction is split in blocks of 512 (the MLP's down projection here
/// reduces over 1100 = 512 + 512 + 76 into 80 = 64 + 16 columns) and whose rows do not fill
/// the 6-row register tiles (23 = 3·6 + 5), against the interpreter.
#[test]
fn generated_matrix_products_with_blocked_reductions_match_the_interpreter() {
    let (config, ck, g) = two_layer_model(
        "long-k",
        &[
            ("hidden_size", "80"),
            ("num_filters", "80"),
            ("num_attention_heads", "4"),
            ("inner_mlp_size", "1100"),
        ],
    );
    let l = 23;
    let tokens: Vec<i64> = (0..l as i64).map(|t| (t * 29 + 3) % 61).collect();
    generated_vs_interpreter(&config, &ck, &g, &tokens, "K = 1100");
}

/// Compiles `g` for this CPU at the length of `tokens`, checks the stateless pass against the
/// interpreter (≤ 1e-5), and returns the program and the interpreter's logits.
fn generated_vs_interpreter(
    config: &hyenac_models::Config,
    ck: &hyenac_models::Checkpoint,
    g: &hyenac::graph::Graph,
    tokens: &[i64],
    what: &str,
) -> (CpuProgram, hyenac::interp::Mat) {
    let l = tokens.len();
    let want = hyenac::interp::forward(g, ck, config.max_seqlen, tokens).unwrap();
    let og = optimize(g, &OptimizeOptions::new(CostModel::cpu(), l))
        .unwrap()
        .graph;
    let p = CpuProgram::compile(&og, ck, l, None).unwrap();
    let got = p.run(tokens, "logits").unwrap();
    let e = normwise_rel_err(&got.data, &want.data);
    eprintln!("{what}, L = {l}: generated CPU code vs interpreter {e:.3e}");
    assert!(e <= 1e-5, "{what}: {e:e}");
    (p, want)
}

/// The vectorised CPU attention (head dimensions that are multiples of 16: blocks of 8 query
/// rows × 16 keys, dot products in vector registers, a generated vector exp) against the
/// interpreter:
/// head dimension 64 with GQA (2 query heads per key head), the stateless pass over 37 tokens
/// (partial query and key blocks), and chunks of 20 + 17 through the KV cache.
#[test]
fn generated_vectorised_attention_matches_the_interpreter() {
    let (config, ck, g) = two_layer_model(
        "attention-hd64",
        &[
            ("hidden_size", "128"),
            ("num_filters", "128"),
            ("num_attention_heads", "2"),
            ("proj_groups", "2"),
        ],
    );
    let l = 37;
    let tokens: Vec<i64> = (0..l as i64).map(|t| (t * 13 + 5) % 61).collect();
    let (p, want) = generated_vs_interpreter(&config, &ck, &g, &tokens, "attention, head dim 64");
    let mut state = p.new_state().unwrap();
    let mut chunks = Vec::new();
    for (a, b) in [(0, 20), (20, l)] {
        chunks.extend(
            p.run_with(&mut state, &tokens[a..b], "logits")
                .unwrap()
                .data,
        );
    }
    let e = normwise_rel_err(&chunks, &want.data);
    eprintln!("attention, head dim 64: chunks through the cache vs interpreter {e:.3e}");
    assert!(e <= 1e-5, "chunked: {e:e}");
}

#[test]
fn generated_code_rejects_bad_tokens_and_long_sequences() {
    let f = load("tiny-gqa");
    let g = build_graph(&f.config).unwrap();
    let o = optimize(&g, &OptimizeOptions::new(CostModel::cpu(), 16)).unwrap();
    let p = CpuProgram::compile(&o.graph, &f.checkpoint, 16, None).unwrap();
    let e = p.run(&[1, 61], "logits").unwrap_err().to_string();
    assert_eq!(
        e,
        "token 61 at position 1 is out of range for vocabulary size 61"
    );
    let e = p.run(&[1; 17], "logits").unwrap_err().to_string();
    assert_eq!(
        e,
        "sequence too long: 17 tokens, the program was compiled for at most 16"
    );
}

#[test]
fn tiny_gqa_hyena_dialect_snapshot_and_round_trip() {
    let f = load("tiny-gqa");
    let g = build_graph(&f.config).unwrap();
    let o = optimize(&g, &OptimizeOptions::new(CostModel::cpu(), 48)).unwrap();
    let text = hyenac::codegen::hyena_ir::to_hyena_module(&o.graph).unwrap();
    insta::assert_snapshot!("tiny_gqa_hyena_dialect", text);
    // It verifies against the dialect, and printed IR parses back to the same IR.
    let ctx = hyenac::codegen::cpu::mlir_context();
    hyenac::codegen::cpu::verify_hyena(&ctx, &text).unwrap();
    hyenac_dialects::load_hyena_dialect(&ctx).unwrap();
    let m = melior::ir::Module::parse(&ctx, &text).unwrap();
    let printed = m.as_operation().to_string();
    let again = melior::ir::Module::parse(&ctx, &printed).unwrap();
    assert_eq!(again.as_operation().to_string(), printed);
    // Every fixture's plan verifies, unfused forms included.
    for name in common::FIXTURES {
        let f = load(name);
        let g = build_graph(&f.config).unwrap();
        let mut opts = OptimizeOptions::new(CostModel::sm_90(), f.tokens.len());
        for text in [hyenac::codegen::hyena_ir::to_hyena_module(&g).unwrap(), {
            opts.disabled = vec!["fuse-fir-split-prologue".into()];
            hyenac::codegen::hyena_ir::to_hyena_module(&optimize(&g, &opts).unwrap().graph).unwrap()
        }] {
            hyenac::codegen::cpu::verify_hyena(&ctx, &text).unwrap();
        }
    }
}

#[test]
fn ptx_for_every_fixture_on_sm80_and_sm90() {
    use hyenac::codegen::gpu::{compile_ptx, Sm};
    for name in common::FIXTURES {
        let f = load(name);
        let g = build_graph(&f.config).unwrap();
        for (sm, forced) in [(Sm::Sm80, None), (Sm::Sm90, None), (Sm::Sm90, Some("fft"))] {
            let mut opts =
                OptimizeOptions::new(CostModel::for_target(sm.name()).unwrap(), f.tokens.len());
            if let Some(a) = forced {
                opts.forced = (0..f.config.num_layers)
                    .filter(|&i| f.config.layers[i] == hyenac_models::LayerKind::Hyena)
                    .map(|i| (i, a.to_string()))
                    .collect();
            }
            let o = optimize(&g, &opts).unwrap();
            let dump = std::env::var_os("HYENAC_TEST_DUMP")
                .filter(|d| !d.is_empty())
                .map(|d| std::path::PathBuf::from(d).join(name));
            let code = compile_ptx(&o.graph, sm, dump.as_deref()).unwrap();
            assert!(code.ptx.contains(".version 8.0"), "{name}");
            assert!(code.ptx.contains(&format!(".target {}", sm.name())));
            if forced.is_some() {
                // The FFT convolution is block-cooperative: a barrier between its phases.
                assert!(code.ptx.contains("bar.sync"), "{name}: no barrier");
            }
            assert!(
                !code.ptx.contains("__nv_"),
                "{name}: unresolved libdevice call"
            );
            for k in &code.kernels {
                assert!(
                    code.ptx.contains(&format!(".entry {}(", k.name)),
                    "{name}: {}",
                    k.name
                );
            }
            // ptxas assembles it: no unresolved externals; it reports registers per kernel.
            let ptxas = hyenac::codegen::gpu::ptxas()
                .expect("ptxas: run scripts/setup.sh (make test does)");
            let file = std::env::temp_dir().join(format!(
                "hyenac-{}-{name}-{}.ptx",
                std::process::id(),
                sm.name()
            ));
            std::fs::write(&file, &code.ptx).unwrap();
            let out = std::process::Command::new(&ptxas)
                .args(["-v", &format!("-arch={}", sm.name()), "-o", "/dev/null"])
                .arg(&file)
                .output()
                .unwrap();
            let log = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success(),
                "{name}/{}: ptxas failed:\n{log}",
                sm.name()
            );
            assert!(!log.contains("Unresolved"), "{log}");
            assert_eq!(
                log.matches("registers").count(),
                code.kernels.len(),
                "{log}"
            );
            let _ = std::fs::remove_file(&file);
        }
    }
}

/// The PTX kernel entries of tiny-gqa for sm_90 and their parameters: every memref is 7 words
/// (allocated, aligned, offset, 2 sizes, 2 strides), the ABI the launch code follows.
#[test]
fn tiny_gqa_ptx_entries_snapshot_and_abi() {
    use hyenac::codegen::gpu::{compile_ptx, Sm};
    let f = load("tiny-gqa");
    let g = build_graph(&f.config).unwrap();
    let o = optimize(&g, &OptimizeOptions::new(CostModel::sm_90(), 48)).unwrap();
    let code = compile_ptx(&o.graph, Sm::Sm90, None).unwrap();
    let mut listing = String::new();
    for k in &code.kernels {
        let start = code.ptx.find(&format!(".entry {}(", k.name)).unwrap();
        let end = start + code.ptx[start..].find(')').unwrap();
        let params = code.ptx[start..end].matches(".param").count();
        assert_eq!(params, 7 * k.memrefs, "{}", k.name);
        listing.push_str(&format!(
            "{}: {} memrefs ({} params), workspaces {:?}, threads {}·L + {}\n",
            k.name, k.memrefs, params, k.workspaces, k.per_token, k.fixed
        ));
    }
    insta::assert_snapshot!("tiny_gqa_ptx_entries_sm_90", listing);
}

/// A 2-D f32 memref descriptor: the C interface of generated CPU kernels.
type Desc = hyenac_runtime::abi::MemrefDesc<f32>;

fn desc(v: &mut [f32], rows: usize, cols: usize) -> Desc {
    Desc::of(v, rows, cols)
}

/// A generated FFT kernel `@fft(xr, xi, yr, yi, tw)` compiled in process, with its twiddle
/// table (`len` entries) filled by its `@twiddles(tw)` kernel.
struct JitFft {
    call: FftCall,
    tw: Vec<f32>,
    len: usize,
    // The engine owns the code `call` points to (and drops before its context).
    _engine: melior::ExecutionEngine,
    _context: melior::Context,
}

impl JitFft {
    fn new(kernel: String, twiddles: String, len: usize) -> JitFft {
        use hyenac::codegen::cpu::{cpu_stages, lower, mlir_context};
        use hyenac::codegen::fft::TABLE_ROWS;
        let ctx = mlir_context();
        let text = format!("module {{\n{kernel}{twiddles}}}");
        let mut m = melior::ir::Module::parse(&ctx, &text).expect("parses");
        lower(&ctx, &mut m, &cpu_stages(false), None, 0).expect("lowers");
        let engine = melior::ExecutionEngine::new(&m, 2, &[], false, false);
        drop(m);
        let (k, t) = (
            engine.lookup("_mlir_ciface_fft"),
            engine.lookup("_mlir_ciface_twiddles"),
        );
        assert!(!k.is_null() && !t.is_null());
        // SAFETY: the kernels take five and one memref descriptor pointers.
        let call = unsafe { std::mem::transmute::<*mut (), FftCall>(k) };
        let fill = unsafe { std::mem::transmute::<*mut (), extern "C" fn(*mut Desc)>(t) };
        let mut tw = vec![0f32; TABLE_ROWS * len];
        fill(&mut desc(&mut tw, TABLE_ROWS, len));
        JitFft {
            call,
            tw,
            len,
            _engine: engine,
            _context: ctx,
        }
    }

    /// Transforms `x` (re, im, rows, columns as the kernel reads them) into `y`.
    fn run(
        &mut self,
        x: (&mut [f32], &mut [f32], usize, usize),
        y: (&mut [f32], &mut [f32], usize, usize),
    ) {
        use hyenac::codegen::fft::TABLE_ROWS;
        (self.call)(
            &mut desc(x.0, x.2, x.3),
            &mut desc(x.1, x.2, x.3),
            &mut desc(y.0, y.2, y.3),
            &mut desc(y.1, y.2, y.3),
            &mut desc(&mut self.tw, TABLE_ROWS, self.len),
        );
    }
}

impl JitFft {
    /// Runs `batch` random transforms of length `n` (input and output as `(rows, columns)`
    /// matrices, element `i` of transform `b` at `at(b, i)`) and returns the normwise error
    /// against the float64 interpreter's FFT; the input must come back untouched.
    fn error_against_f64(
        &mut self,
        (n, batch, inverse): (usize, usize, bool),
        rng: &mut common::Rng,
        (input, output): ((usize, usize), (usize, usize)),
        at: impl Fn(usize, usize) -> usize,
    ) -> f64 {
        let mut rand = || (rng.next_u64() % 20_001) as f32 / 10_000.0 - 1.0;
        let mut xr: Vec<f32> = (0..n * batch).map(|_| rand()).collect();
        let mut xi: Vec<f32> = (0..n * batch).map(|_| rand()).collect();
        let (want_r, want_i) = (xr.clone(), xi.clone());
        let (mut yr, mut yi) = (vec![0f32; n * batch], vec![0f32; n * batch]);
        self.run(
            (&mut xr, &mut xi, input.0, input.1),
            (&mut yr, &mut yi, output.0, output.1),
        );
        assert_eq!(
            (xr, xi),
            (want_r.clone(), want_i.clone()),
            "input untouched"
        );
        let (mut got, mut want) = (Vec::new(), Vec::new());
        for b in 0..batch {
            let x: Vec<(f64, f64)> = (0..n)
                .map(|i| (want_r[at(b, i)] as f64, want_i[at(b, i)] as f64))
                .collect();
            for (i, y) in hyenac::interp::fft::fft(&x, inverse)
                .into_iter()
                .enumerate()
            {
                want.extend([y.0, y.1]);
                got.extend([yr[at(b, i)] as f64, yi[at(b, i)] as f64]);
            }
        }
        normwise_rel_err(&got, &want)
    }
}

type FftCall = extern "C" fn(*mut Desc, *mut Desc, *mut Desc, *mut Desc, *mut Desc);

/// The generated CPU FFT (16 transforms side by side, one pass and four-step, every radix)
/// against the float64 interpreter's FFT, forward and inverse.
#[test]
fn generated_fft_matches_the_float64_fft() {
    use hyenac::codegen::fft::{fft_kernel, twiddle_kernel, FftPlan, LANES};
    let batch = 2 * LANES;
    let mut rng = common::Rng(0x05EE_DFF7);
    // 2304 = 48·48, 4096 = 64·64 and 6000 = 80·75 take the four-step path.
    for n in [1usize, 2, 3, 4, 5, 8, 12, 60, 1000, 2048, 2304, 4096, 6000] {
        let plan = FftPlan::new(n).unwrap();
        assert_eq!(
            matches!(plan, FftPlan::FourStep { .. }),
            n > 2048,
            "n={n}: {plan:?}"
        );
        for inverse in [false, true] {
            let mut k = JitFft::new(
                fft_kernel("fft", n, inverse).unwrap(),
                twiddle_kernel("twiddles", n).unwrap(),
                plan.table_len(),
            );
            // Element i of transform b sits at i·batch + b (16 side by side).
            let e = k.error_against_f64(
                (n, batch, inverse),
                &mut rng,
                ((n, batch), (n, batch)),
                |b, i| i * batch + b,
            );
            assert!(e <= 1e-6, "n={n} inverse={inverse}: {e:e}");
        }
    }
}

/// The generated contiguous CPU FFT (one transform at a time, vectorised inside it: column
/// transforms, lane-wise twiddles and 16×16 shuffle transposes, row transforms) against the
/// float64 interpreter's FFT, forward and inverse, on 3 transforms of each length.
#[test]
fn generated_contiguous_fft_matches_the_float64_fft() {
    use hyenac::codegen::fft::{contiguous_fft_kernel, contiguous_twiddle_kernel, ContiguousPlan};
    let batch = 3;
    let mut rng = common::Rng(0x0C0F_FEE5);
    // 256 = 16·16; 768 = 48·16 (radix 3); 6400 = 80·80 (radix 5); 12288 = 128·96.
    for n in [256usize, 768, 6400, 12288] {
        let plan = ContiguousPlan::new(n).unwrap();
        let (n1, n2) = (plan.n1, plan.n2);
        for inverse in [false, true] {
            let mut k = JitFft::new(
                contiguous_fft_kernel("fft", n, inverse).unwrap(),
                contiguous_twiddle_kernel("twiddles", n).unwrap(),
                plan.table_len(),
            );
            // Transform b is contiguous, read as [n1, n2] and written as [n2, n1].
            let e = k.error_against_f64(
                (n, batch, inverse),
                &mut rng,
                ((batch * n1, n2), (batch * n2, n1)),
                |b, i| b * n + i,
            );
            assert!(e <= 1e-6, "n={n} ({n1}·{n2}) inverse={inverse}: {e:e}");
        }
    }
}

/// Structure of the printed kernels, FileCheck-style: the CPU matrix products are vectorised
/// (`vector.fma` on `vector<16xf32>` accumulators), the attention kernel of the fixture too,
/// identical kernels appear once, and every kernel the plan names is defined.
#[test]
fn printed_cpu_kernels_have_the_expected_structure() {
    use hyenac::codegen::cpu::{emit_kernels, plan_sources};
    let f = load("tiny-gqa");
    let g = build_graph(&f.config).unwrap();
    let o = optimize(&g, &OptimizeOptions::new(CostModel::cpu(), 48)).unwrap();
    let (text, steps) =
        emit_kernels(&plan_sources(&o.graph, None), false, Default::default()).unwrap();
    // One function per distinct kernel.
    let funcs: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("func.func @"))
        .map(|l| l.split('(').next().unwrap())
        .collect();
    let mut unique = funcs.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), funcs.len(), "a kernel is defined twice");
    let called: std::collections::BTreeSet<&str> = steps[0]
        .iter()
        .filter_map(|(_, s)| match s {
            hyenac::codegen::kernels::Step::Kernel { name, .. } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    assert!(called.iter().all(|k| funcs.contains(k)), "{called:?}");
    assert!(
        called.len() < steps[0].len(),
        "no kernel is shared: {}",
        called.len()
    );
    // The matrix products: a kernel with at least one whole 64-column register tile (the
    // Hyena projections, 96 columns).
    let body = |name: &str| {
        let start = text.find(&format!("func.func @{name}(")).unwrap();
        let end = text[start..].find("\n}\n").unwrap() + start;
        text[start..end].to_string()
    };
    let linear = steps[0]
        .iter()
        .find_map(|(n, s)| match (s, &o.graph.g[*n].op) {
            (
                hyenac::codegen::kernels::Step::Kernel { name, .. },
                hyenac::graph::Op::Linear { .. } | hyenac::graph::Op::NormLinear { .. },
            ) if o.graph.g[*n].ty.shape[1].fixed_or(0) >= 64 => Some(name.clone()),
            _ => None,
        })
        .unwrap();
    let k = body(&linear);
    assert!(k.contains("vector.fma"), "{k}");
    assert!(k.contains("vector<16xf32>"), "{k}");
}

/// The typed kernel builder: the same generator code built for bf16 storage with f32
/// accumulation loads bf16, extends, computes in f32 and rounds back on the store — scalar and
/// vector — and the result, lowered through the CPU pipeline and run, is the bf16 rounding of
/// the f32 computation. (Only f32 kernels are generated for models so far; this checks the
/// builder's typing that the bf16 policy will use.)
#[test]
fn typed_builder_generates_bf16_storage_with_f32_arithmetic() {
    use hyenac::codegen::builder::{Device, FuncBuilder, KernelTypes};
    use hyenac::codegen::cpu::{cpu_stages, lower, mlir_context};
    use hyenac_runtime::DType;
    let types = KernelTypes {
        storage: DType::BF16,
        accumulation: DType::F32,
    };
    let mem = types.mem();
    assert_eq!(mem, "memref<?x?xbf16>");
    // y[t, j] = a[t, j] · b[t, j] + 0.5 for j < 16 (vector), the same by scalars for j ≥ 16.
    let mut f = FuncBuilder::typed(
        "mul_add",
        &[("a", &mem), ("b", &mem), ("out", &mem)],
        Device::Cpu,
        types,
    );
    let (c0, c16) = (f.idx(0), f.idx(16));
    let rows = f.dim("%out", 0);
    let cols = f.dim("%out", 1);
    let half = f.vsplat(16, 0.5);
    let vt = f.vec(16);
    f.for_(&c0, &rows, |f, t| {
        let a = f.vload("%a", t, &c0, 16);
        let b = f.vload("%b", t, &c0, 16);
        let y = f.val(format!("math.fma {a}, {b}, {half} : {vt}"));
        f.vstore(&y, "%out", t, &c0, 16);
        f.for_(&c16, &cols, |f, j| {
            let a = f.load("%a", t, j);
            let b = f.load("%b", t, j);
            let p = f.mulf(&a, &b);
            let h = f.fconst(0.5);
            let y = f.addf(&p, &h);
            f.store(&y, "%out", t, j);
        });
    });
    let text = f.finish(&[]);
    for want in [
        "memref.load %a[",
        ": memref<?x?xbf16>",
        "arith.extf %v",
        " : bf16 to f32",
        "arith.truncf",
        " : f32 to bf16",
        "vector<16xbf16> to vector<16xf32>",
        "arith.mulf",
    ] {
        assert!(text.contains(want), "`{want}` missing in\n{text}");
    }
    let ctx = mlir_context();
    let mut m = melior::ir::Module::parse(&ctx, &format!("module {{\n{text}}}"))
        .expect("the typed kernel parses and verifies");
    lower(&ctx, &mut m, &cpu_stages(false), None, 0).expect("lowers");
    let engine = melior::ExecutionEngine::new(&m, 2, &[], false, false);
    let k = engine.lookup("_mlir_ciface_mul_add");
    assert!(!k.is_null());
    type Bf = hyenac_runtime::abi::MemrefDesc<u16>;
    // SAFETY: the kernel takes three memref descriptor pointers.
    let call =
        unsafe { std::mem::transmute::<*mut (), extern "C" fn(*mut Bf, *mut Bf, *mut Bf)>(k) };
    let to_bf16 = |x: f32| {
        // Round to nearest even on the upper 16 bits.
        let b = x.to_bits();
        ((b + 0x7FFF + ((b >> 16) & 1)) >> 16) as u16
    };
    let from_bf16 = |h: u16| f32::from_bits((h as u32) << 16);
    let (r, c) = (3, 21);
    let mut rng = common::Rng(0xBF16);
    let mut a: Vec<u16> = (0..r * c)
        .map(|_| to_bf16((rng.uniform() * 4.0 - 2.0) as f32))
        .collect();
    let mut b: Vec<u16> = (0..r * c)
        .map(|_| to_bf16((rng.uniform() * 4.0 - 2.0) as f32))
        .collect();
    // NaN until written: an element the kernel skips fails the comparison below.
    let mut y = vec![0x7FC0u16; r * c];
    call(
        &mut Bf::of(&mut a, r, c),
        &mut Bf::of(&mut b, r, c),
        &mut Bf::of(&mut y, r, c),
    );
    for i in 0..r * c {
        let want = from_bf16(a[i]) * from_bf16(b[i]) + 0.5;
        let got = from_bf16(y[i]);
        // One bf16 rounding of the f32 result (the vector part fuses the multiply-add).
        assert!(
            (got - want).abs() <= want.abs() * 2f32.powi(-8) + 1e-6,
            "[{i}] {got} vs {want}"
        );
    }
}

/// The bf16 matrix products' two CPU forms, on printed IR: with AMX allowed, tile products
/// (`amx.tile_mulf` on `16x32xbf16` tiles into `16x16xf32` accumulators, one `tile_zero` per
/// accumulator) that lower through `convert-to-llvm`; without, the vector form reading each
/// panel with 64-byte `vector<32xbf16>` loads widened by shift and mask, and no tile at all.
#[test]
fn bf16_products_use_amx_tiles_only_where_the_target_allows() {
    use hyenac::codegen::cpu::{cpu_stages, emit_kernels, lower, mlir_context, plan_sources};
    use hyenac::codegen::isa::CpuIsa;
    let f = load("tiny-gqa");
    let g = build_graph(&f.config).unwrap();
    let mut o = optimize(&g, &OptimizeOptions::new(CostModel::cpu(), 48)).unwrap();
    let changed = hyenac::graph::precision::apply_precision(
        &mut o.graph,
        hyenac::graph::precision::Precision::BF16,
    )
    .unwrap();
    assert!(changed > 0);
    let sources = plan_sources(&o.graph, None);
    let (tiles, _) = emit_kernels(&sources, false, CpuIsa { amx_bf16: true }).unwrap();
    let (vector, _) = emit_kernels(&sources, false, CpuIsa::default()).unwrap();
    for want in [
        "amx.tile_zero : !amx.tile<16x16xf32>",
        "into !amx.tile<16x32xbf16>",
        "amx.tile_mulf",
        "arith.truncf", // the activations' rows rounded to bf16 for the A tiles
    ] {
        assert!(tiles.contains(want), "AMX kernels lack `{want}`");
    }
    // Every AMX register block: four accumulators, each from its own zero.
    let zeros = tiles.matches("amx.tile_zero").count();
    assert!(zeros > 0 && zeros % 4 == 0, "{zeros}");
    assert!(!vector.contains("amx."), "tiles without AMX");
    for want in [
        ": memref<?x?xbf16>, vector<32xbf16>",
        "vector.bitcast",
        "arith.shli",
        "dense<-65536>",
    ] {
        assert!(vector.contains(want), "vector kernels lack `{want}`");
    }
    let ctx = mlir_context();
    let mut m = melior::ir::Module::parse(&ctx, &tiles).expect("parses");
    lower(&ctx, &mut m, &cpu_stages(true), None, 0).expect("AMX kernels lower to LLVM");
}

/// The generated matrix product where the output width is not a whole number of 64-column
/// tiles (101 = 64 + two vectors of 16 + 5 single columns) and the rows not a whole number of
/// register tiles or AMX blocks (70 = 2 · 32 + 6; 1, a decode step): every column of every row
/// against a float64 product, for f32 weights (vector FMA tiles) and bf16 weights (AMX tiles
/// where this CPU has them, else the vector path on bf16 panels).
#[test]
fn products_with_leftover_columns_compute_every_column() {
    use hyenac::graph::{Graph, Op};
    use hyenac_models::{Checkpoint, Tensor};
    use hyenac_runtime::DType;
    let (k, o, vocab) = (64, 101, 16);
    let mut g = Graph::new("leftover");
    let w = |g: &mut Graph, name: &str, shape: Vec<usize>| {
        g.add(
            Op::Weight {
                name: name.into(),
                shape,
                dtype: DType::F32,
            },
            &[],
            None,
        )
        .unwrap()
    };
    let tok = g.add(Op::Tokens, &[], None).unwrap();
    let table = w(&mut g, "table", vec![vocab, k]);
    let x = g.add(Op::Embedding, &[table, tok], None).unwrap();
    let wt = w(&mut g, "w", vec![o, k]);
    let b = w(&mut g, "b", vec![o]);
    let y = g.add(Op::Linear { bias: true }, &[x, wt, b], None).unwrap();
    g.add(Op::Output { name: "y".into() }, &[y], None).unwrap();
    let mut rng = common::Rng(0x1376);
    let mut tensors = std::collections::BTreeMap::new();
    // bf16-exact values, so that both precisions compute the same product of the weights.
    let mut draw = |n: usize| -> Vec<f32> {
        (0..n)
            .map(|_| {
                let v = (rng.uniform() * 2.0 - 1.0) as f32;
                f32::from_bits(v.to_bits() & 0xFFFF_0000)
            })
            .collect()
    };
    let (tv, wv, bv) = (draw(vocab * k), draw(o * k), draw(o));
    tensors.insert("table".into(), Tensor::new(vec![vocab, k], tv.clone()));
    tensors.insert("w".into(), Tensor::new(vec![o, k], wv.clone()));
    tensors.insert("b".into(), Tensor::new(vec![o], bv.clone()));
    let ck = Checkpoint { tensors };
    for precision in ["f32", "bf16"] {
        let mut graph = g.clone();
        if precision == "bf16" {
            hyenac::graph::precision::apply_precision(
                &mut graph,
                hyenac::graph::precision::Precision::BF16,
            )
            .unwrap();
        }
        let p = CpuProgram::compile(&graph, &ck, 128, None).unwrap();
        for l in [70usize, 1] {
            let tokens: Vec<i64> = (0..l as i64).map(|i| (i * 7 + 3) % vocab as i64).collect();
            let got = p.run(&tokens, "y").unwrap();
            assert_eq!((got.rows, got.cols), (l, o));
            let mut worst: f64 = 0.0;
            for (t, &tk) in tokens.iter().enumerate() {
                for j in 0..o {
                    let want: f64 = bv[j] as f64
                        + (0..k)
                            .map(|i| tv[tk as usize * k + i] as f64 * wv[j * k + i] as f64)
                            .sum::<f64>();
                    let e = (got.data[t * o + j] - want).abs();
                    // NaN fails too: `!(e <= bound)`.
                    assert!(
                        e <= 1e-4,
                        "{precision} L={l} [{t}, {j}]: {} vs {want}",
                        got.data[t * o + j]
                    );
                    worst = worst.max(e);
                }
            }
            eprintln!("{precision} L={l}: worst {worst:.2e}");
        }
    }
}
