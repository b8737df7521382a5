//! The execution plan of compiled CPU code: which kernel to call with which buffers, in order.
//! The compiler builds it from the optimised graph; the runtime executes it knowing nothing of
//! graphs, e-graphs or MLIR.

use serde::{Deserialize, Serialize};

use crate::RuntimeError;

/// Rows of a buffer: the sequence length of the call, or fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rows {
    Seq,
    Fixed(usize),
}

/// An argument of a kernel call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    /// The token ids `[L, 1]` (i64).
    Tokens,
    /// Constant `i` (a weight or a compile-time constant).
    Constant(usize),
    /// Activation `i`.
    Activation(usize),
}

/// How a GPU kernel is launched: `per_token · L + fixed` threads in blocks of `block`, and the
/// workspaces it takes after the result (`[rows (0: L), cols]` each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Launch {
    pub per_token: usize,
    pub fixed: usize,
    pub block: usize,
    pub workspaces: Vec<(usize, usize)>,
}

/// One kernel call: `kernel(args…, out)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    /// Symbol of the kernel's C interface (`_mlir_ciface_kN`).
    pub symbol: String,
    /// What it computes, for reports (`hyena_conv[block(b=16)]`).
    pub label: String,
    pub args: Vec<Arg>,
    /// The activation it writes.
    pub out: usize,
    /// GPU launch shape (GPU artifacts only).
    #[serde(default)]
    pub launch: Option<Launch>,
}

/// A whole plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Width of every activation (`[L, cols]`).
    pub activations: Vec<usize>,
    pub calls: Vec<Call>,
    /// Named results and the activation holding each.
    pub outputs: Vec<(String, usize)>,
    /// Token ids must be below this.
    pub vocab: usize,
    /// Calls may not be longer than this.
    pub max_len: usize,
}

/// A row-major f32 matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f32>,
}

/// The memref descriptor of a `memref<?x?xT>`: what generated kernels take (one pointer each).
#[repr(C)]
struct Descriptor<T> {
    allocated: *mut T,
    aligned: *mut T,
    offset: i64,
    sizes: [i64; 2],
    strides: [i64; 2],
}

impl<T> Descriptor<T> {
    fn new(data: *mut T, rows: usize, cols: usize) -> Self {
        Descriptor {
            allocated: data,
            aligned: data,
            offset: 0,
            sizes: [rows as i64, cols as i64],
            strides: [cols as i64, 1],
        }
    }
}

type P = *mut ();

/// Calls a kernel's C interface with `args.len()` descriptor pointers.
///
/// # Safety
/// `f` must be a function taking exactly `args.len()` pointer arguments.
unsafe fn call_kernel(f: P, a: &[P]) -> Result<(), ()> {
    use std::mem::transmute as t;
    type F1 = extern "C" fn(P);
    type F2 = extern "C" fn(P, P);
    type F3 = extern "C" fn(P, P, P);
    type F4 = extern "C" fn(P, P, P, P);
    type F5 = extern "C" fn(P, P, P, P, P);
    type F6 = extern "C" fn(P, P, P, P, P, P);
    type F7 = extern "C" fn(P, P, P, P, P, P, P);
    type F8 = extern "C" fn(P, P, P, P, P, P, P, P);
    type F9 = extern "C" fn(P, P, P, P, P, P, P, P, P);
    unsafe {
        match a.len() {
            1 => t::<P, F1>(f)(a[0]),
            2 => t::<P, F2>(f)(a[0], a[1]),
            3 => t::<P, F3>(f)(a[0], a[1], a[2]),
            4 => t::<P, F4>(f)(a[0], a[1], a[2], a[3]),
            5 => t::<P, F5>(f)(a[0], a[1], a[2], a[3], a[4]),
            6 => t::<P, F6>(f)(a[0], a[1], a[2], a[3], a[4], a[5]),
            7 => t::<P, F7>(f)(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
            8 => t::<P, F8>(f)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
            9 => t::<P, F9>(f)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]),
            _ => return Err(()),
        }
    }
    Ok(())
}

impl Plan {
    /// Checks tokens against the plan: the vocabulary and the maximum length.
    pub fn check_tokens(&self, tokens: &[i64]) -> Result<(), RuntimeError> {
        if tokens.is_empty() {
            return Err(RuntimeError::Input("empty token sequence".into()));
        }
        if tokens.len() > self.max_len {
            return Err(RuntimeError::TooLong {
                len: tokens.len(),
                max: self.max_len,
            });
        }
        for (i, &t) in tokens.iter().enumerate() {
            if t < 0 || t as u64 >= self.vocab as u64 {
                return Err(RuntimeError::TokenOutOfRange {
                    token: t,
                    position: i,
                    vocab: self.vocab,
                });
            }
        }
        Ok(())
    }

