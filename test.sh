#!/usr/bin/env bash
# Installs what the tests need (Chromium, PostgreSQL, npm tools), starts Azurite and PostgreSQL, runs every test, prints "N passed, N failed".
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
root=$(repo_root); cd "$root"

ensure_apt_package chromium chromium
ensure_postgres
ensure_node_tools "$root"

echo "== Building"
dotnet build TrivselsBot.sln -c Release -nologo -v q

pids=()
pg_dir=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "$pg_dir" ]; then stop_postgres "$pg_dir"; fi
}
trap cleanup EXIT

table_port=$(free_port)
mkdir -p test-output
tools/node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$table_port" --inMemoryPersistence \
  --skipApiVersionCheck --disableProductStyleUrl >test-output/azurite.log 2>&1 &
pids+=($!)
wait_for_port "$table_port" Azurite
export TRIVSELSBOT_TEST_TABLES; TRIVSELSBOT_TEST_TABLES=$(azurite_connection_string "$table_port")

pg_dir=$(mktemp -d)
export TRIVSELSBOT_TEST_POSTGRES; TRIVSELSBOT_TEST_POSTGRES=$(start_postgres "$pg_dir" "$(free_port)")

echo "== Testing"
rm -rf test-output/results
status=0
dotnet test TrivselsBot.sln -c Release --no-build --logger trx --results-directory test-output/results -- RunConfiguration.TreatNoTestsAsError=true || status=$?
node scripts/summarize-tests.mjs test-output/results
exit $status
