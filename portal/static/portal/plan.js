/* Visit plan, enhanced where JavaScript runs: a Print button and, on phones, Share. The page works without it. */
(function () {
  document.querySelectorAll("[data-plan-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  var share = document.querySelector("[data-plan-share]");
  if (share && navigator.share) {
    share.hidden = false;
    share.addEventListener("click", function () {
      navigator.share({ title: document.title, url: share.getAttribute("data-plan-share") }).catch(function () {});
    });
  }
})();
