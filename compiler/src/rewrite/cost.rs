//! Cost models: estimated time of each operation on a target, from the bytes it moves, the
//! arithmetic it does and the sequential steps it cannot parallelise.
//!
//! `time = launch + max(m, a, s) + OVERLAP · (the other two)`, with
//! `m = bytes / (bandwidth · e)`, `a = flops / (rate · e)`, `s = steps × step_latency`, and the
//! efficiency `e = min(1, parallel lanes / lanes the target needs to be busy)`.
//!
//! Bytes come first: a fused Hyena kernel is bandwidth-bound on GPUs (landscape §1.6), which is
//! why fusion wins even where it adds arithmetic. The GPU constants are the chips' data-sheet
//! figures; the CPU constants come from `hyenac calibrate` (see `calibrate.rs`), recorded in
//! `docs/performance.md`.

use serde::{Deserialize, Serialize};

use crate::graph::{ConvAlg, DType, Dim, Op, TensorType};

/// Constants of one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostModel {
    pub target: String,
    /// Sustained memory bandwidth, bytes/s.
    pub bandwidth: f64,
    /// f32 vector arithmetic, FLOP/s.
    pub flops: f64,
    /// f32 matrix products (tensor cores on GPUs), FLOP/s.
    pub matmul_flops: f64,
    /// Fixed cost of one kernel, s.
    pub launch: f64,
    /// One dependent step of a sequential recurrence, s.
    pub step_latency: f64,
    /// Independent lanes (threads × vector width) needed to keep the target busy.
    pub lanes: f64,
    /// On-chip memory per core or SM, bytes: an FFT whose working set exceeds it spills.
    pub onchip_bytes: f64,
    /// How much slower than this roofline estimate each convolution algorithm's generated
    /// kernel runs here (1: as estimated).
    #[serde(default)]
    pub conv_slowdown: ConvSlowdown,
}

/// Measured slowdown of the generated convolution kernels against the roofline estimate, per
/// algorithm family: `cargo bench -p hyenac --bench kernels -- crossover` prints both
/// (docs/performance.md). The estimate alone assumes equally tuned kernels; the factors make
/// the choice follow the code that actually runs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ConvSlowdown {
    pub direct: f64,
    pub fft: f64,
    pub block: f64,
    pub scan: f64,
}

impl Default for ConvSlowdown {
    fn default() -> Self {
        ConvSlowdown {
            direct: 1.0,
            fft: 1.0,
            block: 1.0,
            scan: 1.0,
        }
    }
}

impl ConvSlowdown {
    /// The factor of an algorithm.
    pub fn of(&self, alg: ConvAlg) -> f64 {
        match alg {
            ConvAlg::Direct => self.direct,
            ConvAlg::Fft { .. } => self.fft,
            ConvAlg::Block { .. } => self.block,
            ConvAlg::Scan => self.scan,
        }
    }
}

/// The share of the non-dominant terms that does not overlap with the dominant one. Breaks
/// near-ties between bandwidth-bound choices by their arithmetic (bytes first, arithmetic
/// second).
pub const OVERLAP: f64 = 0.1;

impl CostModel {
    /// The host CPU, with constants measured by `hyenac calibrate` on the development machine
    /// (AMD EPYC, 2 cores; docs/performance.md); `--cost-model` takes another machine's.
    pub fn cpu() -> Self {
        CostModel {
            target: "cpu".into(),
            bandwidth: 60.0e9,
            flops: 58.0e9,
            matmul_flops: 117.0e9,
            launch: 0.2e-6,
            step_latency: 2.0e-9,
            lanes: 128.0,
            onchip_bytes: 2.0 * 1048576.0,
            // Measured on the development machine at D = 512 (measured / estimated time,
            // `kernels -- crossover`, 2026-11-29): the direct form at L = 128, the FFT, block
            // and scan at 2k–4k (FFT 0.3–1.05 from L = 8 to 4096; scan 0.7–1.3). The FFT's
            // factor is kept above the scan's so that the scan, which carries state, stays the
            // choice where the two are within a few microseconds (L ≤ 64).
            conv_slowdown: ConvSlowdown {
                direct: 26.0,
                fft: 0.9,
                block: 6.7,
                scan: 0.85,
            },
        }
    }

