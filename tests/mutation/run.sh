#!/usr/bin/env bash
# Mutation testing of the statutory rules (docs/testing.md, "Mutation testing").
#
#   tests/mutation/run.sh            # from any directory; a fresh clone needs nothing else but the .NET SDK
#
# Runs Stryker.NET (the local tool in dotnet-tools.json) with tests/mutation/stryker-config.json: it mutates the rule
# files of src/ZezhouDisclosure.Domain listed there and runs tests/ZezhouDisclosure.Domain.Tests against every mutant.
# Exits non-zero when the mutation score is below the break threshold (85 %) or the run fails; the last line it prints
# is "Mutation score: N %" (or "Mutation score: none" when Stryker produced no score).
# Reports: .ci-work/mutation/reports/mutation-report.html and .json; the full log is .ci-work/mutation/stryker.log.
#
# Settings (environment): STRYKER_CONCURRENCY (2).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT="$ROOT/.ci-work/mutation"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
rm -rf "$OUT"
mkdir -p "$OUT"

dotnet tool restore >/dev/null

# Stryker runs in the test project's folder: from the repository root it would take the solution and refuse a
# single test project.
t0=$(date +%s)
set +e
(cd tests/ZezhouDisclosure.Domain.Tests && dotnet tool run dotnet-stryker \
    --config-file ../mutation/stryker-config.json \
    --concurrency "${STRYKER_CONCURRENCY:-2}" \
    --output "$OUT" \
    --skip-version-check) \
    2>&1 | tee "$OUT/stryker.log"
rc=${PIPESTATUS[0]}
set -e

score=$(sed -n 's/.*The final mutation score is \([0-9.]*\) *%.*/\1/p' "$OUT/stryker.log" | tail -1)
echo "Mutation run took $(($(date +%s) - t0)) s (exit code $rc)."
echo "Mutation score: ${score:-none}${score:+ %}"
if [ -z "$score" ] && [ "$rc" -eq 0 ]; then
    rc=1
fi
exit "$rc"
