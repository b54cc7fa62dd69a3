#!/usr/bin/env bash
# Installs Debian's chromium for the web package's browser tests, unless it
# is already there.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
	apt-get update
	apt-get install -y chromium
fi
