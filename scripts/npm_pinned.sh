# Sourced by scripts/fetch_frontend.sh and scripts/fetch_test_assets.sh: the part both share.
#
#   npm_pinned_install SRC CACHE WANT   installs SRC's package-lock.json with `npm ci` into CACHE
#                                       (reused while its .installed stamp equals WANT) and sets
#                                       $nm to CACHE/node_modules.
#   npm_pinned_current OUT WANT         true when OUT/.stamp says OUT was built for WANT.
# WANT is a hash of what the output depends on, so any change to the pins rebuilds.

npm_pinned_current() {
  [[ -f "$1/.stamp" && "$(cat "$1/.stamp")" == "$2" ]]
}

npm_pinned_install() {
  local src="$1" cache="$2" want="$3"
  command -v npm >/dev/null || { echo "$(basename "$0"): npm is needed (Node 18+)" >&2; exit 1; }
  mkdir -p "$cache"
  cp "$src/package.json" "$src/package-lock.json" "$cache/"
  if [[ ! -f "$cache/.installed" || "$(cat "$cache/.installed")" != "$want" ]]; then
    (cd "$cache" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    echo "$want" > "$cache/.installed"
  fi
  nm="$cache/node_modules"
}
