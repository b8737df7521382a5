//! StripedHyena YAML configs (`configs/7b-sh-32k-v1.yml` and friends).
//!
//! Reading happens in two steps: the YAML is deserialized into [`RawConfig`], which mirrors every
//! key the stripedhyena code reads (all optional), and [`Config::from_raw`] validates it into the
//! resolved [`Config`] the compiler works with. Keys the reference ignores are accepted silently;
//! keys nobody knows produce a warning (a typo must not pass unnoticed). Values hyenac does not
//! support are errors that name the key and the value.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::ConfigError;

/// Every key of a stripedhyena config that the reference code reads, all optional at this level.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawConfig {
    pub model_name: Option<String>,
    pub vocab_size: Option<usize>,
    pub hidden_size: Option<usize>,
    pub num_filters: Option<usize>,
    pub attn_layer_idxs: Option<Vec<usize>>,
    pub hyena_layer_idxs: Option<Vec<usize>>,
    pub num_layers: Option<usize>,
    pub short_filter_length: Option<usize>,
    pub num_attention_heads: Option<usize>,
    pub short_filter_bias: Option<bool>,
    pub eps: Option<f64>,
    pub state_size: Option<usize>,
    pub rotary_emb_base: Option<f64>,
    pub rotary_emb_scaling_factor: Option<f64>,
    pub use_interpolated_rotary_pos_emb: Option<bool>,
    pub proj_groups: Option<usize>,
    pub hyena_filter_groups: Option<usize>,
    pub column_split_hyena: Option<bool>,
    pub model_parallel_size: Option<usize>,
    pub pipe_parallel_size: Option<usize>,
    pub tie_embeddings: Option<bool>,
    pub inner_mlp_size: Option<usize>,
    pub inner_size_multiple_of: Option<usize>,
    pub mha_out_proj_bias: Option<bool>,
    pub qkv_proj_bias: Option<bool>,
    pub max_seqlen: Option<usize>,
    pub seqlen: Option<usize>,
    pub max_batch_size: Option<usize>,
    pub final_norm: Option<bool>,
    pub mlp_activation: Option<String>,
    pub use_flash_attn: Option<bool>,
    pub use_flash_rmsnorm: Option<bool>,
    pub use_flash_depthwise: Option<bool>,
    pub use_flashfft: Option<bool>,
    pub smeared_gqa: Option<bool>,
    pub inference_mode: Option<bool>,
    pub prefill_style: Option<String>,
    pub long_fir_threshold: Option<serde_norway::Value>,
    pub low_mem_mode: Option<bool>,
    pub padding_idx: Option<serde_norway::Value>,
    pub process_group: Option<serde_norway::Value>,
    pub params_dtype: Option<String>,
    pub mlp_dtype: Option<String>,
    pub hyena_block_dtype: Option<String>,
    pub attn_block_dtype: Option<String>,
    pub depthwise_dtype: Option<String>,
    pub compile: Option<bool>,
}

/// Keys read by the stripedhyena code (spec §5.1).
pub const KEYS_READ: &[&str] = &[
    "model_name",
    "vocab_size",
    "hidden_size",
    "num_filters",
    "attn_layer_idxs",
    "hyena_layer_idxs",
    "num_layers",
    "short_filter_length",
    "num_attention_heads",
    "short_filter_bias",
    "eps",
    "state_size",
    "rotary_emb_base",
    "rotary_emb_scaling_factor",
    "use_interpolated_rotary_pos_emb",
    "proj_groups",
    "hyena_filter_groups",
    "column_split_hyena",
    "model_parallel_size",
    "pipe_parallel_size",
    "tie_embeddings",
    "inner_mlp_size",
    "inner_size_multiple_of",
    "mha_out_proj_bias",
    "qkv_proj_bias",
    "max_seqlen",
    "seqlen",
    "max_batch_size",
    "final_norm",
    "mlp_activation",
    "use_flash_attn",
    "use_flash_rmsnorm",
    "use_flash_depthwise",
    "use_flashfft",
    "smeared_gqa",
    "inference_mode",
    "prefill_style",
    "long_fir_threshold",
    "low_mem_mode",
    "padding_idx",
    "process_group",
    "params_dtype",
    "mlp_dtype",
    "hyena_block_dtype",
    "attn_block_dtype",
    "depthwise_dtype",
    "compile",
];

