//! Code generation back ends.
//!
//! - [`artifact`]: `hyenac compile` for the CPU and GPUs: one `.hyx` file for the runtime, its
//!   code carrying the kernel ABI table the runtime checks the manifest against;
//! - [`hyena_ir`]: the optimised graph in the `hyena` dialect (first MLIR stage);
//! - [`builder`]: MLIR function text; [`kernels`]: one kernel per runtime operation, one file
//!   per kernel family (`kernels/matmul.rs`, `attention.rs`, `conv/{mod,scan,block}.rs`, …);
//! - [`fft`]: the generated FFTs (lane-batched on the CPU) and the FFT convolutions;
//! - [`gpu`]: the same kernels as `gpu.func`s, lowered to PTX for sm_80/sm_90;
//! - [`isa`]: the CPU instruction sets kernels may use, from the target's features;
//! - [`cpu`]: lowering by named stages, in-process compilation for the host CPU, kernel
//!   sharing;
//! - [`plan`]: the runtime plan of every device and its constants, folded by pure functions;
//! - [`llvm_emit`]: LLVM IR, assembly and objects for an explicit CPU model, whose features
//!   come from LLVM's own tables (`native/cpu_features.cpp`);
//! - [`llvm_targets`]: the LLVM targets hyenac links (host CPU, NVPTX).

pub(crate) mod artifact;
pub mod builder;
pub mod cpu;
pub mod fft;
pub mod gpu;
pub mod hyena_ir;
pub mod isa;
pub mod kernels;
pub(crate) mod llvm_emit;
pub(crate) mod llvm_targets;
pub(crate) mod plan;
