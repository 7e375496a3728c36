#!/usr/bin/env bash
# Inspection at scale (issue 13, docs/performance.md "Inspection at scale"). Not part of the test run.
#
#   tests/benchmark/inspect.sh                                          # full scale: the benchmark's 200 000 documents, 36 units
#   DOCS=2000 CATALOGUE_ITEMS=200 REQUESTS=500 tests/benchmark/inspect.sh   # small scale (a check that the script works)
#
# Same conventions as run.sh: the data generator's database cached in tests/benchmark/.data (same key, so a database
# run.sh generated is reused), the portal published there (SKIP_BUILD=1 reuses it), Production environment, the
# benchmark's data-protection certificate, SQLite in a run directory that is a copy of the cache.
#
# What it does:
#  1. starts the portal on a copy of the cached database (after `migrate` and `rebuild-search-index`, as run.sh does);
#  2. baseline: wrk on a public list page and a document page, DURATION (20s) each at CONNECTIONS (16), every request
#     with its own query value (BENCH_BUST=1) so the output cache does not answer and the database is read;
#  3. starts the `inspect --no-external-links` command against the same database file (a second process, as an
#     operator or the nightly job would run it; external links are not fetched, so the figure is the portal's own
#     work and not the internet's) and, while it runs, measures the same pages again the same way; when one inspection
#     ends before the measurements do (small scale) the next one starts, so the load lasts the whole measurement;
#  4. waits for the inspection to end and writes the first inspection's duration, its findings and the slowdown of
#     the pages (req/s, p50, p99) to tests/benchmark/results/inspect-STAMP.md.
#
# Settings (environment): DOCS, CATALOGUE_ITEMS, REQUESTS, SEED (as run.sh), DURATION (20s), CONNECTIONS (16),
# THREADS (2), WARMUP (5s per page), APP_PORT (5191), TIMEOUT (30s), SKIP_BUILD (1 = reuse the published portal and the
# generator's last build), KEEP_RUN (1 = keep the run directory), INSPECT_ARGS (--no-external-links; the command is paced
# at Portal:Inspector:DutyCycle like the nightly run: add `--duty-cycle 1` to measure it at full speed).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH="$ROOT/tests/benchmark"
DOCS=${DOCS:-200000}
CATALOGUE_ITEMS=${CATALOGUE_ITEMS:-20000}
REQUESTS=${REQUESTS:-50000}
SEED=${SEED:-20261127}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
APP_PORT=${APP_PORT:-5191}
TIMEOUT=${TIMEOUT:-30s}
INSPECT_ARGS=${INSPECT_ARGS:---no-external-links}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

t0=$(date +%s)
log() { echo "[inspect +$(($(date +%s) - t0))s] $*"; }
die() { echo "[inspect] ERROR: $*" >&2; exit 1; }

