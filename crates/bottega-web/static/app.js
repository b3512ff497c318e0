// Progressive enhancement only: every page works without this file.
// When a form comes back with problems, move keyboard focus to the summary so screen readers
// announce it and keyboard users start from the list of problems.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
});

// While a question's title is typed, show similar questions already asked (the form shows them
// without JavaScript too, through its "Look for similar questions" button).
document.addEventListener("DOMContentLoaded", function () {
  var box = document.querySelector("[data-similar-for]");
  if (!box || !window.fetch) { return; }
  var input = document.getElementById(box.getAttribute("data-similar-for"));
  if (!input) { return; }
  var timer = null;
  var last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var title = input.value.trim();
      if (title === last || title.length < 4) { return; }
      last = title;
      fetch("/help/similar?title=" + encodeURIComponent(title), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { box.innerHTML = html; })
        .catch(function () {});
    }, 350);
  });
});
