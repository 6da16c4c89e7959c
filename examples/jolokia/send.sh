#!/usr/bin/env bash
# Sends every request file here to a running agent and prints the answers.
# usage: examples/jolokia/send.sh [JOLOKIA_URL]   (default http://127.0.0.1:8778/jolokia/)
set -euo pipefail
url=${1:-http://127.0.0.1:8778/jolokia/}
cd "$(dirname "$0")"
for f in read-state.json read-all.json exec-refresh.json exec-refresh-and-restart.json exec-rotate-user-key.json bulk.json list.json; do
  echo "== $f"
  curl -sS -H 'Content-Type: application/json' --data-binary @"$f" "$url"
  echo
done
