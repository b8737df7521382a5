//! Compiled prefill, decode and chunked prefill: generated kernels that carry the state
//! (FIR histories, f64 modal states, key/value caches) between calls, against the fixtures'
//! `decode_logits` and against the one-shot forward pass.

mod common;

use common::{load, FIXTURES};
use hyenac::build_graph;
use hyenac::codegen::cpu::CpuProgram;
use hyenac::interp::normwise_rel_err;
use hyenac::rewrite::cost::CostModel;
use hyenac::rewrite::{optimize, OptimizeOptions};

/// Feeds `tokens` in calls of the given lengths from a fresh state; the logits of all calls.
fn run_in_calls(p: &CpuProgram, tokens: &[i64], calls: &[usize]) -> Vec<f64> {
    let mut state = p.new_state().unwrap();
    let mut out = Vec::new();
    let mut at = 0;
    for &c in calls {
        let y = p
            .run_with(&mut state, &tokens[at..at + c], "logits")
            .unwrap();
        assert_eq!(y.rows, c);
        out.extend(y.data);
        at += c;
    }
    assert_eq!(at, tokens.len());
    assert_eq!(state.position(), tokens.len());
    out
}

/// `len` split into chunks of `c` (the last one shorter).
fn chunks(len: usize, c: usize) -> Vec<usize> {
    (0..len).step_by(c).map(|s| c.min(len - s)).collect()
}

fn program(f: &common::Fixture) -> CpuProgram {
    let g = build_graph(&f.config).unwrap();
    let opts = OptimizeOptions::new(CostModel::cpu(), f.tokens.len());
    let forward = optimize(&g, &opts).unwrap();
    let step = optimize(&g, &opts.for_state()).unwrap();
    CpuProgram::compile_with_step(
        &forward.graph,
        Some(&step.graph),
        &f.checkpoint,
        f.tokens.len(),
        None,
    )
    .unwrap()
}

#[test]
fn prefill_then_decode_matches_the_fixtures() {
    for name in FIXTURES {
        let f = load(name);
        let p = program(&f);
        let l = f.tokens.len();
        let mut calls = vec![f.prefill_len];
        calls.extend(std::iter::repeat_n(1, l - f.prefill_len));
        let y = run_in_calls(&p, &f.tokens, &calls);
        let e = normwise_rel_err(&y, &f.decode_logits);
        eprintln!(
            "{name}: compiled prefill {} + {} decode steps vs decode_logits: {e:.3e}",
            f.prefill_len,
            l - f.prefill_len
        );
        assert!(e <= 1e-5, "{name}: {e:e}");
    }
}

#[test]
fn chunked_prefill_is_chunk_invariant() {
    for name in FIXTURES {
        let f = load(name);
        let p = program(&f);
        let l = f.tokens.len();
        let whole = p.run(&f.tokens, "logits").unwrap().data;
        for c in [1, 7, 64, l] {
            let y = run_in_calls(&p, &f.tokens, &chunks(l, c));
            let e_whole = normwise_rel_err(&y, &whole);
            let e_expected = normwise_rel_err(&y, &f.logits);
            eprintln!(
                "{name}: chunks of {c}: vs one call {e_whole:.3e}, vs expected {e_expected:.3e}"
            );
            assert!(e_whole <= 1e-5, "{name} chunks of {c}: {e_whole:e}");
            assert!(e_expected <= 1e-5, "{name} chunks of {c}: {e_expected:e}");
        }
    }
}

fn compile_fixture(name: &str, out: &std::path::Path, max_len: &str) {
    let dir = common::fixture_dir(name);
    let (code, _, err) = common::hyenac(&[
        "compile",
        "--config",
        common::s(&dir.join("config.yml")),
        "--weights",
        common::s(&dir.join("model.safetensors")),
        "--max-seqlen",
        max_len,
        "--quiet",
        "-o",
        common::s(out),
    ]);
    assert_eq!(code, 0, "{err}");
}

