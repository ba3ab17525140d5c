#!/usr/bin/env bash
# Runs the whole test suite: installs what is needed, builds, runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
printf '\033[1m[test]\033[0m running all tests\n'
dotnet test Pipeline.sln -c Release --no-build --verbosity quiet -nologo --logger "console;verbosity=normal" 2>&1 | grep -v "^\s*$" | tee /tmp/pipeline-test.log | grep -E "Passed!|Failed!|Failed |error|Error Message|Expected|Actual|^\s+(Assert|.*Failure)" || true
passed=$(grep -hoE "Passed: +[0-9]+" /tmp/pipeline-test.log | awk '{s+=$2} END {print s+0}')
failed=$(grep -hoE "Failed: +[0-9]+" /tmp/pipeline-test.log | awk '{s+=$2} END {print s+0}')
skipped=$(grep -hoE "Skipped: +[0-9]+" /tmp/pipeline-test.log | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
if grep -q "Failed!" /tmp/pipeline-test.log || [ "$passed" -eq 0 ]; then exit 1; fi
