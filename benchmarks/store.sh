#!/usr/bin/env bash
# The sync-jdbc first-sync benchmark (BENCHMARKS.md §7) on H2 and on a throwaway PostgreSQL started here from
# Debian's binaries (as the postgres user when run as root), on a free loopback port, stopped at the end.
#   benchmarks/store.sh [STUDENTS [ENGINES]]   # default 1000000 "h2 pg"; SKIP_BUILD=1 reuses the jar,
#                                              # HEAP sets -Xmx (default 10g)
set -euo pipefail
students="${1:-1000000}"
engines="${2:-h2 pg}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[[ "${SKIP_BUILD:-}" == 1 ]] || mvn -B -q ${MVN_FLAGS:-} -pl benchmarks -am package -DskipTests
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
dir="$(mktemp -d)"
as=()
if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB -c shared_buffers=512MB" start >/dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null; rm -rf "$dir"' EXIT
mkdir -p benchmarks/target/store
args=()
[[ " $engines " == *" h2 "* ]] && args+=("h2:$root/benchmarks/target/store")
[[ " $engines " == *" pg "* ]] && args+=("pg:127.0.0.1:$port")
java -Xmx${HEAP:-10g} -cp benchmarks/target/benchmarks.jar com.classtag.benchmarks.plan.StoreSync "$students" "${args[@]}"
