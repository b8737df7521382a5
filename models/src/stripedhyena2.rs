//! StripedHyena 2 (Evo 2, as the `vortex` code runs it): its YAML configs and its state dict
//! (design/stripedhyena2-spec.md §§1, 3).
//!
//! As for StripedHyena, reading is two steps: [`RawSh2Config`] mirrors every key vortex reads
//! (all optional), [`Sh2Config::from_raw`] validates it into the resolved config the compiler
//! builds its graph from. Keys vortex never reads are accepted silently, unknown keys are
//! warnings, values hyenac does not support are errors naming the key and the value.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::config::{bounded, invalid, limits, positive, unsupported, MlpActivation, NormStyle};
use crate::error::ConfigError;
use hyenac_runtime::weights::{CheckpointSpec, NamePattern, TensorSpec};

/// Every key of a vortex config that its code reads (spec §1.2), all optional at this level.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawSh2Config {
    pub model_name: Option<String>,
    pub vocab_size: Option<usize>,
    pub hidden_size: Option<usize>,
    pub num_filters: Option<usize>,
    pub num_layers: Option<usize>,
    pub attn_layer_idxs: Option<Vec<usize>>,
    pub hcl_layer_idxs: Option<Vec<usize>>,
    pub hcm_layer_idxs: Option<Vec<usize>>,
    pub hcs_layer_idxs: Option<Vec<usize>>,
    pub hcm_filter_groups: Option<usize>,
    pub hcm_filter_length: Option<usize>,
    pub hcs_filter_groups: Option<usize>,
    pub hcs_filter_length: Option<usize>,
    pub num_attention_heads: Option<usize>,
    pub short_filter_length: Option<usize>,
    pub short_filter_bias: Option<bool>,
    pub eps: Option<f64>,
    pub state_size: Option<usize>,
    pub rotary_emb_base: Option<f64>,
    pub use_interpolated_rotary_pos_emb: Option<bool>,
    pub rotary_emb_scaling_factor: Option<f64>,
    pub inner_mlp_size: Option<usize>,
    pub inner_size_multiple_of: Option<usize>,
    pub proj_groups: Option<usize>,
    pub column_split_hyena: Option<bool>,
    pub column_split: Option<bool>,
    pub interleave: Option<bool>,
    pub evo2_style_activations: Option<bool>,
    pub model_parallel_size: Option<usize>,
    pub pipe_parallel_size: Option<usize>,
    pub tie_embeddings: Option<bool>,
    pub mha_out_proj_bias: Option<bool>,
    pub hyena_out_proj_bias: Option<bool>,
    pub hyena_flip_x1x2: Option<bool>,
    pub qkv_proj_bias: Option<bool>,
    pub use_fp8_input_projections: Option<bool>,
    pub max_seqlen: Option<usize>,
    pub max_batch_size: Option<usize>,
    pub final_norm: Option<bool>,
    pub use_flash_attn: Option<bool>,
    pub use_flash_rmsnorm: Option<bool>,
    pub use_flash_depthwise: Option<bool>,
    pub use_flashfft: Option<bool>,
    pub use_laughing_hyena: Option<bool>,
    pub inference_mode: Option<bool>,
    pub tokenizer_type: Option<String>,
    pub prefill_style: Option<String>,
    pub mlp_activation: Option<String>,
    pub print_activations: Option<bool>,
    pub smeared_gqa: Option<bool>,
    pub long_fir_threshold: Option<serde_norway::Value>,
    pub attn_block_dtype: Option<String>,
    pub hyena_block_dtype: Option<String>,
    pub mlp_dtype: Option<String>,
    pub params_dtype: Option<String>,
    pub depthwise_dtype: Option<String>,
}

