// The emulator's web console: plain JavaScript, no build step. It reads the JSON endpoints
// under /_emulator/console/api/ and redraws the current view whenever the server-sent event
// stream says something changed. Every text from the server goes in through textContent.
"use strict";

const API = "/_emulator/console/api/";
const CHANNELS = [
  "SMS", "RCS", "WHATSAPP", "MESSENGER", "VIBER", "VIBERBM", "MMS", "INSTAGRAM",
  "TELEGRAM", "KAKAOTALK", "KAKAOTALKCHAT", "LINE", "WECHAT", "APPLEBC",
];

// --- small helpers ---------------------------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name === "class") el.className = value;
    else el.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  return q.toString();
}

async function call(method, name, params, body) {
  const url = API + name + (params ? "?" + query(params) : "");
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const err = (data && data.error) || {};
    const violation = ((err.details || [])[0] || {}).field_violations;
    const field = violation && violation[0] ? ` (${violation[0].field})` : "";
    throw new Error(`${err.status || response.status}: ${err.message || "request failed"}${field}`);
  }
  return data;
}

function showError(message) {
  const box = document.getElementById("error");
  box.textContent = message;
  box.hidden = !message;
}

function showNotice(message) {
  const box = document.getElementById("notice");
  box.textContent = message;
  box.hidden = !message;
}

async function act(promise, notice) {
  showError("");
  try {
    const result = await promise;
    if (notice) showNotice(typeof notice === "function" ? notice(result) : notice);
    await refresh();
    return result;
  } catch (err) {
    showNotice("");
    showError(err.message);
    return null;
  }
}

function time(stamp) {
  if (!stamp) return "";
  const d = new Date(stamp);
  return isNaN(d) ? stamp : d.toLocaleTimeString();
}

function badge(status, reason) {
  if (!status) return null;
  return h("span", { class: `badge ${status}`, "data-testid": "status", title: reason || "" },
    status + (reason ? ` · ${reason}` : ""));
}

function route() {
  const [path, search] = (location.hash.slice(1) || "/").split("?");
  return { path, params: Object.fromEntries(new URLSearchParams(search || "")) };
}

function link(path, params) {
  return "#" + path + (params ? "?" + query(params) : "");
}

function threadLink(m) {
  const base = { project_id: m.project_id, region: m.region, app_id: m.app_id };
  if (m.conversation_id) return link("/thread", { ...base, conversation_id: m.conversation_id });
  return link("/thread", { ...base, channel: m.channel, identity: m.identity });
}

// --- the sidebar: apps per project and region ------------------------------------------------

function drawApps(projects) {
  const aside = document.getElementById("apps");
  const current = route().params.app_id;
  aside.replaceChildren(
    ...(projects.length ? [] : [h("p", { class: "muted" }, "No apps yet: create one through the API.")]),
    ...projects.map((p) => h("div", {},
      h("h3", {}, `${p.project_id} · ${p.region}`),
      ...p.apps.map((a) => h("a", {
        href: link("/app", { project_id: p.project_id, region: p.region, app_id: a.id }),
        class: a.id === current ? "current" : "", "data-testid": "app-link",
      }, a.display_name || a.id, h("br"), h("small", {}, `${a.processing_mode} · ${a.channels.join(", ") || "no channels"}`))),
    )),
  );
}

// --- views -----------------------------------------------------------------------------------

function messageTable(rows, withApp) {
  if (!rows.length) return h("p", { class: "muted", "data-testid": "empty" }, "Nothing yet. Messages appear here as your app sends them.");
  return h("table", { "data-testid": "activity" },
    h("thead", {}, h("tr", {}, h("th", {}, "time"), withApp && h("th", {}, "app"), h("th", {}, ""),
      h("th", {}, "channel · identity"), h("th", {}, "message"), h("th", {}, "status"))),
    h("tbody", {}, rows.map((m) => h("tr", {
      class: "row", "data-testid": "activity-row", "data-message-id": m.id,
      onclick: () => { location.hash = threadLink(m); },
    },
      h("td", { class: "muted" }, time(m.accept_time)),
      withApp && h("td", {}, m.app_name, h("br"), h("small", { class: "muted" }, `${m.project_id} · ${m.region}`)),
      h("td", { title: m.direction }, m.direction === "TO_APP" ? "← in" : "→ out"),
      h("td", {}, `${m.channel || ""} · ${m.identity || ""}`),
      h("td", {}, h("span", { class: "muted" }, m.kind.replace(/_message$/, "").replace(/_/g, " ") + ": "), h("span", { "data-testid": "text" }, m.text)),
      h("td", {}, badge(m.status, m.reason)),
    ))),
  );
}

