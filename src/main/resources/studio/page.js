// What the studio's scripts share: $(), el(), which builds elements and inserts text as text,
// never as HTML, and api(), which sends this start's token with every change.
window.StudioPage = (function () {
  "use strict";
  const TOKEN = document.querySelector('meta[name="studio-token"]').content;
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  async function api(method, path, body) {
    const opts = { method, headers: {} };
    if (method !== "GET") {
      opts.headers["X-Studio-Token"] = TOKEN;
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body || {});
    }
    const r = await fetch(path, opts);
    let data = {};
    try { data = await r.json(); } catch (e) { data = {}; }
    return { status: r.status, ok: r.ok, data };
  }

  return { $, el, api };
})();
