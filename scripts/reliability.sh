#!/usr/bin/env bash
# The reliability suite in one command (docs/reliability.md says what it proves):
#   scripts/reliability.sh [short|long] [--docs] [dotnet test options]   faults on private RabbitMQ/PostgreSQL/Azurite,
#                                            request abuse and security checks; `long` pushes each fault harder and holds
#                                            outages longer (the blob store cut for a minute). `short` is what ./test.sh runs.
#   scripts/reliability.sh hostile [--docs]                                every hostile file kind through the four services
#   scripts/reliability.sh load [--minutes 10] [--rate 2] [--batch-size 200] [--batch-every 4] [--docs]
#                                            the steady load run, single scans and batches (memory, latency, queues)
# Tables go to artifacts/reliability/; with --docs they also replace the ones in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-short}; shift || true
docs=0; rest=()
for arg in "$@"; do if [ "$arg" = --docs ]; then docs=1; else rest+=("$arg"); fi; done

# Replaces what stands between <!-- NAME:begin --> and <!-- NAME:end --> in docs/reliability.md with a file's text.
put_in_docs() {
  local name=$1 file=$2 doc=docs/reliability.md
  awk -v name="$name" -v file="$file" '
    $0 == "<!-- " name ":begin -->" { print; while ((getline line < file) > 0) print line; skip = 1; next }
    $0 == "<!-- " name ":end -->" { skip = 0 }
    !skip { print }' "$doc" >"$doc.new" && mv "$doc.new" "$doc"
}

# The hostile-input table of this run (written as each kind ends), printed and with --docs put in the page.
hostile_table() {
  local table=artifacts/reliability/hostile.md
  if [ -f "$table" ]; then cat "$table"; [ $docs = 0 ] || put_in_docs hostile "$table"; fi
}

scripts/services.sh up
case $mode in
  short|long)
    dotnet build tests/Pipeline.Reliability.Tests -c Release -nologo -v q
    status=0
    RELIABILITY_PROFILE=$mode dotnet test tests/Pipeline.Reliability.Tests -c Release --no-build -nologo "${rest[@]}" || status=$?
    table=artifacts/reliability/faults-$mode.md
    if [ -f "$table" ]; then cat "$table"; [ $docs = 0 ] || put_in_docs "faults-$mode" "$table"; fi
    hostile_table
    exit $status ;;
  hostile)
    dotnet build tests/Pipeline.Reliability.Tests -c Release -nologo -v q
    status=0
    dotnet test tests/Pipeline.Reliability.Tests -c Release --no-build -nologo --filter "Category=Hostile" "${rest[@]}" || status=$?
    hostile_table
    exit $status ;;
  load)
    dotnet run -c Release --project bench/Pipeline.LoadBench -- steady "${rest[@]}"
    if [ $docs = 1 ]; then
      cp artifacts/reliability/load.svg docs/reliability-load.svg
      put_in_docs load artifacts/reliability/load.md
    fi ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
