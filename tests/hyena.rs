//! The original Hyena operator and HyenaDNA against the golden fixtures
//! (`tests/fixtures/hyenadna-tiny`, `hyena-order3`, `hyenadna-long`: float64 logits of an
//! independent reference that agrees with the real PyTorch code to ≤ 4.6e-15; see
//! `tests/fixtures/HYENA-README.md`): the interpreter, artifacts in f32 (stateless, prefill +
//! decode, chunks of 1, 7 and 64) and bf16, the emulated GPU kernels and their PTX, and the
//! errors for what is refused.

mod common;

use std::path::PathBuf;

use common::{fixture_dir, hyenac, logits_error, s, tmp};
use hyenac_models::{Checkpoint, HyenaConfig};

/// The three fixtures, their prompt lengths, and the real code's bf16 error "as shipped"
/// (the fixtures' README: the HF port's `from_pretrained(dtype=bfloat16)`, safari under CPU
/// autocast).
const HYENA: &[(&str, usize, f64)] = &[
    ("hyenadna-tiny", 17, 1.5e-1),
    ("hyena-order3", 31, 8.1e-1),
    ("hyenadna-long", 1000, 8.2e-1),
];

struct Fixture {
    config: HyenaConfig,
    checkpoint: Checkpoint,
    tokens: Vec<i64>,
    logits: Vec<f64>,
    decode_logits: Vec<f64>,
}

fn load(name: &str) -> Fixture {
    let dir = fixture_dir(name);
    let text = std::fs::read_to_string(dir.join("config.json")).unwrap();
    let config = HyenaConfig::from_json(&text).unwrap();
    let spec = hyenac_models::hyena::checkpoint_spec(&config);
    let checkpoint =
        Checkpoint::read(dir.join("model.safetensors"), &spec, Default::default()).unwrap();
    let expected = dir.join("expected.safetensors");
    let get = |n: &str| {
        hyenac::tensor_io::read_f64(&expected, n)
            .unwrap()
            .unwrap()
            .1
    };
    Fixture {
        tokens: hyenac::tensor_io::read_tokens(&expected).unwrap(),
        logits: get("logits"),
        decode_logits: get("decode_logits"),
        config,
        checkpoint,
    }
}

/// The float64 interpreter on the graph the family builds reproduces the reference to
/// rounding: stateless, prefill + decode, and in chunks of 7 and 64 — with the implicit filter
/// evaluated from the stored `z`, `t`, `deltas` and the one shared `freq`, the order-3
/// filter read in safari's interleaved layout, HF's window shift 0.05 and safari's 0.
#[test]
fn the_interpreter_matches_the_hyena_fixtures() {
    for &(name, prefill, _) in HYENA {
        let f = load(name);
        let g = hyenac::build_graph(&f.config).unwrap();
        let errors = common::interpreter_mode_errors(
            &g,
            &f.checkpoint,
            f.config.l_max,
            &f.tokens,
            (&f.logits, &f.decode_logits),
            prefill,
        );
        for (mode, e) in errors {
            assert!(e < 1e-12, "{name} {mode}: {e:e}");
        }
    }
}

fn compile(name: &str, precision: &str) -> PathBuf {
    compile_as(name, precision, &["--precision", precision])
}

/// Fixture `name` compiled with its weights and `extra` options into `{name}-{tag}.hyx`
/// (one file per test, since the tests run side by side).
fn compile_as(name: &str, tag: &str, extra: &[&str]) -> PathBuf {
    let dir = fixture_dir(name);
    let art = tmp(&format!("{name}-{tag}.hyx"));
    common::compile_files(
        &dir.join("config.json"),
        &dir.join("model.safetensors"),
        &art,
        extra,
    );
    art
}

/// Compiled artifacts in f32 meet issue 16's 1e-5 in every mode (the real code in f32 is at
/// 2.0e-6, 9.2e-5 and 3.2e-5: its filter MLP in f32 amplifies rounding); in bf16 they are far
/// inside the real code's bf16 errors and visibly not f32.
#[test]
fn artifacts_match_the_hyena_fixtures_in_every_mode() {
    for &(name, prefill, torch_bf16) in HYENA {
        let p = prefill.to_string();
        let modes: Vec<(Vec<&str>, &str)> = vec![
            (vec![], "logits"),
            (vec!["--prefill", &p], "decode_logits"),
            (vec!["--chunk", "1"], "logits"),
            (vec!["--chunk", "7"], "logits"),
            (vec!["--chunk", "64"], "logits"),
        ];
        let art = compile(name, "f32");
        for (mode, reference) in &modes {
            let e = common::fixture_run_error(name, &art, mode, reference);
            eprintln!("{name} f32 {mode:?}: {e:.3e}");
            assert!(e <= 1e-5, "{name} f32 {mode:?}: {e:e}");
        }
        let art = compile(name, "bf16");
        for (mode, reference) in &modes[..2] {
            let e = common::fixture_run_error(name, &art, mode, reference);
            eprintln!("{name} bf16 {mode:?}: {e:.3e}");
            assert!(
                e <= torch_bf16 / 4.0 && e > 1e-4,
                "{name} bf16 {mode:?}: {e:e}"
            );
        }
    }
}

