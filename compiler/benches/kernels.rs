//! Kernel benchmarks: they print figures, they assert nothing. Run with
//! `cargo bench -p hyenac --bench kernels` (release profile); docs/performance.md records them.
//!
//! - the generated complex FFT (16 transforms side by side) against rustfft on the same 16,
//!   n = 2^10 … 2^17 and some 3·5-smooth sizes;
//! - the generated fused gated convolution, D = 512, per algorithm, L = 4k, 16k (64k: block, scan);
//! - direct against FFT convolution by length, measured and predicted by the cost model;
//! - the generated linear layer, in GFLOP/s;
//! - Evo 2's 128-tap Hyena-MR filter (`fir-crossover`): its convolution stage by the direct
//!   form and by FFT at D = 512, measured and predicted, and where each wins.
//!
//! `cargo bench -p hyenac --bench kernels -- crossover` runs one part (fft, conv, crossover,
//! matmul, fir-crossover). `HYENAC_BENCH_REPS=N`: best of N runs (default 3); `HYENAC_BENCH_SHAPES=model` (the
//! StripedHyena-7B's and the midsize model's product shapes) or `LxKxN,…` for the products;
//! `HYENAC_BENCH_PATH=amx` (or `panels`, `f32 FMA`) one path of the products.

use std::collections::BTreeMap;

use hyenac::codegen::cpu::{cpu_stages, lower, mlir_context, CpuProgram};
use hyenac::codegen::fft::{
    contiguous_fft_kernel, contiguous_twiddle_kernel, fft_kernel, twiddle_kernel, ContiguousPlan,
    FftPlan, LANES, TABLE_ROWS,
};
use hyenac::graph::{ConvAlg, Graph, Op};
use hyenac::rewrite::calibrate::best;
use hyenac_models::{Checkpoint, Tensor};
use melior::ir::Module;
use melior::ExecutionEngine;

/// A 2-D f32 memref descriptor: the C interface of generated CPU kernels.
type Desc = hyenac_runtime::abi::MemrefDesc<f32>;

fn desc(v: &mut [f32], rows: usize, cols: usize) -> Desc {
    Desc::new(v.as_mut_ptr(), rows, cols)
}

