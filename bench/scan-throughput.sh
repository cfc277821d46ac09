#!/usr/bin/env bash
# Throughput of `scan` (parse, score and render, every output written) over a folder of resumes: resumes per second
# and CPU use with every core, then with one core for comparison. Prints figures; asserts nothing.
#   bench/scan-throughput.sh [INPUT_DIR] [ROUNDS]   (default: ../shared/bench/parse-dev/cases, 3 rounds)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
input=$(cd "${1:-$root/../shared/bench/parse-dev/cases}" && pwd)
rounds=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Pipeline.Cli" -c Release -nologo -v q >/dev/null
pipeline=(dotnet "$root/src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll")
files=$(find "$input" -type f \( -iname '*.pdf' -o -iname '*.docx' -o -iname '*.txt' -o -iname '*.md' \) | wc -l)
echo "$files resumes in $input, $(nproc) cores, best of $rounds rounds (each includes process start-up)"

run() { # label, extra env
  local label=$1 best=""
  shift
  for _ in $(seq "$rounds"); do
    rm -rf "$work/out"
    /usr/bin/time -f '%e %U %S' -o "$work/time" env "$@" "${pipeline[@]}" scan "$input" --out "$work/out" >/dev/null 2>&1 || true
    read -r wall user sys < "$work/time"
    if [ -z "$best" ] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best="$wall $user $sys"; fi
  done
  read -r wall user sys <<< "$best"
  awk -v l="$label" -v n="$files" -v w="$wall" -v u="$user" -v s="$sys" \
    'BEGIN{printf "%-12s %6.2f s wall  %6.1f resumes/s  CPU %4.0f%% (%.2f s user+sys)\n", l, w, n/w, 100*(u+s)/w, u+s}'
}
run "all cores"
run "one core" DOTNET_PROCESSOR_COUNT=1
echo "complete results (six files) in the last run: $(find "$work/out" -name '*.optimized.docx' | wc -l) of $files"
