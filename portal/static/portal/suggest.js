// Autocomplete for the search box: a progressive enhancement over a plain form.
// Fills the input's <datalist> with service titles from /api/v1/suggest/.
(function () {
  var input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) return;
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var last = "";
  input.addEventListener("input", function () {
    var value = input.value.trim();
    if (value.length < 2 || value === last) return;
    last = value;
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = input.dataset.suggest + "?lang=" + encodeURIComponent(input.dataset.lang) + "&q=" + encodeURIComponent(value);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = "";
          data.suggestions.forEach(function (title) {
            var option = document.createElement("option");
            option.value = title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
