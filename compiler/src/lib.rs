//! hyenac: an ahead-of-time compiler for Hyena-family long-convolution language models.
//!
//! The pipeline, one module per stage, in the order data flows (docs/architecture.md):
//! - [`graph`]: the typed dataflow graph built from a config (`hyenac_models`), its one
//!   declaration of operation names, text and DOT forms;
//! - [`families`]: model families, one file each (config, checkpoint, graph construction),
//!   picked by a registry;
//! - [`interp`]: the float64 reference interpreter, the oracle for every backend (tests only);
//! - [`rewrite`]: equality saturation (egg): algorithm choice per layer and length, fusion,
//!   cost models, `hyenac explain`;
//! - [`codegen`]: the optimised graph as MLIR kernels, lowered to native code for the host CPU
//!   and to PTX for NVIDIA GPUs, and the artifact writer;
//! - [`pipeline`]: the whole compile as a library call ([`pipeline::compile`]), which the
//!   command line uses;
//! - [`tensor_io`]: token and logits files;
//! - [`cli`]: the `hyenac` command line.
//!
//! Model configs and checkpoints live in `hyenac_models`, the MLIR dialect in
//! `hyenac_dialects`, the artifact format, its checks and the executor in `hyenac_runtime`.

pub mod cli;
pub mod codegen;
pub(crate) mod families;
pub mod graph;
pub mod interp;
pub mod pipeline;
pub mod rewrite;
pub mod tensor_io;
