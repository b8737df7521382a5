"""Arc Institute's vortex (the Evo 2 inference code) on this CPU: the baseline of hyenac's
StripedHyena 2 benchmarks (issue 15).

vortex is not part of hyenac and is not copied here: point VORTEX_SRC at a checkout of
github.com/Zymrael/vortex (commit cb229ae was measured). Its CUDA-only imports are stubbed as
design/stripedhyena2-spec.md §7 describes: no flash-attn (torch SDPA instead), no Transformer
Engine (plain linear projections, `use_fp8_input_projections: False`), a torch rotary in place of
the Triton one, `torch.cuda.device` as a no-op. Everything else is vortex's own code path.

  python evo2_vortex.py init CONFIG.yml OUT.safetensors TOKENS.safetensors L
      random weights from vortex's own constructor (with the spec's §7 init fixes: decaying
      poles, scaled filters, nonzero D), written under the checkpoint's names and layouts
      (Wqkv per head, as released); TOKENS gets L random DNA bytes (A, C, G, T)
  python evo2_vortex.py check CONFIG.yml WEIGHTS EXPECTED.safetensors
      vortex in f32 against a fixture's float64 logits (faithfulness of this harness)
  python evo2_vortex.py forward CONFIG.yml WEIGHTS L REPEATS PRECISION
      the stateless forward over L tokens; best and worst seconds of REPEATS
  python evo2_vortex.py decode CONFIG.yml WEIGHTS PROMPT STEPS PRECISION
      prefill of PROMPT tokens, then STEPS cached decode steps (vortex's inference params)
  python evo2_vortex.py compare CONFIG.yml WEIGHTS TOKENS LOGITS N PRECISION
      vortex's forward over the first N tokens of TOKENS against the first N rows of another
      run's LOGITS (hyenac's `run --logits-out`; causal, so a prefix of a longer run counts):
      max |difference| / max |vortex|, and how often the top-1 token agrees
PRECISION: f32 (`model.float()`) or bf16 (vortex's load recipe: blocks built in bf16, then
`to_bfloat16_except_pr_lc()`, its FFT and FIR convolutions in f32 as its engine casts them).
Threads: HYENAC_TORCH_THREADS (default 2, as hyenac's default).
"""

import contextlib
import json
import os
import struct
import sys
import time
import types

import torch

torch.set_num_threads(int(os.environ.get("HYENAC_TORCH_THREADS", "2")))


def import_vortex():
    src = os.environ.get("VORTEX_SRC")
    if not src or not os.path.isdir(os.path.join(src, "vortex", "model")):
        sys.exit("set VORTEX_SRC to a checkout of github.com/Zymrael/vortex (vortex/model/ inside)")
    sys.path.insert(0, src)
    sys.modules.update(
        {k: None for k in ["transformer_engine", "flash_attn", "flash_attn_2_cuda", "flashfftconv", "hyena_ops"]}
    )
    import vortex

    def apply_rotary(x, cos, sin, seqlen_offsets=0, cu_seqlens=None, max_seqlen=None,
                     interleaved=False, inplace=False, conjugate=False):
        # The non-interleaved rotation of the first 2 * cos.shape[-1] features, in torch.
        assert cu_seqlens is None and not interleaved
        off = int(seqlen_offsets)
        s_len, rd = x.shape[1], cos.shape[-1] * 2
        c = cos[off : off + s_len].to(x.dtype)[None, :, None, :].repeat(1, 1, 1, 2)
        s = sin[off : off + s_len].to(x.dtype)[None, :, None, :].repeat(1, 1, 1, 2)
        if conjugate:
            s = -s
        xr = x[..., :rd]
        x1, x2 = xr.chunk(2, -1)
        out = torch.cat([xr * c + torch.cat([-x2, x1], -1) * s, x[..., rd:]], -1)
        if inplace:
            x.copy_(out)
            return x
        return out

    ops = types.ModuleType("vortex.ops")
    ops.__path__ = []
    emb = types.ModuleType("vortex.ops.embedding")
    emb.__path__ = []
    rot = types.ModuleType("vortex.ops.embedding.rotary")
    rot.apply_rotary = apply_rotary
    sys.modules.update({"vortex.ops": ops, "vortex.ops.embedding": emb, "vortex.ops.embedding.rotary": rot})
    vortex.ops = ops
    torch.cuda.device = lambda *a, **k: contextlib.nullcontext()
    # vortex.logging writes activations_debug.log into the working directory.
    os.chdir(os.environ.get("TMPDIR", "/tmp"))
    from vortex.model.model import StripedHyena
    from vortex.model.utils import dotdict

    return StripedHyena, dotdict


