//! The original Hyena operator's language models (safari) and HyenaDNA: their JSON configs and
//! state dicts (design/hyena-spec.md §§1–5).
//!
//! Two formats name the same model: the Hugging Face port's `config.json`
//! (`"model_type": "hyenadna"`, tensors under `hyena.backbone.*`) and safari's original config
//! (a `layer: {_name_: hyena, …}` dict, tensors under `backbone.*`). Both resolve into one
//! [`HyenaConfig`]; what differs between them (the window shift, the filter channel layout
//! of order ≥ 3, the names, the head) is a field of it. Options the spec lists as broken
//! upstream are refused by name rather than computed differently from the PyTorch code.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::config::{bounded, invalid, limits, positive, unsupported};
use crate::error::ConfigError;
use hyenac_runtime::weights::{CheckpointSpec, NamePattern, TensorSpec};

/// Which checkpoint format a config belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum HyenaFormat {
    /// The Hugging Face port (`LongSafari/hyenadna-*-hf`): `hyena.backbone.*`, an untied
    /// `lm_head.weight`, window shift 0.05, only `implicit_filter.1.freq` stored.
    HuggingFace,
    /// safari's own (`SimpleLMHeadModel` / `ConvLMHeadModel`): `backbone.*`, the head tied to
    /// the embedding, window shift 0.0, filter channel `c·(N−1) + o` of step `o`.
    Safari,
}

/// Which of the `D·(N−1)` implicit-filter channels recurrence step `o` uses for channel `c`
/// (spec §1.4; the two agree at order 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FilterLayout {
    /// `o·D + c` (the standalone files and the HF port).
    Blocked,
    /// `c·(N−1) + o` (safari's and hyena-dna's `src`).
    Interleaved,
}

/// A validated Hyena / HyenaDNA configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HyenaConfig {
    pub format: HyenaFormat,
    pub model_name: Option<String>,
    /// Embedding rows: `vocab_size` rounded up to `pad_vocab_size_multiple`.
    pub vocab_size: usize,
    /// The tokenizer's vocabulary before padding.
    pub tokenizer_vocab: usize,
    pub d_model: usize,
    pub n_layer: usize,
    /// The MLP width F.
    pub d_inner: usize,
    /// N: N + 1 projected streams, N − 1 long convolutions per layer.
    pub order: usize,
    /// Taps of the featurizer's causal depthwise filter (3).
    pub short_filter_order: usize,
    /// W, the filter MLP's width.
    pub filter_order: usize,
    /// E, the positional features per position (odd, ≥ 3).
    pub emb_dim: usize,
    /// Inner (Linear W→W, Sin) pairs of the filter MLP.
    pub num_inner_mlps: usize,
    /// The filter grid's length: every filter is the prefix of one on `l_max` positions.
    pub l_max: usize,
    /// Whether the exponential window multiplies the filter.
    pub modulate: bool,
    /// Added to the window (0.05 in the HF port, 0.0 in safari).
    pub shift: f64,
    pub layout: FilterLayout,
    /// The block LayerNorms' epsilon (1e-5, hard-coded upstream).
    pub block_eps: f64,
    /// `ln_f`'s epsilon.
    pub final_eps: f64,
    /// Whether the head reads the embedding table (safari) or its own `lm_head.weight`.
    pub tie_embeddings: bool,
    /// Non-fatal remarks.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// Keys of the HF `config.json` the port reads or that are inert at inference.
const HF_KEYS: &[&str] = &[
    "model_type",
    "architectures",
    "auto_map",
    "transformers_version",
    "torch_dtype",
    "dtype",
    "vocab_size",
    "d_model",
    "d_inner",
    "use_bias",
    "train_freq",
    "max_seq_len",
    "emb_dim",
    "n_layer",
    "num_inner_mlps",
    "hyena_order",
    "short_filter_order",
    "filter_order",
    "activation_freq",
    "embed_dropout",
    "hyena_dropout",
    "hyena_filter_dropout",
    "layer_norm_epsilon",
    "initializer_range",
    "pad_vocab_size_multiple",
    "tie_word_embeddings",
    "pad_token_id",
    "num_labels",
    "id2label",
    "label2id",
    "problem_type",
    "model_name",
    "shift",
    "_comment",
];

