#!/usr/bin/env bash
# Fetch the web UI's pinned browser assets from the npm registry into web/static/vendor/.
#
#   bash scripts/fetch_frontend.sh          # idempotent: exits at once when already current
#   bash scripts/fetch_frontend.sh --force  # rebuild
#
# Versions are pinned in web/frontend/package.json + package-lock.json (integrity-checked by
# `npm ci`). govuk-frontend stays at the release the PyPI govuk-frontend-jinja port is
# verified against (6.3.0): change both together. The GOV.UK stylesheet is compiled from
# its Sass with a system font stack (web/frontend/partnermap.scss), so no GDS Transport
# font is served. Output is not committed (web/static/vendor/.gitignore).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/web/frontend"
out="$root/web/static/vendor"
cache="${PARTNERMAP_FRONTEND_CACHE:-$root/.cache/frontend}"

want="$(cat "$src/package-lock.json" "$src/partnermap.scss" "$0" | sha256sum | cut -d' ' -f1)"
# shellcheck source=npm_pinned.sh
source "$root/scripts/npm_pinned.sh"
if [[ "${1:-}" != "--force" ]] && npm_pinned_current "$out" "$want"; then
  exit 0
fi

npm_pinned_install "$src" "$cache" "$want"

tmp="$(mktemp -d "$root/web/static/.vendor.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
mkdir -p "$tmp/govuk/assets" "$tmp/cytoscape"

# GOV.UK Frontend: our compiled CSS, its JS module, and the images/manifest (not the fonts).
"$nm/.bin/sass" --no-source-map --style=compressed --quiet --load-path="$nm" \
  "$src/partnermap.scss" "$tmp/govuk/govuk-frontend.min.css"
cp "$nm/govuk-frontend/dist/govuk/govuk-frontend.min.js" "$tmp/govuk/"
cp -r "$nm/govuk-frontend/dist/govuk/assets/images" "$tmp/govuk/assets/"
cp "$nm/govuk-frontend/dist/govuk/assets/manifest.json" "$tmp/govuk/assets/"

# Cytoscape and the fCoSE layout with its two dependencies, as UMD builds for <script>.
cp "$nm/cytoscape/dist/cytoscape.min.js" "$tmp/cytoscape/"
cp "$nm/layout-base/layout-base.js" "$nm/cose-base/cose-base.js" \
   "$nm/cytoscape-fcose/cytoscape-fcose.js" "$tmp/cytoscape/"

# Leaflet for the geographic map: its script, stylesheet and marker images.
mkdir -p "$tmp/leaflet"
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$tmp/leaflet/"
cp -r "$nm/leaflet/dist/images" "$tmp/leaflet/"

# Licences travel with the code.
for pkg in govuk-frontend cytoscape cytoscape-fcose cose-base layout-base leaflet; do
  lic="$(ls "$nm/$pkg" | grep -iE '^(licen[cs]e|copying)' | head -1 || true)"
  if [[ -n "$lic" ]]; then cp "$nm/$pkg/$lic" "$tmp/LICENCE.$pkg"; fi
  node -e "const p=require('$nm/$pkg/package.json');console.log(p.name+'@'+p.version+' '+(p.license||''))" >> "$tmp/VERSIONS"
done
if [[ ! -f "$tmp/LICENCE.govuk-frontend" ]]; then
  printf 'govuk-frontend is released under the MIT licence (see its README).\nCopyright (c) Crown copyright (Government Digital Service)\n' \
    > "$tmp/LICENCE.govuk-frontend"
fi

printf '*\n!.gitignore\n' > "$tmp/.gitignore"
echo "$want" > "$tmp/.stamp"
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
echo "fetch_frontend: assets in ${out#$root/}: $(tr '\n' ' ' < "$out/VERSIONS")"