    /// The activation holding the output called `name`.
    pub fn output_id(&self, name: &str) -> Result<usize, RuntimeError> {
        self.outputs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, i)| *i)
            .ok_or_else(|| RuntimeError::Input(format!("the plan has no output `{name}`")))
    }

    /// The call after which each activation is no longer read (its memory is released there).
    pub fn last_uses(&self) -> Vec<usize> {
        let mut last = vec![0; self.activations.len()];
        for (i, c) in self.calls.iter().enumerate() {
            last[c.out] = last[c.out].max(i);
            for a in &c.args {
                if let Arg::Activation(x) = a {
                    last[*x] = i;
                }
            }
        }
        for (_, x) in &self.outputs {
            last[*x] = usize::MAX;
        }
        last
    }

    /// Peak bytes of live activations for a call of `len` tokens.
    pub fn peak_activation_bytes(&self, len: usize) -> usize {
        let last = self.last_uses();
        let mut live = 0usize;
        let mut peak = 0usize;
        for (i, c) in self.calls.iter().enumerate() {
            live += 4 * len * self.activations[c.out];
            peak = peak.max(live);
            for (x, &l) in last.iter().enumerate() {
                if l == i && x != c.out {
                    live -= 4 * len * self.activations[x];
                }
            }
        }
        peak
    }

    /// Runs the plan on `tokens`; `lookup` resolves kernel symbols. Returns the output `output`
    /// and the wall time of every call (label, seconds).
    ///
    /// # Safety
    /// `lookup` must return the generated kernels this plan was built for: functions whose
    /// parameters are one memref-descriptor pointer per argument plus the result.
    pub unsafe fn execute(
        &self,
        constants: &[Matrix],
        lookup: &dyn Fn(&str) -> P,
        tokens: &[i64],
        output: &str,
    ) -> Result<(Matrix, Vec<(String, f64)>), RuntimeError> {
        self.check_tokens(tokens)?;
        let out_id = self.output_id(output)?;
        let l = tokens.len();
        let mut tok = tokens.to_vec();
        let last = self.last_uses();
        let mut acts: Vec<Option<Vec<f32>>> = vec![None; self.activations.len()];
        let mut times = Vec::with_capacity(self.calls.len());
        for (i, call) in self.calls.iter().enumerate() {
            let f = lookup(&call.symbol);
            if f.is_null() {
                return Err(RuntimeError::Artifact(format!(
                    "kernel `{}` is missing",
                    call.symbol
                )));
            }
            let mut out = vec![0f32; l * self.activations[call.out]];
            let mut f32_descs: Vec<Descriptor<f32>> = Vec::new();
            let mut tok_desc = Descriptor::new(tok.as_mut_ptr(), l, 1);
            let mut order: Vec<Option<usize>> = Vec::new(); // None: the tokens
            for a in &call.args {
                match a {
                    Arg::Tokens => order.push(None),
                    Arg::Constant(c) => {
                        let m = &constants[*c];
                        f32_descs.push(Descriptor::new(
                            m.data.as_ptr() as *mut f32,
                            m.rows,
                            m.cols,
                        ));
                        order.push(Some(f32_descs.len() - 1));
                    }
                    Arg::Activation(x) => {
                        let b = acts[*x].as_ref().ok_or_else(|| {
                            RuntimeError::Artifact(format!(
                                "activation {x} read before it is written"
                            ))
                        })?;
                        f32_descs.push(Descriptor::new(
                            b.as_ptr() as *mut f32,
                            l,
                            self.activations[*x],
                        ));
                        order.push(Some(f32_descs.len() - 1));
                    }
                }
            }
            f32_descs.push(Descriptor::new(
                out.as_mut_ptr(),
                l,
                self.activations[call.out],
            ));
            order.push(Some(f32_descs.len() - 1));
            let ptrs: Vec<P> = order
                .iter()
                .map(|o| match o {
                    None => &mut tok_desc as *mut Descriptor<i64> as P,
                    Some(i) => &mut f32_descs[*i] as *mut Descriptor<f32> as P,
                })
                .collect();
            let t = std::time::Instant::now();
            // SAFETY: by the caller's contract `f` takes one descriptor per argument and the
            // result; every descriptor points to a live buffer of the size it states.
            unsafe { call_kernel(f, &ptrs) }.map_err(|_| {
                RuntimeError::Artifact(format!("kernel `{}` has too many arguments", call.symbol))
            })?;
            times.push((call.label.clone(), t.elapsed().as_secs_f64()));
            acts[call.out] = Some(out);
            // Liveness: release what no later call reads.
            for (x, &lu) in last.iter().enumerate() {
                if lu == i && x != call.out {
                    acts[x] = None;
                }
            }
        }
        let data = acts[out_id].take().ok_or_else(|| {
            RuntimeError::Artifact(format!("output `{output}` was never written"))
        })?;
        Ok((
            Matrix {
                rows: l,
                cols: self.activations[out_id],
                data,
            },
            times,
        ))
    }
}
