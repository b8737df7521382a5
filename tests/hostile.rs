//! Hostile inputs, class by class (issue 12): non-finite values, manifest edits, CPU targets,
//! output paths, sizes and options, one weight reader. Every case asserts the exit code, the
//! single `error:` line naming the problem, no panic or signal, and that no input or earlier
//! output changed. The fuzz tests mutate artifacts and configs from a fixed seed and assert
//! "clean error or correct result".

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{fixture_dir, hyenac, model_cmd, run_args, s, tmp, Rng};

/// Exit 1, one `error:` line containing `needle`, no panic.
fn refused(args: &[&str], needle: &str) {
    let (code, _, err) = hyenac(args);
    assert_eq!(code, 1, "{args:?}: {err}");
    assert!(err.starts_with("error: "), "{args:?}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "`{needle}` not in: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The bytes of every file given, to check afterwards that none changed.
fn snapshot(paths: &[&Path]) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    paths
        .iter()
        .map(|p| (p.to_path_buf(), std::fs::read(p).ok()))
        .collect()
}

fn unchanged(before: &BTreeMap<PathBuf, Option<Vec<u8>>>) {
    for (p, bytes) in before {
        assert_eq!(&std::fs::read(p).ok(), bytes, "{} changed", p.display());
    }
}

fn gqa() -> (PathBuf, PathBuf, PathBuf) {
    let d = fixture_dir("tiny-gqa");
    (
        d.join("config.yml"),
        d.join("model.safetensors"),
        d.join("expected.safetensors"),
    )
}

/// Compiles tiny-gqa once per test binary (with weights, max 64 tokens) and returns a copy.
fn artifact(tag: &str) -> PathBuf {
    static ONCE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let src = ONCE.get_or_init(|| {
        let (cfg, w, _) = gqa();
        let out = tmp("hostile-base.hyx");
        common::compile_files(&cfg, &w, &out, &["--max-seqlen", "64"]);
        out
    });
    let p = tmp(&format!("{tag}.hyx"));
    std::fs::copy(src, &p).unwrap();
    p
}

/// A safetensors file with tiny-gqa's weights after `edit` (name → (shape, values)).
fn weights_with(
    tag: &str,
    edit: impl Fn(&mut BTreeMap<String, (Vec<usize>, Vec<f32>)>),
) -> PathBuf {
    let (_, w, _) = gqa();
    let bytes = std::fs::read(w).unwrap();
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let mut map: BTreeMap<String, (Vec<usize>, Vec<f32>)> = BTreeMap::new();
    for (name, t) in st.tensors() {
        let data = t
            .data()
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
            .collect();
        map.insert(name, (t.shape().to_vec(), data));
    }
    edit(&mut map);
    let raw: Vec<(String, Vec<usize>, Vec<u8>)> = map
        .into_iter()
        .map(|(n, (shape, d))| (n, shape, d.iter().flat_map(|x| x.to_le_bytes()).collect()))
        .collect();
    let p = tmp(&format!("{tag}.safetensors"));
    common::write_f32_tensors(&p, &raw);
    p
}

/// The weights `w` refused alike by `interpret`, `compile` and `run --weights` (on the
/// artifact `bare`, compiled without weights), with no output left behind.
fn refused_by_every_reader(w: &Path, bare: &Path, needle: &str) {
    let (cfg, _, t) = gqa();
    let (out, hyx) = (tmp("reader-out.safetensors"), tmp("reader-out.hyx"));
    let (w, t, cfg, out, hyx, bare) = (s(w), s(&t), s(&cfg), s(&out), s(&hyx), s(bare));
    let logits = ["--tokens-file", t, "--logits-out", out];
    let interpret = [&["interpret", "--config", cfg, "--weights", w][..], &logits].concat();
    refused(&interpret, needle);
    refused(
        &[
            "compile",
            "--config",
            cfg,
            "--weights",
            w,
            "--quiet",
            "-o",
            hyx,
        ],
        needle,
    );
    refused(
        &[&["run", bare, "--weights", w][..], &logits].concat(),
        needle,
    );
    assert!(!Path::new(out).exists() && !Path::new(hyx).exists());
}

/// tiny-gqa compiled without weights (max 64 tokens).
fn bare_artifact(tag: &str) -> PathBuf {
    let (cfg, _, _) = gqa();
    let bare = tmp(&format!("{tag}-bare.hyx"));
    let (code, _, err) = hyenac(&[
        "compile",
        "--config",
        s(&cfg),
        "--max-seqlen",
        "64",
        "--quiet",
        "-o",
        s(&bare),
    ]);
    assert_eq!(code, 0, "{err}");
    bare
}

// ---------------------------------------------------------------------------------------------
// 1. Non-finite values

#[test]
fn non_finite_values_are_never_a_small_error() {
    use hyenac::interp::normwise_rel_err;
    let want = vec![1.0, 2.0, 3.0];
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let e = normwise_rel_err(&[1.0, bad, 3.0], &want);
        // Fails every tolerance test: it is NaN, not a number at or below the tolerance.
        assert!(e.is_nan(), "{bad} gave {e}");
        assert!(normwise_rel_err(&want, &[bad, 2.0, 3.0]).is_nan());
    }
    assert!(normwise_rel_err(&[f64::NAN; 3], &want).is_nan());

    // A reference holding NaN: `run` says so and fails instead of printing an error.
    let (_, _, t) = gqa();
    let bytes = std::fs::read(&t).unwrap();
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let mut tensors: Vec<(String, safetensors::Dtype, Vec<usize>, Vec<u8>)> = st
        .tensors()
        .into_iter()
        .map(|(n, v)| (n, v.dtype(), v.shape().to_vec(), v.data().to_vec()))
        .collect();
    for (n, _, _, data) in &mut tensors {
        if n == "logits" {
            data[..8].copy_from_slice(&f64::NAN.to_le_bytes());
        }
    }
    let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = tensors
        .iter()
        .map(|(n, d, sh, b)| {
            (
                n.clone(),
                safetensors::tensor::TensorView::new(*d, sh.clone(), b).unwrap(),
            )
        })
        .collect();
    let nan_ref = tmp("nan-reference.safetensors");
    std::fs::write(
        &nan_ref,
        safetensors::serialize(views, None::<std::collections::HashMap<String, String>>).unwrap(),
    )
    .unwrap();
    let art = artifact("nan-ref");
    let out = tmp("nan-ref-logits.safetensors");
    refused(
        &run_args(s(&art), s(&nan_ref), s(&out)),
        "error against `logits`",
    );
    let (_, _, err) = hyenac(&run_args(s(&art), s(&nan_ref), s(&out)));
    assert!(
        err.contains("not finite: the reference holds NaN at index 0"),
        "{err}"
    );
}

