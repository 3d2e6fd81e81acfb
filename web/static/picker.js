/* Type-to-filter pickers for long lists (services, communities, places).
 *
 * Progressive enhancement: the server sends a plain <select multiple data-pm-picker> that
 * works without JavaScript. Here it becomes a combobox (ARIA 1.2 pattern: a text input that
 * filters a listbox; arrows move, Enter chooses, Escape closes) and a list of the choices
 * made, each with a Remove button. The <select> stays in the form, hidden, and holds the
 * choices, so what is submitted is exactly what the plain form would submit.
 */
var MAX_SHOWN = 12;
var counter = 0;

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined) { node.textContent = text; }
  return node;
}

function enhance(select) {
  var id = select.id || ("pm-picker-" + (++counter));
  var label = document.querySelector('label[for="' + id + '"]');
  var labelText = label ? label.textContent.trim() : "choice";
  select.id = id + "-select";
  select.hidden = true;
  select.setAttribute("aria-hidden", "true");
  select.tabIndex = -1;

  var wrap = el("div", "pm-picker");
  var chosen = el("ul", "pm-picker__chosen");
  chosen.setAttribute("aria-label", labelText + ": chosen");
  var input = el("input", "govuk-input pm-picker__input");
  input.type = "text";
  input.id = id;
  input.autocomplete = "off";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  var listId = id + "-options";
  input.setAttribute("aria-controls", listId);
  var described = select.getAttribute("aria-describedby");
  var statusId = id + "-status";
  input.setAttribute("aria-describedby", (described ? described + " " : "") + statusId);
  if (select.classList.contains("govuk-select--error")) { input.classList.add("govuk-input--error"); }
  var list = el("ul", "pm-picker__options");
  list.id = listId;
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", labelText);
  list.hidden = true;
  var status = el("p", "govuk-visually-hidden");
  status.id = statusId;
  status.setAttribute("aria-live", "polite");

  var active = -1;
  var shown = [];

  function renderChosen() {
    chosen.textContent = "";
    Array.prototype.forEach.call(select.options, function (opt) {
      if (!opt.selected) { return; }
      var item = el("li", "pm-picker__choice");
      item.appendChild(el("span", "", opt.textContent.replace(/^[–\s]+/, "")));
      var remove = el("button", "pm-picker__remove", "Remove");
      remove.type = "button";
      var hidden = el("span", "govuk-visually-hidden", " " + opt.textContent.replace(/^[–\s]+/, ""));
      remove.appendChild(hidden);
      remove.addEventListener("click", function () {
        opt.selected = false;
        renderChosen();
        status.textContent = opt.textContent.trim() + " removed";
        input.focus();
      });
      item.appendChild(remove);
      chosen.appendChild(item);
    });
    chosen.hidden = !chosen.children.length;
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(i) {
    var items = list.children;
    if (!items.length) { return; }
    active = (i + items.length) % items.length;
    Array.prototype.forEach.call(items, function (li, j) {
      li.setAttribute("aria-selected", j === active ? "true" : "false");
      li.classList.toggle("pm-picker__option--active", j === active);
    });
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({block: "nearest"});
  }

  function choose(opt) {
    opt.selected = true;
    input.value = "";
    renderChosen();
    close();
    status.textContent = opt.textContent.trim() + " chosen";
  }

  function open() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    shown = Array.prototype.filter.call(select.options, function (opt) {
      if (opt.selected) { return false; }
      var text = (opt.textContent + " " + opt.value).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) !== -1; });
    });
    var total = shown.length;
    shown = shown.slice(0, MAX_SHOWN);
    shown.forEach(function (opt, j) {
      var li = el("li", "pm-picker__option", opt.textContent.replace(/^[–\s]+/, ""));
      li.id = id + "-option-" + j;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(opt); });
      list.appendChild(li);
    });
    list.hidden = !shown.length;
    input.setAttribute("aria-expanded", shown.length ? "true" : "false");
    active = -1;
    status.textContent = total ? (total + (total === 1 ? " match" : " matches") +
                                  (total > MAX_SHOWN ? ", first " + MAX_SHOWN + " shown" : "")) : "No matches";
  }

  input.addEventListener("input", open);
  input.addEventListener("focus", function () { if (input.value) { open(); } });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); if (list.hidden) { open(); } setActive(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); setActive(active - 1); }
    else if (e.key === "Enter") {
      if (!list.hidden && active >= 0 && shown[active]) { e.preventDefault(); choose(shown[active]); }
      else if (!list.hidden && shown.length === 1) { e.preventDefault(); choose(shown[0]); }
    } else if (e.key === "Escape") { close(); }
  });

  wrap.appendChild(chosen);
  wrap.appendChild(input);
  wrap.appendChild(list);
  wrap.appendChild(status);
  select.parentNode.insertBefore(wrap, select);
  renderChosen();
}

export function initPickers(root) {
  (root || document).querySelectorAll("select[data-pm-picker]").forEach(enhance);
}
