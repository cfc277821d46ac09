#!/usr/bin/env bash
# The whole test suite on a bare machine: installs and starts the services the tests talk to, then runs every test.
# Tests that stop and start the broker (Category=Disruptive) run last, alone.
set -euo pipefail
cd "$(dirname "$0")"

scripts/services.sh up
# What the partner-docs and OpenAPI tests run as a partner would: standardwebhooks and Redocly's linter (pinned in the lock file).
npm ci --prefix tests/partner-tools --no-fund --no-audit --loglevel=error

dotnet build Pipeline.sln -c Release -nologo -v q
dotnet test Pipeline.sln -c Release --no-build -nologo --filter "Category!=Disruptive" "$@"
dotnet test Pipeline.sln -c Release --no-build -nologo --filter "Category=Disruptive" "$@"

# The fault table the reliability suite measured in this run (docs/reliability.md says what it means).
if [ -f artifacts/reliability/faults-short.md ]; then cat artifacts/reliability/faults-short.md; fi
