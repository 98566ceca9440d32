#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, in a folder of its own.
#
#   scripts/postgres.sh start DIR [--watch PID]
#       Installs Debian's PostgreSQL when its server binaries are missing (as root),
#       creates a cluster in DIR, starts it on 127.0.0.1 at a free port and prints,
#       as the last line of stdout, postgres://USER:PASSWORD@127.0.0.1:PORT/postgres.
#       Everything else goes to stderr. Running it again on a running DIR prints the
#       same URL. With --watch PID, a detached watchdog stops the server and removes
#       DIR once process PID has gone (so a killed test run leaves nothing behind).
#   scripts/postgres.sh stop DIR
#       Stops the server (fast mode) and removes DIR. Nothing to do is not an error.
#   scripts/postgres.sh ensure
#       Only makes sure the server binaries are there (installing them as root).
#
# Layout of DIR: data/ (PGDATA), socket/ (unix socket), url, server.log,
# .growthmap-postgres (marker: stop only removes folders that carry it).
# Speed over durability (fsync=off and friends): for tests only.
set -euo pipefail

PG_USER=growthmap
MARKER=.growthmap-postgres

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { printf 'postgres.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
	cat >&2 <<'EOF'
usage: scripts/postgres.sh start DIR [--watch PID]
       scripts/postgres.sh stop DIR
       scripts/postgres.sh ensure
EOF
	exit 2
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# Newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl (or $PG_BINDIR).
find_bindir() {
	if [ -n "${PG_BINDIR:-}" ]; then
		if [ -x "$PG_BINDIR/initdb" ] && [ -x "$PG_BINDIR/pg_ctl" ]; then
			printf '%s\n' "$PG_BINDIR"
			return 0
		fi
		return 1
	fi
	local d found=""
	while IFS= read -r d; do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then found="$d"; fi
	done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V)
	[ -n "$found" ] || return 1
	printf '%s\n' "$found"
}

install_postgres() {
	is_root || die "PostgreSQL server binaries not found (no initdb/pg_ctl in /usr/lib/postgresql/*/bin).
Install Debian's PostgreSQL server first, as root:  apt-get update && apt-get install -y postgresql"
	command -v apt-get >/dev/null || die "PostgreSQL server binaries not found and apt-get is missing: install PostgreSQL (initdb, pg_ctl) yourself"
	command -v flock >/dev/null || die "flock (util-linux) is missing"
	# One installer at a time (two test runs may start together); re-check inside the lock.
	local lock=/tmp/growthmap-postgres-install.lock
	exec 9>"$lock"
	flock -w 900 9 || die "timed out waiting for another PostgreSQL install ($lock)"
	if ! find_bindir >/dev/null; then
		local aptlog
		aptlog="$(mktemp /tmp/growthmap-apt-postgres.XXXXXX.log)"
		log "PostgreSQL server binaries missing: installing Debian's postgresql with apt-get (log: $aptlog)"
		local t0=$SECONDS
		if ! {
			DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update &&
				DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends postgresql
		} >"$aptlog" 2>&1; then
			tail -n 30 "$aptlog" >&2
			die "apt-get install postgresql failed (full log: $aptlog)"
		fi
		log "installed PostgreSQL in $((SECONDS - t0)) s"
		rm -f "$aptlog"
	fi
	exec 9>&-
	find_bindir >/dev/null || die "PostgreSQL was installed but no initdb/pg_ctl found in /usr/lib/postgresql/*/bin"
}

ensure_bindir() {
	BINDIR="$(find_bindir)" || { install_postgres; BINDIR="$(find_bindir)"; }
}

# Run a PostgreSQL program as the cluster's owner: the postgres OS user when we are
# root (the server refuses to run as root), else ourselves. cwd / so that a working
# folder the postgres user cannot read does not matter.
as_owner() {
	if is_root; then
		(cd / && runuser -u postgres -- "$@")
	else
		(cd / && "$@")
	fi
}

free_port() {
	if command -v node >/dev/null; then
		node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
	elif command -v python3 >/dev/null; then
		python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1]);s.close()"
	else
		die "need node or python3 to pick a free port"
	fi
}

