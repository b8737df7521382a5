"""A faithful PyTorch port of StripedHyena's computation as the stripedhyena 0.2.2 engine runs it
eagerly on a CPU (design/stripedhyena-spec.md): the baseline hyenac's benchmarks compare against.

What it does the engine's way, on purpose:
  - the modal filter h = Re sum R * exp(t * log p) is recomputed on every forward call, in
    complex64, and the long convolution goes through torch.fft with n = 2L (engine.parallel_iir);
  - the short FIR is F.conv1d with padding K-1; the split, gates and D skip are separate ops;
  - attention is the non-flash CPU path: explicit scores with a causal mask and softmax;
  - decoding keeps the FIR shift register, the complex modal state and a KV cache preallocated to
    max_seqlen (flash_attn's _update_kv_cache).
The known bugs of the PyTorch code (spec 6.4: short prompts, buggy recurrence prefill) are not
reproduced: the port must compute the same function as hyenac to be a fair baseline.

  python stripedhyena_torch.py check CONFIG.yml WEIGHTS EXPECTED.safetensors
      float64 (complex128 filters): logits and prefill+decode logits vs the fixture
  python stripedhyena_torch.py forward CONFIG.yml WEIGHTS L [REPEATS [PRECISION]]
      forward over L tokens: seconds and tokens/s (best of REPEATS); PRECISION f32 (default),
      bf16 (everything `.to(torch.bfloat16)`) or bf16-poles (poles and residues kept f32)
  python stripedhyena_torch.py decode CONFIG.yml WEIGHTS PROMPT STEPS [PRECISION]
      prefill of PROMPT tokens, then STEPS cached decode steps: tokens/s
  python stripedhyena_torch.py gatedconv D L [REPEATS]
      the Hyena gated long convolution alone (issue 4): FIR-less, u1 = x1*v, FFT conv, D skip,
      post-gate, with the filter recomputed as the engine does
  python stripedhyena_torch.py sgemm M K N [REPEATS [bf16]]
      torch.matmul f32 GFLOP/s (MKL/OpenBLAS, whatever this torch uses)
Threads: torch's default (all cores) unless HYENAC_TORCH_THREADS is set.
"""

import json
import math
import os
import struct
import sys
import time

import torch
import torch.nn.functional as F
import yaml

if "HYENAC_TORCH_THREADS" in os.environ:
    torch.set_num_threads(int(os.environ["HYENAC_TORCH_THREADS"]))


