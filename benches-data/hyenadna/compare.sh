#!/usr/bin/env bash
# hyenac against HyenaDNA's own PyTorch code (hyena-dna `standalone_hyenadna.py`), side by side
# in one run on this CPU (issue 16): the mid-size shape benches-data/hyenadna-midsize.json
# (D = 256, 4 layers, MLP 1024, 128k filter grid), forward at L = 1k, 16k and 128k. Weights:
# random, from the PyTorch model's own constructor, the same file for both; the logits of both
# are compared. hyenac's figure is its forward as it reports it (loading apart); PyTorch's is
# its forward alone, best of 2. PyTorch runs f32 (its bf16 cannot run an rfft on a CPU).
#
#   python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch numpy safetensors einops
#   git clone https://github.com/HazyResearch/hyena-dna /tmp/hyena-dna   # d553021 measured
#   cargo build --release -p hyenac --bin hyenac
#   HYENADNA_SRC=/tmp/hyena-dna bash benches-data/hyenadna/compare.sh [WORKDIR] [LENGTHS]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/hyenac-hyenadna-compare}
lengths=${2:-"1024 16384 131072"}
mkdir -p "$work"
P=${TORCH_PYTHON:-/tmp/torchenv/bin/python}
T=$here/benches-data/hyenadna/hyenadna_torch.py
H=$here/target/release/hyenac
cfg=$here/benches-data/hyenadna-midsize.json
: "${HYENADNA_SRC:?set HYENADNA_SRC to a checkout of github.com/HazyResearch/hyena-dna}"
export HYENADNA_SRC
grep -m1 "model name" /proc/cpuinfo
echo "AMX: $(grep -q amx_bf16 /proc/cpuinfo && echo yes || echo no); threads: ${HYENAC_THREADS:-2} (PyTorch: ${HYENAC_TORCH_THREADS:-2})"
quiet() { grep -v -i -e 'warn' || true; }
[ -f "$work/w.safetensors" ] || "$P" "$T" init "$cfg" "$work/w.safetensors" "$work/t.safetensors" 131072 2>&1 | quiet
for L in $lengths; do
  "$P" - "$work/t.safetensors" "$work/t$L.safetensors" "$L" <<'PY'
import sys
from safetensors.numpy import load_file, save_file
save_file({"tokens": load_file(sys.argv[1])["tokens"][:int(sys.argv[3])]}, sys.argv[2])
PY
  echo "## L = $L"
  for p in f32 bf16; do
    a=$work/m$L-$p.hyx
    [ -f "$a" ] || /usr/bin/time -f "compile: %e s, peak RSS %M KB" "$H" compile --config "$cfg" --weights "$work/w.safetensors" --max-seqlen "$L" --precision "$p" -o "$a" --quiet
    "$H" inspect "$a" --seqlen "$L" 2>/dev/null | grep -i -m2 -e "fft\|artifact" || true
    for rep in 1 2; do
      /usr/bin/time -f "%M" -o "$work/rss" "$H" run "$a" --tokens-file "$work/t$L.safetensors" --logits-out "$work/h$L-$p.safetensors" >"$work/run.log" 2>&1
      echo "hyenac $p: $(grep -o 'ran .*tokens/s)' "$work/run.log"), peak RSS $(($(cat "$work/rss") / 1024)) MiB"
    done
  done
  "$P" "$T" forward "$cfg" "$work/w.safetensors" "$L" 2 "$work/torch$L.safetensors" 2>&1 | quiet
  for p in f32 bf16; do
    "$P" - "$work/torch$L.safetensors" "$work/h$L-$p.safetensors" "$p" <<'PY'
import sys
import numpy as np
from safetensors.numpy import load_file
a = load_file(sys.argv[1])["logits"].astype(np.float64)
b = load_file(sys.argv[2])["logits"].astype(np.float64)
print(f"hyenac {sys.argv[3]} against PyTorch f32: normwise error {np.abs(a - b).max() / np.abs(a).max():.2e}, finite: {np.isfinite(b).all()}")
PY
  done
done
