//! `hyenac targets`.

use super::*;

/// The options of `hyenac targets`.
#[derive(Debug, clap::Args)]
pub struct TargetsArgs {
    /// Also list every CPU model `compile --cpu` accepts.
    #[arg(long)]
    pub cpus: bool,
}

/// Runs `hyenac targets`.
pub fn run(args: TargetsArgs) -> Result<()> {
    let TargetsArgs { cpus } = args;

    if cpus {
        let models = crate::codegen::llvm_emit::cpu_models().map_err(anyhow::Error::msg)?;
        println!(
            "CPU models for --cpu ({}): native, {}",
            models.len(),
            models.join(", ")
        );
    }
    for t in crate::codegen::llvm_targets::probe_targets() {
        println!(
            "{:6} {:24} cpu={:16} features={} {}",
            t.name,
            t.triple,
            t.cpu,
            t.features,
            if t.available {
                "available"
            } else {
                "UNAVAILABLE"
            }
        );
    }
    Ok(())
}
