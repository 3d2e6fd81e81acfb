/* Page start-up, kept in a file so the Content-Security-Policy can forbid inline scripts. */
import { initAll } from "./vendor/govuk/govuk-frontend.min.js";

initAll();

/* Bars whose length is data (champion scores): set through the style object, which the
 * policy allows, rather than a style="" attribute, which it refuses. */
document.querySelectorAll("[data-bar-width]").forEach(function (el) {
  var px = Number(el.getAttribute("data-bar-width"));
  if (isFinite(px) && px >= 0) { el.style.width = px + "px"; }
});