/// Top-level keys of safari's config.
const SAFARI_KEYS: &[&str] = &[
    "_name_",
    "d_model",
    "n_layer",
    "d_inner",
    "vocab_size",
    "pad_vocab_size_multiple",
    "resid_dropout",
    "embed_dropout",
    "drop_path",
    "fused_mlp",
    "fused_dropout_add_ln",
    "residual_in_fp32",
    "layer_norm_epsilon",
    "initializer_cfg",
    "checkpoint_mixer",
    "checkpoint_mlp",
    "return_hidden_state",
    "attn_layer_idx",
    "attn_cfg",
    "max_position_embeddings",
    "layer",
    "model_name",
];

/// Keys of safari's `layer` dict.
const SAFARI_LAYER_KEYS: &[&str] = &[
    "_name_",
    "order",
    "emb_dim",
    "filter_order",
    "l_max",
    "w",
    "modulate",
    "local_order",
    "lr",
    "lr_pos_emb",
    "wd",
    "num_heads",
    "inner_factor",
    "num_blocks",
    "outer_mixing",
    "post_order_ffn",
    "jit_filter",
    "short_filter_order",
    "activation",
    "filter_cls",
    "dropout",
    "filter_dropout",
    "fused_fft_conv",
    "fused_bias_fc",
    "normalized",
    "bias",
    "num_inner_mlps",
    "shift",
    "return_state",
    "d_model",
];

/// The bundled HyenaDNA config: the shape of `hyenadna-large-1m-seqlen-hf` (spec §4.3).
pub const HYENADNA_LARGE_1M_JSON: &str = include_str!("../data/hyenadna-large-1m-seqlen-hf.json");

/// Whether a config's JSON text is a Hyena one (`model_type: hyenadna`, or a safari config
/// whose `layer._name_` is `hyena`).
pub fn is_hyena_config(text: &str) -> bool {
    let Ok(Value::Object(m)) = serde_json::from_str::<Value>(text) else {
        return false;
    };
    m.get("model_type").and_then(Value::as_str) == Some("hyenadna")
        || m.get("layer")
            .and_then(|l| l.get("_name_"))
            .and_then(Value::as_str)
            == Some("hyena")
}

fn get_usize(m: &Map<String, Value>, key: &'static str) -> Result<Option<usize>, ConfigError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .map(|x| Some(x as usize))
            .ok_or_else(|| invalid(key, v, "must be a non-negative integer")),
    }
}

fn get_f64(m: &Map<String, Value>, key: &'static str) -> Result<Option<f64>, ConfigError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_f64() {
            Some(x) if x.is_finite() => Ok(Some(x)),
            _ => Err(invalid(key, v, "must be a finite number")),
        },
    }
}

fn get_bool(m: &Map<String, Value>, key: &'static str) -> Result<Option<bool>, ConfigError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_bool()
            .map(Some)
            .ok_or_else(|| invalid(key, v, "must be true or false")),
    }
}

/// The top-level keys both formats name alike.
struct Top {
    model_name: Option<String>,
    tokenizer_vocab: usize,
    n_layer: usize,
    d_inner: usize,
}

impl Top {
    fn read(m: &Map<String, Value>, d: usize) -> Result<Top, ConfigError> {
        Ok(Top {
            model_name: m
                .get("model_name")
                .and_then(Value::as_str)
                .map(String::from),
            tokenizer_vocab: required(
                get_usize(m, "vocab_size")?,
                "vocab_size",
                limits::MAX_VOCAB,
            )?,
            n_layer: required(get_usize(m, "n_layer")?, "n_layer", limits::MAX_LAYERS)?,
            d_inner: bounded(
                positive(get_usize(m, "d_inner")?.unwrap_or(4 * d), "d_inner")?,
                "d_inner",
                limits::MAX_INNER_MLP,
            )?,
        })
    }
}

fn required(v: Option<usize>, key: &'static str, max: usize) -> Result<usize, ConfigError> {
    bounded(
        positive(v.ok_or(ConfigError::Missing { key })?, key)?,
        key,
        max,
    )
}

impl HyenaConfig {
    /// Parses and validates a config's JSON text, in either format.
    pub fn from_json(text: &str) -> Result<HyenaConfig, ConfigError> {
        let v: Value = serde_json::from_str(text).map_err(|e| ConfigError::Parse(e.to_string()))?;
        let Value::Object(m) = v else {
            return Err(ConfigError::Parse("a config is a JSON object".into()));
        };
        if m.get("model_type").and_then(Value::as_str) == Some("hyenadna") {
            Self::from_hf(&m)
        } else if m.contains_key("layer") {
            Self::from_safari(&m)
        } else {
            Err(ConfigError::Missing { key: "model_type" })
        }
    }

