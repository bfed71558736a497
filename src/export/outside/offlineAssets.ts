import { createHash } from 'node:crypto';

/**
 * The HTML plan's own style and script. Both are fixed texts (plan text never enters them), and
 * the page's Content Security Policy allows exactly these two by their hash: nothing else runs,
 * loads or connects.
 */

export const OFFLINE_CSS = `
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:16px;line-height:1.45;color:#1f2933;background:#fff;-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:anywhere}
main,header{max-width:52rem;margin:0 auto;padding:0 .9rem}
header{padding-top:.8rem}
.classification{color:#a61b1b;font-weight:bold;text-transform:uppercase;letter-spacing:.04em;font-size:.8rem;margin:0}
.organisation{color:#5f6b7a;margin:.2rem 0 0}
h1{font-size:1.4rem;color:#1f4e79;margin:.1rem 0 .3rem}
h2{font-size:1.2rem;color:#1f4e79;margin:1.6rem 0 .5rem;border-bottom:2px solid #1f4e79;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.1rem 0 .3rem}
h4{font-size:1rem;margin:.8rem 0 .2rem}
p{margin:0 0 .5rem}
.muted{color:#5f6b7a;font-style:italic}
figure.picture{margin:.8rem 0}
figure.picture img{display:block;max-width:100%;height:auto}
figure.picture figcaption{color:#5f6b7a;font-style:italic;margin-top:.3rem}
nav.quick{position:sticky;top:0;z-index:2;background:#1f4e79;padding:.35rem .5rem}
nav.quick ul{list-style:none;margin:0 auto;padding:0;max-width:52rem;display:flex;flex-wrap:wrap;gap:.3rem}
nav.quick a{display:block;color:#fff;text-decoration:none;padding:.35rem .55rem;border:1px solid rgba(255,255,255,.5);border-radius:.3rem;font-size:.9rem}
nav.quick a:focus,nav.quick a:hover{background:#fff;color:#1f4e79}
section{scroll-margin-top:6.5rem}
.search{margin:.8rem 0}
.search label{display:block;font-weight:bold;margin-bottom:.2rem}
.search input{width:100%;font-size:1rem;padding:.5rem;border:1px solid #5f6b7a;border-radius:.3rem}
#search-results{list-style:none;padding:0;margin:.5rem 0}
#search-results li{border-left:3px solid #1f4e79;padding:.3rem .6rem;margin:0 0 .5rem;background:#f3f6fa}
#search-results .where{font-size:.8rem;color:#5f6b7a;display:block}
ol.calls,ul.cards{list-style:none;padding:0;margin:0}
ol.calls>li,ul.cards>li{border:1px solid #b8c2cc;border-radius:.4rem;padding:.5rem .7rem;margin:0 0 .6rem}
.call-head{font-weight:bold}
.person{margin:.35rem 0 0}
.person .kind{font-size:.8rem;color:#5f6b7a;text-transform:uppercase;letter-spacing:.03em}
.numbers{display:flex;flex-wrap:wrap;gap:.35rem;margin:.25rem 0}
a.tel,a.mail{display:inline-block;padding:.35rem .6rem;border-radius:.3rem;background:#e8f0f8;color:#0b3d6b;text-decoration:none;border:1px solid #9db5cc}
a.tel{font-weight:bold;white-space:nowrap}
a.tel .label,a.mail .label{font-weight:normal;font-size:.8rem;color:#3d4f63;margin-right:.3rem}
ol.checklist{list-style:none;padding:0;margin:.3rem 0 .6rem}
ol.checklist li{margin:0 0 .4rem}
ol.checklist label{display:flex;gap:.6rem;align-items:flex-start;padding:.3rem;border-radius:.3rem}
ol.checklist input{width:1.4rem;height:1.4rem;flex:none;margin:.1rem 0 0}
ol.checklist input:checked+span{text-decoration:line-through;color:#5f6b7a}
.step-facts{display:block;font-size:.85rem;color:#5f6b7a}
.note{background:#fff8e1;border:1px solid #e0c068;border-radius:.3rem;padding:.5rem .7rem}
button{font-size:.95rem;padding:.4rem .8rem;border-radius:.3rem;border:1px solid #5f6b7a;background:#fff}
table{width:100%;border-collapse:collapse;margin:0 0 .8rem;font-size:.9rem}
th,td{border:1px solid #b8c2cc;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#1f4e79;color:#fff}
table.definitions th{width:35%;background:#eef2f7}
td p{margin:0 0 .3rem}
.tone-low{background:#d9ead3}.tone-medium{background:#fff2cc}.tone-high{background:#f9cb9c}.tone-critical{background:#ea9999}
.line{border-bottom:1px solid #b8c2cc;height:1.6rem}
a.top{display:inline-block;margin:.4rem 0;font-size:.85rem}
@media (max-width:40rem){
  nav.quick{padding:.3rem .4rem}
  nav.quick ul{gap:.25rem}
  nav.quick a{padding:.2rem .45rem;font-size:.8rem}
  section{scroll-margin-top:5rem}
  table.data,table.data tbody,table.data tr,table.data td{display:block;width:100%}
  table.data thead{display:none}
  table.data tr{border:1px solid #b8c2cc;border-radius:.3rem;margin:0 0 .5rem}
  table.data td{border:none;border-bottom:1px solid #e3e8ee}
  table.data td::before{content:attr(data-label);display:block;font-size:.78rem;color:#5f6b7a;font-weight:bold}
  table.data tr.blank{display:none}
  table.definitions th,table.definitions td{display:block;width:100%}
  table.matrix{font-size:.75rem}
  table.matrix th,table.matrix td{padding:.2rem}
}
@media print{
  nav.quick,.search,#search-results,button,a.top{display:none}
  html{font-size:10.5pt}
  a.tel,a.mail{background:none;border:none;padding:0;color:#000}
  ol.calls>li,ul.cards>li,table tr{break-inside:avoid}
  h2{break-after:avoid}
  #plan{break-before:page}
}
`;

