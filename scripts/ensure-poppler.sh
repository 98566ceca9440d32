#!/usr/bin/env bash
# Makes sure Debian's poppler-utils (pdfinfo, pdftotext) are installed for the PDF tests
# (test/api/pdf.test.ts, e2e/one-page-print.test.ts), installing them with apt-get when running as root. Prints one
# short line when all is well.
set -euo pipefail

if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "ensure-poppler.sh: pdfinfo or pdftotext is missing: install Debian's poppler-utils package (apt-get install poppler-utils)" >&2
		exit 1
	fi
	command -v flock >/dev/null || { echo "ensure-poppler.sh: flock (util-linux) is missing" >&2; exit 1; }
	# One apt-get at a time (ensure-chromium.sh may run beside us); re-check once we hold the lock.
	exec 9>/tmp/growthmap-poppler-install.lock
	flock -w 1800 9 || { echo "ensure-poppler.sh: timed out waiting for another poppler-utils install" >&2; exit 1; }
	if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
		aptlog="$(mktemp /tmp/growthmap-apt-poppler.XXXXXX.log)"
		echo "ensure-poppler.sh: installing Debian's poppler-utils with apt-get (log: $aptlog)" >&2
		# Install first; refresh the package lists only when the install cannot find the package.
		if ! DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y poppler-utils >"$aptlog" 2>&1; then
			if ! {
				DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update &&
					DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y poppler-utils
			} >>"$aptlog" 2>&1; then
				tail -n 30 "$aptlog" >&2
				echo "ensure-poppler.sh: apt-get install poppler-utils failed (full log: $aptlog); install Debian's poppler-utils package" >&2
				exit 1
			fi
		fi
		rm -f "$aptlog"
	fi
	exec 9>&-
fi

echo "poppler-utils: $(command -v pdfinfo)"
