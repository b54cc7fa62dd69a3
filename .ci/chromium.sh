#!/usr/bin/env bash
# Installs Debian's chromium for the web package's browser tests, unless it
# is already there.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q </dev/null
	apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core </dev/null
fi
/usr/bin/chromium --version
