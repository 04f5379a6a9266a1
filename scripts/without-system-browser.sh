#!/usr/bin/env bash
# Runs a command as on a bare machine with no browser: in a private mount namespace (nothing
# changes outside it) Debian's /usr/bin/chromium, the system's NSS and expat libraries and the
# system fonts are covered, so only the npm browser with its own libraries and fonts can pass,
# and CABLE1957_EXPECT_BROWSER=npm makes test/support/browser.ts refuse any other. Needs root
# (CI runs as root). Usage: scripts/without-system-browser.sh COMMAND [ARGS...]
set -euo pipefail
if ! unshare --mount true 2>/dev/null; then
  echo "without-system-browser: cannot make a private mount namespace (unshare --mount needs root)" >&2
  exit 1
fi
exec unshare --mount --propagation private bash -c '
  set -euo pipefail
  libs=$(ldconfig -p | awk '\''/lib(nss3|nssutil3|nspr4|plc4|plds4|smime3|softokn3|freebl3|freeblpriv3|expat)\.so/ { print $NF }'\'' | xargs -r realpath | sort -u)
  for f in /usr/bin/chromium $libs; do
    if [ -e "$f" ]; then mount --bind /dev/null "$f"; fi
  done
  for d in /usr/share/fonts /usr/local/share/fonts; do
    if [ -d "$d" ]; then mount -t tmpfs none "$d"; fi
  done
  unset CHROMIUM_PATH
  export CABLE1957_EXPECT_BROWSER=npm
  exec "$@"
' without-system-browser "$@"
