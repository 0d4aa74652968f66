"use strict";
// The glossary page's behaviour; data layout and the reasons for it: toolkit/formats/html.py.
(function () {
  performance.mark("start");
  const D = JSON.parse(document.getElementById("glossary-data").textContent);
  performance.mark("parsed");
  const LANGS = D.languages.map(lang => lang[0]);
  const C = D.concepts; // [id, group, terms per language, flags, definition, notes, sources]
  const REFERENCE = 1;
  const PAGE = 100;
  const $ = id => document.getElementById(id);

  // ---- Folding: mirrors toolkit.lookup.normalize and query_forms, toolkit.korean.strip_particles
  // (tests/test_html_browser.py checks that both sides agree on a list of cases).
  // Python's whitespace (str.isspace) but the line break, which separates names in bulk
  // folding; a single space is left alone (the common case), any other run becomes one.
  const SPACE = "\\t\\x0b\\x0c\\r\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  const DASH = "\\-\\u2010-\\u2015_/\\u00b7";
  const SEPARATORS = new RegExp(" *[" + SPACE + DASH + "][ " + SPACE + DASH + "]*| {2,}", "g");
  const LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/g;
  const MARKS = /[\u0300-\u036f]/g;
  const PLAIN = /^[\x00-\x7f\uac00-\ud7a3]*$/;
  const CASEFOLD = { "ß": "ss", "ẞ": "ss", "ς": "σ", "ſ": "s", "µ": "μ", "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st" };
  const SPECIAL = new RegExp("[" + Object.keys(CASEFOLD).join("") + "]", "g");
  const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
  const CHAIN = new RegExp("^(?:" + D.particles.join("|") + ")+$");
  const stripped = new Map();

  function stripMark(char) {
    let base = stripped.get(char);
    if (base === undefined) {
      const bare = char.normalize("NFD").replace(MARKS, "");
      base = bare !== char && bare.length === 1 ? bare : char;
      stripped.set(char, base);
    }
    return base;
  }

  function foldLines(text) {
    // normalize() of every line at once: one pass of each regex over the whole text.
    let folded = text.toLowerCase();
    if (!PLAIN.test(folded)) folded = folded.replace(SPECIAL, c => CASEFOLD[c]).replace(LATIN, stripMark).replace(MARKS, "");
    return folded.replace(SEPARATORS, " ").replace(/\n | \n ?/g, "\n").replace(/^ | $/g, "");
  }

  function normalize(text) {
    return foldLines(text.replace(/\n/g, " "));
  }

  function stripParticles(word, known) {
    if (known && known.has(word)) return word;
    for (let cut = 2; cut < word.length; cut++) {
      if (CHAIN.test(word.slice(cut)) && (!known || known.has(word.slice(0, cut)))) return word.slice(0, cut);
    }
    return word;
  }

  function queryForms(query) {
    const normal = normalize(query);
    const space = normal.lastIndexOf(" ");
    const head = space < 0 ? "" : normal.slice(0, space);
    const last = normal.slice(space + 1);
    if (!last || !HANGUL.test(last[last.length - 1]) || known().has(normal)) return [normal];
    let stem = known().has(last) ? last : stripParticles(last, known());
    if (stem === last) stem = stripParticles(last, null);
    const form = (head + " " + stem).trim();
    return form === normal ? [normal] : [form, normal];
  }

  // ---- Index: every term's normal form, joined in one string that indexOf scans.
  // ---- Index: every term's normal form, in one string that indexOf scans.
  const texts = [], owner = [], where = [];
  for (let ci = 0; ci < C.length; ci++) {
    const byLanguage = C[ci][2];
    for (let li = 0; li < byLanguage.length; li++) {
      const terms = byLanguage[li] || [];
      for (let ti = 0; ti < terms.length; ti++) {
        const text = terms[ti][0];
        texts.push(text.includes("\n") ? text.replace(/\n/g, " ") : text);
        owner.push(ci);
        where.push(li * 65536 + ti);
      }
    }
  }
  const joined = foldLines(texts.join("\n"));
  const keys = joined.split("\n");
  const starts = new Int32Array(keys.length + 1);
  for (let n = 0; n < keys.length; n++) starts[n + 1] = starts[n] + keys[n].length + 1;
  let knownKeys = null, ids = null;
  const known = () => knownKeys || (knownKeys = new Set(keys));
  const byId = () => ids || (ids = new Map(C.map((concept, ci) => [concept[0], ci])));

  function nameAt(pos) {
    let low = 0, high = keys.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= pos) low = mid; else high = mid - 1;
    }
    return low;
  }

  // Typo tolerance: names sharing enough character pairs with the query, then a bounded
  // edit distance of the query against the best-matching stretch of the name.
  const postings = new Map(), counts = new Uint8Array(keys.length);
  let posted = 0; // names indexed so far: the index is built in idle slices after load
  function pairs(text) {
    const out = new Set();
    for (let i = 0; i + 1 < text.length; i++) out.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
    return out;
  }
  function buildPostings(until = keys.length) {
    const end = Math.min(until, keys.length);
    for (; posted < end; posted++) {
      for (const pair of pairs(keys[posted])) {
        const list = postings.get(pair);
        if (list) list.push(posted); else postings.set(pair, [posted]);
      }
    }
  }
  const maxTypos = length => length < 4 ? 0 : length < 8 ? 1 : length < 13 ? 2 : 3;
  let row = new Int32Array(64), previous = new Int32Array(64);
  function distance(query, key, limit) {
    // Levenshtein distance of `query` to the closest stretch of `key` (free start and end).
    if (row.length <= key.length) { row = new Int32Array(key.length + 1); previous = new Int32Array(key.length + 1); }
    previous.fill(0, 0, key.length + 1);
    for (let i = 1; i <= query.length; i++) {
      row[0] = i;
      let best = i;
      const q = query.charCodeAt(i - 1);
      for (let j = 1; j <= key.length; j++) {
        const cost = previous[j - 1] + (key.charCodeAt(j - 1) === q ? 0 : 1);
        const value = Math.min(cost, previous[j] + 1, row[j - 1] + 1);
        row[j] = value;
        if (value < best) best = value;
      }
      if (best > limit) return limit + 1;
      [row, previous] = [previous, row];
    }
    let best = query.length;
    for (let j = 0; j <= key.length; j++) if (previous[j] < best) best = previous[j];
    return best;
  }
  function closeNames(form, limit, loose) {
    buildPostings();
    const wanted = [...pairs(form.slice(0, 60))];
    const touched = [];
    for (const pair of wanted) {
      const list = postings.get(pair);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) if (counts[list[i]]++ === 0) touched.push(list[i]);
    }
    const need = loose ? 1 : Math.max(1, wanted.length - 2 * limit);
    let chosen = [];
    for (const n of touched) {
      if (counts[n] >= need) chosen.push(n);
    }
    if (loose) chosen.sort((a, b) => counts[b] - counts[a] || keys[a].length - keys[b].length).splice(200);
    touched.forEach(n => { counts[n] = 0; });
    const found = [];
    for (const n of chosen) {
      const cut = loose ? form.length : limit;
      const typos = distance(form, keys[n], cut);
      if (typos <= cut) found.push([n, typos]);
    }
    return found;
  }

  // ---- Search: exact, prefix, word start, inside a name; then spelling-tolerant.
  const bestTier = new Int8Array(C.length).fill(127), bestScore = new Float64Array(C.length), bestName = new Int32Array(C.length);
  function find(forms, group) {
    const found = [];
    const offer = (n, tier, score) => {
      const ci = owner[n];
      if (group >= 0 && C[ci][1] !== group) return;
      if (bestTier[ci] === 127) found.push(ci);
      else if (tier > bestTier[ci] || (tier === bestTier[ci] && score <= bestScore[ci])) return;
      bestTier[ci] = tier; bestScore[ci] = score; bestName[ci] = n;
    };
    let exact = false;
    for (const form of forms) {
      let pos = joined.indexOf(form);
      while (pos >= 0) {
        const n = nameAt(pos), key = keys[n];
        let tier;
        if (pos === starts[n]) tier = key.length === form.length ? 0 : 1;
        else tier = joined[pos - 1] === " " || key.includes(" " + form) ? 2 : 3;
        if (tier === 0) exact = true;
        offer(n, tier, form.length / key.length);
        if (n + 1 >= keys.length) break;
        pos = joined.indexOf(form, starts[n + 1]);
      }
    }
    // Like `termkit lookup`, look-alikes only when no name is spelled as typed; and only
    // when the direct hits would not fill the first page anyway.
    let fuzzy = false;
    const limit = maxTypos(forms[0].length);
    if (limit && !exact && found.length < PAGE) {
      for (const [n, typos] of closeNames(forms[0], limit, false)) {
        if (typos === 0) continue;
        fuzzy = true;
        offer(n, 4, 1 - typos / (forms[0].length + 1) + forms[0].length / keys[n].length / 100);
      }
    }
    // One number per hit sorts natively: tier, score, language and term, then list order.
    const order = new Float64Array(found.length);
    found.forEach((ci, i) => {
      const score = Math.round((1 - Math.min(1, bestScore[ci])) * 999);
      order[i] = ((bestTier[ci] * 1000 + score) * 64 + Math.min(63, where[bestName[ci]] >> 16)) * 67108864 + ci;
    });
    order.sort();
    const hits = Array.from(order, key => {
      const ci = key % 67108864;
      const hit = [ci, [bestTier[ci], bestScore[ci], bestName[ci]]];
      bestTier[ci] = 127;
      return hit;
    });
    return { hits, fuzzy };
  }

  // ---- Rendering
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  const STATUS = D.statuses, TYPES = D.types, GENDERS = D.genders;
  const termStatus = term => STATUS[term[1] || 0];
  const isCandidate = term => term[4] === 1;
  const isOld = term => /^(deprecated|superseded)$/.test(termStatus(term));

  function preferred(terms) {
    // Mirrors toolkit.model.Concept.preferred.
    if (!terms || !terms.length) return null;
    return terms.find(t => termStatus(t) === "preferred" && !isCandidate(t)) || terms.find(t => !isCandidate(t)) || terms[0];
  }
  function badge(className, text, title) {
    const node = el("span", "badge " + className, text);
    if (title) node.title = title;
    return node;
  }

  const tbody = $("rows"), moreBox = $("more"), moreButton = moreBox.querySelector("button");
  const count = $("count"), empty = $("empty"), layout = $("layout"), card = $("card");
  const query = $("q"), subject = $("subject"), table = $("list");
  const expanded = new Set();
  let items = [], shown = 0, current = -1;

  function conceptRow(ci, match) {
    const concept = C[ci], tr = el("tr", "row");
    tr.dataset.i = ci;
    let linked = false, old = 0;
    LANGS.forEach((lang, li) => {
      const terms = concept[2][li], td = el("td");
      td.lang = lang;
      td.dataset.label = lang;
      const term = preferred(terms);
      if (term) {
        const text = el(linked ? "span" : "a", isCandidate(term) ? "cand-text" : "", term[0]);
        if (!linked) { text.href = "#" + concept[0]; linked = true; }
        td.append(text);
        if (isCandidate(term)) td.append(" ", badge("candidate", "candidate", "not reviewed yet"));
        old += terms.filter(isOld).length;
      }
      tr.append(td);
    });
    const marks = el("td", "marks");
    if (concept[3] & REFERENCE) marks.append(badge("ref", "ISO/CLDR", "reference data only"));
    if (old) marks.append(badge("old", old + " old", old + " deprecated or superseded form(s)"));
    tr.append(marks);
    if (match) {
      const term = concept[2][match >> 16][match & 65535];
      if (term !== preferred(concept[2][match >> 16])) {
        tr.querySelector("td").append(el("span", "matched", "matched: " + term[0] + " (" + LANGS[match >> 16] + ")"));
      }
    }
    if (ci === current) tr.classList.add("current");
    return tr;
  }

  function groupRow(group, n, reference) {
    const tr = el("tr", "group"), th = el("th");
    th.colSpan = LANGS.length + 1;
    th.scope = "colgroup";
    th.append(D.groups[group][1] + " ", el("span", "n", "(" + n.toLocaleString("en") + (reference ? ", " + reference.toLocaleString("en") + " from reference data" : "") + ")"));
    tr.append(th);
    return tr;
  }

  function foldRow(group, n) {
    const tr = el("tr", "fold"), td = el("td");
    td.colSpan = LANGS.length + 1;
    const open = expanded.has(group);
    const button = el("button", "", (open ? "Hide the " : "Show the ") + n.toLocaleString("en") + " reference-only " + D.groups[group][1].toLowerCase() + " (ISO 3166-1, Unicode CLDR)");
    button.type = "button";
    button.setAttribute("aria-expanded", String(open));
    button.addEventListener("click", () => {
      if (open) expanded.delete(group); else expanded.add(group);
      update();
      const again = tbody.querySelector("tr.fold button");
      if (again) again.focus();
    });
    td.append(button);
    tr.append(td);
    return tr;
  }

  function render(item) {
    if (item.kind === "group") return groupRow(item.group, item.n, item.reference);
    if (item.kind === "fold") return foldRow(item.group, item.n);
    return conceptRow(item.ci, item.match);
  }

  function showMore() {
    const fragment = document.createDocumentFragment();
    const end = Math.min(items.length, shown + PAGE);
    for (; shown < end; shown++) fragment.append(render(items[shown]));
    tbody.append(fragment);
    const left = items.length - shown;
    moreBox.hidden = left <= 0;
    moreButton.textContent = "Show more (" + left.toLocaleString("en") + " left)";
  }

  function show(list) {
    items = list;
    shown = 0;
    tbody.textContent = "";
    showMore();
  }

  // Concepts arrive ordered by group, curated before reference-only: one pass finds the ranges.
  const ranges = D.groups.map(() => ({ curated: [], reference: [] }));
  C.forEach((concept, ci) => ranges[concept[1]][concept[3] & REFERENCE ? "reference" : "curated"].push(ci));

  function grouped(group) {
    const list = [];
    ranges.forEach((range, g) => {
      if (group >= 0 && g !== group) return;
      const n = range.curated.length + range.reference.length;
      if (!n) return;
      list.push({ kind: "group", group: g, n: range.curated.length, reference: range.reference.length });
      range.curated.forEach(ci => list.push({ ci }));
      if (range.reference.length) {
        list.push({ kind: "fold", group: g, n: range.reference.length });
        if (expanded.has(g)) range.reference.forEach(ci => list.push({ ci }));
      }
    });
    return list;
  }

  function quoted(text) { return "\u201c" + text + "\u201d"; }

  function showEmpty(text, forms, group) {
    empty.textContent = "";
    empty.hidden = false;
    const scope = group >= 0 ? " among " + D.groups[group][1].toLowerCase() : "";
    empty.append(el("p", "", "No concept matches " + quoted(text) + scope + ". Searched every " +
      D.languages.map(l => l[1]).join(", ") + " name for " + forms.map(quoted).join(" or ") +
      ", ignoring case, accents, Korean particles, spacing and hyphens, with up to " +
      Math.max(1, maxTypos(forms[0].length)) + " typo(s)."));
    const close = closeNames(forms[0], 0, true)
      .filter(([n]) => group < 0 || C[owner[n]][1] === group)
      .sort((a, b) => a[1] - b[1] || keys[a[0]].length - keys[b[0]].length);
    const seen = new Set(), list = el("ul");
    for (const [n] of close) {
      if (seen.has(owner[n]) || seen.size >= 5) continue;
      seen.add(owner[n]);
      const concept = C[owner[n]], li = where[n] >> 16;
      const item = el("li"), link = el("a", "", concept[2][li][where[n] & 65535][0]);
      link.href = "#" + concept[0];
      link.lang = LANGS[li];
      item.append(link);
      list.append(item);
    }
    if (seen.size) empty.append(el("p", "", "Closest names:"), list);
  }

  function update() {
    const text = query.value, group = Number(subject.value);
    const forms = queryForms(text).filter(Boolean);
    empty.hidden = true;
    table.hidden = false;
    if (!forms.length) {
      const list = grouped(group);
      show(list);
      const total = group >= 0 ? ranges[group].curated.length + ranges[group].reference.length : C.length;
      const reference = group >= 0 ? ranges[group].reference.length : ranges.reduce((sum, r) => sum + r.reference.length, 0);
      count.textContent = total.toLocaleString("en") + " concepts" + (reference ? " (" + reference.toLocaleString("en") + " from reference data, folded)" : "");
      return;
    }
    const { hits, fuzzy } = find(forms, group);
    show(hits.map(([ci, hit]) => ({ ci, match: where[hit[2]] })));
    const total = group >= 0 ? ranges[group].curated.length + ranges[group].reference.length : C.length;
    table.hidden = !hits.length;
    count.textContent = hits.length.toLocaleString("en") + " of " + total.toLocaleString("en") + " concepts match " +
      quoted(text.trim()) + (fuzzy ? " (including spelling-tolerant matches)" : "");
    if (!hits.length) showEmpty(text.trim(), forms, group);
  }

  // ---- The full card
  function sourceItem(index) {
    const source = D.sources[index], item = el("li");
    if (/^https?:\/\//.test(source)) {
      const link = el("a", "", source);
      link.href = source;
      link.rel = "noreferrer noopener";
      item.append(link);
    } else {
      item.textContent = source;
    }
    return item;
  }
  function list(className, values, make) {
    const node = el("ul", className);
    values.forEach(value => node.append(make(value)));
    return node;
  }
  function termItem(term) {
    const item = el("li"), status = termStatus(term);
    item.append(el("span", "term term-" + (status || "none"), term[0]));
    const sets = new Set(), lines = [];
    (term[5] || []).forEach(s => { if (D.dataSets[s]) sets.add(D.dataSets[s]); else lines.push(s); });
    const add = node => item.append(" ", node);
    if (status) add(badge("status-" + status, status));
    if (TYPES[term[2] || 0]) add(badge("type", TYPES[term[2]]));
    if (GENDERS[term[3] || 0]) add(badge("gender", GENDERS[term[3]]));
    if (isCandidate(term)) add(badge("candidate", "candidate, not reviewed"));
    sets.forEach(set => add(badge("ref", set)));
    if (term[6] && term[6].length) item.append(list("notes", term[6], n => el("li", "", n)));
    if (lines.length) item.append(list("sources", lines, sourceItem));
    return item;
  }

  function openCard(ci, focus) {
    const concept = C[ci];
    current = ci;
    card.textContent = "";
    const head = el("div", "card-head"), title = el("h2", "", (preferred(concept[2].find(t => t && t.length)) || [concept[0]])[0]);
    title.id = "card-title";
    title.tabIndex = -1;
    const close = el("button", "close", "Close");
    close.type = "button";
    close.addEventListener("click", closeCard);
    head.append(title, close);
    card.append(head);
    const permalink = el("a", "", "#" + concept[0]);
    permalink.href = "#" + concept[0];
    const meta = el("div", "meta", D.groups[concept[1]][1] + " \u00b7 link: ");
    meta.append(permalink);
    if (concept[3] & REFERENCE) meta.append(" \u00b7 reference data only");
    card.append(meta);
    if (concept[4]) card.append(el("p", "definition", concept[4]));
    D.languages.forEach(([code, name], li) => {
      const terms = concept[2][li];
      if (!terms || !terms.length) return;
      const block = el("section", "lang");
      block.lang = code;
      const heading = el("h3", "", name);
      heading.lang = "en";
      block.append(heading, list("terms", terms, termItem));
      card.append(block);
    });
    if (concept[5] && concept[5].length) card.append(el("h3", "meta", "Notes"), list("notes", concept[5], n => el("li", "", n)));
    if (concept[6] && concept[6].length) card.append(el("h3", "meta", "Sources"), list("sources", concept[6], sourceItem));
    card.hidden = false;
    layout.classList.add("with-card");
    tbody.querySelectorAll("tr.current").forEach(tr => tr.classList.remove("current"));
    const tr = tbody.querySelector('tr[data-i="' + ci + '"]');
    if (tr) tr.classList.add("current");
    document.title = title.textContent + " \u2013 " + D.title;
    if (focus) title.focus();
  }

  function closeCard() {
    const ci = current;
    current = -1;
    card.hidden = true;
    card.textContent = "";
    layout.classList.remove("with-card");
    document.title = D.title;
    tbody.querySelectorAll("tr.current").forEach(tr => tr.classList.remove("current"));
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    const link = tbody.querySelector('tr[data-i="' + ci + '"] a');
    if (link) link.focus();
  }

  function route(focus) {
    let id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (error) { /* a bare "%" in the id: use it as written */ }
    const ci = byId().get(id);
    if (ci === undefined) { if (current >= 0) closeCard(); return; }
    openCard(ci, focus);
  }

  // ---- Keyboard: "/" to search, arrows between rows, Enter opens the first hit, Escape closes.
  function rowLinks() { return [...tbody.querySelectorAll("tr.row a")]; }
  query.addEventListener("keydown", event => {
    if (event.key === "ArrowDown") { const first = rowLinks()[0]; if (first) { event.preventDefault(); first.focus(); } }
    if (event.key === "Enter") { const first = rowLinks()[0]; if (first) { event.preventDefault(); location.hash = first.hash; } }
  });
  tbody.addEventListener("keydown", event => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = rowLinks(), at = links.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === "ArrowDown" && at + 1 >= links.length && shown < items.length) showMore();
    const next = rowLinks()[at + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) next.focus(); else if (event.key === "ArrowUp") query.focus();
  });
  document.addEventListener("keydown", event => {
    if (event.key === "/" && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) { event.preventDefault(); query.focus(); }
    if (event.key === "Escape" && current >= 0) closeCard();
  });

  query.addEventListener("input", () => update());
  subject.addEventListener("change", () => update());
  moreButton.addEventListener("click", showMore);
  if ("IntersectionObserver" in window) {
    // After a page is drawn the box may still be in view (a tall window, a scroll quicker than
    // the observer): it reports changes only, so it is asked again, and draws until the box leaves.
    const watcher = new IntersectionObserver(entries => {
      if (!entries.some(e => e.isIntersecting) || shown >= items.length) return;
      showMore();
      watcher.unobserve(moreBox);
      watcher.observe(moreBox);
    }, { rootMargin: "400px" });
    watcher.observe(moreBox);
  }
  window.addEventListener("beforeprint", () => { if (items.length - shown <= 5000) while (shown < items.length) showMore(); });
  window.addEventListener("hashchange", () => route(true));

  D.groups.forEach(([, label], g) => {
    if (!ranges[g].curated.length && !ranges[g].reference.length) return;
    const option = el("option", "", label);
    option.value = String(g);
    subject.append(option);
  });
  performance.mark("indexed");
  update();
  route(false);
  performance.mark("drawn");
  window.termkitGlossary = {
    normalize,
    stripParticles: word => stripParticles(word, null),
    queryForms: text => queryForms(text),
  };
  document.body.dataset.ready = "1";
  const idle = window.requestIdleCallback || (fn => setTimeout(fn, 50));
  const slice = () => { buildPostings(posted + 20000); if (posted < keys.length) idle(slice); };
  idle(() => { known(); idle(slice); });
})();