    /// NVIDIA A100 (sm_80): 2.04 TB/s HBM2e, 19.5 TFLOP/s FP32, 156 TFLOP/s TF32 tensor cores.
    pub fn sm_80() -> Self {
        CostModel {
            target: "sm_80".into(),
            bandwidth: 2.04e12,
            flops: 19.5e12,
            matmul_flops: 156.0e12,
            launch: 3.0e-6,
            step_latency: 15.0e-9,
            lanes: 108.0 * 1024.0,
            onchip_bytes: 164.0 * 1024.0,
            conv_slowdown: ConvSlowdown::default(),
        }
    }

    /// NVIDIA H100 SXM (sm_90): 3.35 TB/s HBM3, 67 TFLOP/s FP32, 495 TFLOP/s TF32 tensor cores.
    pub fn sm_90() -> Self {
        CostModel {
            target: "sm_90".into(),
            bandwidth: 3.35e12,
            flops: 67.0e12,
            matmul_flops: 495.0e12,
            launch: 3.0e-6,
            step_latency: 11.0e-9,
            lanes: 132.0 * 1024.0,
            onchip_bytes: 228.0 * 1024.0,
            conv_slowdown: ConvSlowdown::default(),
        }
    }

    /// Checks that every constant is a finite positive number (a cost model read from a file
    /// could hold anything): the first bad one, by name.
    pub fn validate(&self) -> Result<(), String> {
        let s = &self.conv_slowdown;
        for (name, v) in [
            ("bandwidth", self.bandwidth),
            ("flops", self.flops),
            ("matmul_flops", self.matmul_flops),
            ("launch", self.launch),
            ("step_latency", self.step_latency),
            ("lanes", self.lanes),
            ("onchip_bytes", self.onchip_bytes),
            ("conv_slowdown.direct", s.direct),
            ("conv_slowdown.fft", s.fft),
            ("conv_slowdown.block", s.block),
            ("conv_slowdown.scan", s.scan),
        ] {
            if !(v.is_finite() && v > 0.0 && v < 1e30) {
                let shown = if v != 0.0 && (v.abs() >= 1e6 || v.abs() < 1e-3) {
                    format!("{v:e}")
                } else {
                    format!("{v}")
                };
                return Err(format!(
                    "`{name}` is {shown}: must be a finite number > 0 (and below 1e30)"
                ));
            }
        }
        if self.lanes < 1.0 {
            return Err(format!("`lanes` is {}: must be at least 1", self.lanes));
        }
        Ok(())
    }

    /// The model for a target name: `cpu`, `sm_80` or `sm_90`.
    pub fn for_target(name: &str) -> Option<Self> {
        match name {
            "cpu" => Some(Self::cpu()),
            "sm_80" => Some(Self::sm_80()),
            "sm_90" => Some(Self::sm_90()),
            _ => None,
        }
    }

    /// Estimated seconds for a cost.
    pub fn time(&self, c: &Cost) -> f64 {
        if c.launches == 0.0 {
            return 0.0;
        }
        let rate = if c.matmul {
            self.matmul_flops
        } else {
            self.flops
        };
        let eff = (c.parallel.max(1.0) / self.lanes).min(1.0);
        let spill = match c.spill {
            Some((working_set, extra)) if working_set > self.onchip_bytes => extra,
            _ => 0.0,
        };
        // The measured slowdown of a convolution kernel scales its convolution, not the
        // prologue and epilogue fused into it (their cost is what fusion saves elsewhere).
        let slow = c.conv.map_or(1.0, |alg| self.conv_slowdown.of(alg));
        let bytes = (c.bytes - c.fused_bytes + spill) * slow + c.fused_bytes;
        let flops = (c.flops - c.fused_flops) * slow + c.fused_flops;
        let m = bytes / (self.bandwidth * eff);
        let a = flops / (rate * eff);
        let s = c.steps * slow * self.step_latency;
        let main = m.max(a).max(s);
        self.launch * c.launches + main + OVERLAP * (m + a + s - main)
    }