/// Reads a config file's text: at most [`limits::MAX_CONFIG_BYTES`] (one byte past the limit is
/// read, so a huge file or an endless device is never read whole).
pub fn read_config_text(path: &Path) -> Result<String, ConfigError> {
    use std::io::Read;
    let io = |e: std::io::Error| ConfigError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let mut text = String::new();
    std::fs::File::open(path)
        .map_err(io)?
        .take(limits::MAX_CONFIG_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(io)?;
    if text.len() as u64 > limits::MAX_CONFIG_BYTES {
        return Err(ConfigError::Io {
            path: path.display().to_string(),
            message: format!(
                "larger than {} KiB: not a model config",
                limits::MAX_CONFIG_BYTES / 1024
            ),
        });
    }
    Ok(text)
}

/// Bounds on a config's sizes, checked before anything is allocated from them. Each is far
/// above the largest released model (StripedHyena-7B, Evo 2 40B, HyenaDNA-1M) and far below
/// what would overflow the size arithmetic or abort the process in an allocation.
pub mod limits {
    /// A config file is a few KiB; anything larger is not one (and YAML parsing of tens of MiB
    /// takes gigabytes).
    pub const MAX_CONFIG_BYTES: u64 = 1 << 20;
    /// Layers (7B: 32, Evo 2 40B: 50).
    pub const MAX_LAYERS: usize = 1024;
    /// `hidden_size` (7B: 4096, Evo 2 40B: 8192).
    pub const MAX_HIDDEN: usize = 1 << 16;
    /// `vocab_size` (7B: 32000).
    pub const MAX_VOCAB: usize = 1 << 24;
    /// `inner_mlp_size` (7B: 10928, Evo 2 40B: 22528).
    pub const MAX_INNER_MLP: usize = 1 << 20;
    /// `state_size`, modes per channel (7B: 2, Evo 2: 16).
    pub const MAX_STATE: usize = 4096;
    /// `short_filter_length` (3 or 7).
    pub const MAX_SHORT_FILTER: usize = 4096;
    /// `num_attention_heads`.
    pub const MAX_HEADS: usize = 4096;
    /// `max_seqlen` and any sequence length (HyenaDNA, Evo 2: 2^20).
    pub const MAX_SEQLEN: usize = 1 << 24;
    /// Parameters of the whole model (Evo 2 40B: 4·10^10; 2^38 ≈ 2.7·10^11 is 1 TiB in f32).
    pub const MAX_PARAMETERS: u128 = 1 << 38;
    /// Elements of the widest activation at `max_seqlen` (`max_seqlen · max(3D, V, 2F)`; 2^36
    /// f32 is 256 GiB).
    pub const MAX_ACTIVATION: u128 = 1 << 36;
}

/// Keys present in the released configs that the reference code ignores (spec §5.1).
pub const KEYS_IGNORED: &[&str] = &[
    "column_split",
    "make_vocab_size_divisible_by",
    "mlp_init_method",
    "mlp_output_init_method",
    "use_laughing_hyena",
    "log_intermediate_values",
    "tokenizer_type",
    "vocab_file",
];

/// What a layer of the stack is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LayerKind {
    /// `ParallelGatedConvBlock`: gated long convolution with a modal filter.
    Hyena,
    /// `AttentionBlock`: causal grouped-query attention with rotary embedding.
    Attention,
}

/// Where RMSNorm adds epsilon (spec §1.1). The two are not interchangeable at 1e-5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NormStyle {
    /// `sqrt(mean(x²)) + eps` (stripedhyena's PyTorch fallback, `use_flash_rmsnorm: false`).
    EpsOutsideSqrt,
    /// `sqrt(mean(x²) + eps)` (flash_attn's fused kernel, `use_flash_rmsnorm: true`).
    EpsInsideSqrt,
}

