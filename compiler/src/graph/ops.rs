//! Graph operations and their shape/dtype inference.
//!
//! Operations are fine-grained (a linear is one node, gating is a multiply) so that the rewrites
//! can fuse them; semantics are stated next to each variant and implemented once, in float64, by
//! the reference interpreter.

use hyenac_models::{MlpActivation, NormStyle};
use serde::{Deserialize, Serialize};

use super::{DType, Dim, GraphError, TensorType};

/// One of the streams a Hyena projection is split into, by its position in a group: the
/// order-2 operator of StripedHyena has three, `[x2 | x1 | v]` (spec §2.1 step 2); an operator
/// of order N has N + 1, so the stream is data, not a fixed set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stream(pub usize);

impl Stream {
    /// Post-gate (`x2`, multiplies after the long convolution).
    pub const X2: Stream = Stream(0);
    /// Pre-gate (`x1`, multiplies `v` before the long convolution).
    pub const X1: Stream = Stream(1);
    /// Value (`v`).
    pub const V: Stream = Stream(2);

    /// Position of the stream inside its group.
    pub fn index(self) -> usize {
        self.0
    }

    /// The name the graph text, the dialect and rule files use: `x2`, `x1`, `v` for the
    /// order-2 streams, `s{i}` beyond.
    pub fn name(self) -> String {
        match self {
            Stream::X2 => "x2".into(),
            Stream::X1 => "x1".into(),
            Stream::V => "v".into(),
            Stream(i) => format!("s{i}"),
        }
    }

    /// The stream a [`Stream::name`] names.
    pub fn parse(name: &str) -> Option<Stream> {
        match name {
            "x2" => Some(Stream::X2),
            "x1" => Some(Stream::X1),
            "v" => Some(Stream::V),
            _ => name.strip_prefix('s')?.parse().ok().map(Stream),
        }
    }
}

fn f32_dtype() -> DType {
    DType::F32
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

    /// The names of the filter operands the algorithm takes, in order.
    pub fn filter_operand_names(&self) -> &'static [&'static str] {
        match self {
            ConvAlg::Direct => &["filter"],
            ConvAlg::Fft { .. } => &["spectrum"],
            ConvAlg::Block { .. } => &["filter", "poles", "residues"],
            ConvAlg::Scan => &["poles", "residues"],
        }
    }

    /// Number of filter operands the algorithm takes.
    pub fn filter_operands(&self) -> usize {
        self.filter_operand_names().len()
    }
}

