# The two commands of the README. Each runs the set-up first.
CARGO ?= cargo
HYENAC := target/debug/hyenac
FIXTURE := tests/fixtures/tiny-gqa

.PHONY: setup demo test lint

setup:
	@bash scripts/setup.sh

## demo: the main job on the bundled tiny-gqa model (for now: the float64 interpreter, compared
## with the expected logits shipped with the fixture).
demo: setup
	$(CARGO) build -p hyenac
	$(HYENAC) interpret --config $(FIXTURE)/config.yml --weights $(FIXTURE)/model.safetensors \
	  --tokens-file $(FIXTURE)/expected.safetensors --logits-out out/tiny-gqa-logits.safetensors
	$(HYENAC) interpret --config $(FIXTURE)/config.yml --weights $(FIXTURE)/model.safetensors \
	  --tokens-file $(FIXTURE)/expected.safetensors --prefill 9 --logits-out out/tiny-gqa-decode-logits.safetensors

## test: the whole default test suite (what CI runs).
test: setup
	$(CARGO) test --workspace

lint: setup
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
