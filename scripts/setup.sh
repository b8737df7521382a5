#!/usr/bin/env bash
# Installs what hyenac needs to build on Debian 12, and nothing when all is present (idempotent;
# a second run takes well under a second). Uses apt-get as root, sudo otherwise.
set -euo pipefail

LLVM_PREFIX=/usr/lib/llvm-22
PACKAGES=(llvm-22-dev libmlir-22-dev mlir-22-tools clang-22 libpolly-22-dev libzstd-dev libz3-dev libxml2-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for f in "$LLVM_PREFIX/bin/llvm-config" "$LLVM_PREFIX/bin/mlir-opt" "$LLVM_PREFIX/include/mlir-c/IR.h"; do
  [ -e "$f" ] || { echo "setup: $f is missing after installing LLVM/MLIR 22" >&2; exit 1; }
done
command -v cargo >/dev/null || { echo "setup: cargo is not on PATH (install Rust with rustup)" >&2; exit 1; }

# ptxas and libdevice for the GPU back end (NVIDIA's nvcc wheel from PyPI; no CUDA toolkit or
# driver needed): libdevice resolves the math functions of generated kernels, ptxas checks the
# PTX in the tests.
NVCC_DIR="$(cd "$(dirname "$0")/.." && pwd)/.tools/cuda-nvcc"
if [ ! -x "$NVCC_DIR/nvidia/cuda_nvcc/bin/ptxas" ]; then
  echo "setup: installing ptxas and libdevice (nvidia-cuda-nvcc-cu12) into $NVCC_DIR" >&2
  python3 -m pip install --quiet --disable-pip-version-check --no-deps --target "$NVCC_DIR" \
    nvidia-cuda-nvcc-cu12==12.9.86
fi
