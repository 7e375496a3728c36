#!/usr/bin/env bash
# The bad-input sweep at full size: every kind of hostile input (tests/ZezhouDisclosure.Web.Tests/Sweep/HostileInputs.cs)
# into every route and every form field, as anonymous, clerk, reviewer and administrator, in the Production environment.
# ./test.sh runs the same tests at reduced size (ZD_SWEEP_SIZE unset = 2 kinds per target). See docs/testing.md.
# Usage: tests/sweep/run-full.sh [kinds per target, default "full"]
set -euo pipefail
cd "$(dirname "$0")/../.."
export ZD_SWEEP_SIZE="${1:-full}"
dotnet build tests/ZezhouDisclosure.Web.Tests -c Release -v q -nologo
dotnet test tests/ZezhouDisclosure.Web.Tests -c Release --no-build --filter "Category=Sweep" \
  --logger "console;verbosity=detailed"