def load_safetensors(path):
    """name -> tensor (float64 or int64), read without the safetensors package."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    base = 8 + n
    dtypes = {"F32": torch.float32, "F64": torch.float64, "I64": torch.int64,
              "F16": torch.float16, "BF16": torch.bfloat16, "I32": torch.int32}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        t = torch.frombuffer(bytearray(data[base + a : base + b]), dtype=dtypes[info["dtype"]])
        out[name.removeprefix("backbone.")] = t.reshape(info["shape"]).clone()
    return out


class Config:
    def __init__(self, path):
        with open(path) as f:
            c = yaml.safe_load(f)
        self.d = c["hidden_size"]
        self.vocab = c["vocab_size"]
        self.layers = c["num_layers"]
        self.attn = set(c.get("attn_layer_idxs", []))
        self.k = c["short_filter_length"]
        self.heads = c["num_attention_heads"]
        self.kv_heads = self.heads // c.get("proj_groups", 1)
        self.hd = self.d // self.heads
        self.n = c["state_size"]
        self.eps = c["eps"]
        self.flash_norm = c.get("use_flash_rmsnorm", False)
        self.column_split = c.get("column_split_hyena", True)
        self.base = float(c.get("rotary_emb_base", 10000))
        self.scale = float(c.get("rotary_emb_scaling_factor", 1.0)) if c.get(
            "use_interpolated_rotary_pos_emb", False) else 1.0
        self.tied = c.get("tie_embeddings", False)
        self.gelu = c.get("mlp_activation", "silu") == "gelu"
        self.qkv_bias = c.get("qkv_proj_bias", True)
        self.out_bias = c.get("mha_out_proj_bias", True)
        self.max_seqlen = c["max_seqlen"]


class Model:
    def __init__(self, cfg, weights, dtype, f32_poles=False):
        self.c = cfg
        self.dtype = dtype
        self.cdtype = torch.complex128 if dtype == torch.float64 else torch.complex64
        # The FFTs run in f32 for bf16 models, as stripedhyena's fftconv does.
        self.fdtype = torch.float64 if dtype == torch.float64 else torch.float32
        # f32_poles: stripedhyena's `to_bfloat16_except_poles_residues`.
        keep = lambda k: f32_poles and (k.endswith(".poles") or k.endswith(".residues"))
        self.w = {k: (v.to(torch.float32 if keep(k) else dtype) if v.is_floating_point() else v)
                  for k, v in weights.items()}

    def norm(self, x, scale):
        if self.c.flash_norm:
            r = torch.sqrt((x * x).mean(-1, keepdim=True) + self.c.eps)
        else:
            r = x.norm(2, dim=-1, keepdim=True) * x.shape[-1] ** -0.5 + self.c.eps
        return scale * (x / r)

    def lin(self, x, name, bias):
        return F.linear(x, self.w[name + ".weight"], self.w[name + ".bias"] if bias else None)

    def compute_filter(self, i, length):
        """engine: h = Re sum_n R p^t via exp(t log p), recomputed per call."""
        p = torch.view_as_complex(self.w[f"blocks.{i}.filter.poles"].to(
            torch.float64 if self.dtype == torch.float64 else torch.float32).contiguous())[..., 0]
        r = torch.view_as_complex(self.w[f"blocks.{i}.filter.residues"].to(p.real.dtype).contiguous())[..., 0]
        t = torch.arange(length, dtype=p.real.dtype)
        h = (r[..., None] * torch.exp(t * torch.log(p)[..., None])).sum(1).real  # (D, L)
        return h, p, r

    def split(self, zf):
        d, c = self.c.d, self.c
        if c.column_split:
            z = zf.reshape(zf.shape[0], c.heads, 3, d // c.heads)
            return z[:, :, 0].reshape(-1, d), z[:, :, 1].reshape(-1, d), z[:, :, 2].reshape(-1, d)
        return zf[:, :d], zf[:, d : 2 * d], zf[:, 2 * d :]

    def hyena(self, i, x, state):
        c, L = self.c, x.shape[0]
        z = self.lin(x, f"blocks.{i}.projections", True)  # (L, 3D)
        w = self.w[f"blocks.{i}.filter.short_filter_weight"]  # (3D, 1, K)
        b = self.w[f"blocks.{i}.filter.short_filter_bias"]
        h, p, r = self.compute_filter(i, max(L, 1))
        dskip = self.w[f"blocks.{i}.filter.D"]
        if state is None or "fir" not in state:
            zf = F.conv1d(z.T[None], w, b, padding=c.k - 1, groups=3 * c.d)[0, :, :L].T
            x2, x1, v = self.split(zf)
            u1 = x1 * v
            n = 2 * L
            hf = torch.fft.rfft(h.to(torch.float32 if self.dtype == torch.float32 else h.dtype), n=n) / n
            xs = torch.fft.fft(u1.T.to(self.fdtype), n=n)
            yc = torch.fft.irfft(xs[..., : n // 2 + 1] * hf, n=n, norm="forward")[..., :L].T
            y = (yc.to(self.dtype) + dskip * u1) * x2
            if state is not None:
                # Prefill: FIR register of raw z (zero-padded for short prompts) and the modal
                # state sum_tau p^(L-1-tau) u1[tau] (Horner: the spec's exact alternative).
                fir = torch.zeros(3 * c.d, c.k - 1, dtype=self.dtype)
                m = min(L, c.k - 1)
                if m:
                    fir[:, c.k - 1 - m :] = z[L - m :].T
                s = torch.zeros(c.d, c.n, dtype=self.cdtype)
                for t in range(L):
                    s = p * s + u1[t, :, None]
                state["fir"], state["s"] = fir, s
            return self.lin(y, f"blocks.{i}.out_filter_dense", True)
        # One decode step (engine.step_fir / step_iir).
        zt = z[0]
        fir = state["fir"]
        zf = w[:, 0, c.k - 1] * zt + (w[:, 0, : c.k - 1] * fir).sum(-1) + b
        state["fir"] = torch.cat([fir[:, 1:], zt[:, None]], dim=1)
        x2, x1, v = self.split(zf[None])
        u1 = (x1 * v)[0]
        state["s"] = p * state["s"] + u1[:, None]
        yc = (r * state["s"]).sum(-1).real
        y = ((yc.to(self.dtype) + dskip * u1) * x2[0])[None]
        return self.lin(y, f"blocks.{i}.out_filter_dense", True)

    def rotary(self, x, heads, pos0):
        c = self.c
        L = x.shape[0]
        half = c.hd // 2
        e = torch.arange(0, c.hd, 2, dtype=torch.float32) / c.hd
        inv = 1.0 / (c.base ** e.double()).float()
        t = torch.arange(pos0, pos0 + L, dtype=torch.float32)
        if c.scale != 1.0:
            t = t / c.scale
        th = torch.outer(t, inv).to(self.dtype)
        cos, sin = torch.cos(th)[:, None], torch.sin(th)[:, None]
        x = x.reshape(L, heads, c.hd)
        x1, x2 = x[..., :half], x[..., half:]
        return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], -1)

    def attention(self, i, x, state):
        c, L = self.c, x.shape[0]
        qkv = self.lin(x, f"blocks.{i}.inner_mha_cls.Wqkv", c.qkv_bias)
        hq, hk = c.heads * c.hd, c.kv_heads * c.hd
        pos0 = state["pos"] if state is not None and "k" in state else 0
        q = self.rotary(qkv[:, :hq], c.heads, pos0)
        k = self.rotary(qkv[:, hq : hq + hk], c.kv_heads, pos0)
        v = qkv[:, hq + hk :].reshape(L, c.kv_heads, c.hd)
        if state is not None:
            if "k" not in state:
                state["k"] = torch.zeros(c.max_seqlen, c.kv_heads, c.hd, dtype=self.dtype)
                state["v"] = torch.zeros(c.max_seqlen, c.kv_heads, c.hd, dtype=self.dtype)
            state["k"][pos0 : pos0 + L] = k
            state["v"][pos0 : pos0 + L] = v
            k, v = state["k"][: pos0 + L], state["v"][: pos0 + L]
            state["pos"] = pos0 + L
        g = c.heads // c.kv_heads
        k = k.repeat_interleave(g, dim=1)
        v = v.repeat_interleave(g, dim=1)
        s = torch.einsum("ihd,jhd->hij", q, k) / math.sqrt(c.hd)
        lk = k.shape[0]
        mask = torch.ones(L, lk, dtype=torch.bool).triu(lk - L + 1)
        s = s.masked_fill(mask, float("-inf"))
        ctx = torch.einsum("hij,jhd->ihd", torch.softmax(s, -1), v).reshape(L, -1)
        return self.lin(ctx, f"blocks.{i}.inner_mha_cls.out_proj", c.out_bias)

    def mlp(self, i, x):
        a = self.lin(x, f"blocks.{i}.mlp.l1", False)
        a = F.gelu(a) if self.c.gelu else F.silu(a)
        return self.lin(a * self.lin(x, f"blocks.{i}.mlp.l2", False), f"blocks.{i}.mlp.l3", False)

    def forward(self, tokens, states=None):
        x = self.w["embedding_layer.weight"][tokens]
        for i in range(self.c.layers):
            st = None if states is None else states.setdefault(i, {})
            xn = self.norm(x, self.w[f"blocks.{i}.pre_norm.scale"])
            mix = self.attention(i, xn, st) if i in self.c.attn else self.hyena(i, xn, st)
            x = mix + x
            x = self.mlp(i, self.norm(x, self.w[f"blocks.{i}.post_norm.scale"])) + x
        x = self.norm(x, self.w["norm.scale"])
        u = self.w["embedding_layer.weight" if self.c.tied else "unembed.weight"]
        return x @ u.T


def rel(a, b):
    return float((a - b).abs().max() / b.abs().max())


def random_tokens(n, vocab):
    g = torch.Generator().manual_seed(7)
    return torch.randint(0, vocab, (n,), generator=g)


def model_in(mode, cfg, weights):
    """f32; bf16 (`.to(torch.bfloat16)`, poles too); bf16-poles (poles and residues kept f32)."""
    if mode == "f32":
        return Model(cfg, weights, torch.float32)
    if mode == "bf16":
        return Model(cfg, weights, torch.bfloat16)
    if mode == "bf16-poles":
        return Model(cfg, weights, torch.bfloat16, f32_poles=True)
    raise SystemExit(f"unknown precision {mode!r}: f32, bf16 or bf16-poles")


def main(argv):
    cmd = argv[1]
    torch.set_grad_enabled(False)
    if cmd == "check":
        cfg = Config(argv[2])
        m = Model(cfg, load_safetensors(argv[3]), torch.float64)
        exp = load_safetensors(argv[4])
        tokens, p = exp["tokens"], int(exp["prefill_len"][0])
        e1 = rel(m.forward(tokens), exp["logits"])
        states = {}
        rows = [m.forward(tokens[:p], states)]
        for t in range(p, len(tokens)):
            rows.append(m.forward(tokens[t : t + 1], states))
        e2 = rel(torch.cat(rows), exp["decode_logits"])
        print(f"stateless vs logits {e1:.3e}; prefill {p} + decode vs decode_logits {e2:.3e}")
        return 0 if max(e1, e2) < 1e-9 else 1
    if cmd == "forward":
        cfg = Config(argv[2])
        mode = argv[6] if len(argv) > 6 else "f32"
        m = model_in(mode, cfg, load_safetensors(argv[3]))
        L, reps = int(argv[4]), int(argv[5]) if len(argv) > 5 else 1
        tokens = random_tokens(L, cfg.vocab)
        best = float("inf")
        for _ in range(reps):
            t = time.perf_counter()
            m.forward(tokens)
            best = min(best, time.perf_counter() - t)
        print(f"torch forward {mode} L={L}: {best:.3f} s, {L / best:.0f} tokens/s ({torch.get_num_threads()} threads)")
        return 0
    if cmd == "decode":
        cfg = Config(argv[2])
        mode = argv[6] if len(argv) > 6 else "f32"
        m = model_in(mode, cfg, load_safetensors(argv[3]))
        prompt, steps = int(argv[4]), int(argv[5])
        tokens = random_tokens(prompt + steps, cfg.vocab)
        states = {}
        t = time.perf_counter()
        m.forward(tokens[:prompt], states)
        tp = time.perf_counter() - t
        t = time.perf_counter()
        for i in range(prompt, prompt + steps):
            m.forward(tokens[i : i + 1], states)
        td = time.perf_counter() - t
        print(f"torch {mode} prefill {prompt}: {tp:.3f} s ({prompt / tp:.0f} tokens/s); decode {steps}: "
              f"{1e3 * td / steps:.2f} ms/token ({steps / td:.1f} tokens/s) ({torch.get_num_threads()} threads)")
        return 0
    if cmd == "gatedconv":
        d, L = int(argv[2]), int(argv[3])
        reps = int(argv[4]) if len(argv) > 4 else 3
        g = torch.Generator().manual_seed(1)
        x1, v, x2 = (torch.randn(L, d, generator=g) for _ in range(3))
        poles = torch.complex(0.9 + 0.09 * torch.rand(d, 2, generator=g), 0.1 * torch.rand(d, 2, generator=g))
        res = torch.complex(torch.randn(d, 2, generator=g), torch.randn(d, 2, generator=g))
        dskip = torch.randn(d, generator=g)
        best = float("inf")
        for _ in range(reps):
            t0 = time.perf_counter()
            t = torch.arange(L, dtype=torch.float32)
            h = (res[..., None] * torch.exp(t * torch.log(poles)[..., None])).sum(1).real
            u1 = x1 * v
            n = 2 * L
            hf = torch.fft.rfft(h, n=n) / n
            xs = torch.fft.fft(u1.T, n=n)
            yc = torch.fft.irfft(xs[..., : n // 2 + 1] * hf, n=n, norm="forward")[..., :L].T
            y = (yc + dskip * u1) * x2
            best = min(best, time.perf_counter() - t0)
        mb = 4 * 4 * L * d / 1e6  # x1, v, x2 in, y out
        print(f"torch gated conv D={d} L={L}: {1e3 * best:.2f} ms ({mb / 1e3 / best:.2f} GB/s of I/O; {torch.get_num_threads()} threads)")
        return 0
    if cmd == "sgemm":
        mm, k, n = int(argv[2]), int(argv[3]), int(argv[4])
        reps = int(argv[5]) if len(argv) > 5 else 5
        dt = torch.bfloat16 if len(argv) > 6 and argv[6] == "bf16" else torch.float32
        a, b = torch.randn(mm, k).to(dt), torch.randn(k, n).to(dt)
        a @ b
        best = float("inf")
        for _ in range(reps):
            t = time.perf_counter()
            a @ b
            best = min(best, time.perf_counter() - t)
        print(f"torch {dt} matmul {mm}x{k}x{n}: {2 * mm * k * n / best / 1e9:.1f} GFLOP/s ({torch.get_num_threads()} threads)")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
