//! Text in and out through an artifact's tokenizer: StripedHyena's Hugging Face file embedded
//! with `compile --tokenizer` (its golden ids from `tests/fixtures/tokenizers/README.md`,
//! Python `tokenizers` 0.23.3), HyenaDNA's built-in characters; `generate --prompt` streaming
//! text with stop strings, `run --text-file`, and the refusals.

mod common;

use std::path::{Path, PathBuf};

use common::{hyenac, s, tmp};

fn tokenizer_file() -> PathBuf {
    common::fixture_dir("tokenizers").join("stripedhyena-tokenizer.json")
}

/// A random StripedHyena model with StripedHyena's 32000-id vocabulary, compiled with its
/// tokenizer (`tag` apart per test: the tests run at once).
fn striped_with_tokenizer(tag: &str) -> PathBuf {
    let (cfg, w) = common::random_model_files(tag, &[("vocab_size", "32000")]);
    let art = tmp(&format!("{tag}.hyx"));
    let tok = tokenizer_file();
    common::compile_files(&cfg, &w, &art, &["--tokenizer", s(&tok)]);
    art
}

/// The ids `generate` reports on stderr.
fn generated_ids(stderr: &str) -> Vec<i64> {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("generated "))
        .unwrap_or_else(|| panic!("{stderr}"));
    let ids = line.rsplit(": ").next().unwrap();
    ids.split(',').map(|x| x.parse().unwrap()).collect()
}

fn tokens_file(tag: &str, ids: &[i64]) -> PathBuf {
    let p = tmp(&format!("{tag}-tokens.safetensors"));
    let bytes: Vec<u8> = ids.iter().flat_map(|x| x.to_le_bytes()).collect();
    common::write_tensors(
        &p,
        safetensors::Dtype::I64,
        &[("tokens".into(), vec![ids.len()], bytes)],
    );
    p
}

fn logits(path: &Path) -> (Vec<usize>, Vec<f64>) {
    hyenac::tensor_io::read_f64(path, "logits")
        .unwrap()
        .unwrap()
}

/// The embedded file: `inspect` names it; a text prompt is the golden ids, the printed text
/// is the decoding of the ids generated, and a stop string cuts it.
#[test]
fn striped_hyena_text_prompt_generates_text() {
    let art = striped_with_tokenizer("tok-sh-generate");
    let (code, info, err) = hyenac(&["inspect", s(&art)]);
    assert_eq!(code, 0, "{err}");
    assert!(
        info.contains("Hugging Face tokenizer.json (BPE, 32000 ids, end of sequence 2)"),
        "{info}"
    );
    let gen = |extra: &[&str]| {
        let mut a = vec!["generate", s(&art), "--max-new-tokens", "12"];
        a.extend_from_slice(extra);
        let (code, out, err) = hyenac(&a);
        assert_eq!(code, 0, "{a:?}: {err}");
        (out, err)
    };
    let (text, err) = gen(&["--prompt", "Hello world", "--ignore-eos"]);
    let ids = generated_ids(&err);
    assert_eq!(ids.len(), 12, "{err}");
    // The same continuation from the golden ids of the prompt.
    let (by_ids, _) = gen(&["--prompt-tokens", "1,22557,1526"]);
    let want: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    assert_eq!(by_ids.trim_end(), want.join(","));
    // The text is the file's decoding of those ids (specials left out).
    let json = std::fs::read_to_string(tokenizer_file()).unwrap();
    let t = hyenac_runtime::Tokenizer::from_hf_json(json, 32000).unwrap();
    let decoded = t.decode(&ids);
    assert_eq!(text.strip_suffix('\n').unwrap(), decoded);
    // A stop string taken from the middle of that text: what comes before it is printed.
    let chars: Vec<char> = decoded.chars().collect();
    if chars.len() >= 4 {
        let mid = chars.len() / 2;
        let stop: String = chars[mid..mid + 2].iter().collect();
        let (cut, err) = gen(&["--prompt", "Hello world", "--ignore-eos", "--stop", &stop]);
        let before = &decoded[..decoded.find(&stop).unwrap()];
        assert_eq!(cut.strip_suffix('\n').unwrap(), before, "{stop:?}");
        assert!(err.contains("(stop string)"), "{err}");
    }
}