fn fft() {
    let batch = LANES;
    println!(
        "## FFT: generated (complex, f32, {batch} transforms side by side) vs rustfft 6 (complex, f32, the same {batch} transforms), time per transform"
    );
    println!(
        "| n | generated, 16 side by side | generated, contiguous | rustfft | ratio (best generated) |\n| --- | --- | --- | --- | --- |"
    );
    let mut sizes: Vec<usize> = (10..=17).map(|k| 1 << k).collect();
    sizes.extend([1000, 3 << 12, 15 << 10, 45 << 11]);
    for n in sizes {
        let func = fft_kernel("fft", n, false).expect("smooth length");
        let tw_func = twiddle_kernel("twiddles", n).expect("smooth length");
        let ctx = mlir_context();
        let mut m = Module::parse(&ctx, &format!("module {{\n{func}{tw_func}}}")).expect("parses");
        lower(&ctx, &mut m, &cpu_stages(false), None, 0).expect("lowers");
        let engine = ExecutionEngine::new(&m, 3, &[], false, false);
        let f = engine.lookup("_mlir_ciface_fft");
        assert!(!f.is_null());
        // SAFETY: the kernel takes five descriptor pointers, the twiddle kernel one.
        let call: extern "C" fn(*mut Desc, *mut Desc, *mut Desc, *mut Desc, *mut Desc) =
            unsafe { std::mem::transmute(f) };
        let fill: extern "C" fn(*mut Desc) =
            unsafe { std::mem::transmute(engine.lookup("_mlir_ciface_twiddles")) };
        let t = FftPlan::new(n).expect("smooth length").table_len();
        let mut tw = vec![0f32; TABLE_ROWS * t];
        fill(&mut desc(&mut tw, TABLE_ROWS, t));
        // Transform b is column b of the time-major [n, batch] buffers.
        let input: Vec<f32> = (0..n * batch)
            .map(|i| ((i * 7919) % 1000) as f32 / 1000.0 - 0.5)
            .collect();
        let zeros = vec![0f32; n * batch];
        let (mut xr, mut xi, mut yr, mut yi) =
            (input.clone(), zeros.clone(), zeros.clone(), zeros.clone());
        let reps = (1 << 21) / n + 3;
        // Each run starts by copying the input in (rustfft transforms in place), so both
        // sides pay the same copy.
        let t_gen = best(reps, || {
            xr.copy_from_slice(&input);
            xi.copy_from_slice(&zeros);
            let (mut a, mut b, mut c, mut d) = (
                desc(&mut xr, n, batch),
                desc(&mut xi, n, batch),
                desc(&mut yr, n, batch),
                desc(&mut yi, n, batch),
            );
            call(
                &mut a,
                &mut b,
                &mut c,
                &mut d,
                &mut desc(&mut tw, TABLE_ROWS, t),
            );
        }) / batch as f64;
        // The same transforms by rustfft (each contiguous, as it wants them), and agreement.
        let mut planner = rustfft::FftPlanner::<f32>::new();
        let plan = planner.plan_fft_forward(n);
        let signal: Vec<rustfft::num_complex::Complex<f32>> = (0..batch * n)
            .map(|k| rustfft::num_complex::Complex::new(input[(k % n) * batch + k / n], 0.0))
            .collect();
        let mut buf = signal.clone();
        let mut scratch =
            vec![rustfft::num_complex::Complex::default(); plan.get_inplace_scratch_len()];
        let t_ref = best(reps, || {
            buf.copy_from_slice(&signal);
            plan.process_with_scratch(&mut buf, &mut scratch);
        }) / batch as f64;
        let (rr, ri) = (&yr, &yi);
        let scale = buf.iter().map(|c| c.norm()).fold(0f32, f32::max);
        let mut err = 0f32;
        for b in 0..batch {
            for i in 0..n {
                let c = buf[b * n + i];
                let k = i * batch + b;
                err = err.max((c.re - rr[k]).abs()).max((c.im - ri[k]).abs());
            }
        }
        let err = err / scale;
        assert!(
            err < 1e-5,
            "n={n}: generated FFT disagrees with rustfft ({err:e})"
        );
        let t_cont = contiguous(n, &signal, &buf, reps);
        let best = t_cont.map_or(t_gen, |t| t.min(t_gen));
        println!(
            "| {n} | {:.2} µs | {} | {:.2} µs | {:.2}× |",
            t_gen * 1e6,
            t_cont.map_or("–".to_string(), |t| format!("{:.2} µs", t * 1e6)),
            t_ref * 1e6,
            best / t_ref
        );
    }
}

/// A graph `tokens → embedding → op` with random weights, for timing one kernel.
/// The contiguous generated FFT on the transforms of `signal` (each contiguous, as rustfft
/// takes them): time per transform, checked against rustfft's results `want`. None where the
/// length has no contiguous plan.
fn contiguous(
    n: usize,
    signal: &[rustfft::num_complex::Complex<f32>],
    want: &[rustfft::num_complex::Complex<f32>],
    reps: usize,
) -> Option<f64> {
    let plan = ContiguousPlan::new(n)?;
    let (n1, n2) = (plan.n1, plan.n2);
    let batch = signal.len() / n;
    let func = contiguous_fft_kernel("fft", n, false)?;
    let tw_func = contiguous_twiddle_kernel("twiddles", n)?;
    let ctx = mlir_context();
    let mut m = Module::parse(&ctx, &format!("module {{\n{func}{tw_func}}}")).expect("parses");
    lower(&ctx, &mut m, &cpu_stages(false), None, 0).expect("lowers");
    let engine = ExecutionEngine::new(&m, 3, &[], false, false);
    // SAFETY: the kernel takes five descriptor pointers, the twiddle kernel one.
    let call: extern "C" fn(*mut Desc, *mut Desc, *mut Desc, *mut Desc, *mut Desc) =
        unsafe { std::mem::transmute(engine.lookup("_mlir_ciface_fft")) };
    let fill: extern "C" fn(*mut Desc) =
        unsafe { std::mem::transmute(engine.lookup("_mlir_ciface_twiddles")) };
    let t = plan.table_len();
    let mut tw = vec![0f32; TABLE_ROWS * t];
    fill(&mut desc(&mut tw, TABLE_ROWS, t));
    let re: Vec<f32> = signal.iter().map(|c| c.re).collect();
    let im: Vec<f32> = signal.iter().map(|c| c.im).collect();
    let (mut xr, mut xi) = (re.clone(), im.clone());
    let (mut yr, mut yi) = (vec![0f32; n * batch], vec![0f32; n * batch]);
    // Copies the input in on each run, as the other two columns do.
    let time = best(reps, || {
        xr.copy_from_slice(&re);
        xi.copy_from_slice(&im);
        call(
            &mut desc(&mut xr, batch * n1, n2),
            &mut desc(&mut xi, batch * n1, n2),
            &mut desc(&mut yr, batch * n2, n1),
            &mut desc(&mut yi, batch * n2, n1),
            &mut desc(&mut tw, TABLE_ROWS, t),
        );
    }) / batch as f64;
    let scale = want.iter().map(|c| c.norm()).fold(0f32, f32::max);
    let err = want
        .iter()
        .zip(yr.iter().zip(&yi))
        .map(|(w, (r, i))| (w.re - r).abs().max((w.im - i).abs()))
        .fold(0f32, f32::max)
        / scale;
    assert!(
        err < 1e-5,
        "n={n}: contiguous FFT disagrees with rustfft ({err:e})"
    );
    Some(time)
}

