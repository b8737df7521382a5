//! `hyenac serve` with a real HTTP client (a small HTTP/1.1 one over `TcpStream`): a
//! completion equals `hyenac generate` on the same ids and prints as their decoding, the
//! stream equals the whole, concurrent requests equal the same requests alone, the API key,
//! the error statuses in OpenAI's shape, a full server answering 503, a client that goes away
//! freeing its slot, and SIGTERM ending the server cleanly.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{hyenac, s, tmp};
use serde_json::{json, Value};

const KEY: &str = "test-key-0123";

/// A running server; killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(art: &Path, extra: &[&str]) -> Server {
    let stem = art.file_stem().unwrap().to_string_lossy();
    let key = tmp(&format!("{stem}-key.txt"));
    std::fs::write(&key, format!("{KEY}\n")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hyenac"))
        .args(["serve", s(art), "--port", "0", "--api-key-file", s(&key)])
        .args(extra)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("{line}"))
        .to_string();
    // Keep draining stderr so the server never blocks on it.
    std::thread::spawn(move || {
        let mut rest = String::new();
        let _ = err.read_to_string(&mut rest);
    });
    Server { child, addr }
}

/// A response: status, headers (lowercase names), body (chunked encoding undone).
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn send(addr: &str, method: &str, path: &str, key: Option<&str>, body: &str) -> TcpStream {
    let mut c = TcpStream::connect(addr).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let auth = key.map_or(String::new(), |k| format!("Authorization: Bearer {k}\r\n"));
    write!(
        c,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    c
}

fn read_reply(c: TcpStream) -> Reply {
    let mut r = BufReader::new(c);
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status: u16 = line.split(' ').nth(1).unwrap().parse().unwrap();
    let mut headers = Vec::new();
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (n, v) = l.split_once(':').unwrap();
        headers.push((n.to_ascii_lowercase(), v.trim().to_string()));
    }
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            r.read_line(&mut line).unwrap();
            let n = usize::from_str_radix(line.trim(), 16).unwrap();
            if n == 0 {
                break;
            }
            let mut chunk = vec![0; n + 2];
            r.read_exact(&mut chunk).unwrap();
            body.extend_from_slice(&chunk[..n]);
        }
    } else {
        r.read_to_end(&mut body).unwrap();
    }
    Reply {
        status,
        headers,
        body: String::from_utf8(body).unwrap(),
    }
}

fn request(addr: &str, method: &str, path: &str, key: Option<&str>, body: &str) -> Reply {
    read_reply(send(addr, method, path, key, body))
}

fn complete(addr: &str, body: Value) -> Reply {
    request(
        addr,
        "POST",
        "/v1/completions",
        Some(KEY),
        &body.to_string(),
    )
}

/// The StripedHyena-vocabulary random model with the tokenizer (as tests/tokenizer.rs).
/// (`tag` apart per test: the tests run at once.)
fn model(tag: &str) -> PathBuf {
    let (cfg, w) = common::random_model_files(tag, &[("vocab_size", "32000")]);
    let art = tmp(&format!("{tag}.hyx"));
    let tok = common::fixture_dir("tokenizers").join("stripedhyena-tokenizer.json");
    common::compile_files(&cfg, &w, &art, &["--tokenizer", s(&tok)]);
    art
}

