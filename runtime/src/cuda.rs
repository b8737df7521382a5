//! CUDA driver access through cudarc with dynamic loading.

use crate::RuntimeError;

/// What the CUDA driver reports about device 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    pub name: String,
    /// Compute capability, e.g. (9, 0) for sm_90.
    pub compute_capability: (i32, i32),
}

/// True when libcuda can be loaded. cudarc panics instead of failing when it cannot, so every
/// entry point checks this first.
pub fn driver_present() -> bool {
    // SAFETY: only probes for the shared library; calls nothing in it.
    unsafe { cudarc::driver::sys::is_culib_present() }
}

/// Opens device 0 and describes it, or says why not.
pub fn probe_device() -> Result<DeviceInfo, RuntimeError> {
    if !driver_present() {
        return Err(RuntimeError::NoCudaDriver);
    }
    let ctx = cudarc::driver::CudaContext::new(0).map_err(|e| RuntimeError::Cuda(e.to_string()))?;
    let name = ctx.name().map_err(|e| RuntimeError::Cuda(e.to_string()))?;
    let cc = ctx
        .compute_capability()
        .map_err(|e| RuntimeError::Cuda(e.to_string()))?;
    Ok(DeviceInfo {
        name,
        compute_capability: cc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_matches_driver_presence() {
        // Where libcuda is missing (CI), the probe is a clean error rather than a panic.
        match probe_device() {
            Err(RuntimeError::NoCudaDriver) => assert!(!driver_present()),
            Ok(info) => assert!(info.compute_capability.0 >= 1),
            Err(RuntimeError::Cuda(msg)) => assert!(driver_present(), "{msg}"),
            Err(other) => panic!("unexpected error from the probe: {other}"),
        }
        assert_eq!(
            RuntimeError::NoCudaDriver.to_string(),
            "no CUDA driver: libcuda could not be loaded on this machine"
        );
    }
}
