# The two commands of the README. Each runs the set-up first.
CARGO ?= cargo
HYENAC := target/debug/hyenac
FIXTURE := tests/fixtures/tiny-gqa

.PHONY: setup demo test lint

setup:
	@bash scripts/setup.sh

## demo: the main job on the bundled tiny-gqa model: compile it to an artifact (optimised graph,
## kernels generated through MLIR and LLVM for this CPU, weights and constants in one file), run
## the artifact with the runtime and compare with the fixture's expected logits, again as a 9-token
## prefill and decode steps, generate 12 tokens greedily, serve it and send one completion
## request (`scripts/serve-demo.sh`); then the float64 reference interpreter
## with a 9-token prompt and decode steps.
demo: setup
	$(CARGO) build -p hyenac
	$(HYENAC) compile --config $(FIXTURE)/config.yml --weights $(FIXTURE)/model.safetensors \
	  --max-seqlen 512 --dump-ir out/tiny-gqa-ir -o out/tiny-gqa.hyx
	$(HYENAC) inspect out/tiny-gqa.hyx --seqlen 48
	$(HYENAC) run out/tiny-gqa.hyx --tokens-file $(FIXTURE)/expected.safetensors \
	  --logits-out out/tiny-gqa-logits.safetensors
	$(HYENAC) run out/tiny-gqa.hyx --tokens-file $(FIXTURE)/expected.safetensors --prefill 9 \
	  --logits-out out/tiny-gqa-decode-logits.safetensors
	$(HYENAC) generate out/tiny-gqa.hyx --prompt-tokens 5,17,3,42 --max-new-tokens 12
	bash scripts/serve-demo.sh $(HYENAC) out/tiny-gqa.hyx '[5, 17, 3, 42]'
	$(HYENAC) interpret --config $(FIXTURE)/config.yml --weights $(FIXTURE)/model.safetensors \
	  --tokens-file $(FIXTURE)/expected.safetensors --prefill 9 --logits-out out/tiny-gqa-interp-logits.safetensors

## test: the whole default test suite (what CI runs).
test: setup
	$(CARGO) test --workspace

lint: setup
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