/// `run --text-file` encodes as the model's code does (`<s>` first): the logits of the golden
/// ids.
#[test]
fn run_text_file_equals_its_token_ids() {
    let art = striped_with_tokenizer("tok-sh-run");
    let text = tmp("tok-sh-text.txt");
    std::fs::write(&text, "Hello world").unwrap();
    let by_text = tmp("tok-sh-text-logits.safetensors");
    let (code, _, err) = hyenac(&[
        "run",
        s(&art),
        "--text-file",
        s(&text),
        "--logits-out",
        s(&by_text),
    ]);
    assert_eq!(code, 0, "{err}");
    let ids = tokens_file("tok-sh-golden", &[1, 22557, 1526]);
    let by_ids = tmp("tok-sh-ids-logits.safetensors");
    let (code, _, err) = hyenac(&common::run_args(s(&art), s(&ids), s(&by_ids)));
    assert_eq!(code, 0, "{err}");
    let (shape, a) = logits(&by_text);
    assert_eq!(shape, [3, 32000]);
    assert_eq!(a, logits(&by_ids).1);
    // Not UTF-8: refused, naming the file and the byte.
    std::fs::write(&text, b"AC\xffGT").unwrap();
    common::assert_error(
        &[
            "run",
            s(&art),
            "--text-file",
            s(&text),
            "--logits-out",
            s(&by_text),
        ],
        "not UTF-8 (byte 2)",
    );
}

/// HyenaDNA's characters are built in: `ACGT` is 7, 8, 9, 10 and a sequence ends in `[SEP]`;
/// generated ids print as bases.
#[test]
fn hyenadna_characters_built_in() {
    let dir = common::fixture_dir("hyenadna-tiny");
    let art = tmp("tok-hyenadna.hyx");
    common::compile_files(
        &dir.join("config.json"),
        &dir.join("model.safetensors"),
        &art,
        &[],
    );
    let (_, info, _) = hyenac(&["inspect", s(&art)]);
    assert!(
        info.contains("characters `ACGTN` from id 7 (unknown 6, end of sequence 1)"),
        "{info}"
    );
    let text = tmp("tok-hyenadna.txt");
    std::fs::write(&text, "ACGTa").unwrap();
    let by_text = tmp("tok-hyenadna-text-logits.safetensors");
    let (code, _, err) = hyenac(&[
        "run",
        s(&art),
        "--text-file",
        s(&text),
        "--logits-out",
        s(&by_text),
    ]);
    assert_eq!(code, 0, "{err}");
    let ids = tokens_file("tok-hyenadna-ids", &[7, 8, 9, 10, 6, 1]);
    let by_ids = tmp("tok-hyenadna-ids-logits.safetensors");
    let (code, _, err) = hyenac(&common::run_args(s(&art), s(&ids), s(&by_ids)));
    assert_eq!(code, 0, "{err}");
    assert_eq!(logits(&by_text), logits(&by_ids));
    let (code, out, err) = hyenac(&[
        "generate",
        s(&art),
        "--prompt",
        "ACGTACGT",
        "--max-new-tokens",
        "8",
        "--ignore-eos",
    ]);
    assert_eq!(code, 0, "{err}");
    let ids = generated_ids(&err);
    let t = hyenac_runtime::Tokenizer::hyenadna(16);
    assert_eq!(out.strip_suffix('\n').unwrap(), t.decode(&ids), "{err}");
}

/// Refusals: a tokenizer with more ids than the model, a file that is not one, text options
/// on an artifact without a tokenizer. Nothing is written.
#[test]
fn tokenizer_refusals() {
    let (cfg, w) = common::random_model_files("tok-small", &[]);
    let art = tmp("tok-small.hyx");
    let _ = std::fs::remove_file(&art);
    let tok = tokenizer_file();
    let args = |t: &Path| {
        vec![
            "compile".to_string(),
            "--config".into(),
            s(&cfg).into(),
            "--weights".into(),
            s(&w).into(),
            "--tokenizer".into(),
            s(t).into(),
            "-o".into(),
            s(&art).into(),
        ]
    };
    let a = args(&tok);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    common::assert_error(
        &a,
        "the tokenizer has 32000 ids, the model's vocabulary only",
    );
    let bad = tmp("tok-bad.json");
    std::fs::write(&bad, "{\"model\": 3}").unwrap();
    let b = args(&bad);
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    common::assert_error(&b, "--tokenizer");
    assert!(!art.exists(), "a refused compile wrote {}", art.display());
    // No tokenizer: text is refused by name.
    common::compile_files(&cfg, &w, &art, &[]);
    common::assert_error(
        &["generate", s(&art), "--prompt", "hi"],
        "has no tokenizer (pass token ids with --prompt-tokens, or compile with --tokenizer)",
    );
    common::assert_error(
        &["generate", s(&art), "--prompt-tokens", "1,2", "--stop", "x"],
        "--stop needs a text prompt",
    );
}
