//! Graph operations and their shape/dtype inference.
//!
//! Operations are fine-grained (a linear is one node, gating is a multiply) so that the rewrites
//! can fuse them; semantics are stated next to each variant and implemented once, in float64, by
//! the reference interpreter.

use hyenac_models::{MlpActivation, NormStyle};
use serde::{Deserialize, Serialize};

use super::{DType, Dim, GraphError, TensorType};

/// Which of the three Hyena streams a split extracts (spec §2.1 step 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stream {
    /// Post-gate (`x2`, multiplies after the long convolution).
    X2,
    /// Pre-gate (`x1`, multiplies `v` before the long convolution).
    X1,
    /// Value (`v`).
    V,
}

impl Stream {
    /// Position of the stream inside a `[x2 | x1 | v]` group.
    pub fn index(self) -> usize {
        match self {
            Stream::X2 => 0,
            Stream::X1 => 1,
            Stream::V => 2,
        }
    }
}

/// How a causal long convolution is computed. Every algorithm computes the same mathematics;
/// the cost model picks one per layer and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConvAlg {
    /// `y[t] = Σ_{s≤t} h[s] u[t−s]` from the materialised filter; filter operand `h [D, len]`.
    Direct,
    /// Multiplication by the filter's spectrum at FFT length `n ≥ 2L−1`; filter operand
    /// `H [D, n/2+1, 2]` (complex as a trailing pair).
    Fft { n: usize },
    /// Chunks of `b` steps: direct convolution inside a chunk, the modal state carries
    /// everything earlier (spec §2.2); filter operands `h [D, len ≥ b], poles, residues`.
    Block { b: usize },
    /// The recurrence `s ← p·s + u`, `y = Re Σ R s`, one step per token; filter operands
    /// `poles, residues`.
    Scan,
}

impl ConvAlg {
    /// Short name used by `--force-conv` and the reports.
    pub fn name(&self) -> String {
        match self {
            ConvAlg::Direct => "direct".into(),
            ConvAlg::Fft { n } => format!("fft(n={n})"),
            ConvAlg::Block { b } => format!("block(b={b})"),
            ConvAlg::Scan => "scan".into(),
        }
    }

    /// The algorithm family: `direct`, `fft`, `block` or `scan`.
    pub fn family(&self) -> &'static str {
        match self {
            ConvAlg::Direct => "direct",
            ConvAlg::Fft { .. } => "fft",
            ConvAlg::Block { .. } => "block",
            ConvAlg::Scan => "scan",
        }
    }

    /// Number of filter operands the algorithm takes.
    pub fn filter_operands(&self) -> usize {
        match self {
            ConvAlg::Direct | ConvAlg::Fft { .. } => 1,
            ConvAlg::Block { .. } => 3,
            ConvAlg::Scan => 2,
        }
    }
}

