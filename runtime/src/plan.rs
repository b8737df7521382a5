//! The execution plan of compiled CPU code: which kernel to call with which buffers, in order.
//! The compiler builds it from the optimised graph; the runtime executes it knowing nothing of
//! graphs, e-graphs or MLIR.

use serde::{Deserialize, Serialize};

use crate::{DType, RuntimeError};

/// Where a constant's values come from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ConstantSource {
    /// Stored in the artifact.
    #[default]
    Stored,
    /// A weight supplied at load time (`--weights`), checked by name and shape.
    Weight {
        /// The state_dict name.
        name: String,
        /// Its shape in the checkpoint.
        shape: Vec<usize>,
    },
    /// Computed at load time by the generated kernel `symbol(constants[args]…, out)` (the
    /// derived constants of an artifact compiled without weights).
    Init {
        /// The load-time kernel.
        symbol: String,
        /// The constants it reads, all earlier than this one.
        args: Vec<usize>,
        /// Whether the kernel takes a thread share before its result (`Arg::Part`): the
        /// loader runs its parts on the thread pool.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        parted: bool,
    },
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
    /// Constant `i` viewed from row `position` on (per-position tables: rotary cos/sin).
    ConstantAt(usize),
    /// State buffer `i` of the plan's [`State`], read and updated in place.
    State(usize),
    /// The call's share `[index, count]` (`[1, 2]` i64): the kernel computes part `index` of
    /// `count`, and the executor runs the parts on its threads.
    Part,
}

pub use crate::pool::{threads, threads_from_env, MAX_THREADS};

/// Raw kernel arguments made shareable with the pool's threads for the duration of one call.
#[derive(Clone, Copy)]
struct SendPtr(P);
// SAFETY: the pointers are only dereferenced by the kernel while `run_parts` waits for every
// part; kernels write disjoint parts of their result and state (their generator's contract).
unsafe impl Send for SendPtr {}
unsafe impl Sync for SendPtr {}

impl SendPtr {
    // A method, so that closures capture the whole wrapper rather than its raw field.
    fn get(self) -> P {
        self.0
    }
}

/// Calls `f` once per part `[index, count]` on the pool, `part_arg` being the position of the
/// part descriptor in `ptrs` (each part gets its own).
///
/// # Safety
/// As [`call_kernel`]; the kernel must compute disjoint shares for distinct parts.
unsafe fn run_parts(f: P, ptrs: &[P], part_arg: usize) -> Result<(), ()> {
    let pool = crate::pool::pool();
    let count = pool.parts();
    let f = SendPtr(f);
    let args: Vec<SendPtr> = ptrs.iter().map(|&p| SendPtr(p)).collect();
    let failed = std::sync::atomic::AtomicBool::new(false);
    let one = |index: usize| {
        let mut share = [index as i64, count as i64];
        let mut desc = Descriptor::new(share.as_mut_ptr(), 1, 2);
        let mut a: Vec<P> = args.iter().map(|p| p.get()).collect();
        a[part_arg] = &mut desc as *mut Descriptor<i64> as P;
        // SAFETY: the caller's contract.
        if unsafe { call_kernel(f.get(), &a) }.is_err() {
            failed.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    };
    pool.run(&one);
    if failed.into_inner() {
        Err(())
    } else {
        Ok(())
    }
}

/// What a state buffer holds (spec §6): it lives across calls in a [`State`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StateKind {
    /// The last K−1 input rows of a short convolution, f32 `[K−1, C]`, oldest first.
    Fir,
    /// The modal state `s[c, n]` of a long convolution, f64 `[2N, D]` (re, im rows).
    Modal,
    /// An attention layer's rotated keys, f32 `[position + L, C]`: grows in chunks.
    Keys,
    /// An attention layer's values, f32 `[position + L, C]`: grows in chunks.
    Values,
    /// Every input row of a FIR as long as the sequence (a Hyena filter), f32
    /// `[position + L, C]`: grows in chunks, as the caches do.
    History,
}

/// A state buffer of a stateful plan: `rows` is fixed for FIR and modal states, and the
/// position plus the call's length for key/value caches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateSpec {
    /// What it holds.
    pub kind: StateKind,
    /// Its element type (f64 for the modal state, f32 for the others today).
    pub dtype: DType,
    /// Fixed rows (0 for a cache, whose rows are the position plus the call's length).
    pub rows: usize,
    /// Columns.
    pub cols: usize,
}

impl StateSpec {
    /// Bytes per element.
    pub fn elem_bytes(&self) -> usize {
        self.dtype.size()
    }

    /// Whether the buffer grows with the position (a key/value cache, a long FIR's history).
    pub fn grows(&self) -> bool {
        matches!(
            self.kind,
            StateKind::Keys | StateKind::Values | StateKind::History
        )
    }
}

/// Key/value caches grow by at least this many rows at a time (and by an eighth of what they
/// hold), so that decoding does not reallocate every step nor reserve `max_len` up front.
pub const CACHE_CHUNK_ROWS: usize = 256;

/// One state buffer, in its element type.
#[derive(Debug, Clone)]
enum StateBuffer {
    F32(Vec<f32>),
    F64(Vec<f64>),
    /// The bits of a 16-bit float (a 16-bit plan's key/value caches).
    Half(Vec<u16>),
}

impl StateBuffer {
    /// `len` zeros of `dtype`.
    fn zeros(dtype: DType, len: usize) -> StateBuffer {
        match dtype {
            DType::F64 => StateBuffer::F64(vec![0.0; len]),
            t if t.is_half() => StateBuffer::Half(vec![0; len]),
            _ => StateBuffer::F32(vec![0.0; len]),
        }
    }