async function viewActivity() {
  const data = await call("GET", "overview", { limit: 50 });
  drawApps(data.projects);
  return [h("h2", {}, "Latest activity"), messageTable(data.activity, true)];
}

function newContactForm(app, data) {
  const channels = app.channel_credentials.map((c) => c.channel);
  const form = h("form", { class: "composer", "data-testid": "new-contact-form" },
    h("select", { name: "channel" }, (channels.length ? channels : CHANNELS).map((c) => h("option", {}, c))),
    h("input", { name: "identity", placeholder: "identity, e.g. +46700000001", "aria-label": "identity" }),
    h("input", { name: "text", placeholder: "what the contact says", "aria-label": "text" }),
    h("button", { class: "primary", type: "submit" }, "Send as contact"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    act(call("POST", "reply", null, {
      project_id: data.project_id, region: data.region, app_id: app.id,
      channel: f.get("channel"), identity: f.get("identity"), text: f.get("text"),
    }), "Sent as the contact: MESSAGE_INBOUND delivered to the app's webhooks.");
  });
  return form;
}

async function viewApp(params) {
  const [data, overview] = await Promise.all([call("GET", "app", params), call("GET", "overview", { limit: 1 })]);
  drawApps(overview.projects);
  const app = data.app;
  const out = [
    h("h2", {}, app.display_name || app.id),
    h("div", { class: "card" },
      h("div", {}, h("b", {}, "mode "), app.processing_mode, h("span", { class: "muted mono" }, `  ${app.id}`)),
      h("div", {}, h("b", {}, "channels "), app.channel_credentials.map((c) =>
        h("span", { class: "mono", "data-testid": "credential" }, `${c.channel} ${JSON.stringify(Object.values(c).find((v) => typeof v === "object") || {})}  `))),
      h("div", {}, h("b", {}, "webhooks "), data.webhooks.length ? data.webhooks.map((w) =>
        h("div", { class: "mono", "data-testid": "webhook" }, `${w.target} · secret ${w.secret || "(none)"} · ${(w.triggers || []).join(", ")}`)) : "none"),
    ),
    h("h3", {}, "A contact writes"),
    newContactForm(app, data),
  ];
  if (app.processing_mode === "CONVERSATION") {
    out.push(h("h3", {}, "Conversations"));
    out.push(data.conversations.length ? h("table", { "data-testid": "conversations" },
      h("thead", {}, h("tr", {}, h("th", {}, "contact"), h("th", {}, "identities"), h("th", {}, "channel"), h("th", {}, "last received"), h("th", {}, ""))),
      h("tbody", {}, data.conversations.map((c) => h("tr", {
        class: "row", "data-testid": "conversation-row",
        onclick: () => { location.hash = link("/thread", { project_id: data.project_id, region: data.region, app_id: app.id, conversation_id: c.id }); },
      },
        h("td", {}, c.contact.display_name || c.contact.id),
        h("td", { class: "mono" }, (c.contact.channel_identities || []).map((i) => `${i.channel}:${i.identity}`).join(" ")),
        h("td", {}, c.active_channel),
        h("td", { class: "muted" }, time(c.last_received)),
        h("td", {}, c.active ? "active" : "stopped"))))) : h("p", { class: "muted" }, "No conversations yet."));
  }
  if (data.dispatch_messages.length || app.processing_mode === "DISPATCH") {
    out.push(h("h3", {}, "Dispatch messages"));
    out.push(messageTable(data.dispatch_messages, false));
  }
  return out;
}

function contentOf(m) {
  const c = m.content || {};
  const kind = m.kind;
  const body = c[kind] || {};
  const parts = [h("div", { class: "kind" }, kind.replace(/_message$/, "").replace(/_/g, " "))];
  const text = (t) => h("div", { "data-testid": "bubble-text" }, t);
  switch (kind) {
    case "text_message": parts.push(text(body.text)); break;
    case "media_message": parts.push(text(`media: ${body.url || ""}`)); break;
    case "choice_message": parts.push(text((body.text_message || {}).text || "")); break;
    case "card_message":
      parts.push(h("div", { class: "title" }, body.title || ""), text(body.description || ""));
      if (body.media_message) parts.push(h("div", { class: "muted" }, `media: ${body.media_message.url}`));
      break;
    case "carousel_message":
      parts.push(h("div", { class: "cards" }, (body.cards || []).map((card) =>
        h("div", {}, h("div", { class: "title" }, card.title || ""), h("div", {}, card.description || "")))));
      break;
    case "list_message":
      parts.push(h("div", { class: "title" }, body.title || ""), text(body.description || ""));
      for (const s of body.sections || []) parts.push(h("div", { class: "muted" }, s.title || ""));
      break;
    case "location_message": {
      const co = body.coordinates || {};
      parts.push(h("div", { class: "title" }, body.title || "Location"), text(`at ${co.latitude}, ${co.longitude}${body.label ? " · " + body.label : ""}`));
      break;
    }
    case "contact_info_message":
      parts.push(h("div", { class: "title" }, (body.name || {}).full_name || ""),
        text((body.phone_numbers || []).map((p) => p.phone_number).join(", ")));
      break;
    case "template_message": {
      const t = body.omni_template || {};
      parts.push(text(`template ${t.template_id || ""} v${t.version || ""} ${t.language_code || ""}`),
        h("div", { class: "muted mono" }, JSON.stringify(t.parameters || {})));
      break;
    }
    case "choice_response_message": parts.push(text(`tapped “${body.postback_data}”`)); break;
    default: parts.push(text(m.text));
  }
  return parts;
}

