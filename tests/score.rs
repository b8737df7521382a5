//! `hyenac score`: per-token log-likelihoods of a sequence against the log-softmax of the
//! golden fixture's float64 logits (an independent reference), one pass and chunked, and the
//! refusals.

mod common;

use common::{fixture_dir, hyenac, s, tmp};

/// The `logprob` column and the `# total logprob` of `score`'s output.
fn parse(out: &str) -> (Vec<f64>, f64) {
    let mut lps = Vec::new();
    let mut total = f64::NAN;
    for line in out.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if line.starts_with("# total logprob") {
            total = cols[1].parse().unwrap();
        } else if !line.starts_with('#') {
            lps.push(cols.last().unwrap().parse().unwrap());
        }
    }
    (lps, total)
}

#[test]
fn score_is_the_log_softmax_of_the_fixture_logits() {
    let name = "hyenadna-tiny";
    let dir = fixture_dir(name);
    let expected = dir.join("expected.safetensors");
    let art = tmp("score-hyenadna-tiny.hyx");
    common::compile_files(
        &dir.join("config.json"),
        &dir.join("model.safetensors"),
        &art,
        &[],
    );
    let tokens = hyenac::tensor_io::read_tokens(&expected).unwrap();
    let (shape, logits) = hyenac::tensor_io::read_f64(&expected, "logits")
        .unwrap()
        .unwrap();
    let v = shape[1];
    // log p(token[i+1] | ..=i) from the reference's row i.
    let want: Vec<f64> = (0..tokens.len() - 1)
        .map(|r| {
            let row = &logits[r * v..(r + 1) * v];
            let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let lse = m + row.iter().map(|x| (x - m).exp()).sum::<f64>().ln();
            row[tokens[r + 1] as usize] - lse
        })
        .collect();
    for mode in [vec![], vec!["--chunk", "7"]] {
        let mut a = vec!["score", s(&art), "--tokens-file", s(&expected)];
        a.extend(&mode);
        let (code, out, err) = hyenac(&a);
        assert_eq!(code, 0, "{err}");
        assert!(out.starts_with("position\tid\ttoken\tlogprob\n"), "{out}");
        let (got, total) = parse(&out);
        assert_eq!(got.len(), tokens.len() - 1, "{mode:?}");
        let e = hyenac::interp::normwise_rel_err(&got, &want);
        eprintln!("{name} score {mode:?}: {e:.3e}");
        assert!(e <= 1e-5, "{mode:?}: {e:e}");
        let sum: f64 = want.iter().sum();
        assert!(
            (total - sum).abs() <= 1e-5 * sum.abs(),
            "{total} against {sum}"
        );
    }
}

#[test]
fn score_refusals() {
    let dir = fixture_dir("hyenadna-tiny");
    let art = tmp("score-refusals.hyx");
    common::compile_files(
        &dir.join("config.json"),
        &dir.join("model.safetensors"),
        &art,
        &[],
    );
    let one = tmp("score-one.txt");
    std::fs::write(&one, "").unwrap();
    // The empty text is `[SEP]` alone: one token, nothing to score.
    common::assert_error(
        &["score", s(&art), "--text-file", s(&one)],
        "nothing to score",
    );
    let expected = dir.join("expected.safetensors");
    common::assert_error(
        &[
            "score",
            s(&art),
            "--tokens-file",
            s(&expected),
            "--chunk",
            "0",
        ],
        "--chunk 0",
    );
}