    /// Whether it holds elements of `dtype`.
    fn holds(&self, dtype: DType) -> bool {
        match self {
            StateBuffer::F32(_) => dtype == DType::F32,
            StateBuffer::F64(_) => dtype == DType::F64,
            StateBuffer::Half(_) => dtype.is_half(),
        }
    }

    fn len(&self) -> usize {
        match self {
            StateBuffer::F32(v) => v.len(),
            StateBuffer::F64(v) => v.len(),
            StateBuffer::Half(v) => v.len(),
        }
    }

    /// Bytes allocated.
    fn bytes(&self) -> usize {
        match self {
            StateBuffer::F32(v) => 4 * v.capacity(),
            StateBuffer::F64(v) => 8 * v.capacity(),
            StateBuffer::Half(v) => 2 * v.capacity(),
        }
    }

    /// Grows to exactly `len` elements (zero-filled), reserving no more than that.
    fn grow_exact(&mut self, len: usize) {
        fn grow<T: Clone + Default>(v: &mut Vec<T>, len: usize) {
            v.reserve_exact(len.saturating_sub(v.len()));
            v.resize(len, T::default());
        }
        match self {
            StateBuffer::F32(v) => grow(v, len),
            StateBuffer::F64(v) => grow(v, len),
            StateBuffer::Half(v) => grow(v, len),
        }
    }

    /// The descriptor of its first `rows × cols` elements.
    fn desc(&mut self, rows: usize, cols: usize) -> Desc {
        match self {
            StateBuffer::F32(v) => Desc::F32(Descriptor::new(v.as_mut_ptr(), rows, cols)),
            StateBuffer::F64(v) => Desc::F64(Descriptor::new(v.as_mut_ptr(), rows, cols)),
            StateBuffer::Half(v) => Desc::U16(Descriptor::new(v.as_mut_ptr(), rows, cols)),
        }
    }
}

/// The recurrent state of a stateful plan: the absolute position and one buffer per
/// [`StateSpec`], in the spec's element type. A fresh state is all zeros at position 0 (spec
/// §6: zero FIR history).
///
/// It also keeps the activation buffers of its last call for the next one ("spare", not
/// state): a fresh 58 MiB buffer costs ~14 ms of page faults and kernel zeroing on its first
/// write, as much as the matrix product that writes it.
#[derive(Debug)]
pub struct State {
    position: usize,
    buffers: Vec<StateBuffer>,
    spare: Vec<Vec<f32>>,
}

impl Clone for State {
    /// The state proper; the spare buffers stay with the original.
    fn clone(&self) -> State {
        State {
            position: self.position,
            buffers: self.buffers.clone(),
            spare: Vec::new(),
        }
    }
}

impl State {
    /// The zero state of `plan`.
    pub fn new(plan: &Plan) -> State {
        // Caches start empty and grow; the others are zero (spec §6: zero history).
        let buffers = plan
            .states
            .iter()
            .map(|spec| {
                let len = if spec.grows() {
                    0
                } else {
                    spec.rows * spec.cols
                };
                StateBuffer::zeros(spec.dtype, len)
            })
            .collect();
        State {
            position: 0,
            buffers,
            spare: Vec::new(),
        }
    }

    /// The zero state of `plan` that reuses `spare` activation buffers (from
    /// [`State::into_spare`] of an earlier call).
    pub fn with_spare(plan: &Plan, spare: Vec<Vec<f32>>) -> State {
        State {
            spare,
            ..State::new(plan)
        }
    }

    /// The activation buffers this state kept from its last call, for another state.
    pub fn into_spare(self) -> Vec<Vec<f32>> {
        self.spare
    }

    /// Tokens consumed so far: the absolute position of the next one.
    pub fn position(&self) -> usize {
        self.position
    }

    /// Bytes the state holds now (key/value caches at their allocated size).
    pub fn bytes(&self) -> usize {
        self.buffers.iter().map(StateBuffer::bytes).sum()
    }

    /// Makes every cache hold at least `rows` rows (zero-filled), growing in chunks.
    fn reserve_rows(&mut self, plan: &Plan, rows: usize) {
        for (spec, buf) in plan.states.iter().zip(&mut self.buffers) {
            if spec.grows() {
                let have = buf.len() / spec.cols.max(1);
                if have < rows {
                    let grown = (have + (have / 8).max(CACHE_CHUNK_ROWS)).max(rows);
                    let grown = grown.min(plan.max_len.max(rows));
                    buf.grow_exact(grown * spec.cols);
                }
            }
        }
    }
}

/// How a GPU kernel is launched: `per_token · L + fixed` threads in blocks of `block`, and the
/// workspaces it takes after the result (`[rows (0: L), cols]` each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Launch {
    /// Threads per token of the call.
    pub per_token: usize,
    /// Threads independent of the length.
    pub fixed: usize,
    /// Threads per block.
    pub block: usize,
    /// Workspaces after the result, `[rows (0: L), cols]` each.
    pub workspaces: Vec<(usize, usize)>,
}