function bubble(m, data, isLast) {
  const mine = m.direction === "TO_APP";
  const meta = h("div", { class: "meta" }, `${m.channel || ""} · ${time(m.accept_time)}`, badge(m.status, m.reason));
  const el = h("div", { class: `msg ${mine ? "contact" : "app"}`, "data-testid": mine ? "contact-message" : "app-message", "data-message-id": m.id, "data-kind": m.kind },
    h("div", { class: "bubble" }, contentOf(m)));
  if (m.choices.length) {
    el.append(h("div", { class: "choices", "data-testid": "choices" }, m.choices.map((c) => h("button", {
      type: "button", "data-testid": "choice", "data-last": isLast ? "yes" : "no",
      onclick: () => reply(data, { choice: { message_id: m.id, index: c.index } }, `Tapped “${c.label}”: MESSAGE_INBOUND sent.`),
    }, c.label))));
  }
  el.append(meta);
  if (!mine) {
    el.append(h("div", { class: "meta marks" }, "mark:", ["DELIVERED", "READ", "FAILED"].map((s) => h("button", {
      type: "button", "data-testid": `mark-${s}`,
      onclick: () => act(call("POST", "mark", null, { project_id: data.project_id, region: data.region, message_id: m.id, status: s }),
        (r) => r.receipts ? `${s} receipt sent to ${r.receipts} webhook(s).` : `Marked ${s}; no webhook of the app subscribes to MESSAGE_DELIVERY, so no receipt was sent.`),
    }, s.toLowerCase()))));
  }
  return el;
}

function identityOf(form) {
  const [channel, ...rest] = form.querySelector("[name=who]").value.split(":");
  return { channel, identity: rest.join(":") };
}

function reply(data, what, notice) {
  const form = document.querySelector("[data-testid=composer]");
  return act(call("POST", "reply", null, {
    project_id: data.project_id, region: data.region, app_id: data.app.id, ...identityOf(form), ...what,
  }), notice);
}

async function viewThread(params) {
  const [data, overview] = await Promise.all([call("GET", "thread", params), call("GET", "overview", { limit: 1 })]);
  drawApps(overview.projects);
  const lastApp = [...data.messages].reverse().find((m) => m.direction === "TO_CONTACT");
  const phone = h("div", { class: "phone", "data-testid": "thread" },
    h("div", { class: "who" }, data.title, h("small", {}, data.identities.map((i) => `${i.channel} ${i.identity}`).join(" · "))),
    data.messages.length ? data.messages.map((m) => bubble(m, data, m === lastApp)) : h("p", { class: "muted" }, "No messages."));
  const composer = h("form", { class: "composer", "data-testid": "composer" },
    h("select", { name: "who", "aria-label": "channel and identity" }, data.identities.map((i) => h("option", { value: `${i.channel}:${i.identity}` }, `${i.channel} · ${i.identity}`))),
    h("input", { name: "text", placeholder: "Answer as the customer", "aria-label": "text", autocomplete: "off" }),
    h("button", { class: "primary", type: "submit", "data-testid": "send" }, "Send"),
    h("button", { type: "button", "data-testid": "send-location", onclick: () => {
      const lat = prompt("latitude", "59.33");
      const lon = lat === null ? null : prompt("longitude", "18.07");
      if (lon === null) return;
      reply(data, { location: { latitude: Number(lat), longitude: Number(lon), title: "Shared location" } }, "Location sent.");
    } }, "Location"),
    h("button", { type: "button", "data-testid": "send-media", onclick: () => {
      const url = prompt("media URL", "https://example.com/photo.jpg");
      if (url !== null) reply(data, { media: { url } }, "Media sent.");
    } }, "Media"));
  composer.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = composer.querySelector("[name=text]");
    reply(data, { text: input.value }, "Sent as the customer: MESSAGE_INBOUND delivered to the app's webhooks.")
      .then((r) => { if (r) input.value = ""; });
  });
  return [
    h("h2", {}, h("a", { href: link("/app", { project_id: data.project_id, region: data.region, app_id: data.app.id }) }, data.app.display_name || data.app.id), " › ", data.title),
    phone,
    composer,
  ];
}

