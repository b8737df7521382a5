#!/usr/bin/env bash
# The demo's server step: serve an artifact on a free loopback port, send one completion
# request with curl, print the answer, shut the server down with SIGTERM.
#   bash scripts/serve-demo.sh HYENAC MODEL.hyx PROMPT_JSON
set -euo pipefail
hyenac=$1 model=$2 prompt=$3
log=$(mktemp)
"$hyenac" serve "$model" --port 0 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  addr=$(grep -o 'http://[0-9.:]*' "$log" || true)
  [ -n "$addr" ] && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
echo "server at $addr; POST /v1/completions {\"prompt\": $prompt, \"max_tokens\": 8, \"temperature\": 0}"
curl -sS --fail-with-body "$addr/v1/completions" -H 'Content-Type: application/json' \
  -d "{\"prompt\": $prompt, \"max_tokens\": 8, \"temperature\": 0}"
echo
kill -TERM $pid
wait $pid
