#!/usr/bin/env bash
# Refreshes the README's screenshots: runs the end-to-end test of the local try (the demo workplace in the real Agents
# Playground, its web UI in headless Chromium), which takes them, and copies them to docs/screenshots.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
root=$(repo_root); cd "$root"
ensure_node_tools "$root"
ensure_apt_package chromium chromium
dotnet build tests/TrivselsBot.EndToEnd.Tests/TrivselsBot.EndToEnd.Tests.csproj -c Release -nologo -v q
dotnet test tests/TrivselsBot.EndToEnd.Tests/TrivselsBot.EndToEnd.Tests.csproj -c Release --no-build -nologo \
  --filter "FullyQualifiedName~PlaygroundDemoTests"
mkdir -p docs/screenshots
for name in summary trio-agenda organisation summary-after-closing; do
  cp "test-output/playground/demo-$name.png" "docs/screenshots/$name.png"
done
echo "docs/screenshots refreshed."
