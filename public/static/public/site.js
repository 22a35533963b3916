// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // A print button is useful only where a script can open the print dialogue.
  document.querySelectorAll(".print-button").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
});
