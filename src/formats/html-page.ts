/**
 * The HTML report's inline style and script (html.ts embeds them). The script is plain ES2020
 * with no framework: it reads the report's data from the `<script type="application/json">`
 * block and builds every view from it with DOM calls. Text from the catalogue is only ever
 * set as textContent (text nodes), never parsed as HTML, so markup in a duty title stays text.
 * The data layout is described in html.ts (ReportData).
 */

export const PAGE_STYLE = `
:root { color-scheme: light; --line: #d0d4da; --muted: #5f6670; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1d2127; background: #f6f7f9; }
header, section { max-width: 1400px; margin: 0 auto; padding: 12px 24px; }
header h1 { margin: 8px 0 0; font-size: 22px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin-top: 16px; }
h2 { font-size: 18px; margin: 4px 0 8px; }
p.intro, p.note { color: var(--muted); margin: 4px 0 8px; }
p.note:empty { display: none; }
dl.scope { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 12px; }
dl.scope dt { color: var(--muted); }
dl.scope dd { margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 12px; }
.count { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; min-width: 7em; }
.count b { display: block; font-size: 22px; }
table.data { border-collapse: collapse; width: 100%; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.data th { background: #eef1f5; }
table.data td.nowrap { white-space: nowrap; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.data td.zero { color: #a0a6ae; }
td.msg { white-space: pre-wrap; word-break: break-word; }
td.loc, td.rule, code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 12px; }
.sev-error { color: #b3261e; font-weight: 600; }
.sev-warn { color: #8a5a00; font-weight: 600; }
.sev-info { color: #1f5fa8; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0; }
.controls label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
.controls select, .controls input { font: inherit; padding: 3px 6px; max-width: 22em; }
.pager { display: flex; gap: 12px; align-items: center; margin: 8px 0; }
.pager button { font: inherit; padding: 2px 10px; }
.heat-wrap { overflow: auto; max-height: 80vh; width: fit-content; max-width: 100%; border: 1px solid var(--line); }
table.heat { border-collapse: collapse; font-size: 11px; }
table.heat th { font-weight: normal; background: #fff; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
table.heat thead th { writing-mode: vertical-rl; max-height: 11em; padding: 4px 0; vertical-align: bottom; position: sticky; top: 0; z-index: 1; }
table.heat tbody th { max-width: 14em; text-align: right; padding: 0 6px; position: sticky; left: 0; z-index: 1; }
table.heat td { width: 24px; min-width: 24px; height: 24px; text-align: center; border: 1px solid #e3e6ea; background: #fafbfc; color: #1d2127; }
table.heat td.diag { background: #e9ecef; }
table.heat td.hit { cursor: pointer; }
table.heat td.hit:hover, table.heat td.hit:focus, table.heat td.selected { outline: 2px solid #1d2127; outline-offset: -2px; }
.legend { display: flex; align-items: center; gap: 4px; font-size: 12px; color: var(--muted); margin: 6px 0; }
.legend span.swatch { width: 22px; height: 14px; border: 1px solid #e3e6ea; }
.pair { margin-top: 12px; }
.pair-item { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.pair-item .meta { color: var(--muted); font-size: 12px; margin-bottom: 4px; }
.pair-item .duties { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.pair-item .dept { font-weight: 600; }
.pair-item .detail { color: var(--muted); }
.bar { display: inline-block; width: 60px; height: 8px; background: #e3e6ea; margin-right: 6px; vertical-align: middle; }
.bar i { display: block; height: 100%; background: #2e7d4f; }
`;