    fn from_hf(m: &Map<String, Value>) -> Result<HyenaConfig, ConfigError> {
        let mut warnings = Vec::new();
        for key in m.keys() {
            if !HF_KEYS.contains(&key.as_str()) {
                warnings.push(format!("unknown config key `{key}` is ignored"));
            }
        }
        let d = required(get_usize(m, "d_model")?, "d_model", limits::MAX_HIDDEN)?;
        let order = get_usize(m, "hyena_order")?.unwrap_or(2);
        if order != 2 {
            return Err(unsupported(
                "hyena_order",
                order,
                "the HF port builds D filter channels, so it holds order 2 only (a safari config holds any order)",
            ));
        }
        let k = get_usize(m, "short_filter_order")?.unwrap_or(3);
        if k != 3 {
            return Err(unsupported(
                "short_filter_order",
                k,
                "the HF port hard-codes padding 2, i.e. 3 taps",
            ));
        }
        let eps = get_f64(m, "layer_norm_epsilon")?.unwrap_or(1e-5);
        let tie = get_bool(m, "tie_word_embeddings")?.unwrap_or(false);
        let top = Top::read(m, d)?;
        let c = HyenaConfig {
            format: HyenaFormat::HuggingFace,
            model_name: top.model_name.clone(),
            vocab_size: 0,
            tokenizer_vocab: top.tokenizer_vocab,
            d_model: d,
            n_layer: top.n_layer,
            d_inner: top.d_inner,
            order,
            short_filter_order: k,
            filter_order: required(
                get_usize(m, "filter_order")?.or(Some(64)),
                "filter_order",
                1 << 16,
            )?,
            emb_dim: required(get_usize(m, "emb_dim")?.or(Some(3)), "emb_dim", 1 << 16)?,
            num_inner_mlps: get_usize(m, "num_inner_mlps")?.unwrap_or(2),
            l_max: required(
                get_usize(m, "max_seq_len")?,
                "max_seq_len",
                limits::MAX_SEQLEN,
            )?,
            modulate: true,
            shift: get_f64(m, "shift")?.unwrap_or(0.05),
            layout: FilterLayout::Blocked,
            block_eps: 1e-5,
            final_eps: eps,
            tie_embeddings: tie,
            warnings,
        };
        c.finish(
            get_usize(m, "pad_vocab_size_multiple")?.unwrap_or(8),
            "pad_vocab_size_multiple",
        )
    }

