# The two commands of the README. Each runs the set-up first.
CARGO ?= cargo
HYENAC := target/debug/hyenac
FIXTURE := tests/fixtures/tiny-gqa

.PHONY: setup demo test lint

setup:
	@bash scripts/setup.sh

## demo: the main job on the bundled tiny-gqa model: optimise it, generate native code for this
## CPU through MLIR and LLVM, run it, and compare with the expected logits shipped with the
## fixture; then the same with the float64 reference interpreter, prompt + decode steps.
demo: setup
	$(CARGO) build -p hyenac
	$(HYENAC) jit --config $(FIXTURE)/config.yml --weights $(FIXTURE)/model.safetensors \
	  --tokens-file $(FIXTURE)/expected.safetensors --logits-out out/tiny-gqa-logits.safetensors \
	  --dump-ir out/tiny-gqa-ir
	$(HYENAC) interpret --config $(FIXTURE)/config.yml --weights $(FIXTURE)/model.safetensors \
	  --tokens-file $(FIXTURE)/expected.safetensors --prefill 9 --logits-out out/tiny-gqa-decode-logits.safetensors

## test: the whole default test suite (what CI runs).
test: setup
	$(CARGO) test --workspace

lint: setup
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
