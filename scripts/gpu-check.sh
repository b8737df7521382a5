#!/usr/bin/env bash
# The GPU check, in two halves (the GPU machine has no LLVM/MLIR and no network):
#
#   scripts/gpu-check.sh prepare   # here: sm_90 artifacts of the fixtures (and stem-hyena with
#                                  # the FFT convolution forced) and the runtime-only
#                                  # checker, under out/gpu/ (about 3 MiB)
#   scripts/gpu-check.sh run       # on the GPU machine (device tool, carry out/gpu): runs every
#                                  # artifact, compares with the expected logits (1e-5), times it
#
# Device tool call: run(command="bash scripts/gpu-check.sh run", carry=["out/gpu"], timeout_s=300)
set -euo pipefail
cd "$(dirname "$0")/.."
FIXTURES=(tiny-gqa tiny-mha stem-hyena tiny-flashnorm)
case "${1:-}" in
  prepare)
    cargo build --release -p hyenac -p hyenac-runtime --example gpu_check
    mkdir -p out/gpu
    for f in "${FIXTURES[@]}"; do
      target/release/hyenac compile --config "tests/fixtures/$f/config.yml" \
        --weights "tests/fixtures/$f/model.safetensors" --target sm_90 --max-seqlen 256 \
        --quiet -o "out/gpu/$f.hyx"
      cp "tests/fixtures/$f/expected.safetensors" "out/gpu/$f.expected.safetensors"
    done
    # The block-cooperative FFT convolution on every Hyena layer of stem-hyena.
    target/release/hyenac compile --config tests/fixtures/stem-hyena/config.yml \
      --weights tests/fixtures/stem-hyena/model.safetensors --target sm_90 --max-seqlen 256 \
      --force-conv 0=fft --force-conv 1=fft --force-conv 2=fft --force-conv 3=fft --quiet \
      -o out/gpu/stem-hyena-fft.hyx
    cp tests/fixtures/stem-hyena/expected.safetensors out/gpu/stem-hyena-fft.expected.safetensors
    cp target/release/examples/gpu_check out/gpu/
    ls -la out/gpu
    ;;
  run)
    nvidia-smi --query-gpu=name,compute_cap,driver_version --format=csv || true
    args=()
    for f in "${FIXTURES[@]}" stem-hyena-fft; do
      args+=("out/gpu/$f.hyx" "out/gpu/$f.expected.safetensors")
    done
    out/gpu/gpu_check "${args[@]}"
    ;;
  *)
    echo "usage: $0 prepare|run" >&2
    exit 2
    ;;
esac
