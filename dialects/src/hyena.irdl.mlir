// The `hyena` dialect, defined declaratively in IRDL and loaded at run time.
//
// Each operand gets its own constraint value: IRDL unifies the types of every place that uses
// one value, so sharing a value means "same type" (used deliberately for results that keep the
// type of an operand).
irdl.dialect @hyena {
  // y = x2 ⊙ (h ∗ (x1 ⊙ v) + d ⊙ (x1 ⊙ v)): the fused gated long convolution.
  // `filter` is the time-domain filter [D, L] (direct, block, FFT after spectrum folding) or the
  // poles/residues [D, N, 2] (scan); `algorithm` names which.
  irdl.operation @gated_conv {
    %act = irdl.base "!builtin.tensor"
    %x1 = irdl.base "!builtin.tensor"
    %v = irdl.base "!builtin.tensor"
    %filter = irdl.base "!builtin.tensor"
    %d = irdl.base "!builtin.tensor"
    %alg = irdl.base "#builtin.string"
    %n = irdl.base "#builtin.integer"
    irdl.operands(x2: %act, x1: %x1, v: %v, filter: %filter, d: %d)
    irdl.results(y: %act)
    irdl.attributes { "algorithm" = %alg, "fft_size" = %n }
  }
  // Causal depthwise FIR over [L, C] with taps [C, K] and an optional bias [C].
  irdl.operation @short_conv {
    %x = irdl.base "!builtin.tensor"
    %w = irdl.base "!builtin.tensor"
    %b = irdl.base "!builtin.tensor"
    %k = irdl.base "#builtin.integer"
    irdl.operands(x: %x, weight: %w, bias: optional %b)
    irdl.results(y: %x)
    irdl.attributes { "kernel_size" = %k }
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
  // Causal grouped-query attention with rotary embedding applied to q and k.
  irdl.operation @attention {
    %q = irdl.base "!builtin.tensor"
    %k = irdl.base "!builtin.tensor"
    %v = irdl.base "!builtin.tensor"
    %h = irdl.base "#builtin.integer"
    %hkv = irdl.base "#builtin.integer"
    irdl.operands(q: %q, k: %k, v: %v)
    irdl.results(y: %q)
    irdl.attributes { "heads" = %h, "kv_heads" = %hkv }
  }
}
