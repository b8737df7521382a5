//! Model frontend for hyenac: StripedHyena configs and checkpoints.
//!
//! - [`config`]: the YAML config, validated into [`Config`].
//! - [`checkpoint`]: the state_dict names and shapes a config implies, and loading safetensors
//!   weights checked against them.
//!
//! The graph is built from a [`Config`] alone by the compiler (`hyenac::graph::build`); weights
//! are bound to it by name.

pub mod checkpoint;
pub mod config;
pub mod error;
pub mod random;

pub use checkpoint::{checkpoint_spec, expected_tensors, Checkpoint, Tensor, TensorSpec};
pub use config::{Config, LayerKind, MlpActivation, NormStyle};
pub use error::{ConfigError, WeightsError};

/// The StripedHyena-7B config (`7b-sh-32k-v1`), bundled as data.
pub const STRIPEDHYENA_7B_YAML: &str = include_str!("../data/7b-sh-32k-v1.yml");
