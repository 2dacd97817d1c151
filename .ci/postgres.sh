#!/usr/bin/env bash
# Starts a local PostgreSQL for Marsad's PostgreSQL tests and prints its JDBC URL on stdout.
# Installs Debian's postgresql package when missing (needs root), starts a cluster listening on
# 127.0.0.1:5432, and creates the role and database marsad (password marsad). Idempotent.
# Use:  export MARSAD_TEST_PG_URL="$(bash .ci/postgres.sh)"
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

PORT=5432
if command -v pg_lsclusters >/dev/null 2>&1; then
  # Debian's wrapper: use the newest installed version's "main" cluster, creating it if needed.
  VER="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if ! pg_lsclusters -h | awk -v v="$VER" '$1 == v && $2 == "main"' | grep -q .; then
    log "creating cluster $VER/main"
    pg_createcluster "$VER" main -p "$PORT" >&2
  fi
  CONF="/etc/postgresql/$VER/main/postgresql.conf"
  sed -i -E "s/^#?port *=.*/port = $PORT/; s/^#?listen_addresses *=.*/listen_addresses = '127.0.0.1'/" "$CONF"
  if ! pg_lsclusters -h | awk -v v="$VER" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    log "starting cluster $VER/main"
    pg_ctlcluster "$VER" main start >&2
  fi
else
  # A PostgreSQL without Debian's wrapper: a private cluster under /var/tmp.
  PG_BIN="$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")"
  PGDATA=/var/tmp/marsad-pg
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA" && chown postgres "$PGDATA"
    as_postgres "$PG_BIN/initdb" -D "$PGDATA" -A scram-sha-256 --pwfile=<(echo postgres) >&2
  fi
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w \
      -o "-p $PORT -c listen_addresses=127.0.0.1 -k /tmp" start >&2
  fi
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2 || { log "PostgreSQL did not come up on 127.0.0.1:$PORT"; exit 1; }

psql_su() { as_postgres psql -p "$PORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname = 'marsad'")" != 1 ]; then
  log "creating role marsad"
  psql_su -c "CREATE ROLE marsad LOGIN PASSWORD 'marsad'"
fi
if [ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname = 'marsad'")" != 1 ]; then
  log "creating database marsad"
  psql_su -c "CREATE DATABASE marsad OWNER marsad ENCODING 'UTF8' TEMPLATE template0"
fi
# PostgreSQL 15 no longer lets every role create in schema public; the tests create schemas.
psql_su -d marsad -c "GRANT ALL ON SCHEMA public TO marsad" >/dev/null

echo "jdbc:postgresql://127.0.0.1:$PORT/marsad?user=marsad&password=marsad"