#[test]
fn non_finite_weights_and_unstable_poles_are_refused_by_every_reader() {
    let (_, _, t) = gqa();
    let nan = weights_with("w-nan", |m| {
        m.get_mut("blocks.1.mlp.l2.weight").unwrap().1[37] = f32::NAN
    });
    let inf = weights_with("w-inf", |m| {
        m.get_mut("norm.scale").unwrap().1[3] = f32::INFINITY
    });
    let unstable = weights_with("w-pole", |m| {
        let p = &mut m.get_mut("blocks.0.filter.poles").unwrap().1;
        p[4] = 0.9;
        p[5] = 0.9;
    });
    let out = tmp("w-out.safetensors");
    let bare = bare_artifact("w");
    let before = snapshot(&[&nan, &inf, &unstable, &bare]);
    for (w, needle) in [
        (
            &nan,
            "tensor `blocks.1.mlp.l2.weight` holds a non-finite value (NaN) at index [1, 5]",
        ),
        (
            &inf,
            "tensor `norm.scale` holds a non-finite value (inf) at index [3]",
        ),
        (
            &unstable,
            "tensor `blocks.0.filter.poles` has an unstable pole 0.9+0.9i of modulus 1.2728",
        ),
    ] {
        refused_by_every_reader(w, &bare, needle);
    }
    // The explicit option accepts unstable poles (not non-finite values).
    let (code, _, err) = hyenac(
        &[
            &run_args(s(&bare), s(&t), s(&out))[..],
            &["--weights", s(&unstable), "--allow-unstable-poles"],
        ]
        .concat(),
    );
    assert_eq!(code, 0, "{err}");
    refused(
        &[
            "run",
            s(&bare),
            "--weights",
            s(&nan),
            "--tokens-file",
            s(&t),
            "--logits-out",
            s(&tmp("x.safetensors")),
            "--allow-unstable-poles",
        ],
        "non-finite",
    );
    // A pole far outside the circle, accepted on request, overflows within 48 tokens (30^48 >
    // f32's maximum): the logits are not finite, which is an error, and nothing is written.
    let exploding = weights_with("w-explode", |m| {
        let p = &mut m.get_mut("blocks.0.filter.poles").unwrap().1;
        p.iter_mut().step_by(2).for_each(|re| *re = 30.0);
    });
    let overflow = tmp("overflow.safetensors");
    refused(
        &[
            &run_args(s(&bare), s(&t), s(&overflow))[..],
            &["--weights", s(&exploding), "--allow-unstable-poles"],
        ]
        .concat(),
        "the computed logits are not finite",
    );
    assert!(!overflow.exists());
    unchanged(&before);
}

// ---------------------------------------------------------------------------------------------
// 6. One reader, one rule

