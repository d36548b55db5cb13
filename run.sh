#!/usr/bin/env bash
# Local try: Azurite (Table storage), the bot on 127.0.0.1:3978 and the Microsoft 365 Agents Playground
# (a local Teams) on http://127.0.0.1:56150. PLAYGROUND=0 ./run.sh starts Azurite and the bot only. Ctrl-C stops all.
# By default the bot runs the demo workplace (seeded on first start, on its own tables "demo1…" and its own schedule),
# and the Playground shows its people and chats. DEMO=0 ./run.sh is a try of one's own: no demo, the Playground's own
# mock data, the tables without a prefix.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
root=$(repo_root); cd "$root"

BOT_PORT=3978
PLAYGROUND_PORT=56150
TABLE_PORT=${TABLE_PORT:-10002}

ensure_node_tools "$root"
mkdir -p .data/azurite devTools
pids=()
cleanup() {
  trap - EXIT INT TERM
  # The Playground ignores SIGTERM; it stops on SIGINT (what Ctrl-C sends).
  for p in "${pids[@]}"; do pkill -TERM -P "$p" 2>/dev/null || true; kill -INT "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped."
}
trap cleanup EXIT INT TERM

for port in $BOT_PORT $PLAYGROUND_PORT; do
  if port_in_use "$port"; then echo "Port $port is busy: stop whatever uses it first." >&2; exit 1; fi
done

if port_in_use "$TABLE_PORT"; then
  echo "== Table storage already answers on $TABLE_PORT: using it"
else
  echo "== Starting Azurite (Table storage) on 127.0.0.1:$TABLE_PORT, data in .data/azurite"
  tools/node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --location .data/azurite \
    --skipApiVersionCheck --disableProductStyleUrl >.data/azurite.log 2>&1 &
  pids+=($!)
  wait_for_port "$TABLE_PORT" Azurite
fi

demo_settings=()
playground_config=()
if [ "${DEMO:-1}" != "0" ]; then
  demo_settings=(Demo__Enabled=true Demo__ServiceUrl="http://127.0.0.1:$PLAYGROUND_PORT/_connector"
    Storage__TablePrefix=demo1 Scheduling__SqlitePath="$root/.data/scheduler-demo1.db")
  playground_config=(M365_AGENTS_PLAYGROUND_CONFIG_PATH="$root/src/TrivselsBot/Demo/agents-playground.yml")
fi

echo "== Building the bot"
dotnet build src/TrivselsBot/TrivselsBot.csproj -c Release -nologo -v q
echo "== Starting the bot on http://127.0.0.1:$BOT_PORT/api/messages${demo_settings:+ (demo workplace; seeded on first start)}"
env Storage__ConnectionString="$(azurite_connection_string "$TABLE_PORT")" ASPNETCORE_ENVIRONMENT=Development "${demo_settings[@]}" \
  dotnet src/TrivselsBot/bin/Release/net10.0/TrivselsBot.dll --contentRoot "$root/src/TrivselsBot" --urls "http://127.0.0.1:$BOT_PORT" &
pids+=($!)
wait_for_port "$BOT_PORT" "The bot" 180

if [ "${PLAYGROUND:-1}" != "0" ]; then
  echo "== Starting the Agents Playground on http://127.0.0.1:$PLAYGROUND_PORT"
  env TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$root/devTools/m365agentsplayground.log" "${playground_config[@]}" \
    tools/node_modules/.bin/agentsplayground -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams \
    -p "$PLAYGROUND_PORT" --su "http://127.0.0.1:$PLAYGROUND_PORT/_connector" --dt >/dev/null 2>&1 &
  pids+=($!)
  wait_for_port "$PLAYGROUND_PORT" "The Agents Playground"
  echo
  echo "  Open http://127.0.0.1:$PLAYGROUND_PORT/ and write 'hjælp' to the bot."
  if [ ${#demo_settings[@]} -gt 0 ]; then
    echo "  Demo workplace: you are Mette Holm, leader of Bostedet Solsikken. Try 'resumé', 'trio dagsorden', 'resumé organisation'."
    echo "  See README.md, 'Try it', for answering this week's pulse and closing the week now."
  fi
else
  echo
  echo "  The bot listens on http://127.0.0.1:$BOT_PORT/api/messages (no Playground)."
fi
echo "  Ctrl-C stops everything."
wait -n "${pids[@]}"
