//! StripedHyena 2 (Evo 2) against the golden fixtures (`tests/fixtures/sh2-*`, float64 logits
//! of an independent reference that agrees with vortex to 1e-14): the interpreter, artifacts in
//! f32 (stateless, prefill + decode, chunks of 1, 7 and 64) and bf16, the emulated GPU kernels
//! and their PTX.

mod common;

use std::path::PathBuf;

use common::{fixture_dir, hyenac, logits_error, s, tmp};
use hyenac::interp::Session;
use hyenac_models::{Checkpoint, Sh2Config};

/// The three fixtures with their prompt lengths (sh2-short-prompt's 2-token prompt is shorter
/// than the SE and MR filters: the case vortex's cached generation gets wrong by 0.72).
const SH2: &[(&str, usize)] = &[("sh2-tiny", 9), ("sh2-short-prompt", 2), ("sh2-long", 300)];

struct Sh2Fixture {
    config: Sh2Config,
    checkpoint: Checkpoint,
    tokens: Vec<i64>,
    logits: Vec<f64>,
    decode_logits: Vec<f64>,
}

fn load(name: &str) -> Sh2Fixture {
    let dir = fixture_dir(name);
    let text = std::fs::read_to_string(dir.join("config.yml")).unwrap();
    let config = Sh2Config::from_yaml(&text).unwrap();
    let spec = hyenac_models::stripedhyena2::checkpoint_spec(&config);
    let checkpoint =
        Checkpoint::read(dir.join("model.safetensors"), &spec, Default::default()).unwrap();
    let expected = dir.join("expected.safetensors");
    let get = |n: &str| {
        hyenac::tensor_io::read_f64(&expected, n)
            .unwrap()
            .unwrap()
            .1
    };
    Sh2Fixture {
        tokens: hyenac::tensor_io::read_tokens(&expected).unwrap(),
        logits: get("logits"),
        decode_logits: get("decode_logits"),
        config,
        checkpoint,
    }
}