/// A graph operation. Activations are time-major `[L, C]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Op {
    /// Graph input: the token ids, `[L]` i64.
    Tokens,
    /// Graph input: a weight bound by its state_dict name.
    Weight { name: String, shape: Vec<usize> },
    /// `(table [V, D], tokens [L]) → table[tokens]`, `[L, D]`.
    Embedding,
    /// `(x [L, D], scale [D]) → scale ⊙ x / r`, with `r` per [`NormStyle`].
    RmsNorm { eps: f64, style: NormStyle },
    /// `(x [L, I], w [O, I] (, b [O])) → x wᵀ (+ b)`.
    Linear { bias: bool },
    /// Causal depthwise FIR, `(x [L, C], w [C, 1, K] (, b [C]))`:
    /// `y[t, c] = Σₖ w[c, k] · x[t − (K−1) + k, c] (+ b[c])`, `x[<0] = 0`. Stateful: the last
    /// K−1 input rows carry over to the next call (zero history at the start).
    ShortConv { kernel: usize, bias: bool },
    /// One of the three Hyena streams of `[L, 3D]` → `[L, D]`. With `heads: Some(H)` the
    /// channels are grouped per head as `[x2_h | x1_h | v_h]` (column split), otherwise as
    /// three contiguous blocks.
    HyenaSplit {
        stream: Stream,
        heads: Option<usize>,
    },
    /// `(x [L, C]) → x[:, start .. start + len]`.
    ColumnSlice { start: usize, len: usize },
    /// Elementwise product of two tensors of one type.
    Mul,
    /// Elementwise sum of two tensors of one type.
    Add,
    /// Causal long convolution with a modal filter, `(u [L, D], poles [D, N, 1, 2],
    /// residues [D, N, 1, 2])`: `y[t, c] = Σ_{s ≤ t} h[c, s] u[t − s, c]` with
    /// `h[c, t] = Re Σₙ R[c, n] p[c, n]^t`. Stateful: the modal state
    /// `s[c, n] = Σ_τ p^{T−1−τ} u[τ, c]` over everything seen so far.
    ModalLongConv { state_size: usize },
    /// The D skip, `(u [L, D], d [D]) → d ⊙ u`.
    DSkip,
    /// GPT-NeoX rotary embedding (rotate half, all head dims) of `[L, heads · head_dim]` at the
    /// call's absolute positions, with flash_attn's float32 angle recipe (spec §3).
    Rotary {
        heads: usize,
        head_dim: usize,
        base: f64,
        position_scale: f64,
    },
    /// Causal grouped-query attention, `(q [L, H·hd], k [L, Hkv·hd], v [L, Hkv·hd]) → [L, H·hd]`,
    /// softmax scale `1/sqrt(hd)`, query head `h` reads kv head `h / (H/Hkv)`. Stateful: keys
    /// and values of earlier calls (the KV cache).
    Attention {
        heads: usize,
        kv_heads: usize,
        head_dim: usize,
    },
    /// Elementwise MLP activation.
    Activation { kind: MlpActivation },
    /// A named graph result; the identity on its operand.
    Output { name: String },

    // ---- Forms introduced by the rewrites (see `rewrite`) ----
    /// `ShortConv` computed by an FFT of length `n` over the history and the call's rows
    /// (`n ≥ L + 2K − 2`). Stateful like `ShortConv`.
    ShortConvFft { n: usize, kernel: usize, bias: bool },
    /// The modal filter `h[c, t] = Re Σₙ R p^t` for `t < len`, `(poles, residues) → [D, len]`.
    /// Depends on weights only: evaluated at compile time.
    ModalFilter { len: usize },
    /// The real spectrum of `h` zero-padded to `n`, `(h [D, len]) → [D, n/2+1, 2]`. Compile-time.
    Spectrum { n: usize },
    /// Causal long convolution of `u [L, D]` by an algorithm, `(u, filter operands…)`.
    /// Stateful like `ModalLongConv` (the filter is modal, so its state carries the history).
    LongConv { alg: ConvAlg },
    /// The fused gated convolution `x2 ⊙ (h ∗ (x1 ⊙ v) + d ⊙ (x1 ⊙ v))`:
    /// `(x2, x1, v, d, filter operands…)`. Reads x1, v, x2 once, writes y once.
    GatedConv { alg: ConvAlg },
    /// The whole Hyena filter in one kernel: short FIR and channel split in the prologue, then
    /// the gated convolution: `(z [L, 3D], fir_w, fir_b?, d, filter operands…) → [L, D]`.
    HyenaConv {
        alg: ConvAlg,
        kernel: usize,
        heads: Option<usize>,
        fir_bias: bool,
    },
    /// Rotary embedding of q and k fused into attention: `(q, k, v)` before rotation →
    /// `attention(rotary(q), rotary(k), v)` with the rotary settings given (stateful like
    /// `Attention`: the key cache holds rotated keys).
    RotaryAttention {
        heads: usize,
        kv_heads: usize,
        head_dim: usize,
        base: f64,
        position_scale: f64,
    },
    /// RMSNorm in the prologue of a linear: `(x, scale, w, b?) → rms_norm(x) wᵀ (+ b)`.
    NormLinear {
        eps: f64,
        style: NormStyle,
        bias: bool,
    },
    /// The MLP's up-projections with activation and gate in the epilogue:
    /// `(x, w1, w2) → act(x w1ᵀ) ⊙ x w2ᵀ`.
    GatedMlpUp { kind: MlpActivation },
    /// `GatedMlpUp` with RMSNorm in the prologue: `(x, scale, w1, w2)`.
    NormGatedMlpUp {
        eps: f64,
        style: NormStyle,
        kind: MlpActivation,
    },
}

