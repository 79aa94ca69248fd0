// Smoke test in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core; Playwright's own
// Firefox build cannot be downloaded here). Opens a page, waits for the network panel, and prints one JSON line:
// what rendered, whether WebGL was available, and every page error. Exit 0 when the page rendered without errors.
//
//   node scripts/firefox-smoke.mjs URL [--header "Authorization: Bearer KEY"] [--wait SELECTOR]
import puppeteer from "puppeteer-core";

const args = process.argv.slice(2);
const url = args[0];
const option = (name) => { const i = args.indexOf(name); return i > 0 ? args[i + 1] : undefined; };
const wait = option("--wait") ?? ".graph-canvas canvas, .graph-canvas .error, [role=alert]";
const executablePath = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const browser = await puppeteer.launch({ browser: "firefox", executablePath, headless: true, protocol: "webDriverBiDi", timeout: 120_000 });
const errors = [];
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(String(e.message ?? e)));
  const header = option("--header");
  if (header) {
    const at = header.indexOf(":");
    await page.setExtraHTTPHeaders({ [header.slice(0, at).trim()]: header.slice(at + 1).trim() });
  }
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForSelector(wait, { timeout: 120_000 });
  const result = await page.evaluate(() => ({
    userAgent: navigator.userAgent,
    webgl: !!document.createElement("canvas").getContext("webgl2") || !!document.createElement("canvas").getContext("webgl"),
    canvases: document.querySelectorAll(".graph-canvas canvas").length,
    legend: document.querySelectorAll(".legend li").length,
    tables: document.querySelectorAll("table").length,
    firstDraw: performance.getEntriesByName("netan:first-draw").length > 0,
    alerts: [...document.querySelectorAll("[role=alert]")].map((a) => a.textContent),
  }));
  console.log(JSON.stringify({ ...result, errors }));
  process.exitCode = errors.length === 0 ? 0 : 1;
} finally {
  await browser.close();
}
