#!/usr/bin/env bash
# Runs the whole test suite: installs what is needed, builds, runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
printf '\033[1m[test]\033[0m running all tests\n'
# A log of this run's own: work trees on one machine run the suite at the same time.
log=$(mktemp /tmp/pipeline-test.XXXXXX.log)
dotnet test Pipeline.sln -c Release --no-build --verbosity quiet -nologo --logger "console;verbosity=normal" 2>&1 | grep -v "^\s*$" | tee "$log" | grep -E "Passed!|Failed!|Failed |error|Error Message|Expected|Actual|^\s+(Assert|.*Failure)" || true
count() { { grep -hoE "^ +$1: +[0-9]+" "$log" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ] || grep -q "Test Run Failed" "$log"; then exit 1; fi