fn single_kernel_graph(
    d: usize,
    build: impl Fn(&mut Graph, petgraph::graph::NodeIndex) -> petgraph::graph::NodeIndex,
) -> (Graph, Checkpoint) {
    let mut g = Graph::new("bench");
    let tok = g.add(Op::Tokens, &[], None).unwrap();
    let table = g
        .add(
            Op::Weight {
                name: "table".into(),
                shape: vec![64, d],
                dtype: hyenac_runtime::DType::F32,
            },
            &[],
            None,
        )
        .unwrap();
    let x = g.add(Op::Embedding, &[table, tok], None).unwrap();
    let y = build(&mut g, x);
    g.add(Op::Output { name: "y".into() }, &[y], None).unwrap();
    let mut rng = hyenac_models::random::Rng(0x2545F4914F6CDD1D);
    let mut rnd = move || rng.uniform();
    let mut tensors = BTreeMap::new();
    for (name, shape, _) in g.weights() {
        let count: usize = shape.iter().product();
        let data = (0..count)
            .map(|i| {
                let v = rnd();
                if name == "poles" {
                    (if i % 2 == 0 { 0.9 + 0.09 * v } else { 0.05 * v }) as f32
                } else {
                    (v - 0.5) as f32
                }
            })
            .collect();
        tensors.insert(name, Tensor::new(shape, data));
    }
    (g, Checkpoint { tensors })
}