/// The MLP's activation on the `l1` branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MlpActivation {
    Silu,
    /// Exact (erf) GELU.
    Gelu,
    /// GELU's tanh approximation `x/2 · (1 + tanh(√(2/π)(x + 0.044715 x³)))` (the Hyena
    /// models' MLPs, `F.gelu(approximate='tanh')`).
    GeluTanh,
    /// None: a bilinear gate (StripedHyena 2's MLPs after layer 0, spec SH2 §2.3).
    Identity,
}

impl MlpActivation {
    /// The name the e-graph language, the dialect and the rule files use.
    pub fn name(self) -> &'static str {
        match self {
            MlpActivation::Silu => "silu",
            MlpActivation::Gelu => "gelu",
            MlpActivation::GeluTanh => "gelu_tanh",
            MlpActivation::Identity => "identity",
        }
    }

    /// The activation a [`MlpActivation::name`] names.
    pub fn parse(s: &str) -> Option<MlpActivation> {
        [
            MlpActivation::Silu,
            MlpActivation::Gelu,
            MlpActivation::GeluTanh,
            MlpActivation::Identity,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
}

/// A validated, fully resolved StripedHyena configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub model_name: Option<String>,
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub num_layers: usize,
    /// Kind of each layer, index = layer number.
    pub layers: Vec<LayerKind>,
    pub num_attention_heads: usize,
    /// `num_attention_heads / proj_groups`.
    pub num_kv_heads: usize,
    pub short_filter_length: usize,
    pub short_filter_bias: bool,
    pub state_size: usize,
    pub inner_mlp_size: usize,
    pub eps: f64,
    pub norm_style: NormStyle,
    pub rotary_emb_base: f64,
    /// Positions are divided by this before the rotary angles (linear interpolation); 1 = off.
    pub rotary_position_scale: f64,
    pub column_split_hyena: bool,
    pub tie_embeddings: bool,
    pub qkv_proj_bias: bool,
    pub mha_out_proj_bias: bool,
    pub mlp_activation: MlpActivation,
    pub max_seqlen: usize,
    /// Non-fatal remarks (unknown keys, reference behaviours hyenac deliberately does not copy).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Config {
    /// Reads and validates a YAML config file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Config, ConfigError> {
        Config::from_yaml(&read_config_text(path.as_ref())?)
    }

    /// Parses and validates YAML text.
    pub fn from_yaml(text: &str) -> Result<Config, ConfigError> {
        let map: BTreeMap<String, serde_norway::Value> =
            serde_norway::from_str(text).map_err(|e| ConfigError::Parse(e.to_string()))?;
        let raw: RawConfig =
            serde_norway::from_str(text).map_err(|e| ConfigError::Parse(e.to_string()))?;
        let mut warnings = Vec::new();
        for key in map.keys() {
            if !KEYS_READ.contains(&key.as_str()) && !KEYS_IGNORED.contains(&key.as_str()) {
                warnings.push(format!("unknown config key `{key}` is ignored"));
            }
        }
        let mut config = Config::from_raw(&raw)?;
        warnings.append(&mut config.warnings);
        config.warnings = warnings;
        Ok(config)
    }

    /// Validates a [`RawConfig`].
    pub fn from_raw(raw: &RawConfig) -> Result<Config, ConfigError> {
        fn req<T: Copy>(v: Option<T>, key: &'static str) -> Result<T, ConfigError> {
            v.ok_or(ConfigError::Missing { key })
        }
        let mut warnings = Vec::new();
        let sized = |v: Option<usize>, key: &'static str, max: usize| {
            bounded(positive(req(v, key)?, key)?, key, max)
        };
        let vocab_size = sized(raw.vocab_size, "vocab_size", limits::MAX_VOCAB)?;
        let hidden_size = sized(raw.hidden_size, "hidden_size", limits::MAX_HIDDEN)?;
        let num_layers = sized(raw.num_layers, "num_layers", limits::MAX_LAYERS)?;
        let heads = sized(
            raw.num_attention_heads,
            "num_attention_heads",
            limits::MAX_HEADS,
        )?;
        let short_filter_length = sized(
            raw.short_filter_length,
            "short_filter_length",
            limits::MAX_SHORT_FILTER,
        )?;
        let state_size = sized(raw.state_size, "state_size", limits::MAX_STATE)?;
        let eps = req(raw.eps, "eps")?;
        if !(eps.is_finite() && eps >= 0.0) {
            return Err(invalid("eps", eps, "must be a finite number ≥ 0"));
        }
        let max_seqlen = sized(raw.max_seqlen, "max_seqlen", limits::MAX_SEQLEN)?;

        if hidden_size % heads != 0 {
            return Err(invalid(
                "num_attention_heads",
                heads,
                &format!("must divide hidden_size = {hidden_size}"),
            ));
        }
        let proj_groups = positive(raw.proj_groups.unwrap_or(1), "proj_groups")?;
        if heads % proj_groups != 0 {
            return Err(invalid(
                "proj_groups",
                proj_groups,
                &format!("must divide num_attention_heads = {heads}"),
            ));
        }
        if let Some(nf) = raw.num_filters {
            if nf != hidden_size {
                return Err(unsupported(
                    "num_filters",
                    nf,
                    &format!("only num_filters = hidden_size ({hidden_size}) is supported"),
                ));
            }
        }
        // Missing means `hidden_size` groups in the reference, i.e. one filter shared by all
        // channels, which its decode path cannot run (spec §2.1 step 5).
        match raw.hyena_filter_groups {
            Some(1) => {}
            Some(g) => {
                return Err(unsupported(
                    "hyena_filter_groups",
                    g,
                    "only 1 (one modal system per channel) is supported",
                ))
            }
            None => {
                return Err(unsupported(
                    "hyena_filter_groups",
                    "(missing: the reference then uses hidden_size)",
                    "only 1 is supported; set `hyena_filter_groups: 1`",
                ))
            }
        }
        if raw.smeared_gqa == Some(true) {
            return Err(unsupported(
                "smeared_gqa",
                true,
                "the reference builds an inconsistent attention block with it",
            ));
        }
        for (key, v) in [
            ("model_parallel_size", raw.model_parallel_size),
            ("pipe_parallel_size", raw.pipe_parallel_size),
        ] {
            if let Some(v) = v {
                if v != 1 {
                    return Err(unsupported(
                        key,
                        v,
                        "only 1 (no model or pipeline parallelism)",
                    ));
                }
            }
        }
        if raw.final_norm == Some(false) {
            return Err(unsupported(
                "final_norm",
                false,
                "the reference always applies the final norm (it crashes without one)",
            ));
        }
        let mlp_activation = match raw.mlp_activation.as_deref().unwrap_or("silu") {
            "silu" => MlpActivation::Silu,
            "gelu" => MlpActivation::Gelu,
            other => {
                return Err(unsupported(
                    "mlp_activation",
                    other,
                    "expected `silu` or `gelu`",
                ))
            }
        };
        match raw.prefill_style.as_deref() {
            None | Some("fft") => {}
            Some("recurrence") => warnings.push(
                "prefill_style: recurrence is buggy in the reference (spec §6.1); hyenac computes \
                 the exact prefill state instead"
                    .to_string(),
            ),
            Some(other) => {
                return Err(unsupported(
                    "prefill_style",
                    other,
                    "expected `fft` or `recurrence`",
                ))
            }
        }
        if let Some(v) = &raw.long_fir_threshold {
            if !v.is_null() {
                warnings.push(
                    "long_fir_threshold is ignored: the reference applies the truncated filter \
                     time-reversed (spec §2.1 step 4); hyenac computes the exact convolution"
                        .to_string(),
                );
            }
        }
        if let Some(b) = raw.max_batch_size {
            if b == 0 {
                return Err(invalid("max_batch_size", b, "must be at least 1"));
            }
        }

        let attn = raw.attn_layer_idxs.clone().unwrap_or_default();
        let hyena = raw.hyena_layer_idxs.clone().unwrap_or_default();
        if raw.attn_layer_idxs.is_none() && raw.hyena_layer_idxs.is_none() {
            return Err(ConfigError::Missing {
                key: "hyena_layer_idxs",
            });
        }
        // One pass over each list (a list as long as the file allows must not cost
        // num_layers × its length).
        let mut kinds: Vec<Option<LayerKind>> = vec![None; num_layers];
        for (key, list, kind) in [
            ("attn_layer_idxs", &attn, LayerKind::Attention),
            ("hyena_layer_idxs", &hyena, LayerKind::Hyena),
        ] {
            for &i in list {
                // One past the end is what the released 7B config lists (layer 32 of 32); the
                // reference ignores it, and so does hyenac, loudly. Further is an error: then
                // `num_layers` looks short, and layers would be dropped.
                if i == num_layers {
                    warnings.push(format!(
                        "{key} lists layer {i}, one past num_layers = {num_layers}: ignored, as the reference does"
                    ));
                    continue;
                }
                let Some(slot) = kinds.get_mut(i) else {
                    return Err(invalid(
                        key,
                        i,
                        &format!("index out of range for num_layers = {num_layers}"),
                    ));
                };
                match slot {
                    None => *slot = Some(kind),
                    Some(k) if *k == kind => {
                        return Err(invalid(key, i, "layer is listed twice"));
                    }
                    Some(_) => {
                        return Err(invalid(
                            "attn_layer_idxs",
                            i,
                            "layer is listed in both attn_layer_idxs and hyena_layer_idxs",
                        ))
                    }
                }
            }
        }
        let mut layers = Vec::with_capacity(num_layers);
        for (i, k) in kinds.into_iter().enumerate() {
            match k {
                Some(k) => layers.push(k),
                None => {
                    return Err(invalid(
                        "hyena_layer_idxs",
                        format!("{hyena:?}"),
                        &format!("layer {i} is in neither attn_layer_idxs nor hyena_layer_idxs"),
                    ))
                }
            }
        }

        let inner_mlp_size = match raw.inner_mlp_size {
            Some(f) => bounded(
                positive(f, "inner_mlp_size")?,
                "inner_mlp_size",
                limits::MAX_INNER_MLP,
            )?,
            None => {
                // stripedhyena's rounding rule (spec §4).
                let m = bounded(
                    positive(
                        raw.inner_size_multiple_of.unwrap_or(64),
                        "inner_size_multiple_of",
                    )?,
                    "inner_size_multiple_of",
                    limits::MAX_INNER_MLP,
                )?;
                let f0 = (2 * hidden_size * 4) / 3;
                m * f0.div_ceil(m)
            }
        };

        let rotary_emb_base = raw.rotary_emb_base.unwrap_or(10000.0);
        if !(rotary_emb_base.is_finite() && rotary_emb_base > 1.0) {
            return Err(invalid("rotary_emb_base", rotary_emb_base, "must be > 1"));
        }
        let rotary_position_scale = if raw.use_interpolated_rotary_pos_emb == Some(true) {
            let f = raw.rotary_emb_scaling_factor.unwrap_or(1.0);
            if !(f.is_finite() && f > 0.0) {
                return Err(invalid("rotary_emb_scaling_factor", f, "must be > 0"));
            }
            f
        } else {
            1.0
        };
        let head_dim = hidden_size / heads;
        if layers.contains(&LayerKind::Attention) && head_dim % 2 != 0 {
            return Err(invalid(
                "num_attention_heads",
                heads,
                &format!("head dimension {head_dim} must be even for rotary embedding"),
            ));
        }

        let config = Config {
            model_name: raw.model_name.clone(),
            vocab_size,
            hidden_size,
            num_layers,
            layers,
            num_attention_heads: heads,
            num_kv_heads: heads / proj_groups,
            short_filter_length,
            short_filter_bias: raw.short_filter_bias.unwrap_or(true),
            state_size,
            inner_mlp_size,
            eps,
            norm_style: if raw.use_flash_rmsnorm.unwrap_or(false) {
                NormStyle::EpsInsideSqrt
            } else {
                NormStyle::EpsOutsideSqrt
            },
            rotary_emb_base,
            rotary_position_scale,
            column_split_hyena: raw.column_split_hyena.unwrap_or(true),
            tie_embeddings: raw.tie_embeddings.unwrap_or(false),
            qkv_proj_bias: raw.qkv_proj_bias.unwrap_or(true),
            mha_out_proj_bias: raw.mha_out_proj_bias.unwrap_or(true),
            mlp_activation,
            max_seqlen,
            warnings,
        };
        let params = config.parameter_count();
        if params > limits::MAX_PARAMETERS {
            return Err(invalid(
                "hidden_size",
                hidden_size,
                &format!(
                    "the config implies {params} parameters, more than the limit of 2^38 ({} GiB in f32)",
                    (limits::MAX_PARAMETERS * 4) >> 30
                ),
            ));
        }
        let widest = config.widest_activation() as u128 * config.max_seqlen as u128;
        if widest > limits::MAX_ACTIVATION {
            return Err(invalid(
                "max_seqlen",
                config.max_seqlen,
                &format!(
                    "one activation of {} columns at this length has {widest} elements, more than the limit of 2^36 (256 GiB in f32)",
                    config.widest_activation()
                ),
            ));
        }
        Ok(config)
    }

    /// Parameters the config implies (every tensor of the checkpoint), without overflow.
    /// Counted here from the dimensions, so that validating a config does not need the
    /// state-dict layout (`checkpoint.rs` depends on the config, not the other way round); a
    /// test checks it against the layout's tensors.
    pub fn parameter_count(&self) -> u128 {
        let u = |x: usize| x as u128;
        let (d, f, v) = (
            u(self.hidden_size),
            u(self.inner_mlp_size),
            u(self.vocab_size),
        );
        let per_layer = |kind: &LayerKind| -> u128 {
            let norms_mlp = 2 * d + 3 * f * d;
            norms_mlp
                + match kind {
                    LayerKind::Hyena => {
                        let modal = 2 * d * u(self.state_size) * 2;
                        3 * d * d
                            + 3 * d
                            + 3 * d * u(self.short_filter_length)
                            + if self.short_filter_bias { 3 * d } else { 0 }
                            + modal
                            + d
                            + d * d
                            + d
                    }
                    LayerKind::Attention => {
                        let qkv = u(
                            (self.num_attention_heads + 2 * self.num_kv_heads) * self.head_dim()
                        );
                        qkv * d
                            + if self.qkv_proj_bias { qkv } else { 0 }
                            + d * d
                            + if self.mha_out_proj_bias { d } else { 0 }
                    }
                }
        };
        let embeddings = if self.tie_embeddings {
            v * d
        } else {
            2 * v * d
        };
        embeddings + d + self.layers.iter().map(per_layer).sum::<u128>()
    }

    /// Columns of the widest activation per token: the Hyena projections (3D), the logits
    /// (V), the MLP's two branches (2F), the attention projections.
    pub fn widest_activation(&self) -> usize {
        let qkv = (self.num_attention_heads + 2 * self.num_kv_heads) * self.head_dim();
        (3 * self.hidden_size)
            .max(self.vocab_size)
            .max(2 * self.inner_mlp_size)
            .max(qkv)
    }

    /// Head dimension `hidden_size / num_attention_heads`.
    pub fn head_dim(&self) -> usize {
        self.hidden_size / self.num_attention_heads
    }

    /// Number of layers of a kind.
    pub fn count(&self, kind: LayerKind) -> usize {
        self.layers.iter().filter(|&&k| k == kind).count()
    }
}

