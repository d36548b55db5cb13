# Shared by run.sh and test.sh: install what is missing, find free ports, wait for servers.
# shellcheck shell=bash

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# npm ci of tools/ (Azurite, Agents Playground, adaptivecards, playwright-core), only when the lock file changed.
ensure_node_tools() {
  local tools="$1/tools"
  if [ ! -f "$tools/node_modules/.ci-lock" ] || ! cmp -s "$tools/package-lock.json" "$tools/node_modules/.ci-lock"; then
    echo "== Installing tools (npm ci)"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$tools/package-lock.json" "$tools/node_modules/.ci-lock"
  fi
}

ensure_apt_package() { # ensure_apt_package <command> <package>
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "== Installing $2 (apt-get)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

port_in_use() { # port_in_use <port>
  node -e "const c=require('net').connect($1,'127.0.0.1');c.on('connect',()=>process.exit(0));c.on('error',()=>process.exit(1))"
}

wait_for_port() { # wait_for_port <port> <name> [seconds]
  local deadline=$((SECONDS + ${3:-60}))
  until port_in_use "$1"; do
    if [ $SECONDS -ge $deadline ]; then echo "$2 did not start on port $1" >&2; return 1; fi
    sleep 0.3
  done
}

AZURITE_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
azurite_connection_string() { # azurite_connection_string <port>
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_KEY;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}
