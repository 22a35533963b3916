// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // A print button is useful only where a script can open the print dialogue.
  document.querySelectorAll(".print-button").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // The filter panel starts folded (phone first); beside the results on a wide screen it
  // opens, unless the reader folds it.
  var wide = window.matchMedia("(min-width: 48rem)");
  document.querySelectorAll(".filters__panel").forEach(function (panel) {
    if (wide.matches) {
      panel.open = true;
    }
  });

  // Copy buttons copy the text of the field they name; without a script or a clipboard the
  // field itself is still there to select.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(
        function () {
          status.textContent = button.getAttribute("data-copied");
        },
        function () {
          field.select();
          status.textContent = button.getAttribute("data-copy-failed");
        }
      );
    });
  });
});
