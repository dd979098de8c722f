// EditorialLint report page. Reads the report data (embedded JSON, or from the serve endpoint), draws the summary,
// the filters and the article list, and renders an article's text only when it is opened. Every string from the
// data goes in through textContent or attributes; the one exception is an article's html, which the tool rendered
// with every character of the article escaped.
(function () {
  'use strict';
  var FAMILIES = [
    { key: 'numbers', label: 'Numbers', letter: 'N' },
    { key: 'wording', label: 'Wording', letter: 'W' },
    { key: 'style', label: 'Style', letter: 'S' },
    { key: 'spelling', label: 'Spelling', letter: 'Sp' },
    { key: 'tool', label: 'Tool', letter: 'T' },
    { key: 'other', label: 'Other', letter: 'O' }
  ];
  var SEVERITIES = ['error', 'warning', 'info'];
  var OPEN_ALL_UP_TO = 30;
  var live = document.body.getAttribute('data-mode') === 'live';
  var data = null;
  var filters = { family: {}, severity: {}, rule: '' };
  var tip = document.getElementById('tip');
  var tipFor = null;
  var hideTimer = 0;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function family(key) { for (var i = 0; i < FAMILIES.length; i++) if (FAMILIES[i].key === key) return FAMILIES[i]; return FAMILIES[FAMILIES.length - 1]; }
  function swatch(key) { var f = family(key); return el('span', { 'class': 'swatch fam-' + f.key, 'aria-hidden': 'true' }, f.letter); }
  function safeHref(url) { return /^https?:\/\//i.test(url || '') ? url : null; }

  function shown(f) {
    return filters.family[f.family] !== false && filters.severity[f.severity] !== false && (!filters.rule || filters.rule === f.rule);
  }

  // ---- data ----
  function readEmbedded() {
    var node = document.getElementById('report-data');
    if (!node) return Promise.resolve(null);
    if (node.getAttribute('data-encoding') === 'gzip-base64') {
      var raw = atob(node.textContent.trim());
      var bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(stream).text().then(JSON.parse);
    }
    return Promise.resolve(JSON.parse(node.textContent));
  }

  // ---- summary ----
  function drawSummary() {
    var articles = data.articles, total = 0, byFamily = {}, bySeverity = {}, rules = {};
    articles.forEach(function (a) {
      a.findings.forEach(function (f) {
        total++;
        byFamily[f.family] = (byFamily[f.family] || 0) + 1;
        bySeverity[f.severity] = (bySeverity[f.severity] || 0) + 1;
        rules[f.rule] = (rules[f.rule] || 0) + 1;
      });
    });
    var withFindings = articles.filter(function (a) { return a.findings.length > 0; }).length;
    var by = data.version ? ' (EditorialLint ' + data.version + ')' : '';
    document.getElementById('run').textContent = live
      ? plural(articles.length, 'article') + ', ' + plural(total, 'finding') + by
      : plural(articles.length, 'article') + ' linted, ' + withFindings + ' with findings, ' + plural(total, 'finding') + by;

    var famTable = document.getElementById('by-family');
    famTable.textContent = '';
    FAMILIES.forEach(function (f) {
      if (f.key === 'other' && !byFamily.other) return;
      if (f.key === 'tool' && !byFamily.tool) return;
      var tr = el('tr'); var th = el('th'); th.appendChild(swatch(f.key)); th.appendChild(document.createTextNode(f.label));
      tr.appendChild(th); tr.appendChild(el('td', { 'class': 'n' }, byFamily[f.key] || 0)); famTable.appendChild(tr);
    });
    var sevTable = document.getElementById('by-severity');
    sevTable.textContent = '';
    SEVERITIES.forEach(function (s) {
      var tr = el('tr'); tr.appendChild(el('th', null, s)); tr.appendChild(el('td', { 'class': 'n' }, bySeverity[s] || 0)); sevTable.appendChild(tr);
    });
    drawSpin();
    drawChart();
    drawConflicts();
    drawFilters(byFamily, bySeverity, rules);
  }

  // Findings per article, stacked by family: the 25 articles with most findings (all of them in a small run).
  function drawChart() {
    var box = document.getElementById('chart');
    box.textContent = '';
    box.className = 'chart';
    var rows = data.articles.map(function (a, i) { return { a: a, i: i, n: a.findings.filter(shown).length }; })
      .filter(function (r) { return r.n > 0; });
    rows.sort(function (x, y) { return y.n - x.n || x.i - y.i; });
    var more = rows.length - 25;
    rows = rows.slice(0, 25);
    if (rows.length === 0) { box.appendChild(el('p', null, 'No findings to chart.')); return; }
    var max = rows[0].n, rowH = 18, labelW = 230, barW = 360, width = labelW + barW + 50;
    var chart = svg('svg', { width: width, height: rows.length * rowH + 4, viewBox: '0 0 ' + width + ' ' + (rows.length * rowH + 4), role: 'img', 'aria-label': 'Findings per article' });
    var colours = { numbers: '#1d4ed8', wording: '#b91c1c', style: '#6d28d9', spelling: '#15803d', tool: '#525252', other: '#525252' };
    rows.forEach(function (r, k) {
      var y = k * rowH + 2;
      var link = svg('a', { href: '#' + r.a.id });
      var title = svg('title', {}); title.textContent = r.a.path + ': ' + plural(r.n, 'finding'); link.appendChild(title);
      var label = svg('text', { x: labelW - 6, y: y + 12, 'text-anchor': 'end', 'font-size': 12, fill: '#1b1b1b' });
      label.textContent = r.a.path.length > 34 ? '\u2026' + r.a.path.slice(-33) : r.a.path;
      link.appendChild(label);
      var x = labelW;
      FAMILIES.forEach(function (f) {
        var n = r.a.findings.filter(function (g) { return g.family === f.key && shown(g); }).length;
        if (!n) return;
        var w = Math.max(1, n / max * barW);
        link.appendChild(svg('rect', { x: x, y: y, width: w, height: rowH - 5, fill: colours[f.key] }));
        x += w;
      });
      var count = svg('text', { x: x + 4, y: y + 12, 'font-size': 12, fill: '#1b1b1b' }); count.textContent = String(r.n);
      link.appendChild(count);
      chart.appendChild(link);
    });
    box.appendChild(chart);
    if (more > 0) box.appendChild(el('p', { 'class': 'hint' }, 'and ' + plural(more, 'more article') + ' with findings.'));
  }

  // The articles EL2900 scored, highest first (ten at most): the score shows below the threshold too.
  function drawSpin() {
    var scored = data.articles.filter(function (a) { return a.spin; });
    var box = document.getElementById('spin-box');
    box.hidden = scored.length === 0;
    if (!scored.length) return;
    var over = scored.filter(function (a) { return a.spin.score >= a.spin.threshold; }).length;
    document.getElementById('spin-note').textContent = over + ' of ' + plural(scored.length, 'scored article') +
      ' at or above the threshold (likely word swaps per 1,000 words; articles under 80 words are not scored).';
    scored.sort(function (x, y) { return y.spin.score / y.spin.threshold - x.spin.score / x.spin.threshold; });
    var list = document.getElementById('spin-list');
    list.textContent = '';
    scored.slice(0, 10).forEach(function (a) {
      var li = el('li');
      li.appendChild(gauge(a.spin));
      li.appendChild(document.createTextNode(' ' + a.spin.score + ' / ' + a.spin.threshold + ' '));
      li.appendChild(el('a', { href: '#' + a.id }, a.path));
      list.appendChild(li);
    });
  }

  function drawConflicts() {
    var list = document.getElementById('conflicts');
    list.textContent = '';
    var seen = 0;
    data.articles.forEach(function (a, i) {
      a.findings.forEach(function (f, k) {
        (f.related || []).forEach(function (r) {
          if (r.article === i || r.article < 0) return;
          seen++;
          var li = el('li');
          li.appendChild(swatch(f.family));
          li.appendChild(el('a', { href: '#' + a.id + '-f' + k }, a.path + ' line ' + f.line));
          li.appendChild(document.createTextNode(' and '));
          li.appendChild(el('a', { href: '#' + data.articles[r.article].id + '-line-' + r.line }, r.path + ' line ' + r.line));
          li.appendChild(document.createTextNode(': ' + f.rule + ' ' + f.message));
          list.appendChild(li);
        });
      });
    });
    document.getElementById('conflicts-box').hidden = seen === 0;
  }

  function drawFilters(byFamily, bySeverity, rules) {
    var fam = document.getElementById('filter-family');
    var sev = document.getElementById('filter-severity');
    [fam, sev].forEach(function (box) { while (box.children.length > 1) box.removeChild(box.lastChild); });
    FAMILIES.forEach(function (f) {
      if (!byFamily[f.key] && (f.key === 'tool' || f.key === 'other')) return;
      fam.appendChild(checkbox('family', f.key, f.label, byFamily[f.key] || 0, f.key));
    });
    SEVERITIES.forEach(function (s) { sev.appendChild(checkbox('severity', s, s, bySeverity[s] || 0, null)); });
    var select = document.getElementById('filter-rule');
    var keep = filters.rule;
    while (select.options.length > 1) select.remove(1);
    Object.keys(rules).sort().forEach(function (r) { select.appendChild(el('option', { value: r }, r + ' (' + rules[r] + ')')); });
    select.value = rules[keep] ? keep : '';
    filters.rule = select.value;
  }

  function checkbox(kind, key, label, count, fam) {
    var id = 'filter-' + kind + '-' + key;
    var wrap = el('label', { 'for': id });
    var box = el('input', { type: 'checkbox', id: id, 'data-kind': kind, value: key });
    box.checked = filters[kind][key] !== false;
    wrap.appendChild(box);
    if (fam) wrap.appendChild(swatch(fam));
    wrap.appendChild(document.createTextNode(label + ' (' + count + ')'));
    return wrap;
  }

  // ---- articles ----
  function gauge(spin) {
    // A small bar: the score against twice the threshold, with a tick at the threshold.
    var w = 64, h = 12, full = Math.max(spin.threshold * 2, spin.score), over = spin.score >= spin.threshold;
    var g = svg('svg', { 'class': 'gauge', width: w, height: h, viewBox: '0 0 ' + w + ' ' + h, role: 'img',
      'aria-label': 'spin score ' + spin.score + ', threshold ' + spin.threshold + (over ? ', above' : ', below') });
    g.appendChild(svg('rect', { x: 0, y: 2, width: w, height: h - 4, fill: '#e4e4e4', stroke: '#767676', 'stroke-width': 0.5 }));
    // A score below 0 (EL2900's odds in decibels: likelier clean than spun) draws an empty bar.
    g.appendChild(svg('rect', { x: 0, y: 2, width: Math.max(0, Math.min(w, spin.score / full * w)), height: h - 4, fill: over ? '#b91c1c' : '#4a7a4a' }));
    var tx = spin.threshold / full * w;
    g.appendChild(svg('line', { x1: tx, y1: 0, x2: tx, y2: h, stroke: '#1b1b1b', 'stroke-width': 1.5 }));
    return g;
  }

  function drawArticles() {
    var box = document.getElementById('articles');
    var open = {};
    Array.prototype.forEach.call(box.querySelectorAll('.article.open'), function (s) { open[s.getAttribute('data-path')] = true; });
    var focusedId = document.activeElement && document.activeElement.id;
    box.textContent = '';
    box.appendChild(el('h2', null, 'Articles'));
    var openAll = data.articles.length <= OPEN_ALL_UP_TO;
    data.articles.forEach(function (a, i) {
      var section = el('section', { 'class': 'article', id: a.id, 'data-path': a.path });
      var h = el('h2');
      var button = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': a.id + '-body' });
      button.appendChild(el('span', { 'class': 'chev', 'aria-hidden': 'true' }));
      button.appendChild(el('span', { 'class': 'name' }, a.path));
      var badges = el('span', { 'class': 'badges' });
      button.appendChild(badges);
      if (a.spin) {
        var sp = el('span', { 'class': 'badges', title: 'Spin score (EL2900): ' + a.spin.score + ', reported at ' + a.spin.threshold });
        sp.appendChild(document.createTextNode('spin ' + a.spin.score + '/' + a.spin.threshold + ' '));
        sp.appendChild(gauge(a.spin));
        button.appendChild(sp);
      }
      button.addEventListener('click', function () { toggle(i); });
      h.appendChild(button);
      section.appendChild(h);
      section.appendChild(el('div', { 'class': 'body', id: a.id + '-body', hidden: '' }));
      box.appendChild(section);
      updateBadges(i);
      if (openAll || open[a.path]) toggle(i, true);
    });
    if (focusedId) { var f = document.getElementById(focusedId); if (f) f.focus({ preventScroll: true }); }
  }

  function updateBadges(i) {
    var a = data.articles[i];
    var n = a.findings.filter(shown).length;
    var badges = document.querySelector('#' + a.id + ' > h2 .badges');
    badges.textContent = plural(n, 'finding') + (n !== a.findings.length ? ' shown of ' + a.findings.length : '');
  }

  function toggle(i, force) {
    var a = data.articles[i];
    var section = document.getElementById(a.id);
    var body = document.getElementById(a.id + '-body');
    var button = section.querySelector('h2 > button');
    var opening = force !== undefined ? force : !section.classList.contains('open');
    if (opening && !body.hasChildNodes()) fill(a, body);
    // A large run keeps one article open at a time, so the page holds one article's text.
    if (opening && data.articles.length > OPEN_ALL_UP_TO) {
      Array.prototype.forEach.call(document.querySelectorAll('.article.open'), function (s) { if (s !== section) close(s); });
    }
    section.classList.toggle('open', opening);
    body.hidden = !opening;
    button.setAttribute('aria-expanded', opening ? 'true' : 'false');
    if (!opening && data.articles.length > OPEN_ALL_UP_TO) body.textContent = '';
  }

  function close(section) {
    section.classList.remove('open');
    var body = section.querySelector('.body');
    body.hidden = true;
    body.textContent = '';
    section.querySelector('h2 > button').setAttribute('aria-expanded', 'false');
  }

  function fill(a, body) {
    var tools = el('div', { 'class': 'tools' });
    if (a.fixed !== undefined) {
      var copy = el('button', { type: 'button' }, 'Copy the text with ' + a.fixes + (a.fixes === 1 ? ' safe fix' : ' safe fixes') + ' applied');
      var said = el('span', { role: 'status' });
      copy.addEventListener('click', function () { copyText(a.fixed, said); });
      tools.appendChild(copy); tools.appendChild(said);
    } else if (a.readable) {
      tools.appendChild(el('span', { 'class': 'hint' }, 'No safe fixes to apply.'));
    }
    body.appendChild(tools);
    var text = el('div', { 'class': 'text' });
    text.innerHTML = a.html; // rendered by the tool, every character of the article escaped
    body.appendChild(text);
    applyFilters(body);
  }

  function copyText(value, said) {
    function done(ok) { said.textContent = ok ? 'Copied.' : 'Could not copy; select the text by hand.'; }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(value).then(function () { done(true); }, function () { done(fallbackCopy(value)); });
    } else {
      done(fallbackCopy(value));
    }
  }
  function fallbackCopy(value) {
    var area = el('textarea'); area.value = value; area.setAttribute('readonly', '');
    area.style.position = 'fixed'; area.style.opacity = '0';
    document.body.appendChild(area); area.select();
    var ok = false; try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  // ---- filters ----
  function findingOf(mark) {
    var section = mark.closest('.article');
    if (!section) return null;
    var a = data.articles[Number(section.id.slice(1))];
    return a ? a.findings[Number(mark.getAttribute('data-f'))] : null;
  }

  function applyFilters(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('mark[data-rule]'), function (m) {
      var f = findingOf(m);
      var on = f ? shown(f) : true;
      if (on) { m.removeAttribute('data-off'); m.setAttribute('tabindex', '0'); }
      else { m.setAttribute('data-off', ''); m.setAttribute('tabindex', '-1'); }
    });
  }

  function onFilterChange(e) {
    var t = e.target;
    if (t.id === 'filter-rule') filters.rule = t.value;
    else if (t.getAttribute('data-kind')) filters[t.getAttribute('data-kind')][t.value] = t.checked;
    else return;
    applyFilters(document);
    data.articles.forEach(function (a, i) { updateBadges(i); });
    drawChart();
  }

  // ---- notes on findings ----
  function showTip(mark) {
    var f = findingOf(mark);
    if (!f) return;
    clearTimeout(hideTimer);
    tipFor = mark;
    tip.textContent = '';
    var head = el('div');
    var help = safeHref(f.help);
    var rule = help ? el('a', { href: help, 'class': 'rule', target: '_blank', rel: 'noopener noreferrer' }, f.rule) : el('span', { 'class': 'rule' }, f.rule);
    head.appendChild(rule);
    head.appendChild(document.createTextNode(' ' + f.severity + ' \u00b7 ' + family(f.family).label + ' \u00b7 line ' + f.line));
    tip.appendChild(head);
    tip.appendChild(el('div', null, f.message));
    if (f.fix) {
      var shownReplacement = f.fix.replacement && f.fix.title.indexOf(f.fix.replacement) < 0;
      var fix = el('div', { 'class': 'fix' }, (f.fix.safe ? 'Safe fix: ' : 'Suggestion: ') + f.fix.title + (shownReplacement ? ' \u2192 \u201c' + f.fix.replacement + '\u201d' : ''));
      tip.appendChild(fix);
    }
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    mark.setAttribute('aria-describedby', 'tip');
  }
  function hideTip(now) {
    clearTimeout(hideTimer);
    var go = function () { tip.hidden = true; if (tipFor) tipFor.removeAttribute('aria-describedby'); tipFor = null; };
    if (now) go(); else hideTimer = setTimeout(go, 250);
  }

  // ---- keyboard ----
  function visibleMarks() {
    return Array.prototype.filter.call(document.querySelectorAll('.article.open mark[data-rule]'), function (m) { return !m.hasAttribute('data-off'); });
  }
  function step(direction) {
    var marks = visibleMarks();
    var at = marks.indexOf(document.activeElement);
    var next = at < 0 ? (direction > 0 ? 0 : marks.length - 1) : at + direction;
    if (next >= 0 && next < marks.length) { go(marks[next]); return; }
    // Past the open articles: open the next (or previous) article with a finding that the filters show.
    var current = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.article') : null;
    var from = current ? Number(current.id.slice(1)) : (direction > 0 ? -1 : data.articles.length);
    for (var i = from + direction; i >= 0 && i < data.articles.length; i += direction) {
      if (data.articles[i].findings.some(shown)) {
        toggle(i, true);
        var inside = Array.prototype.filter.call(document.querySelectorAll('#' + data.articles[i].id + ' mark[data-rule]'), function (m) { return !m.hasAttribute('data-off'); });
        if (inside.length) { go(direction > 0 ? inside[0] : inside[inside.length - 1]); return; }
      }
    }
  }
  function go(mark) {
    Array.prototype.forEach.call(document.querySelectorAll('mark.current'), function (m) { m.classList.remove('current'); });
    mark.classList.add('current');
    mark.focus();
    mark.scrollIntoView({ block: 'center' });
    showTip(mark);
  }

  function openTarget() {
    var hash = decodeURIComponent(location.hash.slice(1));
    var m = /^a(\d+)(?:-(?:f(\d+)|line-(\d+)))?$/.exec(hash);
    if (!m || !data || !data.articles[Number(m[1])]) return;
    var i = Number(m[1]);
    toggle(i, true);
    var a = data.articles[i];
    var target = null;
    if (m[2] !== undefined) target = document.getElementById(a.id + '-f' + m[2]);
    else if (m[3] !== undefined) {
      var k = a.findings.findIndex(function (f) { return f.line === Number(m[3]); });
      if (k >= 0) target = document.getElementById(a.id + '-f' + k);
    }
    if (target) go(target); else document.getElementById(a.id).scrollIntoView();
  }

  function wire() {
    document.getElementById('filters').addEventListener('change', onFilterChange);
    document.getElementById('open-all').addEventListener('click', function () {
      if (data.articles.length > 200 && !window.confirm('Open all ' + data.articles.length + ' articles? The page may be slow.')) return;
      data.articles.forEach(function (a, i) { var s = document.getElementById(a.id); if (!s.classList.contains('open')) { var b = document.getElementById(a.id + '-body'); if (!b.hasChildNodes()) fill(a, b); s.classList.add('open'); b.hidden = false; s.querySelector('h2 > button').setAttribute('aria-expanded', 'true'); } });
    });
    document.addEventListener('mouseover', function (e) {
      var m = e.target.closest && e.target.closest('mark[data-rule]');
      if (m && !m.hasAttribute('data-off')) showTip(m);
      else if (e.target.closest && e.target.closest('#tip')) clearTimeout(hideTimer);
    });
    document.addEventListener('mouseout', function (e) {
      if (e.target.closest && (e.target.closest('mark[data-rule]') || e.target.closest('#tip'))) hideTip(false);
    });
    document.addEventListener('focusin', function (e) {
      var m = e.target.closest && e.target.closest('mark[data-rule]');
      if (m) showTip(m); else if (!(e.target.closest && e.target.closest('#tip'))) hideTip(true);
    });
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      if (e.key === 'Escape') { hideTip(true); return; }
      if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT'))) return;
      if (e.key === 'n' || e.key === 'j') { e.preventDefault(); step(1); }
      else if (e.key === 'p' || e.key === 'k') { e.preventDefault(); step(-1); }
      else if (e.key === 'Enter' && tipFor && t === tipFor) { var link = tip.querySelector('a'); if (link) { e.preventDefault(); link.focus(); } }
    });
    window.addEventListener('hashchange', openTarget);
  }

  function show(report) {
    data = report;
    drawSummary();
    drawArticles();
    // For tools and tests: how many findings the data holds (each is one highlight in its article's text).
    var total = 0; data.articles.forEach(function (a) { total += a.findings.length; });
    document.body.setAttribute('data-findings', String(total));
    document.body.setAttribute('data-ready', 'true');
  }

  // ---- serve: paste, drop, check as the editor types ----
  function startLive() {
    var section = document.getElementById('live');
    section.hidden = false;
    // While checking one article, its text comes right under the box, the summary after it.
    var summary = document.getElementById('summary');
    summary.parentNode.insertBefore(document.getElementById('filters'), summary);
    summary.parentNode.insertBefore(document.getElementById('articles'), summary);
    document.querySelector('header h1').textContent = 'EditorialLint: check an article';
    var paste = document.getElementById('paste'), name = document.getElementById('paste-name');
    var status = document.getElementById('status'), drop = document.getElementById('drop'), droppedLabel = document.getElementById('dropped');
    var dropped = [], timer = 0, sequence = 0;
    function say(text, error) { status.textContent = text; status.className = 'status' + (error ? ' error' : ''); }
    function schedule() { clearTimeout(timer); timer = setTimeout(check, 400); }
    function check() {
      var documents = dropped.slice();
      if (paste.value.trim()) documents.unshift({ name: name.value.trim() || 'pasted.md', text: paste.value });
      var mine = ++sequence;
      say('Checking\u2026');
      fetch('/api/report', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ documents: documents }) })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (r) {
          if (mine !== sequence) return;
          if (!r.ok) { say(r.body && r.body.error ? r.body.error : 'The server could not check the text.', true); return; }
          show(r.body);
          var n = 0; r.body.articles.forEach(function (a) { n += a.findings.length; });
          say(documents.length ? 'Checked: ' + plural(n, 'finding') + '.' : 'Paste an article to check it.');
        })
        .catch(function () { if (mine === sequence) say('The server is not answering; is editorial-lint serve still running?', true); });
    }
    var clear = document.getElementById('clear-dropped');
    clear.addEventListener('click', function () { dropped = []; droppedLabel.textContent = ''; clear.hidden = true; check(); });
    paste.addEventListener('input', schedule);
    name.addEventListener('input', schedule);
    drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) {
      e.preventDefault(); drop.classList.remove('over');
      var files = Array.prototype.slice.call(e.dataTransfer.files || []);
      Promise.all(files.map(function (file) {
        return file.arrayBuffer().then(function (buffer) {
          var bytes = new Uint8Array(buffer);
          if (bytes.indexOf(0) >= 0) throw new Error(file.name + ' is not a text file (it holds binary data); drop .md or .txt files.');
          try { return { name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }; }
          catch (x) { throw new Error(file.name + ' is not UTF-8 text; save it as UTF-8 and drop it again.'); }
        });
      })).then(function (docs) {
        dropped = dropped.concat(docs);
        droppedLabel.textContent = plural(dropped.length, 'dropped file');
        clear.hidden = false;
        check();
      }, function (err) { say(err.message, true); });
    });
    show({ version: '', live: true, articles: [] });
    say('Paste an article to check it.');
    paste.focus();
  }

  wire();
  if (live) startLive();
  else readEmbedded().then(function (report) { if (report) { show(report); openTarget(); } },
    function (err) { document.getElementById('run').textContent = 'The report data could not be read: ' + err.message; });
})();
