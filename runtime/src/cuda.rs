//! CUDA driver access through cudarc with dynamic loading.

use crate::RuntimeError;

/// What the CUDA driver reports about device 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    /// The device's name (`NVIDIA H200`).
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

/// Checks that device 0 is the architecture an artifact was compiled for (`sm_90`, …).
pub fn check_sm(sm: &str) -> Result<(), RuntimeError> {
    let info = probe_device()?;
    let have = format!(
        "sm_{}{}",
        info.compute_capability.0, info.compute_capability.1
    );
    if have != sm {
        return Err(RuntimeError::Artifact(format!(
            "compiled for {sm}, this GPU ({}) is {have}",
            info.name
        )));
    }
    Ok(())
}

/// A GPU artifact loaded on device 0: the PTX module and the constants in device memory.
pub struct GpuProgram {
    stream: std::sync::Arc<cudarc::driver::CudaStream>,
    module: std::sync::Arc<cudarc::driver::CudaModule>,
    constants: Vec<(cudarc::driver::CudaSlice<f32>, usize, usize)>,
}

fn cuda(e: cudarc::driver::DriverError) -> RuntimeError {
    RuntimeError::Cuda(e.to_string())
}

impl GpuProgram {
    /// Loads the PTX and uploads the constants.
    pub fn new(ptx: &str, constants: &[crate::Matrix]) -> Result<Self, RuntimeError> {
        if !driver_present() {
            return Err(RuntimeError::NoCudaDriver);
        }
        let ctx = cudarc::driver::CudaContext::new(0).map_err(cuda)?;
        let stream = ctx.default_stream();
        let module = ctx
            .load_module(cudarc::nvrtc::Ptx::from_src(ptx))
            .map_err(cuda)?;
        if let Some(m) = constants.iter().find(|m| m.dtype.is_half()) {
            return Err(RuntimeError::Artifact(format!(
                "a {}×{} {} constant: this runtime's CUDA path takes f32 constants only",
                m.rows, m.cols, m.dtype
            )));
        }
        let constants = constants
            .iter()
            .map(|m| {
                Ok((
                    stream.clone_htod(m.values().as_ref()).map_err(cuda)?,
                    m.rows,
                    m.cols,
                ))
            })
            .collect::<Result<Vec<_>, RuntimeError>>()?;
        Ok(GpuProgram {
            stream,
            module,
            constants,
        })
    }

