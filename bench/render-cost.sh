#!/usr/bin/env bash
# Cost of the render stage alone: `scan` a folder once for the parsed resumes and their scores, then time each render
# output per resume on one thread (bench/Render.Bench). Prints figures; asserts nothing.
#   bench/render-cost.sh [INPUT_DIR] [ROUNDS]   (default: ../shared/bench/parse-dev/cases, 3 rounds)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
input=$(cd "${1:-$root/../shared/bench/parse-dev/cases}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Pipeline.Cli" -c Release -nologo -v q >/dev/null
dotnet build "$root/bench/Render.Bench" -c Release -nologo -v q >/dev/null
dotnet "$root/src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll" scan "$input" --out "$work" >/dev/null 2>&1 || true
dotnet "$root/bench/Render.Bench/bin/Release/net10.0/Render.Bench.dll" "$work" "${2:-3}"