/// Declares each operation's mnemonic once: [`Op::mnemonic`] and [`MNEMONICS`] come from this
/// list. The mnemonic is the operation's one name: the graph text and `hyenac explain --graph`
/// print it, the e-graph language and `--rules` files use it, the hyena dialect calls it
/// `hyena.<mnemonic>` (tests check both).
macro_rules! mnemonics {
    ($($variant:ident $({ $dots:tt })? => $name:literal,)*) => {
        impl Op {
            /// The operation's name in the graph text, the rule files and the dialect.
            pub fn mnemonic(&self) -> &'static str {
                match self {
                    $(Op::$variant $({ $dots })? => $name,)*
                }
            }
        }

        /// Every operation's mnemonic, in declaration order.
        pub const MNEMONICS: &[&str] = &[$($name),*];
    };
}

mnemonics! {
    Tokens => "tokens",
    Weight { .. } => "weight",
    Embedding => "embedding",
    RmsNorm { .. } => "rms_norm",
    Linear { .. } => "linear",
    ShortConv { .. } => "short_conv",
    HyenaSplit { .. } => "hyena_split",
    ColumnSlice { .. } => "column_slice",
    Mul => "mul",
    Add => "add",
    ModalLongConv { .. } => "modal_long_conv",
    DSkip => "d_skip",
    Rotary { .. } => "rotary",
    Attention { .. } => "attention",
    RotaryAttention { .. } => "rotary_attention",
    Activation { .. } => "activation",
    Output { .. } => "output",
    ShortConvFft { .. } => "short_conv_fft",
    ModalFilter { .. } => "modal_filter",
    Spectrum { .. } => "spectrum",
    LongConv { .. } => "long_conv",
    GatedConv { .. } => "gated_conv",
    HyenaConv { .. } => "hyena_conv",
    NormLinear { .. } => "norm_linear",
    GatedMlpUp { .. } => "gated_mlp_up",
    NormGatedMlpUp { .. } => "norm_gated_mlp_up",
}

/// Where the operands of a fused Hyena convolution sit (the FIR bias is optional, so every
/// position after it moves): one definition for shape inference, the interpreter and the
/// kernels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HyenaConvOperands {
    /// The projections `z` `[L, 3D]`.
    pub z: usize,
    /// The short filter's taps `[3D, 1, K]`.
    pub fir_weight: usize,
    /// The short filter's bias `[3D]`, if it has one.
    pub fir_bias: Option<usize>,
    /// The skip vector `d` `[D]`.
    pub d: usize,
    /// The first operand of the long filter (its algorithm says how many follow).
    pub filter: usize,
}

impl HyenaConvOperands {
    /// The layout with or without the FIR bias.
    pub fn new(fir_bias: bool) -> Self {
        let b = usize::from(fir_bias);
        HyenaConvOperands {
            z: 0,
            fir_weight: 1,
            fir_bias: fir_bias.then_some(2),
            d: 2 + b,
            filter: 3 + b,
        }
    }
}

impl Op {
    /// The index of the first long-filter operand of a convolution (its algorithm says how
    /// many follow): after `u` for `long_conv`, after `x2, x1, v, d` for `gated_conv`, after
    /// the FIR and `d` for `hyena_conv`.
    pub fn filter_operands_start(&self) -> Option<usize> {
        match self {
            Op::LongConv { .. } => Some(1),
            Op::GatedConv { .. } => Some(4),
            Op::HyenaConv { fir_bias, .. } => Some(HyenaConvOperands::new(*fir_bias).filter),
            _ => None,
        }
    }

    /// True for operations whose result depends on earlier calls (prefill/decode state).
    pub fn is_stateful(&self) -> bool {
        matches!(
            self,
            Op::ShortConv { .. }
                | Op::ShortConvFft { .. }
                | Op::ModalLongConv { .. }
                | Op::Rotary { .. }
                | Op::Attention { .. }
                | Op::RotaryAttention { .. }
        )
    }

