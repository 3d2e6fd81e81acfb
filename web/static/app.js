/* Page start-up, kept in a file so the Content-Security-Policy can forbid inline scripts. */
import { initAll } from "./vendor/govuk/govuk-frontend.min.js";
import { initPickers } from "./picker.js";

initAll();
initPickers();

/* Bars whose length is data (champion scores): set through the style object, which the
 * policy allows, rather than a style="" attribute, which it refuses. */
document.querySelectorAll("[data-bar-width]").forEach(function (el) {
  var px = Number(el.getAttribute("data-bar-width"));
  if (isFinite(px) && px >= 0) { el.style.width = px + "px"; }
});

/* A table wider than a phone's screen scrolls in its own box (app.css): make that box
 * reachable from the keyboard and name it, as WCAG asks of a scrollable region. */
function markScrollingTables() {
  document.querySelectorAll(".govuk-table").forEach(function (table) {
    if (table.scrollWidth > table.clientWidth + 1) {
      if (!table.hasAttribute("tabindex")) {
        table.setAttribute("tabindex", "0");
        table.setAttribute("data-pm-scroll", "");
      }
    } else if (table.hasAttribute("data-pm-scroll")) {
      table.removeAttribute("tabindex");
      table.removeAttribute("data-pm-scroll");
    }
  });
}
markScrollingTables();
window.addEventListener("resize", markScrollingTables);