#[test]
fn run_weights_follow_the_same_rules_as_compile_and_interpret() {
    let (_, _, t) = gqa();
    let extra = weights_with("w-extra", |m| {
        m.insert("blocks.0.surprise".into(), (vec![2], vec![1.0, 2.0]));
    });
    let partly = weights_with("w-prefix", |m| {
        let v = m.remove("norm.scale").unwrap();
        m.insert("backbone.norm.scale".into(), v);
    });
    let all = weights_with("w-allprefix", |m| {
        let old = std::mem::take(m);
        for (k, v) in old {
            m.insert(format!("backbone.{k}"), v);
        }
    });
    let bare = bare_artifact("rule");
    let out = tmp("rule-out.safetensors");
    for (w, needle) in [
        (&extra, "unexpected tensor `blocks.0.surprise`"),
        (&partly, "unexpected tensor `backbone.norm.scale`"),
    ] {
        refused_by_every_reader(w, &bare, needle);
    }
    // A consistently prefixed (Hugging Face) file is accepted by all three.
    let (code, _, err) = hyenac(
        &[
            &run_args(s(&bare), s(&t), s(&out))[..],
            &["--weights", s(&all)],
        ]
        .concat(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(common::logits_error(&out, &t, "logits") <= 1e-5);
}

// ---------------------------------------------------------------------------------------------
// 2. The artifact manifest

/// The manifest of artifact bytes as JSON, and the blobs after it.
fn split(bytes: &[u8]) -> (serde_json::Value, Vec<u8>) {
    let len = u64::from_le_bytes(bytes[12..20].try_into().unwrap()) as usize;
    let json = &bytes[28..28 + len];
    let start = (28 + len).div_ceil(64) * 64;
    (
        serde_json::from_slice(json).unwrap(),
        bytes[start..].to_vec(),
    )
}

/// Artifact bytes from a manifest and blobs, with a correct manifest checksum (as an editor
/// who knows the format would write them).
fn join(manifest: &serde_json::Value, blobs: &[u8]) -> Vec<u8> {
    let json = serde_json::to_vec(manifest).unwrap();
    let mut out = b"HYENACX\0".to_vec();
    out.extend(2u32.to_le_bytes());
    out.extend((json.len() as u64).to_le_bytes());
    out.extend(hyenac_runtime::artifact::checksum(&json).to_le_bytes());
    out.extend(&json);
    while !out.len().is_multiple_of(64) {
        out.push(0);
    }
    out.extend(blobs);
    out
}

/// Sets the JSON value at a `/`-separated path.
fn set(m: &mut serde_json::Value, path: &str, v: serde_json::Value) {
    *m.pointer_mut(path).unwrap_or_else(|| panic!("no {path}")) = v;
}

#[test]
fn edited_manifests_are_refused_with_the_field_they_got_wrong() {
    use serde_json::json;
    let art = artifact("manifest-src");
    let good = std::fs::read(&art).unwrap();
    let (_, _, t) = gqa();
    let (m0, blobs) = split(&good);
    // The symbol of a call that takes a part descriptor, a state and a constant, found by
    // looking (the exact plan is the compiler's business).
    let calls = m0["plan"]["calls"].as_array().unwrap();
    let with_const = calls
        .iter()
        .position(|c| {
            c["args"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a.get("Constant").is_some())
        })
        .unwrap();
    let const_arg = calls[with_const]["args"]
        .as_array()
        .unwrap()
        .iter()
        .position(|a| a.get("Constant").is_some())
        .unwrap();
    let n_consts = m0["constants"].as_array().unwrap().len();
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(&str, Edit, String)> = vec![
        ("vocab", Box::new(|m| set(m, "/plan/vocab", json!(1000))), "plan.vocab is 1000, the code was compiled for 61".into()),
        ("maxlen", Box::new(|m| set(m, "/plan/max_len", json!(1u64 << 40))), "plan.max_len is 1099511627776, the code was compiled for 64".into()),
        ("width", Box::new(|m| set(m, "/plan/activations/3", json!(1u64 << 20))), "plan.activations[3] is 1048576 columns".into()),
        ("symbol", Box::new(|m| set(m, "/plan/calls/0/symbol", json!("abort"))), "plan.calls[0].symbol: `abort` is not a kernel of this artifact's code".into()),
        ("const-index", Box::new(move |m| set(m, &format!("/plan/calls/{with_const}/args/{const_arg}"), json!({"Constant": 100000}))),
            format!("plan.calls[{with_const}].args[{const_arg}]: constant 100000 does not exist ({n_consts} constants)")),
        ("act-index", Box::new(|m| set(m, "/plan/calls/1/args/0", json!({"Activation": 99999}))), "plan.calls[1].args[0]: activation 99999 does not exist".into()),
        ("out-index", Box::new(|m| set(m, "/plan/calls/0/out", json!(99999))), "plan.calls[0].out: activation 99999 does not exist".into()),
        ("outputs", Box::new(|m| set(m, "/plan/outputs/0/1", json!(99999))), "plan.outputs[0] is `embedding_layer` in activation 99999".into()),
        ("state-rows", Box::new(|m| set(m, "/plan/states/0/rows", json!(1u64 << 50))), "plan.states[0] is Fir 1125899906842624×".into()),
        ("const-rows", Box::new(|m| set(m, "/constants/0/rows", json!(7))), "constant `".into()),
        ("const-huge", Box::new(|m| set(m, "/constants/0/rows", json!(1u64 << 60))), "constants[0] (`".into()),
        ("blob-offset", Box::new(|m| set(m, "/constants/1/blob/offset", json!(64))), "overlaps the previous one".into()),
        ("blob-unaligned", Box::new(|m| set(m, "/constants/1/blob/offset", json!(1_000_001))), "is not 64-byte aligned".into()),
        ("code-len", Box::new(|m| set(m, "/code/len", json!(1u64 << 62))), "truncated: code".into()),
        ("launch", Box::new(|m| set(m, "/plan/calls/0/launch", json!({"per_token": 1, "fixed": 0, "block": 1, "workspaces": [[0, 1000000000]]}))), "plan.calls[0].launch".into()),
        ("swap-args", Box::new(|m| {
            let a = m["plan"]["calls"][1]["args"].clone();
            let mut a = a.as_array().unwrap().clone();
            a.reverse();
            set(m, "/plan/calls/1/args", serde_json::Value::Array(a));
        }), "plan.calls[1].".into()),
        ("format", Box::new(|m| set(m, "/format_version", json!(7))), "manifest.format_version is 7".into()),
    ];
    for (tag, edit, needle) in cases {
        let mut m = m0.clone();
        edit(&mut m);
        let p = tmp(&format!("edited-{tag}.hyx"));
        std::fs::write(&p, join(&m, &blobs)).unwrap();
        let out = tmp(&format!("edited-{tag}.safetensors"));
        refused(&run_args(s(&p), s(&t), s(&out)), &needle);
        // `inspect` refuses the same way: never a panic.
        refused(&["inspect", s(&p)], &needle);
        assert!(!out.exists(), "{tag}");
    }
    // An unedited rewrite is accepted (the helper is faithful).
    let p = tmp("edited-none.hyx");
    std::fs::write(&p, join(&m0, &blobs)).unwrap();
    let (code, _, err) = hyenac(&run_args(s(&p), s(&t), s(&tmp("none.safetensors"))));
    assert_eq!(code, 0, "{err}");

    // Byte-level damage: the manifest's own checksum, trailing bytes, a truncated header.
    let code_start = good.len() - blobs.len();
    type Damage = Box<dyn Fn(&mut Vec<u8>)>;
    let cases: Vec<(&str, Damage, &str)> = vec![
        (
            "manifest-byte",
            Box::new(|b| b[40] ^= 0x01),
            "the manifest is corrupt (checksum mismatch)",
        ),
        (
            "trailing",
            Box::new(|b| b.extend_from_slice(b"tail")),
            "4 trailing bytes after the last blob",
        ),
        (
            "header",
            Box::new(|b| b.truncate(17)),
            "truncated header: 17 bytes, a header has 28",
        ),
        (
            "magic-prefix",
            Box::new(|b| b.truncate(5)),
            "truncated header",
        ),
        (
            "code-byte",
            Box::new(move |b| b[code_start + 100] ^= 0xff),
            "the code is corrupt (checksum mismatch)",
        ),
        (
            "old-version",
            Box::new(|b| b[8] = 1),
            "artifact format version 1; this runtime reads version 2",
        ),
    ];
    for (tag, edit, needle) in cases {
        let mut b = good.clone();
        edit(&mut b);
        let p = tmp(&format!("damaged-{tag}.hyx"));
        std::fs::write(&p, &b).unwrap();
        refused(&["inspect", s(&p)], needle);
    }
    // The digest printed by `compile` and `inspect` is the file's SHA-256.
    let (code, out, _) = hyenac(&["inspect", s(&art)]);
    assert_eq!(code, 0);
    let digest = hyenac_runtime::artifact::digest(&good);
    assert!(out.contains(&format!("sha256        {digest}")), "{out}");
    assert_eq!(digest.len(), 64);
}

/// Random damage to a good artifact (byte flips anywhere, and edits of the manifest's numbers
/// with its checksum fixed): every outcome is a clean error or a correct result, never a panic
/// or a signal (this runs in process, so a signal would end the test).
#[test]
fn fuzzed_artifacts_are_a_clean_error_or_a_correct_result() {
    let art = artifact("fuzz-src");
    let good = std::fs::read(&art).unwrap();
    let f = common::load("tiny-gqa");
    let (m0, blobs) = split(&good);
    // Every number and every non-empty array in the manifest, by JSON pointer (numbers are
    // replaced; array elements removed, duplicated or swapped).
    fn paths(
        v: &serde_json::Value,
        at: String,
        numbers: &mut Vec<String>,
        lists: &mut Vec<String>,
    ) {
        let children: Vec<(String, &serde_json::Value)> = match v {
            serde_json::Value::Number(_) => {
                numbers.push(at);
                return;
            }
            serde_json::Value::Array(a) => {
                if !a.is_empty() {
                    lists.push(at.clone());
                }
                a.iter()
                    .enumerate()
                    .map(|(i, x)| (i.to_string(), x))
                    .collect()
            }
            serde_json::Value::Object(o) => o.iter().map(|(k, x)| (k.clone(), x)).collect(),
            _ => return,
        };
        for (k, x) in children {
            paths(x, format!("{at}/{k}"), numbers, lists);
        }
    }
    let (mut fields, mut lists) = (Vec::new(), Vec::new());
    paths(&m0, String::new(), &mut fields, &mut lists);
    let mut rng = Rng(0x1234_5678);
    let (mut refused_n, mut ran) = (0, 0);
    let started = std::time::Instant::now();
    for case in 0..4000 {
        let bytes = if case % 4 == 3 {
            let mut m = m0.clone();
            let list = &lists[(rng.next_u64() % lists.len() as u64) as usize];
            let a = m.pointer_mut(list).unwrap().as_array_mut().unwrap();
            let i = (rng.next_u64() % a.len() as u64) as usize;
            let j = (rng.next_u64() % a.len() as u64) as usize;
            match rng.next_u64() % 3 {
                0 => {
                    a.remove(i);
                }
                1 => {
                    let x = a[i].clone();
                    a.insert(j, x);
                }
                _ => a.swap(i, j),
            }
            join(&m, &blobs)
        } else if case % 4 == 0 {
            let mut b = good.clone();
            for _ in 0..1 + rng.next_u64() % 3 {
                let i = (rng.next_u64() % b.len() as u64) as usize;
                b[i] ^= 1 << (rng.next_u64() % 8);
            }
            b
        } else {
            let mut m = m0.clone();
            let field = &fields[(rng.next_u64() % fields.len() as u64) as usize];
            let old = m.pointer(field).unwrap().as_u64().unwrap_or(0);
            let new = match rng.next_u64() % 6 {
                0 => 0,
                1 => old + 1,
                2 => old.saturating_sub(1),
                3 => 1 << (rng.next_u64() % 63),
                4 => u64::MAX,
                _ => rng.next_u64() % 1024,
            };
            *m.pointer_mut(field).unwrap() = serde_json::json!(new);
            join(&m, &blobs)
        };
        let outcome = std::panic::catch_unwind(|| {
            let file = hyenac_runtime::ArtifactFile::parse(bytes)?;
            let model = file.load()?;
            let (y, _) = model.forward(&f.tokens, "logits")?;
            Ok::<_, hyenac_runtime::RuntimeError>(y)
        });
        match outcome {
            Err(_) => panic!("case {case}: panic"),
            Ok(Err(e)) => {
                assert!(!e.to_string().is_empty());
                refused_n += 1;
            }
            Ok(Ok(y)) => {
                let e = hyenac::interp::normwise_rel_err(
                    &y.data.iter().map(|&x| x as f64).collect::<Vec<_>>(),
                    &f.logits,
                );
                assert!(e <= 1e-5, "case {case}: accepted but wrong ({e:e})");
                ran += 1;
            }
        }
    }
    eprintln!(
        "4000 mutated artifacts: {refused_n} refused, {ran} ran correctly, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(refused_n > 3000 && ran > 0);
}

// ---------------------------------------------------------------------------------------------
// 3. CPU targets

#[test]
fn artifacts_for_other_cpus_run_or_name_the_missing_features() {
    let (cfg, w, t) = gqa();
    // On any x86-64 machine here, one of these needs something this CPU lacks (AMD: AMX; Intel:
    // SSE4a) and the others run.
    let mut lacking = 0;
    for cpu in ["x86-64", "x86-64-v3", "znver4", "sapphirerapids"] {
        let out = tmp(&format!("cpu-{cpu}.hyx"));
        common::compile_files(&cfg, &w, &out, &["--cpu", cpu, "--max-seqlen", "64"]);
        let logits = tmp(&format!("cpu-{cpu}.safetensors"));
        let (code, _, err) = hyenac(&run_args(s(&out), s(&t), s(&logits)));
        let (icode, inspect, _) = hyenac(&["inspect", s(&out)]);
        assert_eq!(icode, 0);
        match code {
            0 => {
                assert!(common::logits_error(&logits, &t, "logits") <= 1e-5, "{cpu}");
                assert!(inspect.contains("this machine  can run it"), "{inspect}");
            }
            1 => {
                assert!(
                    err.contains(&format!("compiled for CPU `{cpu}`; this CPU lacks ")),
                    "{err}"
                );
                assert!(inspect.contains("cannot run it"), "{inspect}");
                lacking += 1;
            }
            other => panic!("{cpu}: exit {other} (a signal?): {err}"),
        }
    }
    assert!(lacking >= 1, "no CPU model lacked a feature here");
    let out = tmp("cpu-bad.hyx");
    refused(
        &[
            "compile",
            "--config",
            s(&cfg),
            "--cpu",
            "pentium-9000",
            "-o",
            s(&out),
        ],
        "unknown CPU model `pentium-9000`",
    );
    refused(
        &[
            "compile",
            "--config",
            s(&cfg),
            "--cpu",
            "i386",
            "-o",
            s(&out),
        ],
        "CPU model `i386` cannot run 64-bit code",
    );
    assert!(!out.exists());
    // An artifact that records no features is refused rather than trusted.
    let art = artifact("no-features");
    let (mut m, blobs) = split(&std::fs::read(&art).unwrap());
    set(&mut m, "/target/Cpu/features", serde_json::json!(""));
    std::fs::write(&art, join(&m, &blobs)).unwrap();
    refused(
        &run_args(s(&art), s(&t), s(&tmp("nf.safetensors"))),
        "records no CPU features",
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Output paths

#[test]
fn outputs_never_destroy_inputs() {
    let (cfg, w, t) = gqa();
    let art = artifact("outputs");
    let work = tmp("outputs-work");
    std::fs::create_dir_all(&work).unwrap();
    // Copies, so that a failure of this test cannot damage the fixtures.
    let (c2, w2, t2) = (
        work.join("config.yml"),
        work.join("model.safetensors"),
        work.join("t.safetensors"),
    );
    std::fs::copy(&cfg, &c2).unwrap();
    std::fs::copy(&w, &w2).unwrap();
    std::fs::copy(&t, &t2).unwrap();
    let linked = work.join("hardlink.safetensors");
    let _ = std::fs::remove_file(&linked);
    std::fs::hard_link(&t2, &linked).unwrap();
    let before = snapshot(&[&c2, &w2, &t2, &art]);
    let x = work.join("x.hyx");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            model_cmd("compile", (&c2, &w2), &["-o", s(&c2)]),
            "is the input",
        ),
        (
            model_cmd("compile", (&c2, &w2), &["-o", s(&w2)]),
            "is the input",
        ),
        (run_args(s(&art), s(&t2), s(&t2)), "is the input"),
        (run_args(s(&art), s(&t2), s(&linked)), "is the input"),
        (run_args(s(&art), s(&t2), s(&art)), "is the input"),
        (
            model_cmd(
                "interpret",
                (&c2, &w2),
                &["--tokens-file", s(&t2), "--logits-out", s(&w2)],
            ),
            "is the input",
        ),
        (
            model_cmd(
                "jit",
                (&c2, &w2),
                &["--tokens-file", s(&t2), "--logits-out", s(&t2)],
            ),
            "is the input",
        ),
        (
            vec!["ptx", "--config", s(&c2), "-o", s(&c2)],
            "is the input",
        ),
        (
            run_args(s(&art), s(&t2), "/dev/null"),
            "exists and is not a regular file",
        ),
        (
            run_args(s(&art), s(&t2), s(&work)),
            "exists and is not a regular file",
        ),
        (
            vec![
                "compile",
                "--config",
                s(&c2),
                "--dump-ir",
                s(&w2),
                "-o",
                s(&x),
            ],
            "exists and is not a folder",
        ),
    ];
    for (args, needle) in cases {
        refused(&args, needle);
        unchanged(&before);
    }
    // A failed compile leaves neither the output nor a temporary file, here or in TMPDIR.
    let scratch = work.join("tmpdir");
    std::fs::create_dir_all(&scratch).unwrap();
    let target = work.join("failed.hyx");
    let (code, _, _) = common::hyenac_env(
        &[
            "compile",
            "--config",
            s(&c2),
            "--weights",
            s(&t2),
            "-o",
            s(&target),
        ],
        &[("TMPDIR", s(&scratch))],
    );
    assert_eq!(code, 1);
    assert!(!target.exists());
    let left: Vec<_> = std::fs::read_dir(&work)
        .unwrap()
        .chain(std::fs::read_dir(&scratch).unwrap())
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("tmp") && n != "tmpdir" || n.starts_with("hyenac-"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    // A successful run leaves nothing in TMPDIR either (the code is loaded from memory).
    let out = work.join("logits.safetensors");
    let (code, _, err) = common::hyenac_env(
        &run_args(s(&art), s(&t2), s(&out)),
        &[("TMPDIR", s(&scratch))],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_dir(&scratch).unwrap().count(), 0);
    unchanged(&before);
}

// ---------------------------------------------------------------------------------------------
// 5. Sizes and options

#[test]
fn oversized_configs_are_refused_before_anything_is_allocated() {
    let base = std::fs::read_to_string(gqa().0).unwrap();
    // Replaces `key: value` (and the `- item` lines of a list value).
    let set_key = |key: &str, value: &str| -> String {
        let mut out = Vec::new();
        let mut in_list = false;
        for l in base.lines() {
            if l.starts_with(&format!("{key}:")) {
                out.push(format!("{key}: {value}"));
                in_list = true;
            } else if in_list && l.starts_with("- ") {
            } else {
                in_list = false;
                out.push(l.to_string());
            }
        }
        out.join("\n") + "\n"
    };
    let huge = (1u64 << 40).to_string();
    let mut cases: Vec<(&str, String, String)> = [
        "inner_mlp_size",
        "max_seqlen",
        "state_size",
        "vocab_size",
        "short_filter_length",
    ]
    .into_iter()
    .map(|key| {
        (
            key,
            set_key(key, &huge),
            format!("`{key}` has invalid value 1099511627776: larger than the limit of"),
        )
    })
    .collect();
    cases.extend([
        (
            "layers",
            set_key("num_layers", &huge),
            "`num_layers` has invalid value 1099511627776: larger than the limit of 1024".into(),
        ),
        (
            "hidden",
            set_key("hidden_size", &huge),
            "`hidden_size` has invalid value 1099511627776: larger than the limit of 65536".into(),
        ),
        (
            "params",
            set_key("vocab_size", "16000000")
                .replace("hidden_size: 32", "hidden_size: 65536")
                .replace("num_filters: 32", "num_filters: 65536")
                .replace("num_attention_heads: 4", "num_attention_heads: 64"),
            "parameters, more than the limit of 2^38".into(),
        ),
        (
            "activation",
            set_key("max_seqlen", "16777216").replace("vocab_size: 61", "vocab_size: 8000000"),
            "more than the limit of 2^36".into(),
        ),
        (
            "hyena-range",
            set_key("hyena_layer_idxs", "[0, 2, 40]"),
            "`hyena_layer_idxs` has invalid value 40: index out of range for num_layers = 4".into(),
        ),
        (
            "short-layers",
            set_key("num_layers", "2"),
            "index out of range for num_layers = 2".into(),
        ),
        (
            "twice",
            set_key("hyena_layer_idxs", "[0, 0, 2]"),
            "layer is listed twice".into(),
        ),
        ("negative", set_key("num_layers", "-3"), "num_layers".into()),
    ]);
    let (_, w, t) = gqa();
    let out = tmp("big-out.hyx");
    for (tag, text, needle) in &cases {
        let p = tmp(&format!("big-{tag}.yml"));
        std::fs::write(&p, text).unwrap();
        refused(&["graph", "--config", s(&p)], needle);
        refused(&["compile", "--config", s(&p), "-o", s(&out)], needle);
        refused(
            &common::model_args("interpret", s(&p), s(&w), s(&t), s(&tmp("big.safetensors"))),
            needle,
        );
    }
    // A 7 MB config of a million list entries: refused by its size before it is parsed (at
    // most 1 MiB + 1 byte is read).
    let started = std::time::Instant::now();
    let mut big = base.clone();
    big.push_str("extra_list:\n");
    while big.len() < 7 << 20 {
        big.push_str("- 123456789\n");
    }
    let p = tmp("big-file.yml");
    std::fs::write(&p, &big).unwrap();
    refused(
        &["graph", "--config", s(&p)],
        "larger than 1024 KiB: not a model config",
    );
    eprintln!(
        "7 MiB config refused in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    assert!(!out.exists());
}

#[test]
fn bad_options_are_named() {
    let (cfg, w, t) = gqa();
    let art = artifact("options");
    let out = tmp("opt-out.safetensors");
    let before = snapshot(&[&art]);
    let gen = |extra: &[&str]| {
        let mut a = vec!["generate", s(&art), "--prompt-tokens", "1,2,3"];
        a.extend_from_slice(extra);
        a.iter().map(|x| x.to_string()).collect::<Vec<_>>()
    };
    let max = u64::MAX.to_string();
    let near = (u64::MAX - 1).to_string();
    for (args, needle) in [
        (
            gen(&["--max-new-tokens", &max]),
            "sequence too long".to_string(),
        ),
        (
            gen(&["--max-new-tokens", &near]),
            "sequence too long".to_string(),
        ),
        (gen(&["--top-p", "0"]), "--top-p 0".to_string()),
        (gen(&["--temperature=-1"]), "--temperature -1".to_string()),
    ] {
        let a: Vec<&str> = args.iter().map(|x| x.as_str()).collect();
        refused(&a, &needle);
    }
    let huge = (1u64 << 62).to_string();
    refused(
        &["inspect", s(&art), "--seqlen", &huge],
        "--seqlen 4611686018427387904: must be between 1 and 64",
    );
    refused(&["inspect", s(&art), "--seqlen", "0"], "--seqlen 0");
    refused(
        &["explain", "--config", s(&cfg), "--seqlen", &huge],
        "--seqlen 4611686018427387904: must be between 1 and 16777216",
    );
    refused(
        &[
            "ptx",
            "--config",
            s(&cfg),
            "--seqlen",
            &huge,
            "-o",
            s(&tmp("x.ptx")),
        ],
        "--seqlen 4611686018427387904",
    );
    refused(
        &[
            &common::model_args("jit", s(&cfg), s(&w), s(&t), s(&out))[..],
            &["--seqlen", &huge],
        ]
        .concat(),
        "sequence too long",
    );
    for bad in ["0", "abc", "10000", "-2"] {
        let (code, _, err) = common::hyenac_env(
            &run_args(s(&art), s(&t), s(&out)),
            &[("HYENAC_THREADS", bad)],
        );
        assert_eq!(code, 1, "{bad}: {err}");
        assert!(
            err.contains(&format!(
                "HYENAC_THREADS={bad}: must be a whole number from 1 to 1024"
            )),
            "{err}"
        );
        assert!(!err.contains("panicked"));
    }
    let (code, _, err) = common::hyenac_env(
        &run_args(s(&art), s(&t), s(&out)),
        &[("HYENAC_THREADS", "3")],
    );
    assert_eq!(code, 0, "{err}");
    let base = serde_json::to_value(hyenac::rewrite::cost::CostModel::cpu()).unwrap();
    for (field, value, needle) in [
        (
            "bandwidth",
            serde_json::json!(-1.0),
            "`bandwidth` is -1: must be a finite number > 0",
        ),
        ("flops", serde_json::json!(0.0), "`flops` is 0"),
        ("launch", serde_json::json!(1e300), "`launch` is 1e300"),
        (
            "lanes",
            serde_json::json!(0.5),
            "`lanes` is 0.5: must be at least 1",
        ),
    ] {
        let mut m = base.clone();
        m[field] = value;
        let p = tmp(&format!("cost-{field}.json"));
        std::fs::write(&p, serde_json::to_string(&m).unwrap()).unwrap();
        refused(
            &["explain", "--config", s(&cfg), "--cost-model", s(&p)],
            needle,
        );
    }
    unchanged(&before);
}

/// Random line edits of a good config: parsing and graph building are a clean error or a
/// result, never a panic.
#[test]
fn fuzzed_configs_are_a_clean_error_or_a_graph() {
    let base = std::fs::read_to_string(gqa().0).unwrap();
    let lines: Vec<&str> = base.lines().collect();
    let mut rng = Rng(0xC0FFEE);
    let values = [
        "0",
        "1",
        "-1",
        "3",
        "7",
        "64",
        "4096",
        "1e9",
        "18446744073709551615",
        "99999999999999999999",
        "[]",
        "[0]",
        "[0, 1, 2, 3, 99]",
        "true",
        "null",
        "nan",
        "\"x\"",
        "{a: 1}",
        "0.5",
        "-0.0",
    ];
    let (mut ok, mut err) = (0, 0);
    for case in 0..3000 {
        let mut l: Vec<String> = lines.iter().map(|x| x.to_string()).collect();
        for _ in 0..1 + rng.next_u64() % 3 {
            let i = (rng.next_u64() % l.len() as u64) as usize;
            match rng.next_u64() % 4 {
                0 => {
                    l.remove(i);
                }
                1 => {
                    let key = l[i].split(':').next().unwrap_or("").to_string();
                    l[i] = format!(
                        "{key}: {}",
                        values[(rng.next_u64() % values.len() as u64) as usize]
                    );
                }
                2 => {
                    let dup = l[i].clone();
                    l.insert(i, dup);
                }
                _ => {
                    let mut b = l[i].clone().into_bytes();
                    if !b.is_empty() {
                        let j = (rng.next_u64() % b.len() as u64) as usize;
                        b[j] = b"0123456789:-[] ax"[(rng.next_u64() % 17) as usize];
                    }
                    l[i] = String::from_utf8_lossy(&b).into_owned();
                }
            }
        }
        let text = l.join("\n");
        let r = std::panic::catch_unwind(|| {
            hyenac_models::Config::from_yaml(&text)
                .map_err(|e| e.to_string())
                .and_then(|c| {
                    hyenac::build_graph(&c)
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                })
        });
        match r {
            Err(_) => panic!("case {case} panicked on:\n{text}"),
            Ok(Ok(())) => ok += 1,
            Ok(Err(e)) => {
                assert!(!e.is_empty());
                err += 1;
            }
        }
    }
    eprintln!("3000 mutated configs: {ok} built, {err} refused");
    assert!(err > 0 && ok > 0);
}