    /// Infers the result type from the operand types, or explains what is wrong.
    pub fn infer(&self, ins: &[&TensorType]) -> Result<TensorType, GraphError> {
        let name = self.mnemonic();
        let arity = |lo: usize, hi: usize| -> Result<(), GraphError> {
            if ins.len() < lo || ins.len() > hi {
                Err(GraphError::Arity {
                    op: name.to_string(),
                    expected: if lo == hi {
                        lo.to_string()
                    } else {
                        format!("{lo}..={hi}")
                    },
                    got: ins.len(),
                })
            } else {
                Ok(())
            }
        };
        let expect = |i: usize, want: &TensorType| -> Result<(), GraphError> {
            if ins[i] != want {
                Err(GraphError::OperandType {
                    op: name.to_string(),
                    index: i,
                    got: ins[i].to_string(),
                    expected: want.to_string(),
                })
            } else {
                Ok(())
            }
        };
        // Width C of an `[L, C]` f32 activation operand.
        let act = |i: usize| -> Result<usize, GraphError> {
            match (ins[i].shape.as_slice(), ins[i].dtype) {
                ([Dim::Seq, Dim::Fixed(c)], DType::F32) => Ok(*c),
                _ => Err(GraphError::OperandType {
                    op: name.to_string(),
                    index: i,
                    got: ins[i].to_string(),
                    expected: "[L, C] f32".into(),
                }),
            }
        };
        let attr = |reason: String| GraphError::Attribute {
            op: name.to_string(),
            reason,
        };
        match self {
            Op::Tokens => {
                arity(0, 0)?;
                Ok(TensorType::new(vec![Dim::Seq], DType::I64))
            }
            Op::Weight { shape, .. } => {
                arity(0, 0)?;
                if shape.contains(&0) {
                    return Err(attr(format!("empty weight shape {shape:?}")));
                }
                Ok(TensorType::fixed(shape))
            }
            Op::Embedding => {
                arity(2, 2)?;
                expect(1, &TensorType::new(vec![Dim::Seq], DType::I64))?;
                match ins[0].shape.as_slice() {
                    [Dim::Fixed(_), Dim::Fixed(d)] if ins[0].dtype == DType::F32 => {
                        Ok(TensorType::activation(*d))
                    }
                    _ => Err(GraphError::OperandType {
                        op: name.into(),
                        index: 0,
                        got: ins[0].to_string(),
                        expected: "[V, D] f32".into(),
                    }),
                }
            }
            Op::RmsNorm { eps, .. } => {
                arity(2, 2)?;
                if !(eps.is_finite() && *eps >= 0.0) {
                    return Err(attr(format!("eps = {eps}")));
                }
                let d = act(0)?;
                expect(1, &TensorType::fixed(&[d]))?;
                Ok(TensorType::activation(d))
            }
            Op::Linear { bias } => {
                arity(if *bias { 3 } else { 2 }, if *bias { 3 } else { 2 })?;
                let i = act(0)?;
                let o = match ins[1].shape.as_slice() {
                    [Dim::Fixed(o), Dim::Fixed(ii)] if *ii == i && ins[1].dtype == DType::F32 => *o,
                    _ => {
                        return Err(GraphError::OperandType {
                            op: name.into(),
                            index: 1,
                            got: ins[1].to_string(),
                            expected: format!("[O, {i}] f32"),
                        })
                    }
                };
                if *bias {
                    expect(2, &TensorType::fixed(&[o]))?;
                }
                Ok(TensorType::activation(o))
            }
            Op::ShortConv { kernel, bias } | Op::ShortConvFft { kernel, bias, .. } => {
                arity(if *bias { 3 } else { 2 }, if *bias { 3 } else { 2 })?;
                if *kernel == 0 {
                    return Err(attr("kernel = 0".into()));
                }
                let c = act(0)?;
                expect(1, &TensorType::fixed(&[c, 1, *kernel]))?;
                if *bias {
                    expect(2, &TensorType::fixed(&[c]))?;
                }
                Ok(TensorType::activation(c))
            }
            Op::HyenaSplit { heads, .. } => {
                arity(1, 1)?;
                let c = act(0)?;
                if c % 3 != 0 {
                    return Err(attr(format!("input width {c} is not a multiple of 3")));
                }
                let d = c / 3;
                if let Some(h) = heads {
                    if *h == 0 || d % h != 0 {
                        return Err(attr(format!("{h} heads do not divide width {d}")));
                    }
                }
                Ok(TensorType::activation(d))
            }
            Op::ColumnSlice { start, len } => {
                arity(1, 1)?;
                let c = act(0)?;
                if *len == 0 || start + len > c {
                    return Err(attr(format!("columns {start}..{} of {c}", start + len)));
                }
                Ok(TensorType::activation(*len))
            }
            Op::Mul | Op::Add => {
                arity(2, 2)?;
                act(0)?;
                expect(1, ins[0])?;
                Ok(ins[0].clone())
            }
            Op::ModalLongConv { state_size } => {
                arity(3, 3)?;
                let d = act(0)?;
                expect(1, &TensorType::fixed(&[d, *state_size, 1, 2]))?;
                expect(2, &TensorType::fixed(&[d, *state_size, 1, 2]))?;
                Ok(TensorType::activation(d))
            }
            Op::DSkip => {
                arity(2, 2)?;
                let d = act(0)?;
                expect(1, &TensorType::fixed(&[d]))?;
                Ok(TensorType::activation(d))
            }
            Op::Rotary {
                heads,
                head_dim,
                base,
                position_scale,
            } => {
                arity(1, 1)?;
                let c = act(0)?;
                if heads * head_dim != c || head_dim % 2 != 0 {
                    return Err(attr(format!(
                        "{heads} heads × {head_dim} (must be even) do not make width {c}"
                    )));
                }
                if !(*base > 1.0 && *position_scale > 0.0) {
                    return Err(attr(format!(
                        "base {base}, position scale {position_scale}"
                    )));
                }
                Ok(TensorType::activation(c))
            }
            Op::RotaryAttention {
                heads,
                kv_heads,
                head_dim,
                base,
                position_scale,
            } => {
                let rotary = |h: usize| Op::Rotary {
                    heads: h,
                    head_dim: *head_dim,
                    base: *base,
                    position_scale: *position_scale,
                };
                arity(3, 3)?;
                let q = rotary(*heads).infer(&ins[..1])?;
                let k = rotary(*kv_heads).infer(&ins[1..2])?;
                Op::Attention {
                    heads: *heads,
                    kv_heads: *kv_heads,
                    head_dim: *head_dim,
                }
                .infer(&[&q, &k, ins[2]])
                .map_err(|e| match e {
                    GraphError::OperandType {
                        index,
                        got,
                        expected,
                        ..
                    } => GraphError::OperandType {
                        op: name.into(),
                        index,
                        got,
                        expected,
                    },
                    other => other,
                })
            }
            Op::Attention {
                heads,
                kv_heads,
                head_dim,
            } => {
                arity(3, 3)?;
                if *kv_heads == 0 || heads % kv_heads != 0 {
                    return Err(attr(format!(
                        "{kv_heads} kv heads do not divide {heads} heads"
                    )));
                }
                expect(0, &TensorType::activation(heads * head_dim))?;
                expect(1, &TensorType::activation(kv_heads * head_dim))?;
                expect(2, &TensorType::activation(kv_heads * head_dim))?;
                Ok(TensorType::activation(heads * head_dim))
            }
            Op::Activation { .. } => {
                arity(1, 1)?;
                let c = act(0)?;
                Ok(TensorType::activation(c))
            }
            Op::Output { .. } => {
                arity(1, 1)?;
                Ok(ins[0].clone())
            }
            Op::ModalFilter { len } => {
                arity(2, 2)?;
                let (d, n) = modal_dims(ins[0]).ok_or_else(|| GraphError::OperandType {
                    op: name.into(),
                    index: 0,
                    got: ins[0].to_string(),
                    expected: "[D, N, 1, 2] f32".into(),
                })?;
                expect(1, &TensorType::fixed(&[d, n, 1, 2]))?;
                if *len == 0 {
                    return Err(attr("len = 0".into()));
                }
                Ok(TensorType::fixed(&[d, *len]))
            }
            Op::Spectrum { n } => {
                arity(1, 1)?;
                let (d, len) = match ins[0].shape.as_slice() {
                    [Dim::Fixed(d), Dim::Fixed(l)] => (*d, *l),
                    _ => {
                        return Err(GraphError::OperandType {
                            op: name.into(),
                            index: 0,
                            got: ins[0].to_string(),
                            expected: "[D, len] f32".into(),
                        })
                    }
                };
                if *n < len {
                    return Err(attr(format!(
                        "FFT length {n} is shorter than the filter ({len})"
                    )));
                }
                Ok(TensorType::fixed(&[d, n / 2 + 1, 2]))
            }
            Op::LongConv { alg } => {
                arity(1 + alg.filter_operands(), 1 + alg.filter_operands())?;
                let d = act(0)?;
                check_filter(name, alg, d, &ins[1..], 1)?;
                Ok(TensorType::activation(d))
            }
            Op::GatedConv { alg } => {
                let k = 4 + alg.filter_operands();
                arity(k, k)?;
                let d = act(0)?;
                expect(1, &TensorType::activation(d))?;
                expect(2, &TensorType::activation(d))?;
                expect(3, &TensorType::fixed(&[d]))?;
                check_filter(name, alg, d, &ins[4..], 4)?;
                Ok(TensorType::activation(d))
            }
            Op::HyenaConv {
                alg,
                kernel,
                heads,
                fir_bias,
            } => {
                let at = HyenaConvOperands::new(*fir_bias);
                let fixed = at.filter;
                let k = fixed + alg.filter_operands();
                arity(k, k)?;
                let c = act(0)?;
                if c % 3 != 0 {
                    return Err(attr(format!("input width {c} is not a multiple of 3")));
                }
                let d = c / 3;
                if let Some(h) = heads {
                    if *h == 0 || d % h != 0 {
                        return Err(attr(format!("{h} heads do not divide width {d}")));
                    }
                }
                expect(at.fir_weight, &TensorType::fixed(&[c, 1, *kernel]))?;
                if let Some(b) = at.fir_bias {
                    expect(b, &TensorType::fixed(&[c]))?;
                }
                expect(at.d, &TensorType::fixed(&[d]))?;
                check_filter(name, alg, d, &ins[fixed..], fixed)?;
                Ok(TensorType::activation(d))
            }
            Op::NormLinear { bias, .. } => {
                arity(if *bias { 4 } else { 3 }, if *bias { 4 } else { 3 })?;
                let i = act(0)?;
                expect(1, &TensorType::fixed(&[i]))?;
                let o = out_features(name, ins[2], i, 2)?;
                if *bias {
                    expect(3, &TensorType::fixed(&[o]))?;
                }
                Ok(TensorType::activation(o))
            }
            Op::GatedMlpUp { .. } => {
                arity(3, 3)?;
                let i = act(0)?;
                let f = out_features(name, ins[1], i, 1)?;
                expect(2, ins[1])?;
                Ok(TensorType::activation(f))
            }
            Op::NormGatedMlpUp { .. } => {
                arity(4, 4)?;
                let i = act(0)?;
                expect(1, &TensorType::fixed(&[i]))?;
                let f = out_features(name, ins[2], i, 2)?;
                expect(3, ins[2])?;
                Ok(TensorType::activation(f))
            }
        }
    }

