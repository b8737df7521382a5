//! Code generation back ends.
//!
//! - [`artifact`]: `hyenac compile` for the CPU: one `.hyx` file for the runtime;
//!
//! - [`hyena_ir`]: the optimised graph in the `hyena` dialect (first MLIR stage);
//! - [`builder`]: MLIR function text; [`kernels`]: one kernel per runtime operation;
//! - [`fft`]: the generated FFTs (lane-batched on the CPU) and the FFT convolutions;
//! - [`gpu`]: the same kernels as `gpu.func`s, lowered to PTX for sm_80/sm_90;
//! - [`cpu`]: lowering by named stages and in-process compilation for the host CPU;
//! - [`llvm_emit`]: LLVM IR, assembly and objects for an explicit CPU model;
//! - [`llvm_targets`]: the LLVM targets hyenac links (host CPU, NVPTX).

pub mod artifact;
pub mod builder;
pub mod cpu;
pub mod fft;
pub mod gpu;
pub mod hyena_ir;
pub mod kernels;
pub mod llvm_emit;
pub mod llvm_targets;
