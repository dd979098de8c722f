# A throw-away PostgreSQL server for scripts (.ci/run's native check, benchmarks/archive-postgres.sh), the shell
# counterpart of tests/EditorialLint.Testing/PostgresTestServer.cs. Source it, then:
#   pg_temp_start        initdb in a temporary folder, pg_ctl start on a free port of 127.0.0.1; sets PG_TEMP_PORT,
#                        PG_TEMP_DIR and PG_TEMP_URL (postgres://postgres@127.0.0.1:PORT/, add a database name)
#   pg_temp_stop         stop it and delete the folder (also on EXIT once started)
# Binaries: $EDITORIAL_LINT_POSTGRES_BIN, pg_config --bindir, the newest /usr/lib/postgresql/*/bin, or the PATH.
# PostgreSQL refuses to run as root: as root it runs as $EDITORIAL_LINT_POSTGRES_USER, postgres or nobody (runuser).

pg_temp_bin() {
  local d
  for d in "${EDITORIAL_LINT_POSTGRES_BIN:-}" "$(pg_config --bindir 2>/dev/null || true)" \
           $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) "$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || echo /nonexistent)")")"; do
    [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

pg_temp_start() {
  local bin user="" run=()
  bin=$(pg_temp_bin) || { echo "no PostgreSQL server binaries (install Debian's postgresql)" >&2; return 1; }
  if [ "$(id -u)" = 0 ]; then
    user=${EDITORIAL_LINT_POSTGRES_USER:-$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)}
    run=(runuser -u "$user" --)
  fi
  PG_TEMP_DIR=$(mktemp -d /tmp/el-pg-XXXXXXXX)
  [ -n "$user" ] && chown "$user" "$PG_TEMP_DIR"
  PG_TEMP_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$PG_TEMP_DIR" && "${run[@]}" "$bin/initdb" -D "$PG_TEMP_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C --no-sync >/dev/null) || return 1
  PG_TEMP_STOP=("${run[@]}" "$bin/pg_ctl" -D "$PG_TEMP_DIR/data" -m immediate -w stop)
  trap pg_temp_stop EXIT
  (cd "$PG_TEMP_DIR" && "${run[@]}" "$bin/pg_ctl" -D "$PG_TEMP_DIR/data" -l "$PG_TEMP_DIR/server.log" -w -t 60 \
    -o "-p $PG_TEMP_PORT -k $PG_TEMP_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null) \
    || { cat "$PG_TEMP_DIR/server.log" >&2; return 1; }
  PG_TEMP_URL="postgres://postgres@127.0.0.1:$PG_TEMP_PORT/"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_TEMP_PORT ($PG_TEMP_DIR)"
}

pg_temp_stop() {
  [ -n "${PG_TEMP_DIR:-}" ] || return 0
  (cd /tmp && "${PG_TEMP_STOP[@]}" >/dev/null 2>&1) || true
  rm -rf "$PG_TEMP_DIR"
  PG_TEMP_DIR=""
}
