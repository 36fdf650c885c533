// Progressive enhancement only: every page works without it.
// Screening shortcuts on a source page (i include, x exclude, j/k next/previous) and selected text as the quote.
// A change is sent once: a second click (or Enter) on a form whose answer is still awaited is not sent again, or the
// page shown would be the refusal of the copy, told as someone's change meanwhile (trial BY 3).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if ((form.getAttribute("method") || "").toLowerCase() !== "post") { return; }
    if (form.dataset.sending) { event.preventDefault(); return; }
    form.dataset.sending = "1";
    form.setAttribute("aria-busy", "true");
  });
  window.addEventListener("pageshow", function (event) {  // a page come back to (Back) sends its forms again
    if (!event.persisted) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("form[data-sending]"), function (form) {
      delete form.dataset.sending;
      form.removeAttribute("aria-busy");
    });
  });
  function typing(event) {
    var t = event.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }
  document.addEventListener("keydown", function (event) {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var include = document.getElementById("include");
    if (event.key === "i" && include) { event.preventDefault(); include.click(); }
    if (event.key === "x" && include) {
      event.preventDefault();
      var reason = document.getElementById("reason");
      if (reason && !reason.value.trim()) { reason.focus(); return; }
      document.getElementById("exclude").click();
    }
    var link = { j: "next", k: "previous" }[event.key];
    if (link && document.getElementById(link)) { event.preventDefault(); document.getElementById(link).click(); }
  });
  document.addEventListener("mouseup", function () {
    var quote = document.getElementById("quote");
    var selection = window.getSelection();
    if (!quote || !selection || selection.isCollapsed) { return; }
    var node = selection.anchorNode && (selection.anchorNode.nodeType === 1 ? selection.anchorNode : selection.anchorNode.parentElement);
    var passage = node && node.closest(".passage");
    if (!passage) { return; }
    quote.value = selection.toString().trim();
    var page = document.getElementById("page");
    if (page && passage.dataset.page) { page.value = passage.dataset.page; }
  });
})();
