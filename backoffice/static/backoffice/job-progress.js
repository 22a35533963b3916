// Follows a background job on its page: asks the page's status address every two seconds,
// updates the progress text (a polite live region) and reloads the page once the job is done.
// Without scripts the page offers a link to look again.
(function () {
  "use strict";
  var box = document.querySelector("[data-job-status]");
  if (!box || !window.fetch) {
    return;
  }
  var line = box.querySelector("[data-job-line]");
  var state = box.querySelector("[data-job-state]");
  function look() {
    fetch(box.getAttribute("data-job-status"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (job) {
        if (job.finished) {
          window.location.reload();
          return;
        }
        state.textContent = job.state;
        line.textContent = job.line;
        window.setTimeout(look, 2000);
      })
      .catch(function () { window.setTimeout(look, 5000); });
  }
  window.setTimeout(look, 1000);
})();
