#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium (for the e2e tests), installing
# it with apt-get when running as root. Prints one short line when all is well.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "ensure-chromium.sh: $CHROMIUM is missing: install Debian's chromium package (apt-get install chromium)" >&2
		exit 1
	fi
	command -v flock >/dev/null || { echo "ensure-chromium.sh: flock (util-linux) is missing" >&2; exit 1; }
	# One installer at a time; re-check once we hold the lock.
	exec 9>/tmp/growthmap-chromium-install.lock
	flock -w 1800 9 || { echo "ensure-chromium.sh: timed out waiting for another Chromium install" >&2; exit 1; }
	if [ ! -x "$CHROMIUM" ]; then
		aptlog="$(mktemp /tmp/growthmap-apt-chromium.XXXXXX.log)"
		echo "ensure-chromium.sh: installing Debian's chromium with apt-get (log: $aptlog)" >&2
		if ! {
			DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update &&
				DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y chromium
		} >"$aptlog" 2>&1; then
			tail -n 30 "$aptlog" >&2
			echo "ensure-chromium.sh: apt-get install chromium failed (full log: $aptlog); install Debian's chromium package (apt-get install chromium)" >&2
			exit 1
		fi
		rm -f "$aptlog"
	fi
	exec 9>&-
	[ -x "$CHROMIUM" ] || { echo "ensure-chromium.sh: chromium installed but $CHROMIUM is missing" >&2; exit 1; }
fi

echo "chromium: $CHROMIUM"
