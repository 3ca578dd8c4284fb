/* The site's search box (overrides/partials/search.html) over Pagefind's index (pagefind/).

   Pagefind loads only the parts of its index a query needs, so the first search costs a few
   hundred kilobytes however large the site. Ranking is in the index (generator/pages/search_meta.py:
   names weigh most); here, a page whose name or alias is exactly what was typed comes first, and
   a query that finds nothing is offered the nearest entity names ("did you mean"), since
   Pagefind has no typo tolerance. Browsers do not let a page opened from file:// load Pagefind,
   so there the box searches the entity names alone (search/names.js) and says how to get
   full-text search. Keys: "/" or "s" opens it, arrows move through the results, Enter opens
   one, Escape closes it. */
(function () {
  "use strict";
  var box = document.querySelector("[data-briefings-search]");
  if (!box) return;
  var toggle = document.getElementById("__search");
  var input = box.querySelector("input[name=query]");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var kinds = box.querySelector("select[name=kind]");
  var years = box.querySelector("select[name=year]");
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), location.href);
  var offline = location.protocol === "file:";
  var SHOWN = 20;
  var engine = null;
  var names = null;
  var filtersLoaded = false;
  var searches = 0;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return pf.options({ baseUrl: root.pathname }).then(function () { return pf; });
      });
    }
    return engine;
  }

  function nameList() {
    if (!names) {
      names = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL("search/names.js", root).href;
        script.onload = function () {
          resolve(window.briefingsNames.map(function (row) {
            return { url: new URL(row[0], root).href, kind: row[1], title: row[2],
                     names: row.slice(2).map(fold) };
          }));
        };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return names;
  }

  /* Damerau-Levenshtein distance (optimal string alignment): "carny" is 1 from "carney". */
  function distance(a, b) {
    var d = [];
    for (var i = 0; i <= a.length; i++) { d.push([i]); }
    for (var j = 1; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  /* How far a typed query is from a page's nearest name, or from one word of it; null: too far.
     Allowed: one slip up to five letters, two up to ten, three beyond. */
  function nearness(query, entry) {
    var best = null;
    entry.names.forEach(function (name) {
      [name].concat(query.indexOf(" ") < 0 ? name.split(" ") : []).forEach(function (form) {
        var d = distance(query, form);
        if (best === null || d < best) best = d;
      });
    });
    var allowed = query.length <= 5 ? 1 : query.length <= 10 ? 2 : 3;
    return best !== null && best <= allowed ? best : null;
  }

  function nearest(query, kind) {
    return nameList().then(function (entries) {
      var q = fold(query);
      return entries.filter(function (e) { return !kind || e.kind === kind; })
        .map(function (e) { return { entry: e, d: nearness(q, e) }; })
        .filter(function (m) { return m.d !== null; })
        .sort(function (a, b) { return a.d - b.d; })
        .slice(0, 5).map(function (m) { return m.entry; });
    });
  }

  /* From file://: names that contain every typed word, those naming it exactly first. */
  function byName(query, kind) {
    return nameList().then(function (entries) {
      var q = fold(query);
      var words = q.split(" ");
      var found = entries.filter(function (e) {
        return (!kind || e.kind === kind) && e.names.some(function (name) {
          var own = name.split(" ");
          return words.every(function (w) { return own.some(function (o) { return o.indexOf(w) === 0; }); });
        });
      });
      return exactFirst(q, found);
    });
  }

  /* Whether some result's name or title holds every typed word (as the start of one of its words):
     if none does, the query may be a misspelt name. */
  function named(q, results) {
    var words = q.split(" ");
    return results.some(function (r) {
      return r.names.concat([fold(r.title)]).some(function (name) {
        var own = name.split(" ");
        return words.every(function (w) { return own.some(function (o) { return o.indexOf(w) === 0; }); });
      });
    });
  }

  function exactFirst(q, results) {
    var exact = results.filter(function (r) { return r.names.indexOf(q) >= 0; });
    return exact.concat(results.filter(function (r) { return exact.indexOf(r) < 0; }));
  }

  function chosen() {
    var filters = {};
    if (kinds.value) filters.kind = kinds.value;
    if (years.value) filters.year = years.value;
    return filters;
  }

  /* The results of a query, unless a newer one was typed meanwhile (null): a query overtaken
     loads none of its results' records, so typing fast does not queue up loads. */
  function fullText(query, filters, id) {
    return pagefind().then(function (pf) {
      return pf.search(query || null, { filters: filters });
    }).then(function (found) {
      if (id !== searches) return null;
      return Promise.all(found.results.slice(0, SHOWN).map(function (r) { return r.data(); }));
    }).then(function (data) {
      if (data === null) return null;
      var results = data.map(function (d) {
        return { url: d.url, kind: d.meta.kind || "", title: d.meta.title || d.url, summary: d.meta.summary || "",
                 names: (d.meta.names || "").split("|").filter(Boolean).map(fold) };
      });
      return exactFirst(fold(query), results);
    });
  }

  function loadFilters() {
    if (filtersLoaded || offline) return;
    filtersLoaded = true;
    pagefind().then(function (pf) { return pf.filters(); }).then(function (all) {
      fill(kinds, Object.keys(all.kind || {}).sort());
      fill(years, Object.keys(all.year || {}).sort().reverse());
    });
  }

  function fill(select, values) {
    values.forEach(function (value) {
      var option = document.createElement("option");
      option.value = option.textContent = value;
      select.appendChild(option);
    });
  }

  function item(result) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = result.url;
    a.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var kind = document.createElement("span");
    kind.className = "search-kind";
    kind.textContent = result.kind;
    var title = document.createElement("h1");
    title.textContent = result.title;
    article.append(kind, title);
    if (result.summary) {
      var teaser = document.createElement("p");
      teaser.className = "md-search-result__teaser";
      teaser.textContent = result.summary;
      article.append(teaser);
    }
    a.append(article);
    li.append(a);
    return li;
  }

  function show(query, results, message) {
    list.replaceChildren.apply(list, results.map(item));
    meta.textContent = message;
    box.dataset.query = query;
    box.dataset.state = "done";
  }

  function count(n) {
    return n === 0 ? "No matching documents" : n === 1 ? "1 matching document" : n + " matching documents";
  }

  function search() {
    var id = ++searches;
    var query = input.value.trim();
    var filters = chosen();
    box.dataset.state = "busy";
    if (!query && !Object.keys(filters).length) {
      show("", [], config.translations["search.result.placeholder"]);
      return;
    }
    var found = offline ? byName(query, filters.kind) : fullText(query, filters, id);
    found.then(function (results) {
      if (id !== searches || results === null) return;
      var note = offline ? " (names only: full-text search needs the site served over HTTP, " +
        "e.g. python3 -m http.server -d site)" : "";
      if (offline || fold(query).length < 4 || named(fold(query), results)) {
        show(query, results, count(results.length) + note);
        loadFilters();
        return;
      }
      return nearest(query, filters.kind).then(function (near) {
        if (id !== searches) return;
        var urls = near.map(function (r) { return r.url; });
        var rest = results.filter(function (r) { return urls.indexOf(r.url) < 0; });
        show(query, near.concat(rest), (near.length ? "Did you mean " +
          near.map(function (r) { return r.title; }).join(", ") + "? " : "") + count(results.length));
        loadFilters();
      });
    }).catch(function (error) {
      if (id === searches) show(query, [], "Search failed: " + error.message);
    });
  }

  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
  }

  function close() {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    input.blur();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  input.addEventListener("focus", function () {
    open();
    if (!offline) pagefind();  // start loading the index while the reader types
  });
  /* A key pressed within PAUSE ms of the next is not searched for on its own. */
  var PAUSE = 50;
  var pending = null;
  input.addEventListener("input", function () {
    box.dataset.state = "busy";
    clearTimeout(pending);
    pending = setTimeout(search, PAUSE);
  });
  kinds.addEventListener("change", search);
  years.addEventListener("change", search);
  box.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); });
  box.querySelector("button[type=reset]").addEventListener("click", function () {
    setTimeout(function () { search(); input.focus(); });
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked && document.activeElement !== input) input.focus();
  });

  box.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!all.length || event.target.tagName === "SELECT") return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    } else if (event.key === "Enter" && event.target === input && all.length) {
      event.preventDefault();
      all[0].click();
    }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (toggle.checked || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    if (event.key === "/" || event.key === "s" || event.key === "f") {
      event.preventDefault();
      open();
      input.focus();
    }
  });
})();