/// One kernel call: `kernel(args…, out)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    /// Symbol of the kernel's C interface (`_mlir_ciface_kN`).
    pub symbol: String,
    /// What it computes, for reports (`hyena_conv[block(b=16)]`).
    pub label: String,
    /// Its arguments, in order (the result follows).
    pub args: Vec<Arg>,
    /// The activation it writes.
    pub out: usize,
    /// GPU launch shape (GPU artifacts only).
    #[serde(default)]
    pub launch: Option<Launch>,
    /// A parted kernel runs as one part when its result has fewer elements than this (0:
    /// always parted): handing a memory-bound element-wise kernel of a decode step to the
    /// workers costs more than the work (≈ 120 µs a call on a 2-core VM).
    /// Left out of the manifest when 0, so that artifacts written before it keep their digest.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub serial_below: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A whole plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Width of every activation (`[L, cols]`).
    pub activations: Vec<usize>,
    /// The kernel calls, in order.
    pub calls: Vec<Call>,
    /// Named results and the activation holding each.
    pub outputs: Vec<(String, usize)>,
    /// Token ids must be below this.
    pub vocab: usize,
    /// Calls may not be longer than this (a stateful plan: position plus call length).
    pub max_len: usize,
    /// The state buffers a stateful plan carries between calls (empty: stateless).
    #[serde(default)]
    pub states: Vec<StateSpec>,
}

/// A row-major matrix: f32 values, or the bits of a 16-bit float type (a weight stored in
/// bf16 or f16 by the precision policy).
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    /// Rows.
    pub rows: usize,
    /// Columns.
    pub cols: usize,
    /// The f32 values, row by row (empty for a 16-bit matrix).
    pub data: Vec<f32>,
    /// The element type: f32, or bf16/f16 with the values in `half`.
    pub dtype: DType,
    /// The 16-bit values, row by row (empty for f32).
    pub half: Vec<u16>,
    /// The values used in place from a memory-mapped artifact (then `data` and `half` are
    /// empty): stored constants are not copied out of the file.
    pub mapped: Option<crate::mapped::MappedSpan>,
}

impl Matrix {
    /// An f32 matrix.
    pub fn new(rows: usize, cols: usize, data: Vec<f32>) -> Matrix {
        Matrix {
            rows,
            cols,
            data,
            dtype: DType::F32,
            half: Vec::new(),
            mapped: None,
        }
    }

    /// A matrix of `dtype` values read in place from a mapped file (little-endian, aligned
    /// to the element size).
    pub fn in_place(
        rows: usize,
        cols: usize,
        dtype: DType,
        span: crate::mapped::MappedSpan,
    ) -> Matrix {
        debug_assert_eq!(span.bytes().len(), dtype.size() * rows * cols);
        debug_assert_eq!(span.bytes().as_ptr() as usize % dtype.size(), 0);
        Matrix {
            dtype,
            mapped: Some(span),
            ..Matrix::new(rows, cols, Vec::new())
        }
    }

    /// The matrix stored as `dtype` (f32, or rounded to bf16/f16); an error names the first
    /// value f16 cannot hold.
    pub fn stored_as(self, dtype: DType) -> Result<Matrix, String> {
        if dtype == self.dtype {
            return Ok(self);
        }
        if !(self.dtype == DType::F32 && dtype.is_half()) {
            return Err(format!("cannot store {} values as {dtype}", self.dtype));
        }
        let half = self
            .values()
            .iter()
            .enumerate()
            .map(|(i, &x)| {
                dtype
                    .round_half(x)
                    .ok_or_else(|| format!("value {x} at index {i} does not fit in {dtype}"))
            })
            .collect::<Result<Vec<u16>, String>>()?;
        Ok(Matrix {
            dtype,
            half,
            ..Matrix::new(self.rows, self.cols, Vec::new())
        })
    }

    /// The values as f32 (the 16-bit ones widened exactly; mapped f32 ones borrowed).
    pub fn values(&self) -> std::borrow::Cow<'_, [f32]> {
        if let Some(span) = &self.mapped {
            let b = span.bytes();
            return if self.dtype.is_half() {
                let bits: Vec<u16> = b
                    .chunks_exact(2)
                    .map(|x| u16::from_le_bytes([x[0], x[1]]))
                    .collect();
                self.dtype.widen(&bits).into()
            } else {
                // SAFETY: f32 blobs are aligned in the file, which is mapped at a page
                // boundary, and hold `len / 4` little-endian f32 (this is a little-endian host:
                // artifacts are checked against the architecture they were compiled for).
                unsafe { std::slice::from_raw_parts(b.as_ptr() as *const f32, b.len() / 4) }.into()
            };
        }
        if self.dtype.is_half() {
            self.dtype.widen(&self.half).into()
        } else {
            self.data.as_slice().into()
        }
    }

    /// The stored bytes, little-endian.
    pub fn to_le_bytes(&self) -> Vec<u8> {
        if let Some(span) = &self.mapped {
            return span.bytes().to_vec();
        }
        if self.dtype.is_half() {
            self.half.iter().flat_map(|x| x.to_le_bytes()).collect()
        } else {
            self.data.iter().flat_map(|x| x.to_le_bytes()).collect()
        }
    }

    /// The first element, for a memref descriptor (the kernel knows the element type; kernels
    /// never write constants, so a read-only mapping serves).
    pub fn base(&self) -> *mut f32 {
        if let Some(span) = &self.mapped {
            return span.bytes().as_ptr() as *mut f32;
        }
        if self.dtype.is_half() {
            self.half.as_ptr() as *mut f32
        } else {
            self.data.as_ptr() as *mut f32
        }
    }

    /// Frees the storage (a constant only read to derive others).
    pub fn clear(&mut self) {
        self.data = Vec::new();
        self.half = Vec::new();
        self.mapped = None;
    }
}

