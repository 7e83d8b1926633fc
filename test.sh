#!/usr/bin/env bash
# Builds the solution once (Release) and runs every test project under tests/ (unit and browser tests).
# The very last line is always: "Tests: N passed, N failed, N skipped".
# Exit code: non-zero when the build fails, a test project fails or crashes, a test fails, or no test ran.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

started=$SECONDS
results="$repo/artifacts/test-results"

# --- Chromium for the browser tests (Debian's package; Playwright's own download cannot work here) ---
if ! command -v chromium >/dev/null 2>&1; then
    echo "== chromium is not on PATH: installing Debian's chromium and fonts-noto-core"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-core
fi

# --- Tools and build (fail fast) ---
echo "== dotnet tool restore"
dotnet tool restore

echo "== dotnet build UongBi.Recruitment.sln -c Release"
dotnet build UongBi.Recruitment.sln -c Release

# --- Tests: every tests/*.Tests and tests/*.EndToEnd project, each to its own TRX file ---
rm -rf "$results" "$repo/artifacts/test-report.txt"
mkdir -p "$results"

mapfile -t projects < <(find tests -mindepth 2 -maxdepth 2 -name '*.csproj' \
    \( -path 'tests/*.Tests/*' -o -path 'tests/*.EndToEnd/*' \) | LC_ALL=C sort)

# Reads one attribute of the TRX <Counters .../> element (0 when absent).
counter() {
    local value
    value="$(printf '%s' "$1" | sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p")"
    echo "${value:-0}"
}

total_passed=0
total_failed=0
total_skipped=0
broken=0
summary=()

for project in "${projects[@]}"; do
    name="$(basename "$project" .csproj)"
    trx="$results/$name.trx"
    echo "== dotnet test $name"
    status=0
    dotnet test "$project" -c Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?

    if [ ! -f "$trx" ]; then
        summary+=("$name: no results (dotnet test exit code $status)")
        broken=1
        continue
    fi

    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
    total="$(counter "$counters" total)"
    executed="$(counter "$counters" executed)"
    passed="$(counter "$counters" passed)"
    failed=$(( $(counter "$counters" failed) + $(counter "$counters" error) \
        + $(counter "$counters" timeout) + $(counter "$counters" aborted) ))
    # Skipped tests are "NotExecuted" in TRX; some writers only leave them out of "executed".
    skipped="$(counter "$counters" notExecuted)"
    if [ $(( total - executed )) -gt "$skipped" ]; then
        skipped=$(( total - executed ))
    fi

    if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ]; then
        broken=1
    fi
    summary+=("$name: $passed passed, $failed failed, $skipped skipped (exit code $status)")
    total_passed=$(( total_passed + passed ))
    total_failed=$(( total_failed + failed ))
    total_skipped=$(( total_skipped + skipped ))
done

# --- Benchmark smoke run: the program works end to end and its dashboard figures equal the hand-written
# SQL's (it exits non-zero on any difference). How fast is not checked here: that is the program's own report.
echo "== benchmark smoke run (--candidates 2000)"
bench_status=0
bench_db="$(mktemp -d)/smoke.db"
dotnet run -c Release --no-build --project tests/UongBi.Recruitment.Benchmarks -- \
    --scale city --candidates 2000 --runs 3 --warmup 1 --db "$bench_db" > "$results/benchmark-smoke.txt" 2>&1 || bench_status=$?
rm -rf "$(dirname "$bench_db")"
if [ "$bench_status" -eq 0 ]; then
    summary+=("Benchmark smoke run (2,000 candidates): figures equal the hand-written SQL's")
else
    summary+=("Benchmark smoke run FAILED (exit code $bench_status): see artifacts/test-results/benchmark-smoke.txt")
    broken=1
fi

echo
echo "== Summary (TRX files in artifacts/test-results, screenshots in artifacts/screenshots)"
if [ "${#projects[@]}" -eq 0 ]; then
    echo "No test projects found under tests/"
fi
for line in "${summary[@]}"; do
    echo "$line"
done
if [ -f "$repo/artifacts/test-report.txt" ]; then
    cat "$repo/artifacts/test-report.txt"
fi
echo "Time: $(( SECONDS - started )) s"

if [ $(( total_passed + total_failed )) -eq 0 ]; then
    broken=1
fi
echo "Tests: $total_passed passed, $total_failed failed, $total_skipped skipped"
exit "$broken"
