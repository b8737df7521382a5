//! The runtime's error type: one line that names the problem.

use thiserror::Error;

/// Errors of the runtime.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum RuntimeError {
    #[error("no CUDA driver: libcuda could not be loaded on this machine")]
    /// The CUDA driver library could not be loaded.
    NoCudaDriver,
    #[error("CUDA driver error: {0}")]
    /// The driver refused something; its message.
    Cuda(String),
    #[error("token {token} at position {position} is out of range for vocabulary size {vocab}")]
    /// A token id outside the vocabulary.
    TokenOutOfRange {
        /// The id.
        token: i64,
        /// Its position in the call.
        position: usize,
        /// The vocabulary size.
        vocab: usize,
    },
    #[error("sequence too long: {len} tokens, the program was compiled for at most {max}")]
    /// More tokens than the plan serves.
    TooLong {
        /// The position plus the call's length.
        len: usize,
        /// The plan's maximum.
        max: usize,
    },
    #[error("{0}")]
    /// Bad input (a file, an option, weights): what is wrong.
    Input(String),
    #[error("invalid artifact: {0}")]
    /// A damaged or inconsistent artifact: what is wrong.
    Artifact(String),
}
