/* "Add another" and "Remove" for the rows of a Django formset ([data-formset]).
   Without JavaScript the form works the same: it comes with empty rows, and each row has a
   "Remove this item" box. With it, a new row is cloned from the formset's empty form and a
   removed row is ticked for deletion and hidden. */
(function () {
  "use strict";
  var status = document.querySelector("[data-row-status]");

  function enhanceRow(set, row) {
    var box = row.querySelector('input[type="checkbox"][name$="-DELETE"]');
    if (!box || row.querySelector("[data-remove-row]")) return;
    var holder = box.closest(".form-row__remove") || box.parentNode;
    var label = holder.querySelector("label");
    var legend = row.querySelector("legend");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary button--small";
    button.setAttribute("data-remove-row", "");
    button.textContent = label ? label.textContent : "×";
    if (legend) {
      var name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = " (" + legend.textContent + ")";
      button.appendChild(name);
    }
    button.addEventListener("click", function () {
      box.checked = true;
      row.hidden = true;
      if (status) status.textContent = status.getAttribute("data-removed");
      var add = set.querySelector("[data-add-row]");
      if (add) add.focus();
    });
    holder.hidden = true;
    holder.parentNode.insertBefore(button, holder.nextSibling);
  }

  document.querySelectorAll("[data-formset]").forEach(function (set) {
    var prefix = set.getAttribute("data-formset");
    var total = set.querySelector('input[name="' + prefix + '-TOTAL_FORMS"]');
    var template = set.querySelector("template[data-empty-row]");
    var rows = set.querySelector("[data-rows]");
    var add = set.querySelector("[data-add-row]");
    rows.querySelectorAll("[data-row]").forEach(function (row) { enhanceRow(set, row); });
    if (!total || !template || !add) return;
    add.hidden = false;
    add.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      var html = template.innerHTML
        .replace(/__prefix__/g, String(index))
        .replace(/__number__/g, String(index + 1));
      rows.insertAdjacentHTML("beforeend", html);
      total.value = String(index + 1);
      var row = rows.lastElementChild;
      enhanceRow(set, row);
      var first = row.querySelector("textarea, input:not([type=hidden])");
      if (first) first.focus();
    });
  });
})();
