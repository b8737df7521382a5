//! Where a loaded artifact runs: every backend behind one trait, so that [`crate::Model`] and
//! [`crate::Session`] work over any of them.
//!
//! - [`cpu`]: the artifact's shared object, its kernels called through the plan executor
//!   (`crate::plan`) on the thread pool (`crate::pool`);
//! - the CUDA driver (`crate::cuda::GpuProgram`): PTX launched in plan order (stateless plans).

pub mod cpu;

use crate::plan::{Plan, State};
use crate::{Matrix, RuntimeError};

/// The output of a call and the wall time of every kernel (label, seconds).
pub type Run = (Matrix, Vec<(String, f64)>);

/// Several outputs of a call, in the order asked for, and the wall time of every kernel.
pub type Runs = crate::plan::Outputs;

/// A device that runs plans.
pub trait Backend {
    /// Runs `plan` on the next `tokens` from `state` (advancing it) and returns the outputs
    /// named `outputs`, in that order.
    fn run(
        &self,
        plan: &Plan,
        state: &mut State,
        tokens: &[i64],
        outputs: &[&str],
    ) -> Result<Runs, RuntimeError>;

    /// Whether it carries state between calls (prefill, chunks, decode steps).
    fn runs_stateful_plans(&self) -> bool;
}

impl Backend for crate::cuda::GpuProgram {
    fn run(
        &self,
        plan: &Plan,
        state: &mut State,
        tokens: &[i64],
        outputs: &[&str],
    ) -> Result<Runs, RuntimeError> {
        if plan.is_stateful() || state.position() > 0 {
            return Err(RuntimeError::Input(
                "prefill and decode run on CPU artifacts only in this version".into(),
            ));
        }
        self.execute(plan, tokens, outputs)
    }

    fn runs_stateful_plans(&self) -> bool {
        false
    }
}