/// A graph operation. Activations are time-major `[L, C]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Op {
    /// Graph input: the token ids, `[L]` i64.
    Tokens,
    /// Graph input: a weight bound by its state_dict name.
    Weight {
        /// The checkpoint (state_dict) name.
        name: String,
        /// Its shape.
        shape: Vec<usize>,
        /// How it is stored: f32, or bf16/f16 where the precision policy
        /// (`graph::precision`) lowers a matrix-product weight.
        #[serde(default = "f32_dtype")]
        dtype: DType,
    },
    /// `(table [V, D], tokens [L]) → table[tokens]`, `[L, D]`.
    Embedding,
    /// `(x [L, D], scale [D]) → scale ⊙ x / r`, with `r` per [`NormStyle`].
    RmsNorm {
        /// Added to the mean square (or its root, per `style`).
        eps: f64,
        /// Where `eps` enters: inside or outside the square root.
        style: NormStyle,
    },
    /// `(x [L, I], w [O, I] (, b [O])) → x wᵀ (+ b)`.
    Linear {
        /// Whether the optional `bias` operand is present.
        bias: bool,
    },
    /// Causal depthwise FIR, `(x [L, C], w [C, 1, K] (, b [C]))`:
    /// `y[t, c] = Σₖ w[c, k] · x[t − (K−1) + k, c] (+ b[c])`, `x[<0] = 0`. Stateful: the last
    /// K−1 input rows carry over to the next call (zero history at the start).
    ShortConv {
        /// Taps `K`.
        kernel: usize,
        /// Whether the optional `bias` operand is present.
        bias: bool,
    },
    /// One of the three Hyena streams of `[L, 3D]` → `[L, D]`. With `heads: Some(H)` the
    /// channels are grouped per head as `[x2_h | x1_h | v_h]` (column split), otherwise as
    /// three contiguous blocks.
    HyenaSplit {
        /// Which stream to extract.
        stream: Stream,
        /// `Some(H)`: channels grouped per head (column split); `None`: three blocks.
        heads: Option<usize>,
    },
    /// `(x [L, C]) → x[:, start .. start + len]`.
    ColumnSlice {
        /// First column.
        start: usize,
        /// Number of columns.
        len: usize,
    },
    /// Elementwise product of two tensors of one type.
    Mul,
    /// Elementwise sum of two tensors of one type.
    Add,
    /// Causal long convolution with a modal filter, `(u [L, D], poles [D, N, 1, 2],
    /// residues [D, N, 1, 2])`: `y[t, c] = Σ_{s ≤ t} h[c, s] u[t − s, c]` with
    /// `h[c, t] = Re Σₙ R[c, n] p[c, n]^t`. Stateful: the modal state
    /// `s[c, n] = Σ_τ p^{T−1−τ} u[τ, c]` over everything seen so far.
    ModalLongConv {
        /// Modes `N` per channel.
        state_size: usize,
    },
    /// The D skip, `(u [L, D], d [D]) → d ⊙ u`.
    DSkip,
    /// GPT-NeoX rotary embedding (rotate half, all head dims) of `[L, heads · head_dim]` at the
    /// call's absolute positions, with flash_attn's float32 angle recipe (spec §3).
    Rotary {
        /// Heads `H`.
        heads: usize,
        /// Head dimension (even).
        head_dim: usize,
        /// Frequency base (10000 in GPT-NeoX).
        base: f64,
        /// Positions are multiplied by this (linear position scaling).
        position_scale: f64,
    },
    /// Causal grouped-query attention, `(q [L, H·hd], k [L, Hkv·hd], v [L, Hkv·hd]) → [L, H·hd]`,
    /// softmax scale `1/sqrt(hd)`, query head `h` reads kv head `h / (H/Hkv)`. Stateful: keys
    /// and values of earlier calls (the KV cache).
    Attention {
        /// Query heads `H`.
        heads: usize,
        /// Key/value heads `Hkv` (divides `H`).
        kv_heads: usize,
        /// Head dimension `hd`.
        head_dim: usize,
    },
    /// LayerNorm over the channels with biased variance, `(x [L, D], scale [D], bias [D])`:
    /// `(x − mean) / sqrt(var + eps) · scale + bias`.
    LayerNorm {
        /// Added to the variance.
        eps: f64,
    },
    /// Elementwise MLP activation.
    Activation {
        /// SiLU or exact GELU.
        kind: MlpActivation,
    },
    /// A named graph result; the identity on its operand.
    Output {
        /// The result's name (`logits`).
        name: String,
    },

    /// Rotary embedding with stored frequencies, `(x [L, heads · head_dim], inv_freq
    /// [head_dim / 2])`: rotate half at the call's absolute positions with angles
    /// `θ[pos, i] = (pos / position_scale) · inv_freq[i]` in float64 (StripedHyena 2 loads
    /// `inv_freq` from the checkpoint rather than from a base; spec SH2 §2.8).
    RotaryFreqs {
        /// Heads `H`.
        heads: usize,
        /// Head dimension (even).
        head_dim: usize,
        /// Positions are divided by this (linear position interpolation).
        position_scale: f64,
    },

    // ---- Weight relayouts: on weights alone, evaluated at compile time ----
    /// Rows regrouped by stream, `(w [S·C·B, …]) → [S·C·B, …]`: row `(s·C + c)·B + b` of the
    /// result is row `(c·S + s)·B + b` of `w`. With `B = 1` it turns per-channel interleaved
    /// `(q, k, v)` projections into three blocks; with `B = dh` a per-head `[h][q,k,v][dh]`
    /// QKV weight into `[q | k | v]`.
    Deinterleave {
        /// Streams `S`.
        streams: usize,
        /// Rows `B` that move together.
        block: usize,
    },
    /// A grouped filter per channel, `(h [G, 1, K]) → [C, 1, K]`: row `c` is row
    /// `c / (C / G)` of `h` (contiguous blocks of channels share a filter).
    ExpandGroups {
        /// Channels `C` (a multiple of `G`).
        channels: usize,
    },
    /// `(h [C, 1, K]) → [C, 1, K]` with the taps in reverse order, `h'[c, 0, k] = h[c, 0, K−1−k]`
    /// (a filter stored current-tap-first, as a short convolution's taps are current-last).
    ReverseTaps,
    /// A causal FIR's taps as a long-convolution filter, `(w [C, 1, K]) → [C, K]`:
    /// `h[c, t] = w[c, 0, K−1−t]` (a short convolution's taps are current-last, a filter's
    /// lag-first), so that `short_conv(x, w) = long_conv[direct(h)](x)`.
    FirFilter,
    /// Real modal poles from their logarithms, `(log_poles [D, N, 1]) → [D, N, 1, 2]`:
    /// `(exp(x), 0)`.
    RealPoles,
    /// Real residues in the complex layout, `(r [D, N]) → [D, N, 1, 2]`: `(r, 0)`.
    RealResidues,
    /// The Hyena implicit filter on its whole grid (spec Hyena §2), evaluated in float64 at
    /// compile time: `(z [1, Lm, E], t [1, Lm, 1], w0 [W, E], b0 [W], freq [1, W], w2 [W, W],
    /// b2 [W], w4 [W, W], b4 [W], w6 [C, W], deltas [1, 1, C]) → [C, 1, Lm]`, lag first:
    /// `h[c, 0, τ] = (w6 · sin(f⊙(w4 · sin(f⊙(w2 · sin(f⊙(w0 z_τ + b0)) + b2)) + b4)))_c ·
    /// (exp(−t_τ |deltas_c|) + shift)` (the window only with `modulate`). A length-L call reads
    /// the first L taps: the filter of a shorter sequence is the prefix.
    ImplicitFilter {
        /// Added to the window (0.05 in the HyenaDNA HF port, 0.0 in safari).
        shift: f64,
        /// Whether the exponential window multiplies the filter.
        modulate: bool,
    },
    /// Rows `offset + i·stride`, `i < count`, of a tensor's first dimension (the channels one
    /// recurrence step of an order-N Hyena operator takes from the shared filter).
    StridedRows {
        /// First row.
        offset: usize,
        /// Distance between rows.
        stride: usize,
        /// Rows taken.
        count: usize,
    },
    /// The first `len` lags of a long filter, `(h [C, K]) → [C, len]` (a call of at most
    /// `len` rows reads no later lag; the FFT of a filter longer than the sequence needs only
    /// these).
    FilterPrefix {
        /// Lags kept.
        len: usize,
    },

    // ---- Forms introduced by the rewrites (see `rewrite`) ----
    /// `ShortConv` computed by an FFT of length `n` over the history and the call's rows
    /// (`n ≥ L + 2K − 2`). Stateful like `ShortConv`.
    ShortConvFft {
        /// FFT length.
        n: usize,
        /// Taps `K`.
        kernel: usize,
        /// Whether the optional `bias` operand is present.
        bias: bool,
    },
    /// The modal filter `h[c, t] = Re Σₙ R p^t` for `t < len`, `(poles, residues) → [D, len]`.
    /// Depends on weights only: evaluated at compile time.
    ModalFilter {
        /// Filter length materialised.
        len: usize,
    },
    /// The real spectrum of `h` zero-padded to `n`, `(h [D, len]) → [D, n/2+1, 2]`. Compile-time.
    Spectrum {
        /// FFT length (even, ≥ the filter length).
        n: usize,
    },
    /// Causal long convolution of `u [L, D]` by an algorithm, `(u, filter operands…)`.
    /// Stateful like `ModalLongConv` (the filter is modal, so its state carries the history).
    LongConv {
        /// The algorithm; it names the filter operands.
        alg: ConvAlg,
    },
    /// The fused gated convolution `x2 ⊙ (h ∗ (x1 ⊙ v) + d ⊙ (x1 ⊙ v))`:
    /// `(x2, x1, v, d, filter operands…)`. Reads x1, v, x2 once, writes y once.
    GatedConv {
        /// The algorithm; it names the filter operands.
        alg: ConvAlg,
    },
    /// The whole Hyena filter in one kernel: short FIR and channel split in the prologue, then
    /// the gated convolution: `(z [L, 3D], fir_w, fir_b?, d, filter operands…) → [L, D]`.
    HyenaConv {
        /// The long convolution's algorithm; it names the filter operands.
        alg: ConvAlg,
        /// Short FIR taps `K`.
        kernel: usize,
        /// Stream layout, as for `HyenaSplit`.
        heads: Option<usize>,
        /// Whether the optional `fir_bias` operand is present.
        fir_bias: bool,
    },
    /// Rotary embedding of q and k fused into attention: `(q, k, v)` before rotation →
    /// `attention(rotary(q), rotary(k), v)` with the rotary settings given (stateful like
    /// `Attention`: the key cache holds rotated keys).
    RotaryAttention {
        /// Query heads `H`.
        heads: usize,
        /// Key/value heads `Hkv` (divides `H`).
        kv_heads: usize,
        /// Head dimension `hd`.
        head_dim: usize,
        /// Rotary frequency base.
        base: f64,
        /// Rotary position scaling.
        position_scale: f64,
    },
    /// RMSNorm in the prologue of a linear: `(x, scale, w, b?) → rms_norm(x) wᵀ (+ b)`.
    NormLinear {
        /// RMSNorm's `eps`.
        eps: f64,
        /// RMSNorm's `eps` placement.
        style: NormStyle,
        /// Whether the optional `bias` operand is present.
        bias: bool,
    },
    /// The MLP's up-projections with activation and gate in the epilogue:
    /// `(x, w1, w2) → act(x w1ᵀ) ⊙ x w2ᵀ`.
    GatedMlpUp {
        /// Activation of the first branch.
        kind: MlpActivation,
    },
    /// `GatedMlpUp` with RMSNorm in the prologue: `(x, scale, w1, w2)`.
    NormGatedMlpUp {
        /// RMSNorm's `eps`.
        eps: f64,
        /// RMSNorm's `eps` placement.
        style: NormStyle,
        /// Activation of the first branch.
        kind: MlpActivation,
    },
}

