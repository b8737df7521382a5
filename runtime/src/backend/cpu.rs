//! The CPU backend: the artifact's shared object, loaded from memory, its kernels resolved
//! once and called by the plan executor.

use crate::abi::CodeAbi;
use crate::backend::{Backend, Runs};
use crate::plan::{Plan, State};
use crate::{Matrix, RuntimeError};

/// The kernels of a loaded shared object: only the symbols its ABI table names, each resolved
/// from the artifact's own code (never from a library it links, such as libc).
pub(crate) struct KernelTable(std::collections::HashMap<String, usize>);

impl KernelTable {
    pub(crate) fn resolve(lib: &libloading::Library, abi: &CodeAbi) -> Result<Self, RuntimeError> {
        let mut map = std::collections::HashMap::new();
        let own = crate::dynlib::object_base(lib, b"hyenac_abi").ok_or_else(|| {
            RuntimeError::Artifact("the compiled code has no `hyenac_abi` table".into())
        })?;
        for s in crate::abi::symbols(abi) {
            // SAFETY: looking up a symbol by name; it is only called through the plan.
            let f = unsafe { lib.get::<*mut ()>(s.as_bytes()) }
                .map(|f| *f)
                .map_err(|_| RuntimeError::Artifact(format!("kernel `{s}` is missing")))?;
            if crate::dynlib::base_of(f) != Some(own) {
                return Err(RuntimeError::Artifact(format!(
                    "kernel `{s}` is not defined in the artifact's code"
                )));
            }
            map.insert(s.to_string(), f as usize);
        }
        Ok(KernelTable(map))
    }

    pub(crate) fn get(&self, s: &str) -> *mut () {
        self.0
            .get(s)
            .map_or(std::ptr::null_mut(), |&p| p as *mut ())
    }
}

/// The loaded code of a CPU artifact with its constants.
pub struct CpuBackend {
    constants: Vec<Matrix>,
    /// Constants derived during each pass rather than at load (a forward-only load).
    deferred: Option<crate::plan::Deferred>,
    kernels: KernelTable,
    // Kept open while the kernels may be called.
    _lib: libloading::Library,
}

impl CpuBackend {
    pub(crate) fn new(
        constants: Vec<Matrix>,
        kernels: KernelTable,
        lib: libloading::Library,
    ) -> Self {
        CpuBackend {
            constants,
            deferred: None,
            kernels,
            _lib: lib,
        }
    }
}

impl CpuBackend {
    /// The backend deriving the constants `deferred` marks during each pass.
    pub(crate) fn deferring(mut self, deferred: crate::plan::Deferred) -> Self {
        self.deferred = Some(deferred);
        self
    }
}

impl Backend for CpuBackend {
    fn run(
        &self,
        plan: &Plan,
        state: &mut State,
        tokens: &[i64],
        outputs: &[&str],
    ) -> Result<Runs, RuntimeError> {
        // SAFETY: the table holds the kernels the plan was compiled with, the plan was checked
        // against their ABI, and the state was made for this plan.
        unsafe {
            plan.execute_deferring(
                &self.constants,
                self.deferred.as_ref(),
                &|s| self.kernels.get(s),
                state,
                tokens,
                outputs,
            )
        }
    }

    fn runs_stateful_plans(&self) -> bool {
        true
    }
}
