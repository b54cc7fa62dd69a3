# Sourced by .ci/run (bash): starts a throw-away PostgreSQL cluster for the
# tests and exports TRUCE_TEST_POSTGRES_URL. The cluster lives in a mktemp
# directory, listens only on a unix socket there (private port number, no
# TCP), and is stopped and removed when the sourcing shell exits.
# Installs PostgreSQL from Debian when initdb is missing. Works as root (the
# server then runs as the `postgres` system user, created if needed) and as
# an ordinary user.

pg_bindir() {
	local d
	if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
		dirname "$(readlink -f "$(command -v initdb)")"
		return
	fi
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			echo "$d"
			return
		fi
	done
	return 1
}

pg_install() {
	local sudo=""
	if [ "$(id -u)" != 0 ]; then
		sudo="sudo -n"
	fi
	echo "postgres.sh: initdb not found; installing PostgreSQL from Debian" >&2
	# The package would create and start a default cluster; the tests use
	# their own, so ask for none.
	$sudo mkdir -p /etc/postgresql-common/createcluster.d
	echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/truce-ci.conf >/dev/null
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		postgresql postgresql-contrib </dev/null
}

# pg_as runs a command as the cluster's owner.
pg_as() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$PG_CI_USER" -- "$@"
	else
		"$@"
	fi
}

pg_stop() {
	if [ -n "${PG_CI_DIR:-}" ] && [ -d "$PG_CI_DIR" ]; then
		pg_as "$PG_CI_BIN/pg_ctl" -D "$PG_CI_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
		rm -rf "$PG_CI_DIR"
	fi
}

pg_start() {
	PG_CI_BIN=$(pg_bindir) || { pg_install && PG_CI_BIN=$(pg_bindir); } || {
		echo "postgres.sh: no PostgreSQL after installing it" >&2
		return 1
	}
	PG_CI_USER=$(id -un)
	if [ "$(id -u)" = 0 ]; then
		PG_CI_USER=postgres # postgres refuses to run as root
		id -u "$PG_CI_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_CI_USER"
	fi
	PG_CI_DIR=$(mktemp -d "${TMPDIR:-/tmp}/truce-pg.XXXXXX")
	trap pg_stop EXIT
	chmod 755 "$PG_CI_DIR"
	chown "$PG_CI_USER" "$PG_CI_DIR"
	local port=$((20000 + RANDOM % 20000))
	pg_as "$PG_CI_BIN/initdb" -D "$PG_CI_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
		>"$PG_CI_DIR/initdb.log" 2>&1 || { cat "$PG_CI_DIR/initdb.log" >&2; return 1; }
	# A scratch cluster: durability off for speed, enough connections for
	# parallel test packages and worker processes.
	pg_as "$PG_CI_BIN/pg_ctl" -D "$PG_CI_DIR/data" -l "$PG_CI_DIR/server.log" -w -t 60 \
		-o "-c listen_addresses='' -k $PG_CI_DIR -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
		start >/dev/null || { cat "$PG_CI_DIR/server.log" >&2; return 1; }
	export TRUCE_TEST_POSTGRES_URL="postgres://postgres@/postgres?host=$PG_CI_DIR&port=$port&sslmode=disable"
	echo "postgres.sh: $("$PG_CI_BIN/postgres" --version) on $PG_CI_DIR port $port" >&2
}
