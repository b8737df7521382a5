//! Shared helpers for the integration tests: the fixtures under tests/fixtures.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use std::collections::BTreeMap;

use hyenac_models::{Checkpoint, Config, Tensor};

pub const FIXTURES: &[&str] = &["tiny-gqa", "tiny-mha", "stem-hyena", "tiny-flashnorm"];

pub fn fixture_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(name)
}

/// A fixture: config, weights and the expected values.
pub struct Fixture {
    pub name: &'static str,
    pub config: Config,
    pub checkpoint: Checkpoint,
    pub tokens: Vec<i64>,
    pub prefill_len: usize,
    pub logits: Vec<f64>,
    pub decode_logits: Vec<f64>,
}

pub fn load(name: &'static str) -> Fixture {
    let dir = fixture_dir(name);
    let config = Config::from_file(dir.join("config.yml")).unwrap();
    let checkpoint = Checkpoint::load(dir.join("model.safetensors"), &config).unwrap();
    let expected = dir.join("expected.safetensors");
    let tokens = hyenac::tensor_io::read_tokens(&expected).unwrap();
    let get = |n: &str| {
        hyenac::tensor_io::read_f64(&expected, n)
            .unwrap()
            .unwrap()
            .1
    };
    let bytes = std::fs::read(&expected).unwrap();
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let p = st.tensor("prefill_len").unwrap();
    let prefill_len = i64::from_le_bytes(p.data()[..8].try_into().unwrap()) as usize;
    Fixture {
        name,
        logits: get("logits"),
        decode_logits: get("decode_logits"),
        config,
        checkpoint,
        tokens,
        prefill_len,
    }
}

/// The shared deterministic generator (xorshift64*).
pub use hyenac_models::random::Rng;

/// A random StripedHyena config and weights; poles inside the unit disc.
pub fn random_model(rng: &mut Rng) -> (Config, Checkpoint) {
    let heads = rng.pick(&[1, 2, 3]);
    let hd = rng.pick(&[2, 4, 6]);
    let d = heads * hd;
    let kv = if heads.is_multiple_of(2) && rng.uniform() < 0.5 {
        heads / 2
    } else {
        heads
    };
    let layers = rng.pick(&[1, 2, 3]);
    let attn: Vec<usize> = (0..layers).filter(|i| i % 2 == 1).collect();
    let hyena: Vec<usize> = (0..layers).filter(|i| i % 2 == 0).collect();
    let yaml = format!(
        "vocab_size: {}\nhidden_size: {d}\nnum_layers: {layers}\nattn_layer_idxs: {attn:?}\n\
         hyena_layer_idxs: {hyena:?}\nshort_filter_length: {}\nnum_attention_heads: {heads}\n\
         proj_groups: {}\neps: 1.0e-5\nstate_size: {}\nhyena_filter_groups: 1\nmax_seqlen: 512\n\
         inner_mlp_size: {}\ncolumn_split_hyena: {}\nuse_flash_rmsnorm: {}\nmlp_activation: {}\n\
         tie_embeddings: {}\n",
        rng.pick(&[7, 13]),
        rng.pick(&[1, 2, 3, 5]),
        heads / kv,
        rng.pick(&[1, 2, 3]),
        rng.pick(&[4, 10]),
        rng.uniform() < 0.5,
        rng.uniform() < 0.5,
        if rng.uniform() < 0.5 { "silu" } else { "gelu" },
        rng.uniform() < 0.5,
    );
    let config = Config::from_yaml(&yaml).unwrap();
    let how = hyenac_models::random::RandomWeights {
        seed: rng.next_u64(),
        pole_modulus: (0.5, 0.99),
        unit_scales: false,
    };
    let tensors: BTreeMap<String, Tensor> = hyenac_models::random::random_weights(&config, how)
        .into_iter()
        .map(|(name, shape, data)| (name, Tensor::new(shape, data)))
        .collect();
    (config, Checkpoint { tensors })
}

