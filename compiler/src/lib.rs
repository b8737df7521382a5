//! hyenac: an ahead-of-time compiler for Hyena-family long-convolution language models.
//!
//! The pipeline, one folder per stage:
//! - [`graph`]: the typed dataflow graph built from a config (`hyenac_models`);
//! - [`interp`]: the float64 reference interpreter, the oracle for every backend;
//! - [`codegen`]: the LLVM targets (host CPU, NVPTX);
//! - [`cli`]: the `hyenac` command line.
//!
//! The MLIR dialect lives in `hyenac_dialects`, the artifact runtime in `hyenac_runtime`.

pub mod cli;
pub mod codegen;
pub mod graph;
pub mod interp;
pub mod rewrite;
pub mod tensor_io;
