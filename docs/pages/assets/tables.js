/* Tables that do not fit their column are stacked: each row becomes a block, each cell a line
   led by its column's name, so no page scrolls sideways and no column leaves the screen (a
   phone, or the nine-column sources table on a desktop). Without JavaScript they scroll, as
   Material lays them out. */
(function () {
  var wraps = [];

  function label(table) {
    var names = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    table.querySelectorAll("tbody tr").forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (names[i]) cell.setAttribute("data-label", names[i]);
      });
    });
  }

  function fit() {
    wraps.forEach(function (wrap) {
      wrap.classList.remove("stacked");
      if (wrap.scrollWidth > wrap.clientWidth + 1) wrap.classList.add("stacked");
    });
  }

  function setUp() {
    wraps = Array.prototype.slice.call(document.querySelectorAll(".md-typeset__scrollwrap"));
    wraps.forEach(function (wrap) {
      var table = wrap.querySelector("table");
      if (table) label(table);
    });
    fit();
  }

  var pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(fit, 100);
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