use crate::memref::MemrefDesc as Descriptor;

type P = *mut ();

/// Calls a kernel's C interface with `args.len()` descriptor pointers.
///
/// # Safety
/// `f` must be a function taking exactly `args.len()` pointer arguments.
unsafe fn call_kernel(f: P, a: &[P]) -> Result<(), ()> {
    /// Calls `f` as an `extern "C"` function of as many pointers as `i` lists.
    macro_rules! call {
        ($($i:literal)*) => {{
            type F = extern "C" fn($(call!(@p $i)),*);
            // SAFETY: the caller's contract (`f` takes exactly these arguments).
            unsafe { std::mem::transmute::<P, F>(f)($(a[$i]),*) }
        }};
        (@p $i:literal) => { P };
    }
    match a.len() {
        1 => call!(0),
        2 => call!(0 1),
        3 => call!(0 1 2),
        4 => call!(0 1 2 3),
        5 => call!(0 1 2 3 4),
        6 => call!(0 1 2 3 4 5),
        7 => call!(0 1 2 3 4 5 6),
        8 => call!(0 1 2 3 4 5 6 7),
        9 => call!(0 1 2 3 4 5 6 7 8),
        10 => call!(0 1 2 3 4 5 6 7 8 9),
        11 => call!(0 1 2 3 4 5 6 7 8 9 10),
        12 => call!(0 1 2 3 4 5 6 7 8 9 10 11),
        13 => call!(0 1 2 3 4 5 6 7 8 9 10 11 12),
        14 => call!(0 1 2 3 4 5 6 7 8 9 10 11 12 13),
        15 => call!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14),
        16 => call!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        _ => return Err(()),
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

    /// The call after which each activation is no longer read (its memory is released there),
    /// with every output kept to the end.
    pub fn last_uses(&self) -> Vec<usize> {
        let all: Vec<usize> = self.outputs.iter().map(|(_, x)| *x).collect();
        self.liveness(&all).1
    }

    /// The calls a run that returns the activations `wanted` must make, and the call after
    /// which each activation is no longer read (`usize::MAX`: kept to the end). A call is
    /// needed when a wanted activation or a needed call reads its result, or when it reads
    /// the state (it advances it); the rest are skipped, so hidden states of a layer do not
    /// pay for the LM head.
    pub fn liveness(&self, wanted: &[usize]) -> (Vec<bool>, Vec<usize>) {
        let mut live = vec![false; self.activations.len()];
        for &x in wanted {
            live[x] = true;
        }
        let mut needed = vec![false; self.calls.len()];
        for (i, c) in self.calls.iter().enumerate().rev() {
            let state = c.args.iter().any(|a| matches!(a, Arg::State(_)));
            if live[c.out] || state {
                needed[i] = true;
                for a in &c.args {
                    if let Arg::Activation(x) = a {
                        live[*x] = true;
                    }
                }
            }
        }
        let mut last = vec![0; self.activations.len()];
        for (i, c) in self.calls.iter().enumerate() {
            if !needed[i] {
                continue;
            }
            last[c.out] = last[c.out].max(i);
            for a in &c.args {
                if let Arg::Activation(x) = a {
                    last[*x] = i;
                }
            }
        }
        for &x in wanted {
            last[x] = usize::MAX;
        }
        (needed, last)
    }

    /// Peak bytes of live activations for a call of `len` tokens that returns the logits
    /// (or, in a plan without them, every output).
    pub fn peak_activation_bytes(&self, len: usize) -> usize {
        let wanted: Vec<usize> = match self.output_id("logits") {
            Ok(x) => vec![x],
            Err(_) => self.outputs.iter().map(|(_, x)| *x).collect(),
        };
        let (needed, last) = self.liveness(&wanted);
        let mut live = 0usize;
        let mut peak = 0usize;
        for (i, c) in self.calls.iter().enumerate() {
            if !needed[i] {
                continue;
            }
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

    /// Whether the plan carries state between calls (prefill, decode, chunks).
    pub fn is_stateful(&self) -> bool {
        !self.states.is_empty()
    }

    /// Bytes of the fixed-size state (FIR histories, modal states) and the bytes per token of
    /// the key/value caches.
    pub fn state_bytes(&self) -> (usize, usize) {
        let mut fixed = 0;
        let mut per_token = 0;
        for s in &self.states {
            if s.grows() {
                per_token += s.elem_bytes() * s.cols;
            } else {
                fixed += s.elem_bytes() * s.rows * s.cols;
            }
        }
        (fixed, per_token)
    }

    /// Runs the plan on `tokens` from a fresh state (the stateless forward pass); `lookup`
    /// resolves kernel symbols. Returns the output `output` and the wall time of every call
    /// (label, seconds).
    ///
    /// # Safety
    /// As [`Plan::execute_with`].
    pub unsafe fn execute(
        &self,
        constants: &[Matrix],
        lookup: &dyn Fn(&str) -> P,
        tokens: &[i64],
        output: &str,
    ) -> Result<(Matrix, Vec<(String, f64)>), RuntimeError> {
        let mut state = State::new(self);
        // SAFETY: the caller's contract.
        unsafe { self.execute_with(constants, lookup, &mut state, tokens, output) }
    }

    /// Runs the plan on the next `tokens`, continuing from `state` and advancing it; returns
    /// the output `output`.
    ///
    /// # Safety
    /// As [`Plan::execute_outputs`].
    pub unsafe fn execute_with(
        &self,
        constants: &[Matrix],
        lookup: &dyn Fn(&str) -> P,
        state: &mut State,
        tokens: &[i64],
        output: &str,
    ) -> Result<(Matrix, Vec<(String, f64)>), RuntimeError> {
        // SAFETY: the caller's contract.
        let (mut ys, times) =
            unsafe { self.execute_outputs(constants, lookup, state, tokens, &[output])? };
        Ok((ys.remove(0), times))
    }

    /// Runs the plan on the next `tokens`, continuing from `state` and advancing it; returns
    /// the outputs named `outputs`, in that order, and the wall time of every call made.
    /// Calls no requested output (or the state) depends on are skipped.
    ///
    /// # Safety
    /// `lookup` must return the generated kernels this plan was built for: functions whose
    /// parameters are one memref-descriptor pointer per argument plus the result; `state`
    /// must come from [`State::new`] for this plan.
    pub unsafe fn execute_outputs(
        &self,
        constants: &[Matrix],
        lookup: &dyn Fn(&str) -> P,
        state: &mut State,
        tokens: &[i64],
        outputs: &[&str],
    ) -> Result<Outputs, RuntimeError> {
        // SAFETY: the caller's contract.
        unsafe { self.execute_deferring(constants, None, lookup, state, tokens, outputs) }
    }

    /// [`Plan::execute_outputs`] with the constants `deferred` marks derived during the pass
    /// ([`Deferred`]); each load-time kernel's time is reported as `derive <kernel>`.
    ///
    /// # Safety
    /// As [`Plan::execute_outputs`]; `lookup` also resolves the load-time kernels.
    pub unsafe fn execute_deferring(
        &self,
        constants: &[Matrix],
        deferred: Option<&Deferred>,
        lookup: &dyn Fn(&str) -> P,
        state: &mut State,
        tokens: &[i64],
        outputs: &[&str],
    ) -> Result<Outputs, RuntimeError> {
        self.check_tokens(tokens)?;
        if outputs.is_empty() {
            return Err(RuntimeError::Input("no output requested".into()));
        }
        let out_ids = outputs
            .iter()
            .map(|o| self.output_id(o))
            .collect::<Result<Vec<usize>, _>>()?;
        let l = tokens.len();
        let pos = state.position;
        if pos + l > self.max_len {
            return Err(RuntimeError::TooLong {
                len: pos + l,
                max: self.max_len,
            });
        }
        let belongs = state.buffers.len() == self.states.len()
            && state
                .buffers
                .iter()
                .zip(&self.states)
                .all(|(b, s)| b.holds(s.dtype));
        if !belongs {
            return Err(RuntimeError::Input(
                "the state does not belong to this plan".into(),
            ));
        }
        state.reserve_rows(self, pos + l);
        let mut tok = tokens.to_vec();
        let (needed, last) = self.liveness(&out_ids);
        // Each written activation with the offset its values start at.
        let mut acts: Vec<Option<(Vec<f32>, usize)>> = vec![None; self.activations.len()];
        // Buffers released by liveness, reused for later results: every kernel writes all of
        // its result, so a reused buffer needs no zeroing (zeroing fresh ones cost ~10% of a
        // forward pass in memset and page clearing).
        let mut free: Vec<Vec<f32>> = std::mem::take(&mut state.spare);
        let mut times = Vec::with_capacity(self.calls.len());
        // The deferred constants derived in this pass, and the last needed call that reads
        // each or a constant derived from it (a filter shared by a layer's convolutions is
        // derived once).
        let mut local: Vec<Option<Matrix>> = vec![None; constants.len()];
        let mut last_read: Vec<Option<usize>> = vec![None; constants.len()];
        if let Some(d) = deferred {
            for (i, call) in self.calls.iter().enumerate().filter(|(i, _)| needed[*i]) {
                for a in &call.args {
                    if let Arg::Constant(c) | Arg::ConstantAt(c) = a {
                        last_read[*c] = Some(i);
                    }
                }
            }
            for j in (0..d.sources.len().min(constants.len())).rev() {
                if let (Some(r), ConstantSource::Init { args, .. }) = (last_read[j], &d.sources[j])
                {
                    for &a in args.iter().filter(|&&a| a < j) {
                        last_read[a] = last_read[a].max(Some(r));
                    }
                }
            }
        }
        for (i, call) in self.calls.iter().enumerate() {
            if !needed[i] {
                continue;
            }
            if let Some(d) = deferred {
                for a in &call.args {
                    if let Arg::Constant(c) | Arg::ConstantAt(c) = *a {
                        if d.deferred.get(c).copied().unwrap_or(false) && local[c].is_none() {
                            let keep = |x: usize| last_read[x].is_some_and(|r| r >= i);
                            // SAFETY: the caller's contract.
                            unsafe {
                                d.derive(c, constants, &mut local, &keep, lookup, &mut times)?
                            };
                        }
                    }
                }
            }
            let constant = |c: usize| local[c].as_ref().unwrap_or(&constants[c]);
            let f = lookup(&call.symbol);
            if f.is_null() {
                return Err(RuntimeError::Artifact(format!(
                    "kernel `{}` is missing",
                    call.symbol
                )));
            }
            let len = l * self.activations[call.out];
            // Activations start on a 64-byte line (AMX tile rows must not straddle lines):
            // `off` leading elements pad each buffer; a requested output starts at 0, as the
            // `Matrix` it becomes does.
            let pad = if out_ids.contains(&call.out) {
                0
            } else {
                LINE_F32 - 1
            };
            let (mut out, off) = match free
                .iter()
                .enumerate()
                .filter(|(_, b)| b.capacity() >= len + pad.min(line_offset(b)))
                .min_by_key(|(_, b)| b.capacity())
                .map(|(i, _)| i)
            {
                Some(i) => {
                    let mut b = free.swap_remove(i);
                    let off = pad.min(line_offset(&b));
                    b.truncate(len + off);
                    b.resize(len + off, 0.0);
                    (b, off)
                }
                None => {
                    let b = vec![0f32; len + pad];
                    let off = pad.min(line_offset(&b));
                    (b, off)
                }
            };
            // Every descriptor is built before any pointer to one is taken (no reallocation).
            let mut descs: Vec<Desc> = Vec::with_capacity(call.args.len() + 1);
            let mut whole = [0i64, 1];
            let mut part_arg = None;
            for (ai, a) in call.args.iter().enumerate() {
                descs.push(match a {
                    Arg::Tokens => Desc::I64(Descriptor::new(tok.as_mut_ptr(), l, 1)),
                    Arg::Part => {
                        part_arg = Some(ai);
                        Desc::I64(Descriptor::new(whole.as_mut_ptr(), 1, 2))
                    }
                    Arg::Constant(c) => {
                        let m = constant(*c);
                        Desc::F32(Descriptor::new(m.base(), m.rows, m.cols))
                    }
                    Arg::ConstantAt(c) => {
                        let m = constant(*c);
                        if pos + l > m.rows {
                            return Err(RuntimeError::TooLong {
                                len: pos + l,
                                max: m.rows,
                            });
                        }
                        // SAFETY: row `pos` plus `l` rows lie inside the table (checked).
                        // (Position tables are f32.)
                        let p = unsafe { m.base().add(pos * m.cols) };
                        Desc::F32(Descriptor::new(p, l, m.cols))
                    }
                    Arg::Activation(x) => {
                        let (b, off) = acts[*x].as_ref().ok_or_else(|| {
                            RuntimeError::Artifact(format!(
                                "activation {x} read before it is written"
                            ))
                        })?;
                        Desc::F32(Descriptor::new(
                            // SAFETY: `off` < the buffer's length (its padding).
                            unsafe { (b.as_ptr() as *mut f32).add(*off) },
                            l,
                            self.activations[*x],
                        ))
                    }
                    Arg::State(s) => {
                        let spec = self.states.get(*s).ok_or_else(|| {
                            RuntimeError::Artifact(format!("state {s} is not in the plan"))
                        })?;
                        let rows = if spec.grows() { pos + l } else { spec.rows };
                        let buf = state.buffers.get_mut(*s).ok_or_else(|| {
                            RuntimeError::Input("the state does not belong to this plan".into())
                        })?;
                        buf.desc(rows, spec.cols)
                    }
                });
            }
            descs.push(Desc::F32(Descriptor::new(
                // SAFETY: `off` lies inside the buffer (its padding).
                unsafe { out.as_mut_ptr().add(off) },
                l,
                self.activations[call.out],
            )));
            // A GPU kernel's workspaces follow the result (zeroed, as the CUDA path allocates
            // them): GPU plans whose kernels were emulated on the CPU run through here.
            let mut workspaces: Vec<Vec<f32>> = call.launch.as_ref().map_or(Vec::new(), |w| {
                w.workspaces
                    .iter()
                    .map(|&(rows, cols)| vec![0f32; if rows == 0 { l } else { rows } * cols])
                    .collect()
            });
            if let Some(launch) = &call.launch {
                for (ws, &(rows, cols)) in workspaces.iter_mut().zip(&launch.workspaces) {
                    let rows = if rows == 0 { l } else { rows };
                    descs.push(Desc::F32(Descriptor::new(ws.as_mut_ptr(), rows, cols)));
                }
            }
            let ptrs: Vec<P> = descs.iter_mut().map(Desc::ptr).collect();
            let t = std::time::Instant::now();
            // SAFETY: by the caller's contract `f` takes one descriptor per argument and the
            // result; every descriptor points to a live buffer of the size it states; parted
            // kernels compute disjoint shares.
            let small = l * self.activations[call.out] < call.serial_below;
            match part_arg {
                // One part, `[0, 1]`: every parted kernel computes the whole from it.
                Some(p) if !small => unsafe { run_parts(f, &ptrs, p) },
                _ => unsafe { call_kernel(f, &ptrs) },
            }
            .map_err(|_| {
                RuntimeError::Artifact(format!("kernel `{}` has too many arguments", call.symbol))
            })?;
            times.push((call.label.clone(), t.elapsed().as_secs_f64()));
            drop(workspaces);
            acts[call.out] = Some((out, off));
            if deferred.is_some() {
                for (c, m) in local.iter_mut().enumerate() {
                    if m.is_some() && last_read[c] == Some(i) {
                        *m = None;
                    }
                }
            }
            // Liveness: release what no later call reads.
            for (x, &lu) in last.iter().enumerate() {
                if lu == i && x != call.out {
                    if let Some((b, _)) = acts[x].take() {
                        free.push(b);
                    }
                }
            }
        }
        state.position = pos + l;
        let mut ys = Vec::with_capacity(out_ids.len());
        for (k, (&x, name)) in out_ids.iter().zip(outputs).enumerate() {
            // An activation asked for twice is moved out at its last request.
            let again = out_ids[k + 1..].contains(&x);
            let data = match (again, acts[x].take()) {
                (_, None) => {
                    return Err(RuntimeError::Artifact(format!(
                        "output `{name}` was never written"
                    )))
                }
                (true, Some((b, off))) => {
                    let copy = b[off..].to_vec();
                    acts[x] = Some((b, off));
                    copy
                }
                (false, Some((b, _))) => b,
            };
            ys.push(Matrix::new(l, self.activations[x], data));
        }
        free.extend(acts.into_iter().flatten().map(|(b, _)| b));
        state.spare = free;
        Ok((ys, times))
    }
}

/// Outputs of a call, in the order asked for, and the wall time of every kernel (label,
/// seconds).
pub type Outputs = (Vec<Matrix>, Vec<(String, f64)>);

/// f32 values per 64-byte cache line.
const LINE_F32: usize = 16;

/// Elements from the start of `b` to its first 64-byte boundary.
fn line_offset(b: &[f32]) -> usize {
    (64 - b.as_ptr() as usize % 64) % 64 / 4
}

/// A descriptor of any element type the kernels take.
enum Desc {
    F32(Descriptor<f32>),
    F64(Descriptor<f64>),
    I64(Descriptor<i64>),
    /// bf16 or f16 bits.
    U16(Descriptor<u16>),
}

impl Desc {
    fn ptr(&mut self) -> P {
        match self {
            Desc::F32(d) => d as *mut Descriptor<f32> as P,
            Desc::F64(d) => d as *mut Descriptor<f64> as P,
            Desc::I64(d) => d as *mut Descriptor<i64> as P,
            Desc::U16(d) => d as *mut Descriptor<u16> as P,
        }
    }
}

/// Computes the load-time constants of an artifact compiled without weights, in order: each
/// `Init` source calls its generated kernel on earlier constants and fills the constant.
///
/// # Safety
/// `lookup` must return the artifact's generated load-time kernels, each taking one
/// memref-descriptor pointer per argument plus the result.
pub unsafe fn run_init(
    constants: &mut [Matrix],
    sources: &[ConstantSource],
    keep: &[bool],
    lookup: &dyn Fn(&str) -> P,
) -> Result<(), RuntimeError> {
    let needed = derived_from(sources, keep);
    // A source that no plan reads is freed right after its last load-time use (among the
    // computed ones), so that a transposed copy never lives beside the whole untransposed model.
    let mut last_use = vec![None; constants.len()];
    for (i, src) in sources.iter().enumerate() {
        if let (true, ConstantSource::Init { args, .. }) = (needed[i], src) {
            for &a in args {
                if a < last_use.len() {
                    last_use[a] = Some(i);
                }
            }
        }
    }
    for (i, src) in sources.iter().enumerate() {
        let ConstantSource::Init {
            symbol,
            args,
            parted,
        } = src
        else {
            continue;
        };
        if !needed[i] {
            continue;
        }
        if args.iter().any(|&a| a >= i) {
            return Err(RuntimeError::Artifact(format!(
                "constant {i} is computed from a later constant"
            )));
        }
        let (before, rest) = constants.split_at_mut(i);
        let ins: Vec<&Matrix> = args.iter().map(|&a| &before[a]).collect();
        // SAFETY: the caller's contract.
        unsafe { derive_one(symbol, *parted, &ins, &mut rest[0], lookup)? };
        for &a in args {
            if last_use[a] == Some(i) && !keep.get(a).copied().unwrap_or(true) {
                before[a].clear();
            }
        }
    }
    Ok(())
}

/// The constants that the ones marked in `keep` are computed from (those included).
pub fn derived_from(sources: &[ConstantSource], keep: &[bool]) -> Vec<bool> {
    let mut needed: Vec<bool> = (0..sources.len())
        .map(|i| keep.get(i).copied().unwrap_or(true))
        .collect();
    for (i, src) in sources.iter().enumerate().rev() {
        if let (true, ConstantSource::Init { args, .. }) = (needed[i], src) {
            for &a in args {
                if a < i {
                    needed[a] = true;
                }
            }
        }
    }
    needed
}

/// Fills `out` (its shape and type set) by the load-time kernel `symbol` on `ins`.
///
/// # Safety
/// As [`run_init`].
unsafe fn derive_one(
    symbol: &str,
    parted: bool,
    ins: &[&Matrix],
    out: &mut Matrix,
    lookup: &dyn Fn(&str) -> P,
) -> Result<(), RuntimeError> {
    let f = lookup(symbol);
    if f.is_null() {
        return Err(RuntimeError::Artifact(format!(
            "load-time kernel `{symbol}` is missing"
        )));
    }
    if out.dtype.is_half() {
        out.half = vec![0; out.rows * out.cols];
    } else {
        out.data = vec![0.0; out.rows * out.cols];
    }
    let mut descs: Vec<Descriptor<f32>> = ins
        .iter()
        .map(|m| Descriptor::new(m.base(), m.rows, m.cols))
        .collect();
    descs.push(Descriptor::new(out.base(), out.rows, out.cols));
    let mut ptrs: Vec<P> = descs
        .iter_mut()
        .map(|d| d as *mut Descriptor<f32> as P)
        .collect();
    // The share's place; `run_parts` puts each part's `[index, count]` there.
    let mut whole = [0i64, 1];
    let mut part = Descriptor::new(whole.as_mut_ptr(), 1, 2);
    if parted {
        ptrs.insert(ins.len(), &mut part as *mut Descriptor<i64> as P);
    }
    // SAFETY: the caller's contract; every descriptor points to a live buffer of its size;
    // a parted kernel's parts write disjoint columns of `out`.
    let called = if parted {
        unsafe { run_parts(f, &ptrs, ins.len()) }
    } else {
        unsafe { call_kernel(f, &ptrs) }
    };
    called.map_err(|_| {
        RuntimeError::Artifact(format!(
            "load-time kernel `{symbol}` has too many arguments"
        ))
    })
}

/// The load-time constants a model loaded for one stateless pass derives during each pass
/// instead (`ReadOptions::forward_only`): each is computed, with the deferred ones it comes
/// from, right before the first call that reads it, and freed after the last. A model of
/// long filters then holds one layer's filter at a time, not all of them (the 1M-token Hyena
/// run: 1 GiB instead of 8).
#[derive(Debug, Clone)]
pub struct Deferred {
    /// Every constant's source.
    pub sources: Vec<ConstantSource>,
    /// The constants left empty at load (their shape and type set) and derived per pass.
    pub deferred: Vec<bool>,
    /// Every constant's name, for errors.
    pub names: Vec<String>,
}

impl Deferred {
    /// Derives the absent deferred constant `target` and the absent deferred constants it
    /// comes from into `local` (the pass's copies); intermediates are dropped after their
    /// last use unless `keep` says a later call reads them.
    ///
    /// # Safety
    /// As [`run_init`].
    unsafe fn derive(
        &self,
        target: usize,
        constants: &[Matrix],
        local: &mut [Option<Matrix>],
        keep: &dyn Fn(usize) -> bool,
        lookup: &dyn Fn(&str) -> P,
        times: &mut Vec<(String, f64)>,
    ) -> Result<(), RuntimeError> {
        let mut need = std::collections::BTreeSet::new();
        let mut stack = vec![target];
        while let Some(j) = stack.pop() {
            if !need.insert(j) {
                continue;
            }
            let ConstantSource::Init { args, .. } = &self.sources[j] else {
                return Err(RuntimeError::Artifact(format!(
                    "deferred constant {j} has no load-time kernel"
                )));
            };
            for &a in args {
                if a >= j {
                    return Err(RuntimeError::Artifact(format!(
                        "constant {j} is computed from a later constant"
                    )));
                }
                if self.deferred[a] && local[a].is_none() {
                    stack.push(a);
                }
            }
        }
        let mut last_use = std::collections::HashMap::new();
        for &j in &need {
            if let ConstantSource::Init { args, .. } = &self.sources[j] {
                for &a in args {
                    last_use.insert(a, j);
                }
            }
        }
        for &j in &need {
            let ConstantSource::Init {
                symbol,
                args,
                parted,
            } = &self.sources[j]
            else {
                unreachable!("checked above")
            };
            let c = &constants[j];
            let mut out = Matrix {
                dtype: c.dtype,
                ..Matrix::new(c.rows, c.cols, Vec::new())
            };
            {
                let ins: Vec<&Matrix> = args
                    .iter()
                    .map(|&a| local[a].as_ref().unwrap_or(&constants[a]))
                    .collect();
                let t = std::time::Instant::now();
                // SAFETY: the caller's contract.
                unsafe { derive_one(symbol, *parted, &ins, &mut out, lookup)? };
                let name = symbol.trim_start_matches("_mlir_ciface_hyenac_init_");
                times.push((format!("derive {name}"), t.elapsed().as_secs_f64()));
            }
            if let Some((_, v)) = crate::compare::first_non_finite(&out.values()) {
                return Err(RuntimeError::Input(format!(
                    "constant `{}` computed at load time holds a non-finite value ({v})",
                    self.names[j]
                )));
            }
            local[j] = Some(out);
            for &a in args {
                if last_use.get(&a) == Some(&j) && a != target && need.contains(&a) && !keep(a) {
                    local[a] = None;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(args: Vec<Arg>, out: usize) -> Call {
        Call {
            symbol: format!("k{out}"),
            label: String::new(),
            args,
            out,
            launch: None,
            serial_below: 0,
        }
    }

    /// A run that asks for a layer's states skips the kernels only the logits need, keeps
    /// the ones that advance the state, and releases each buffer after its last reader.
    #[test]
    fn liveness_skips_what_no_requested_output_needs() {
        use Arg::{Activation as A, State as S};
        // 0: embedding; 1: a stateful conv of 0; 2: hidden = 0 + 1; 3: norm of 2;
        // 4: head of 3 (logits); 5: a stateful kernel whose result nobody reads.
        let plan = Plan {
            activations: vec![4; 6],
            calls: vec![
                call(vec![Arg::Tokens], 0),
                call(vec![A(0), S(0)], 1),
                call(vec![A(0), A(1)], 2),
                call(vec![A(2)], 3),
                call(vec![A(3)], 4),
                call(vec![A(2), S(1)], 5),
            ],
            outputs: vec![("blocks.0".into(), 2), ("logits".into(), 4)],
            vocab: 8,
            max_len: 16,
            states: vec![],
        };
        let (needed, last) = plan.liveness(&[2]);
        assert_eq!(needed, [true, true, true, false, false, true]);
        assert_eq!(last[0], 2, "the embedding is last read by the add");
        assert_eq!(last[2], usize::MAX, "a requested output lives to the end");
        let (needed, last) = plan.liveness(&[4]);
        assert_eq!(needed, [true; 6]);
        assert_eq!(last[2], 5);
        assert_eq!(plan.last_uses()[2], usize::MAX);
        assert_eq!(plan.last_uses()[4], usize::MAX);
        // The peak the inspector reports counts the logits' run: every call.
        assert!(plan.peak_activation_bytes(3) > 0);
    }
}
