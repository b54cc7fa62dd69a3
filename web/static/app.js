// truce: small progressive enhancements. Pages work without this file;
// it adds the fact panel, legend toggles and timeline zoom and pan. It
// never builds HTML from strings: article text stays inert.
"use strict";

(function () {
  document.addEventListener("DOMContentLoaded", function () {
    initDocument();
    initTimeline();
    document.documentElement.dataset.ready = "1"; // tests wait for this
  });

  // Document page: highlights open their fact in the panel.
  function initDocument() {
    var text = document.getElementById("text");
    if (!text) return;
    var active = null; // the fact opened by click or keyboard; hover only previews

    function show(id, focusPanel, pin) {
      var fact = document.getElementById("fact-" + id);
      if (!fact) return;
      document.querySelectorAll(".fact").forEach(function (f) { f.hidden = true; });
      document.querySelectorAll("mark.hl.active").forEach(function (m) { m.classList.remove("active"); });
      document.querySelectorAll('mark.hl[data-fact="' + id + '"]').forEach(function (m) { m.classList.add("active"); });
      fact.hidden = false;
      var hint = document.getElementById("panel-hint");
      if (hint) hint.hidden = true;
      if (pin) active = id;
      if (focusPanel) fact.focus(); // the panel itself: Enter there does nothing, Escape closes
    }

    function factOf(target) {
      var m = target.closest ? target.closest("mark.hl") : null;
      if (!m) return null;
      // The innermost visible highlight wins.
      while (m && text.classList.contains("off-" + kindOf(m))) {
        m = m.parentElement && m.parentElement.closest("mark.hl");
      }
      return m;
    }

    function kindOf(m) {
      var k = Array.prototype.find.call(m.classList, function (c) { return c.indexOf("k-") === 0; });
      return k ? k.slice(2) : "";
    }

    // A click opens the innermost highlight; clicking again at the same
    // place opens the one around it, so nested facts stay reachable.
    text.addEventListener("click", function (e) {
      var m = factOf(e.target);
      while (m && m.dataset.fact === active) {
        var outer = m.parentElement && m.parentElement.closest("mark.hl");
        if (!outer) break;
        m = factOf(outer);
      }
      if (m) show(m.dataset.fact, false, true);
    });
    text.addEventListener("mouseover", function (e) {
      var m = factOf(e.target);
      if (m && !active) show(m.dataset.fact, false, false);
    });
    text.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" && e.key !== " ") return;
      var m = factOf(e.target);
      if (!m) return;
      e.preventDefault();
      show(m.dataset.fact, true, true);
    });
    function close(fact) {
      var id = fact.dataset.fact;
      fact.hidden = true;
      active = null;
      var first = document.getElementById("hl-" + id);
      if (first) first.focus();
    }
    document.querySelectorAll(".fact").forEach(function (fact) {
      fact.querySelector(".close").addEventListener("click", function () { close(fact); });
      fact.addEventListener("keydown", function (e) {
        if (e.key === "Escape") close(fact);
      });
    });
    document.querySelectorAll(".legend .toggle").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("off-" + box.value, !box.checked);
        document.querySelectorAll("mark.k-" + box.value).forEach(function (m) {
          if (m.id) m.tabIndex = box.checked ? 0 : -1;
        });
      });
    });
    openFromHash();
    window.addEventListener("hashchange", openFromHash);

    function openFromHash() {
      var h = decodeURIComponent(location.hash.slice(1));
      if (h.indexOf("hl-") !== 0) return;
      var m = document.getElementById(h);
      if (!m) return;
      show(h.slice(3), false, true);
      m.scrollIntoView({ block: "center" });
      m.focus({ preventScroll: true });
    }
  }

  // Timeline: zoom with buttons or the wheel, pan by dragging or arrows,
  // all by changing the SVG viewBox.
  function initTimeline() {
    var svg = document.getElementById("tl-chart");
    if (!svg) return;
    var full = svg.viewBox.baseVal;
    var W = full.width, H = full.height;
    var view = { x: 0, w: W };

    function apply() {
      view.w = Math.min(Math.max(view.w, W / 64), W);
      view.x = Math.min(Math.max(view.x, 0), W - view.w);
      svg.setAttribute("viewBox", view.x + " 0 " + view.w + " " + H);
    }
    function zoom(f, cx) {
      var c = cx === undefined ? view.x + view.w / 2 : cx;
      view.x = c - (c - view.x) * f;
      view.w *= f;
      apply();
    }
    document.querySelectorAll("[data-zoom]").forEach(function (b) {
      b.addEventListener("click", function () {
        var z = b.dataset.zoom;
        if (z === "in") zoom(0.5);
        else if (z === "out") zoom(2);
        else { view = { x: 0, w: W }; apply(); }
      });
    });
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      var r = svg.getBoundingClientRect();
      zoom(e.deltaY < 0 ? 0.8 : 1.25, view.x + view.w * (e.clientX - r.left) / r.width);
    }, { passive: false });
    svg.addEventListener("keydown", function (e) {
      var step = view.w / 10;
      if (e.key === "ArrowLeft") view.x -= step;
      else if (e.key === "ArrowRight") view.x += step;
      else if (e.key === "+" || e.key === "=") return zoom(0.5);
      else if (e.key === "-") return zoom(2);
      else return;
      e.preventDefault();
      apply();
    });
    var drag = null;
    svg.addEventListener("pointerdown", function (e) {
      if (e.target.closest("a")) return;
      drag = { x: e.clientX, vx: view.x };
      svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      view.x = drag.vx - (e.clientX - drag.x) * view.w / r.width;
      apply();
    });
    svg.addEventListener("pointerup", function () { drag = null; });
  }
})();
