// The `hyena` dialect, defined declaratively in IRDL and loaded at run time.
//
// One operation per operation of hyenac's optimised graph (compiler/src/graph/ops.rs has the
// semantics). Tensors are `builtin.tensor`; `L` is the dynamic first dimension of activations.
// Each operand gets its own constraint value: IRDL unifies the types of every place that uses
// one value, so sharing a value means "same type" (used deliberately where the semantics
// require it, e.g. `add`).
irdl.dialect @hyena {
  // A weight bound by its state_dict name.
  irdl.operation @weight {
    %t = irdl.base "!builtin.tensor"
    %name = irdl.base "#builtin.string"
    irdl.results(w: %t)
    irdl.attributes { "name" = %name }
  }
  // (table [V, D], tokens [L]) -> [L, D]
  irdl.operation @embedding {
    %table = irdl.base "!builtin.tensor"
    %tokens = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    irdl.operands(table: %table, tokens: %tokens)
    irdl.results(y: %y)
  }
  // RMSNorm of [L, D] rows with scale [D]; `eps_inside_sqrt` (i1) selects the convention.
  irdl.operation @rms_norm {
    %x = irdl.base "!builtin.tensor"
    %s = irdl.base "!builtin.tensor"
    %eps = irdl.base "#builtin.float"
    %inside = irdl.base "#builtin.integer"
    irdl.operands(x: %x, scale: %s)
    irdl.results(y: %x)
    irdl.attributes { "eps" = %eps, "eps_inside_sqrt" = %inside }
  }
  // (x − mean) / sqrt(var + eps) · scale + bias, biased variance
  irdl.operation @layer_norm {
    %x = irdl.base "!builtin.tensor"
    %s = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %eps = irdl.base "#builtin.float"
    irdl.operands(x: %x, scale: %s, bias: %b)
    irdl.results(y: %x)
    irdl.attributes { "eps" = %eps }
  }
  // x Wᵀ (+ b)
  irdl.operation @linear {
    %x = irdl.base "!builtin.tensor"
    %w = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, weight: %w, bias: optional %b)
    irdl.results(y: %y)
  }
  // Causal depthwise FIR over [L, C] with taps [C, 1, K] and an optional bias [C].
  irdl.operation @short_conv {
    %x = irdl.base "!builtin.tensor"
    %w = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %k = irdl.base "#builtin.integer"
    irdl.operands(x: %x, weight: %w, bias: optional %b)
    irdl.results(y: %x)
    irdl.attributes { "kernel_size" = %k }
  }
  // The same FIR by an FFT of length `fft_size`.
  irdl.operation @short_conv_fft {
    %x = irdl.base "!builtin.tensor"
    %w = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %k = irdl.base "#builtin.integer"
    %n = irdl.base "#builtin.integer"
    irdl.operands(x: %x, weight: %w, bias: optional %b)
    irdl.results(y: %x)
    irdl.attributes { "kernel_size" = %k, "fft_size" = %n }
  }
  // One stream (0 = x2, 1 = x1, 2 = v) of [L, 3D]; heads = 0 for the contiguous layout.
  irdl.operation @hyena_split {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %stream = irdl.base "#builtin.integer"
    %heads = irdl.base "#builtin.integer"
    irdl.operands(x: %x)
    irdl.results(y: %y)
    irdl.attributes { "stream" = %stream, "heads" = %heads }
  }
  // Columns [start, start + len) of [L, C].
  irdl.operation @column_slice {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %start = irdl.base "#builtin.integer"
    %len = irdl.base "#builtin.integer"
    irdl.operands(x: %x)
    irdl.results(y: %y)
    irdl.attributes { "start" = %start, "len" = %len }
  }
  irdl.operation @mul {
    %t = irdl.base "!builtin.tensor"
    irdl.operands(a: %t, b: %t)
    irdl.results(y: %t)
  }
  irdl.operation @add {
    %t = irdl.base "!builtin.tensor"
    irdl.operands(a: %t, b: %t)
    irdl.results(y: %t)
  }
  // d ⊙ u
  irdl.operation @d_skip {
    %u = irdl.base "!builtin.tensor"
    %d = irdl.base "!builtin.tensor"
    irdl.operands(u: %u, d: %d)
    irdl.results(y: %u)
  }
  // SiLU or exact GELU
  irdl.operation @activation {
    %x = irdl.base "!builtin.tensor"
    %kind = irdl.base "#builtin.string"
    irdl.operands(x: %x)
    irdl.results(y: %x)
    irdl.attributes { "kind" = %kind }
  }
  // GPT-NeoX rotary embedding at the call's absolute positions (float32 angle recipe).
  irdl.operation @rotary {
    %x = irdl.base "!builtin.tensor"
    %h = irdl.base "#builtin.integer"
    %hd = irdl.base "#builtin.integer"
    %base = irdl.base "#builtin.float"
    %scale = irdl.base "#builtin.float"
    irdl.operands(x: %x)
    irdl.results(y: %x)
    irdl.attributes { "heads" = %h, "head_dim" = %hd, "base" = %base, "position_scale" = %scale }
  }
  // Rotary embedding with stored frequencies: θ = (pos / position_scale) · inv_freq[i].
  irdl.operation @rotary_freqs {
    %x = irdl.base "!builtin.tensor"
    %f = irdl.base "!builtin.tensor"
    %h = irdl.base "#builtin.integer"
    %hd = irdl.base "#builtin.integer"
    %scale = irdl.base "#builtin.float"
    irdl.operands(x: %x, inv_freq: %f)
    irdl.results(y: %x)
    irdl.attributes { "heads" = %h, "head_dim" = %hd, "position_scale" = %scale }
  }
  // Compile-time weight relayouts: rows regrouped by stream; a grouped filter per channel;
  // taps reversed; FIR taps as a filter; real poles from their logarithms; real residues as
  // complex ones.
  irdl.operation @deinterleave {
    %w = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %s = irdl.base "#builtin.integer"
    %b = irdl.base "#builtin.integer"
    irdl.operands(w: %w)
    irdl.results(y: %y)
    irdl.attributes { "streams" = %s, "block" = %b }
  }
  irdl.operation @expand_groups {
    %h = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %c = irdl.base "#builtin.integer"
    irdl.operands(h: %h)
    irdl.results(y: %y)
    irdl.attributes { "channels" = %c }
  }
  irdl.operation @reverse_taps {
    %h = irdl.base "!builtin.tensor"
    irdl.operands(h: %h)
    irdl.results(y: %h)
  }
  irdl.operation @fir_filter {
    %w = irdl.base "!builtin.tensor"
    %h = irdl.base "!builtin.tensor"
    irdl.operands(w: %w)
    irdl.results(h: %h)
  }
  irdl.operation @real_poles {
    %p = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    irdl.operands(log_poles: %p)
    irdl.results(poles: %y)
  }
  irdl.operation @real_residues {
    %r = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    irdl.operands(residues: %r)
    irdl.results(y: %y)
  }
  // The Hyena implicit filter on its l_max grid, lag first (compile-time, float64)
  irdl.operation @implicit_filter {
    %z_ = irdl.base "!builtin.tensor"
    %t_ = irdl.base "!builtin.tensor"
    %w0_ = irdl.base "!builtin.tensor"
    %b0_ = irdl.base "!builtin.tensor"
    %freq_ = irdl.base "!builtin.tensor"
    %w2_ = irdl.base "!builtin.tensor"
    %b2_ = irdl.base "!builtin.tensor"
    %w4_ = irdl.base "!builtin.tensor"
    %b4_ = irdl.base "!builtin.tensor"
    %w6_ = irdl.base "!builtin.tensor"
    %deltas_ = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %shift = irdl.base "#builtin.float"
    %modulate = irdl.base "#builtin.integer"
    irdl.operands(z: %z_, t: %t_, w0: %w0_, b0: %b0_, freq: %freq_, w2: %w2_, b2: %b2_, w4: %w4_, b4: %b4_, w6: %w6_, deltas: %deltas_)
    irdl.results(h: %y)
    irdl.attributes { "shift" = %shift, "modulate" = %modulate }
  }
  // Rows offset + i·stride, i < count, of the first dimension (compile-time)
  irdl.operation @strided_rows {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %offset = irdl.base "#builtin.integer"
    %stride = irdl.base "#builtin.integer"
    %count = irdl.base "#builtin.integer"
    irdl.operands(x: %x)
    irdl.results(y: %y)
    irdl.attributes { "offset" = %offset, "stride" = %stride, "count" = %count }
  }
  // The first len lags of a long filter (compile-time)
  irdl.operation @filter_prefix {
    %h = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %len = irdl.base "#builtin.integer"
    irdl.operands(h: %h)
    irdl.results(y: %y)
    irdl.attributes { "len" = %len }
  }
  // Causal grouped-query attention (online softmax).
  irdl.operation @attention {
    %q = irdl.base "!builtin.tensor"
    %k = irdl.base "!builtin.tensor"
    %v = irdl.base "!builtin.tensor"
    %h = irdl.base "#builtin.integer"
    %hkv = irdl.base "#builtin.integer"
    %hd = irdl.base "#builtin.integer"
    irdl.operands(q: %q, k: %k, v: %v)
    irdl.results(y: %q)
    irdl.attributes { "heads" = %h, "kv_heads" = %hkv, "head_dim" = %hd }
  }
  // Rotary embedding of q and k fused into causal grouped-query attention.
  irdl.operation @rotary_attention {
    %q = irdl.base "!builtin.tensor"
    %k = irdl.base "!builtin.tensor"
    %v = irdl.base "!builtin.tensor"
    %h = irdl.base "#builtin.integer"
    %hkv = irdl.base "#builtin.integer"
    %hd = irdl.base "#builtin.integer"
    %base = irdl.base "#builtin.float"
    %scale = irdl.base "#builtin.float"
    irdl.operands(q: %q, k: %k, v: %v)
    irdl.results(y: %q)
    irdl.attributes { "heads" = %h, "kv_heads" = %hkv, "head_dim" = %hd, "base" = %base, "position_scale" = %scale }
  }
  // The long convolution before an algorithm is chosen.
  irdl.operation @modal_long_conv {
    %u = irdl.base "!builtin.tensor"
    %p = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    irdl.operands(u: %u, poles: %p, residues: %r)
    irdl.results(y: %u)
  }
  // Compile-time: h[c, t] = Re Σ R p^t for t < len.
  irdl.operation @modal_filter {
    %p = irdl.base "!builtin.tensor"
    %r = irdl.base "!builtin.tensor"
    %h = irdl.base "!builtin.tensor"
    %len = irdl.base "#builtin.integer"
    irdl.operands(poles: %p, residues: %r)
    irdl.results(h: %h)
    irdl.attributes { "len" = %len }
  }
  // Compile-time: the real spectrum of h at FFT length n.
  irdl.operation @spectrum {
    %h = irdl.base "!builtin.tensor"
    %s = irdl.base "!builtin.tensor"
    %n = irdl.base "#builtin.integer"
    irdl.operands(h: %h)
    irdl.results(spectrum: %s)
    irdl.attributes { "fft_size" = %n }
  }
  // Causal long convolution by `algorithm` (direct | fft | block | scan), `size` the FFT length
  // or the chunk size (0 otherwise). Filter operands: h (direct), spectrum (fft), h, poles,
  // residues (block), poles, residues (scan); optional groups carry `operandSegmentSizes`.
  irdl.operation @long_conv {
    %u = irdl.base "!builtin.tensor"
    %f0 = irdl.base "!builtin.tensor"
    %f1 = irdl.base "!builtin.tensor"
    %f2 = irdl.base "!builtin.tensor"
    %alg = irdl.base "#builtin.string"
    %size = irdl.base "#builtin.integer"
    irdl.operands(u: %u, filter0: %f0, filter1: optional %f1, filter2: optional %f2)
    irdl.results(y: %u)
    irdl.attributes { "algorithm" = %alg, "size" = %size }
  }
  // y = x2 ⊙ (h ∗ (x1 ⊙ v) + d ⊙ (x1 ⊙ v)), filter operands as for long_conv.
  irdl.operation @gated_conv {
    %x2 = irdl.base "!builtin.tensor"
    %x1 = irdl.base "!builtin.tensor"
    %v = irdl.base "!builtin.tensor"
    %d = irdl.base "!builtin.tensor"
    %f0 = irdl.base "!builtin.tensor"
    %f1 = irdl.base "!builtin.tensor"
    %f2 = irdl.base "!builtin.tensor"
    %alg = irdl.base "#builtin.string"
    %size = irdl.base "#builtin.integer"
    irdl.operands(x2: %x2, x1: %x1, v: %v, d: %d, filter0: %f0, filter1: optional %f1, filter2: optional %f2)
    irdl.results(y: %x2)
    irdl.attributes { "algorithm" = %alg, "size" = %size }
  }
  // The whole Hyena filter: FIR and split in the prologue, then the gated convolution.
  irdl.operation @hyena_conv {
    %z = irdl.base "!builtin.tensor"
    %w = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %d = irdl.base "!builtin.tensor"
    %f0 = irdl.base "!builtin.tensor"
    %f1 = irdl.base "!builtin.tensor"
    %f2 = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %alg = irdl.base "#builtin.string"
    %size = irdl.base "#builtin.integer"
    %k = irdl.base "#builtin.integer"
    %heads = irdl.base "#builtin.integer"
    irdl.operands(z: %z, fir_weight: %w, fir_bias: optional %b, d: %d, filter0: %f0, filter1: optional %f1, filter2: optional %f2)
    irdl.results(y: %y)
    irdl.attributes { "algorithm" = %alg, "size" = %size, "kernel_size" = %k, "heads" = %heads }
  }
  // rms_norm(x) Wᵀ (+ b)
  irdl.operation @norm_linear {
    %x = irdl.base "!builtin.tensor"
    %s = irdl.base "!builtin.tensor"
    %w = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %eps = irdl.base "#builtin.float"
    %inside = irdl.base "#builtin.integer"
    irdl.operands(x: %x, scale: %s, weight: %w, bias: optional %b)
    irdl.results(y: %y)
    irdl.attributes { "eps" = %eps, "eps_inside_sqrt" = %inside }
  }
  // act(x W1ᵀ) ⊙ x W2ᵀ
  irdl.operation @gated_mlp_up {
    %x = irdl.base "!builtin.tensor"
    %w1 = irdl.base "!builtin.tensor"
    %w2 = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %kind = irdl.base "#builtin.string"
    irdl.operands(x: %x, w1: %w1, w2: %w2)
    irdl.results(y: %y)
    irdl.attributes { "kind" = %kind }
  }
  // act(n W1ᵀ) ⊙ n W2ᵀ with n = rms_norm(x)
  irdl.operation @norm_gated_mlp_up {
    %x = irdl.base "!builtin.tensor"
    %s = irdl.base "!builtin.tensor"
    %w1 = irdl.base "!builtin.tensor"
    %w2 = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %kind = irdl.base "#builtin.string"
    %eps = irdl.base "#builtin.float"
    %inside = irdl.base "#builtin.integer"
    irdl.operands(x: %x, scale: %s, w1: %w1, w2: %w2)
    irdl.results(y: %y)
    irdl.attributes { "kind" = %kind, "eps" = %eps, "eps_inside_sqrt" = %inside }
  }
}
