#!/usr/bin/env bash
# The whole test suite on a bare machine: installs and starts the services the tests talk to, then runs every test.
# Tests that stop and start the broker (Category=Disruptive) run after the rest, alone, and the fault suite last, alone:
# its faults are timed against a pipeline that is working, not one starved by a dozen test projects sharing two cores.
set -euo pipefail
cd "$(dirname "$0")"

scripts/services.sh up
# What the partner-docs and OpenAPI tests run as a partner would: standardwebhooks and Redocly's linter (pinned in the lock file).
npm ci --prefix tests/partner-tools --no-fund --no-audit --loglevel=error

dotnet build Pipeline.sln -c Release -nologo -v q
dotnet test Pipeline.sln -c Release --no-build -nologo --filter "Category!=Disruptive&Category!=Faults" "$@"
dotnet test Pipeline.sln -c Release --no-build -nologo --filter "Category=Disruptive" "$@"
RELIABILITY_PROFILE=short dotnet test tests/Pipeline.Reliability.Tests -c Release --no-build -nologo --filter "Category=Faults" "$@"

# The fault and hostile-input tables the reliability suite measured in this run (docs/reliability.md says what it means).
if [ -f artifacts/reliability/faults-short.md ]; then cat artifacts/reliability/faults-short.md; fi
if [ -f artifacts/reliability/hostile.md ]; then cat artifacts/reliability/hostile.md; fi