for tool in wrk curl dotnet; do command -v "$tool" >/dev/null 2>&1 || die "$tool is not on PATH (run.sh installs wrk)"; done

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RUN=$(mktemp -d "${TMPDIR:-/tmp}/zd-inspect.XXXXXX")
mkdir -p "$BENCH/results"
RESULT="$BENCH/results/inspect-$STAMP.md"
APP_PID=""
LOOP_PID=""
cleanup() {
    local rc=$?
    touch "$RUN/stop" 2>/dev/null || true
    for pid in $LOOP_PID $APP_PID; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    if [ "${KEEP_RUN:-0}" = 1 ]; then echo "[inspect] run directory kept: $RUN"; else rm -rf "$RUN"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------------------
# Build and data, exactly as run.sh (same cache key: a database run.sh generated is reused)
# ---------------------------------------------------------------------------------------------------------------------
DATA="$BENCH/.data"
APP="$DATA/app"
mkdir -p "$DATA"
if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$APP/ZezhouDisclosure.Web.dll" ]; then
    log "SKIP_BUILD=1: reusing the portal published in $APP and the generator's last build"
else
    log "building the data generator and publishing the portal (Release)"
    dotnet build tests/ZezhouDisclosure.Benchmarks/DataGenerator -c Release -nologo -v q >"$RUN/build.log" 2>&1 \
        || { tail -30 "$RUN/build.log"; die "generator build failed"; }
    rm -rf "$APP"
    dotnet publish src/ZezhouDisclosure.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
        -nologo -v q -o "$APP" >>"$RUN/build.log" 2>&1 \
        || { tail -30 "$RUN/build.log"; die "publish failed"; }
fi
grep -aqP 'i\x00n\x00s\x00p\x00e\x00c\x00t\x00' "$APP"/ZezhouDisclosure.Web.dll || die "the published portal has no inspect command (publish again without SKIP_BUILD)"
GENERATOR=tests/ZezhouDisclosure.Benchmarks/DataGenerator/bin/Release/net10.0/ZezhouDisclosure.Benchmarks.DataGenerator.dll

code_hash=$(find tests/ZezhouDisclosure.Benchmarks/DataGenerator \
        src/ZezhouDisclosure.Infrastructure/Persistence/Seeding \
        src/ZezhouDisclosure.Migrations.Sqlite/Migrations -type f \( -name '*.cs' -o -name '*.json' -o -name '*.csproj' \) \
        -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z | xargs -0 sha1sum | sha1sum | cut -c1-10)
DB_CACHE="$DATA/zezhou-d$DOCS-c$CATALOGUE_ITEMS-r$REQUESTS-s$SEED-$code_hash.db"
export DataProtection__CertificatePath="$DATA/keys/benchmark-dataprotection.pfx"
if [ ! -f "$DB_CACHE" ] || [ ! -f "$DB_CACHE.manifest.json" ] || [ ! -f "$DataProtection__CertificatePath" ]; then
    log "generating data: $DOCS documents, $CATALOGUE_ITEMS catalogue items, $REQUESTS applications"
    rm -f "$DATA"/zezhou-d"$DOCS"-c"$CATALOGUE_ITEMS"-r"$REQUESTS"-s"$SEED"-*.db* 2>/dev/null || true
    dotnet "$GENERATOR" --db "$DB_CACHE.tmp" --documents "$DOCS" --catalogue-items "$CATALOGUE_ITEMS" \
        --requests "$REQUESTS" --seed "$SEED" --force
    mv "$DB_CACHE.tmp.manifest.json" "$DB_CACHE.manifest.json"
    mv "$DB_CACHE.tmp" "$DB_CACHE"
else
    log "using cached data $DB_CACHE"
fi
MANIFEST="$DB_CACHE.manifest.json"
manifest() { sed -n "s/^ *\"$1\": \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" "$MANIFEST" | head -1; }

mkdir -p "$RUN/data"
cp "$DB_CACHE" "$RUN/data/zezhou.db"
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=Sqlite Database__DataDirectory="$RUN/data" ConnectionStrings__Default="Data Source=$RUN/data/zezhou.db"
export Portal__DemoData=false Portal__RequireHttps=false
export Serilog__MinimumLevel__Default=Warning Logging__LogLevel__Default=Warning
export ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT"
# The portal's own nightly run and monthly reports must not start during the measurement.
export Portal__Inspector__Nightly=false Portal__Inspector__MonthlyReports=false
export Portal__Site__Address="${Portal__Site__Address:-山西省晋城市泽州县（基准测试）}"
export Portal__Site__Phone="${Portal__Site__Phone:-0356-0000000（基准测试）}"
export Portal__Site__SiteIdCode="${Portal__Site__SiteIdCode:-1405250000（基准测试）}"
export Portal__Site__IcpNumber="${Portal__Site__IcpNumber:-晋ICP备00000000号（基准测试）}"
export Portal__Site__PoliceRecordNumber="${Portal__Site__PoliceRecordNumber:-晋公网安备 14052500000000号（基准测试）}"

log "migrate and rebuild-search-index on the copy"
(cd "$APP" && dotnet ZezhouDisclosure.Web.dll migrate) >"$RUN/migrate.log" 2>&1 || { tail -20 "$RUN/migrate.log"; die "migrate failed"; }
(cd "$APP" && timeout 3600 dotnet ZezhouDisclosure.Web.dll rebuild-search-index) >"$RUN/rebuild.log" 2>&1 \
    || { tail -20 "$RUN/rebuild.log"; die "rebuild-search-index failed"; }
JOURNAL=$(command -v sqlite3 >/dev/null 2>&1 && sqlite3 "$RUN/data/zezhou.db" 'PRAGMA journal_mode;' || echo "unknown (no sqlite3)")
log "SQLite journal mode: $JOURNAL"

# ---------------------------------------------------------------------------------------------------------------------
# Portal
# ---------------------------------------------------------------------------------------------------------------------
(exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null && die "port $APP_PORT is in use (set APP_PORT)"
log "starting the portal on 127.0.0.1:$APP_PORT"
(cd "$APP" && exec dotnet ZezhouDisclosure.Web.dll) >"$RUN/app.log" 2>&1 &
APP_PID=$!
start=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/" 2>/dev/null)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$RUN/app.log"; die "the portal stopped"; }
    [ $(( $(date +%s) - start )) -lt 120 ] || die "no page after 120 s"
    sleep 0.1
done

LIST="/$(manifest listColumn)"
DOCUMENT="/xxgk/doc/$(manifest documentId)"
for path in "$LIST" "$DOCUMENT"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT$path")
    [ "$status" = 200 ] || die "$path answered $status"
done

# measure LABEL PATH → appends "label<TAB>path<TAB>rps<TAB>p50<TAB>p99<TAB>non2xx<TAB>errors" to runs.tsv
measure() {
    local label=$1 path=$2 line
    line=$(BENCH_BUST=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$BENCH/report.lua" \
        "http://127.0.0.1:$APP_PORT$path" | grep '^RESULT ' | cut -c8-)
    [ -n "$line" ] || die "wrk printed no result for $path"
    echo "$line" | awk -v l="$label" -v p="$path" '
        function field(k,   m) { if (match($0, "\"" k "\":[-0-9.]+")) { m = substr($0, RSTART, RLENGTH); sub(/^[^:]*:/, "", m); return m + 0 } return 0 }
        { printf "%s\t%s\t%.1f\t%.2f\t%.2f\t%d\t%d\n", l, p, field("rps"), field("p50_ms"), field("p99_ms"), field("non2xx"), field("socket_errors") }' \
        | tee -a "$RUN/runs.tsv" | awk -F'\t' '{ printf "[inspect]   %-9s %-40s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  errors %s\n", $1, $2, $3, $4, $5, $6, $7 }'
}

log "warming up ($WARMUP per page)"
for path in "$LIST" "$DOCUMENT"; do
    BENCH_BUST=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s "$BENCH/report.lua" "http://127.0.0.1:$APP_PORT$path" >/dev/null
done

log "baseline: $DURATION per page at $CONNECTIONS connections, output cache bypassed"
: >"$RUN/runs.tsv"
measure baseline "$LIST"
measure baseline "$DOCUMENT"

# ---------------------------------------------------------------------------------------------------------------------
# Inspection while the pages are measured again
# ---------------------------------------------------------------------------------------------------------------------
log "inspect $INSPECT_ARGS, measuring the same pages meanwhile"
(
    n=0
    while [ ! -f "$RUN/stop" ]; do
        n=$((n + 1))
        s=$(date +%s%N)
        # shellcheck disable=SC2086
        (cd "$APP" && dotnet ZezhouDisclosure.Web.dll inspect $INSPECT_ARGS) >"$RUN/inspect-$n.log" 2>&1 || echo "exit $?" >>"$RUN/inspect-$n.log"
        awk -v a="$s" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f\n", (b - a) / 1e9 }' >"$RUN/inspect-$n.wall"
    done
) &
LOOP_PID=$!
sleep 1
measure inspecting "$LIST"
measure inspecting "$DOCUMENT"
touch "$RUN/stop"
log "measurements done; waiting for the running inspection to end"
wait "$LOOP_PID" || true
LOOP_PID=""
RUNS=$(ls "$RUN"/inspect-*.wall 2>/dev/null | wc -l)
[ -f "$RUN/inspect-1.log" ] || die "the inspection did not run"
grep -q '^Inspection of' "$RUN/inspect-1.log" || { cat "$RUN/inspect-1.log"; die "the first inspection failed"; }
FIRST=$(grep '^Inspection of' "$RUN/inspect-1.log")
SECONDS_INSPECTION=$(echo "$FIRST" | sed -n 's/.* finished in \([0-9.]*\) s.*/\1/p')
LINKS=$(grep '^External links' "$RUN/inspect-1.log")
PACE=$(grep -E '^(Paced at|Not paced)' "$RUN/inspect-1.log" || echo "Pacing: not reported (a portal from before the duty cycle).")
# grep -c exits 1 when no file has a match (a clean run): that must not end the script under pipefail.
ERRORS_LOGGED=$({ grep -cE ' (ERR|FTL)\]|database is locked|SQLITE_BUSY' "$RUN/app.log" "$RUN"/inspect-*.log || true; } | awk -F: '{ s += $NF } END { print s + 0 }')

# ---------------------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------------------
row() { # path label column
    awk -F'\t' -v p="$1" -v l="$2" -v c="$3" '$1 == l && $2 == p { print $c }' "$RUN/runs.tsv"
}
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == 0) print "–"; else printf "%+.1f %%", (b - a) / a * 100 }'; }
{
    echo "# Inspection at scale, $STAMP"
    echo
    echo "Scale: $DOCS documents ($(manifest publishedDocuments) published), $(manifest catalogueVersionItems) catalogue items, $(manifest requests) applications; $(echo "$FIRST" | sed -n 's/.*: \([0-9]*\) unit(s).*/\1/p') units."
    echo "Machine: $(nproc) × $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). SQLite journal mode: $JOURNAL."
    echo "Method: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, every request with its own query value (output cache bypassed), list page then document page; first alone (baseline), then while \`inspect $INSPECT_ARGS\` runs against the same database file (restarted when it ends before the measurements do: $RUNS run(s))."
    echo
    echo "**Inspection:** $SECONDS_INSPECTION s (first run, measured by the command, while the pages were loaded) — target < 300 s: $(awk -v s="$SECONDS_INSPECTION" 'BEGIN { print (s < 300 ? "met" : "missed") }')."
    echo
    echo "\`$FIRST\`"
    echo
    echo "$LINKS"
    echo
    echo "$PACE"
    echo
    echo "Per check (first run):"
    echo
    echo '```'
    grep '^  ' "$RUN/inspect-1.log" || true
    echo '```'
    echo
    echo "| page | baseline req/s | during req/s | change | baseline p50 ms | during p50 ms | change | baseline p99 ms | during p99 ms | change | non-2xx / errors during |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    worst=0
    for path in "$LIST" "$DOCUMENT"; do
        br=$(row "$path" baseline 3); dr=$(row "$path" inspecting 3)
        b50=$(row "$path" baseline 4); d50=$(row "$path" inspecting 4)
        b99=$(row "$path" baseline 5); d99=$(row "$path" inspecting 5)
        echo "| \`$path\` | $br | $dr | $(pct "$br" "$dr") | $b50 | $d50 | $(pct "$b50" "$d50") | $b99 | $d99 | $(pct "$b99" "$d99") | $(row "$path" inspecting 6) / $(row "$path" inspecting 7) |"
    done
    slow=$(awk -F'\t' '$1 == "baseline" { b[$2] = $3 } $1 == "inspecting" { d[$2] = $3 } END { m = 0; for (p in b) if (b[p] > 0) { s = (b[p] - d[p]) / b[p] * 100; if (s > m) m = s } printf "%.1f", m }' "$RUN/runs.tsv")
    echo
    echo "**Slowdown of public pages (req/s, worst page):** $slow % — target ≤ 20 %: $(awk -v s="$slow" 'BEGIN { print (s <= 20 ? "met" : "missed") }'). Errors, \"database is locked\" or SQLITE_BUSY in the logs: $ERRORS_LOGGED."
} >"$RESULT"
echo
cat "$RESULT"
log "results: $RESULT"
