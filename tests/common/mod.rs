//! Shared helpers for the integration tests: the fixtures under tests/fixtures.
#![allow(dead_code)]

use std::path::PathBuf;

use hyenac_models::{Checkpoint, Config};

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
