//! The e-graph language: the graph's operations, the compile-time forms, the convolution
//! algorithm descriptors and the fused operations, in egg's s-expression syntax.
//!
//! Attributes are leaf children (numbers and symbols), so rules written in egg's pattern syntax
//! can match and rebuild them: `(rms_norm eps_outside 1e-5 ?x ?scale)`. An absent optional
//! operand (a bias) is the symbol `none`. Operand order follows the graph builder; there are no
//! commutativity rules, so patterns match that order.
//!
//! Every operation is named by its graph mnemonic (`graph::Op::mnemonic`), the name
//! `hyenac explain --graph` prints and the hyena dialect uses; `tests/rewrite.rs` checks that
//! every mnemonic is an operation here. Rule files are checked against this language itself
//! (`rule_file.rs`), so there is no second list of operations and arities.

use egg::{define_language, Id, Symbol};

define_language! {
    /// Operations of the e-graph; see `graph::Op` for the semantics of the tensor operations.
    pub enum HyenaLang {
        "tokens" = Tokens,
        // (weight NAME)
        "weight" = Weight(Id),
        // (embedding table tokens)
        "embedding" = Embedding([Id; 2]),
        // (rms_norm STYLE EPS x scale)
        "rms_norm" = RmsNorm([Id; 4]),
        // (layer_norm EPS x scale bias)
        "layer_norm" = LayerNorm([Id; 4]),
        // (linear x w b|none)
        "linear" = Linear([Id; 3]),
        // (short_conv x w b|none)
        "short_conv" = ShortConv([Id; 3]),
        // (short_conv_fft N x w b|none): the same FIR by an FFT of length N
        "short_conv_fft" = ShortConvFft([Id; 4]),
        // (hyena_split STREAM HEADS x), HEADS = 0 for the contiguous layout
        "hyena_split" = Split([Id; 3]),
        // (column_slice START LEN x)
        "column_slice" = Slice([Id; 3]),
        "mul" = Mul([Id; 2]),
        "add" = Add([Id; 2]),
        // (modal_long_conv u poles residues): the long convolution before an algorithm is chosen
        "modal_long_conv" = ModalConv([Id; 3]),
        // (d_skip u d)
        "d_skip" = DSkip([Id; 2]),
        // (rotary HEADS HEAD_DIM BASE POSITION_SCALE x)
        "rotary" = Rotary([Id; 5]),
        // (attention HEADS KV_HEADS HEAD_DIM q k v)
        "attention" = Attention([Id; 6]),
        // (rotary_freqs HEADS HEAD_DIM POSITION_SCALE x inv_freq): angles from stored frequencies
        "rotary_freqs" = RotaryFreqs([Id; 5]),
        // Weight relayouts (compile-time): (deinterleave STREAMS BLOCK w), (expand_groups C h),
        // (reverse_taps h), (real_poles log_poles), (real_residues r)
        "deinterleave" = Deinterleave([Id; 3]),
        "expand_groups" = ExpandGroups([Id; 2]),
        "reverse_taps" = ReverseTaps(Id),
        // (fir_filter w): a short convolution's taps as a long-convolution filter
        "fir_filter" = FirFilter(Id),
        "real_poles" = RealPoles(Id),
        "real_residues" = RealResidues(Id),
        // (implicit_filter SHIFT true|false z t w0 b0 freq w2 b2 w4 b4 w6 deltas): the Hyena
        // filter on its grid; (strided_rows OFFSET STRIDE COUNT x); (filter_prefix LEN h)
        "implicit_filter" = ImplicitFilter([Id; 13]),
        "strided_rows" = StridedRows([Id; 4]),
        "filter_prefix" = FilterPrefix([Id; 2]),
        // (rotary_attention HEADS KV_HEADS HEAD_DIM BASE POSITION_SCALE q k v): q and k unrotated
        "rotary_attention" = RotaryAttention([Id; 8]),
        // (activation KIND x)
        "activation" = Act([Id; 2]),
        // (output NAME x)
        "output" = Output([Id; 2]),
        // Compile-time forms: (modal_filter LEN poles residues), (spectrum N h)
        "modal_filter" = ModalFilter([Id; 3]),
        "spectrum" = Spectrum([Id; 2]),
        // Algorithm descriptors (not tensors): how a `long_conv` computes the convolution.
        // (direct h), (fft N spectrum), (block B h poles residues), (scan poles residues)
        "direct" = Direct(Id),
        "fft" = Fft([Id; 2]),
        "block" = Block([Id; 4]),
        "scan" = Scan([Id; 2]),
        // (long_conv ALG u)
        "long_conv" = Conv([Id; 2]),
        // (gated_conv ALG x2 x1 v d)
        "gated_conv" = GatedConv([Id; 5]),
        // (hyena_conv ALG HEADS z fir_w fir_b|none d)
        "hyena_conv" = HyenaConv([Id; 6]),
        // (norm_linear STYLE EPS x scale w b|none)
        "norm_linear" = NormLinear([Id; 6]),
        // (gated_mlp_up KIND x w1 w2)
        "gated_mlp_up" = MlpUp([Id; 4]),
        // (norm_gated_mlp_up STYLE EPS KIND x scale w1 w2)
        "norm_gated_mlp_up" = NormMlpUp([Id; 7]),
        Num(i64),
        Symbol(Symbol),
    }
}

/// The symbol for an absent optional operand.
pub const NONE: &str = "none";