/// Runs the `hyenac` binary: (exit code, stdout, stderr).
pub fn hyenac(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hyenac"))
        .args(args)
        .output()
        .expect("hyenac runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the `hyenac` binary with extra environment variables: (exit code, stdout, stderr).
pub fn hyenac_env(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hyenac"))
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("hyenac runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `hyenac compile --config CFG --weights W --quiet -o OUT EXTRA…`, which must succeed.
pub fn compile_files(cfg: &Path, w: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "compile",
        "--config",
        s(cfg),
        "--weights",
        s(w),
        "--quiet",
        "-o",
        s(out),
    ];
    args.extend_from_slice(extra);
    let (code, _, err) = hyenac(&args);
    assert_eq!(code, 0, "{args:?}: {err}");
}

/// `hyenac run ART --tokens-file T --logits-out OUT`.
pub fn run_args<'a>(art: &'a str, tokens: &'a str, out: &'a str) -> Vec<&'a str> {
    vec!["run", art, "--tokens-file", tokens, "--logits-out", out]
}

/// The float64 interpreter's logits of `tokens` (`hyenac interpret`) written to the temporary
/// file `name`: the independent expectation of a random model's tests.
pub fn interpreter_logits(cfg: &Path, w: &Path, tokens: &Path, name: &str) -> PathBuf {
    let out = tmp(name);
    let (code, _, err) = hyenac(&model_args(
        "interpret",
        cfg.to_str().unwrap(),
        w.to_str().unwrap(),
        tokens.to_str().unwrap(),
        out.to_str().unwrap(),
    ));
    assert_eq!(code, 0, "{err}");
    out
}

/// `CMD --config CONFIG --weights WEIGHTS REST…`.
pub fn model_cmd<'a>(
    cmd: &'a str,
    (config, weights): (&'a Path, &'a Path),
    rest: &[&'a str],
) -> Vec<&'a str> {
    let mut a = vec![cmd, "--config", s(config), "--weights", s(weights)];
    a.extend_from_slice(rest);
    a
}

/// `hyenac COMMAND --config CFG --weights W --tokens-file T --logits-out OUT` (`interpret`,
/// `jit`).
pub fn model_args<'a>(
    command: &'a str,
    cfg: &'a str,
    w: &'a str,
    t: &'a str,
    out: &'a str,
) -> Vec<&'a str> {
    let mut a = vec![command, "--config", cfg, "--weights", w];
    a.extend(["--tokens-file", t, "--logits-out", out]);
    a
}

