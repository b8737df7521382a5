//! Errors of the model frontend. Each one renders as one line that names the problem.

use thiserror::Error;

/// A config that cannot be read or is not supported.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum ConfigError {
    #[error("cannot read config {path}: {message}")]
    Io { path: String, message: String },
    #[error("malformed config: {0}")]
    Parse(String),
    #[error("config key `{key}` is missing")]
    Missing { key: &'static str },
    #[error("config key `{key}` has invalid value {value}: {reason}")]
    Invalid {
        key: &'static str,
        value: String,
        reason: String,
    },
    #[error("config key `{key}` = {value} is not supported: {reason}")]
    Unsupported {
        key: &'static str,
        value: String,
        reason: String,
    },
}

/// A checkpoint that cannot be read or does not fit the config (the one weight reader lives in
/// the runtime, which reads weights supplied at load time by the same rules).
pub use hyenac_runtime::weights::WeightsError;