    fn from_safari(m: &Map<String, Value>) -> Result<HyenaConfig, ConfigError> {
        let mut warnings = Vec::new();
        for key in m.keys() {
            if !SAFARI_KEYS.contains(&key.as_str()) {
                warnings.push(format!("unknown config key `{key}` is ignored"));
            }
        }
        let Some(Value::Object(layer)) = m.get("layer") else {
            return Err(invalid(
                "layer",
                "not a dict",
                "must be a dict of the mixer's options",
            ));
        };
        match layer.get("_name_").and_then(Value::as_str) {
            Some("hyena") => {}
            other => {
                return Err(unsupported(
                    "layer._name_",
                    other.unwrap_or("(missing)"),
                    "only the hyena mixer is a Hyena model",
                ))
            }
        }
        for key in layer.keys() {
            if !SAFARI_LAYER_KEYS.contains(&key.as_str()) {
                warnings.push(format!("unknown config key `layer.{key}` is ignored"));
            }
        }
        if let Some(a) = m.get("attn_layer_idx") {
            if a.as_array().is_some_and(|a| !a.is_empty()) {
                return Err(unsupported(
                    "attn_layer_idx",
                    a,
                    "attention layers in a Hyena stack are not supported",
                ));
            }
        }
        if let Some(p) = get_usize(m, "max_position_embeddings")? {
            if p != 0 {
                return Err(unsupported(
                    "max_position_embeddings",
                    p,
                    "Hyena models have no positional embedding",
                ));
            }
        }
        // The options the spec lists as broken upstream (§1.1): refused by name.
        for (key, name) in [
            ("num_heads", "layer.num_heads"),
            ("inner_factor", "layer.inner_factor"),
            ("num_blocks", "layer.num_blocks"),
        ] {
            let key: &'static str = key;
            if let Some(v) = get_usize(layer, key)? {
                if v != 1 {
                    return Err(unsupported(
                        name,
                        v,
                        match key {
                            "num_heads" => "safari's split is inconsistent for more than one head",
                            "inner_factor" => "safari's short filter and in_proj widths disagree for inner_factor > 1",
                            _ => "safari's blocked FFT wraps taps around: non-causal for num_blocks > 1",
                        },
                    ));
                }
            }
        }
        for (key, name) in [
            ("outer_mixing", "layer.outer_mixing"),
            ("post_order_ffn", "layer.post_order_ffn"),
            ("jit_filter", "layer.jit_filter"),
            ("normalized", "layer.normalized"),
        ] {
            if get_bool(layer, key)? == Some(true) {
                return Err(unsupported(
                    name,
                    true,
                    "off in every released config; not implemented",
                ));
            }
        }
        if let Some(a) = layer.get("activation").and_then(Value::as_str) {
            if a != "id" {
                return Err(unsupported(
                    "layer.activation",
                    a,
                    "only the identity (every config)",
                ));
            }
        }
        if let Some(f) = layer.get("filter_cls").and_then(Value::as_str) {
            if f != "hyena-filter" {
                return Err(unsupported("layer.filter_cls", f, "only `hyena-filter`"));
            }
        }
        if layer.contains_key("local_order") {
            warnings.push(
                "layer.local_order is ignored, as safari ignores it: the short filter has 3 taps"
                    .into(),
            );
        }
        let d = required(get_usize(m, "d_model")?, "d_model", limits::MAX_HIDDEN)?;
        let order = required(get_usize(layer, "order")?.or(Some(2)), "layer.order", 64)?;
        if order < 2 {
            return Err(invalid(
                "layer.order",
                order,
                "must be at least 2 (safari asserts it)",
            ));
        }
        let top = Top::read(m, d)?;
        let c = HyenaConfig {
            format: HyenaFormat::Safari,
            model_name: top.model_name.clone(),
            vocab_size: 0,
            tokenizer_vocab: top.tokenizer_vocab,
            d_model: d,
            n_layer: top.n_layer,
            d_inner: top.d_inner,
            order,
            short_filter_order: get_usize(layer, "short_filter_order")?.unwrap_or(3),
            filter_order: required(
                get_usize(layer, "filter_order")?.or(Some(64)),
                "layer.filter_order",
                1 << 16,
            )?,
            emb_dim: required(
                get_usize(layer, "emb_dim")?.or(Some(3)),
                "layer.emb_dim",
                1 << 16,
            )?,
            num_inner_mlps: get_usize(layer, "num_inner_mlps")?.unwrap_or(2),
            l_max: required(
                get_usize(layer, "l_max")?,
                "layer.l_max",
                limits::MAX_SEQLEN,
            )?,
            modulate: get_bool(layer, "modulate")?.unwrap_or(true),
            shift: get_f64(layer, "shift")?.unwrap_or(0.0),
            layout: FilterLayout::Interleaved,
            block_eps: 1e-5,
            final_eps: get_f64(m, "layer_norm_epsilon")?.unwrap_or(1e-5),
            tie_embeddings: true,
            warnings,
        };
        c.finish(
            get_usize(m, "pad_vocab_size_multiple")?.unwrap_or(1),
            "pad_vocab_size_multiple",
        )
    }

    /// Checks shared by both formats and the padded vocabulary.
    fn finish(mut self, pad: usize, pad_key: &'static str) -> Result<HyenaConfig, ConfigError> {
        let pad = positive(pad, pad_key)?;
        self.vocab_size = self.tokenizer_vocab.div_ceil(pad) * pad;
        let ek = match self.format {
            HyenaFormat::HuggingFace => "emb_dim",
            HyenaFormat::Safari => "layer.emb_dim",
        };
        if self.emb_dim < 3 || self.emb_dim.is_multiple_of(2) {
            return Err(invalid(
                ek,
                self.emb_dim,
                "must be odd and at least 3 (the filter's positional features)",
            ));
        }
        if self.num_inner_mlps != 2 {
            return Err(unsupported(
                match self.format {
                    HyenaFormat::HuggingFace => "num_inner_mlps",
                    HyenaFormat::Safari => "layer.num_inner_mlps",
                },
                self.num_inner_mlps,
                "the implicit filter is compiled for 2 inner layers (every released model)",
            ));
        }
        if self.short_filter_order == 0 || self.short_filter_order > limits::MAX_SHORT_FILTER {
            return Err(invalid(
                "layer.short_filter_order",
                self.short_filter_order,
                "must be 1…4096",
            ));
        }
        if self.final_eps.is_nan() || self.final_eps < 0.0 {
            return Err(invalid("layer_norm_epsilon", self.final_eps, "must be ≥ 0"));
        }
        Ok(self)
    }