def read_config(path, dotdict):
    import yaml

    with open(path) as f:
        cfg = yaml.safe_load(f)
    # CPU: SDPA attention, no FP8 (spec §7.1).
    cfg.update(use_flash_attn=False, use_fp8_input_projections=False, use_flashfft=False,
               use_flash_depthwise=False, use_flash_rmsnorm=False, print_activations=False)
    return dotdict(cfg)


def load_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    dtypes = {"F32": torch.float32, "F64": torch.float64, "I64": torch.int64, "BF16": torch.bfloat16}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        t = torch.frombuffer(bytearray(data[8 + n + a : 8 + n + b]), dtype=dtypes[info["dtype"]])
        out[name] = t.reshape(info["shape"])
    return out


def save_safetensors(path, tensors):
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in tensors.items()}, path)


def heads_of(cfg):
    return cfg.num_attention_heads, cfg.hidden_size // cfg.num_attention_heads


def init(cfg_path, out, tokens_out, length):
    StripedHyena, dotdict = import_vortex()
    cfg = read_config(cfg_path, dotdict)
    cfg.update(hyena_block_dtype=torch.float32, attn_block_dtype=torch.float32, mlp_dtype=torch.float32)
    torch.manual_seed(0)
    m = StripedHyena(cfg).float().eval()
    with torch.no_grad():
        for n, p in m.named_parameters():
            if n.endswith("log_poles"):
                # λ = e^{log pole} in (e^-1, e^-0.001): slow modes, as trained LI filters have.
                p.copy_(-torch.exp(torch.empty_like(p).uniform_(-7, 0)))
            elif n.endswith("filter.h") or "short_filter_weight" in n:
                p.mul_(0.3 / p.shape[-1] ** 0.5)
            elif n.endswith("filter.D"):
                p.normal_(0, 0.1)
            elif p.dim() == 2 and float(p.abs().max()) == 0.0:
                p.normal_(0, 0.02)  # zero-initialised MLPs would leave their products untested
    sd = {}
    h, dh = heads_of(cfg)
    for k, v in m.state_dict().items():
        if not isinstance(v, torch.Tensor) or k.endswith("_extra_state"):
            continue
        if k.endswith("inner_mha_cls.Wqkv.weight"):
            # The model holds [q|k|v]; a checkpoint holds [head][q,k,v][dh] (column_split).
            d = v.shape[1]
            v = v.reshape(3, h, dh, d).permute(1, 0, 2, 3).reshape(3 * h * dh, d)
        sd[k] = v.float()
    for k, b in m.named_buffers():
        if k.endswith("rotary_emb.inv_freq"):  # not persistent: state_dict() leaves it out
            sd[k] = b.float()
    save_safetensors(out, sd)
    g = torch.Generator().manual_seed(1)
    acgt = torch.tensor([65, 67, 71, 84])
    tokens = acgt[torch.randint(0, 4, (length,), generator=g)].to(torch.int64)
    save_safetensors(tokens_out, {"tokens": tokens})
    print(f"{out}: {sum(t.numel() for t in sd.values()):,} parameters; {tokens_out}: {length} tokens")


def build(cfg_path, weights, precision):
    StripedHyena, dotdict = import_vortex()
    cfg = read_config(cfg_path, dotdict)
    if precision == "f32":
        cfg.update(hyena_block_dtype=torch.float32, attn_block_dtype=torch.float32, mlp_dtype=torch.float32)
    sd = load_safetensors(weights)
    with contextlib.redirect_stdout(sys.stderr):
        m = StripedHyena(cfg)
        m.custom_load_state_dict(sd, strict=False)
    with torch.no_grad():
        # inv_freq is a non-persistent buffer that load_state_dict skips; the checkpoint's
        # (bf16-rounded) values are the model's (spec §2.8), so copy them in.
        for k, b in m.named_buffers():
            if k in sd:
                b.copy_(sd[k])
    if precision == "f32":
        m = m.float()
        with torch.no_grad():
            # The fallback TELinear holds its weight in bf16 whatever the block dtype, so loading
            # rounded the in-projections; put the stored f32 values back.
            for k, p in m.named_parameters():
                if ".projections." in k and k in sd:
                    p.copy_(sd[k])
    elif precision == "bf16":
        m.to_bfloat16_except_pr_lc()
    else:
        sys.exit(f"precision {precision!r}: f32 or bf16")
    m.eval()
    for b in m.blocks:
        if hasattr(b, "inner_mha_cls"):
            b.inner_mha_cls.rotary_emb.pos_idx_in_fp32 = False
    return m, cfg