async function viewCallbacks(params) {
  const [data, overview] = await Promise.all([call("GET", "callbacks", { limit: 200, app_id: params.app_id }), call("GET", "overview", { limit: 1 })]);
  drawApps(overview.projects);
  const s = data.stats;
  return [
    h("h2", {}, "Callbacks"),
    h("p", { class: "muted" }, `${s.delivered} delivered, ${s.failed} failed, ${s.pending} pending, ${s.dropped} dropped, ${s.attempts} attempts`),
    data.callbacks.length ? h("table", { "data-testid": "callbacks" },
      h("thead", {}, h("tr", {}, ["#", "time", "trigger", "webhook", "status", "attempts", "latency", "", ""].map((t) => h("th", {}, t)))),
      h("tbody", {}, data.callbacks.map((c) => h("tr", { "data-testid": "callback-row", "data-trigger": c.trigger },
        h("td", { class: "muted" }, c.id, c.resent_from ? ` (again #${c.resent_from})` : ""),
        h("td", { class: "muted" }, time(c.time)),
        h("td", {}, c.trigger, h("br"), h("small", { class: "muted" }, summary(c.body))),
        h("td", { class: "mono" }, c.target),
        h("td", {}, h("span", { class: `badge ${c.ok ? "ok" : "bad"}`, "data-testid": "callback-status" }, c.status_code === null ? (c.error || "no answer") : `${c.status_code}${c.ok ? " ✓" : " ✗"}`)),
        h("td", {}, c.attempts),
        h("td", {}, c.latency_ms === null ? "" : `${c.latency_ms} ms`),
        h("td", {}, h("details", {}, h("summary", {}, "body"), h("pre", { class: "mono" }, JSON.stringify(c.body, null, 2)))),
        h("td", {}, h("button", { type: "button", "data-testid": "resend",
          onclick: () => act(call("POST", "resend", null, { id: c.id }), `Callback #${c.id} sent again.`) }, "send again")),
      )))) : h("p", { class: "muted" }, "No callbacks sent yet: register a webhook for the app."),
  ];
}

function summary(body) {
  const report = body.message_delivery_report;
  if (report) return `${report.status} ${report.message_id}`;
  const message = body.message;
  if (message) return `${message.direction} ${message.id}`;
  return Object.keys(body).filter((k) => !["app_id", "project_id", "accepted_time", "event_time", "message_metadata", "correlation_id"].includes(k)).join(", ");
}

// --- refresh and the live stream -------------------------------------------------------------

const VIEWS = { "/": viewActivity, "/app": viewApp, "/thread": viewThread, "/callbacks": viewCallbacks };
let running = null;
let again = false;

async function draw() {
  const { path, params } = route();
  const view = VIEWS[path] || viewActivity;
  const target = document.getElementById("view");
  try {
    const content = await view(params);
    // a live redraw keeps what the user has typed or chosen in any form, and the focus
    const kept = new Map();
    let focused = null;
    target.querySelectorAll("form [name]").forEach((field) => {
      const key = fieldKey(field);
      if (field.value !== (field.defaultValue ?? field.value) || field.tagName === "SELECT") kept.set(key, field.value);
      if (field === document.activeElement) focused = key;
    });
    target.replaceChildren(...content);
    target.querySelectorAll("form [name]").forEach((field) => {
      const key = fieldKey(field);
      if (kept.has(key) && [...(field.options || [{ value: kept.get(key) }])].some((o) => o.value === kept.get(key))) field.value = kept.get(key);
      if (key === focused) field.focus();
    });
    target.dataset.ready = String(Date.now());
  } catch (err) {
    showError(err.message);
  }
}

function fieldKey(field) {
  const form = field.closest("form");
  return `${(form && (form.dataset.testid || form.className)) || ""}/${field.name}`;
}

async function refresh() {
  if (running) { again = true; return running; }
  running = (async () => {
    do { again = false; await draw(); } while (again);
  })();
  try { await running; } finally { running = null; }
}

function listen() {
  const live = document.getElementById("live");
  const events = new EventSource(API + "events");
  events.addEventListener("open", () => { live.textContent = "live"; live.className = "live on"; });
  events.addEventListener("error", () => { live.textContent = "reconnecting"; live.className = "live off"; });
  events.addEventListener("change", () => refresh());
}

window.addEventListener("hashchange", () => { showError(""); showNotice(""); refresh(); });
refresh();
listen();
