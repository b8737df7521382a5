//! Code generation back ends. For now: the LLVM targets hyenac links (inkwell, LLVM 22).

pub mod llvm_targets;