def forward(cfg_path, weights, length, repeats, precision, tokens=None):
    m, _ = build(cfg_path, weights, precision)
    x = tokens if tokens is not None else torch.randint(65, 85, (length,))
    x = x[:length].reshape(1, -1)
    times = []
    with torch.inference_mode():
        for _ in range(repeats):
            t = time.perf_counter()
            out, _ = m(x)
            times.append(time.perf_counter() - t)
    print(f"vortex {precision} forward L={length}: best {min(times):.3f} s, worst {max(times):.3f} s "
          f"({length / min(times):.0f} tokens/s)")
    return out


def decode(cfg_path, weights, prompt, steps, precision):
    m, _ = build(cfg_path, weights, precision)
    x = torch.randint(65, 85, (1, prompt + steps))
    with torch.inference_mode(), contextlib.redirect_stdout(sys.stderr):
        ip = m.initialize_inference_params(max_seqlen=prompt + steps)
        t = time.perf_counter()
        m(x[:, :prompt], inference_params_dict=ip)
        pre = time.perf_counter() - t
        t = time.perf_counter()
        for i in range(prompt, prompt + steps):
            for k in ("mha", "hcl", "hcm", "hcs"):
                ip[k].seqlen_offset = i  # the model does not advance its offsets itself
            m(x[:, i : i + 1], inference_params_dict=ip)
        dec = time.perf_counter() - t
    print(f"vortex {precision} prefill {prompt}: {pre:.3f} s; decode {steps} steps: "
          f"{1e3 * dec / steps:.2f} ms/token ({steps / dec:.1f} tokens/s)")


def check(cfg_path, weights, expected):
    e = load_safetensors(expected)
    m, _ = build(cfg_path, weights, "f32")
    x = e["tokens"].reshape(1, -1)
    with torch.inference_mode():
        out, _ = m(x)
    ref = e["logits"]
    err = float((out[0].double() - ref).abs().max() / ref.abs().max())
    print(f"vortex f32 against {expected}: {err:.2e}")


def compare(cfg_path, weights, tokens, logits, n, precision):
    x = load_safetensors(tokens)["tokens"][:n]
    ref = forward(cfg_path, weights, n, 1, precision, tokens=x)[0].double()
    got = load_safetensors(logits)["logits"][:n].double()
    assert got.shape == ref.shape, f"{logits}: {tuple(got.shape)} rows, vortex {tuple(ref.shape)}"
    err = float((got - ref).abs().max() / ref.abs().max())
    top1 = float((got.argmax(-1) == ref.argmax(-1)).double().mean())
    finite = bool(torch.isfinite(got).all())
    print(f"{logits} against vortex {precision}, first {n} tokens: max error {err:.3e} of max |logit| "
          f"{float(ref.abs().max()):.3f}; top-1 agreement {100 * top1:.1f}%; all finite: {finite}")


if __name__ == "__main__":
    cmd, *a = sys.argv[1:] or ["help"]
    # Paths before import_vortex changes the working directory.
    a = [os.path.abspath(x) if x.endswith((".yml", ".yaml", ".safetensors")) else x for x in a]
    if cmd == "init":
        init(a[0], a[1], a[2], int(a[3]))
    elif cmd == "check":
        check(*a[:3])
    elif cmd == "forward":
        forward(a[0], a[1], int(a[2]), int(a[3]), a[4])
    elif cmd == "compare":
        compare(a[0], a[1], a[2], a[3], int(a[4]), a[5])
    elif cmd == "decode":
        decode(a[0], a[1], int(a[2]), int(a[3]), a[4])
    else:
        print(__doc__)
        sys.exit(2)