/// The GPU kernels of a Hyena graph, emulated on the CPU, compute the fixture's logits; the
/// PTX of the order-3 model for sm_80 and sm_90 passes ptxas.
#[test]
fn hyena_gpu_kernels_emulate_and_assemble() {
    let dir = fixture_dir("hyenadna-tiny");
    let (cfg, w, t) = (
        dir.join("config.json"),
        dir.join("model.safetensors"),
        dir.join("expected.safetensors"),
    );
    let out = tmp("hyena-emulated.safetensors");
    let mut args = common::model_args("jit", s(&cfg), s(&w), s(&t), s(&out));
    args.extend(["--emulate-gpu", "sm_90"]);
    let (code, _, err) = hyenac(&args);
    assert_eq!(code, 0, "{err}");
    let e = logits_error(&out, &t, "logits");
    assert!(e <= 1e-5, "emulated sm_90: {e:e}");
    let ptxas = hyenac::codegen::gpu::ptxas().expect("ptxas: run scripts/setup.sh");
    let cfg = fixture_dir("hyena-order3").join("config.json");
    for sm in ["sm_80", "sm_90"] {
        let ptx = tmp(&format!("hyena-{sm}.ptx"));
        let (code, _, err) = hyenac(&[
            "ptx",
            "--config",
            s(&cfg),
            "--target",
            sm,
            "--seqlen",
            "200",
            "-o",
            s(&ptx),
        ]);
        assert_eq!(code, 0, "{err}");
        common::assert_ptxas_accepts(&ptxas, sm, &ptx, "hyena");
    }
}

/// `explain` shows the choice for the explicit length-l_max filter, fused with the gates and
/// the D term into one `hyena_conv`: an FFT of the first `2^a·3^b·5^c ≥ L + min(K, L) − 1`
/// (the filter cut to the lags a call can read: n = 512 at L = 256, 15 at L = 8, where the
/// whole 1026 taps would need 1296 and 1080), with direct convolution as the alternative.
#[test]
fn explain_chooses_direct_or_fft_by_length() {
    let cfg = fixture_dir("hyenadna-tiny").join("config.json");
    let explain = |l: &str| {
        let (code, out, err) = hyenac(&[
            "explain",
            "--config",
            s(&cfg),
            "--target",
            "cpu",
            "--seqlen",
            l,
        ]);
        assert_eq!(code, 0, "{err}");
        out
    };
    let long = explain("256");
    assert!(long.contains("hyena_conv[fft(n=512)]"), "{long}");
    assert!(long.contains("best alternative: direct"), "{long}");
    assert!(long.contains("choice by length (up to 1026)"), "{long}");
    let short = explain("8");
    assert!(short.contains("hyena_conv[fft(n=15)]"), "{short}");
}

