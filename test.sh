#!/usr/bin/env bash
# Builds and runs every test project, the way CI does (docs/testing.md).
#
#  1. Installs what the tests need when it is missing (apt, as root): chromium and CJK fonts for the browser tests,
#     PostgreSQL for the provider tests.
#  2. Starts a throwaway PostgreSQL cluster on 127.0.0.1 and exports ZD_TEST_POSTGRES. When PostgreSQL cannot be
#     installed or started, it warns and goes on without the variable: those tests then show as skipped, not passed.
#  3. Restores, builds (Release) and tests ZezhouDisclosure.sln; the full log is .ci-work/test.log.
#  4. When the tests passed, runs the mutation tests of the statutory rules (tests/mutation/run.sh, Stryker.NET; log
#     in .ci-work/mutation/) and prints "Mutation score: N %" on its own line. A score below the break threshold (85 %)
#     or a failed run makes the exit code non-zero. ZD_SKIP_MUTATION=1 skips it (a quicker local run; CI never sets it).
#  5. Ends with exactly one line, "N passed, N failed, N skipped", and exits with dotnet test's exit code
#     (non-zero as well when no test ran at all, or when the mutation run failed).
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$PWD
WORK="$ROOT/.ci-work"
rm -rf "$WORK/tmp"  # leftovers of an earlier run (test databases, sockets)
mkdir -p "$WORK/tmp"
export TMPDIR="$WORK/tmp"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild nodes left running after the script (they could also keep the tee pipe open).
export MSBUILDDISABLENODEREUSE=1
export DEBIAN_FRONTEND=noninteractive

t0=$(date +%s)
log() { echo "[test.sh +$(($(date +%s) - t0))s] $*"; }
warn() { echo "[test.sh +$(($(date +%s) - t0))s] WARNING: $*" >&2; }

# The one summary line. Sums VSTest's per-assembly "Passed!/Failed!  - Failed: n, Passed: n, Skipped: n, Total: n"
# lines; with a detailed console logger VSTest prints "Total tests: / Passed: / Failed: / Skipped:" blocks instead,
# which are used when there is no Passed!/Failed! line.
summary() {
    awk '
        /^(Passed|Failed)! +- +Failed:/ {
            line = $0; sub(/^[^-]*- +/, "", line); n = split(line, parts, ",")
            for (i = 1; i <= n; i++) {
                split(parts[i], kv, ":"); key = kv[1]; gsub(/ /, "", key); value = kv[2] + 0
                if (key == "Failed") bf += value; else if (key == "Passed") bp += value; else if (key == "Skipped") bs += value
            }
            bang = 1; next
        }
        /^Total tests: +[0-9]+$/ { blocks++ }
        /^ +Passed: +[0-9]+$/ { tp += $2 }
        /^ +Failed: +[0-9]+$/ { tf += $2 }
        /^ +Skipped: +[0-9]+$/ { ts += $2 }
        END {
            if (bang) printf "%d passed, %d failed, %d skipped\n", bp, bf, bs
            else printf "%d passed, %d failed, %d skipped\n", tp, tf, ts
        }' "${1:-/dev/null}"
}

run_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -E "$@"
    else return 1
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# 1. System packages
# ---------------------------------------------------------------------------------------------------------------
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

missing_browser=()
for package in chromium fonts-noto-cjk fonts-wqy-microhei; do
    is_installed "$package" || missing_browser+=("$package")