    /// Long convolutions per layer (N − 1).
    pub fn convolutions(&self) -> usize {
        self.order - 1
    }

    /// The implicit filter's output channels, `D·(N−1)`.
    pub fn filter_channels(&self) -> usize {
        self.d_model * self.convolutions()
    }

    /// The prefix of every tensor name.
    pub fn prefix(&self) -> &'static str {
        match self.format {
            HyenaFormat::HuggingFace => "hyena.backbone.",
            HyenaFormat::Safari => "backbone.",
        }
    }

    /// The name of block `i`'s tensor `suffix` (`mixer.in_proj.weight`, …).
    pub fn block(&self, i: usize, suffix: &str) -> String {
        format!("{}layers.{i}.{suffix}", self.prefix())
    }

    /// The embedding table's name.
    pub fn embedding(&self) -> String {
        format!("{}embeddings.word_embeddings.weight", self.prefix())
    }

    /// The final LayerNorm's tensor `suffix`.
    pub fn final_norm(&self, suffix: &str) -> String {
        format!("{}ln_f.{suffix}", self.prefix())
    }

    /// Number of parameters the checkpoint holds (buffers `t` and `deltas` included, `freq`
    /// once, a tied head once).
    pub fn parameter_count(&self) -> u128 {
        expected_tensors(self)
            .iter()
            .map(|t| t.shape.iter().product::<usize>() as u128)
            .sum()
    }
}

/// Every tensor a checkpoint for `c` must hold.
pub fn expected_tensors(c: &HyenaConfig) -> Vec<TensorSpec> {
    let (d, f, n) = (c.d_model, c.d_inner, c.order);
    let (w, e, df, k, lm) = (
        c.filter_order,
        c.emb_dim,
        c.filter_channels(),
        c.short_filter_order,
        c.l_max,
    );
    let spec = |name: String, shape: &[usize]| TensorSpec::new(name, shape);
    let mut out = vec![spec(c.embedding(), &[c.vocab_size, d])];
    for i in 0..c.n_layer {
        let b = |s: &str| c.block(i, s);
        out.extend([
            spec(b("mixer.in_proj.weight"), &[(n + 1) * d, d]),
            spec(b("mixer.in_proj.bias"), &[(n + 1) * d]),
            spec(b("mixer.out_proj.weight"), &[d, d]),
            spec(b("mixer.out_proj.bias"), &[d]),
            spec(b("mixer.short_filter.weight"), &[(n + 1) * d, 1, k]),
            spec(b("mixer.short_filter.bias"), &[(n + 1) * d]),
            spec(b("mixer.filter_fn.bias"), &[df]),
            spec(b("mixer.filter_fn.pos_emb.z"), &[1, lm, e]),
            spec(b("mixer.filter_fn.pos_emb.t"), &[1, lm, 1]),
            spec(b("mixer.filter_fn.implicit_filter.0.weight"), &[w, e]),
            spec(b("mixer.filter_fn.implicit_filter.0.bias"), &[w]),
            spec(b("mixer.filter_fn.implicit_filter.1.freq"), &[1, w]),
            spec(b("mixer.filter_fn.implicit_filter.2.weight"), &[w, w]),
            spec(b("mixer.filter_fn.implicit_filter.2.bias"), &[w]),
            spec(b("mixer.filter_fn.implicit_filter.4.weight"), &[w, w]),
            spec(b("mixer.filter_fn.implicit_filter.4.bias"), &[w]),
            spec(b("mixer.filter_fn.implicit_filter.6.weight"), &[df, w]),
            spec(b("mixer.filter_fn.modulation.deltas"), &[1, 1, df]),
            spec(b("norm1.weight"), &[d]),
            spec(b("norm1.bias"), &[d]),
            spec(b("norm2.weight"), &[d]),
            spec(b("norm2.bias"), &[d]),
            spec(b("mlp.fc1.weight"), &[f, d]),
            spec(b("mlp.fc1.bias"), &[f]),
            spec(b("mlp.fc2.weight"), &[d, f]),
            spec(b("mlp.fc2.bias"), &[d]),
        ]);
    }
    out.push(spec(c.final_norm("weight"), &[d]));
    out.push(spec(c.final_norm("bias"), &[d]));
    if !c.tie_embeddings {
        out.push(spec("lm_head.weight".into(), &[c.vocab_size, d]));
    }
    out
}

