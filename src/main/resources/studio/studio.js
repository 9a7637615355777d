// The studio page: plain JavaScript, no libraries. Every change goes through api() (page.js), which sends
// this start's token; all text from the server is inserted as text, never as HTML.
(function () {
  "use strict";
  const { $, el, api } = window.StudioPage;
  let lang = pickLanguage();
  let state = null;          // last /api/state
  let chatId = null;         // the chat shown
  let draft = null;          // the script draft being edited
  let contentVersion = null;
  // Start-up: the page asks for its first chat only after loading, and a message typed before that
  // chat exists waits for it. Every message goes out in the order it was typed, one at a time.
  let chatStarted;
  const chatReady = new Promise((resolve) => { chatStarted = resolve; });
  let sending = chatReady;

  function pickLanguage() {
    const asked = new URLSearchParams(location.search).get("lang");
    if (asked === "en" || asked === "no") return asked;
    const saved = localStorage.getItem("studio-lang");
    if (saved === "en" || saved === "no") return saved;
    const prefs = navigator.languages || [navigator.language || "en"];
    for (const l of prefs) {
      const p = l.toLowerCase();
      if (p.startsWith("nb") || p.startsWith("nn") || p.startsWith("no")) return "no";
      if (p.startsWith("en")) return "en";
    }
    return "en";
  }

  function t(key, vars) {
    let s = (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key;
    for (const [k, v] of Object.entries(vars || {})) s = s.split("{" + k + "}").join(String(v));
    return s;
  }

  function applyLanguage() {
    document.documentElement.lang = lang === "no" ? "nb" : "en";
    $("lang").value = lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    fillRegions();
    if (state) showContent(state.content);
  }


  function fail(where, res) {
    where.textContent = t("error", { e: (res.data && res.data.error) || res.status });
  }

  // ---- tabs
  function showPanel(id) {
    document.querySelectorAll(".tabs button").forEach((b) => {
      const on = b.dataset.panel === id;
      if (on) b.setAttribute("aria-current", "page"); else b.removeAttribute("aria-current");
    });
    document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== id; });
  }

  // ---- chat
  function fillRegions() {
    const sel = $("region");
    const current = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    for (const r of (state ? state.regions : [])) sel.append(el("option", { value: r.id }, (lang === "no" ? r.nb : r.en) || r.en));
    sel.value = current;
  }

  // every language of the content, each in its own name and direction; the chat is answered in the one chosen
  function fillChatLanguages() {
    const sel = $("chat-language");
    const current = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    for (const l of (state ? state.languages || [] : [])) {
      sel.append(el("option", { value: l.code, lang: l.code, dir: l.dir }, l.name + " (" + l.code + ")"));
    }
    sel.value = current;
  }

  async function loadState() {
    const res = await api("GET", "/api/state");
    if (!res.ok) return;
    const first = state === null;
    const changed = first || JSON.stringify(res.data.content) !== JSON.stringify(state.content);
    state = res.data;
    if (first) { fillRegions(); fillChatLanguages(); }
    if (changed) showContent(state.content); // unchanged text is not rewritten, so screen readers do not repeat it
    if (contentVersion !== null && contentVersion !== state.content.version && chatId) await showChat(chatId);
    contentVersion = state.content.version;
  }

  function fillChatList(selected) {
    const sel = $("chat-select");
    sel.textContent = "";
    for (const c of state.chats) sel.append(el("option", { value: c.id }, c.name));
    sel.value = selected;
  }

  async function newChat() {
    const res = await api("POST", "/api/chats");
    if (!res.ok) return fail($("chat-notice"), res);
    await loadState();
    fillChatList(res.data.id);
    renderChat(res.data);
  }

  async function showChat(id) {
    const res = await api("GET", "/api/chats/" + encodeURIComponent(id));
    if (!res.ok) return fail($("chat-notice"), res);
    renderChat(res.data);
  }

  function renderChat(chat) {
    chatId = chat.id;
    $("now").value = chat.now || "";
    $("region").value = chat.region || "";
    $("chat-language").value = chat.language || "";
    $("chat-notice").textContent = chat.restartedByReload ? t("reloaded") : "";
    const log = $("transcript");
    log.textContent = "";
    for (const x of chat.exchanges) log.append(renderExchange(x));
    markLatestButtons();
    $("save-panel").hidden = true;
  }

  function renderExchange(x) {
    const box = el("div", { class: "exchange" });
    if (x.said !== null) box.append(el("p", { class: "you" }, el("span", { class: "who" }, t("you") + ": "), x.said));
    const bot = el("div", { class: "bot" }, el("span", { class: "who" }, t("bot") + ":"));
    for (const m of x.messages) {
      // right-to-left replies read right to left; their numbers are in left-to-right isolates (U+2066 ... U+2069)
      bot.append(el("p", { class: "msg", lang: x.lang, dir: x.dir }, m.text));
      if (m.buttons.length) {
        const row = el("div", { class: "choices", lang: x.lang, dir: x.dir });
        for (const b of m.buttons) row.append(el("button", { type: "button", class: "choice", onclick: () => send(b) }, b));
        bot.append(row);
      }
    }
    box.append(el("div", { class: "reply" }, bot, renderWhy(x.why)));
    return box;
  }

  function pct(x) { return (Math.round(x * 1000) / 10) + " %"; }

  function renderWhy(w) {
    const dl = el("dl");
    const row = (k, ...v) => { dl.append(el("dt", {}, t(k)), el("dd", {}, ...v)); };
    row("why_answered", el("code", {}, w.intent), " (" + pct(w.confidence) + ")");
    row("why_classifier", w.top ? el("span", {}, el("code", {}, w.top.intent), " " + pct(w.top.confidence) + "; " + t("why_runner_up") + " ",
        el("code", {}, w.runnerUp.intent), " " + pct(w.runnerUp.confidence),
        w.filled && w.filled.length ? el("span", { class: "hint" }, " — " + t("why_not_used")) : null) : t("why_not_classified"));
    row("why_emergency", w.emergencyTrigger ? el("q", { class: "trigger" }, w.emergencyTrigger) : t("why_no_trigger"));
    if (w.triage && (w.triage.grade !== "NONE" || w.triage.discounted.length)) {
      row("why_triage", el("code", {}, w.triage.grade), w.triage.group ? " (" + w.triage.group + ")" : "",
        w.triage.matched.length ? ": " + w.triage.matched.join("; ") : "",
        w.triage.discounted.length ? el("span", { class: "hint" }, " — " + t("why_discounted") + " " + w.triage.discounted.join("; ")) : null,
        w.triage.because ? el("div", { class: "hint because" }, w.triage.because) : null);
    }
    if (w.answeredIn) {
      row("why_language", t("why_detected", { d: w.languageDetected ? t("lang_" + w.languageDetected) : t("why_no_evidence"),
        a: t("lang_" + w.answeredIn) }));
    }
    if (w.flow) row("why_flow", el("code", {}, w.flow));
    if (w.filled && w.filled.length) row("why_filled", w.filled.map((n) => n).join(", "));
    if (w.slots.length) {
      const ul = el("ul");
      for (const s of w.slots) ul.append(el("li", {}, el("code", {}, s.name), " = " + s.value,
          s.fromMessage ? " (" + t("why_from_message", { n: s.fromMessage }) + ")" : ""));
      row("why_slots", ul);
    }
    row("why_asks", w.awaiting ? el("code", {}, w.awaiting) : t("why_final"));
    if (w.outcome) {
      row("why_outcome", el("code", { class: "outcome" }, w.outcome));
      const computed = Object.entries(w.computed || {});
      if (computed.length) {
        const ul = el("ul");
        for (const [k, v] of computed) ul.append(el("li", {}, el("code", {}, k), " = " + v));
        row("why_computed", ul);
      }
      const reasons = el("ul", { class: "reasons" });
      for (const r of w.reasons) reasons.append(el("li", {}, r));
      row("why_reasons", reasons);
      const sources = el("ul");
      for (const s of w.sources) sources.append(el("li", {}, s.title + " (" + s.region + ")"));
      row("why_sources", sources);
    }
    if (w.facts.length) {
      const ul = el("ul");
      for (const f of w.facts) ul.append(el("li", {}, el("code", {}, f.key), " = " + f.value + " (" + f.source + (f.year ? ", " + f.year : "") + ")"));
      row("why_facts", ul);
    }
    return el("details", { class: "why" }, el("summary", {}, t("why")), dl);
  }

  function markLatestButtons() {
    const all = document.querySelectorAll("#transcript .exchange");
    all.forEach((x, i) => x.querySelectorAll("button.choice").forEach((b) => { b.disabled = i !== all.length - 1; }));
  }

  function send(text) {
    if (!text.trim()) return;
    if (!chatId) $("chat-notice").textContent = t("queued");
    sending = sending.then(() => say(text)).catch((e) => { $("chat-notice").textContent = t("error", { e: e.message }); });
  }

  async function say(text) {
    if (!chatId) { $("chat-notice").textContent = t("no_chat"); return; }
    const res = await api("POST", "/api/chats/" + encodeURIComponent(chatId) + "/say", { text });
    if (!res.ok) return fail($("chat-notice"), res);
    $("chat-notice").textContent = "";
    $("transcript").append(renderExchange(res.data));
    markLatestButtons();
    const last = $("transcript").lastElementChild;
    last.scrollIntoView({ block: "nearest" });
    // the question just asked decides where the keyboard goes: its first button, or the message box
    const rows = last.querySelectorAll(".bot > *");
    const lastRow = rows[rows.length - 1];
    const firstChoice = lastRow && lastRow.classList.contains("choices") ? lastRow.querySelector("button.choice") : null;
    (firstChoice || $("message")).focus();
  }

  // ---- save as script
  async function openSave() {
    await sending; // the draft includes every message typed so far
    const res = await api("GET", "/api/chats/" + encodeURIComponent(chatId) + "/draft");
    if (!res.ok) return fail($("save-result"), res);
    draft = res.data;
    if (!draft.turns.length) { $("save-result").textContent = t("nothing_to_save"); return; }
    $("script-title").value = draft.title;
    const box = $("checks");
    box.textContent = "";
    let n = 0;
    for (const turn of draft.turns) {
      const fs = el("fieldset", { class: "turn" }, el("legend", {}, turn.said === null ? t("start_turn") + " " + draft.start : "> " + turn.said));
      for (const c of turn.checks) {
        const id = "check-" + c.id;
        fs.append(el("div", { class: "check" }, el("input", { type: "checkbox", id, checked: true, "data-check": c.id }),
            el("label", { for: id }, el("code", {}, "< " + c.kind + ": " + c.argument))));
        n++;
      }
      box.append(fs);
    }
    $("save-result").textContent = "";
    $("save-panel").hidden = false;
    $("script-title").focus();
  }

  async function saveScript() {
    const drop = [...document.querySelectorAll("#checks input[type=checkbox]")].filter((c) => !c.checked).map((c) => Number(c.dataset.check));
    const res = await api("POST", "/api/chats/" + encodeURIComponent(chatId) + "/save", { title: $("script-title").value, drop });
    const out = $("save-result");
    out.textContent = "";
    if (res.status === 200 && !res.data.passed) {
      out.append(el("span", { class: "mark bad" }, "✗ "), t("saved_but_fails", { file: res.data.file }), el("pre", {}, res.data.failure || ""));
    } else if (res.status === 200) {
      out.append(el("span", { class: "mark ok" }, "✓ "), t("saved", { file: res.data.file }));
      $("save-panel").hidden = true;
      $("open-save").focus();
    } else if (res.status === 409) {
      out.append(el("span", { class: "mark bad" }, "✗ "), t("not_saved"), el("pre", {}, res.data.failure || ""));
    } else fail(out, res);
  }

  // ---- scripts
  async function runScripts() {
    const btn = $("run-scripts");
    btn.disabled = true;
    $("scripts-summary").textContent = t("running");
    const res = await api("POST", "/api/scripts/run");
    btn.disabled = false;
    if (!res.ok) return fail($("scripts-summary"), res);
    $("scripts-summary").textContent = t("summary", { passed: res.data.passed, failed: res.data.failed });
    const list = $("scripts-list");
    list.textContent = "";
    const failedFirst = [...res.data.scripts].sort((a, b) => Number(a.passed) - Number(b.passed));
    for (const s of failedFirst) {
      const li = el("li", { class: "script " + (s.passed ? "passed" : "failed") },
          el("span", { class: "mark " + (s.passed ? "ok" : "bad") }, (s.passed ? "✓ " : "✗ ") + t(s.passed ? "passed" : "failed")),
          " ", el("span", { class: "script-title" }, s.title), " ", el("code", {}, s.file));
      if (!s.passed) {
        li.append(el("pre", { class: "failure" }, s.failure),
            el("button", { type: "button", onclick: () => replay(s.file) }, t("replay")));
      }
      list.append(li);
    }
  }

  async function replay(file) {
    const res = await api("POST", "/api/scripts/replay", { file });
    if (!res.ok) return fail($("scripts-summary"), res);
    await loadState();
    fillChatList(res.data.id);
    renderChat(res.data);
    showPanel("panel-chat");
    $("message").focus();
  }

  // ---- content
  function showContent(c) {
    const time = new Date(c.loadedAt).toLocaleTimeString(lang === "no" ? "nb-NO" : "en-GB");
    const status = $("content-status");
    const list = $("problems");
    list.textContent = "";
    if (c.good) {
      status.textContent = t("content_ok", { dir: c.dir, intents: c.intents, flows: c.flows, facts: c.facts, time });
    } else if (c.failure) {
      status.textContent = t("content_failed", { failure: c.failure, time });
    } else {
      status.textContent = t("content_bad", { dir: c.dir, n: c.problems.length, time });
      for (const p of c.problems) {
        const where = p.line > 0 ? t("problem_at", { file: p.file, line: p.line, column: p.column || "?" }) : t("problem_in", { file: p.file });
        list.append(el("li", { class: "problem" }, el("span", { class: "mark bad" }, "✗ "), el("strong", {}, where), " " + p.message,
            el("br"), el("code", {}, p.where)));
      }
    }
    const banner = $("banner");
    banner.hidden = c.good;
    banner.textContent = c.good ? "" : "⚠ " + t("banner_bad");
  }

  // ---- understanding
  let polling = null;
  async function runEval() {
    $("run-eval").disabled = true;
    $("eval-result").textContent = "";
    const res = await api("POST", "/api/understanding/eval");
    if (!res.ok) { $("run-eval").disabled = false; return fail($("eval-percent"), res); }
    showEval(res.data);
    polling = setInterval(async () => {
      const r = await api("GET", "/api/understanding/eval");
      if (r.ok) showEval(r.data);
    }, 500);
  }

  function showEval(s) {
    const bar = $("eval-progress");
    if (s.state === "running") {
      bar.hidden = false;
      bar.value = s.percent;
      $("eval-percent").textContent = t("eval_running", { p: s.percent });
      return;
    }
    if (polling) { clearInterval(polling); polling = null; }
    $("run-eval").disabled = false;
    bar.hidden = true;
    if (s.state === "failed") { $("eval-percent").textContent = t("eval_failed", { e: s.error }); return; }
    if (s.state !== "done") return;
    const m = s.summary;
    $("eval-percent").textContent = t("eval_done", { s: Math.round(m.seconds * 10) / 10 });
    const fmt = (x) => x === null || x === undefined ? "–" : x.toFixed(3);
    const table = el("table", { class: "scores" },
        el("tbody", {},
          el("tr", {}, el("th", { scope: "row" }, t("examples")), el("td", {}, m.examples)),
          el("tr", {}, el("th", { scope: "row" }, t("accuracy")), el("td", {}, fmt(m.accuracy))),
          el("tr", {}, el("th", { scope: "row" }, t("macro_f1")), el("td", {}, fmt(m.macroF1))),
          el("tr", {}, el("th", { scope: "row" }, t("oos_recall")), el("td", {}, fmt(m.oosRecall))),
          el("tr", {}, el("th", { scope: "row" }, t("oos_precision")), el("td", {}, fmt(m.oosPrecision)))));
    const pairs = el("ul", { class: "pairs" });
    for (const p of m.confusedPairs) {
      pairs.append(el("li", {}, el("code", {}, p.expected), " → ", el("code", {}, p.decided), ": " + p.count + " " + t("count"),
          p.examples.length ? el("span", { class: "hint" }, " (" + p.examples.map((e) => "“" + e + "”").join(", ") + ")") : null));
    }
    $("eval-result").append(table, el("h3", {}, t("confused")), pairs);
  }

  async function tryMessage(text) {
    const res = await api("POST", "/api/understanding/try", { text });
    const out = $("try-result");
    out.textContent = "";
    if (!res.ok) return fail(out, res);
    const body = el("tbody");
    for (const g of res.data.top) body.append(el("tr", {}, el("td", {}, el("code", {}, g.intent)), el("td", {}, pct(g.score))));
    out.append(el("table", { class: "scores" }, el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("intent")), el("th", { scope: "col" }, t("score")))), body));
  }

  // ---- wiring
  document.addEventListener("DOMContentLoaded", async () => {
    applyLanguage();
    $("lang").addEventListener("change", () => {
      lang = $("lang").value;
      localStorage.setItem("studio-lang", lang);
      applyLanguage();
      if (chatId) showChat(chatId);
    });
    document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showPanel(b.dataset.panel)));
    $("say").addEventListener("submit", (e) => {
      e.preventDefault();
      const text = $("message").value;
      $("message").value = "";
      send(text);
    });
    $("new-chat").addEventListener("click", newChat);
    $("chat-select").addEventListener("change", () => showChat($("chat-select").value));
    $("reset-chat").addEventListener("click", async () => {
      await chatReady;
      const res = await api("POST", "/api/chats/" + encodeURIComponent(chatId) + "/reset");
      if (res.ok) renderChat(res.data); else fail($("chat-notice"), res);
    });
    $("settings").addEventListener("submit", async (e) => {
      e.preventDefault();
      await chatReady;
      const res = await api("POST", "/api/chats/" + encodeURIComponent(chatId) + "/settings", { now: $("now").value, region: $("region").value, language: $("chat-language").value });
      if (res.ok) renderChat(res.data); else fail($("chat-notice"), res);
    });
    $("open-save").addEventListener("click", openSave);
    $("save-script").addEventListener("click", saveScript);
    $("cancel-save").addEventListener("click", () => { $("save-panel").hidden = true; $("open-save").focus(); });
    $("run-scripts").addEventListener("click", runScripts);
    $("run-eval").addEventListener("click", runEval);
    $("try-form").addEventListener("submit", (e) => { e.preventDefault(); tryMessage($("try-text").value); });
    $("message").placeholder = t("starting");
    $("send").disabled = false; // from here on, a message typed before the first chat exists waits for it
    try {
      await loadState();
      if (!state) $("chat-notice").textContent = t("no_chat");
      else if (state.chats.length) { fillChatList(state.chats[0].id); await showChat(state.chats[0].id); } else await newChat();
    } finally {
      $("message").placeholder = "";
      chatStarted();
    }
    setInterval(loadState, 1500);
  });
})();