done
missing_pg=()
if ! is_installed postgresql || [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    missing_pg+=(postgresql)
fi

if [ $((${#missing_browser[@]} + ${#missing_pg[@]})) -gt 0 ]; then
    log "installing: ${missing_browser[*]} ${missing_pg[*]}"
    apt_get() { run_as_root apt-get -o DPkg::Lock::Timeout=600 "$@"; }
    if ! apt_get update -qq; then
        warn "apt-get update failed (not root, or no network); trying to install anyway."
    fi
    if [ ${#missing_browser[@]} -gt 0 ] && ! apt_get install -y -qq "${missing_browser[@]}" >/dev/null; then
        warn "could not install ${missing_browser[*]}: the browser tests will fail and say why."
    fi
    if [ ${#missing_pg[@]} -gt 0 ] && ! apt_get install -y -qq postgresql >/dev/null; then
        warn "could not install postgresql: the PostgreSQL tests will be skipped."
    fi
    log "apt done"
fi

# ---------------------------------------------------------------------------------------------------------------
# 2. Throwaway PostgreSQL on 127.0.0.1 (initdb refuses root, so the cluster runs as the postgres user)
# ---------------------------------------------------------------------------------------------------------------
PGBIN=$(pg_bin)
PGDIR=""
PG_USER_CMD=()
PG_PASSWORD="zezhou-test"

stop_postgres() {
    if [ -n "$PGDIR" ] && [ -f "$PGDIR/data/postmaster.pid" ]; then
        "${PG_USER_CMD[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$PGDIR" ]; then rm -rf "$PGDIR" 2>/dev/null || true; fi
}
trap stop_postgres EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
    [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || { warn "PostgreSQL is not installed."; return 1; }
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { warn "there is no postgres user."; return 1; }
        PG_USER_CMD=(runuser -u postgres --)
    fi

    PGDIR=$(mktemp -d "$WORK/pg.XXXXXX")
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$PGDIR"
        # A checkout under a private home (e.g. /root) is not reachable by the postgres user.
        if ! runuser -u postgres -- test -w "$PGDIR"; then
            rm -rf "$PGDIR"
            PGDIR=$(mktemp -d /tmp/zd-pg.XXXXXX)
            chown postgres:postgres "$PGDIR"
            warn "the postgres user cannot reach $WORK; the cluster lives in $PGDIR instead."
        fi
    fi

    "${PG_USER_CMD[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$PGDIR/initdb.log" 2>&1 || { warn "initdb failed: $(tail -3 "$PGDIR/initdb.log")"; return 1; }

    # TCP only (no Unix socket, so the directory's path length does not matter); durability off, it is thrown away.
    local candidate
    for candidate in 55433 55434 55435 55436 55437 $((56000 + RANDOM % 4000)) $((56000 + RANDOM % 4000)); do
        port_in_use "$candidate" && continue
        if "${PG_USER_CMD[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/pg.log" -w -t 60 \
            -o "-p $candidate -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            PGPORT=$candidate
            break
        fi
    done
    [ -n "${PGPORT:-}" ] || { warn "PostgreSQL did not start: $(tail -3 "$PGDIR/pg.log" 2>/dev/null)"; return 1; }

    "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc \
        "create role zezhou login password '$PG_PASSWORD' createdb;" >/dev/null \
        || { warn "could not create the zezhou role."; return 1; }
}

PGPORT=""
if start_postgres; then
    export ZD_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=zezhou;Password=$PG_PASSWORD;Database=zd_test"
    log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT (ZD_TEST_POSTGRES set)"
else
    stop_postgres
    PGDIR=""
    unset ZD_TEST_POSTGRES
    warn "continuing without PostgreSQL: its tests will show as skipped."
fi

# ---------------------------------------------------------------------------------------------------------------
# 3. Restore, build, test
# ---------------------------------------------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
    for candidate in "$HOME/.dotnet" /usr/share/dotnet /usr/lib/dotnet; do
        if [ -x "$candidate/dotnet" ]; then export PATH="$candidate:$PATH" DOTNET_ROOT="$candidate"; break; fi
    done
fi
command -v dotnet >/dev/null 2>&1 || { echo "dotnet (the .NET 10 SDK) is not on PATH." >&2; summary; exit 1; }

TEST_LOG="$WORK/test.log"
: >"$TEST_LOG"

step() {
    local name=$1; shift
    log "$name"
    local rc=0
    "$@" || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "$name failed (exit code $rc)." >&2
        summary
        exit "$rc"
    fi
}
step "dotnet tool restore" dotnet tool restore
step "dotnet restore" dotnet restore ZezhouDisclosure.sln
step "dotnet build (Release)" dotnet build ZezhouDisclosure.sln -c Release --no-restore -nologo
log "dotnet test (Release)"

set +e
dotnet test ZezhouDisclosure.sln -c Release --no-build --nologo \
    --logger "console;verbosity=normal" --blame-hang-timeout 15m 2>&1 | tee "$TEST_LOG"
rc=${PIPESTATUS[0]}
set -e

log "tests done (dotnet test exit code $rc)"
stop_postgres
PGDIR=""
line=$(summary "$TEST_LOG")
read -r passed _ failed _ skipped _ <<<"$line"
if [ "$failed" -gt 0 ] 2>/dev/null; then
    # CI keeps only the tail of the log: name the failures again here, with their first lines of error.
    echo "Failed tests:"
    # || true: with pipefail, head closing the pipe after 60 lines makes grep exit 141; that must not end the script.
    grep -A 3 -E '^\s+Failed [A-Za-z]' "$TEST_LOG" | head -60 || true
fi
if [ "$rc" -eq 0 ] && [ $((passed + failed + skipped)) -eq 0 ]; then
    echo "No test ran." >&2
    rc=1
fi

# ---------------------------------------------------------------------------------------------------------------
# 4. Mutation tests of the statutory rules (docs/testing.md, "Mutation testing")
# ---------------------------------------------------------------------------------------------------------------
if [ "${ZD_SKIP_MUTATION:-0}" = "1" ]; then
    echo "Mutation score: skipped (ZD_SKIP_MUTATION=1)"
elif [ "$rc" -ne 0 ]; then
    echo "Mutation score: not run (the tests failed)"
else
    log "mutation tests (tests/mutation/run.sh; log in .ci-work/mutation/)"
    mutation_rc=0
    tests/mutation/run.sh >"$WORK/mutation.log" 2>&1 || mutation_rc=$?
    # run.sh rebuilds the work folder: keep its console output beside its report.
    mv "$WORK/mutation.log" "$WORK/mutation/console.log" 2>/dev/null || true
    score_line=$(grep -E "^Mutation score: " "$WORK/mutation/console.log" 2>/dev/null | tail -1 || true)
    grep -E '^Mutation run took ' "$WORK/mutation/console.log" 2>/dev/null | tail -1 || true
    echo "${score_line:-Mutation score: none (the run failed; see .ci-work/mutation/console.log)}"
    if [ "$mutation_rc" -ne 0 ]; then
        echo "The mutation run failed or scored below the break threshold (exit code $mutation_rc)." >&2
        rc=$mutation_rc
    fi
fi
echo "$line"
exit "$rc"
