//! Model frontend for hyenac: each family's configs and checkpoints.
//!
//! - [`config`]: the StripedHyena YAML config, validated into [`Config`].
//! - [`checkpoint`]: the state_dict names and shapes a StripedHyena config implies, and loading
//!   safetensors weights checked against them.
//! - [`stripedhyena2`]: StripedHyena 2 (Evo 2) configs and state dicts ([`Sh2Config`]).
//! - [`hyena`]: the original Hyena operator's models and HyenaDNA ([`HyenaConfig`]).
//! - [`ModelConfig`]: a config of any family.
//!
//! The graph is built from a [`Config`] alone by the compiler (`hyenac::graph::build`); weights
//! are bound to it by name.

pub mod checkpoint;
pub mod config;
pub mod error;
pub mod hyena;
pub mod random;
pub mod stripedhyena2;

pub use checkpoint::{checkpoint_spec, expected_tensors, Checkpoint, Tensor, TensorSpec};
pub use config::{Config, LayerKind, MlpActivation, NormStyle};
pub use error::{ConfigError, WeightsError};
pub use hyena::HyenaConfig;
pub use stripedhyena2::{Sh2Config, Sh2Layer};

/// A validated config of one of the families hyenac compiles.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum ModelConfig {
    /// StripedHyena (`hyena_layer_idxs` / `attn_layer_idxs`).
    StripedHyena(Config),
    /// StripedHyena 2, Evo 2's architecture (`hcs/hcm/hcl_layer_idxs`).
    StripedHyena2(Sh2Config),
    /// The original Hyena operator's LMs and HyenaDNA (safari / HF `config.json`).
    Hyena(HyenaConfig),
}

impl ModelConfig {
    /// The model's tokenizer when the family fixes it: Evo 2 reads one id per byte (vortex's
    /// `CharLevelTokenizer(512)`); StripedHyena's tokenizer is a separate file (none here).
    pub fn tokenizer(&self) -> Option<hyenac_runtime::Tokenizer> {
        match self {
            ModelConfig::StripedHyena(_) => None,
            // HyenaDNA's characters; safari's Hyena language models have no built-in one.
            ModelConfig::Hyena(c) => (c.format == hyena::HyenaFormat::HuggingFace
                && c.vocab_size >= 12)
                .then(|| hyenac_runtime::Tokenizer::hyenadna(c.vocab_size)),
            ModelConfig::StripedHyena2(c) => {
                (c.vocab_size >= 256).then_some(hyenac_runtime::Tokenizer::Bytes {
                    vocab_size: c.vocab_size,
                })
            }
        }
    }

    /// The longest sequence the model was configured for.
    pub fn max_seqlen(&self) -> usize {
        match self {
            ModelConfig::StripedHyena(c) => c.max_seqlen,
            ModelConfig::StripedHyena2(c) => c.max_seqlen,
            ModelConfig::Hyena(c) => c.l_max,
        }
    }

    /// Vocabulary size.
    pub fn vocab_size(&self) -> usize {
        match self {
            ModelConfig::StripedHyena(c) => c.vocab_size,
            ModelConfig::StripedHyena2(c) => c.vocab_size,
            ModelConfig::Hyena(c) => c.vocab_size,
        }
    }

    /// The config's `model_name`, if any.
    pub fn model_name(&self) -> Option<&str> {
        match self {
            ModelConfig::StripedHyena(c) => c.model_name.as_deref(),
            ModelConfig::StripedHyena2(c) => c.model_name.as_deref(),
            ModelConfig::Hyena(c) => c.model_name.as_deref(),
        }
    }

    /// Non-fatal remarks of the validation.
    pub fn warnings(&self) -> &[String] {
        match self {
            ModelConfig::StripedHyena(c) => &c.warnings,
            ModelConfig::StripedHyena2(c) => &c.warnings,
            ModelConfig::Hyena(c) => &c.warnings,
        }
    }

    /// Parameters of the checkpoint the config implies.
    pub fn parameter_count(&self) -> u128 {
        match self {
            ModelConfig::StripedHyena(c) => c.parameter_count(),
            ModelConfig::StripedHyena2(c) => c.parameter_count(),
            ModelConfig::Hyena(c) => c.parameter_count(),
        }
    }

    /// Bytes of the compile-time constants that grow with the filter grid rather than with
    /// the parameters, for the memory check before compiling: a Hyena model's implicit
    /// filters (every layer's taps in f32 for the step plan and an f32 spectrum of about
    /// twice their length, plus one layer's float64 fold at a time); 0 for the other families.
    pub fn folded_constant_bytes(&self) -> u128 {
        match self {
            ModelConfig::Hyena(c) => {
                let taps = c.filter_channels() as u128 * c.l_max as u128;
                c.n_layer as u128 * taps * 12 + taps * 32
            }
            _ => 0,
        }
    }

    /// What a checkpoint for the config must hold.
    pub fn checkpoint_spec(&self) -> checkpoint::CheckpointSpec {
        match self {
            ModelConfig::StripedHyena(c) => checkpoint::checkpoint_spec(c),
            ModelConfig::StripedHyena2(c) => stripedhyena2::checkpoint_spec(c),
            ModelConfig::Hyena(c) => hyena::checkpoint_spec(c),
        }
    }

    /// The StripedHyena config, if it is one.
    pub fn as_stripedhyena(&self) -> Option<&Config> {
        match self {
            ModelConfig::StripedHyena(c) => Some(c),
            _ => None,
        }
    }
}

impl From<Config> for ModelConfig {
    fn from(c: Config) -> ModelConfig {
        ModelConfig::StripedHyena(c)
    }
}

impl From<&Config> for ModelConfig {
    fn from(c: &Config) -> ModelConfig {
        ModelConfig::StripedHyena(c.clone())
    }
}

impl From<HyenaConfig> for ModelConfig {
    fn from(c: HyenaConfig) -> ModelConfig {
        ModelConfig::Hyena(c)
    }
}

impl From<Sh2Config> for ModelConfig {
    fn from(c: Sh2Config) -> ModelConfig {
        ModelConfig::StripedHyena2(c)
    }
}

/// The StripedHyena-7B config (`7b-sh-32k-v1`), bundled as data.
pub const STRIPEDHYENA_7B_YAML: &str = include_str!("../data/7b-sh-32k-v1.yml");