/// The float64 interpreter on the graph the family builds reproduces the reference to
/// rounding: stateless, prefill + decode, and fed in chunks of 1, 7 and 64.
#[test]
fn the_interpreter_matches_the_sh2_fixtures() {
    for &(name, prefill) in SH2 {
        let f = load(name);
        let g = hyenac::build_graph(&f.config).unwrap();
        let errors = common::interpreter_mode_errors(
            &g,
            &f.checkpoint,
            f.config.max_seqlen,
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
    let dir = fixture_dir(name);
    let art = tmp(&format!("{name}-{precision}.hyx"));
    common::compile_files(
        &dir.join("config.yml"),
        &dir.join("model.safetensors"),
        &art,
        &["--max-seqlen", "2048", "--precision", precision],
    );
    art
}

/// Compiled artifacts in f32 meet issue 15's 1e-5 in every mode; in bf16 they are well inside
/// vortex's own bf16 errors (6.3e-2, 5.0e-2, 2.2e-1: the fixtures' README) and visibly not f32.
#[test]
fn artifacts_match_the_sh2_fixtures_in_every_mode() {
    for &(name, prefill) in SH2 {
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
        let vortex_bf16 = match name {
            "sh2-tiny" => 6.3e-2,
            "sh2-short-prompt" => 5.0e-2,
            _ => 2.2e-1,
        };
        let art = compile(name, "bf16");
        for (mode, reference) in &modes[..3] {
            let e = common::fixture_run_error(name, &art, mode, reference);
            eprintln!("{name} bf16 {mode:?}: {e:.3e}");
            assert!(
                e <= vortex_bf16 / 2.0 && e > 1e-4,
                "{name} bf16 {mode:?}: {e:e}"
            );
        }
    }
}

/// The GPU kernels of a StripedHyena 2 graph, emulated on the CPU, compute the fixture's
/// logits; their PTX for sm_80 and sm_90 passes ptxas.
#[test]
fn sh2_gpu_kernels_emulate_and_assemble() {
    let dir = fixture_dir("sh2-tiny");
    let (cfg, w, t) = (
        dir.join("config.yml"),
        dir.join("model.safetensors"),
        dir.join("expected.safetensors"),
    );
    let out = tmp("sh2-emulated.safetensors");
    let mut args = common::model_args("jit", s(&cfg), s(&w), s(&t), s(&out));
    args.extend(["--emulate-gpu", "sm_90"]);
    let (code, _, err) = hyenac(&args);
    assert_eq!(code, 0, "{err}");
    let e = logits_error(&out, &t, "logits");
    assert!(e <= 1e-5, "emulated sm_90: {e:e}");
    let ptxas = hyenac::codegen::gpu::ptxas().expect("ptxas: run scripts/setup.sh");
    for sm in ["sm_80", "sm_90"] {
        let ptx = tmp(&format!("sh2-{sm}.ptx"));
        let (code, _, err) = hyenac(&[
            "ptx",
            "--config",
            s(&cfg),
            "--target",
            sm,
            "--seqlen",
            "256",
            "-o",
            s(&ptx),
        ]);
        assert_eq!(code, 0, "{err}");
        common::assert_ptxas_accepts(&ptxas, sm, &ptx, "sh2");
    }
}

/// The four bundled Evo 2 configs build graphs with the released layer pattern; `hyenac graph`
/// prints each, with the relayouts that read vortex's stored layouts.
#[test]
fn bundled_evo2_configs_print_their_graphs() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models/data");
    for (name, _) in hyenac_models::stripedhyena2::BUNDLED {
        let path = data.join(format!("{name}.yml"));
        let (code, text, err) = hyenac(&["graph", "--config", s(&path)]);
        assert_eq!(code, 0, "{name}: {err}");
        for needle in [
            "deinterleave {streams = 3, block = 1}",
            "deinterleave {streams = 3, block = 128}",
            "expand_groups",
            "reverse_taps",
            "real_poles",
            "rotary_freqs",
            "activation {kind = identity}",
            "activation {kind = gelu_exact}",
        ] {
            assert!(text.contains(needle), "{name}: no `{needle}`");
        }
        // FP8 input projections are a precision vortex uses; hyenac says it has none.
        if name.ends_with("1m") || *name == "evo2-1b-8k" {
            assert!(err.contains("use_fp8_input_projections"), "{name}: {err}");
        }
    }
}

/// Bad StripedHyena 2 inputs are clear errors: an unsupported value names key and value, a
/// checkpoint with a tensor missing names it, and weights at load time are refused by name
/// (its relayouts are folded at compile time).
#[test]
fn bad_sh2_inputs_are_named() {
    let dir = fixture_dir("sh2-tiny");
    let text = std::fs::read_to_string(dir.join("config.yml")).unwrap();
    let bad = tmp("sh2-bad.yml");
    std::fs::write(
        &bad,
        text.replace("column_split_hyena: False", "column_split_hyena: True"),
    )
    .unwrap();
    common::assert_error(
        &["graph", "--config", s(&bad)],
        "`column_split_hyena` = true is not supported",
    );
    let art = tmp("sh2-noweights.hyx");
    let (code, _, err) = hyenac(&[
        "compile",
        "--config",
        s(&dir.join("config.yml")),
        "--max-seqlen",
        "64",
        "-o",
        s(&art),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("needs the weights at compile time"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!art.exists(), "no half-written artifact");
    // A checkpoint of the wrong model: the missing tensors are named.
    let other = fixture_dir("sh2-short-prompt").join("model.safetensors");
    let out = tmp("sh2-wrong.hyx");
    let (code, _, err) = hyenac(&[
        "compile",
        "--config",
        s(&dir.join("config.yml")),
        "--weights",
        s(&other),
        "-o",
        s(&out),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("blocks.5.filter.h"), "{err}");
}

/// PyTorch checkpoints (the released form) load without executing anything: `torch.save` of
/// the fixture's state dict (with a Transformer Engine `_extra_state` and the converters'
/// `unembed.weight`, both ignored) gives the same artifact as the safetensors file, bit for
/// bit; its split form `NAME.pt.part0…2` reads the same tensors; a bf16 checkpoint holds the
/// values rounded to bf16, and `hyenac convert` writes them to safetensors (one file, or shards
/// with their index) that read back the same; a pickle that calls `os.system` is refused by
/// name and runs nothing; a truncated file is a clear error.
#[test]
fn pytorch_checkpoints_load_without_executing_anything() {
    use hyenac_runtime::weights::{read, ReadOptions};
    let dir = fixture_dir("sh2-tiny");
    let f = load("sh2-tiny");
    let spec = hyenac_models::stripedhyena2::checkpoint_spec(&f.config);
    let pt = read(&dir.join("model.pt"), &spec, ReadOptions::default()).unwrap();
    assert_eq!(
        pt, f.checkpoint.tensors,
        "the .pt holds the safetensors' values"
    );
    // The artifacts are byte-identical (same sha256).
    let digest = |w: &str| {
        let art = tmp(&format!("pt-{w}.hyx"));
        let (code, out, err) = hyenac(&[
            "compile",
            "--config",
            s(&dir.join("config.yml")),
            "--weights",
            s(&dir.join(w)),
            "--max-seqlen",
            "64",
            "-o",
            s(&art),
        ]);
        assert_eq!(code, 0, "{err}");
        let line = format!("{out}{err}");
        line.split("sha256 ")
            .nth(1)
            .unwrap()
            .split(')')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(digest("model.pt"), digest("model.safetensors"));
    // The split form: parts cut at arbitrary offsets, found when NAME.pt itself is absent.
    let bytes = std::fs::read(dir.join("model.pt")).unwrap();
    let split = tmp("split/model.pt");
    std::fs::create_dir_all(split.parent().unwrap()).unwrap();
    for (i, range) in [0..1000, 1000..300_001, 300_001..bytes.len()]
        .into_iter()
        .enumerate()
    {
        std::fs::write(format!("{}.part{i}", split.display()), &bytes[range]).unwrap();
    }
    assert!(!split.exists());
    let parts = read(&split, &spec, ReadOptions::default()).unwrap();
    assert_eq!(parts, pt, "the split form reads the same tensors");
    // bf16 (log poles and residues f32, as vortex stores them).
    let bf16 = read(&dir.join("model-bf16.pt"), &spec, ReadOptions::default()).unwrap();
    for (name, t) in &f.checkpoint.tensors {
        let want: Vec<f32> = if name.contains("log_poles") || name.contains("residues") {
            t.data.clone()
        } else {
            t.data
                .iter()
                .map(|&x| {
                    let b = hyenac_runtime::DType::BF16.round_half(x).unwrap();
                    hyenac_runtime::DType::BF16.half_to_f32(b)
                })
                .collect()
        };
        assert_eq!(bf16[name].data, want, "{name}");
    }
    // `hyenac convert` writes what it read: one file, or shards with their index.
    for (max, what) in [("5", "one file"), ("0.0002", "shards")] {
        let out = tmp(&format!("conv-{what}/model.safetensors"));
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        let (code, _, err) = hyenac(&[
            "convert",
            s(&dir.join("model-bf16.pt")),
            "-o",
            s(&out),
            "--max-shard-gib",
            max,
        ]);
        assert_eq!(code, 0, "{err}");
        let back = if what == "shards" {
            out.parent().unwrap().join("model.safetensors.index.json")
        } else {
            out
        };
        let again = read(&back, &spec, ReadOptions::default()).unwrap();
        assert_eq!(again, bf16, "converted to {what}");
    }
    // A pickle that would run a command is refused before anything is built from it.
    let evil = fixture_dir("malicious.pt");
    let e = read(&evil, &spec, ReadOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("refers to the global `posix.system`"), "{e}");
    common::assert_error(
        &[
            "compile",
            "--config",
            s(&dir.join("config.yml")),
            "--weights",
            s(&evil),
            "-o",
            s(&tmp("evil.hyx")),
        ],
        "posix.system",
    );
    // Truncated: a clear error, no panic.
    let cut = tmp("cut.pt");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let e = read(&cut, &spec, ReadOptions::default())
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("cannot use PyTorch checkpoint") && e.contains("zip"),
        "{e}"
    );
}

/// `generate --prompt` reads a DNA string through the artifact's byte tokenizer and prints the
/// greedy continuation as text: the same tokens as the float64 interpreter's greedy decoding
/// of the prompt's bytes. A StripedHyena artifact (no tokenizer) refuses `--prompt` by name.
#[test]
fn evo2_artifacts_generate_from_dna_text() {
    let f = load("sh2-tiny");
    let dir = fixture_dir("sh2-tiny");
    let art = tmp("sh2-tiny-generate.hyx");
    common::compile_files(
        &dir.join("config.yml"),
        &dir.join("model.safetensors"),
        &art,
        &["--max-seqlen", "64"],
    );
    let prompt = "ACGTTGCAAC";
    let new = 12;
    let (code, out, err) = hyenac(&[
        "generate",
        s(&art),
        "--prompt",
        prompt,
        "--max-new-tokens",
        &new.to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    let text = out.trim_end_matches('\n');

    // The interpreter's greedy continuation of the prompt's bytes.
    let g = hyenac::build_graph(&f.config).unwrap();
    let mut session = Session::new(&g, &f.checkpoint, 64).unwrap();
    let argmax = |row: &[f64]| {
        (0..row.len())
            .max_by(|&a, &b| row[a].total_cmp(&row[b]))
            .unwrap() as i64
    };
    let v = f.config.vocab_size;
    let tokens: Vec<i64> = prompt.bytes().map(i64::from).collect();
    let m = session.run(&tokens, "logits").unwrap();
    let mut next = argmax(&m.data[m.data.len() - v..]);
    let mut expected = vec![next];
    while expected.len() < new {
        let m = session.run(&[next], "logits").unwrap();
        next = argmax(&m.data);
        expected.push(next);
    }
    let t = hyenac_runtime::Tokenizer::Bytes { vocab_size: v };
    assert_eq!(text, t.decode(&expected), "generated {text:?}");

    let (code, _, err) = hyenac(&["inspect", s(&art)]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = hyenac(&["generate", s(&art), "--prompt", ""]);
    assert_ne!(code, 0);
    assert!(err.contains("the prompt is empty"), "{err}");

    let sh = tmp("sh-tiny-no-tokenizer.hyx");
    let shdir = fixture_dir("tiny-mha");
    common::compile_files(
        &shdir.join("config.yml"),
        &shdir.join("model.safetensors"),
        &sh,
        &["--max-seqlen", "64"],
    );
    let (code, _, err) = hyenac(&["generate", s(&sh), "--prompt", "ACGT"]);
    assert_ne!(code, 0);
    assert!(err.contains("has no tokenizer"), "{err}");
}