/// What a checkpoint for `c` must hold, and what it may hold besides: the `.3.freq`/`.5.freq`
/// copies of the one shared `Sin` frequency (safari saves all three, the HF files one), the
/// tied head's duplicate, a classifier's `score.weight`.
pub fn checkpoint_spec(c: &HyenaConfig) -> CheckpointSpec {
    let mut ignored = vec![
        NamePattern::Suffix("implicit_filter.3.freq".into()),
        NamePattern::Suffix("implicit_filter.5.freq".into()),
        NamePattern::Exact("score.weight".into()),
    ];
    if c.tie_embeddings {
        ignored.push(NamePattern::Exact("lm_head.weight".into()));
    }
    CheckpointSpec {
        tensors: expected_tensors(c),
        ignored,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HF: &str = r#"{"model_type": "hyenadna", "d_model": 16, "n_layer": 2, "d_inner": 64,
        "vocab_size": 12, "max_seq_len": 8192, "emb_dim": 5, "filter_order": 64,
        "pad_vocab_size_multiple": 8}"#;

    #[test]
    fn hf_configs_resolve_with_the_ports_constants() {
        let c = HyenaConfig::from_json(HF).unwrap();
        assert_eq!(c.vocab_size, 16);
        assert_eq!(c.shift, 0.05);
        assert_eq!(c.layout, FilterLayout::Blocked);
        assert!(!c.tie_embeddings);
        assert!(is_hyena_config(HF));
        let bad = HF.replace("\"d_model\": 16,", "\"d_model\": 16, \"hyena_order\": 3,");
        let e = HyenaConfig::from_json(&bad).unwrap_err().to_string();
        assert!(e.contains("hyena_order"), "{e}");
    }

    #[test]
    fn the_bundled_large_1m_config_has_the_published_shape() {
        let c = HyenaConfig::from_json(HYENADNA_LARGE_1M_JSON).unwrap();
        assert_eq!(
            (c.d_model, c.n_layer, c.l_max, c.vocab_size),
            (256, 8, 1_000_002, 16)
        );
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
        // The spec's count for the `-hf` form (z as a parameter, the head tied): 46,550,608,
        // plus the buffers `t` and `deltas` it excludes and the port's untied 16 × 256 head.
        let buffers = 8 * (1_000_002 + 256);
        assert_eq!(c.parameter_count(), 46_550_608 + buffers + 16 * 256);
        // Its filters as compile-time constants: 8 layers × 256 channels × 1,000,002 taps,
        // 12 bytes each in the artifact, plus one layer's float64 fold (32 bytes a tap).
        let taps = 256 * 1_000_002u128;
        let folded = crate::ModelConfig::from(c).folded_constant_bytes();
        assert_eq!(folded, 8 * taps * 12 + taps * 32);
    }

    #[test]
    fn safari_configs_refuse_the_broken_options_by_name() {
        let base = r#"{"d_model": 32, "n_layer": 2, "d_inner": 64, "vocab_size": 12,
            "pad_vocab_size_multiple": 8, "layer": {"_name_": "hyena", "order": 3, "emb_dim": 33,
            "filter_order": 64, "l_max": 256, "modulate": true, "w": 14 XX}}"#;
        let c = HyenaConfig::from_json(&base.replace(" XX", "")).unwrap();
        assert_eq!(
            (c.order, c.shift, c.layout),
            (3, 0.0, FilterLayout::Interleaved)
        );
        assert!(c.tie_embeddings);
        for (opt, key) in [
            (", \"num_heads\": 2", "layer.num_heads"),
            (", \"inner_factor\": 2", "layer.inner_factor"),
            (", \"num_blocks\": 4", "layer.num_blocks"),
            (", \"emb_dim\": 4", "layer.emb_dim"),
        ] {
            let text = base.replace(" XX", opt);
            let e = HyenaConfig::from_json(&text).unwrap_err().to_string();
            assert!(e.contains(key), "{opt}: {e}");
        }
    }
}
