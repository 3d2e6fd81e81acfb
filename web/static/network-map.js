/* A place's network map: Cytoscape.js drawing positions laid out on the server
 * (graph/analysis/layout.py), so the browser never runs a force layout.
 *
 * Colour by sector, size by champion score, core with a thick outline, isolated groups
 * with a dashed red one; ties coloured by kind, with arrows on directed kinds. Search
 * highlights, filters hide, a click opens a side panel with the organisation's
 * neighbours highlighted and a link to its profile. The page's table lists the same
 * organisations for anyone who cannot use the map. Every control is an ordinary form
 * control or button, and the map itself takes + / - / 0 / arrow keys when focused. */
(function () {
  "use strict";
  var SECTOR_COLOURS = {
    vcse: "#1d70b8", statutory: "#505a5f", private: "#f47738", academic: "#4c2c92",
    funder: "#00703c", faith: "#d53880"
  };
  // Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), and a
  // line style as well, so no tie kind is told apart by colour alone.
  var KIND_STYLES = {
    partnership: { colour: "#0072b2", line: "solid" },
    referral: { colour: "#cc79a7", line: "solid" },
    funding: { colour: "#009e73", line: "dashed" },
    contract: { colour: "#d55e00", line: "dashed" },
    co_location: { colour: "#e69f00", line: "dotted" },
    network: { colour: "#8a8a8a", line: "solid" },
    shared_trustee: { colour: "#56b4e9", line: "dotted" },
    merger: { colour: "#0b0c0c", line: "solid" }
  };
  var LABEL_FONT = "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif";
  var LABEL_PX = 13;  // names that must stay legible are this size on screen at any zoom

  var container = document.getElementById("network-map");
  if (!container) { return; }
  var view = document.getElementById("map-view");
  var status = document.getElementById("network-map-status");
  var controls = document.getElementById("map-controls");
  var toolbar = document.getElementById("map-toolbar");
  var panel = document.getElementById("map-panel");
  var searchBox = document.getElementById("map-search");
  var searchResult = document.getElementById("map-search-result");
  var searchList = document.getElementById("map-search-list");
  var filters = {
    sector: document.getElementById("map-sector"), lens: document.getElementById("map-lens"),
    kind: document.getElementById("map-kind"), size: document.getElementById("map-size"),
    led: document.getElementById("map-led"), area: document.getElementById("map-area")
  };
  var grouping = document.getElementById("map-group");
  var src = container.getAttribute("data-src");
  var cy = null, data = null, focused = null;

  function say(text) { if (status) { status.textContent = text; } }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function fill(select, options, first) {
    if (!select) { return; }
    select.textContent = "";
    if (first) { select.appendChild(new Option(first, "")); }
    options.forEach(function (o) { select.appendChild(new Option(o.text, o.value === "" ? "-" : o.value)); });
  }

  // ---- legend: node colours and marks, then tie kinds ---------------------------------------
  function drawLegend() {
    var nodesKey = document.getElementById("map-legend"), edgesKey = document.getElementById("map-legend-ties");
    function item(text, swatch) { var li = el("li"); li.appendChild(swatch); li.appendChild(document.createTextNode(text)); return li; }
    if (nodesKey) {
      nodesKey.textContent = "";
      data.sectors.forEach(function (s) {
        var sw = el("span", "pm-legend__swatch"); sw.style.background = SECTOR_COLOURS[s.value] || "#b1b4b6";
        nodesKey.appendChild(item(s.text, sw));
      });
      nodesKey.appendChild(item("Core partner (thick outline)", el("span", "pm-legend__swatch pm-legend__swatch--core")));
      nodesKey.appendChild(item("Isolated group (dashed red outline)", el("span", "pm-legend__swatch pm-legend__swatch--isolated")));
      nodesKey.appendChild(item("Bigger circle: higher champion score", el("span", "pm-legend__swatch pm-legend__swatch--big")));
    }
    if (edgesKey) {
      edgesKey.textContent = "";
      data.tie_kinds.forEach(function (k) {
        var st = KIND_STYLES[k.value] || { colour: "#8a8a8a", line: "solid" };
        var sw = el("span", "pm-legend__line pm-legend__line--" + st.line);
        sw.style.borderTopColor = st.colour;
        edgesKey.appendChild(item(k.text + (k.directed ? " (arrow: from → to)" : ""), sw));
      });
      if (!data.tie_kinds.length) { edgesKey.appendChild(el("li", null, data.no_ties_note || "No ties among these organisations.")); }
    }
  }

  // ---- styles --------------------------------------------------------------------------------
  function styles() {
    var s = [
      { selector: "node.org", style: {
          "background-color": function (n) { return SECTOR_COLOURS[n.data("sector")] || "#b1b4b6"; },
          "width": function (n) { return 16 + 34 * n.data("weight"); },
          "height": function (n) { return 16 + 34 * n.data("weight"); },
          "border-width": 1, "border-color": "#ffffff",
          "label": "data(label)", "font-size": 11, "min-zoomed-font-size": 10,
          "font-family": LABEL_FONT,
          "text-valign": "bottom", "text-margin-y": 3, "color": "#0b0c0c",
          "text-wrap": "ellipsis", "text-max-width": 160,
          "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
      { selector: "node.core", style: { "border-width": 5, "border-color": "#0b0c0c" } },
      { selector: "node.isolated", style: { "border-width": 3, "border-color": "#d4351c", "border-style": "dashed" } },
      { selector: "node.central, node.labelled", style: { "font-weight": "bold" } },
      { selector: "node.match", style: { "border-width": 5, "border-color": "#ffdd00", "z-index": 30, "min-zoomed-font-size": 0 } },
      { selector: "node.focus", style: { "border-width": 5, "border-color": "#0b0c0c", "z-index": 40, "min-zoomed-font-size": 0 } },
      { selector: "node.group", style: {
          "shape": "round-rectangle", "background-color": "#f3f2f1", "background-opacity": 0.6,
          "border-width": 1, "border-color": "#b1b4b6", "label": "data(label)", "text-valign": "top",
          "text-halign": "center", "font-size": 14, "font-weight": "bold", "color": "#0b0c0c",
          "padding": 20, "min-zoomed-font-size": 0, "events": "no",
          // A box holds its members, not their names: names kept legible when zoomed out are
          // wide, and boxes sized around them would overlap their neighbours.
          "compound-sizing-wrt-labels": "exclude" } },
      { selector: "edge", style: {
          "width": 1.2, "curve-style": "straight", "opacity": 0.55,
          "line-color": function (e) { return (KIND_STYLES[e.data("kind")] || {}).colour || "#8a8a8a"; },
          "line-style": function (e) { return (KIND_STYLES[e.data("kind")] || {}).line || "solid"; } } },
      { selector: "edge.directed", style: {
          "target-arrow-shape": "triangle", "arrow-scale": 0.9,
          "target-arrow-color": function (e) { return (KIND_STYLES[e.data("kind")] || {}).colour || "#8a8a8a"; } } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "edge.near", style: { "opacity": 1, "width": 2.5, "z-index": 15 } },
      { selector: ".hidden", style: { "display": "none" } }
    ];
    return s;
  }

  // Names that must stay legible keep LABEL_PX on screen however far out the map is
  // zoomed: the focused organisation, its neighbours, search matches and what the pointer
  // is on, then the most central organisations in order, each only where its name would
  // not sit on one already shown (a label drawn over another is legible as neither).
  var pendingLabels = false, measurer = null;
  // A name's width as the browser draws it (a guess from its length was too narrow for
  // wide fonts and capitals, so neighbouring names overlapped).
  function textWidth(text, fontPx, bold) {
    measurer = measurer || document.createElement("canvas").getContext("2d");
    measurer.font = (bold ? "bold " : "") + fontPx + "px " + LABEL_FONT;
    return measurer.measureText(text).width;
  }
  function refreshLabels() {
    if (pendingLabels || !cy) { return; }
    pendingLabels = true;
    window.requestAnimationFrame(function () {
      pendingLabels = false;
      var zoom = cy.zoom(), px = LABEL_PX / zoom, placed = [];
      var first = cy.nodes(".org.labelled, .org.match, .org.focus").not(".hidden");
      var central = cy.nodes(".org.central").not(".hidden").not(first)
        .sort(function (a, b) { return a.data("central_rank") - b.data("central_rank"); });
      function box(n, fontPx, maxWidth) {
        fontPx = fontPx || LABEL_PX;
        var p = n.renderedPosition(), r = n.renderedOuterWidth() / 2,
            w = Math.min(textWidth(n.data("label"), fontPx, n.hasClass("central") || n.hasClass("labelled")),
                         maxWidth || 210) + 4 + fontPx / 2;   // the label's own padding and a gap
        return { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r, y2: p.y + r + fontPx + 6 };
      }
      function clashes(b) {
        return placed.some(function (q) { return b.x1 < q.x2 && b.x2 > q.x1 && b.y1 < q.y2 && b.y2 > q.y1; });
      }
      var big = { "font-size": px, "text-max-width": 210 / zoom, "min-zoomed-font-size": 0, "text-opacity": 1, "z-index": 20 };
      var quiet = { "font-size": px, "min-zoomed-font-size": 0, "text-opacity": 0 };
      cy.batch(function () {
        cy.nodes(".sized").not(first).not(central).removeStyle().removeClass("sized quiet");
        first.forEach(function (n) { placed.push(box(n)); n.style(big).addClass("sized"); });
        central.forEach(function (n) {
          var b = box(n), clash = clashes(b);
          if (!clash) { placed.push(b); }
          n.style(clash ? quiet : big).addClass("sized").toggleClass("quiet", clash);
        });
        // Every other name shows at its own size once zoomed in far enough, and likewise
        // only where it does not sit on a name already shown: a place of many groups with
        // no ties (a council's grants file) is a grid of long names side by side.
        var ownPx = 11 * zoom;
        if (ownPx >= 10) {
          cy.nodes(".org").not(".hidden").not(first).not(central).forEach(function (n) {
            var b = box(n, ownPx, 160 * zoom);
            if (clashes(b)) { n.style({ "text-opacity": 0 }).addClass("sized quiet"); } else { placed.push(b); }
          });
        }
        cy.nodes(".group").style({ "font-size": Math.max(14, (LABEL_PX + 2) / zoom) });
      });
    });
  }

  // ---- filters -------------------------------------------------------------------------------
  function value(select) { return select ? select.value : ""; }
  function applyFilters() {
    var sector = value(filters.sector), lens = value(filters.lens), kind = value(filters.kind),
        size = value(filters.size), led = value(filters.led), area = value(filters.area);
    var shown = 0, ties = 0;
    cy.batch(function () {
      cy.nodes(".org").forEach(function (n) {
        var d = n.data(), ok = true;
        if (sector && d.sector !== sector) { ok = false; }
        if (size && (size === "-" ? d.size_band !== "" : d.size_band !== size)) { ok = false; }
        if (led === "marginalised" && !d.marginalised_led) { ok = false; }
        if (led === "small_or_marginalised" && !(d.marginalised_led || d.small)) { ok = false; }
        if (led && led !== "marginalised" && led !== "small_or_marginalised" && d.led_by.indexOf(led) < 0) { ok = false; }
        if (area && d.area !== area) { ok = false; }
        n.toggleClass("hidden", !ok);
        if (ok) { shown += 1; }
      });
      cy.edges().forEach(function (e) {
        var d = e.data(), ok = !e.source().hasClass("hidden") && !e.target().hasClass("hidden");
        if (lens && d.lens !== lens) { ok = false; }
        if (kind && d.kind !== kind) { ok = false; }
        e.toggleClass("hidden", !ok);
        if (ok) { ties += 1; }
      });
      cy.nodes(".group").forEach(function (g) {
        g.toggleClass("hidden", g.children(".org").not(".hidden").length === 0);
      });
    });
    container.setAttribute("data-visible", String(shown));
    refreshLabels();
    container.setAttribute("data-visible-edges", String(ties));
    var total = cy.nodes(".org").length;
    say((shown === total ? "Showing all " + total + " organisations" : "Showing " + shown + " of " + total + " organisations") +
        " and " + ties + " ties" + (data.left_off ? " (" + data.left_off + " more in the table)" : "") + ".");
  }

  // ---- search --------------------------------------------------------------------------------
  function runSearch() {
    var q = searchBox.value.trim().toLowerCase();
    cy.elements().removeClass("match faded");
    if (searchList) { searchList.textContent = ""; }
    container.setAttribute("data-matches", "0");
    if (!q) { searchResult.textContent = ""; if (focused) { highlight(focused); } refreshLabels(); return []; }
    var matches = cy.nodes(".org").filter(function (n) { return n.data("label").toLowerCase().indexOf(q) >= 0; });
    cy.batch(function () {
      cy.elements().not(matches).addClass("faded");
      matches.addClass("match");
      cy.nodes(".group").removeClass("faded");
    });
    container.setAttribute("data-matches", String(matches.length));
    refreshLabels();
    searchResult.textContent = matches.length === 0 ? "No organisation on the map matches “" + searchBox.value.trim() + "”."
      : matches.length + " organisation" + (matches.length === 1 ? "" : "s") + " on the map match" +
        (matches.length === 1 ? "es" : "") + " “" + searchBox.value.trim() + "”" +
        (matches.length > 1 ? ": choose one below, or press Enter for the first." : ". Press Enter to open it.");
    if (searchList) {
      matches.slice(0, 8).forEach(function (n) {
        var li = el("li"), b = el("button", "pm-link-button", n.data("label"));
        b.type = "button";
        b.addEventListener("click", function () { select(n.id(), true); });
        li.appendChild(b); searchList.appendChild(li);
      });
    }
    return matches;
  }

  // ---- focus on one organisation: neighbours highlighted, side panel -------------------------
  function highlight(node) {
    var near = node.closedNeighborhood().not(".hidden");
    cy.batch(function () {
      cy.elements().removeClass("faded near labelled focus");
      cy.elements().not(near).not(".group").addClass("faded");
      near.nodes().addClass("labelled");
      near.edges().addClass("near");
      node.addClass("focus");
    });
    refreshLabels();
  }

  function tieWords(node, other) {
    var kinds = {};
    node.edgesWith(other).forEach(function (e) {
      var k = e.data("kind"), text = (data.tie_kinds.filter(function (t) { return t.value === k; })[0] || { text: k }).text;
      if (e.data("directed")) { text += e.source().id() === node.id() ? " (to them)" : " (from them)"; }
      kinds[text] = true;
    });
    return Object.keys(kinds).join(", ");
  }

  function showPanel(node) {
    var d = node.data();
    panel.textContent = "";
    var head = el("div", "pm-map-panel__head");
    var title = el("h3", "govuk-heading-s pm-map-panel__title", d.label);
    title.id = "map-panel-title";
    var close = el("button", "govuk-button govuk-button--secondary pm-map-panel__close", "Close");
    close.type = "button";
    close.setAttribute("aria-label", "Close the details of " + d.label);
    close.addEventListener("click", clearFocus);
    head.appendChild(title); head.appendChild(close);
    panel.appendChild(head);
    var facts = el("dl", "pm-map-panel__facts");
    function fact(k, v) { facts.appendChild(el("dt", null, k)); facts.appendChild(el("dd", null, v)); }
    var sector = data.sectors.filter(function (s) { return s.value === d.sector; })[0];
    fact("Sector", sector ? sector.text : d.sector);
    var size = data.sizes.filter(function (s) { return s.value === d.size_band; })[0];
    fact("Size", d.size_band ? (size ? size.text : d.size_band) : "Not known");
    if (d.led_by.length) { fact("Led by", d.led_by.map(function (x) { return x.replace(/_/g, " "); }).join(", ")); }
    fact("Ties here", String(d.ties));
    fact("Champion score", d.champion_score.toFixed(2) + " (0 to 1: how much it links organisations that are otherwise apart)");
    var roles = [];
    if (d.core) { roles.push("in the core that holds this network together"); }
    if (d.isolated) { roles.push("an isolated group: few or no ties here"); }
    if (roles.length) { fact("Role", roles.join("; ")); }
    panel.appendChild(facts);
    var link = el("a", "govuk-button pm-map-panel__profile", "Open the profile of " + d.label);
    link.href = d.url;
    panel.appendChild(link);
    var others = node.neighborhood(".org").not(".hidden").sort(function (a, b) { return a.data("label").localeCompare(b.data("label")); });
    panel.appendChild(el("h4", "govuk-heading-s", others.length ? "Tied to " + others.length + " here" : "No ties shown here"));
    if (others.length) {
      var list = el("ul", "govuk-list pm-map-panel__list");
      others.forEach(function (o) {
        var li = el("li"), b = el("button", "pm-link-button", o.data("label"));
        b.type = "button";
        b.addEventListener("click", function () { select(o.id(), true); });
        li.appendChild(b);
        li.appendChild(el("span", "pm-muted", " – " + tieWords(node, o)));
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
    panel.hidden = false;
    view.classList.add("pm-mapview--panel");
    cy.resize();
  }

  function select(id, moveFocus) {
    var node = cy.getElementById(id);
    if (!node || !node.length) { return; }
    focused = node;
    if (node.hasClass("hidden")) { node.removeClass("hidden"); }
    highlight(node);
    showPanel(node);
    container.setAttribute("data-focus", id);
    // Bring the organisation and its ties into view, close enough to read their names.
    var near = node.closedNeighborhood().not(".hidden");
    cy.animate({ fit: { eles: near, padding: 60 } }, { duration: 250, complete: function () {
      if (cy.zoom() > 1.6) { cy.zoom({ level: 1.6, position: node.position() }); }
      refreshLabels();
    } });
    if (moveFocus) { panel.focus(); }
  }

  function clearFocus() {
    focused = null;
    cy.elements().removeClass("faded near labelled focus");
    panel.hidden = true;
    panel.textContent = "";
    view.classList.remove("pm-mapview--panel");
    container.removeAttribute("data-focus");
    refreshLabels();
    cy.resize();
    if (searchBox && searchBox.value) { runSearch(); }
  }

  // ---- grouping: positions for the layout asked for, from the server ---------------------------
  function fetchLayout(group) {
    var url = src + (group && group !== "none" ? (src.indexOf("?") < 0 ? "?" : "&") + "group=" + encodeURIComponent(group) : "");
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error("the map data could not be loaded (" + r.status + ")"); }
      return r.json();
    });
  }

  function applyGrouping(next) {
    var byId = {};
    next.elements.nodes.forEach(function (n) { byId[n.data.id] = n; });
    cy.batch(function () {
      cy.nodes(".org").forEach(function (n) { if (n.parent().length) { n.move({ parent: null }); } });
      cy.remove(cy.nodes(".group"));
      (next.groups || []).forEach(function (g) {
        cy.add({ group: "nodes", data: { id: g.id, label: g.label + " (" + g.members + ")" }, classes: "group" });
      });
      cy.nodes(".org").forEach(function (n) {
        var d = byId[n.id()];
        if (!d) { return; }
        n.position(d.position);
        if (d.data.group) { n.move({ parent: d.data.group }); }
      });
    });
    window.partnermapMap = cy;
    container.setAttribute("data-group", next.group || "none");
    applyFilters();
    cy.fit(cy.elements().not(".hidden"), 30);
    if (focused) { select(focused.id(), false); }
  }

  // ---- toolbar -------------------------------------------------------------------------------
  function zoomBy(factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  }
  function fullScreen() {
    var target = view;
    if (document.fullscreenElement) { document.exitFullscreen(); return; }
    if (target.requestFullscreen) {
      target.requestFullscreen().catch(function () { view.classList.toggle("pm-mapview--full"); cy.resize(); });
    } else {
      view.classList.toggle("pm-mapview--full");
      cy.resize();
    }
  }
  function downloadPng() {
    var blob = cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "network-" + (data.place.code || "map").replace(/[^A-Za-z0-9_-]+/g, "-") + ".png";
    document.body.appendChild(a);
    a.click();
    window.setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    say("Saved the map as " + a.download + ".");
  }

  function wireControls() {
    var actions = { "zoom-in": function () { zoomBy(1.4); }, "zoom-out": function () { zoomBy(1 / 1.4); },
                    "fit": function () { cy.fit(cy.elements().not(".hidden"), 30); },
                    "full-screen": fullScreen, "png": downloadPng };
    toolbar.querySelectorAll("button[data-action]").forEach(function (b) {
      b.addEventListener("click", function () { actions[b.getAttribute("data-action")](); });
    });
    document.addEventListener("fullscreenchange", function () {
      view.classList.toggle("pm-mapview--full", document.fullscreenElement === view);
      window.setTimeout(function () { cy.resize(); cy.fit(cy.elements().not(".hidden"), 30); }, 50);
    });
    Object.keys(filters).forEach(function (k) {
      if (filters[k]) { filters[k].addEventListener("change", function () { applyFilters(); if (focused) { highlight(focused); } }); }
    });
    var timer = null;
    searchBox.addEventListener("input", function () { window.clearTimeout(timer); timer = window.setTimeout(runSearch, 120); });
    searchBox.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        e.preventDefault();
        var m = runSearch();
        if (m && m.length) { select(m[0].id(), false); }
      }
    });
    controls.addEventListener("submit", function (e) { e.preventDefault(); });
    if (grouping) {
      grouping.addEventListener("change", function () {
        say("Arranging the map…");
        fetchLayout(grouping.value).then(applyGrouping).catch(function (err) { say("The map could not be rearranged: " + err.message + "."); });
      });
    }
    // The map itself, when it has the keyboard focus.
    container.addEventListener("keydown", function (e) {
      var step = 80, handled = true;
      if (e.key === "+" || e.key === "=") { zoomBy(1.4); }
      else if (e.key === "-" || e.key === "_") { zoomBy(1 / 1.4); }
      else if (e.key === "0") { cy.fit(cy.elements().not(".hidden"), 30); }
      else if (e.key === "ArrowLeft") { cy.panBy({ x: step, y: 0 }); }
      else if (e.key === "ArrowRight") { cy.panBy({ x: -step, y: 0 }); }
      else if (e.key === "ArrowUp") { cy.panBy({ x: 0, y: step }); }
      else if (e.key === "ArrowDown") { cy.panBy({ x: 0, y: -step }); }
      else if (e.key === "Escape" && focused) { clearFocus(); }
      else { handled = false; }
      if (handled) { e.preventDefault(); }
    });
  }

  function draw(json) {
    data = json;
    drawLegend();
    var nodes = data.elements.nodes, edges = data.elements.edges;
    if (!nodes.length) { say("No organisations to draw."); return; }
    fill(filters.sector, data.sectors, "Any sector");
    fill(filters.kind, data.tie_kinds, "Any kind of tie");
    fill(filters.size, data.sizes, "Any size");
    fill(filters.area, data.areas.map(function (a) { return { value: a.value, text: a.text + " (" + a.organisations + ")" }; }),
         "Anywhere in " + data.place.name);
    if (grouping) {
      grouping.textContent = "";
      data.groupings.forEach(function (g) { grouping.appendChild(new Option(g.text, g.value)); });
      if (!data.areas.length) { grouping.querySelector("option[value=place]").disabled = true; }
    }
    // Cytoscape adds a <style> for its container unless an element with this id exists;
    // the Content-Security-Policy refuses inline styles, so app.css carries the rule and
    // this empty marker stops the injection.
    if (!document.getElementById("__________cytoscape_stylesheet")) {
      var marker = document.createElement("meta");
      marker.id = "__________cytoscape_stylesheet";
      document.head.appendChild(marker);
    }
    var big = nodes.length > 300;
    cy = cytoscape({
      container: container, elements: data.elements, style: styles(),
      layout: { name: "preset", fit: true, padding: 30 },
      minZoom: 0.03, maxZoom: 5, boxSelectionEnabled: false, autoungrabify: true,
      textureOnViewport: big, hideEdgesOnViewport: big, motionBlur: false
    });
    cy.on("tap", "node.org", function (evt) { select(evt.target.id(), false); });
    cy.on("tap", function (evt) { if (evt.target === cy && focused) { clearFocus(); } });
    cy.on("mouseover", "node.org", function (evt) { evt.target.addClass("labelled"); refreshLabels(); container.style.cursor = "pointer"; });
    cy.on("mouseout", "node.org", function (evt) {
      if (!focused || !focused.closedNeighborhood().contains(evt.target)) { evt.target.removeClass("labelled"); refreshLabels(); }
      container.style.cursor = "";
    });
    cy.on("zoom", refreshLabels);
    refreshLabels();
    window.partnermapMap = cy;
    container.setAttribute("data-nodes", String(cy.nodes(".org").length));
    container.setAttribute("data-edges", String(cy.edges().length));
    container.setAttribute("data-group", "none");
    controls.hidden = false;
    // On a phone the filters start folded, so the map is not seven menus down the page.
    var folded = document.getElementById("map-filters");
    if (folded && window.matchMedia && window.matchMedia("(max-width: 640px)").matches) { folded.open = false; }
    toolbar.hidden = false;
    wireControls();
    applyFilters();
  }

  if (typeof cytoscape === "undefined") {
    say("The map cannot be drawn in this browser. The table below lists every organisation.");
    return;
  }
  fetchLayout("none").then(draw).catch(function (err) {
    say("The map could not be drawn: " + err.message + ". The table below lists every organisation.");
  });
})();