/// Keys the vortex code reads (spec §1.2), including the optional ones with defaults.
pub const KEYS_READ: &[&str] = &[
    "model_name",
    "vocab_size",
    "hidden_size",
    "num_filters",
    "num_layers",
    "attn_layer_idxs",
    "hcl_layer_idxs",
    "hcm_layer_idxs",
    "hcs_layer_idxs",
    "hcm_filter_groups",
    "hcm_filter_length",
    "hcs_filter_groups",
    "hcs_filter_length",
    "num_attention_heads",
    "short_filter_length",
    "short_filter_bias",
    "eps",
    "state_size",
    "rotary_emb_base",
    "use_interpolated_rotary_pos_emb",
    "rotary_emb_scaling_factor",
    "inner_mlp_size",
    "inner_size_multiple_of",
    "proj_groups",
    "column_split_hyena",
    "column_split",
    "interleave",
    "evo2_style_activations",
    "model_parallel_size",
    "pipe_parallel_size",
    "tie_embeddings",
    "mha_out_proj_bias",
    "hyena_out_proj_bias",
    "hyena_flip_x1x2",
    "qkv_proj_bias",
    "use_fp8_input_projections",
    "max_seqlen",
    "max_batch_size",
    "final_norm",
    "use_flash_attn",
    "use_flash_rmsnorm",
    "use_flash_depthwise",
    "use_flashfft",
    "use_laughing_hyena",
    "inference_mode",
    "tokenizer_type",
    "prefill_style",
    "mlp_activation",
    "print_activations",
    "smeared_gqa",
    "long_fir_threshold",
    "attn_block_dtype",
    "hyena_block_dtype",
    "mlp_dtype",
    "params_dtype",
    "depthwise_dtype",
    "low_mem_mode",
    "compile",
    "padding_idx",
    "process_group",
    "seqlen",
    "ground_truth_activations_path",
];

/// Keys of the shipped configs that vortex never reads (spec §1.2).
pub const KEYS_IGNORED: &[&str] = &[
    "make_vocab_size_divisible_by",
    "mlp_init_method",
    "mlp_output_init_method",
    "log_intermediate_values",
    "hcl_filter_groups",
    "hyena_filter_groups",
];

/// The top-level keys that make a config a StripedHyena 2 one (the registry's marker).
pub const MARKER_KEYS: &[&str] = &["hcs_layer_idxs", "hcm_layer_idxs", "hcl_layer_idxs"];

/// Explicit filters of at least this many taps are stored with the current tap first and have
/// a D skip; shorter ones have the current tap last and none — vortex's hard-coded threshold
/// (spec §§2.5–2.6, §6), which the stored layout follows, so it is semantics here, not an
/// algorithm choice.
pub const LONG_FIR_TAPS: usize = 128;

/// What a layer of a StripedHyena 2 stack is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sh2Layer {
    /// Hyena-SE: explicit short filter (`hcs`, 7 taps in Evo 2).
    HyenaSe,
    /// Hyena-MR: explicit medium filter (`hcm`, 128 taps in Evo 2).
    HyenaMr,
    /// Hyena-LI: long modal filter with real poles (`hcl`).
    HyenaLi,
    /// Multi-head attention with rotary embedding.
    Attention,
}

impl Sh2Layer {
    /// The config's name for the kind (`hcs`, `hcm`, `hcl`, `attn`).
    pub fn name(self) -> &'static str {
        match self {
            Sh2Layer::HyenaSe => "hcs",
            Sh2Layer::HyenaMr => "hcm",
            Sh2Layer::HyenaLi => "hcl",
            Sh2Layer::Attention => "attn",
        }
    }
}

/// An explicit grouped filter: `groups` filters of `taps` taps, channel `c` using filter
/// `c / (hidden_size / groups)` (spec §2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplicitFilter {
    pub groups: usize,
    pub taps: usize,
}

impl ExplicitFilter {
    /// Whether it is stored current-tap-first with a D skip ([`LONG_FIR_TAPS`]).
    pub fn long(&self) -> bool {
        self.taps >= LONG_FIR_TAPS
    }
}