    /// Runs the plan: every call launched in order on one stream, each memref passed as its
    /// 7 words (allocated and aligned pointer, offset, 2 sizes, 2 strides); the outputs
    /// named `outputs` are copied back, in that order.
    pub fn execute(
        &self,
        plan: &crate::Plan,
        tokens: &[i64],
        outputs: &[&str],
    ) -> Result<crate::plan::Outputs, RuntimeError> {
        use cudarc::driver::{LaunchConfig, PushKernelArg};
        plan.check_tokens(tokens)?;
        if plan
            .calls
            .iter()
            .any(|c| c.args.contains(&crate::Arg::Part))
        {
            return Err(RuntimeError::Artifact(
                "a GPU plan with CPU-parted calls".into(),
            ));
        }
        if plan.is_stateful() {
            return Err(RuntimeError::Input(
                "stateful plans (prefill, decode) run on the CPU only in this version".into(),
            ));
        }
        let out_ids = outputs
            .iter()
            .map(|o| plan.output_id(o))
            .collect::<Result<Vec<usize>, _>>()?;
        let (needed, last) = plan.liveness(&out_ids);
        let l = tokens.len();
        let tok = self.stream.clone_htod(tokens).map_err(cuda)?;
        let mut acts: Vec<Option<cudarc::driver::CudaSlice<f32>>> =
            vec![None; plan.activations.len()];
        let mut times = Vec::new();
        for (i, call) in plan.calls.iter().enumerate() {
            if !needed[i] {
                continue;
            }
            let launch = call.launch.as_ref().ok_or_else(|| {
                RuntimeError::Artifact(format!("`{}` has no GPU launch shape", call.symbol))
            })?;
            let func = self.module.load_function(&call.symbol).map_err(cuda)?;
            let cols = plan.activations[call.out];
            let out = self.stream.alloc_zeros::<f32>(l * cols).map_err(cuda)?;
            let workspaces = launch
                .workspaces
                .iter()
                .map(|&(rows, c)| {
                    let rows = if rows == 0 { l } else { rows };
                    Ok((
                        self.stream.alloc_zeros::<f32>(rows * c).map_err(cuda)?,
                        rows,
                        c,
                    ))
                })
                .collect::<Result<Vec<_>, RuntimeError>>()?;
            // The scalar words of every memref, kept alive until the launch.
            let mut words: Vec<[i64; 5]> = Vec::new();
            let shape = |rows: usize, c: usize| [0i64, rows as i64, c as i64, c as i64, 1];
            let mut builder = self.stream.launch_builder(&func);
            for a in &call.args {
                match a {
                    crate::Arg::Tokens => words.push(shape(l, 1)),
                    // A stateless call starts at position 0: a positional view is the table.
                    crate::Arg::Constant(c) | crate::Arg::ConstantAt(c) => {
                        let (_, r, cc) = &self.constants[*c];
                        words.push(shape(*r, *cc))
                    }
                    crate::Arg::State(_) | crate::Arg::Part => {
                        unreachable!("stateless, unparted plans only (checked above)")
                    }
                    crate::Arg::Activation(x) => words.push(shape(l, plan.activations[*x])),
                }
            }
            words.push(shape(l, cols));
            for (_, r, c) in &workspaces {
                words.push(shape(*r, *c));
            }
            let mut w = words.iter();
            macro_rules! memref {
                ($buf:expr) => {{
                    let k = w.next().expect("one shape per memref");
                    builder.arg($buf).arg($buf);
                    for v in k {
                        builder.arg(v);
                    }
                }};
            }
            for a in &call.args {
                match a {
                    crate::Arg::Tokens => memref!(&tok),
                    crate::Arg::Constant(c) | crate::Arg::ConstantAt(c) => {
                        memref!(&self.constants[*c].0)
                    }
                    crate::Arg::State(_) | crate::Arg::Part => {
                        unreachable!("stateless, unparted plans only (checked above)")
                    }
                    crate::Arg::Activation(x) => memref!(acts[*x].as_ref().ok_or_else(|| {
                        RuntimeError::Artifact(format!("activation {x} read before it is written"))
                    })?),
                }
            }
            memref!(&out);
            for (ws, _, _) in &workspaces {
                memref!(ws);
            }
            let threads = launch.per_token * l + launch.fixed;
            let cfg = LaunchConfig {
                grid_dim: (threads.div_ceil(launch.block).max(1) as u32, 1, 1),
                block_dim: (launch.block as u32, 1, 1),
                shared_mem_bytes: 0,
            };
            let t = std::time::Instant::now();
            // SAFETY: the arguments follow the kernel ABI the PTX was generated with (7 words
            // per memref, in plan order), every buffer holds the elements its shape states.
            unsafe { builder.launch(cfg) }.map_err(cuda)?;
            self.stream.synchronize().map_err(cuda)?;
            times.push((call.label.clone(), t.elapsed().as_secs_f64()));
            acts[call.out] = Some(out);
            // Liveness, as on the CPU: release what no later call reads.
            for (x, &lu) in last.iter().enumerate() {
                if lu == i && x != call.out {
                    acts[x] = None;
                }
            }
        }
        let mut ys = Vec::with_capacity(out_ids.len());
        for (&x, name) in out_ids.iter().zip(outputs) {
            let y = acts[x].as_ref().ok_or_else(|| {
                RuntimeError::Artifact(format!("output `{name}` was never written"))
            })?;
            let data = self.stream.clone_dtoh(y).map_err(cuda)?;
            ys.push(crate::Matrix::new(l, plan.activations[x], data));
        }
        Ok((ys, times))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_matches_driver_presence() {
        // Independent evidence of a driver: can the dynamic loader open libcuda at all?
        // SAFETY: opening (and closing) a system library; nothing in it is called.
        let on_this_machine = ["libcuda.so.1", "libcuda.so"]
            .iter()
            .any(|n| unsafe { libloading::Library::new(n) }.is_ok());
        assert_eq!(driver_present(), on_this_machine);
        match probe_device() {
            // No driver (CI, most machines here): a clean error naming it, never a panic.
            Err(e @ RuntimeError::NoCudaDriver) => {
                assert!(!on_this_machine);
                assert_eq!(
                    e.to_string(),
                    "no CUDA driver: libcuda could not be loaded on this machine"
                );
            }
            // A driver and a device: a real description of it.
            Ok(info) => {
                assert!(on_this_machine);
                assert!(info.compute_capability.0 >= 5, "{info:?}");
                assert!(!info.name.trim().is_empty());
            }
            // A driver without a usable device: the driver's own message.
            Err(RuntimeError::Cuda(msg)) => {
                assert!(on_this_machine);
                assert!(!msg.is_empty());
            }
            Err(other) => panic!("unexpected error from the probe: {other}"),
        }
    }
}
