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