    /// Bytes a cost moves on this target (with an FFT's spill, if any).
    pub fn bytes(&self, c: &Cost) -> f64 {
        match c.spill {
            Some((working_set, extra)) if working_set > self.onchip_bytes => c.bytes + extra,
            _ => c.bytes,
        }
    }
}

/// What one operation costs at a given length.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cost {
    pub bytes: f64,
    pub flops: f64,
    /// Dependent sequential steps.
    pub steps: f64,
    /// Kernels launched (0 for compile-time and free operations).
    pub launches: f64,
    /// Arithmetic runs on the matrix units.
    pub matmul: bool,
    /// Independent lanes of work.
    pub parallel: f64,
    /// `(working set per channel, extra bytes)`: what an FFT moves again when its working set
    /// does not fit on chip.
    pub spill: Option<(f64, f64)>,
    /// The convolution algorithm, for the target's measured slowdown of its kernel.
    pub conv: Option<ConvAlg>,
    /// Bytes and flops of what is fused around a convolution (FIR prologue, gates): not
    /// scaled by the convolution's slowdown.
    pub fused_bytes: f64,
    pub fused_flops: f64,
}

/// Concrete size of a dimension at length `l`.
fn dim(d: &Dim, l: usize) -> f64 {
    match d {
        Dim::Seq => l as f64,
        Dim::Fixed(n) => *n as f64,
    }
}

fn elems(t: &TensorType, l: usize) -> f64 {
    t.shape.iter().map(|d| dim(d, l)).product()
}

/// Floating-point work of a real FFT of length `n` (half a complex FFT's 5 n log2 n; radix-3
/// and radix-5 stages cost a little more per point).
pub fn rfft_flops(n: usize) -> f64 {
    let mut m = n;
    let mut w = 0.0;
    for (r, weight) in [(2usize, 1.0), (3, 1.1), (5, 1.2)] {
        while m.is_multiple_of(r) {
            m /= r;
            w += (r as f64).log2() * weight;
        }
    }
    // Other factors (not produced by the rules): a direct DFT stage.
    if m > 1 {
        w += m as f64;
    }
    2.5 * n as f64 * w
}

/// The cost of a convolution by `alg` over `l` steps and `d` channels with `modes` poles, its
/// activations, filters and spectra stored as `dtype`.
pub fn conv_cost(alg: ConvAlg, l: usize, d: usize, modes: usize, dtype: DType) -> Cost {
    let (lf, df, nf) = (l as f64, d as f64, modes as f64);
    let e = dtype.size() as f64;
    // Input u and output y; poles and residues (complex) where the algorithm reads them.
    let io = 2.0 * e * lf * df;
    let modal = 4.0 * e * df * nf;
    match alg {
        // Causal: L(L+1)/2 multiply-adds per channel; reads h[:L]. Every output independent.
        ConvAlg::Direct => Cost {
            bytes: io + e * df * lf,
            flops: lf * (lf + 1.0) * df,
            parallel: df * lf,
            ..Cost::default()
        },
        // Forward and inverse real FFT, the spectrum product; reads the spectrum. A transform
        // that does not fit on chip makes two more round trips (four-step).
        ConvAlg::Fft { n } => Cost {
            bytes: io + 2.0 * e * df * (n / 2 + 1) as f64,
            flops: df * (2.0 * rfft_flops(n) + 6.0 * (n / 2 + 1) as f64),
            steps: (n as f64).log2(),
            parallel: df * lf,
            spill: Some((2.0 * e * n as f64, 8.0 * e * n as f64 * df)),
            ..Cost::default()
        },
        // Inside a chunk: b/2 multiply-adds per output; across chunks: the modal state
        // (history Re(R p^{t+1} s) and state update, 8 flops per mode and step).
        ConvAlg::Block { b } => Cost {
            bytes: io + e * df * b as f64 + modal,
            flops: df * lf * ((b as f64 + 1.0) + 8.0 * nf),
            steps: (lf / b as f64).ceil(),
            parallel: df * lf,
            ..Cost::default()
        },
        // One complex update and read-out per mode and step, with the state kept in float64
        // for precision (spec §8): 10 flops per mode at half rate. Only D·N lanes: each
        // recurrence is sequential in time.
        ConvAlg::Scan => Cost {
            bytes: io + modal,
            flops: df * lf * 20.0 * nf,
            steps: lf,
            parallel: df * nf,
            ..Cost::default()
        },
    }
}