/// A validated StripedHyena 2 configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sh2Config {
    pub model_name: Option<String>,
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub num_layers: usize,
    /// Kind of each layer, index = layer number.
    pub layers: Vec<Sh2Layer>,
    pub num_attention_heads: usize,
    /// The featurizer FIR's taps (3), applied to all `3·hidden_size` projected channels.
    pub short_filter_length: usize,
    /// Hyena-SE's filters.
    pub se: ExplicitFilter,
    /// Hyena-MR's filters.
    pub mr: ExplicitFilter,
    /// Hyena-LI's real modes per channel.
    pub state_size: usize,
    pub inner_mlp_size: usize,
    pub eps: f64,
    pub norm_style: NormStyle,
    /// The MLP's activation, in layer 0 only when `evo2_style_activations` (later layers' MLPs
    /// are then bilinear: no activation; spec §2.3).
    pub mlp_activation: MlpActivation,
    pub activation_in_first_layer_only: bool,
    /// Projected channels interleaved per channel as `(q, k, v)` (`interleave: True`).
    pub interleave: bool,
    /// Attention's `Wqkv` stored per head as `[h][q,k,v][dh]`, permuted at load
    /// (`column_split: True`).
    pub column_split: bool,
    /// Positions are divided by this before the rotary angles (1 = off).
    pub rotary_position_scale: f64,
    pub qkv_proj_bias: bool,
    pub mha_out_proj_bias: bool,
    pub hyena_out_proj_bias: bool,
    pub max_seqlen: usize,
    /// Non-fatal remarks.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Sh2Config {
    /// Parses and validates YAML text.
    pub fn from_yaml(text: &str) -> Result<Sh2Config, ConfigError> {
        let map: BTreeMap<String, serde_norway::Value> =
            serde_norway::from_str(text).map_err(|e| ConfigError::Parse(e.to_string()))?;
        let raw: RawSh2Config =
            serde_norway::from_str(text).map_err(|e| ConfigError::Parse(e.to_string()))?;
        let mut c = Sh2Config::from_raw(&raw)?;
        for key in map.keys() {
            if !KEYS_READ.contains(&key.as_str()) && !KEYS_IGNORED.contains(&key.as_str()) {
                c.warnings
                    .push(format!("unknown config key `{key}` is ignored"));
            }
        }
        Ok(c)
    }

    /// Validates a [`RawSh2Config`].
    pub fn from_raw(raw: &RawSh2Config) -> Result<Sh2Config, ConfigError> {
        fn req<T: Clone>(v: &Option<T>, key: &'static str) -> Result<T, ConfigError> {
            v.clone().ok_or(ConfigError::Missing { key })
        }
        let sized = |v: &Option<usize>, key: &'static str, max: usize| {
            bounded(positive(req(v, key)?, key)?, key, max)
        };
        let mut warnings = Vec::new();
        let vocab_size = sized(&raw.vocab_size, "vocab_size", limits::MAX_VOCAB)?;
        let d = sized(&raw.hidden_size, "hidden_size", limits::MAX_HIDDEN)?;
        let num_layers = sized(&raw.num_layers, "num_layers", limits::MAX_LAYERS)?;
        let heads = sized(
            &raw.num_attention_heads,
            "num_attention_heads",
            limits::MAX_HEADS,
        )?;
        if d % heads != 0 {
            return Err(invalid(
                "num_attention_heads",
                heads,
                &format!("must divide hidden_size = {d}"),
            ));
        }
        if (d / heads) % 2 != 0 {
            return Err(invalid(
                "num_attention_heads",
                heads,
                &format!("the head dimension {} must be even (rotary)", d / heads),
            ));
        }
        let short_filter_length = sized(
            &raw.short_filter_length,
            "short_filter_length",
            limits::MAX_SHORT_FILTER,
        )?;
        let state_size = sized(&raw.state_size, "state_size", limits::MAX_STATE)?;
        let inner_mlp_size = sized(&raw.inner_mlp_size, "inner_mlp_size", limits::MAX_INNER_MLP)?;
        let max_seqlen = sized(&raw.max_seqlen, "max_seqlen", limits::MAX_SEQLEN)?;
        let eps = req(&raw.eps, "eps")?;
        if !(eps.is_finite() && eps >= 0.0) {
            return Err(invalid("eps", eps, "must be a finite number ≥ 0"));
        }
        if let Some(nf) = raw.num_filters {
            if nf == 0 || d % nf != 0 {
                return Err(invalid(
                    "num_filters",
                    nf,
                    &format!("must divide hidden_size = {d} (vortex asserts it)"),
                ));
            }
        }

        // Layer kinds, in vortex's order of precedence (attn → hcl → hcm → hcs); a layer in
        // two lists is refused rather than resolved silently.
        let mut kinds: Vec<Option<Sh2Layer>> = vec![None; num_layers];
        for (key, list, kind) in [
            ("attn_layer_idxs", &raw.attn_layer_idxs, Sh2Layer::Attention),
            ("hcl_layer_idxs", &raw.hcl_layer_idxs, Sh2Layer::HyenaLi),
            ("hcm_layer_idxs", &raw.hcm_layer_idxs, Sh2Layer::HyenaMr),
            ("hcs_layer_idxs", &raw.hcs_layer_idxs, Sh2Layer::HyenaSe),
        ] {
            let list = list.as_ref().ok_or(ConfigError::Missing { key })?;
            for &i in list {
                if i >= num_layers {
                    warnings.push(format!(
                        "{key} lists layer {i}, past num_layers = {num_layers}: ignored, as vortex does"
                    ));
                    continue;
                }
                if let Some(k) = kinds[i] {
                    if k != kind {
                        return Err(invalid(
                            key,
                            i,
                            &format!("layer {i} is also listed as `{}`", k.name()),
                        ));
                    }
                }
                kinds[i] = Some(kind);
            }
        }
        let layers = kinds
            .iter()
            .enumerate()
            .map(|(i, k)| {
                k.ok_or_else(|| {
                    invalid(
                        "num_layers",
                        num_layers,
                        &format!("layer {i} is in none of attn/hcl/hcm/hcs_layer_idxs"),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let filter = |groups: &Option<usize>,
                      taps: &Option<usize>,
                      gkey: &'static str,
                      tkey: &'static str,
                      used: bool|
         -> Result<ExplicitFilter, ConfigError> {
            if !used {
                return Ok(ExplicitFilter {
                    groups: groups.unwrap_or(1).max(1),
                    taps: taps.unwrap_or(1).max(1),
                });
            }
            let groups = sized(groups, gkey, d)?;
            if d % groups != 0 {
                return Err(invalid(
                    gkey,
                    groups,
                    &format!("must divide hidden_size = {d}"),
                ));
            }
            let taps = sized(taps, tkey, limits::MAX_SEQLEN)?;
            Ok(ExplicitFilter { groups, taps })
        };
        let se = filter(
            &raw.hcs_filter_groups,
            &raw.hcs_filter_length,
            "hcs_filter_groups",
            "hcs_filter_length",
            layers.contains(&Sh2Layer::HyenaSe),
        )?;
        let mr = filter(
            &raw.hcm_filter_groups,
            &raw.hcm_filter_length,
            "hcm_filter_groups",
            "hcm_filter_length",
            layers.contains(&Sh2Layer::HyenaMr),
        )?;

        let refuse_true = |v: Option<bool>, key: &'static str, why: &str| match v {
            Some(true) => Err(unsupported(key, true, why)),
            _ => Ok(()),
        };
        refuse_true(
            raw.short_filter_bias,
            "short_filter_bias",
            "no Evo 2 model has a featurizer bias; hyenac reads `short_filter_bias: False`",
        )?;
        refuse_true(
            raw.column_split_hyena,
            "column_split_hyena",
            "the per-head Hyena split is not used by Evo 2; hyenac supports `False`",
        )?;
        refuse_true(
            raw.hyena_flip_x1x2,
            "hyena_flip_x1x2",
            "hyenac supports `False` (the Evo 2 gating order)",
        )?;
        refuse_true(
            raw.smeared_gqa,
            "smeared_gqa",
            "not used by any Evo 2 model",
        )?;
        if raw.tie_embeddings == Some(false) {
            return Err(unsupported(
                "tie_embeddings",
                false,
                "every Evo 2 model ties its unembedding to the embedding",
            ));
        }
        if raw.final_norm == Some(false) {
            return Err(unsupported(
                "final_norm",
                false,
                "every Evo 2 model applies the final norm",
            ));
        }
        match raw.proj_groups {
            None | Some(1) => {}
            Some(g) => {
                return Err(unsupported(
                    "proj_groups",
                    g,
                    "Evo 2 attention is plain multi-head (the checkpoint's per-head [q,k,v] layout has no grouped form)",
                ))
            }
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
        if let Some(b) = raw.max_batch_size {
            if b == 0 {
                return Err(invalid("max_batch_size", b, "must be at least 1"));
            }
        }
        let mlp_activation = match raw.mlp_activation.as_deref().unwrap_or("gelu") {
            "gelu" => MlpActivation::Gelu,
            "silu" => MlpActivation::Silu,
            other => {
                return Err(unsupported(
                    "mlp_activation",
                    other,
                    "expected `gelu` or `silu`",
                ))
            }
        };
        match raw.prefill_style.as_deref() {
            None | Some("fft") => {}
            Some("recurrence") => warnings.push(
                "prefill_style: recurrence fails in vortex for Evo 2 shapes (spec §4.4); hyenac \
                 computes the exact prefill state whatever the style"
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
        if raw.interleave.is_none() {
            warnings.push(
                "`interleave` is missing: vortex then splits the projections without \
                 de-interleaving (evo2 issue #18: garbage with the released checkpoints); hyenac \
                 does the same — set `interleave: True` for Evo 2 checkpoints"
                    .to_string(),
            );
        }
        if raw.use_fp8_input_projections == Some(true) {
            warnings.push(
                "use_fp8_input_projections: hyenac has no FP8; the input projections are computed \
                 in the compile's precision (f32 or bf16)"
                    .to_string(),
            );
        }
        if let Some(v) = &raw.long_fir_threshold {
            if !v.is_null() {
                warnings.push(
                    "long_fir_threshold is ignored: vortex's path for it applies the truncated \
                     filter time-reversed (spec §2.10); hyenac computes the exact convolution"
                        .to_string(),
                );
            }
        }
        let rotary_position_scale = if raw.use_interpolated_rotary_pos_emb == Some(true) {
            let s = req(&raw.rotary_emb_scaling_factor, "rotary_emb_scaling_factor")?;
            if !(s.is_finite() && s >= 1.0) {
                return Err(invalid(
                    "rotary_emb_scaling_factor",
                    s,
                    "must be a finite number ≥ 1",
                ));
            }
            s
        } else {
            1.0
        };
        let c = Sh2Config {
            model_name: raw.model_name.clone(),
            vocab_size,
            hidden_size: d,
            num_layers,
            layers,
            num_attention_heads: heads,
            short_filter_length,
            se,
            mr,
            state_size,
            inner_mlp_size,
            eps,
            norm_style: if raw.use_flash_rmsnorm == Some(true) {
                NormStyle::EpsInsideSqrt
            } else {
                NormStyle::EpsOutsideSqrt
            },
            mlp_activation,
            activation_in_first_layer_only: raw.evo2_style_activations.unwrap_or(false),
            interleave: raw.interleave.unwrap_or(false),
            column_split: raw.column_split.unwrap_or(true),
            rotary_position_scale,
            qkv_proj_bias: raw.qkv_proj_bias.unwrap_or(false),
            mha_out_proj_bias: raw.mha_out_proj_bias.unwrap_or(false),
            hyena_out_proj_bias: raw.hyena_out_proj_bias.unwrap_or(false),
            max_seqlen,
            warnings,
        };
        let params = c.parameter_count();
        if params > limits::MAX_PARAMETERS {
            return Err(invalid(
                "hidden_size",
                d,
                &format!("the config implies {params} parameters, more than the limit of 2^38"),
            ));
        }
        let widest = (max_seqlen as u128) * (3 * d).max(vocab_size).max(2 * inner_mlp_size) as u128;
        if widest > limits::MAX_ACTIVATION {
            return Err(invalid(
                "max_seqlen",
                max_seqlen,
                "its widest activation would exceed 2^36 elements",
            ));
        }
        Ok(c)
    }

    /// Head dimension.
    pub fn head_dim(&self) -> usize {
        self.hidden_size / self.num_attention_heads
    }

    /// Layers of `kind`.
    pub fn count(&self, kind: Sh2Layer) -> usize {
        self.layers.iter().filter(|&&k| k == kind).count()
    }

    /// Parameters the config implies (every tensor of the checkpoint, `inv_freq` included).
    pub fn parameter_count(&self) -> u128 {
        checkpoint_tensors(self)
            .iter()
            .map(|t| t.shape.iter().map(|&s| s as u128).product::<u128>())
            .sum()
    }

    /// Whether layer `i`'s MLP applies the activation.
    pub fn mlp_activated(&self, i: usize) -> bool {
        !self.activation_in_first_layer_only || i == 0
    }
}

/// State-dict names (spec §3.1): vortex keeps StripedHyena's (`embedding_layer.weight`,
/// `norm.scale`, `blocks.{i}.…`).
pub use crate::checkpoint::names;

/// What a vortex checkpoint for `c` must hold; Transformer Engine's `_extra_state` entries and
/// the converters' copy of the embedding (`unembed.weight`) are accepted and ignored.
pub fn checkpoint_spec(c: &Sh2Config) -> CheckpointSpec {
    CheckpointSpec {
        tensors: checkpoint_tensors(c),
        ignored: vec![
            NamePattern::Suffix("._extra_state".into()),
            NamePattern::Exact(names::UNEMBED.into()),
        ],
    }
}

/// Every tensor the config requires, in state-dict order, in the checkpoint's own layouts.
pub fn checkpoint_tensors(c: &Sh2Config) -> Vec<TensorSpec> {
    let d = c.hidden_size;
    let spec = |name: String, shape: &[usize]| TensorSpec::new(name, shape);
    let mut out = vec![spec(names::EMBEDDING.into(), &[c.vocab_size, d])];
    for (i, kind) in c.layers.iter().enumerate() {
        let b = |s: &str| names::block(i, s);
        out.push(spec(b("pre_norm.scale"), &[d]));
        out.push(spec(b("post_norm.scale"), &[d]));
        match kind {
            Sh2Layer::Attention => {
                out.push(spec(b("inner_mha_cls.Wqkv.weight"), &[3 * d, d]));
                if c.qkv_proj_bias {
                    out.push(spec(b("inner_mha_cls.Wqkv.bias"), &[3 * d]));
                }
                out.push(spec(b("inner_mha_cls.out_proj.weight"), &[d, d]));
                if c.mha_out_proj_bias {
                    out.push(spec(b("inner_mha_cls.out_proj.bias"), &[d]));
                }
                out.push(spec(
                    b("inner_mha_cls.rotary_emb.inv_freq"),
                    &[c.head_dim() / 2],
                ));
            }
            hyena => {
                out.push(spec(b("projections.weight"), &[3 * d, d]));
                out.push(spec(
                    b("filter.short_filter_weight"),
                    &[3 * d, 1, c.short_filter_length],
                ));
                let explicit = |f: &ExplicitFilter, out: &mut Vec<TensorSpec>| {
                    out.push(spec(b("filter.h"), &[f.groups, 1, f.taps]));
                    if f.long() {
                        out.push(spec(b("filter.D"), &[d]));
                    }
                };
                match hyena {
                    Sh2Layer::HyenaSe => explicit(&c.se, &mut out),
                    Sh2Layer::HyenaMr => explicit(&c.mr, &mut out),
                    _ => {
                        out.push(spec(b("filter.log_poles"), &[d, c.state_size, 1]));
                        out.push(spec(b("filter.residues"), &[d, c.state_size]));
                        out.push(spec(b("filter.D"), &[d]));
                    }
                }
                out.push(spec(b("out_filter_dense.weight"), &[d, d]));
                if c.hyena_out_proj_bias {
                    out.push(spec(b("out_filter_dense.bias"), &[d]));
                }
            }
        }
        let f = c.inner_mlp_size;
        out.push(spec(b("mlp.l1.weight"), &[f, d]));
        out.push(spec(b("mlp.l2.weight"), &[f, d]));
        out.push(spec(b("mlp.l3.weight"), &[d, f]));
    }
    out.push(spec(names::FINAL_NORM.into(), &[d]));
    out
}

/// The Evo 2 configs vortex ships, bundled under their upstream names.
pub const BUNDLED: &[(&str, &str)] = &[
    ("evo2-1b-8k", include_str!("../data/evo2-1b-8k.yml")),
    ("evo2-7b-8k", include_str!("../data/evo2-7b-8k.yml")),
    ("evo2-7b-1m", include_str!("../data/evo2-7b-1m.yml")),
    ("evo2-40b-1m", include_str!("../data/evo2-40b-1m.yml")),
];

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = include_str!("../../tests/fixtures/sh2-tiny/config.yml");

    #[test]
    fn the_fixture_config_resolves() {
        let c = Sh2Config::from_yaml(TINY).unwrap();
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
        use Sh2Layer::*;
        assert_eq!(
            c.layers,
            [HyenaSe, HyenaMr, HyenaLi, Attention, HyenaSe, HyenaMr, HyenaLi]
        );
        assert_eq!(c.se, ExplicitFilter { groups: 8, taps: 7 });
        assert_eq!(
            c.mr,
            ExplicitFilter {
                groups: 8,
                taps: 128
            }
        );
        assert!(c.mr.long() && !c.se.long());
        assert!(c.interleave && c.column_split && c.activation_in_first_layer_only);
        assert!(c.mlp_activated(0) && !c.mlp_activated(1));
        assert_eq!(c.head_dim(), 16);
    }

    /// The parameter counts of the released shapes (spec §8), from the bundled configs.
    #[test]
    fn bundled_configs_have_the_released_parameter_counts() {
        let want = [
            ("evo2-1b-8k", 1_107_989_760u128),
            ("evo2-7b-8k", 6_481_059_584),
            ("evo2-7b-1m", 6_581_722_880),
            ("evo2-40b-1m", 41_117_574_144),
        ];
        for ((name, text), (want_name, params)) in BUNDLED.iter().zip(want) {
            assert_eq!(*name, want_name);
            let c = Sh2Config::from_yaml(text).unwrap();
            // The spec's counts exclude the `inv_freq` buffers (dh/2 = 64 per attention layer).
            let inv_freq = 64 * c.count(Sh2Layer::Attention) as u128;
            assert_eq!(c.parameter_count() - inv_freq, params, "{name}");
        }
    }

    #[test]
    fn unsupported_values_name_key_and_value() {
        for (edit, needle) in [
            ("column_split_hyena: True", "`column_split_hyena` = true"),
            ("tie_embeddings: False", "`tie_embeddings` = false"),
            ("proj_groups: 2", "`proj_groups` = 2"),
            ("mlp_activation: relu", "`mlp_activation` = relu"),
            (
                "hcs_filter_groups: 5",
                "`hcs_filter_groups` has invalid value 5",
            ),
            (
                "hcm_layer_idxs: [1,5,3]",
                "layer 3 is also listed as `attn`",
            ),
            ("hcl_layer_idxs: [2]", "layer 6 is in none of"),
        ] {
            let key = edit.split(':').next().unwrap();
            let text: String = TINY
                .lines()
                .map(|l| {
                    if l.starts_with(&format!("{key}:")) {
                        edit
                    } else {
                        l
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let e = Sh2Config::from_yaml(&text).unwrap_err().to_string();
            assert!(e.contains(needle), "{edit}: `{e}` lacks `{needle}`");
        }
        let e = Sh2Config::from_yaml("vocab_size: 8\n").unwrap_err();
        assert_eq!(e.to_string(), "config key `hidden_size` is missing");
    }
}
