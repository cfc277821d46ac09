#!/usr/bin/env bash
# Round trip of the ATS rewrite: parse every file of a labelled set (A), write the rewrite as PDF and DOCX with `scan`,
# parse those back (B), and score B against A with the parse-dev scorer. Prints the scorer's per-field table for the
# PDFs and DOCX files together, then for each format alone. Asserts nothing.
#   bench/rewrite-roundtrip.sh [CASES_DIR]   (default: ../shared/bench/parse-dev/cases)
#   ROUNDTRIP_KEEP=DIR keeps every intermediate file there (A, the rewrites, B) for a look.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cases=$(cd "${1:-$root/../shared/bench/parse-dev/cases}" && pwd)
scorer="$cases/../score.mjs"
if [ -n "${ROUNDTRIP_KEEP:-}" ]; then
  work=$ROUNDTRIP_KEEP
  rm -rf "$work" && mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

dotnet build "$root/src/Pipeline.Cli" -c Release -nologo -v q >/dev/null
pipeline=(dotnet "$root/src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll")

# A, and the rewrites drawn from it.
"${pipeline[@]}" scan "$cases" --out "$work/scan" >/dev/null 2>"$work/scan-failures.txt" || true

# One scorer case per original file: truth.json is A, the case's files are its two rewrites.
while IFS= read -r -d '' parsed; do
  rel=${parsed#"$work/scan/"}
  rel=${rel%.json}
  [ -f "$work/scan/$rel.optimized.pdf" ] || continue
  id=${rel//\//--}
  mkdir -p "$work/truth/$id" "$work/rewrites/$id"
  cp "$parsed" "$work/truth/$id/truth.json"
  cp "$work/scan/$rel.optimized.pdf" "$work/rewrites/$id/optimized.pdf"
  cp "$work/scan/$rel.optimized.docx" "$work/rewrites/$id/optimized.docx"
  cat > "$work/truth/$id/meta.json" <<JSON
{ "id": "$id", "files": {
  "optimized.pdf": { "layout": "optimized", "format": "pdf", "unscored": [] },
  "optimized.docx": { "layout": "optimized", "format": "docx", "unscored": [] } } }
JSON
done < <(find "$work/scan" -name '*.json' ! -name '*.score.json' -print0)

# B.
"${pipeline[@]}" parse "$work/rewrites" --out "$work/pred" >/dev/null 2>"$work/parse-failures.txt" || true

originals=$(find "$cases" -mindepth 2 -type f ! -name '*.json' | wc -l)
echo "files: $originals in the set, $(ls "$work/truth" | wc -l) parsed and rewritten, $(wc -l < "$work/scan-failures.txt") failed in scan, $(wc -l < "$work/parse-failures.txt") rewrites failed to parse back"
cat "$work/scan-failures.txt" "$work/parse-failures.txt"
echo
echo "== rewrite round trip, PDF and DOCX =="
node "$scorer" --cases "$work/truth" --pred "$work/pred"
for format in pdf docx; do
  echo
  echo "== $format only =="
  node "$scorer" --cases "$work/truth" --pred "$work/pred" --formats "$format" | grep -E '^(field|[a-z]+\.|sections|overall_f1)'
done