/// Declares each operation once: its mnemonic and its operand slots, in order. From this table
/// come [`Op::mnemonic`], [`MNEMONICS`], [`Op::operand_groups`], [`Op::operand_names`],
/// [`Op::operand`] and [`Op::arity`]; shape inference ([`Op::infer`]) checks the operand count
/// against it before it looks at types. The mnemonic is the operation's one name: the graph text
/// and `hyenac explain --graph` print it, the e-graph language and `--rules` files use it, the
/// hyena dialect calls it `hyena.<mnemonic>` (tests check all three).
///
/// A slot is `name` (always present), `name if COND` (present when the attribute expression
/// holds: an optional bias) or `..name(ALG)` (the operands the convolution algorithm `ALG`
/// takes, named by [`ConvAlg::filter_operand_names`]; always last).
macro_rules! operations {
    ($($variant:ident $({ $($field:ident),* })? => $name:literal ($($slots:tt)*);)*) => {
        impl Op {
            /// The operation's name in the graph text, the rule files and the dialect.
            pub fn mnemonic(&self) -> &'static str {
                match self {
                    $(Op::$variant { .. } => $name,)*
                }
            }

            /// The declared operand slots in order, each with how many operands fill it here:
            /// 1, 0 for an absent optional operand, or the algorithm's count for the filter.
            #[allow(unused_variables)]
            pub fn operand_groups(&self) -> Vec<(&'static str, usize)> {
                let mut groups = Vec::new();
                match self {
                    $(Op::$variant { $($($field,)*)? .. } => { operand_slots!(groups; $($slots)*); })*
                }
                groups
            }
        }

        /// Every operation's mnemonic, in declaration order.
        pub const MNEMONICS: &[&str] = &[$($name),*];

        /// Every operation's declared operand slots, in declaration order (what the dialect's
        /// `irdl.operands` lists must match).
        pub const OPERATIONS: &[OpDecl] = &[
            $(OpDecl { mnemonic: $name, slots: slot_decls!(@acc [] $($slots)*) },)*
        ];
    };
}

