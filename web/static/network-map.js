/* A place's network map: Cytoscape.js with the fCoSE layout.
 * Colour by sector, size by champion score, core with a thick outline, isolated groups
 * with a dashed red one. Selecting a node opens its organisation. The page's table lists
 * the same organisations for anyone who cannot use the map. */
(function () {
  "use strict";
  var SECTOR_COLOURS = {
    vcse: "#1d70b8", statutory: "#505a5f", private: "#f47738", academic: "#4c2c92",
    funder: "#00703c", faith: "#d53880"
  };
  var container = document.getElementById("network-map");
  if (!container) { return; }
  var status = document.getElementById("network-map-status");
  var legend = document.getElementById("map-legend");

  function say(text) { if (status) { status.textContent = text; } }

  function drawLegend(sectors) {
    if (!legend) { return; }
    // Built as elements (not an HTML string): the page's Content-Security-Policy refuses
    // style="" attributes, and the labels are data, not markup.
    function item(text, colour, modifier) {
      var li = document.createElement("li");
      var swatch = document.createElement("span");
      swatch.className = "pm-legend__swatch" + (modifier ? " pm-legend__swatch--" + modifier : "");
      if (colour) { swatch.style.background = colour; }
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(text));
      return li;
    }
    legend.textContent = "";
    sectors.forEach(function (s) { legend.appendChild(item(s.text, SECTOR_COLOURS[s.value])); });
    legend.appendChild(item("Core partner", null, "core"));
    legend.appendChild(item("Isolated group", null, "isolated"));
  }

  if (typeof cytoscape === "undefined") {
    say("The map cannot be drawn in this browser. The table below lists every organisation.");
    return;
  }
  if (typeof cytoscapeFcose !== "undefined") { cytoscape.use(cytoscapeFcose); }

  fetch(container.getAttribute("data-src"), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) {
      if (!r.ok) { throw new Error("the map data could not be loaded (" + r.status + ")"); }
      return r.json();
    })
    .then(function (data) {
      drawLegend(data.sectors);
      var nodes = data.elements.nodes, edges = data.elements.edges;
      if (!nodes.length) { say("No organisations to draw."); return; }
      // Cytoscape adds a <style> for its container unless an element with this id exists;
      // the Content-Security-Policy refuses inline styles, so app.css carries the rule and
      // this empty marker stops the injection.
      if (!document.getElementById("__________cytoscape_stylesheet")) {
        var marker = document.createElement("meta");
        marker.id = "__________cytoscape_stylesheet";
        document.head.appendChild(marker);
      }
      var cy = cytoscape({
        container: container,
        elements: data.elements,
        minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: {
              "background-color": function (n) { return SECTOR_COLOURS[n.data("sector")] || "#b1b4b6"; },
              "width": function (n) { return 14 + 46 * n.data("weight"); },
              "height": function (n) { return 14 + 46 * n.data("weight"); },
              "border-width": 1, "border-color": "#ffffff", "label": "",
              "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "color": "#0b0c0c",
              "text-background-color": "#ffffff", "text-background-opacity": 0.8 } },
          { selector: "node.core", style: { "border-width": 5, "border-color": "#0b0c0c", "label": "data(label)" } },
          { selector: "node.isolated", style: { "border-width": 3, "border-color": "#d4351c", "border-style": "dashed" } },
          { selector: "node:selected, node.hover", style: { "label": "data(label)", "z-index": 10 } },
          { selector: "edge", style: { "width": 1, "line-color": "#b1b4b6", "curve-style": "haystack", "opacity": 0.7 } },
          { selector: "edge[kind = 'funding']", style: { "line-color": "#00703c" } },
          { selector: "edge[kind = 'referral']", style: { "line-color": "#1d70b8" } }
        ],
        layout: { name: typeof cytoscapeFcose !== "undefined" ? "fcose" : "cose", animate: false,
                  randomize: true, quality: nodes.length > 300 ? "draft" : "default", nodeRepulsion: 6000,
                  idealEdgeLength: 60, packComponents: true, randomSeed: 7 }
      });
      cy.on("tap", "node", function (evt) { window.location.assign(evt.target.data("url")); });
      cy.on("mouseover", "node", function (evt) { evt.target.addClass("hover"); container.style.cursor = "pointer"; });
      cy.on("mouseout", "node", function (evt) { evt.target.removeClass("hover"); container.style.cursor = ""; });
      window.partnermapMap = cy;
      container.setAttribute("data-nodes", String(cy.nodes().length));
      container.setAttribute("data-edges", String(cy.edges().length));
      say("Showing " + nodes.length + " organisations and " + edges.length + " ties" +
          (data.left_off ? " (" + data.left_off + " more in the table)" : "") + ".");
    })
    .catch(function (err) {
      say("The map could not be drawn: " + err.message + ". The table below lists every organisation.");
    });
})();