/// Greedy generation through the artifact picks, at every step, the argmax of the float64
/// interpreter's stateless logits over the prompt and what was generated so far.
#[test]
fn greedy_generation_follows_the_interpreter() {
    let art = common::tmp("generate-gqa.hyx");
    compile_fixture("tiny-gqa", &art, "64");
    let prompt = [5i64, 17, 3, 42];
    let (code, out, err) = common::hyenac(&[
        "generate",
        common::s(&art),
        "--prompt-tokens",
        "5,17,3,42",
        "--max-new-tokens",
        "12",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("tokens/s") && err.contains("state memory"),
        "{err}"
    );
    let generated: Vec<i64> = out.trim().split(',').map(|t| t.parse().unwrap()).collect();
    assert_eq!(generated.len(), 12);
    let f = load("tiny-gqa");
    let g = build_graph(&f.config).unwrap();
    let mut seq = prompt.to_vec();
    seq.extend(&generated[..11]);
    let mut session = hyenac::interp::Session::new(&g, &f.checkpoint, 64).unwrap();
    let y = session.run(&seq, "logits").unwrap();
    for (i, &tok) in generated.iter().enumerate() {
        let row = &y.data[(prompt.len() - 1 + i) * y.cols..][..y.cols];
        let mut order: Vec<usize> = (0..y.cols).collect();
        order.sort_by(|&a, &b| row[b].total_cmp(&row[a]));
        // A near-tie could flip in float32; the fixture's margins are far larger.
        assert!(row[order[0]] - row[order[1]] > 1e-4, "step {i}: near-tie");
        assert_eq!(tok, order[0] as i64, "step {i}");
    }
}

#[test]
fn sampling_is_deterministic_per_seed_and_stops_at_the_stop_token() {
    let art = common::tmp("sample-gqa.hyx");
    compile_fixture("tiny-gqa", &art, "64");
    let sample = |seed: &str, extra: &[&str]| {
        let mut args = vec![
            "generate",
            common::s(&art),
            "--prompt-tokens",
            "1,2",
            "--max-new-tokens",
            "20",
            "--temperature",
            "1.5",
            "--top-k",
            "40",
            "--top-p",
            "0.95",
            "--seed",
            seed,
        ];
        args.extend_from_slice(extra);
        let (code, out, err) = common::hyenac(&args);
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    };
    let a = sample("7", &[]);
    assert_eq!(a, sample("7", &[]));
    assert_ne!(a, sample("8", &[]));
    // Stop at the third token drawn with seed 7.
    let third = a.split(',').nth(2).unwrap().to_string();
    let stopped = sample("7", &["--stop-token", &third]);
    let cut = a.split(',').position(|t| t == third).unwrap() + 1;
    assert_eq!(
        stopped,
        a.split(',').take(cut).collect::<Vec<_>>().join(",")
    );
}

#[test]
fn bad_generation_requests_are_clear_errors() {
    let art = common::tmp("bad-gen-gqa.hyx");
    compile_fixture("tiny-gqa", &art, "16");
    let a = common::s(&art);
    common::assert_error(
        &[
            "generate",
            a,
            "--prompt-tokens",
            "1,2,3",
            "--max-new-tokens",
            "15",
        ],
        "sequence too long",
    );
    common::assert_error(
        &[
            "generate",
            a,
            "--prompt-tokens",
            "1,999",
            "--max-new-tokens",
            "4",
        ],
        "token 999 at position 1 is out of range",
    );
    common::assert_error(
        &["generate", a, "--prompt-tokens", "1", "--top-p", "0"],
        "--top-p 0",
    );
    common::assert_error(
        &["generate", a, "--prompt-tokens", "1", "--temperature=-1"],
        "--temperature -1",
    );
    // A token file longer than the artifact, chunked: the chunk that crosses the end fails.
    let t = common::fixture_dir("tiny-gqa").join("expected.safetensors");
    let out = common::tmp("never-chunked.safetensors");
    common::assert_error(
        &[
            "run",
            a,
            "--tokens-file",
            common::s(&t),
            "--logits-out",
            common::s(&out),
            "--chunk",
            "4",
        ],
        "sequence too long",
    );
    assert!(!out.exists(), "no logits file after a failed run");
}