/// The operand slots of one [`operations!`] row as [`Slot`] values (a token muncher).
macro_rules! slot_decls {
    (@acc [$($acc:expr,)*]) => { &[$($acc,)*] };
    (@acc [$($acc:expr,)*] .. $name:ident ($alg:expr) $(,)?) => {
        slot_decls!(@acc [$($acc,)* Slot::Filter(stringify!($name)),])
    };
    (@acc [$($acc:expr,)*] $name:ident if $cond:expr $(, $($rest:tt)*)?) => {
        slot_decls!(@acc [$($acc,)* Slot::Optional(stringify!($name)),] $($($rest)*)?)
    };
    (@acc [$($acc:expr,)*] $name:ident $(, $($rest:tt)*)?) => {
        slot_decls!(@acc [$($acc,)* Slot::Required(stringify!($name)),] $($($rest)*)?)
    };
}

/// One declared operand slot of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Always present.
    Required(&'static str),
    /// Present when an attribute says so (a bias).
    Optional(&'static str),
    /// The operands of the convolution algorithm ([`ConvAlg::filter_operand_names`]).
    Filter(&'static str),
}

/// An operation's declaration in the op table.
#[derive(Debug, Clone, Copy)]
pub struct OpDecl {
    /// The operation's one name.
    pub mnemonic: &'static str,
    /// Its operand slots in order.
    pub slots: &'static [Slot],
}

/// The slot list of one [`operations!`] row (a token muncher).
macro_rules! operand_slots {
    ($v:ident;) => {};
    ($v:ident; .. $name:ident ($alg:expr) $(,)?) => {
        $v.push((stringify!($name), $alg.filter_operands()));
    };
    ($v:ident; $name:ident if $cond:expr $(, $($rest:tt)*)?) => {
        $v.push((stringify!($name), usize::from($cond)));
        operand_slots!($v; $($($rest)*)?);
    };
    ($v:ident; $name:ident $(, $($rest:tt)*)?) => {
        $v.push((stringify!($name), 1));
        operand_slots!($v; $($($rest)*)?);
    };
}

operations! {
    Tokens => "tokens" ();
    Weight => "weight" ();
    Embedding => "embedding" (table, tokens);
    RmsNorm => "rms_norm" (x, scale);
    LayerNorm => "layer_norm" (x, scale, bias);
    Linear { bias } => "linear" (x, weight, bias if *bias);
    ShortConv { bias } => "short_conv" (x, weight, bias if *bias);
    HyenaSplit => "hyena_split" (x);
    ColumnSlice => "column_slice" (x);
    Mul => "mul" (a, b);
    Add => "add" (a, b);
    ModalLongConv => "modal_long_conv" (u, poles, residues);
    DSkip => "d_skip" (u, d);
    Rotary => "rotary" (x);
    Attention => "attention" (q, k, v);
    RotaryAttention => "rotary_attention" (q, k, v);
    Activation => "activation" (x);
    Output => "output" (x);
    RotaryFreqs => "rotary_freqs" (x, inv_freq);
    Deinterleave => "deinterleave" (w);
    ExpandGroups => "expand_groups" (h);
    ReverseTaps => "reverse_taps" (h);
    FirFilter => "fir_filter" (w);
    RealPoles => "real_poles" (log_poles);
    RealResidues => "real_residues" (residues);
    ImplicitFilter => "implicit_filter" (z, t, w0, b0, freq, w2, b2, w4, b4, w6, deltas);
    StridedRows => "strided_rows" (x);
    FilterPrefix => "filter_prefix" (h);
    ShortConvFft { bias } => "short_conv_fft" (x, weight, bias if *bias);
    ModalFilter => "modal_filter" (poles, residues);
    Spectrum => "spectrum" (h);
    LongConv { alg } => "long_conv" (u, ..filter(alg));
    GatedConv { alg } => "gated_conv" (x2, x1, v, d, ..filter(alg));
    HyenaConv { alg, fir_bias } => "hyena_conv" (z, fir_weight, fir_bias if *fir_bias, d, ..filter(alg));
    NormLinear { bias } => "norm_linear" (x, scale, weight, bias if *bias);
    GatedMlpUp => "gated_mlp_up" (x, w1, w2);
    NormGatedMlpUp => "norm_gated_mlp_up" (x, scale, w1, w2);
}

impl Op {
    /// The name of each operand in order: absent optional slots left out, a convolution's
    /// filter operands named by its algorithm (`filter`, `spectrum`, `poles`, `residues`).
    pub fn operand_names(&self) -> Vec<&'static str> {
        let mut names = Vec::new();
        for (slot, n) in self.operand_groups() {
            match (slot, self.conv_alg()) {
                ("filter", Some(alg)) => names.extend(alg.filter_operand_names()),
                _ => names.extend(std::iter::repeat_n(slot, n)),
            }
        }
        names
    }

    /// The position of the operand named `name` (see [`Op::operand_names`]), if this operation
    /// has it here.
    pub fn operand(&self, name: &str) -> Option<usize> {
        self.operand_names().iter().position(|n| *n == name)
    }

    /// The number of operands the operation takes with its attributes.
    pub fn arity(&self) -> usize {
        self.operand_groups().iter().map(|(_, n)| n).sum()
    }

    /// The algorithm of a long convolution.
    pub fn conv_alg(&self) -> Option<ConvAlg> {
        match self {
            Op::LongConv { alg } | Op::GatedConv { alg } | Op::HyenaConv { alg, .. } => Some(*alg),
            _ => None,
        }
    }

    /// The index of the first long-filter operand of a convolution (its algorithm says how
    /// many follow): after `u` for `long_conv`, after `x2, x1, v, d` for `gated_conv`, after
    /// the FIR and `d` for `hyena_conv`.
    pub fn filter_operands_start(&self) -> Option<usize> {
        let alg = self.conv_alg()?;
        Some(self.arity() - alg.filter_operands())
    }

    /// True for weights and what depends on weights alone (modal filters, spectra, weight
    /// relayouts): evaluated at compile time, never a kernel.
    pub fn is_compile_time(&self) -> bool {
        matches!(
            self,
            Op::Weight { .. }
                | Op::ModalFilter { .. }
                | Op::Spectrum { .. }
                | Op::Deinterleave { .. }
                | Op::ExpandGroups { .. }
                | Op::ReverseTaps
                | Op::FirFilter
                | Op::RealPoles
                | Op::RealResidues
                | Op::ImplicitFilter { .. }
                | Op::StridedRows { .. }
                | Op::FilterPrefix { .. }
        )
    }

    /// True for operations whose result depends on earlier calls (prefill/decode state).
    pub fn is_stateful(&self) -> bool {
        matches!(
            self,
            Op::ShortConv { .. }
                | Op::ShortConvFft { .. }
                | Op::ModalLongConv { .. }
                | Op::Rotary { .. }
                | Op::RotaryFreqs { .. }
                | Op::Attention { .. }
                | Op::RotaryAttention { .. }
        )
    }

    /// Infers the result type from the operand types, or explains what is wrong.
    pub fn infer(&self, ins: &[&TensorType]) -> Result<TensorType, GraphError> {
        let name = self.mnemonic();
        if ins.len() != self.arity() {
            return Err(GraphError::Arity {
                op: name.to_string(),
                expected: format!("{} ({})", self.arity(), self.operand_names().join(", ")),
                got: ins.len(),
            });
        }
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
            Op::Tokens => Ok(TensorType::new(vec![Dim::Seq], DType::I64)),
            Op::Weight { shape, dtype, .. } => {
                if shape.contains(&0) {
                    return Err(attr(format!("empty weight shape {shape:?}")));
                }
                if !(*dtype == DType::F32 || dtype.is_half()) {
                    return Err(attr(format!(
                        "weights are stored as f32, bf16 or f16, not {dtype}"
                    )));
                }
                Ok(TensorType::new(
                    shape.iter().map(|&d| Dim::Fixed(d)).collect(),
                    *dtype,
                ))
            }
            Op::Embedding => {
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
                if !(eps.is_finite() && *eps >= 0.0) {
                    return Err(attr(format!("eps = {eps}")));
                }
                let d = act(0)?;
                expect(1, &TensorType::fixed(&[d]))?;
                Ok(TensorType::activation(d))
            }
            Op::LayerNorm { eps } => {
                if !(eps.is_finite() && *eps >= 0.0) {
                    return Err(attr(format!("eps = {eps}")));
                }
                let d = act(0)?;
                expect(1, &TensorType::fixed(&[d]))?;
                expect(2, &TensorType::fixed(&[d]))?;
                Ok(TensorType::activation(d))
            }
            Op::Linear { bias } => {
                let i = act(0)?;
                let o = match ins[1].shape.as_slice() {
                    [Dim::Fixed(o), Dim::Fixed(ii)] if *ii == i && weight_dtype(ins[1].dtype) => *o,
                    _ => {
                        return Err(GraphError::OperandType {
                            op: name.into(),
                            index: 1,
                            got: ins[1].to_string(),
                            expected: format!("[O, {i}] f32, bf16 or f16"),
                        })
                    }
                };
                if *bias {
                    expect(2, &TensorType::fixed(&[o]))?;
                }
                Ok(TensorType::activation(o))
            }
            Op::ShortConv { kernel, bias } | Op::ShortConvFft { kernel, bias, .. } => {
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
                let c = act(0)?;
                let d = stream_width(c, *heads).map_err(attr)?;
                Ok(TensorType::activation(d))
            }
            Op::ColumnSlice { start, len } => {
                let c = act(0)?;
                if *len == 0 || start + len > c {
                    return Err(attr(format!("columns {start}..{} of {c}", start + len)));
                }
                Ok(TensorType::activation(*len))
            }
            Op::Mul | Op::Add => {
                act(0)?;
                expect(1, ins[0])?;
                Ok(ins[0].clone())
            }
            Op::ModalLongConv { state_size } => {
                let d = act(0)?;
                expect(1, &TensorType::fixed(&[d, *state_size, 1, 2]))?;
                expect(2, &TensorType::fixed(&[d, *state_size, 1, 2]))?;
                Ok(TensorType::activation(d))
            }
            Op::DSkip => {
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
            Op::RotaryFreqs {
                heads,
                head_dim,
                position_scale,
            } => {
                let c = act(0)?;
                if heads * head_dim != c || head_dim % 2 != 0 {
                    return Err(attr(format!(
                        "{heads} heads × {head_dim} (must be even) do not make width {c}"
                    )));
                }
                if !(position_scale.is_finite() && *position_scale > 0.0) {
                    return Err(attr(format!("position scale {position_scale}")));
                }
                expect(1, &TensorType::fixed(&[head_dim / 2]))?;
                Ok(TensorType::activation(c))
            }
            Op::Deinterleave { streams, block } => {
                let rows = weight_rows(name, ins[0])?;
                if *streams == 0 || *block == 0 || !rows.is_multiple_of(streams * block) {
                    return Err(attr(format!(
                        "{rows} rows are not {streams} streams of blocks of {block}"
                    )));
                }
                // It moves rows: a 16-bit weight stays 16-bit (the precision policy).
                Ok(ins[0].clone())
            }
            Op::ExpandGroups { channels } => {
                let (g, k) = taps_dims(name, ins[0])?;
                if g == 0 || !channels.is_multiple_of(g) {
                    return Err(attr(format!(
                        "{g} groups do not divide {channels} channels"
                    )));
                }
                Ok(TensorType::fixed(&[*channels, 1, k]))
            }
            Op::ReverseTaps => {
                taps_dims(name, ins[0])?;
                Ok(ins[0].clone())
            }
            Op::FirFilter => {
                let (c, k) = taps_dims(name, ins[0])?;
                Ok(TensorType::fixed(&[c, k]))
            }
            Op::ImplicitFilter { shift, .. } => {
                if !shift.is_finite() {
                    return Err(attr(format!("shift = {shift}")));
                }
                let fixed = |i: usize| -> Result<Vec<usize>, GraphError> {
                    ins[i]
                        .shape
                        .iter()
                        .map(|d| match d {
                            Dim::Fixed(n) => Ok(*n),
                            _ => Err(GraphError::OperandType {
                                op: name.into(),
                                index: i,
                                got: ins[i].to_string(),
                                expected: "a weight".into(),
                            }),
                        })
                        .collect()
                };
                let (lm, e) = match fixed(0)?.as_slice() {
                    [1, lm, e] => (*lm, *e),
                    _ => return Err(attr(format!("z is {}, not [1, Lm, E]", ins[0]))),
                };
                let w = match fixed(2)?.as_slice() {
                    [w, ee] if *ee == e => *w,
                    _ => return Err(attr(format!("w0 is {}, not [W, {e}]", ins[2]))),
                };
                let c = match fixed(9)?.as_slice() {
                    [c, ww] if *ww == w => *c,
                    _ => return Err(attr(format!("w6 is {}, not [C, {w}]", ins[9]))),
                };
                expect(1, &TensorType::fixed(&[1, lm, 1]))?;
                expect(3, &TensorType::fixed(&[w]))?;
                expect(4, &TensorType::fixed(&[1, w]))?;
                expect(5, &TensorType::fixed(&[w, w]))?;
                expect(6, &TensorType::fixed(&[w]))?;
                expect(7, &TensorType::fixed(&[w, w]))?;
                expect(8, &TensorType::fixed(&[w]))?;
                expect(10, &TensorType::fixed(&[1, 1, c]))?;
                Ok(TensorType::fixed(&[c, 1, lm]))
            }
            Op::StridedRows {
                offset,
                stride,
                count,
            } => {
                let mut shape: Vec<usize> = Vec::new();
                for d in &ins[0].shape {
                    match d {
                        Dim::Fixed(n) => shape.push(*n),
                        _ => return Err(attr("a weight, not an activation".into())),
                    }
                }
                let rows = shape.first().copied().unwrap_or(0);
                if *count == 0 || *stride == 0 || offset + (count - 1) * stride >= rows {
                    return Err(attr(format!(
                        "rows {offset} + i·{stride}, i < {count}, of {rows}"
                    )));
                }
                shape[0] = *count;
                Ok(TensorType::new(
                    shape.into_iter().map(Dim::Fixed).collect(),
                    ins[0].dtype,
                ))
            }
            Op::FilterPrefix { len } => match ins[0].shape.as_slice() {
                [Dim::Fixed(c), Dim::Fixed(k)] if *len >= 1 && len <= k => {
                    Ok(TensorType::fixed(&[*c, *len]))
                }
                _ => Err(attr(format!("the first {len} lags of {}", ins[0]))),
            },
            Op::RealPoles => match (ins[0].shape.as_slice(), ins[0].dtype) {
                ([Dim::Fixed(d), Dim::Fixed(n), Dim::Fixed(1)], DType::F32) => {
                    Ok(TensorType::fixed(&[*d, *n, 1, 2]))
                }
                _ => Err(GraphError::OperandType {
                    op: name.into(),
                    index: 0,
                    got: ins[0].to_string(),
                    expected: "[D, N, 1] f32".into(),
                }),
            },
            Op::RealResidues => match (ins[0].shape.as_slice(), ins[0].dtype) {
                ([Dim::Fixed(d), Dim::Fixed(n)], DType::F32) => {
                    Ok(TensorType::fixed(&[*d, *n, 1, 2]))
                }
                _ => Err(GraphError::OperandType {
                    op: name.into(),
                    index: 0,
                    got: ins[0].to_string(),
                    expected: "[D, N] f32".into(),
                }),
            },
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
                let c = act(0)?;
                Ok(TensorType::activation(c))
            }
            Op::Output { .. } => Ok(ins[0].clone()),
            Op::ModalFilter { len } => {
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
                let d = act(0)?;
                check_filter(name, alg, d, &ins[1..], 1)?;
                Ok(TensorType::activation(d))
            }
            Op::GatedConv { alg } => {
                let d = act(0)?;
                expect(1, &TensorType::activation(d))?;
                expect(2, &TensorType::activation(d))?;
                expect(3, &TensorType::fixed(&[d]))?;
                check_filter(name, alg, d, &ins[4..], 4)?;
                Ok(TensorType::activation(d))
            }
            Op::HyenaConv {
                alg, kernel, heads, ..
            } => {
                let fixed = self.filter_operands_start().expect("a convolution");
                let c = act(0)?;
                let d = stream_width(c, *heads).map_err(attr)?;
                expect(1, &TensorType::fixed(&[c, 1, *kernel]))?;
                if let Some(b) = self.operand("fir_bias") {
                    expect(b, &TensorType::fixed(&[c]))?;
                }
                expect(fixed - 1, &TensorType::fixed(&[d]))?;
                check_filter(name, alg, d, &ins[fixed..], fixed)?;
                Ok(TensorType::activation(d))
            }
            Op::NormLinear { bias, .. } => {
                let i = act(0)?;
                expect(1, &TensorType::fixed(&[i]))?;
                let o = out_features(name, ins[2], i, 2)?;
                if *bias {
                    expect(3, &TensorType::fixed(&[o]))?;
                }
                Ok(TensorType::activation(o))
            }
            Op::GatedMlpUp { .. } => {
                let i = act(0)?;
                let f = out_features(name, ins[1], i, 1)?;
                expect(2, ins[1])?;
                Ok(TensorType::activation(f))
            }
            Op::NormGatedMlpUp { .. } => {
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
                stream.name(),
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
                act_name(*kind)
            ),
            Op::Output { name } => format!("\"{name}\""),
            Op::ShortConvFft { n, kernel, bias } => {
                format!("{{n = {n}, kernel = {kernel}, bias = {bias}}}")
            }
            Op::ModalFilter { len } | Op::FilterPrefix { len } => format!("{{len = {len}}}"),
            Op::Spectrum { n } => format!("{{n = {n}}}"),
            Op::LayerNorm { eps } => format!("{{eps = {eps:e}}}"),
            Op::ImplicitFilter { shift, modulate } => {
                format!("{{shift = {shift}, modulate = {modulate}}}")
            }
            Op::StridedRows {
                offset,
                stride,
                count,
            } => format!("{{offset = {offset}, stride = {stride}, count = {count}}}"),
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
            Op::RotaryFreqs {
                heads,
                head_dim,
                position_scale,
            } => format!(
                "{{heads = {heads}, head_dim = {head_dim}, position_scale = {position_scale}, stored frequencies}}"
            ),
            Op::Deinterleave { streams, block } => {
                format!("{{streams = {streams}, block = {block}}}")
            }
            Op::ExpandGroups { channels } => format!("{{channels = {channels}}}"),
            Op::Tokens
            | Op::Embedding
            | Op::Mul
            | Op::Add
            | Op::DSkip
            | Op::ReverseTaps
            | Op::FirFilter
            | Op::RealPoles
            | Op::RealResidues => String::new(),
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
        MlpActivation::GeluTanh => "gelu_tanh",
        MlpActivation::Identity => "identity",
    }
}

/// The width `D` of each Hyena stream of a `[L, 3D]` input, checked against the head layout.
fn stream_width(c: usize, heads: Option<usize>) -> Result<usize, String> {
    if !c.is_multiple_of(3) {
        return Err(format!("input width {c} is not a multiple of 3"));
    }
    let d = c / 3;
    match heads {
        Some(h) if h == 0 || !d.is_multiple_of(h) => {
            Err(format!("{h} heads do not divide width {d}"))
        }
        _ => Ok(d),
    }
}

/// Rows of a weight-like tensor (every dimension fixed; f32, bf16 or f16).
fn weight_rows(op: &str, t: &TensorType) -> Result<usize, GraphError> {
    match t.shape.first() {
        Some(Dim::Fixed(r))
            if weight_dtype(t.dtype) && t.shape.iter().all(|d| matches!(d, Dim::Fixed(_))) =>
        {
            Ok(*r)
        }
        _ => Err(GraphError::OperandType {
            op: op.into(),
            index: 0,
            got: t.to_string(),
            expected: "[R, …] f32, bf16 or f16".into(),
        }),
    }
}

/// `(rows, K)` of a `[rows, 1, K]` filter-taps tensor.
fn taps_dims(op: &str, t: &TensorType) -> Result<(usize, usize), GraphError> {
    match (t.shape.as_slice(), t.dtype) {
        ([Dim::Fixed(g), Dim::Fixed(1), Dim::Fixed(k)], DType::F32) => Ok((*g, *k)),
        _ => Err(GraphError::OperandType {
            op: op.into(),
            index: 0,
            got: t.to_string(),
            expected: "[G, 1, K] f32".into(),
        }),
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

/// The element types a matrix-product weight may be stored in (arithmetic stays f32).
fn weight_dtype(t: DType) -> bool {
    t == DType::F32 || t.is_half()
}

/// `O` of a `[O, i]` weight.
fn out_features(op: &str, w: &TensorType, i: usize, index: usize) -> Result<usize, GraphError> {
    match w.shape.as_slice() {
        [Dim::Fixed(o), Dim::Fixed(ii)] if *ii == i && weight_dtype(w.dtype) => Ok(*o),
        _ => Err(GraphError::OperandType {
            op: op.into(),
            index,
            got: w.to_string(),
            expected: format!("[O, {i}] f32, bf16 or f16"),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Operand positions come from the op table: the FIR bias moves every later operand, the
    /// algorithm names the filter operands, and shape inference checks the count first.
    #[test]
    fn operands_are_named_by_the_table() {
        let conv = |fir_bias| Op::HyenaConv {
            alg: ConvAlg::Block { b: 16 },
            kernel: 3,
            heads: None,
            fir_bias,
        };
        assert_eq!(
            conv(true).operand_names(),
            [
                "z",
                "fir_weight",
                "fir_bias",
                "d",
                "filter",
                "poles",
                "residues"
            ]
        );
        assert_eq!(conv(false).operand("d"), Some(2));
        assert_eq!(conv(true).operand("d"), Some(3));
        assert_eq!(conv(false).operand("fir_bias"), None);
        assert_eq!(conv(true).filter_operands_start(), Some(4));
        assert_eq!(conv(false).arity(), 6);
        let scan = Op::GatedConv { alg: ConvAlg::Scan };
        assert_eq!(
            scan.operand_names(),
            ["x2", "x1", "v", "d", "poles", "residues"]
        );
        assert_eq!(Op::Linear { bias: false }.operand_names(), ["x", "weight"]);
        assert_eq!(Op::Linear { bias: true }.operand("bias"), Some(2));
        let x = TensorType::activation(8);
        let err = Op::Linear { bias: true }.infer(&[&x, &x]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "linear: expected 3 (x, weight, bias) operands, got 2"
        );
        assert_eq!(MNEMONICS.len(), OPERATIONS.len());
    }
}