fn ids(v: &Value) -> Vec<i64> {
    v["choices"][0]["token_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap())
        .collect()
}

/// The `data:` payloads of a server-sent event stream.
fn events(body: &str) -> Vec<String> {
    body.lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn serve_completions_match_generate_and_refuse_bad_requests() {
    let art = model("serve-sh");
    let srv = start(&art, &["--max-body-bytes", "4096"]);
    let a = srv.addr.as_str();
    assert_eq!(request(a, "GET", "/health", None, "").status, 200);
    let r = request(a, "GET", "/v1/models", None, "");
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["error"]["type"], "authentication_error");
    assert_eq!(
        request(a, "GET", "/v1/models", Some("wrong-key-0000"), "").status,
        401
    );
    let r = request(a, "GET", "/v1/models", Some(KEY), "");
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["data"][0]["id"], "serve-sh");

    // Greedy: the ids `hyenac generate` gives from the prompt's golden ids.
    let r = complete(
        a,
        json!({"prompt": "Hello world", "max_tokens": 8, "temperature": 0, "ignore_eos": true}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    let got = ids(&v);
    let (code, out, err) = hyenac(&[
        "generate",
        s(&art),
        "--prompt-tokens",
        "1,22557,1526",
        "--max-new-tokens",
        "8",
    ]);
    assert_eq!(code, 0, "{err}");
    let want: Vec<i64> = out.trim().split(',').map(|x| x.parse().unwrap()).collect();
    assert_eq!(got, want);
    let json = std::fs::read_to_string(
        common::fixture_dir("tokenizers").join("stripedhyena-tokenizer.json"),
    )
    .unwrap();
    let t = hyenac_runtime::Tokenizer::from_hf_json(json, 32000).unwrap();
    let text = v["choices"][0]["text"].as_str().unwrap().to_string();
    assert_eq!(text, t.decode(&want));
    assert_eq!(v["choices"][0]["finish_reason"], "length");
    assert_eq!(v["usage"]["prompt_tokens"], 3);
    // Ids as the prompt: the same.
    let r = complete(
        a,
        json!({"prompt": [1, 22557, 1526], "max_tokens": 8, "temperature": 0, "ignore_eos": true}),
    );
    assert_eq!(ids(&r.json()), want);

    // Streamed: the pieces add up to the whole, then `[DONE]`.
    let r = complete(
        a,
        json!({"prompt": "Hello world", "max_tokens": 8, "temperature": 0,
               "ignore_eos": true, "stream": true}),
    );
    assert_eq!(r.status, 200);
    assert!(r
        .header("content-type")
        .unwrap()
        .starts_with("text/event-stream"));
    let ev = events(&r.body);
    assert_eq!(ev.last().unwrap(), "[DONE]");
    let chunks: Vec<Value> = ev[..ev.len() - 1]
        .iter()
        .map(|e| serde_json::from_str(e).unwrap())
        .collect();
    let streamed: String = chunks
        .iter()
        .map(|c| c["choices"][0]["text"].as_str().unwrap().to_string())
        .collect();
    let streamed_ids: Vec<i64> = chunks.iter().flat_map(ids).collect();
    assert_eq!(streamed, text);
    assert_eq!(streamed_ids, want);
    assert_eq!(
        chunks.last().unwrap()["choices"][0]["finish_reason"],
        "length"
    );

    // A stop string from the middle of the text: the text before it, finish_reason stop.
    let chars: Vec<char> = text.chars().collect();
    if chars.len() >= 4 {
        let stop: String = chars[chars.len() / 2..chars.len() / 2 + 2].iter().collect();
        let r = complete(
            a,
            json!({"prompt": "Hello world", "max_tokens": 8, "temperature": 0,
                   "ignore_eos": true, "stop": [stop.clone()]}),
        );
        let v = r.json();
        assert_eq!(v["choices"][0]["text"], &text[..text.find(&stop).unwrap()]);
        assert_eq!(v["choices"][0]["finish_reason"], "stop");
    }

    // Errors: status and OpenAI's shape.
    let status = |body: &str| {
        let r = request(a, "POST", "/v1/completions", Some(KEY), body);
        let v = r.json();
        assert!(v["error"]["message"].is_string(), "{}", r.body);
        (
            r.status,
            v["error"]["message"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(status(r#"{"prompt": "x", "bogus": 1}"#).0, 400);
    assert_eq!(status(r#"{"prompt": "x", "max_tokens": 0}"#).0, 400);
    assert_eq!(status(r#"{"prompt": "x", "temperature": -1}"#).0, 400);
    assert_eq!(status("not json").0, 400);
    let (code, msg) = status(r#"{"prompt": [1, 32000]}"#);
    assert_eq!(code, 422);
    assert!(msg.contains("outside the vocabulary"), "{msg}");
    assert_eq!(status(r#"{"prompt": [1], "max_tokens": 4097}"#).0, 400);
    let long: Vec<i64> = vec![5; 3000];
    let r = request(
        a,
        "POST",
        "/v1/completions",
        Some(KEY),
        &json!({"prompt": long}).to_string(),
    );
    assert_eq!(r.status, 413, "{}", r.body);
    assert_eq!(status(r#"{"prompt": "x", "model": "other"}"#).0, 404);
    assert_eq!(request(a, "GET", "/nope", Some(KEY), "").status, 404);
    let r = request(a, "POST", "/tokenize", Some(KEY), r#"{"prompt": "ACGT"}"#);
    assert_eq!(r.json()["tokens"], json!([1, 11949, 14979]));
    let r = request(
        a,
        "POST",
        "/detokenize",
        Some(KEY),
        r#"{"tokens": [1, 11949, 14979]}"#,
    );
    assert_eq!(r.json()["prompt"], "ACGT");

    // Prometheus counters of what was asked.
    assert_eq!(request(a, "GET", "/metrics", None, "").status, 401);
    let m = request(a, "GET", "/metrics", Some(KEY), "");
    assert_eq!(m.status, 200);
    let line = |name: &str| -> f64 {
        m.body
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name} not in {}", m.body))
            .rsplit(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    // Four completions of 8 tokens (one cut by its stop string) at least.
    assert!(line("hyenac_generated_tokens_total") >= 24.0, "{}", m.body);
    assert!(line("hyenac_requests_total{route=\"/v1/completions\",status=\"200\"}") >= 3.0);
    assert!(line("hyenac_requests_total{route=\"/v1/completions\",status=\"422\"}") >= 1.0);
    assert!(line("hyenac_requests_total{route=\"/v1/models\",status=\"401\"}") >= 2.0);
    assert_eq!(line("hyenac_requests_in_flight"), 0.0);
}

/// `/v1/embeddings` of HyenaDNA: the mean, the last and every row of `ln_f`'s states equal
/// `hyenac run --hidden-out` on the same sequence.
#[test]
fn serve_embeddings_equal_run_hidden_out() {
    let dir = common::fixture_dir("hyenadna-tiny");
    let art = tmp("serve-hyenadna.hyx");
    common::compile_files(
        &dir.join("config.json"),
        &dir.join("model.safetensors"),
        &art,
        &[],
    );
    let srv = start(&art, &[]);
    let a = srv.addr.as_str();
    let text = tmp("serve-hyenadna.txt");
    std::fs::write(&text, "GATTACAGATTACA").unwrap();
    let h = tmp("serve-hyenadna-h.safetensors");
    let layer = "hyena.backbone.ln_f";
    let (code, _, err) = hyenac(&[
        "run",
        s(&art),
        "--text-file",
        s(&text),
        "--hidden-out",
        layer,
        "--hidden-file",
        s(&h),
    ]);
    assert_eq!(code, 0, "{err}");
    let (shape, want) = hyenac::tensor_io::read_f64(&h, layer).unwrap().unwrap();
    let (l, d) = (shape[0], shape[1]);
    let emb = |pooling: &str| {
        // The run's sequence as ids (`--text-file` appends `[SEP]` = 1).
        let body = json!({"input": [[9, 7, 10, 10, 7, 8, 7, 9, 7, 10, 10, 7, 8, 7, 1]],
                          "pooling": pooling});
        let r = request(a, "POST", "/v1/embeddings", Some(KEY), &body.to_string());
        assert_eq!(r.status, 200, "{}", r.body);
        let v = r.json();
        assert_eq!(v["layer"], layer);
        v["data"][0]["embedding"].clone()
    };
    fn flat(v: &Value) -> Vec<f64> {
        match v {
            Value::Array(a) => a.iter().flat_map(flat).collect(),
            x => vec![x.as_f64().unwrap()],
        }
    }
    // The f32 states as JSON numbers: equal once read back as f32.
    let f32s = |v: &[f64]| v.iter().map(|&x| x as f32).collect::<Vec<f32>>();
    assert_eq!(f32s(&flat(&emb("none"))), f32s(&want));
    assert_eq!(f32s(&flat(&emb("last"))), f32s(&want[(l - 1) * d..]));
    let mean: Vec<f64> = (0..d)
        .map(|c| (0..l).map(|r| want[r * d + c]).sum::<f64>() / l as f64)
        .collect();
    let got = flat(&emb("mean"));
    assert!(
        got.iter()
            .zip(&mean)
            .all(|(x, y)| (x - y).abs() <= 1e-6 * y.abs().max(1.0)),
        "{got:?} against {mean:?}"
    );
    let r = request(
        a,
        "POST",
        "/v1/embeddings",
        Some(KEY),
        r#"{"input": "ACGT", "layer": "nope"}"#,
    );
    assert_eq!(r.status, 400);
    let msg = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(msg.contains("hyena.backbone.ln_f"), "{msg}");

    // Scoring through the API (`echo` + `logprobs`, no new token): the log-softmax of the
    // fixture's float64 logits.
    let expected = dir.join("expected.safetensors");
    let tokens = hyenac::tensor_io::read_tokens(&expected).unwrap();
    let (shape, logits) = hyenac::tensor_io::read_f64(&expected, "logits")
        .unwrap()
        .unwrap();
    let v = shape[1];
    let want: Vec<f64> = (1..tokens.len())
        .map(|r| {
            let row = &logits[(r - 1) * v..r * v];
            let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let lse = m + row.iter().map(|x| (x - m).exp()).sum::<f64>().ln();
            row[tokens[r] as usize] - lse
        })
        .collect();
    let r = request(
        a,
        "POST",
        "/v1/completions",
        Some(KEY),
        &json!({"prompt": tokens, "max_tokens": 0, "echo": true, "logprobs": 2}).to_string(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let lp = r.json()["choices"][0]["logprobs"].clone();
    let got = lp["token_logprobs"].as_array().unwrap();
    assert_eq!(got.len(), tokens.len());
    assert!(got[0].is_null());
    let got: Vec<f64> = got[1..].iter().map(|x| x.as_f64().unwrap()).collect();
    let e = hyenac::interp::normwise_rel_err(&got, &want);
    eprintln!("echo + logprobs against the fixture: {e:.3e}");
    assert!(e <= 1e-5, "{e:e}");
    let top = lp["top_logprobs"][1].as_object().unwrap();
    assert_eq!(top.len(), 2);
    let best = top
        .values()
        .map(|x| x.as_f64().unwrap())
        .fold(f64::MIN, f64::max);
    assert!(best >= got[0] - 1e-12);
    assert_eq!(r.json()["choices"][0]["token_ids"], json!([]));
}

#[test]
fn serve_concurrent_requests_busy_disconnects_and_sigterm() {
    let art = model("serve-load");
    let srv = start(&art, &["--max-concurrent", "4", "--max-queue", "4"]);
    let a = srv.addr.clone();
    // Eight sampled requests at once equal the same requests one by one.
    let body = |seed: u64| {
        json!({"prompt": "Hello world", "max_tokens": 24, "temperature": 0.9, "top_k": 50,
               "seed": seed, "ignore_eos": true})
    };
    let together: Vec<Vec<i64>> = std::thread::scope(|sc| {
        let hs: Vec<_> = (0..8u64)
            .map(|seed| {
                let a = a.clone();
                sc.spawn(move || {
                    let r = complete(&a, body(seed));
                    assert_eq!(r.status, 200, "{}", r.body);
                    ids(&r.json())
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (seed, got) in together.iter().enumerate() {
        let alone = ids(&complete(&a, body(seed as u64)).json());
        assert_eq!(*got, alone, "seed {seed}");
    }
    assert_ne!(
        together[0], together[1],
        "different seeds, different samples"
    );
    drop(srv);

    // One slot, no queue: a second request while one streams is refused with 503.
    let srv = start(&art, &["--max-concurrent", "1", "--max-queue", "0"]);
    let a = srv.addr.clone();
    let long = json!({"prompt": "Hello world", "max_tokens": 4000, "temperature": 0,
                      "ignore_eos": true, "stream": true})
    .to_string();
    let mut first = send(&a, "POST", "/v1/completions", Some(KEY), &long);
    let mut head = [0u8; 64];
    first.read_exact(&mut head).unwrap();
    assert!(String::from_utf8_lossy(&head).starts_with("HTTP/1.1 200"));
    let busy = complete(&a, json!({"prompt": [1, 2], "max_tokens": 2}));
    assert_eq!(busy.status, 503, "{}", busy.body);
    assert_eq!(busy.header("retry-after"), Some("1"));
    assert_eq!(busy.json()["error"]["type"], "overloaded");
    // The client goes away: its slot is freed at its next token.
    drop(first);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = complete(&a, json!({"prompt": [1, 2], "max_tokens": 2}));
        if r.status == 200 {
            break;
        }
        assert_eq!(r.status, 503);
        assert!(Instant::now() < deadline, "the slot was never freed");
        std::thread::sleep(Duration::from_millis(50));
    }
    // SIGTERM: a clean exit.
    let mut srv = srv;
    let pid = srv.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(st) = srv.child.try_wait().unwrap() {
            break st;
        }
        assert!(Instant::now() < deadline, "still running after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
}