    /// Attributes in text form (empty when there are none).
    pub fn attributes(&self) -> String {
        match self {
            Op::Weight { name, .. } => format!("\"{name}\""),
            Op::RmsNorm { eps, style } => format!(
                "{{eps = {eps:e}, style = {}}}",
                match style {
                    NormStyle::EpsOutsideSqrt => "eps_outside_sqrt",
                    NormStyle::EpsInsideSqrt => "eps_inside_sqrt",
                }
            ),
            Op::Linear { bias } => format!("{{bias = {bias}}}"),
            Op::ShortConv { kernel, bias } => format!("{{kernel = {kernel}, bias = {bias}}}"),
            Op::HyenaSplit { stream, heads } => format!(
                "{{stream = {}, layout = {}}}",
                match stream {
                    Stream::X2 => "x2",
                    Stream::X1 => "x1",
                    Stream::V => "v",
                },
                match heads {
                    Some(h) => format!("column_split({h} heads)"),
                    None => "contiguous".into(),
                }
            ),
            Op::ColumnSlice { start, len } => format!("{{start = {start}, len = {len}}}"),
            Op::ModalLongConv { state_size } => format!("{{state_size = {state_size}}}"),
            Op::Rotary {
                heads,
                head_dim,
                base,
                position_scale,
            } => format!(
                "{{heads = {heads}, head_dim = {head_dim}, base = {base}, position_scale = {position_scale}}}"
            ),
            Op::Attention {
                heads,
                kv_heads,
                head_dim,
            } => format!("{{heads = {heads}, kv_heads = {kv_heads}, head_dim = {head_dim}, causal}}"),
            Op::RotaryAttention {
                heads,
                kv_heads,
                head_dim,
                base,
                position_scale,
            } => format!(
                "{{heads = {heads}, kv_heads = {kv_heads}, head_dim = {head_dim}, causal, rotary base = {base}, position_scale = {position_scale}}}"
            ),
            Op::Activation { kind } => format!(
                "{{kind = {}}}",
                match kind {
                    MlpActivation::Silu => "silu",
                    MlpActivation::Gelu => "gelu_exact",
                }
            ),
            Op::Output { name } => format!("\"{name}\""),
            Op::ShortConvFft { n, kernel, bias } => {
                format!("{{n = {n}, kernel = {kernel}, bias = {bias}}}")
            }
            Op::ModalFilter { len } => format!("{{len = {len}}}"),
            Op::Spectrum { n } => format!("{{n = {n}}}"),
            Op::LongConv { alg } | Op::GatedConv { alg } => format!("{{alg = {}}}", alg.name()),
            Op::HyenaConv {
                alg,
                kernel,
                heads,
                fir_bias,
            } => format!(
                "{{alg = {}, kernel = {kernel}, layout = {}, fir_bias = {fir_bias}}}",
                alg.name(),
                match heads {
                    Some(h) => format!("column_split({h} heads)"),
                    None => "contiguous".into(),
                }
            ),
            Op::NormLinear { eps, style, bias } => {
                format!("{{eps = {eps:e}, style = {}, bias = {bias}}}", style_name(*style))
            }
            Op::GatedMlpUp { kind } => format!("{{kind = {}}}", act_name(*kind)),
            Op::NormGatedMlpUp { eps, style, kind } => format!(
                "{{eps = {eps:e}, style = {}, kind = {}}}",
                style_name(*style),
                act_name(*kind)
            ),
            Op::Tokens | Op::Embedding | Op::Mul | Op::Add | Op::DSkip => String::new(),
        }
    }
}

