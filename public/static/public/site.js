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

  // The language menu is a <details>: Escape folds it again and puts the focus back on its
  // summary, as a menu button would; a click elsewhere folds it too, and so does tabbing out
  // of it, so that the open menu never covers the link or field that has the focus.
  document.querySelectorAll("details.language-switcher").forEach(function (menu) {
    var summary = menu.querySelector("summary");
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        summary.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) {
        menu.open = false;
      }
    });
    menu.addEventListener("focusout", function (event) {
      if (menu.open && event.relatedTarget && !menu.contains(event.relatedTarget)) {
        menu.open = false;
      }
    });
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

// The reader's second language (?also=) travels with every link and form of the site, so the
// choice holds while they move around. Links written on the server already carry it where it
// matters most; this adds it to the rest.
document.addEventListener("DOMContentLoaded", function () {
  var also = new URLSearchParams(window.location.search).get("also");
  if (!also) {
    return;
  }
  var languagePrefix = /^\/[a-z]{2}(-[a-z]+)?\//;
  document.querySelectorAll("a[href]").forEach(function (link) {
    var url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || !languagePrefix.test(url.pathname)) {
      return;
    }
    if (url.searchParams.has("also")) {
      return;
    }
    if (link.closest(".other-languages, .language-switcher")) {
      return;
    }
    url.searchParams.set("also", also);
    link.href = url.pathname + url.search + url.hash;
  });
  document.querySelectorAll("form[method=get]").forEach(function (form) {
    if (!form.querySelector("input[name=also]")) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "also";
      input.value = also;
      form.appendChild(input);
    }
  });
});
