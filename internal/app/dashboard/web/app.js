// quire devnet dashboard: reads /api/state and /api/blobs/{id}, redraws on
// every "update" event from /api/events. No framework, no external assets.
//
// Test hooks: the canvas #square carries data-blob, data-rows, data-cols,
// data-k, data-cell-w, data-cell-h (CSS pixels), data-dpr, data-sampled,
// data-sampled-ok, data-sampled-failed, data-member and data-custody-cols;
// document.body.dataset.ready is "1" once a blob is drawn and
// document.body.dataset.updates counts the refreshes done. Rows of
// #rollup-batches carry data-batch and data-blob; the rows of #blobs and
// #rollup-batches holding the drawn blob have the class "selected".
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const canvas = $("square");

  const S = {
    state: null,
    detail: null,     // BlobDetail being drawn
    selected: null,   // blob ID the user picked, or null to follow the newest
    pinned: null,     // member index clicked in the table
    hover: null,      // member index under the pointer
    refreshing: false,
    again: false,
    updates: 0,
    stateAt: 0,       // Date.now() when S.state was read
  };

  // ---- formatting ----

  function short(hex, head, tail) {
    if (!hex) return "–";
    head = head || 6; tail = tail || 4;
    if (hex.length <= 2 + head + tail + 1) return hex;
    return hex.slice(0, 2 + head) + "…" + hex.slice(-tail);
  }
  function bytes(n) {
    if (n == null) return "–";
    const u = ["B", "KiB", "MiB", "GiB", "TiB"];
    let i = 0, v = Number(n);
    while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
    return (i === 0 ? String(v) : v.toFixed(v < 10 ? 2 : 1)) + " " + u[i];
  }
  function int(n) { return n == null ? "–" : Number(n).toLocaleString("en-US"); }
  function pct(c) {
    if (!c) return "–";
    if (c >= 1) return "100%";
    // enough digits to show how close to 1 it is: 1-(3/4)^30 is 99.982%
    const miss = 1 - c;
    const digits = Math.min(8, Math.max(1, Math.ceil(-Math.log10(miss)) - 1));
    return (c * 100).toFixed(digits) + "%";
  }
  function age(t) {
    const ms = Date.now() - Date.parse(t);
    if (!isFinite(ms)) return "–";
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60) return s + "s";
    if (s < 3600) return Math.floor(s / 60) + "m";
    if (s < 86400) return Math.floor(s / 3600) + "h";
    return Math.floor(s / 86400) + "d";
  }

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null) continue;
      if (k === "class") e.className = v;
      else if (k === "title") e.title = v;
      else e.setAttribute(k, v);
    }
    for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(k == null ? "" : String(k)));
    return e;
  }
  function badge(text) { return el("span", { class: "badge " + (text || "none") }, text || "–"); }

  function showError(msg) {
    const f = $("error");
    if (msg) { f.textContent = msg; f.hidden = false; } else { f.hidden = true; }
  }

  // ---- fetching ----

  async function getJSON(path) {
    const res = await fetch(path, { cache: "no-store" });
    let body = null;
    try { body = await res.json(); } catch (_) { /* not JSON */ }
    if (!res.ok) {
      const err = new Error((body && body.message) || (path + ": HTTP " + res.status));
      err.status = res.status;
      err.code = body && body.code;
      throw err;
    }
    return body;
  }

  // refresh fetches the state and the selected blob; calls made while one
  // runs collapse into one more run after it.
  async function refresh() {
    if (S.refreshing) { S.again = true; return; }
    S.refreshing = true;
    try {
      do {
        S.again = false;
        await refreshOnce();
      } while (S.again);
    } finally {
      S.refreshing = false;
    }
  }

  async function refreshOnce() {
    try {
      S.state = await getJSON("/api/state");
      S.stateAt = Date.now();
      renderHeader();
      renderMembers();
      renderRollup();
      renderBlobs();
      const blobs = S.state.blobs || [];
      let id = S.selected;
      if (id && !blobs.some((b) => b.id === id) && !(S.detail && S.detail.id === id)) id = null;
      if (!id) { S.selected = null; id = blobs.length ? blobs[0].id : null; }
      $("follow").hidden = S.selected == null;
      if (id) {
        try {
          S.detail = await getJSON("/api/blobs/" + encodeURIComponent(id));
        } catch (e) {
          if (e.code !== "not_found") throw e;
          S.detail = null;
          if (S.selected === id) S.selected = null;
        }
      } else {
        S.detail = null;
      }
      renderBlobs(); // mark the drawn rows
      renderRollup();
      drawSquare();
      showError(null);
    } catch (e) {
      showError("dashboard: " + e.message);
    }
    S.updates++;
    document.body.dataset.updates = String(S.updates);
  }

  // ---- header, members, blobs ----

  function renderHeader() {
    const st = S.state;
    $("chain-id").textContent = st.chain_id;
    const c = $("contract");
    c.textContent = short(st.contract, 8, 6);
    c.title = st.contract || "";
    $("epoch").textContent = st.epoch;
    const n = (st.members || []).length;
    $("threshold").textContent = st.threshold + " of " + n;
    $("replication").textContent = st.replication ? st.replication + "×" : "–";
    const d = $("disperser");
    d.textContent = "";
    if (st.disperser) d.append(el("a", { href: st.disperser, target: "_blank", rel: "noopener" }, st.disperser));
    else d.textContent = "–";
    $("l1-rpc").textContent = st.l1_rpc || "–";
  }

  function renderMembers() {
    const members = S.state.members || [];
    const online = members.filter((m) => m.online).length;
    $("members-count").textContent = online + " of " + members.length + " online";
    const tb = $("members").tBodies[0];
    const rows = members.map((m) => {
      const tr = el("tr", { "data-member": m.index, class: m.index === S.pinned ? "pinned" : null },
        el("td", { class: "num" }, m.index),
        el("td", { class: "mono", title: m.peer_id + "\n" + (m.addrs || []).join("\n") }, short(m.peer_id, 6, 6).replace(/^0x/, "")),
        el("td", { class: "mono", title: m.operator }, short(m.operator, 4, 4)),
        el("td", {}, el("span", { class: "dot" + (m.online ? " on" : ""), title: m.online ? "online" : "offline" })),
        el("td", { class: "num" }, int(m.blobs)),
        el("td", { class: "num" }, bytes(m.hot_bytes)),
        el("td", { class: "num" }, bytes(m.archive_bytes)));
      tr.addEventListener("mouseenter", () => { S.hover = m.index; drawSquare(); });
      tr.addEventListener("mouseleave", () => { S.hover = null; drawSquare(); });
      tr.addEventListener("click", () => {
        S.pinned = S.pinned === m.index ? null : m.index;
        renderMembers();
        drawSquare();
      });
      return tr;
    });
    tb.replaceChildren(...rows);
  }

  function renderBlobs() {
    const blobs = S.state.blobs || [];
    const t = S.state.threshold;
    $("blobs-count").textContent = blobs.length ? "(" + blobs.length + ")" : "";
    $("no-blobs").hidden = blobs.length > 0;
    const drawn = S.detail && S.detail.id;
    const rows = blobs.map((b) => {
      const signers = (b.signers || []).length;
      const tr = el("tr", { "data-blob": b.id, class: b.id === drawn ? "selected" : null },
        el("td", { class: "mono", title: b.id }, short(b.id)),
        el("td", { class: "num" }, bytes(b.size)),
        el("td", {}, badge(b.state)),
        el("td", { class: "num", title: "signers: " + (b.signers || []).join(", ") }, signers + "/" + t),
        el("td", { class: "num" }, b.l1 ? int(b.l1.gas) : "–"),
        el("td", { class: "mono", title: b.l1 ? b.l1.hash : "" }, b.l1 ? short(b.l1.hash, 4, 4) : "–"),
        el("td", { class: "num" }, b.l1 ? int(b.l1.block) : "–"),
        el("td", {}, badge(b.sampling)),
        el("td", { class: "num" }, pct(b.confidence)),
        el("td", { class: "num", title: b.created }, age(b.created)));
      tr.addEventListener("click", () => { S.selected = b.id; refresh(); });
      return tr;
    });
    $("blobs").tBodies[0].replaceChildren(...rows);
  }

  function renderRollup() {
    const r = S.state.rollup;
    $("rollup-panel").hidden = !r;
    if (!r) return;
    $("rollup-chain").textContent = "chain " + r.chain_id;
    $("rollup-unsafe").textContent = int(r.unsafe);
    $("rollup-safe").textContent = int(r.safe);
    $("rollup-finalized").textContent = int(r.finalized);
    $("rollup-derived").textContent = int(r.derived);
    $("rollup-queue").textContent = int(r.queue_items);
    $("rollup-rpc").textContent = r.rpc || "–";
    const drawn = S.detail && S.detail.id;
    const rows = (r.batches || []).map((b) => {
      const tr = el("tr", { "data-batch": b.index, "data-blob": b.blob_id, class: b.blob_id === drawn ? "selected" : null },
        el("td", { class: "num" }, b.index),
        el("td", { class: "mono", title: b.blob_id }, short(b.blob_id)),
        el("td", { class: "num" }, int(b.last_block)),
        el("td", { class: "mono", title: b.state_root }, short(b.state_root, 6, 4)),
        el("td", { class: "num" }, b.faults + (b.range_mismatch ? " · range!" : "")));
      tr.addEventListener("click", () => { S.selected = b.blob_id; refresh(); });
      return tr;
    });
    $("rollup-batches").tBodies[0].replaceChildren(...rows);
    renderProposals(r);
    renderGames(r);
  }

  // clockText is m:ss.
  function clockText(sec) {
    sec = Math.max(0, Math.floor(sec));
    return Math.floor(sec / 60) + ":" + String(sec % 60).padStart(2, "0");
  }

  function renderProposals(r) {
    const ps = r.proposals || [];
    $("proposals-count").textContent = ps.length ? String(ps.length) : "";
    const nowL1 = (r.games && r.games.length) ? r.games[0].now : 0;
    const rows = ps.map((p) => {
      let left = "–";
      if (p.status === "pending" && nowL1) left = clockText(p.finalizes_at - nowL1);
      return el("tr", { "data-proposal": p.id },
        el("td", { class: "num" }, p.id),
        el("td", { class: "num" }, p.parent),
        el("td", { class: "num" }, p.batch),
        el("td", { class: "mono", title: p.state_root }, short(p.state_root, 6, 4)),
        el("td", { class: "mono", title: p.proposer }, short(p.proposer, 4, 4)),
        el("td", {}, badge(p.status)),
        el("td", { class: "num" }, left),
        el("td", { class: "num" }, p.games));
    });
    $("proposals").tBodies[0].replaceChildren(...rows);
  }

  // renderGames draws each game: the disputed range as a bar over
  // [0, steps], the two chess clocks (ticking here from the L1 time of the
  // state), the moves with their gas, and the result. Test hooks: each
  // .game carries data-game, data-status, data-lo, data-hi, data-steps.
  function renderGames(r) {
    const gs = r.games || [];
    $("games-count").textContent = gs.length ? String(gs.length) : "";
    const since = (Date.now() - S.stateAt) / 1000;
    const boxes = gs.map((g) => {
      const steps = Math.max(g.steps || g.hi || 1, 1);
      // Set through the CSSOM: the page's CSP refuses style attributes.
      const range = el("div", { class: "game-range" });
      range.style.left = (100 * g.lo / steps) + "%";
      range.style.width = (100 * (g.hi - g.lo) / steps) + "%";
      const bar = el("div", { class: "game-bar", title: "disputed steps [" + g.lo + ", " + g.hi + "] of " + steps }, range);
      const open = g.status === "open";
      const tick = (side, left) => open && g.turn === side ? left - since : left;
      const clock = (side, left) => el("span", { class: "clock" + (open && g.turn === side ? " turn" : ""), "data-side": side },
        side + " " + clockText(tick(side, left)) + " / " + clockText(g.clock));
      const moves = (g.moves || []).map((m) => el("tr", {},
        el("td", {}, m.op), el("td", {}, m.side),
        el("td", { class: "num" }, "[" + m.lo + ", " + m.hi + "]"),
        el("td", { class: "mono", title: m.claim || "" }, m.claim ? short(m.claim, 4, 4) : ""),
        el("td", { class: "num" }, int(m.gas)),
        el("td", { class: "mono", title: m.tx }, short(m.tx, 4, 4))));
      const table = el("table", { class: "game-moves" },
        el("thead", {}, el("tr", {}, el("th", {}, "move"), el("th", {}, "side"), el("th", { class: "num" }, "range"),
          el("th", {}, "claim"), el("th", { class: "num" }, "gas"), el("th", {}, "tx"))),
        el("tbody", {}, ...moves));
      return el("div", { class: "game", "data-game": g.id, "data-status": g.status, "data-lo": g.lo, "data-hi": g.hi, "data-steps": steps },
        el("div", { class: "game-head" },
          el("strong", {}, "game " + g.id), el("span", {}, "output " + g.proposal), badge(g.status),
          el("span", { class: "mono", title: g.proposer }, "proposer " + short(g.proposer, 4, 4)),
          el("span", { class: "mono", title: g.challenger }, "challenger " + short(g.challenger, 4, 4)),
          el("span", { class: "mono", title: "agreed claim after step " + g.lo }, "claim@" + g.lo + " " + short(g.claim_lo, 4, 4)),
          el("span", { class: "mono", title: "disputed claim after step " + g.hi }, "claim@" + g.hi + " " + short(g.claim_hi, 4, 4))),
        bar,
        el("div", { class: "game-axis" }, el("span", {}, "0"), el("span", {}, "[" + g.lo + ", " + g.hi + "]"), el("span", {}, String(steps))),
        el("div", { class: "clocks" }, clock("proposer", g.proposer_clock), clock("challenger", g.challenger_clock)),
        g.result ? el("div", { class: "game-result" }, g.result) : null,
        table);
    });
    if (!boxes.length) boxes.push(el("p", { class: "empty" }, "no games: no output has been challenged"));
    $("games").replaceChildren(...boxes);
  }

  $("follow").addEventListener("click", () => { S.selected = null; refresh(); });
  // The clock of the side to move ticks between updates.
  setInterval(() => { if (S.state && S.state.rollup) renderGames(S.state.rollup); }, 1000);

  // ---- the square ----

  const css = getComputedStyle(document.documentElement);
  const color = (name) => css.getPropertyValue(name).trim();
  const C = {
    data: color("--cell-data"), rowpar: color("--cell-rowpar"), colpar: color("--cell-colpar"),
    custody: color("--cell-custody"), grid: color("--cell-grid"), sep: color("--cell-sep"),
    ok: color("--ok"), bad: color("--bad"),
  };

  // layout picks whole-pixel cells: as wide as the panel allows (2 to 14 px)
  // and no taller than wide, the whole square at most about 560 px high;
  // a square of a few rows gets taller cells so it stays legible.
  function layout(rows, cols) {
    const avail = Math.max(256, $("square-wrap").clientWidth - 2);
    const cw = Math.max(2, Math.min(14, Math.floor(avail / cols)));
    let ch = Math.max(1, Math.min(cw, Math.floor(560 / rows)));
    if (rows * ch < 160) ch = Math.min(4 * cw, Math.floor(160 / rows));
    return { cw, ch };
  }

  function currentMember() { return S.hover != null ? S.hover : S.pinned; }

  function drawSquare() {
    const d = S.detail;
    $("square-empty").hidden = !!d;
    canvas.hidden = !d;
    $("legend").hidden = !d;
    if (!d) {
      $("square-title").textContent = "";
      $("square-info").textContent = "";
      return;
    }
    const rows = d.rows, cols = d.cols, k = d.k || rows / 2;
    const { cw, ch } = layout(rows, cols);
    const dpr = window.devicePixelRatio || 1;
    const W = cols * cw, H = rows * ch;
    if (canvas.width !== Math.round(W * dpr) || canvas.height !== Math.round(H * dpr)) {
      canvas.width = Math.round(W * dpr);
      canvas.height = Math.round(H * dpr);
      canvas.style.width = W + "px";
      canvas.style.height = H + "px";
    }
    const g = canvas.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, W, H);

    // regions: data (top-left), row extension (top-right), column extension (bottom)
    const half = cols / 2;
    g.fillStyle = C.data; g.fillRect(0, 0, half * cw, k * ch);
    g.fillStyle = C.rowpar; g.fillRect(half * cw, 0, (cols - half) * cw, k * ch);
    g.fillStyle = C.colpar; g.fillRect(0, k * ch, W, (rows - k) * ch);

    // custody tint of the hovered or pinned member
    const m = currentMember();
    let custodyCols = 0;
    if (m != null && d.custody) {
      g.globalAlpha = 0.55;
      g.fillStyle = C.custody;
      for (let c = 0; c < cols; c++) {
        if ((d.custody[c] || []).includes(m)) { g.fillRect(c * cw, 0, cw, H); custodyCols++; }
      }
      g.globalAlpha = 1;
    }

    // grid lines when cells are big enough to show them
    g.fillStyle = C.grid;
    if (cw >= 5) for (let c = 1; c < cols; c++) g.fillRect(c * cw - 1, 0, 1, H);
    if (ch >= 5) for (let r = 1; r < rows; r++) g.fillRect(0, r * ch - 1, W, 1);
    // the data / parity boundaries
    g.fillStyle = C.sep;
    g.fillRect(half * cw - 1, 0, 2, H);
    if (k < rows) g.fillRect(0, k * ch - 1, W, 2);

    // sampled cells, failed ones last so they are never hidden
    const samples = d.samples || [];
    let ok = 0, bad = 0;
    const big = cw >= 7 && ch >= 7;
    const size = big ? Math.min(cw, ch) - 3 : 5;
    const mark = (s, fill) => {
      const x = s.col * cw + cw / 2, y = s.row * ch + ch / 2;
      g.fillStyle = "#ffffff";
      g.fillRect(Math.round(x - size / 2) - 1, Math.round(y - size / 2) - 1, size + 2, size + 2);
      g.fillStyle = fill;
      g.fillRect(Math.round(x - size / 2), Math.round(y - size / 2), size, size);
    };
    for (const s of samples) if (s.ok) { mark(s, C.ok); ok++; }
    for (const s of samples) if (!s.ok) { mark(s, C.bad); bad++; }

    // text around the canvas
    $("square-title").textContent = short(d.id, 8, 6);
    $("square-title").title = d.id;
    const signers = (d.signers || []).length;
    $("square-info").textContent =
      bytes(d.size) + " in k = " + k + " data rows → " + rows + " × " + cols + " cells (" +
      (rows * cols).toLocaleString("en-US") + "); " + d.state + ", " + signers + " signers" +
      (d.l1 ? ", certified on L1 in block " + d.l1.block + " (" + int(d.l1.gas) + " gas)" : "") +
      (d.sampling ? "; sampling " + d.sampling + (d.confidence ? " at " + pct(d.confidence) : "") : "");
    $("legend-member").textContent = m != null ? "member " + m : "a member (hover one)";
    $("legend-custody").textContent = custodyCols;
    $("legend-ok").textContent = ok;
    $("legend-bad").textContent = bad;

    const ds = canvas.dataset;
    ds.blob = d.id;
    ds.rows = rows;
    ds.cols = cols;
    ds.k = k;
    ds.cellW = cw;
    ds.cellH = ch;
    ds.dpr = dpr;
    ds.sampled = samples.length;
    ds.sampledOk = ok;
    ds.sampledFailed = bad;
    ds.member = m != null ? m : "";
    ds.custodyCols = custodyCols;
    document.body.dataset.ready = "1";
  }

  canvas.addEventListener("mousemove", (ev) => {
    const d = S.detail;
    if (!d) return;
    const cw = Number(canvas.dataset.cellW), ch = Number(canvas.dataset.cellH);
    const r = canvas.getBoundingClientRect();
    const col = Math.floor((ev.clientX - r.left) / cw), row = Math.floor((ev.clientY - r.top) / ch);
    if (row < 0 || row >= d.rows || col < 0 || col >= d.cols) return;
    const k = d.k || d.rows / 2;
    const kind = row < k ? (col < d.cols / 2 ? "data" : "row parity") : "column parity";
    const custodians = (d.custody && d.custody[col]) || [];
    const s = (d.samples || []).find((x) => x.row === row && x.col === col);
    let text = "row " + row + ", column " + col + " · " + kind + " · custodians: " +
      (custodians.length ? custodians.join(", ") : "none");
    if (s) text += " · sampled " + (s.ok ? "ok" : "FAILED") + (s.member >= 0 ? " from member " + s.member : "");
    $("cell-info").textContent = text;
  });
  canvas.addEventListener("mouseleave", () => { $("cell-info").textContent = "\u00a0"; });

  let resizeTimer = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(drawSquare, 100);
  });

  // ---- live updates ----

  function connect() {
    const live = $("live");
    const es = new EventSource("/api/events");
    es.addEventListener("open", () => {
      live.className = "live on";
      live.textContent = "live";
      refresh(); // catch up on whatever changed while disconnected
    });
    es.addEventListener("update", () => refresh());
    es.addEventListener("error", () => {
      live.className = "live off";
      live.textContent = "reconnecting";
    });
    // ages in the blob table move on even without updates
    setInterval(() => { if (S.state) renderBlobs(); }, 5000);
  }

  refresh();
  connect();
})();