fn style_name(s: NormStyle) -> &'static str {
    match s {
        NormStyle::EpsOutsideSqrt => "eps_outside_sqrt",
        NormStyle::EpsInsideSqrt => "eps_inside_sqrt",
    }
}

fn act_name(k: MlpActivation) -> &'static str {
    match k {
        MlpActivation::Silu => "silu",
        MlpActivation::Gelu => "gelu_exact",
    }
}

/// `(D, N)` of a `[D, N, 1, 2]` poles or residues tensor.
fn modal_dims(t: &TensorType) -> Option<(usize, usize)> {
    match (t.shape.as_slice(), t.dtype) {
        ([Dim::Fixed(d), Dim::Fixed(n), Dim::Fixed(1), Dim::Fixed(2)], DType::F32) => {
            Some((*d, *n))
        }
        _ => None,
    }
}

/// `O` of a `[O, i]` weight.
fn out_features(op: &str, w: &TensorType, i: usize, index: usize) -> Result<usize, GraphError> {
    match w.shape.as_slice() {
        [Dim::Fixed(o), Dim::Fixed(ii)] if *ii == i && w.dtype == DType::F32 => Ok(*o),
        _ => Err(GraphError::OperandType {
            op: op.into(),
            index,
            got: w.to_string(),
            expected: format!("[O, {i}] f32"),
        }),
    }
}

