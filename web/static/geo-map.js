/* A place's geographic map: Leaflet with no background tiles unless the GEO_TILE_URL
 * setting names some (so it works offline and fetches nothing from elsewhere by default).
 * Places are drawn from their imported boundaries, shaded by need against provision;
 * organisations are dots at their coordinates, coloured by sector, each opening a popup
 * with a link to its profile. The table below the map gives the same places. */
(function () {
  "use strict";
  var SECTOR_COLOURS = {
    vcse: "#1d70b8", statutory: "#505a5f", private: "#f47738", academic: "#4c2c92",
    funder: "#00703c", faith: "#d53880"
  };
  // A sequential scale (light to dark), readable with the common colour-vision deficiencies.
  var BAND_FILLS = { low: "#deebf7", medium: "#9ecae1", high: "#3182bd", unknown: "#f3f2f1" };
  var el = document.getElementById("geo-map");
  if (!el) { return; }
  var status = document.getElementById("geo-map-status");
  function say(t) { if (status) { status.textContent = t; } }
  function li(text, cls, colour) {
    var item = document.createElement("li"), sw = document.createElement("span");
    sw.className = "pm-legend__swatch " + (cls || "");
    if (colour) { sw.style.background = colour; }
    item.appendChild(sw);
    item.appendChild(document.createTextNode(text));
    return item;
  }
  if (typeof L === "undefined") { say("The map cannot be drawn in this browser; the table below lists the places."); return; }

  fetch(el.getAttribute("data-src"), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("the map data could not be loaded (" + r.status + ")"); } return r.json(); })
    .then(function (data) {
      var map = L.map(el, { zoomSnap: 0.25, preferCanvas: false, attributionControl: !!data.tiles.url });
      if (data.tiles.url) {
        L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution || "", maxZoom: 18 }).addTo(map);
      }
      // The place itself is shaded faintly under the places inside it, fully when it is alone.
      var alone = data.areas.features.length === 1;
      var areas = L.geoJSON(data.areas, {
        style: function (f) {
          var p = f.properties;
          return { color: p.outer ? "#0b0c0c" : "#505a5f", weight: p.outer ? 3 : 1.5,
                   fillOpacity: p.outer && !alone ? 0.15 : 0.65,
                   fillColor: BAND_FILLS[p.band] || BAND_FILLS.unknown, className: "pm-geo-area pm-geo-area--" + p.band };
        },
        onEachFeature: function (f, layer) {
          var p = f.properties;
          layer.bindTooltip(p.name + ": " + p.words + " (" + p.organisations + " organisations, " + p.needs +
                            " needs recorded, " + p.unmet + " with no provider)", { sticky: true });
        }
      }).addTo(map);
      var dots = L.geoJSON(data.organisations, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 5, color: "#ffffff", weight: 1, fillOpacity: 0.95,
                                          fillColor: SECTOR_COLOURS[f.properties.sector] || "#b1b4b6",
                                          className: "pm-geo-org" });
        },
        onEachFeature: function (f, layer) {
          var box = document.createElement("div"), name = document.createElement("strong"),
              kind = document.createElement("p"), link = document.createElement("a");
          name.textContent = f.properties.name;
          kind.textContent = f.properties.sector_label + (f.properties.small ? " · small" : "") +
                             (f.properties.marginalised_led ? " · led by smaller or marginalised voices" : "");
          link.href = f.properties.url;
          link.className = "govuk-link";
          link.textContent = "Open the profile";
          box.appendChild(name); box.appendChild(kind); box.appendChild(link);
          layer.bindPopup(box);
        }
      }).addTo(map);
      var bounds = areas.getBounds();
      if (dots.getLayers().length) { bounds = bounds.isValid() ? bounds.extend(dots.getBounds()) : dots.getBounds(); }
      if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20] }); } else { map.setView([54.5, -2.5], 6); }
      el.setAttribute("data-organisations", String(dots.getLayers().length));
      el.setAttribute("data-areas", String(areas.getLayers().length));
      window.partnermapGeo = map;

      var need = document.getElementById("geo-legend-need"), sectors = document.getElementById("geo-legend-sectors");
      data.bands.forEach(function (b) { need.appendChild(li(b.text, "pm-legend__swatch--square", BAND_FILLS[b.value])); });
      var present = {};
      data.organisations.features.forEach(function (f) { present[f.properties.sector] = true; });
      data.sectors.forEach(function (s) { if (present[s.value]) { sectors.appendChild(li(s.text, "", SECTOR_COLOURS[s.value])); } });
      say("Showing " + dots.getLayers().length + " organisations and " + areas.getLayers().length + " outlined place" +
          (areas.getLayers().length === 1 ? "" : "s") + (data.tiles.url ? "." : ", with no background map (none is set up)."));
    })
    .catch(function (err) { say("The map could not be drawn: " + err.message + ". The table below lists the places."); });
})();
