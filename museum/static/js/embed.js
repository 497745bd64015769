// Partner embeds, both sides of one conversation.
//
// On a partner's page: every <div data-museum-embed="<embed url>"> becomes an iframe
// of that URL (theme and accent from data-theme / data-accent), which then follows the
// height of its content. Height messages are taken only from that iframe's window and
// from the origin its URL names.
//
// Inside an embed view (layouts/embed.html): the content height is posted to the
// parent page, and only when the parent's origin is one of the registered partners'
// origins listed on the page (the same list as the frame-ancestors policy).
// Without this script the iframe keeps its fixed height.
(() => {
  const MESSAGE = "museum-embed:height";
  const FIXED_HEIGHT = 640;

  function partnerSide() {
    const hosts = document.querySelectorAll("div[data-museum-embed]:not([data-museum-embed-ready])");
    for (const host of hosts) {
      let src;
      try {
        src = new URL(host.dataset.museumEmbed, document.baseURI);
      } catch {
        continue;
      }
      if (src.protocol !== "https:" && src.protocol !== "http:") continue;
      if (host.dataset.theme) src.searchParams.set("theme", host.dataset.theme);
      if (host.dataset.accent) src.searchParams.set("accent", host.dataset.accent);
      const frame = document.createElement("iframe");
      frame.src = src.href;
      frame.title = host.dataset.title || "";
      frame.loading = "lazy";
      frame.style.cssText = `border:0;width:100%;max-width:100%;height:${FIXED_HEIGHT}px`;
      host.dataset.museumEmbedReady = "";
      host.appendChild(frame);
      window.addEventListener("message", (event) => {
        if (event.source !== frame.contentWindow || event.origin !== src.origin) return;
        const data = event.data;
        if (!data || data.type !== MESSAGE) return;
        const height = Number(data.height);
        if (Number.isFinite(height) && height > 0 && height < 100000) {
          frame.style.height = `${Math.ceil(height)}px`;
        }
      });
    }
  }

  function parentOrigin() {
    if (location.ancestorOrigins && location.ancestorOrigins.length) {
      return location.ancestorOrigins[0];
    }
    try {
      return new URL(document.referrer).origin;
    } catch {
      return null;
    }
  }

  function frameSide(main) {
    if (window.parent === window) return;
    const allowed = new Set((main.dataset.parentOrigins || "").split(/\s+/).filter(Boolean));
    allowed.add(location.origin);
    const origin = parentOrigin();
    if (!origin || !allowed.has(origin)) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: MESSAGE, height }, origin);
    };
    new ResizeObserver(report).observe(document.body);
    report();
  }

  const main = document.querySelector("[data-museum-embed-frame]");
  if (main) {
    frameSide(main);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", partnerSide);
  } else {
    partnerSide();
  }
})();