/// Checks the filter operands an algorithm takes for `d` channels.
fn check_filter(
    op: &str,
    alg: &ConvAlg,
    d: usize,
    filt: &[&TensorType],
    first: usize,
) -> Result<(), GraphError> {
    let bad = |i: usize, expected: String| GraphError::OperandType {
        op: op.into(),
        index: first + i,
        got: filt[i].to_string(),
        expected,
    };
    let filter_len = |i: usize| match filt[i].shape.as_slice() {
        [Dim::Fixed(dd), Dim::Fixed(l)] if *dd == d && filt[i].dtype == DType::F32 => Ok(*l),
        _ => Err(bad(i, format!("[{d}, len] f32"))),
    };
    let modes = |i: usize| match modal_dims(filt[i]) {
        Some((dd, _)) if dd == d => Ok(()),
        _ => Err(bad(i, format!("[{d}, N, 1, 2] f32"))),
    };
    match alg {
        ConvAlg::Direct => filter_len(0).map(|_| ()),
        ConvAlg::Fft { n } => {
            let want = TensorType::fixed(&[d, n / 2 + 1, 2]);
            if filt[0] != &want {
                return Err(bad(0, want.to_string()));
            }
            Ok(())
        }
        ConvAlg::Block { b } => {
            if filter_len(0)? < *b || *b == 0 {
                return Err(bad(0, format!("[{d}, len ≥ {b}] f32")));
            }
            modes(1)?;
            modes(2)
        }
        ConvAlg::Scan => {
            modes(0)?;
            modes(1)
        }
    }
}