/// The cost of one graph operation at length `l`, from its operand and result types.
/// `None` for operations that cannot run as they are (`modal_long_conv` must be given an
/// algorithm by the rewrites).
pub fn op_cost(op: &Op, operands: &[&TensorType], result: &TensorType, l: usize) -> Option<Cost> {
    let out = elems(result, l);
    // Bytes from each tensor's element type.
    let bytes = |t: &TensorType| elems(t, l) * t.dtype.size() as f64;
    let out_b = bytes(result);
    let ins_b: f64 = operands.iter().map(|t| bytes(t)).sum();
    let kernel = |bytes: f64, flops: f64| Cost {
        bytes,
        flops,
        launches: 1.0,
        parallel: out,
        ..Cost::default()
    };
    let matmul = |x: &TensorType, w: &TensorType, extra_in: f64| {
        let (rows, k) = (dim(&x.shape[0], l), dim(&x.shape[1], l));
        let o = dim(&w.shape[0], l);
        let (xb, wb) = (x.dtype.size() as f64, w.dtype.size() as f64);
        Cost {
            bytes: xb * (rows * k + rows * o + extra_in) + wb * o * k,
            flops: 2.0 * rows * k * o,
            launches: 1.0,
            matmul: true,
            parallel: rows * o,
            ..Cost::default()
        }
    };
    let modes_of = |t: &TensorType| match t.shape.get(1) {
        Some(Dim::Fixed(n)) => *n,
        _ => 1,
    };
    Some(match op {
        Op::Tokens | Op::Weight { .. } | Op::Output { .. } => Cost::default(),
        Op::ModalFilter { .. }
        | Op::Spectrum { .. }
        | Op::Deinterleave { .. }
        | Op::ExpandGroups { .. }
        | Op::ReverseTaps
        | Op::FirFilter
        | Op::RealPoles
        | Op::RealResidues
        | Op::ImplicitFilter { .. }
        | Op::StridedRows { .. }
        | Op::FilterPrefix { .. } => Cost::default(),
        Op::ModalLongConv { .. } => return None,
        // Table rows read and written, one i64 token per row.
        Op::Embedding => kernel(
            2.0 * out_b + DType::I64.size() as f64 * dim(&Dim::Seq, l),
            0.0,
        ),
        Op::RmsNorm { .. } => kernel(2.0 * out_b, 4.0 * out),
        Op::LayerNorm { .. } => kernel(2.0 * out_b, 7.0 * out),
        Op::Linear { .. } => matmul(operands[0], operands[1], 0.0),
        // A call of L rows reads at most L taps of a longer filter (a Hyena filter has l_max).
        Op::ShortConv { kernel: k, .. } => {
            kernel(2.0 * out_b, 2.0 * (*k as f64).min(dim(&Dim::Seq, l)) * out)
        }
        Op::ShortConvFft { n, kernel: k, .. } => {
            let c = dim(&result.shape[1], l);
            let mut fft = conv_cost(ConvAlg::Fft { n: *n }, l, c as usize, 1, result.dtype);
            // Reads K taps per channel instead of a spectrum.
            let e = result.dtype.size() as f64;
            fft.bytes += e * c * *k as f64 - 2.0 * e * c * (n / 2 + 1) as f64;
            fft.launches = 1.0;
            fft
        }
        Op::HyenaSplit { .. } | Op::ColumnSlice { .. } => kernel(2.0 * out_b, 0.0),
        Op::Mul | Op::Add | Op::DSkip => kernel(ins_b + out_b, out),
        Op::Activation { .. } => kernel(2.0 * out_b, 10.0 * out),
        Op::Rotary { .. } | Op::RotaryFreqs { .. } => kernel(2.0 * out_b, 3.0 * out),
        // The fused form saves the rotated q and k round trips; its arithmetic is attention's
        // plus the rotation.
        Op::Attention {
            heads, head_dim, ..
        }
        | Op::RotaryAttention {
            heads, head_dim, ..
        } => {
            let lf = l as f64;
            // Online softmax: q, k, v read once, output written once; causal half of L².
            kernel(
                ins_b + out_b,
                2.0 * lf * (lf + 1.0) * (*heads * *head_dim) as f64
                    + 5.0 * lf * lf * *heads as f64 / 2.0,
            )
        }
        Op::LongConv { .. } | Op::GatedConv { .. } | Op::HyenaConv { .. } => {
            let d = dim(&result.shape[1], l) as usize;
            // The modes are the second dimension of the last filter operand (poles/residues)
            // for block and scan; direct and FFT do not depend on them.
            let modes = operands.last().map_or(1, |t| modes_of(t));
            let mut c = conv_kernel_cost(op, l, d, modes, result.dtype)?;
            if let (Some(ConvAlg::Direct), Some(Dim::Fixed(len))) =
                (op.conv_alg(), operands.last().and_then(|t| t.shape.get(1)))
            {
                direct_taps(&mut c, l, d, *len, result.dtype);
            }
            c
        }
        Op::NormLinear { .. } => {
            let mut c = matmul(operands[0], operands[2], 0.0);
            c.flops += 4.0 * elems(operands[0], l);
            c
        }
        Op::GatedMlpUp { .. } => {
            let mut c = matmul(operands[0], operands[1], 0.0);
            let second = matmul(operands[0], operands[2], 0.0);
            // x is read once for both products; one output instead of two.
            c.bytes += second.bytes - (bytes(operands[0]) + out_b);
            c.flops += second.flops + 11.0 * out;
            c
        }
        Op::NormGatedMlpUp { .. } => {
            let mut c = matmul(operands[0], operands[2], 0.0);
            let second = matmul(operands[0], operands[3], 0.0);
            c.bytes += second.bytes - (bytes(operands[0]) + out_b);
            c.flops += second.flops + 11.0 * out + 4.0 * elems(operands[0], l);
            c
        }
    })
}

