// The Inbox and Usage tabs: the review inbox grouped, each entry turned into an example, marked out of
// scope or dismissed; the usage counts drawn as bars. Text from the server is inserted as text only.
(function () {
  "use strict";
  const { $, el, api } = window.StudioPage;

  function t(key, vars) {
    const lang = document.documentElement.lang === "nb" ? "no" : "en";
    let s = (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key;
    for (const [k, v] of Object.entries(vars || {})) s = s.split("{" + k + "}").join(String(v));
    return s;
  }


  function error(res) {
    return (res.data && res.data.error) || String(res.status);
  }

  // ---- inbox
  async function loadInbox(status) {
    const res = await api("GET", "/api/inbox");
    const out = $("inbox-groups");
    out.replaceChildren();
    if (!res.ok) { $("inbox-status").textContent = error(res); return; }
    $("inbox-status").textContent = status || (res.data.groups.length ? "" : t("inbox_empty"));
    res.data.groups.forEach((g, gi) => {
      const list = el("ul", { class: "inbox-entries" });
      g.entries.forEach((e) => list.append(entry(e, g, res.data.intents)));
      out.append(el("section", { class: "inbox-group", "aria-labelledby": "inbox-group-" + gi },
        el("h3", { id: "inbox-group-" + gi }, t("inbox_group", { n: g.entries.length, intent: g.likeliest || "?", language: g.language })),
        list));
    });
  }

  function entry(e, group, intents) {
    const id = "inbox-intent-" + e.id;
    const select = el("select", { id, class: "inbox-intent" });
    intents.forEach((name) => select.append(el("option", { value: name, selected: name === group.likeliest }, name)));
    const guesses = e.guesses.map((g) => g.intent + " " + g.score.toFixed(2)).join(", ");
    const act = async (path, body) => {
      const res = await api("POST", "/api/inbox/" + encodeURIComponent(e.id) + path, body);
      if (!res.ok) { $("inbox-status").textContent = error(res); return; }
      await loadInbox(res.data.file ? t("added", { intent: res.data.intent, file: res.data.file }) : t("dismissed"));
    };
    return el("li", { class: "inbox-entry", "data-id": e.id },
      el("q", { class: "inbox-text" }, e.text),
      el("span", { class: "hint" }, " " + e.kind + " · " + e.language + " · " + e.hour + (guesses ? " · " + guesses : "")),
      el("div", { class: "row" },
        el("label", { for: id }, t("example_of")), select,
        el("button", { type: "button", class: "add-example", onclick: () => act("/example", { intent: select.value }) }, t("add_example")),
        el("button", { type: "button", class: "out-of-scope", onclick: () => act("/out-of-scope") }, t("out_of_scope")),
        el("button", { type: "button", class: "dismiss", onclick: () => act("/dismiss") }, t("dismiss"))));
  }

  // ---- usage: one bar chart per series; a "<5" bar is drawn at 4 and labelled "<5".
  // A rate chart (percent) has 100 as its full width; its "<5" (too few to say) gets no bar.
  function chart(title, series, cls, percent) {
    const entries = Object.entries(series || {});
    const value = (v) => (v === "<5" ? (percent ? 0 : 4) : Number(v));
    const max = percent ? 100 : Math.max(5, ...entries.map(([, v]) => value(v)));
    const rows = entries.map(([k, v]) => {
      const bar = el("span", { class: "bar" });
      bar.style.width = Math.round(100 * value(v) / max) + "%"; // CSSOM, allowed by the page's CSP
      return el("tr", {}, el("th", { scope: "row" }, k), el("td", {}, bar, " " + v + (percent && v !== "<5" ? " %" : "")));
    });
    return el("figure", { class: "chart " + cls },
      el("figcaption", {}, title),
      entries.length ? el("table", { class: "scores" }, el("tbody", {}, ...rows)) : el("p", { class: "hint" }, t("usage_empty")));
  }

  async function loadUsage() {
    const res = await api("GET", "/api/usage");
    const out = $("usage-charts");
    out.replaceChildren();
    if (!res.ok) { $("usage-status").textContent = error(res); return; }
    $("usage-status").textContent = "";
    out.append(chart(t("chart_answers"), res.data.answersPerDay, "answers-per-day"),
      chart(t("chart_fallbacks"), res.data.fallbacksPerDay, "fallbacks-per-day"),
      chart(t("chart_conversations"), res.data.conversationsPerDay, "conversations-per-day"),
      chart(t("chart_fallback_rate"), res.data.fallbackRatePerDay, "fallback-rate-per-day", true),
      chart(t("chart_intents"), res.data.answersPerIntent, "answers-per-intent"),
      chart(t("chart_helpful"), helpfulSeries(res.data.helpfulPerIntent), "helpful-per-intent"));
    for (const [language, top] of Object.entries(res.data.topIntentsPerLanguage || {})) {
      out.append(chart(t("chart_top_intents") + " " + language, top, "top-intents-per-language"));
    }
  }

  // helpfulness per intent: two bars per intent, yes and no
  function helpfulSeries(perIntent) {
    const series = {};
    for (const [intent, h] of Object.entries(perIntent || {})) {
      series[intent + " " + t("rated_yes")] = h.yes;
      series[intent + " " + t("rated_no")] = h.no;
    }
    return series;
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("tab-inbox").addEventListener("click", () => loadInbox());
    $("inbox-refresh").addEventListener("click", () => loadInbox());
    $("tab-usage").addEventListener("click", loadUsage);
    $("usage-refresh").addEventListener("click", loadUsage);
  });
})();
