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

# PostgreSQL for the scheduler's cluster tests. Debian keeps its binaries off PATH, in /usr/lib/postgresql/<major>/bin.
postgres_bin() { find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -1 | xargs -r dirname; }

ensure_postgres() {
  [ -n "$(postgres_bin)" ] && return 0
  echo "== Installing postgresql (apt-get)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

# PostgreSQL refuses to run as root, so root runs it as the postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() ( # start_postgres <empty dir> <port>: a throw-away cluster on 127.0.0.1; prints an Npgsql connection string
  set -e # also when called in $(…), where errexit is not inherited
  bin=$(postgres_bin)
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$1"; fi
  as_postgres "$bin/initdb" -D "$1/data" -U postgres -A trust --no-sync >"$1/initdb.log"
  as_postgres "$bin/pg_ctl" -D "$1/data" -l "$1/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c fsync=off" start >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$2" -U postgres trivselsbot_test
  echo "Host=127.0.0.1;Port=$2;Username=postgres;Database=trivselsbot_test"
)

stop_postgres() { # stop_postgres <dir>
  as_postgres "$(postgres_bin)/pg_ctl" -D "$1/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$1"
}