export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var T = D.t;
  var SEV = ['error', 'warn', 'info'];
  var PAGE_ROWS = 200;
  var HEAT_MAX = 60;

  // Builds an element: props are set as properties (dataset merged), children are nodes or text.
  function h(tag, props, children) {
    var e = document.createElement(tag);
    if (props) {
      for (var k in props) {
        if (k === 'dataset') Object.assign(e.dataset, props.dataset);
        else e[k] = props[k];
      }
    }
    if (children !== undefined) {
      (Array.isArray(children) ? children : [children]).forEach(function (c) {
        if (c !== null && c !== undefined) e.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
      });
    }
    return e;
  }
  function fmt(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (m, k) { return k in values ? String(values[k]) : m; });
  }
  function byId(id) { return document.getElementById(id); }
  function deptName(i) { return i < 0 ? '' : D.dept[i][1]; }
  function deptShort(i) { return D.dept[i][4] || D.dept[i][1]; }
  function deptGov(i) { return i < 0 ? -1 : D.dept[i][2]; }
  function option(value, label) { return h('option', { value: String(value) }, label); }
  // Through a fragment: a government may have thousands of departments, too many for apply().
  function fillSelect(select, options) {
    var frag = document.createDocumentFragment();
    options.forEach(function (o) { frag.append(o); });
    select.replaceChildren(frag);
  }

  // A table body shown one page at a time: only PAGE_ROWS rows exist in the DOM.
  function pagedTable(tbody, nav, renderRow) {
    var rows = [];
    var page = 0;
    var prev = h('button', { type: 'button' }, T.prev);
    var info = h('span');
    var next = h('button', { type: 'button' }, T.next);
    nav.replaceChildren(prev, info, next);
    function show(p) {
      var pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
      page = Math.min(Math.max(p, 0), pages - 1);
      var start = page * PAGE_ROWS;
      var end = Math.min(rows.length, start + PAGE_ROWS);
      var frag = document.createDocumentFragment();
      for (var i = start; i < end; i++) frag.append(renderRow(rows[i]));
      tbody.replaceChildren(frag);
      info.textContent = rows.length === 0 ? T.noRows
        : fmt(T.rows, { from: start + 1, to: end, total: rows.length, page: page + 1, pages: pages });
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    prev.addEventListener('click', function () { show(page - 1); });
    next.addEventListener('click', function () { show(page + 1); });
    return function (r) { rows = r; show(0); };
  }

  // ---- Summary ----
  function summary() {
    var s = D.scope;
    document.title = T.title + ' · ' + s.name;
    byId('catalogue-name').textContent = s.name;
    var govs = D.gov.length > 12 ? D.gov.slice(0, 12).join(', ') + ' ' + fmt(T.more, { n: D.gov.length - 12 }) : D.gov.join(', ');
    var scope = [
      [T.catalogue, s.name], [T.governments, D.gov.length + (D.gov.length ? ' (' + govs + ')' : '')],
      [T.departments, s.departments], [T.duties, s.duties], [T.files, s.files],
      [T.dataDate, s.dataDate || T.none], [T.tool, s.tool],
    ];
    byId('scope').replaceChildren.apply(byId('scope'), scope.flatMap(function (r) { return [h('dt', null, r[0]), h('dd', null, String(r[1]))]; }));
    var counts = [[T.errors, s.errors, 'sev-error'], [T.warnings, s.warnings, 'sev-warn'], [T.infos, s.infos, 'sev-info'], [T.suppressed, s.suppressed, '']];
    byId('counts').replaceChildren.apply(byId('counts'), counts.map(function (c) {
      return h('div', { className: 'count' }, [h('b', { className: c[2] }, String(c[1])), c[0]]);
    }));
    var byKind = D.kinds.map(function () { return [0, 0, 0]; });
    D.findings.forEach(function (f) { byKind[D.rules[f[0]][1]][f[1]]++; });
    var rulesOf = D.kinds.map(function () { return []; });
    D.rules.forEach(function (r) { rulesOf[r[1]].push(r[0]); });
    var totals = [0, 0, 0];
    var rows = D.kinds.map(function (kind, k) {
      var c = byKind[k];
      c.forEach(function (n, i) { totals[i] += n; });
      var sum = c[0] + c[1] + c[2];
      return h('tr', null, [h('td', null, kind), h('td', { className: 'rule' }, rulesOf[k].join(', '))]
        .concat(c.concat([sum]).map(function (n) { return h('td', { className: 'num' + (n ? '' : ' zero') }, String(n)); })));
    });
    rows.push(h('tr', null, [h('th', null, T.total), h('th')].concat(totals.concat([totals[0] + totals[1] + totals[2]])
      .map(function (n) { return h('th', { className: 'num' }, String(n)); }))));
    byId('kind-counts').replaceChildren.apply(byId('kind-counts'), rows);
  }

  // ---- Overlap heatmap, one government at a time ----
  // Logarithmic: a few pairs with dozens of shared duties should not wash out the rest.
  function heatLevel(n, max) { return max <= 1 ? 1 : Math.log(n) / Math.log(max); }
  function heatColor(n, max) {
    var t = heatLevel(n, max);
    return 'hsl(' + Math.round(40 - 40 * t) + ', 85%, ' + Math.round(82 - 44 * t) + '%)';
  }
  function heatmap() {
    var select = byId('heat-gov');
    var perGov = D.gov.map(function () { return 0; });
    D.pairs.forEach(function (p) { perGov[p[0]] += p[3].length; });
    var govs = D.gov.map(function (g, i) { return i; }).filter(function (i) { return perGov[i] > 0; });
    if (govs.length === 0) {
      byId('heat-controls').hidden = true;
      byId('heat-note').textContent = T.heatNone;
      return;
    }
    fillSelect(select, govs.map(function (i) { return option(i, D.gov[i] + ' (' + perGov[i] + ')'); }));
    // Start on the government with the most overlapping duties.
    select.value = String(govs.reduce(function (a, b) { return perGov[b] > perGov[a] ? b : a; }));
    select.addEventListener('change', function () { drawHeatmap(Number(select.value)); });
    drawHeatmap(Number(select.value));
  }
  function drawHeatmap(g) {
    var pairs = [];
    D.pairs.forEach(function (p, i) { if (p[0] === g) pairs.push(i); });
    var total = new Map();
    pairs.forEach(function (i) {
      var p = D.pairs[i];
      total.set(p[1], (total.get(p[1]) || 0) + p[3].length);
      total.set(p[2], (total.get(p[2]) || 0) + p[3].length);
    });
    var depts = Array.from(total.keys()).sort(function (x, y) { return total.get(y) - total.get(x) || x - y; });
    var shown = depts.slice(0, HEAT_MAX);
    var pos = new Map(shown.map(function (d, i) { return [d, i]; }));
    var cells = new Map();
    var max = 1;
    pairs.forEach(function (i) {
      var p = D.pairs[i];
      if (!pos.has(p[1]) || !pos.has(p[2])) return;
      cells.set(pos.get(p[1]) * HEAT_MAX + pos.get(p[2]), i);
      cells.set(pos.get(p[2]) * HEAT_MAX + pos.get(p[1]), i);
      max = Math.max(max, p[3].length);
    });
    byId('heat-note').textContent = depts.length > HEAT_MAX ? fmt(T.heatCapped, { shown: HEAT_MAX, total: depts.length }) : '';
    var head = h('tr', null, [h('th')].concat(shown.map(function (d) { return h('th', { title: deptName(d) + ' (' + D.dept[d][0] + ')' }, deptShort(d)); })));
    var body = shown.map(function (row, r) {
      return h('tr', null, [h('th', { title: deptName(row) + ' (' + D.dept[row][0] + ')' }, deptShort(row))].concat(shown.map(function (col, c) {
        if (r === c) return h('td', { className: 'diag' });
        var i = cells.get(r * HEAT_MAX + c);
        if (i === undefined) return h('td');
        var n = D.pairs[i][3].length;
        var td = h('td', { className: 'hit', tabIndex: 0, title: deptName(row) + ' ↔ ' + deptName(col) + ': ' + n, dataset: { pair: String(i) } }, String(n));
        td.style.background = heatColor(n, max);
        if (heatLevel(n, max) > 0.6) td.style.color = '#fff';
        return td;
      })));
    });
    byId('heatmap').replaceChildren(h('table', { className: 'heat' }, [h('thead', null, head), h('tbody', null, body)]));
    var legend = [T.legend];
    var steps = Math.min(max, 6);
    for (var s = 0, last = 0; s < steps; s++) {
      var n = steps === 1 ? 1 : Math.round(Math.exp(Math.log(max) * s / (steps - 1)));
      if (n === last) continue;
      last = n;
      var sw = h('span', { className: 'swatch' });
      sw.style.background = heatColor(n, max);
      legend.push(sw, String(n));
    }
    byId('heat-legend').replaceChildren.apply(byId('heat-legend'), legend);
    byId('pair').replaceChildren(h('p', { className: 'note' }, T.pairHint));
  }
  function showPair(td) {
    var p = D.pairs[Number(td.dataset.pair)];
    var prev = document.querySelector('table.heat td.selected');
    if (prev) prev.classList.remove('selected');
    td.classList.add('selected');
    var items = p[3].map(function (it) {
      var meta = [T.score + ' ' + it[2]];
      if (it[3].length) meta.push(T.terms + ': ' + it[3].join(', '));
      if (it[4]) meta.push(fmt(T.settled, { id: it[4] }));
      return h('div', { className: 'pair-item' }, [
        h('div', { className: 'meta' }, meta.join(' · ')),
        h('div', { className: 'duties' }, [dutyBlock(it[0]), dutyBlock(it[1])]),
      ]);
    });
    byId('pair').replaceChildren(h('h3', null, fmt(T.pairTitle, { a: deptName(p[1]), b: deptName(p[2]), n: p[3].length })), h('div', null, items));
  }
  function dutyBlock(i) {
    var d = D.duties[i];
    return h('div', { className: 'duty' }, [
      h('div', { className: 'dept' }, deptName(d[2])), h('code', null, d[0]), h('div', { className: 'title' }, d[1]),
      d[3] ? h('div', { className: 'detail' }, d[3]) : null,
    ]);
  }
  function heatClick(e) {
    var td = e.target.closest && e.target.closest('td.hit');
    if (td && (e.type === 'click' || e.key === 'Enter' || e.key === ' ')) {
      if (e.type === 'keydown') e.preventDefault();
      showPair(td);
    }
  }

  // ---- Coverage of the higher-level mandate ----
  function coverage() {
    if (D.coverage.length === 0) {
      byId('cov-controls').hidden = true;
      byId('cov-table').hidden = true;
      byId('cov-note').textContent = T.coverageNone;
      return;
    }
    var select = byId('cov-gov');
    var govs = Array.from(new Set(D.coverage.map(function (c) { return deptGov(c[0]); }))).sort(function (a, b) { return a - b; });
    fillSelect(select, [option(-1, T.all)].concat(govs.map(function (g) { return option(g, g < 0 ? T.none : D.gov[g]); })));
    var setRows = pagedTable(byId('cov-body'), byId('cov-pager'), function (c) {
      var pct = c[2] ? Math.round(100 * c[3] / c[2]) : 100;
      var bar = h('i');
      bar.style.width = pct + '%';
      function num(n) { return h('td', { className: 'num' + (n ? '' : ' zero') }, String(n)); }
      return h('tr', null, [
        h('td', { title: D.dept[c[0]][0] }, deptName(c[0])), h('td', null, D.gov[deptGov(c[0])] || ''),
        h('td', null, c[1].map(deptName).join(', ')), num(c[2]), num(c[3]),
        h('td', { className: 'num' }, [h('span', { className: 'bar' }, bar), pct + '%']), num(c[4]), num(c[5]), num(c[6]),
      ]);
    });
    function apply() {
      var g = Number(select.value);
      setRows(g < 0 ? D.coverage : D.coverage.filter(function (c) { return deptGov(c[0]) === g; }));
    }
    select.addEventListener('change', apply);
    apply();
  }

  // ---- Findings, filtered and paged ----
  function findings() {
    var kindSel = byId('f-kind'), sevSel = byId('f-sev'), govSel = byId('f-gov'), deptSel = byId('f-dept'), text = byId('f-text');
    var kindCount = D.kinds.map(function () { return 0; });
    var sevCount = [0, 0, 0];
    var govCount = D.gov.map(function () { return 0; });
    var deptCount = D.dept.map(function () { return 0; });
    D.findings.forEach(function (f) {
      kindCount[D.rules[f[0]][1]]++;
      sevCount[f[1]]++;
      if (f[6] >= 0) { deptCount[f[6]]++; govCount[deptGov(f[6])]++; }
    });
    function counted(label, n) { return label + ' (' + n + ')'; }
    fillSelect(kindSel, [option(-1, T.all)].concat(D.kinds.map(function (k, i) { return kindCount[i] ? option(i, counted(k, kindCount[i])) : null; }).filter(Boolean)));
    fillSelect(sevSel, [option(-1, T.all)].concat(SEV.map(function (s, i) { return sevCount[i] ? option(i, counted(T.sev[s], sevCount[i])) : null; }).filter(Boolean)));
    fillSelect(govSel, [option(-1, T.all)].concat(D.gov.map(function (g, i) { return govCount[i] ? option(i, counted(g, govCount[i])) : null; }).filter(Boolean)));
    // The department list follows the government chosen, so it stays short.
    function fillDepts() {
      var g = Number(govSel.value);
      var opts = [option(-1, T.all)];
      D.dept.forEach(function (d, i) { if (deptCount[i] && (g < 0 || d[2] === g)) opts.push(option(i, counted(d[1], deptCount[i]))); });
      fillSelect(deptSel, opts);
    }
    // Lower-cased search text of each finding, built the first time a search needs it.
    var haystack = null;
    function searchText(i) {
      if (!haystack) haystack = new Array(D.findings.length);
      var s = haystack[i];
      if (s === undefined) {
        var f = D.findings[i];
        s = haystack[i] = [D.rules[f[0]][0], f[2], D.files[f[3]], f[6] >= 0 ? D.dept[f[6]][0] + ' ' + D.dept[f[6]][1] : ''].join(' ').toLowerCase();
      }
      return s;
    }
    var setRows = pagedTable(byId('f-body'), byId('f-pager'), function (i) {
      var f = D.findings[i];
      var rule = D.rules[f[0]];
      var sev = SEV[f[1]];
      return h('tr', { dataset: { sev: sev, kind: String(rule[1]), gov: String(deptGov(f[6])), dept: String(f[6]) } }, [
        h('td', { className: 'nowrap sev-' + sev }, T.sev[sev]), h('td', { className: 'nowrap' }, D.kinds[rule[1]]), h('td', { className: 'rule' }, rule[0]),
        h('td', { title: f[6] >= 0 ? D.dept[f[6]][0] : '' }, deptName(f[6])),
        h('td', { className: 'loc' }, D.files[f[3]] + ':' + f[4] + ':' + f[5]), h('td', { className: 'msg' }, f[2]),
      ]);
    });
    function apply() {
      var kind = Number(kindSel.value), sev = Number(sevSel.value), gov = Number(govSel.value), dept = Number(deptSel.value);
      var q = text.value.trim().toLowerCase();
      var rows = [];
      for (var i = 0; i < D.findings.length; i++) {
        var f = D.findings[i];
        if ((kind >= 0 && D.rules[f[0]][1] !== kind) || (sev >= 0 && f[1] !== sev) || (dept >= 0 && f[6] !== dept)) continue;
        if (gov >= 0 && (f[6] < 0 || deptGov(f[6]) !== gov)) continue;
        if (q && searchText(i).indexOf(q) < 0) continue;
        rows.push(i);
      }
      setRows(rows);
    }
    var timer = 0;
    [kindSel, sevSel, deptSel].forEach(function (s) { s.addEventListener('change', apply); });
    govSel.addEventListener('change', function () { fillDepts(); apply(); });
    // Searching 100k messages per keystroke would lag; wait for a pause in typing.
    text.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 200); });
    fillDepts();
    apply();
  }

  summary();
  heatmap();
  byId('heatmap').addEventListener('click', heatClick);
  byId('heatmap').addEventListener('keydown', heatClick);
  coverage();
  findings();
})();
`;
