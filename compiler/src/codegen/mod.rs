//! Code generation back ends.
//!
//! - [`builder`]: MLIR function text; [`kernels`]: one kernel per runtime operation;
//! - [`cpu`]: lowering by named stages and in-process compilation for the host CPU;
//! - [`llvm_targets`]: the LLVM targets hyenac links (host CPU, NVPTX).

pub mod builder;
pub mod cpu;
pub mod kernels;
pub mod llvm_targets;