pub(crate) fn positive(v: usize, key: &'static str) -> Result<usize, ConfigError> {
    if v == 0 {
        Err(invalid(key, 0, "must be at least 1"))
    } else {
        Ok(v)
    }
}

pub(crate) fn bounded(v: usize, key: &'static str, max: usize) -> Result<usize, ConfigError> {
    if v > max {
        Err(invalid(
            key,
            v,
            &format!("larger than the limit of {max} (far above any released model)"),
        ))
    } else {
        Ok(v)
    }
}

pub(crate) fn invalid(
    key: &'static str,
    value: impl std::fmt::Display,
    reason: &str,
) -> ConfigError {
    ConfigError::Invalid {
        key,
        value: value.to_string(),
        reason: reason.to_string(),
    }
}

pub(crate) fn unsupported(
    key: &'static str,
    value: impl std::fmt::Display,
    reason: &str,
) -> ConfigError {
    ConfigError::Unsupported {
        key,
        value: value.to_string(),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str =
        "vocab_size: 61\nhidden_size: 32\nnum_filters: 32\nattn_layer_idxs: [1, 3]\n\
        hyena_layer_idxs: [0, 2]\nnum_layers: 4\nshort_filter_length: 3\nnum_attention_heads: 4\n\
        eps: 1.0e-5\nstate_size: 4\nproj_groups: 2\nhyena_filter_groups: 1\nmax_seqlen: 8192\n";

    #[test]
    fn tiny_config_resolves_defaults() {
        let c = Config::from_yaml(TINY).unwrap();
        assert_eq!(
            c.layers,
            vec![
                LayerKind::Hyena,
                LayerKind::Attention,
                LayerKind::Hyena,
                LayerKind::Attention
            ]
        );
        assert_eq!(c.num_kv_heads, 2);
        assert_eq!(c.head_dim(), 8);
        // int(2·32·4/3) = 85, rounded up to a multiple of 64.
        assert_eq!(c.inner_mlp_size, 128);
        assert_eq!(c.norm_style, NormStyle::EpsOutsideSqrt);
        assert!(c.qkv_proj_bias && c.mha_out_proj_bias && c.column_split_hyena);
        assert!(c.warnings.is_empty());
    }

    #[test]
    fn unknown_key_is_a_warning() {
        let c = Config::from_yaml(&format!("{TINY}hiden_size: 3\n")).unwrap();
        assert_eq!(
            c.warnings,
            vec!["unknown config key `hiden_size` is ignored".to_string()]
        );
    }

    #[test]
    fn unsupported_values_name_key_and_value() {
        for (extra, key, value) in [
            ("smeared_gqa: true\n", "smeared_gqa", "true"),
            ("model_parallel_size: 2\n", "model_parallel_size", "2"),
            ("mlp_activation: relu\n", "mlp_activation", "relu"),
        ] {
            let err = Config::from_yaml(&format!("{TINY}{extra}")).unwrap_err();
            let msg = err.to_string();
            assert!(msg.contains(key) && msg.contains(value), "{msg}");
        }
        let err =
            Config::from_yaml(&TINY.replace("hyena_filter_groups: 1", "hyena_filter_groups: 4"))
                .unwrap_err()
                .to_string();
        assert!(
            err.contains("hyena_filter_groups") && err.contains('4'),
            "{err}"
        );
    }

    #[test]
    fn missing_and_malformed() {
        let err = Config::from_yaml(&TINY.replace("state_size: 4\n", "")).unwrap_err();
        assert!(err.to_string().contains("state_size"), "{err}");
        let err =
            Config::from_yaml(&TINY.replace("state_size: 4", "state_size: four")).unwrap_err();
        assert!(err.to_string().contains("state_size"), "{err}");
        let err = Config::from_yaml("hidden_size: [").unwrap_err();
        assert!(matches!(err, ConfigError::Parse(_)), "{err}");
        let err =
            Config::from_yaml(&TINY.replace("attn_layer_idxs: [1, 3]", "attn_layer_idxs: [1]"))
                .unwrap_err();
        assert!(err.to_string().contains("layer 3"), "{err}");
    }
}