/// Corrects a direct convolution's cost (priced for a filter as long as the call) for a
/// filter of `taps` taps (an explicit FIR): its taps per output, not the call's length.
pub fn direct_taps(c: &mut Cost, l: usize, d: usize, taps: usize, dtype: DType) {
    let (lf, df, k) = (l as f64, d as f64, taps.min(l) as f64);
    let e = dtype.size() as f64;
    c.flops += df * (2.0 * (k * (k + 1.0) / 2.0 + (lf - k) * k) - lf * (lf + 1.0));
    c.bytes += e * df * (k - lf);
}

/// The cost of a convolution kernel (`long_conv`, `gated_conv` or `hyena_conv`, with the
/// algorithm in `op`) at length `l` over `d` channels of `dtype`.
pub fn conv_kernel_cost(op: &Op, l: usize, d: usize, modes: usize, dtype: DType) -> Option<Cost> {
    let lfd = l as f64 * d as f64;
    let e = dtype.size() as f64;
    let (alg, extra_bytes, extra_flops) = match op {
        Op::LongConv { alg } => (*alg, 0.0, 0.0),
        // Reads x1, v, x2 instead of u: two more activations; the gate's arithmetic.
        Op::GatedConv { alg } => (*alg, 2.0 * e * lfd, 4.0 * lfd),
        // Reads z [L, 3D] instead of u [L, D]; the FIR over 3D channels and the gate.
        Op::HyenaConv { alg, kernel, .. } => {
            (*alg, 2.0 * e * lfd, 4.0 * lfd + 6.0 * *kernel as f64 * lfd)
        }
        _ => return None,
    };
    let mut c = conv_cost(alg, l, d, modes, dtype);
    c.conv = Some(alg);
    c.bytes += extra_bytes;
    c.flops += extra_flops;
    c.fused_bytes = extra_bytes;
    c.fused_flops = extra_flops;
    c.launches = 1.0;
    Some(c)
}

/// `op` with its algorithm replaced.
pub fn with_alg(op: &Op, alg: ConvAlg) -> Op {
    let mut op = op.clone();
    match &mut op {
        Op::LongConv { alg: a } | Op::GatedConv { alg: a } | Op::HyenaConv { alg: a, .. } => {
            *a = alg
        }
        _ => {}
    }
    op
}
