// Progressive enhancement only: every page works without this file.
// When a form comes back with problems, move keyboard focus to the summary so screen readers
// announce it and keyboard users start from the list of problems.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
});