export const OFFLINE_SCRIPT = `(function () {
  'use strict';
  var doc = document;
  var planKey = doc.documentElement.getAttribute('data-plan') || '';
  var store = null;
  try {
    store = window.localStorage;
    store.setItem('paraat-probe', '1');
    store.removeItem('paraat-probe');
  } catch (error) {
    store = null;
  }
  var boxes = doc.querySelectorAll('input[data-tick]');
  function keyOf(box) {
    return 'paraat:' + planKey + ':' + box.getAttribute('data-tick');
  }
  if (!store) {
    var unavailable = doc.getElementById('ticks-unavailable');
    if (unavailable) unavailable.hidden = false;
  }
  Array.prototype.forEach.call(boxes, function (box) {
    if (store && store.getItem(keyOf(box)) === '1') box.checked = true;
    box.addEventListener('change', function () {
      if (!store) return;
      if (box.checked) store.setItem(keyOf(box), '1');
      else store.removeItem(keyOf(box));
    });
  });
  var clear = doc.getElementById('clear-ticks');
  if (clear)
    clear.addEventListener('click', function () {
      Array.prototype.forEach.call(boxes, function (box) {
        box.checked = false;
        if (store) store.removeItem(keyOf(box));
      });
    });

  function normalise(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/\\s+/g, ' ');
  }
  function textOf(node) {
    if (node.tagName === 'TR')
      return Array.prototype.map.call(node.children, function (cell) { return cell.textContent.trim(); })
        .filter(Boolean).join(' · ');
    return node.textContent.replace(/\\s+/g, ' ').trim();
  }
  var units = Array.prototype.map.call(doc.querySelectorAll('[data-unit]'), function (node) {
    var text = normalise(textOf(node));
    return { node: node, text: text, compact: text.replace(/[^a-z0-9@+]/g, '') };
  });
  var input = doc.getElementById('search');
  var results = doc.getElementById('search-results');
  var status = doc.getElementById('search-status');
  if (!input || !results || !status) return;
  function show() {
    results.textContent = '';
    var query = normalise(input.value).trim();
    if (query.length < 2) {
      status.textContent = '';
      return;
    }
    var compact = query.replace(/[^a-z0-9@+]/g, '');
    var found = units.filter(function (unit) {
      return unit.text.indexOf(query) >= 0 || (compact.length >= 3 && unit.compact.indexOf(compact) >= 0);
    });
    status.textContent = found.length ? status.getAttribute('data-found').replace('#', String(found.length)) : status.getAttribute('data-none');
    found.slice(0, 40).forEach(function (unit) {
      var item = doc.createElement('li');
      var where = doc.createElement('span');
      where.className = 'where';
      where.textContent = unit.node.getAttribute('data-where') || '';
      item.appendChild(where);
      var text = doc.createElement('p');
      var full = textOf(unit.node);
      text.textContent = full.length > 240 ? full.slice(0, 240) + '…' : full;
      item.appendChild(text);
      var links = unit.node.querySelectorAll('a.tel, a.mail');
      if (links.length) {
        var numbers = doc.createElement('div');
        numbers.className = 'numbers';
        Array.prototype.forEach.call(links, function (link) { numbers.appendChild(link.cloneNode(true)); });
        item.appendChild(numbers);
      }
      var jump = doc.createElement('a');
      jump.href = '#' + unit.node.id;
      jump.textContent = status.getAttribute('data-show');
      item.appendChild(jump);
      results.appendChild(item);
    });
  }
  input.addEventListener('input', show);
  show();
})();
`;

/** The CSP source for an inline text: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** No network, no plugins, no frames, no forms: only the page's own style and script. */
export const OFFLINE_CSP = `default-src 'none'; style-src ${cspHash(OFFLINE_CSS)}; script-src ${cspHash(OFFLINE_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