random_password() {
	od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

abspath() {
	mkdir -p -- "$1"
	(cd -- "$1" && pwd -P)
}

is_running() { # DATA
	[ -f "$1/postmaster.pid" ] || return 1
	local pid
	pid="$(head -n 1 "$1/postmaster.pid" 2>/dev/null || true)"
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

start_watchdog() { # DIR PID
	local dir="$1" pid="$2" self
	self="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)/$(basename -- "${BASH_SOURCE[0]}")"
	# Detached, with no stdio of ours, so whoever reads our stdout is not kept waiting.
	setsid bash -c '
		while kill -0 "$1" 2>/dev/null && [ -e "$2/'"$MARKER"'" ]; do sleep 1; done
		[ -e "$2/'"$MARKER"'" ] && exec bash "$3" stop "$2"
	' postgres-watchdog "$pid" "$dir" "$self" </dev/null >/dev/null 2>&1 &
	disown 2>/dev/null || true
}

cmd_start() {
	local dir="" watch=""
	while [ $# -gt 0 ]; do
		case "$1" in
		--watch) watch="${2:-}"; [ -n "$watch" ] || usage; shift 2 ;;
		-*) usage ;;
		*) [ -z "$dir" ] || usage; dir="$1"; shift ;;
		esac
	done
	[ -n "$dir" ] || usage

	ensure_bindir
	dir="$(abspath "$dir")"
	[ "$dir" != / ] || die "refusing to use / as DIR"
	local data="$dir/data" sock="$dir/socket" logfile="$dir/server.log"

	if [ ! -e "$dir/$MARKER" ]; then
		[ -z "$(ls -A -- "$dir")" ] || die "$dir is not empty and was not made by this script"
		: >"$dir/$MARKER"
	fi

	# Already running (second start on the same DIR): print its URL again.
	if is_running "$data" && [ -s "$dir/url" ]; then
		[ -z "$watch" ] || start_watchdog "$dir" "$watch"
		tail -n 1 "$dir/url"
		return 0
	fi

	if is_root; then
		id postgres >/dev/null 2>&1 || die "no 'postgres' OS user to run the server as (is Debian's postgresql installed?)"
		chown postgres: "$dir"
		chmod 0700 "$dir"
		# The postgres user must be able to reach DIR through its parents.
		runuser -u postgres -- test -w "$dir" ||
			die "the postgres user cannot reach $dir (a parent folder is not searchable by it); use a folder under /tmp"
	fi

	local password
	if [ ! -f "$data/PG_VERSION" ]; then
		rm -rf -- "$data" "$sock"
		password="$(random_password)"
		local pwfile="$dir/.pwfile"
		(umask 077 && printf '%s\n' "$password" >"$pwfile")
		! is_root || chown postgres: "$pwfile"
		local t0=$SECONDS
		if ! as_owner "$BINDIR/initdb" -D "$data" -U "$PG_USER" --pwfile="$pwfile" \
			--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C \
			--no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
			rm -f -- "$pwfile"
			cat "$dir/initdb.log" >&2
			die "initdb failed"
		fi
		rm -f -- "$pwfile"
		printf '%s\n' "$password" >"$dir/.password"
		chmod 600 "$dir/.password"
		cat >>"$data/postgresql.conf" <<EOF

# --- throwaway test server (scripts/postgres.sh): speed over durability ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
unix_socket_permissions = 0700
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = '1GB'
checkpoint_timeout = '30min'
jit = off
logging_collector = off
log_min_messages = warning
EOF
		log "initdb done in $((SECONDS - t0)) s"
	else
		password="$(cat "$dir/.password" 2>/dev/null)" || die "$data exists but its password file is missing"
	fi
	mkdir -p -- "$sock"
	! is_root || chown -R postgres: "$sock" "$dir/.password"
	! is_root || chown postgres: "$dir/initdb.log" 2>/dev/null || true
	[ ! -e "$logfile" ] || ! is_root || chown postgres: "$logfile"

	# Pick a free port; if another process grabs it first, try again.
	local port attempt started=""
	for attempt in 1 2 3 4 5; do
		port="$(free_port)"
		if as_owner "$BINDIR/pg_ctl" -D "$data" -l "$logfile" -o "-p $port" -w -t 60 -s start >&2; then
			started=1
			break
		fi
		if is_running "$data"; then
			as_owner "$BINDIR/pg_ctl" -D "$data" -m immediate -w -s stop >&2 || true
		fi
		log "start attempt $attempt on port $port failed; retrying"
		sleep 0.2
	done
	if [ -z "$started" ]; then
		tail -n 30 "$logfile" >&2 || true
		die "PostgreSQL did not start (log: $logfile)"
	fi

	# Ready for TCP connections?
	local i ready=""
	for i in $(seq 1 100); do
		if [ -x "$BINDIR/pg_isready" ]; then
			"$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1 && { ready=1; break; }
		else
			(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { ready=1; break; }
		fi
		sleep 0.1
	done
	[ -n "$ready" ] || die "PostgreSQL started but is not accepting connections on 127.0.0.1:$port (log: $logfile)"

	local url="postgres://$PG_USER:$password@127.0.0.1:$port/postgres"
	printf '%s\n' "$url" >"$dir/url"
	[ -z "$watch" ] || start_watchdog "$dir" "$watch"
	printf '%s\n' "$url"
}

cmd_stop() {
	[ $# -eq 1 ] || usage
	local dir="$1"
	[ -e "$dir" ] || return 0
	dir="$(cd -- "$dir" && pwd -P)"
	[ "$dir" != / ] || die "refusing to use / as DIR"
	if [ ! -e "$dir/$MARKER" ]; then
		[ -z "$(ls -A -- "$dir")" ] || die "$dir was not made by scripts/postgres.sh start (no $MARKER); not removing it"
		rmdir -- "$dir"
		return 0
	fi
	local data="$dir/data"
	if is_running "$data"; then
		local pid bindir
		pid="$(head -n 1 "$data/postmaster.pid")"
		bindir="$(find_bindir || true)"
		if [ -n "$bindir" ]; then
			as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 -s stop >&2 || true
		fi
		if kill -0 "$pid" 2>/dev/null; then
			kill -INT "$pid" 2>/dev/null || true # fast shutdown
			local i
			for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
			kill -QUIT "$pid" 2>/dev/null || true # immediate shutdown
			for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
			kill -0 "$pid" 2>/dev/null && die "PostgreSQL (pid $pid) did not stop"
		fi
	fi
	rm -rf -- "$dir"
}

case "${1:-}" in
start) shift; cmd_start "$@" ;;
stop) shift; cmd_stop "$@" ;;
ensure) shift; [ $# -eq 0 ] || usage; ensure_bindir ;; # silent unless it installs
*) usage ;;
esac