/// A path in this test process's scratch folder.
pub fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hyenac-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Asserts a clean failure: exit 1, one `error:` line mentioning `needle`, no panic.
pub fn assert_error(args: &[&str], needle: &str) {
    let (code, _, err) = hyenac(args);
    assert_eq!(code, 1, "{args:?}: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line expected: {err}"
    );
    assert!(err.contains(needle), "`{needle}` not in: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Normwise relative error of the `logits` in `got` against the tensor `reference` in `want`.
pub fn logits_error(got: &Path, want: &Path, reference: &str) -> f64 {
    let g = hyenac::tensor_io::read_f64(got, "logits")
        .unwrap()
        .unwrap()
        .1;
    let w = hyenac::tensor_io::read_f64(want, reference)
        .unwrap()
        .unwrap()
        .1;
    hyenac::interp::normwise_rel_err(&g, &w)
}

/// Writes a config (tiny-gqa's with `overrides` applied to its `key: value` lines) and random
/// f32 weights for it (poles inside the unit disc) under the scratch folder; returns both paths.
pub fn random_model_files(tag: &str, overrides: &[(&str, &str)]) -> (PathBuf, PathBuf) {
    let base = std::fs::read_to_string(fixture_dir("tiny-gqa").join("config.yml")).unwrap();
    let mut lines: Vec<String> = base.lines().map(str::to_string).collect();
    for (key, value) in overrides {
        let at = lines
            .iter()
            .position(|l| l.starts_with(&format!("{key}:")))
            .unwrap_or_else(|| panic!("no key {key}"));
        // A list value replaces the following `- item` lines too.
        let mut end = at + 1;
        while end < lines.len() && lines[end].starts_with("- ") {
            end += 1;
        }
        lines.splice(at..end, [format!("{key}: {value}")]);
    }
    let cfg_path = tmp(&format!("{tag}.yml"));
    std::fs::write(&cfg_path, lines.join("\n") + "\n").unwrap();
    let config = Config::from_file(&cfg_path).unwrap();
    let how = hyenac_models::random::RandomWeights {
        seed: 0x5DEECE66D ^ tag.len() as u64,
        pole_modulus: (0.5, 0.95),
        unit_scales: false,
    };
    let blobs: Vec<(String, Vec<usize>, Vec<u8>)> =
        hyenac_models::random::random_weights(&config, how)
            .into_iter()
            .map(|(n, s, v)| (n, s, v.iter().flat_map(|x| x.to_le_bytes()).collect()))
            .collect();
    let w_path = tmp(&format!("{tag}.safetensors"));
    write_f32_tensors(&w_path, &blobs);
    (cfg_path, w_path)
}

/// Writes f32 tensors `(name, shape, little-endian bytes)` as a safetensors file.
pub fn write_f32_tensors(path: &Path, tensors: &[(String, Vec<usize>, Vec<u8>)]) {
    write_tensors(path, safetensors::Dtype::F32, tensors)
}

/// Writes tensors of one `dtype` `(name, shape, little-endian bytes)` as a safetensors file.
pub fn write_tensors(
    path: &Path,
    dtype: safetensors::Dtype,
    tensors: &[(String, Vec<usize>, Vec<u8>)],
) {
    let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = tensors
        .iter()
        .map(|(n, s, b)| {
            (
                n.clone(),
                safetensors::tensor::TensorView::new(dtype, s.clone(), b).unwrap(),
            )
        })
        .collect();
    std::fs::write(
        path,
        safetensors::serialize(views, None::<std::collections::HashMap<String, String>>).unwrap(),
    )
    .unwrap();
}

/// A token file of `n` ids below `vocab`.
pub fn token_file(tag: &str, n: usize, vocab: u64) -> PathBuf {
    let mut rng = Rng(99);
    let tokens: Vec<u8> = (0..n)
        .flat_map(|_| ((rng.next_u64() % vocab) as i64).to_le_bytes())
        .collect();
    let view =
        safetensors::tensor::TensorView::new(safetensors::Dtype::I64, vec![n], &tokens).unwrap();
    let p = tmp(&format!("{tag}-tokens.safetensors"));
    std::fs::write(
        &p,
        safetensors::serialize(
            [("tokens", view)],
            None::<std::collections::HashMap<String, String>>,
        )
        .unwrap(),
    )
    .unwrap();
    p
}

/// The float64 interpreter on `g` fed the way each mode feeds it, against the fixture's
/// expected values: (mode, error) for the stateless pass, a `prefill`-token prompt then one
/// token at a time (against `decode_logits`), and chunks of 7 and 64. One body for every
/// family's fixture test.
pub fn interpreter_mode_errors(
    g: &hyenac::graph::Graph,
    checkpoint: &Checkpoint,
    max_len: usize,
    tokens: &[i64],
    (logits, decode_logits): (&[f64], &[f64]),
    prefill: usize,
) -> Vec<(String, f64)> {
    use hyenac::interp::{normwise_rel_err, Session};
    let run = |calls: &[usize]| {
        let mut session = Session::new(g, checkpoint, max_len).unwrap();
        let mut out = Vec::new();
        let mut at = 0;
        for &c in calls {
            let m = session.run(&tokens[at..at + c], "logits").unwrap();
            out.extend(m.data);
            at += c;
        }
        out
    };
    let l = tokens.len();
    let mut errors = vec![(
        "stateless".to_string(),
        normwise_rel_err(&run(&[l]), logits),
    )];
    let mut calls = vec![prefill];
    calls.extend(std::iter::repeat_n(1, l - prefill));
    errors.push((
        "prefill + decode".into(),
        normwise_rel_err(&run(&calls), decode_logits),
    ));
    for c in [7, 64] {
        let mut calls = vec![c; l / c];
        if !l.is_multiple_of(c) {
            calls.push(l % c);
        }
        errors.push((
            format!("chunks of {c}"),
            normwise_rel_err(&run(&calls), logits),
        ));
    }
    errors
}

/// `hyenac run` of artifact `art` of fixture `name` in `mode` (extra options); the error
/// against the fixture's `reference` logits.
pub fn fixture_run_error(name: &str, art: &Path, mode: &[&str], reference: &str) -> f64 {
    let f = fixture_dir(name).join("expected.safetensors");
    // (the options may hold paths: only their file-name-safe characters name the output)
    let tag: String = mode
        .join("_")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let out = tmp(&format!("{name}-{tag}.safetensors"));
    let mut args = run_args(s(art), s(&f), s(&out));
    args.extend(mode);
    let (code, _, err) = hyenac(&args);
    assert_eq!(code, 0, "{err}");
    logits_error(&out, &f, reference)
}

/// `ptxas -arch=SM` accepts the PTX file `ptx` (`what` names it in the failure).
pub fn assert_ptxas_accepts(ptxas: &Path, sm: &str, ptx: &Path, what: &str) {
    let r = Command::new(ptxas)
        .args([&format!("-arch={sm}"), "-o", "/dev/null"])
        .arg(ptx)
        .output()
        .unwrap();
    assert!(
        r.status.success(),
        "{what} {sm}: {}",
        String::from_utf8_lossy(&r.stderr)
    );
}

/// The hidden states `hyenac run --hidden-out` writes for the artifact `art` of a fixture,
/// checked against the float64 interpreter on `graph` for every layer in `layers`: stateless
/// (hidden states alone, the LM head skipped) and in chunks of 5 next to the logits, each
/// ≤ 1e-5 normwise. Returns the stateless states by layer name, for the caller's own checks.
pub fn assert_hidden_states(
    art: &Path,
    expected: &Path,
    (graph, checkpoint, max_len): (&hyenac::graph::Graph, &Checkpoint, usize),
    layers: &[&str],
) -> BTreeMap<String, (Vec<usize>, Vec<f64>)> {
    use hyenac::interp::{normwise_rel_err, Session};
    let tokens = hyenac::tensor_io::read_tokens(expected).unwrap();
    let tag = art.file_stem().unwrap().to_string_lossy().to_string();
    let list = layers.join(",");
    let read = |path: &Path| -> BTreeMap<String, (Vec<usize>, Vec<f64>)> {
        layers
            .iter()
            .map(|l| {
                let t = hyenac::tensor_io::read_f64(path, l)
                    .unwrap()
                    .unwrap_or_else(|| panic!("{}: no tensor `{l}`", path.display()));
                (l.to_string(), t)
            })
            .collect()
    };
    let alone = tmp(&format!("{tag}-hidden.safetensors"));
    let args = [
        "run",
        s(art),
        "--tokens-file",
        s(expected),
        "--hidden-out",
        &list,
        "--hidden-file",
        s(&alone),
    ];
    let (code, out, err) = hyenac(&args);
    assert_eq!(code, 0, "{args:?}: {err}");
    assert!(out.contains("hidden states of"), "{out}");
    let chunked = tmp(&format!("{tag}-hidden-chunked.safetensors"));
    let logits = tmp(&format!("{tag}-hidden-logits.safetensors"));
    let mut args = run_args(s(art), s(expected), s(&logits));
    args.extend(["--chunk", "5", "--hidden-file", s(&chunked), "--hidden-out"]);
    args.extend(layers);
    let (code, _, err) = hyenac(&args);
    assert_eq!(code, 0, "{args:?}: {err}");
    let (a, c) = (read(&alone), read(&chunked));
    let mut session = Session::new(graph, checkpoint, max_len).unwrap();
    for l in layers {
        let want = session.run(&tokens, l).unwrap();
        session.reset();
        for (mode, got) in [("stateless", &a[*l]), ("chunks of 5", &c[*l])] {
            assert_eq!(got.0, [tokens.len(), want.cols], "{tag} {l} {mode}");
            let e = normwise_rel_err(&got.1, &want.data);
            eprintln!("{tag} hidden `{l}` {mode}: {e:.3e}");
            assert!(e <= 1e-5, "{tag} hidden `{l}` {mode}: {e:e}");
        }
    }
    a
}

/// `x · wᵀ` for `x` `[L, D]` and `w` `[V, D]` (the LM head), in f64.
pub fn times_transposed(x: &[f64], w: &[f32], d: usize) -> Vec<f64> {
    let v = w.len() / d;
    x.chunks(d)
        .flat_map(|row| {
            (0..v).map(move |j| {
                row.iter()
                    .zip(&w[j * d..(j + 1) * d])
                    .map(|(a, &b)| a * b as f64)
                    .sum::<f64>()
            })
        })
        .collect()
}