/// The best of `HYENAC_BENCH_REPS` (default 3) runs of `output`, summed over every kernel whose
/// label starts with one of `labels`: this VM's neighbours make single runs vary by up to 2×.
fn time_kernels(g: &Graph, ck: &Checkpoint, l: usize, labels: &[String], output: &str) -> f64 {
    let p = CpuProgram::compile(g, ck, l, None).expect("compiles");
    let tokens: Vec<i64> = (0..l as i64).map(|i| i % 64).collect();
    let reps: usize = std::env::var("HYENAC_BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    (0..reps)
        .map(|_| {
            let (_, times) = p.run_timed(&tokens, output).expect("runs");
            times
                .iter()
                .filter(|(k, _)| labels.iter().any(|x| k.starts_with(x.as_str())))
                .map(|(_, t)| t)
                .sum::<f64>()
        })
        .fold(f64::INFINITY, f64::min)
}

/// [`time_kernels`] of the kernels labelled `label…` of a single-kernel graph (output `y`).
fn time_kernel(g: &Graph, ck: &Checkpoint, l: usize, label: &str) -> f64 {
    time_kernels(g, ck, l, &[label.to_string()], "y")
}

fn conv() {
    println!(
        "\n## Fused gated convolution y = x2 ⊙ (h ∗ (x1 ⊙ v) + D ⊙ x1 ⊙ v), D = 512, N = 2 modes"
    );
    println!("| L | algorithm | time | GB/s (x1, v, x2 in, y out) |\n| --- | --- | --- | --- |");
    let d = 512;
    for l in [4096usize, 16384, 65536] {
        let n = (2 * l - 1).next_power_of_two();
        let mut algs = vec![
            ConvAlg::Block { b: 16 },
            ConvAlg::Block { b: 64 },
            ConvAlg::Scan,
        ];
        algs.push(ConvAlg::Fft { n });
        for alg in algs {
            let (g, ck) = gated_conv_graph(d, l, alg);
            let t = time_kernel(&g, &ck, l, "gated_conv");
            println!(
                "| {l} | {} | {:.2} ms | {:.1} |",
                alg.name(),
                t * 1e3,
                16.0 * (l * d) as f64 / t / 1e9
            );
        }
    }
}

/// A gated convolution graph of width `d` with algorithm `alg` for length `l`.
fn gated_conv_graph(d: usize, l: usize, alg: ConvAlg) -> (Graph, Checkpoint) {
    single_kernel_graph(d, |g, x| {
        let w = |g: &mut Graph, name: &str, shape: Vec<usize>| {
            g.add(
                Op::Weight {
                    name: name.into(),
                    shape,
                    dtype: hyenac_runtime::DType::F32,
                },
                &[],
                None,
            )
            .unwrap()
        };
        let dd = w(g, "d", vec![d]);
        let p = w(g, "poles", vec![d, 2, 1, 2]);
        let r = w(g, "residues", vec![d, 2, 1, 2]);
        // The chunked form reads only the first b taps (as the rewrites build it).
        let len = match alg {
            ConvAlg::Block { b } => b,
            _ => l,
        };
        let h = g.add(Op::ModalFilter { len }, &[p, r], None).unwrap();
        let filter = match alg {
            ConvAlg::Direct => vec![h],
            ConvAlg::Fft { n } => vec![g.add(Op::Spectrum { n }, &[h], None).unwrap()],
            ConvAlg::Block { .. } => vec![h, p, r],
            ConvAlg::Scan => vec![p, r],
        };
        let mut ops = vec![x, x, x, dd];
        ops.extend(filter);
        g.add(Op::GatedConv { alg }, &ops, None).unwrap()
    })
}

/// The convolution algorithms by length, measured and as the cost model predicts them: the
/// direct/FFT crossover (issue 4: re-calibrate when they differ by more than 2×) and which
/// algorithm is fastest.
fn crossover() {
    use hyenac::rewrite::cost::{conv_kernel_cost, CostModel};
    println!(
        "\n## Gated convolution algorithms, D = 512, N = 2: measured (predicted by the cpu model)"
    );
    println!(
        "| L | direct | fft | block(b=16) | scan | fastest | model picks |\n| --- | --- | --- | --- | --- | --- | --- |"
    );
    let (d, model) = (512, CostModel::cpu());
    let (mut measured, mut predicted) = (None, None);
    for l in [8usize, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096] {
        let n = (2 * l - 1).next_power_of_two();
        let algs = [
            ConvAlg::Direct,
            ConvAlg::Fft { n },
            ConvAlg::Block { b: 16 },
            ConvAlg::Scan,
        ];
        let mut row = Vec::new();
        for alg in algs {
            // The quadratic direct form is skipped past 2048 (seconds per call).
            let t = if alg == ConvAlg::Direct && l > 2048 {
                f64::INFINITY
            } else {
                let (g, ck) = gated_conv_graph(d, l, alg);
                time_kernel(&g, &ck, l, "gated_conv")
            };
            let m = model.time(
                &conv_kernel_cost(&Op::GatedConv { alg }, l, d, 2, hyenac_runtime::DType::F32)
                    .expect("a conv"),
            );
            row.push((t, m));
        }
        let argmin = |key: &dyn Fn(&(f64, f64)) -> f64| {
            (0..row.len())
                .min_by(|&a, &b| key(&row[a]).total_cmp(&key(&row[b])))
                .expect("four")
        };
        let (fastest, pick) = (argmin(&|r| r.0), argmin(&|r| r.1));
        if row[1].0 < row[0].0 && measured.is_none() {
            measured = Some(l);
        }
        if row[1].1 < row[0].1 && predicted.is_none() {
            predicted = Some(l);
        }
        let cell = |r: &(f64, f64)| {
            if r.0.is_finite() {
                format!("{:.3} ms ({:.3})", r.0 * 1e3, r.1 * 1e3)
            } else {
                format!("– ({:.3})", r.1 * 1e3)
            }
        };
        println!(
            "| {l} | {} | {} | {} | {} | {} | {} |",
            cell(&row[0]),
            cell(&row[1]),
            cell(&row[2]),
            cell(&row[3]),
            algs[fastest].name(),
            algs[pick].name(),
        );
    }
    println!(
        "direct/fft crossover: measured L = {}, predicted L = {}",
        measured.map_or("> 2048".into(), |l| l.to_string()),
        predicted.map_or("> 4096".into(), |l| l.to_string())
    );
}

fn matmul() {
    println!("\n## Linear layer x Wᵀ + b (generated loops), by weight type and CPU path");
    println!(
        "AMX on this CPU: {} (bf16 rows: `amx` tiles where the target has them, `panels` the f32 FMA kernel on bf16 panels)",
        hyenac::codegen::isa::CpuIsa::of_cpu("native").is_ok_and(|i| i.amx_bf16)
    );
    println!("| L × K → N | weights | path | time | GFLOP/s |\n| --- | --- | --- | --- | --- |");
    let shapes: Vec<(usize, usize, usize)> = match std::env::var("HYENAC_BENCH_SHAPES") {
        Ok(v) if v == "model" => vec![
            (4096, 512, 3584),
            (4096, 1792, 512),
            (4096, 4096, 14336),
            (1, 512, 3584),
            (1, 1792, 512),
            (1, 4096, 14336),
            (1, 14336, 4096),
        ],
        // `LxKxN,…`: the shapes given.
        Ok(v) if v.contains('x') => v
            .split(',')
            .map(|t| {
                let d: Vec<usize> = t
                    .split('x')
                    .map(|x| x.trim().parse().expect("LxKxN"))
                    .collect();
                (d[0], d[1], d[2])
            })
            .collect(),
        _ => vec![
            (512, 512, 1536),
            (2048, 512, 1536),
            (16384, 512, 1536),
            (16384, 1792, 512),
        ],
    };
    for (l, k, n) in shapes {
        for (dtype, path) in [
            (hyenac_runtime::DType::F32, "f32 FMA"),
            (hyenac_runtime::DType::BF16, "panels"),
            (hyenac_runtime::DType::BF16, "amx"),
        ]
        .into_iter()
        .filter(|(_, path)| std::env::var("HYENAC_BENCH_PATH").map_or(true, |p| p == *path))
        {
            // The environment is read when kernels are generated (single-threaded here).
            if path == "amx" {
                std::env::remove_var("HYENAC_NO_AMX");
            } else {
                std::env::set_var("HYENAC_NO_AMX", "1");
            }
            let (g, ck) = single_kernel_graph(k, |g, x| {
                let w = g
                    .add(
                        Op::Weight {
                            name: "w".into(),
                            shape: vec![n, k],
                            dtype,
                        },
                        &[],
                        None,
                    )
                    .unwrap();
                let b = g
                    .add(
                        Op::Weight {
                            name: "b".into(),
                            shape: vec![n],
                            dtype: hyenac_runtime::DType::F32,
                        },
                        &[],
                        None,
                    )
                    .unwrap();
                let y = g.add(Op::Linear { bias: true }, &[x, w, b], None).unwrap();
                // Not the plan's output, whose buffer the caller receives as it is: as in a
                // model, the product writes a 64-byte-aligned activation.
                g.add(Op::Add, &[y, y], None).unwrap()
            });
            let t = time_kernel(&g, &ck, l, "linear");
            println!(
                "| {l} × {k} → {n} | {dtype} | {path} | {:.3} ms | {:.1} |",
                t * 1e3,
                2.0 * (l * k * n) as f64 / t / 1e9
            );
        }
    }
    std::env::remove_var("HYENAC_NO_AMX");
}

fn main() {
    // As the `hyenac` command runs: freed memory is reused, not returned and faulted in again.
    hyenac_runtime::keep_freed_memory_by_default();
    // `cargo bench -p hyenac --bench kernels -- crossover` runs one part.
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let want = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    if want("fft") {
        fft();
    }
    if want("conv") {
        conv();
    }
    if want("crossover") {
        crossover();
    }
    if want("matmul") {
        matmul();
    }
    if want("fir-crossover") {
        fir_crossover();
    }
}

/// Evo 2's Hyena-MR layer (128 explicit taps, D = 512, groups as in the 7B) compiled with its
/// convolution restricted to the direct form or to FFT: the convolution stage (a fused
/// `hyena_conv`, or the FIR, splits and gates where the optimiser leaves them apart) measured
/// by length next to the cpu cost model's prediction, and the lengths where FFT starts to win
/// (issue 15: within 2× of each other, else re-calibrate).
fn fir_crossover() {
    use hyenac::rewrite::cost::op_cost;
    use hyenac::rewrite::cost::CostModel;
    use hyenac::rewrite::{optimize, OptimizeOptions};
    let yaml = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches-data/evo2-midsize.yml"),
    )
    .expect("benches-data/evo2-midsize.yml");
    // One Hyena-MR layer of the mid-size model.
    let one_layer: String = yaml
        .lines()
        .map(|l| match l.split(':').next().unwrap_or("") {
            "hcm_layer_idxs" => "hcm_layer_idxs: [0]".to_string(),
            "hcs_layer_idxs" | "hcl_layer_idxs" | "attn_layer_idxs" => {
                format!("{}: []", l.split(':').next().unwrap())
            }
            "num_layers" => "num_layers: 1".to_string(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let config = hyenac_models::Sh2Config::from_yaml(&one_layer).expect("config");
    let g = hyenac::build_graph(&config).expect("graph");
    let d = config.hidden_size;
    let mut rng = hyenac_models::random::Rng(0x128);
    let mut tensors = BTreeMap::new();
    for (name, shape, _) in g.weights() {
        let count: usize = shape.iter().product();
        let scale = if name.ends_with("filter.h") {
            0.05
        } else {
            0.5
        };
        let data = (0..count)
            .map(|_| (scale * (rng.uniform() - 0.5)) as f32)
            .collect();
        tensors.insert(name, Tensor::new(shape, data));
    }
    let ck = Checkpoint { tensors };
    let model = CostModel::cpu();
    println!(
        "\n## Hyena-MR (128 taps, D = {d}), the convolution stage by each algorithm: measured (predicted by the cpu model)"
    );
    println!("| L | direct | fft | fastest | model picks |\n| --- | --- | --- | --- | --- |");
    let (mut measured, mut predicted) = (None, None);
    for l in [16usize, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192] {
        let mut row = Vec::new();
        for family in ["direct", "fft"] {
            // The other algorithm's rule off (the FIR is not a long convolution before the
            // rewrites, so --force-conv does not apply).
            let mut opts = OptimizeOptions::new(model.clone(), l);
            opts.disabled.push(match family {
                "direct" => "short-conv-fft".into(),
                _ => "short-conv-direct".into(),
            });
            let o = optimize(&g, &opts).expect("optimises").graph;
            // The convolution stage: every kernel but the products, norms and embedding
            // (one fused hyena_conv, or the FIR, splits and gates one by one).
            let stage = |op: &Op| {
                !matches!(
                    op,
                    Op::NormLinear { .. }
                        | Op::Linear { .. }
                        | Op::NormGatedMlpUp { .. }
                        | Op::GatedMlpUp { .. }
                        | Op::Embedding
                        | Op::RmsNorm { .. }
                        | Op::Add
                ) && !op.is_compile_time()
            };
            let mut kernels = Vec::new();
            let mut m = 0.0;
            for n in o.g.node_indices() {
                let op = &o.g[n].op;
                if !stage(op) {
                    continue;
                }
                let ops: Vec<_> = o.operands(n).iter().map(|&x| o.g[x].ty.clone()).collect();
                let refs: Vec<&_> = ops.iter().collect();
                if let Some(c) = op_cost(op, &refs, &o.g[n].ty, l) {
                    if c.launches > 0.0 {
                        m += model.time(&c);
                        kernels.push(match op.conv_alg() {
                            Some(a) => format!("{}[{}]", op.mnemonic(), a.name()),
                            None => op.mnemonic().to_string(),
                        });
                    }
                }
            }
            let labels: Vec<String> = kernels
                .iter()
                .map(|k| k.split('[').next().unwrap().to_string())
                .collect();
            let t = time_kernels(&o, &ck, l, &labels, "logits");
            let alg = kernels
                .iter()
                .find(|k| k.starts_with("hyena_conv"))
                .cloned()
                .unwrap_or_else(|| format!("unfused: {}", kernels.join(" + ")));
            row.push((alg, t, m));
        }
        let (dt, ft) = (row[0].1, row[1].1);
        let (dm, fm) = (row[0].2, row[1].2);
        if ft < dt && measured.is_none() {
            measured = Some(l);
        }
        if fm < dm && predicted.is_none() {
            predicted = Some(l);
        }
        println!(
            "| {l} | {:.3} ms ({:.3}) {} | {:.3} ms ({:.3}) {} | {} | {} |",
            dt * 1e3,
            dm * 1e3,
            row[0].0,
            ft * 1e3,
            fm * 1e3,
            row[1].0,
            if dt <= ft { "direct" } else { "fft" },
            if dm <= fm { "direct" } else { "fft" },
        );
    }
    println!(
        "direct/fft crossover of the 128-tap filter: measured L = {}, predicted L = {}",
        measured.map_or("> 8192".into(), |l| l.to_string()),
        predicted.map_or("> 8192".into(), |l| l.to_string())
    );
}
