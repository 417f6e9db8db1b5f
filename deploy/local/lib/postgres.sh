# shellcheck shell=bash disable=SC2034
# postgres.sh - PostgreSQL for the local deployment (sourced by up.sh after common.sh).
#
# ensure_postgres: installs the server if needed (deploy/lib/install-postgres.sh), makes sure a
# Debian cluster listens on $DB_PORT (creates one if there is none, starts it if it is down),
# waits for pg_isready, then creates/updates role $DB_USER (LOGIN, password $DB_PASSWORD) and
# database $DB_NAME (UTF8, owned by $DB_USER). All steps are idempotent. PostgreSQL is left
# running as a system service: down.sh never stops it.

# Prints "VERSION NAME STATUS" of the cluster listening on port $1, if any.
pg_cluster_on_port() {
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$1" '$3 == port { print $1, $2, $4; exit }'
}

pg_newest_version() {
  local bin v best=""
  for bin in /usr/lib/postgresql/*/bin/postgres; do
    [[ -x "$bin" ]] || continue
    v="${bin#/usr/lib/postgresql/}"; v="${v%%/*}"
    if [[ -z "$best" ]] || (( v > best )); then best="$v"; fi
  done
  [[ -n "$best" ]] || return 1
  echo "$best"
}

pg_wait_ready() {
  local i
  for ((i = 0; i < 60; i++)); do
    pg_isready -q -h 127.0.0.1 -p "$DB_PORT" && return 0
    sleep 1
  done
  die "PostgreSQL on 127.0.0.1:$DB_PORT is not ready after 60 s; see /var/log/postgresql/postgresql-$1-$2.log"
}

# pg_tune VERSION NAME: settings for a write-heavy service (ALTER SYSTEM, so they live in the cluster's
# postgresql.auto.conf). Durability is untouched (fsync and synchronous_commit stay on); what changes is how
# often checkpoints rewrite whole pages, WAL and TOAST compression, and the buffer cache. Restarts the cluster
# once if a setting that needs it changed. STANCEWATCH_PG_TUNE=0 leaves the cluster's settings alone.
PG_SETTINGS=(
  "shared_buffers=1GB"
  "wal_buffers=64MB"
  "max_wal_size=8GB"
  "checkpoint_timeout=15min"
  "checkpoint_completion_target=0.9"
  "wal_compression=lz4"
  "default_toast_compression=lz4"
)
pg_tune() {
  [[ "${STANCEWATCH_PG_TUNE:-1}" == 1 ]] || return 0
  local setting key want restart=0
  for setting in "${PG_SETTINGS[@]}"; do
    key="${setting%%=*}"; want="${setting#*=}"
    if [[ "$(as_postgres psql -X -At -p "$DB_PORT" -d postgres -c "SELECT current_setting('$key')")" != "$want" ]]; then
      as_postgres psql -X -q -p "$DB_PORT" -d postgres -c "ALTER SYSTEM SET $key = '$want'" >/dev/null \
        || die "could not set $key on PostgreSQL $1/$2"
      [[ "$key" == shared_buffers || "$key" == wal_buffers ]] && restart=1
    fi
  done
  if (( restart )); then
    info "restarting PostgreSQL $1/$2 to apply shared_buffers and wal_buffers"
    as_root pg_ctlcluster "$1" "$2" restart 9>&- || die "pg_ctlcluster $1 $2 restart failed"
    pg_wait_ready "$1" "$2"
  else
    as_postgres psql -X -q -p "$DB_PORT" -d postgres -c "SELECT pg_reload_conf()" >/dev/null
  fi
}

ensure_postgres() {
  "$SW_REPO/deploy/lib/install-postgres.sh" || die "PostgreSQL could not be installed"
  need_cmd pg_lsclusters "package postgresql-common"
  need_cmd pg_isready "package postgresql-client"

  local found version name status
  found="$(pg_cluster_on_port "$DB_PORT")"
  if [[ -z "$found" ]]; then
    version="$(pg_newest_version)" || die "no PostgreSQL server binaries found"
    # The default cluster is "main"; if "main" already exists on another port, use our own name.
    name=main
    if pg_lsclusters --no-header 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main" { f=1 } END { exit !f }'; then
      name=stancewatch
    fi
    info "creating PostgreSQL $version cluster '$name' on port $DB_PORT"
    as_root pg_createcluster --port "$DB_PORT" --locale C.UTF-8 --encoding UTF8 "$version" "$name" >/dev/null \
      || die "pg_createcluster $version $name failed"
    found="$(pg_cluster_on_port "$DB_PORT")"
    [[ -n "$found" ]] || die "cluster $version/$name was created but does not show on port $DB_PORT"
  fi
  read -r version name status <<<"$found"

  if [[ "$status" != online* ]]; then
    info "starting PostgreSQL cluster $version/$name (port $DB_PORT)"
    as_root pg_ctlcluster "$version" "$name" start 9>&- \
      || die "pg_ctlcluster $version $name start failed; see /var/log/postgresql/postgresql-$version-$name.log"
  fi

  pg_wait_ready "$version" "$name"
  pg_tune "$version" "$name"

  # Role and database, idempotently. psql variables + format(%I/%L) do the quoting.
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" -d postgres \
      -v db="$DB_NAME" -v usr="$DB_USER" -v pw="$DB_PASSWORD" >/dev/null <<'SQL' \
    || die "could not create role/database in PostgreSQL $version/$name"
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'usr', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'usr') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'usr', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L LC_COLLATE %L LC_CTYPE %L TEMPLATE template0',
              :'db', :'usr', 'UTF8', 'C.UTF-8', 'C.UTF-8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
  info "PostgreSQL $version/$name ready on 127.0.0.1:$DB_PORT (database '$DB_NAME', user '$DB_USER')"
}

# drop_database: used by down.sh --purge. Leaves the role and the cluster alone.
drop_database() {
  local found
  found="$(pg_cluster_on_port "$DB_PORT")"
  if [[ -z "$found" ]] || ! pg_isready -q -h 127.0.0.1 -p "$DB_PORT"; then
    warn "PostgreSQL is not running on port $DB_PORT; database '$DB_NAME' not dropped"
    return 0
  fi
  info "dropping database '$DB_NAME'"
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" -d postgres -v db="$DB_NAME" >/dev/null <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SQL
}
