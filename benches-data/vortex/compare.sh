#!/usr/bin/env bash
# hyenac against vortex (Evo 2's PyTorch inference code), side by side in one run on this CPU
# (issue 15): the mid-size Evo 2-shaped model (benches-data/evo2-midsize.yml) forward at
# L = 8192 and decode (prompt 1024, 128 steps), f32 and bf16. hyenac is timed as a whole process
# (loading included), vortex's forward alone. Weights: random, from vortex's own constructor
# (evo2_vortex.py init), the same file for both. Prints figures only.
#
#   python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch numpy pyyaml safetensors einops rich tqdm
#   git clone https://github.com/Zymrael/vortex /tmp/vortex-src   # commit cb229ae measured
#   cargo build --release -p hyenac --bin hyenac
#   VORTEX_SRC=/tmp/vortex-src bash benches-data/vortex/compare.sh [WORKDIR]   # ~8 minutes on 2 cores
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/hyenac-evo2-compare}
mkdir -p "$work"
P=${TORCH_PYTHON:-/tmp/torchenv/bin/python}
V=$here/benches-data/vortex/evo2_vortex.py
H=$here/target/release/hyenac
cfg=$here/benches-data/evo2-midsize.yml
L=${L:-8192}
: "${VORTEX_SRC:?set VORTEX_SRC to a checkout of github.com/Zymrael/vortex}"
export VORTEX_SRC
grep -m1 "model name" /proc/cpuinfo
echo "AMX: $(grep -q amx_bf16 /proc/cpuinfo && echo yes || echo no); threads: ${HYENAC_THREADS:-2} (vortex: ${HYENAC_TORCH_THREADS:-2})"
quiet() { grep -v -e '^ ' -e 'INFO' -e 'autocast' -e 'it/s' -e 'UserWarning' || true; }

[ -f "$work/w.safetensors" ] || "$P" "$V" init "$cfg" "$work/w.safetensors" "$work/t.safetensors" "$L" 2>&1 | quiet
for p in f32 bf16; do
  [ -f "$work/m-$p.hyx" ] || "$H" compile --config "$cfg" --weights "$work/w.safetensors" --max-seqlen "$L" --precision "$p" -o "$work/m-$p.hyx" --quiet
done
"$P" - "$work/t.safetensors" "$work/d.safetensors" <<'EOF'
import sys
from safetensors.numpy import load_file, save_file
save_file({"tokens": load_file(sys.argv[1])["tokens"][:1024 + 128]}, sys.argv[2])
EOF

run_hyenac() { # artifact tokens [extra…]: wall seconds of the whole process
  local a=$1 t=$2; shift 2
  local s e
  s=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$H" run "$a" --tokens-file "$t" --logits-out "$work/o.safetensors" "$@" >"$work/run.log" 2>&1
  e=$(date +%s.%N)
  local what
  what=$(grep -o 'prefill .*' "$work/run.log" || grep -o 'ran .*tokens/s)' "$work/run.log")
  echo "hyenac $(basename "$a") $*: $(echo "$e - $s" | bc) s wall, peak RSS $(($(cat "$work/rss") / 1024)) MiB; $what"
}

echo "## forward, L = $L"
for rep in 1 2; do
  for p in f32 bf16; do run_hyenac "$work/m-$p.hyx" "$work/t.safetensors"; done
  for p in f32 bf16; do "$P" "$V" forward "$cfg" "$work/w.safetensors" "$L" 2 "$p" 2>&1 | quiet; done
done
echo "## decode: prompt 1024, 128 steps"
for p in f32 bf16; do run_hyenac "$work/m-$p.hyx" "$work/d.safetensors" --prefill 1024; done
for p in f32 bf16; do "$P" "$V" decode "$cfg" "$work/w.safetensors" 1024 128 "$p" 2>&1 | quiet; done