/// Bad Hyena inputs are clear errors: the options broken upstream are refused by name (CLI
/// exit 1, no panic), a checkpoint without a tensor names it, and compiling without weights
/// says that the implicit filter needs them.
#[test]
fn bad_hyena_inputs_are_named() {
    let dir = fixture_dir("hyena-order3");
    let text = std::fs::read_to_string(dir.join("config.json")).unwrap();
    for (from, to, key) in [
        (
            "\"order\": 3",
            "\"order\": 3, \"num_heads\": 2",
            "layer.num_heads",
        ),
        (
            "\"order\": 3",
            "\"order\": 3, \"inner_factor\": 2",
            "layer.inner_factor",
        ),
        (
            "\"order\": 3",
            "\"order\": 3, \"num_blocks\": 2",
            "layer.num_blocks",
        ),
        ("\"order\": 3", "\"order\": 1", "layer.order"),
    ] {
        let cfg = tmp(&format!("bad-hyena-{}.json", key.replace('.', "-")));
        std::fs::write(&cfg, text.replace(from, to)).unwrap();
        let (code, _, err) = hyenac(&["graph", "--config", s(&cfg)]);
        assert_eq!(code, 1, "{key}: {err}");
        assert!(err.contains(key), "{key}: {err}");
    }
    let hf = std::fs::read_to_string(fixture_dir("hyenadna-tiny").join("config.json")).unwrap();
    let cfg = tmp("bad-hyena-hf-order.json");
    std::fs::write(&cfg, hf.replace("\"hyena_order\": 2", "\"hyena_order\": 3")).unwrap();
    let (code, _, err) = hyenac(&["graph", "--config", s(&cfg)]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("hyena_order"), "{err}");

    // Malformed or incomplete JSON: one line naming the problem.
    for (text, want) in [
        ("{\"model_type\": \"hyenadna\", \"d_model\": 16", "malformed config"),
        (
            "{\"model_type\": \"hyenadna\", \"d_model\": 16, \"n_layer\": 2, \"vocab_size\": 12}",
            "max_seq_len",
        ),
        (
            "{\"model_type\": \"hyenadna\", \"d_model\": -3, \"n_layer\": 2, \"vocab_size\": 12, \"max_seq_len\": 9}",
            "d_model",
        ),
    ] {
        let cfg = tmp("bad-hyena-json.json");
        std::fs::write(&cfg, text).unwrap();
        let (code, _, err) = hyenac(&["graph", "--config", s(&cfg)]);
        assert_eq!(code, 1, "{text}: {err}");
        assert!(err.contains(want), "{text}: {err}");
    }

    // A checkpoint of the other format (names without `hyena.`) misses the HF names.
    let out = tmp("bad-hyena-mix.hyx");
    let (code, _, err) = hyenac(&[
        "compile",
        "--config",
        s(&fixture_dir("hyenadna-tiny").join("config.json")),
        "--weights",
        s(&dir.join("model.safetensors")),
        "-o",
        s(&out),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("hyena.backbone.embeddings.word_embeddings.weight"),
        "{err}"
    );
    assert!(!out.exists(), "no half-written artifact");

    // Weights at load time for a GPU target are refused by name (the load-time filter
    // kernels are CPU code).
    let (code, _, err) = hyenac(&[
        "compile",
        "--config",
        s(&dir.join("config.json")),
        "--target",
        "sm_90",
        "-o",
        s(&tmp("bad-hyena-noweights.hyx")),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("implicit_filter"), "{err}");
}

/// Compiled without weights, a Hyena artifact computes its filters when the weights come at
/// load time (`implicit_filter`, the step's rows and the tap reversal as load-time kernels, in
/// f64 as the compiler folds them) and matches every fixture stateless and decoding; the
/// constants are not in the file.
#[test]
fn hyena_weights_at_load_time() {
    for &(name, prefill, _) in HYENA {
        let dir = fixture_dir(name);
        let art = tmp(&format!("{name}-noweights.hyx"));
        let (code, _, err) = hyenac(&[
            "compile",
            "--config",
            s(&dir.join("config.json")),
            "--quiet",
            "-o",
            s(&art),
        ]);
        assert_eq!(code, 0, "{name}: {err}");
        let (_, info, _) = hyenac(&["inspect", s(&art)]);
        assert!(info.contains("supplied at load time"), "{info}");
        // The HF port's filter (one per layer, not split by rows) is computed lag-major for
        // the lags the plans read, by its own kernel: no prefix or transpose of it after.
        if name.starts_with("hyenadna") {
            let (_, list, _) = hyenac(&["inspect", s(&art), "--constants"]);
            assert!(list.contains("_lags)"), "{list}");
            assert!(!list.contains("init_filter_prefix"), "{list}");
        }
        let weights = dir.join("model.safetensors");
        let p = prefill.to_string();
        for (mode, reference) in [(vec![], "logits"), (vec!["--prefill", &p], "decode_logits")] {
            let mut m = vec!["--weights", s(&weights)];
            m.extend(&mode);
            let e = common::fixture_run_error(name, &art, &m, reference);
            eprintln!("{name} weights at load time {mode:?}: {e:.3e}");
            assert!(e <= 1e-5, "{name} {mode:?}: {e:e}");
        }
        // Loaded for the forward pass only (what a one-shot `run` does): the prefill/decode
        // plan's filters are not derived, and a session is refused rather than run on them.
        let opts = hyenac_runtime::weights::ReadOptions {
            forward_only: true,
            ..Default::default()
        };
        // The filters are then derived during the pass (and again in the next one).
        let m = hyenac_runtime::Model::load_with(&art, Some(&weights), opts).unwrap();
        let f = load(name);
        let (y, times) = m.forward(&f.tokens, "logits").unwrap();
        let derived = |t: &[(String, f64)]| {
            t.iter()
                .filter(|(l, _)| l.starts_with("derive implicit_filter"))
                .count()
        };
        let layers = f.config.n_layer;
        assert_eq!(derived(&times), layers, "{name}: {times:?}");
        let y64: Vec<f64> = y.data.iter().map(|&v| v as f64).collect();
        let e = hyenac::interp::normwise_rel_err(&y64, &f.logits);
        assert!(e <= 1e-5, "{name} forward only: {e:e}");
        let (again, times) = m.forward(&f.tokens, "logits").unwrap();
        assert_eq!(derived(&times), layers);
        assert_eq!(again.data, y.data, "{name}: a second pass differs");
        let err = m.session().err().expect("refused").to_string();
        assert!(err.contains("stateless forward pass only"), "{err}");
    }
}

/// Compiled for fewer tokens than the filter grid, without weights: the load-time kernel
/// computes only the first `--max-seqlen` lags of the filter (lag-major, for the FFT), and the
/// logits are those of the whole filter's.
#[test]
fn hyena_filter_prefix_at_load_time() {
    let name = "hyenadna-long";
    let dir = fixture_dir(name);
    let f = load(name);
    let len = f.tokens.len();
    assert!(
        len < f.config.l_max,
        "the fixture must be shorter than its grid"
    );
    let art = tmp(&format!("{name}-noweights-{len}.hyx"));
    let (code, _, err) = hyenac(&[
        "compile",
        "--config",
        s(&dir.join("config.json")),
        "--max-seqlen",
        &len.to_string(),
        "--quiet",
        "-o",
        s(&art),
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, list, _) = hyenac(&["inspect", s(&art), "--constants"]);
    let lag_major = format!("{len} × {}", f.config.d_model);
    assert!(
        list.lines()
            .any(|l| l.contains("_lags)") && l.contains(&lag_major)),
        "{list}"
    );
    let weights = dir.join("model.safetensors");
    let e = common::fixture_run_error(name, &art, &["--weights", s(&weights)], "logits");
    eprintln!("{name} at {len} tokens, weights at load time: {e:.3e}");
    assert!(e <= 1e-5, "{e:e}");
}

/// HyenaDNA's embeddings: `--hidden-out` of the HF module paths (`hyena.backbone.layers.i`,
/// the post-`ln_f` states its embedding model returns) equal the interpreter's, stateless and
/// in chunks; `ln_f` through the untied `lm_head` is the fixture's logits.
#[test]
fn hyenadna_hidden_states_by_module_path() {
    let name = "hyenadna-tiny";
    let f = load(name);
    let dir = fixture_dir(name);
    let art = compile_as(name, "hidden", &[]);
    let g = hyenac::build_graph(&f.config).unwrap();
    let layers = [
        "hyena.backbone.embeddings",
        "hyena.backbone.layers.1",
        "hyena.backbone.ln_f",
    ];
    let expected = dir.join("expected.safetensors");
    let h = common::assert_hidden_states(
        &art,
        &expected,
        (&g, &f.checkpoint, f.config.l_max),
        &layers,
    );
    let head = &f.checkpoint.get("lm_head.weight").unwrap().data;
    let logits = common::times_transposed(&h["hyena.backbone.ln_f"].1, head, f.config.d_model);
    let e = hyenac::interp::normwise_rel_err(&logits, &f.logits);
    assert!(
        e <= 1e-5,
        "ln_f · lm_headᵀ against the fixture's logits: {e:e}"
    );
}

/// A Hyena filter as long as the sequence keeps the history of its input, grown in chunks
/// with the position as a key/value cache is (not `l_max − 1` rows from the first token), and
/// decoding from it is the stateless pass (checked against the fixture in every mode above).
#[test]
fn the_long_filter_history_grows_with_the_position() {
    use hyenac_runtime::{Model, StateKind};
    let name = "hyenadna-long";
    let f = load(name);
    let art = compile_as(name, "history", &[]);
    let m = Model::load(&art).unwrap();
    let plan = m.manifest.stateful_plan().unwrap();
    let histories = plan
        .states
        .iter()
        .filter(|s| s.kind == StateKind::History)
        .count();
    assert_eq!(
        histories, f.config.n_layer,
        "one history per long convolution"
    );
    let (fixed, per_token) = plan.state_bytes();
    assert_eq!(per_token, 4 * f.config.d_model * f.config.n_layer);
    let mut session = m.session().unwrap();
    session.prefill(&f.tokens[..10]).unwrap();
    let early = session.state_bytes();
    // The first chunk of rows (256), not l_max − 1 of them.
    let chunk = hyenac_runtime::plan::CACHE_CHUNK_ROWS;
    assert!(
        early <= fixed + per_token * chunk,
        "{early} B at position 10"
    );
    let l = f.tokens.len();
    for t in &f.tokens[10..] {
        session.decode(*t).unwrap();
    }
    let late = session.state_bytes();
    assert!(
        late >= fixed + per_token * l && late <= fixed + per_token * (l + l / 8 + chunk),
        "{late} B at position {l}"
    );
}
