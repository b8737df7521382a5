#!/usr/bin/env bash
# hyenac against PyTorch, side by side in one run on this machine (issue 14's speed table):
# forward of the 4-layer striped model at L = 4096 and of the 4-layer Hyena model at L = 16384,
# decode (prompt 256, 256 steps), bf16 and f32 matrix products at the model's shapes. hyenac is
# timed as a whole process (loading included), PyTorch's forward alone. Prints figures only.
#
#   python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch numpy pyyaml
#   cargo build --release -p hyenac --bin hyenac --example random_weights
#   bash benches-data/torch/compare.sh [WORKDIR]        # ~10 minutes on 2 cores
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/hyenac-compare}
mkdir -p "$work"
P=${TORCH_PYTHON:-/tmp/torchenv/bin/python}
S=$here/benches-data/torch/stripedhyena_torch.py
H=$here/target/release/hyenac
W=$here/target/release/examples/random_weights
grep -m1 "model name" /proc/cpuinfo
echo "AMX: $(grep -q amx_bf16 /proc/cpuinfo && echo yes || echo no); AVX512-BF16: $(grep -q avx512_bf16 /proc/cpuinfo && echo yes || echo no); threads: ${HYENAC_THREADS:-2}"

run_hyenac() { # artifact tokens [extra…]: wall seconds of the whole process
  local a=$1 t=$2; shift 2
  local s e
  s=$(date +%s.%N)
  "$H" run "$a" --tokens-file "$t" --logits-out "$work/o.safetensors" "$@" >"$work/run.log" 2>&1
  e=$(date +%s.%N)
  local what
  what=$(grep -o 'prefill .*' "$work/run.log" || grep -o 'ran .*tokens/s)' "$work/run.log")
  echo "hyenac $(basename "$a") $*: $(echo "$e - $s" | bc) s wall; $what"
}

for model in midsize-4layer:4096 midsize-hyena:16384; do
  name=${model%%:*} L=${model##*:}
  cfg=$here/benches-data/$name.yml
  [ -f "$work/$name.safetensors" ] || "$W" "$cfg" "$work/$name.safetensors" "$work/$name-t.safetensors" "$L" >/dev/null
  for p in f32 bf16; do
    "$H" compile --config "$cfg" --weights "$work/$name.safetensors" --max-seqlen "$L" --precision "$p" -o "$work/$name-$p.hyx" --quiet
  done
  echo "## $name, L = $L"
  for rep in 1 2; do
    for p in f32 bf16; do run_hyenac "$work/$name-$p.hyx" "$work/$name-t.safetensors"; done
    for p in f32 bf16 bf16-poles; do $P "$S" forward "$cfg" "$work/$name.safetensors" "$L" 2 "$p"; done
  done
done

echo "## decode: prompt 256, 256 steps"
for name in midsize-4layer midsize-hyena; do
  cfg=$here/benches-data/$name.yml
  "$P" - "$work/$name-t.safetensors" "$work/$name-d.safetensors" <<'EOF'
import sys
from safetensors.numpy import load_file, save_file
t = load_file(sys.argv[1])["tokens"][:512]
save_file({"tokens": t}, sys.argv[2])
EOF
  for p in f32 bf16; do run_hyenac "$work/$name-$p.hyx" "$work/$name-d.safetensors" --prefill 256; done
  for p in f32 bf16 bf16-poles; do $P "$S" decode "$cfg" "$work/$name.safetensors" 256 256 "$p"; done
done

echo "## matrix products (PyTorch; hyenac: cargo bench -p hyenac --bench kernels -- matmul with HYENAC_BENCH_SHAPES=model)"
for shape in "4096 512 3584" "4096 1792 512" "4096 4096 14336" "1 512 3584" "1 1792 512" "1 4096 14336" "1 14336 4096"; do
  for dt in f32 bf16; do $P "$S" sgemm $shape 5 $dt; done
done
