//! The runtime's error type: one line that names the problem.

use thiserror::Error;

/// Errors of the runtime.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum RuntimeError {
    #[error("no CUDA driver: libcuda could not be loaded on this machine")]
    NoCudaDriver,
    #[error("CUDA driver error: {0}")]
    Cuda(String),
    #[error("token {token} at position {position} is out of range for vocabulary size {vocab}")]
    TokenOutOfRange {
        token: i64,
        position: usize,
        vocab: usize,
    },
    #[error("sequence too long: {len} tokens, the program was compiled for at most {max}")]
    TooLong { len: usize, max: usize },
    #[error("{0}")]
    Input(String),
    #[error("invalid artifact: {0}")]
    Artifact(String),
}
