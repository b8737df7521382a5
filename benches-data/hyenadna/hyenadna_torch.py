#!/usr/bin/env python3
"""HyenaDNA's own PyTorch code (hyena-dna `standalone_hyenadna.py`, HazyResearch/hyena-dna
d553021) run on this CPU, for issue 16's side-by-side benchmark. The code is imported from a
checkout named by HYENADNA_SRC, never copied here; torchvision and transformers are replaced by
the stubs of design/hyena-spec.md §8.1 (StochasticDepth at p = 0 is the identity; the tokenizer
classes are unused).

  python hyenadna_torch.py init CONFIG.json WEIGHTS.safetensors TOKENS.safetensors L
      random weights from the model's own constructor (`freq` near 10, the rest 0.3·randn as
      the spec's recipe), saved under the HF port's names (`hyena.backbone.*`, `lm_head.weight`
      = the embedding) with `.3/.5.freq` dropped as the HF files do; L random DNA token ids.
  python hyenadna_torch.py forward CONFIG.json WEIGHTS.safetensors L REPS [LOGITS_OUT]
      times the forward pass (f32, torch threads HYENAC_TORCH_THREADS, default 2) on the
      first L tokens of a fixed random sequence; best and worst of REPS.
"""
import json
import os
import sys
import tempfile
import time


def import_model():
    src = os.environ.get("HYENADNA_SRC")
    if not src:
        sys.exit("set HYENADNA_SRC to a checkout of github.com/HazyResearch/hyena-dna")
    stubs = tempfile.mkdtemp(prefix="hyenadna-stubs-")
    os.makedirs(os.path.join(stubs, "torchvision"))
    os.makedirs(os.path.join(stubs, "transformers"))
    with open(os.path.join(stubs, "torchvision", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(stubs, "torchvision", "ops.py"), "w") as f:
        f.write(
            "import torch\n"
            "class StochasticDepth(torch.nn.Module):\n"
            "    def __init__(self, p, mode):\n"
            "        super().__init__(); assert p == 0\n"
            "    def forward(self, x):\n"
            "        return x\n"
        )
    with open(os.path.join(stubs, "transformers", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(stubs, "transformers", "tokenization_utils.py"), "w") as f:
        f.write("class AddedToken(str):\n    pass\nclass PreTrainedTokenizer:\n    pass\n")
    sys.path.insert(0, stubs)
    sys.path.insert(0, src)
    import standalone_hyenadna as m

    return m


def build(m, cfg):
    import torch

    torch.manual_seed(0)
    model = m.HyenaDNAModel(
        d_model=cfg["d_model"],
        n_layer=cfg["n_layer"],
        d_inner=cfg["d_inner"],
        vocab_size=cfg["vocab_size"],
        pad_vocab_size_multiple=cfg.get("pad_vocab_size_multiple", 8),
        residual_in_fp32=False,
        layer={
            "_name_": "hyena",
            "emb_dim": cfg["emb_dim"],
            "filter_order": cfg["filter_order"],
            "local_order": 3,
            "l_max": cfg["max_seq_len"],
            "modulate": True,
            "w": cfg.get("activation_freq", 10),
            "lr": 6e-4,
            "wd": 0.0,
            "lr_pos_emb": 0.0,
        },
    )
    return model.eval()


def tokens(n):
    import torch

    g = torch.Generator().manual_seed(1)
    return torch.randint(7, 11, (n,), generator=g, dtype=torch.int64)


def main():
    import torch
    from safetensors.torch import load_file, save_file

    torch.set_num_threads(int(os.environ.get("HYENAC_TORCH_THREADS", "2")))
    cmd = sys.argv[1]
    cfg = json.load(open(sys.argv[2]))
    m = import_model()
    model = build(m, cfg)
    if cmd == "init":
        with torch.no_grad():
            for name, p in model.named_parameters():
                if name.endswith("freq"):
                    p.copy_(10 + torch.randn_like(p))
                elif "pos_emb" not in name:
                    p.copy_(0.3 * torch.randn_like(p) / max(1.0, p.shape[-1] ** 0.5 / 4))
        sd = {}
        for k, v in model.state_dict().items():
            if k.endswith("implicit_filter.3.freq") or k.endswith("implicit_filter.5.freq"):
                continue
            sd["hyena." + k] = v.contiguous().clone()
        sd["lm_head.weight"] = sd["hyena.backbone.embeddings.word_embeddings.weight"].clone()
        save_file(sd, sys.argv[3])
        n = int(sys.argv[5])
        save_file({"tokens": tokens(n)}, sys.argv[4])
        print(f"{sys.argv[3]}: {sum(v.numel() for v in sd.values()):,} values; {sys.argv[4]}: {n} tokens")
    elif cmd == "forward":
        sd = load_file(sys.argv[3])
        own = {k[len("hyena."):]: v for k, v in sd.items() if k.startswith("hyena.")}
        for k in list(own):
            if k.endswith("implicit_filter.1.freq"):
                for i in (3, 5):
                    own[k.replace(".1.freq", f".{i}.freq")] = own[k]
        model.load_state_dict(own, strict=True)
        n, reps = int(sys.argv[4]), int(sys.argv[5])
        ids = tokens(n)[None, :]
        times = []
        with torch.no_grad():
            for _ in range(reps):
                t0 = time.perf_counter()
                hidden = model(ids)
                logits = hidden @ model.backbone.embeddings.word_embeddings.weight.T
                times.append(time.perf_counter() - t0)
        if len(sys.argv) > 6:
            save_file({"logits": logits[0].contiguous()}, sys.argv[6])
        print(
            f"hyena-dna torch f32 forward L={n}: best {min(times):.3f} s, worst {max(times):.3f} s "
            f"({n / min(times):.0f} tokens/s)"
        )
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
