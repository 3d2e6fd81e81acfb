#!/usr/bin/env bash
# Fetch the browser tests' own assets from the npm registry into tests/browser/axe/vendor/:
# axe-core, which tests/browser/test_accessibility.py injects into every page. Test-only: it
# is never copied under web/static, so the app never serves it to users.
#
#   bash scripts/fetch_test_assets.sh          # idempotent: exits at once when already current
#   bash scripts/fetch_test_assets.sh --force  # rebuild
#
# The version is pinned in tests/browser/axe/package.json + package-lock.json (integrity-checked
# by `npm ci`), as scripts/fetch_frontend.sh pins the app's assets. Output is not committed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/tests/browser/axe"
out="$src/vendor"
cache="${PARTNERMAP_TEST_ASSETS_CACHE:-$root/.cache/test-assets}"

want="$(cat "$src/package-lock.json" "$0" | sha256sum | cut -d' ' -f1)"
# shellcheck source=npm_pinned.sh
source "$root/scripts/npm_pinned.sh"
if [[ "${1:-}" != "--force" ]] && npm_pinned_current "$out" "$want"; then
  exit 0
fi

npm_pinned_install "$src" "$cache" "$want"

tmp="$(mktemp -d "$src/.vendor.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
cp "$nm/axe-core/axe.min.js" "$tmp/"
cp "$nm/axe-core/LICENSE" "$tmp/LICENCE.axe-core"
node -e "const p=require('$nm/axe-core/package.json');console.log(p.name+'@'+p.version+' '+(p.license||''))" > "$tmp/VERSIONS"
printf '*\n!.gitignore\n' > "$tmp/.gitignore"
echo "$want" > "$tmp/.stamp"
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
echo "fetch_test_assets: $(tr '\n' ' ' < "$out/VERSIONS")in ${out#$root/}"
