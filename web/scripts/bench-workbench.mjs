// Benchmark (not a test): the workbench against a running `netan serve`, in headless Chromium: time from the
// login click to the case's network on screen, with the steps in between, and the graph payload on the wire.
//
//   NETAN_KEY=netan_... node scripts/bench-workbench.mjs http://127.0.0.1:5080 CASE [version] [runs]
//
// Each run: a fresh browser context opens the page, logs in through the form (or, on a server without browser
// sessions, sends the key as a header), opens ?case=CASE&version=V and waits for the "netan:first-draw" mark
// (sigma draws its first frame in its constructor). Printed per run: login → graph received, decoded, graphology
// built, first draw, and the /graph response's encoded (compressed) size per edge. Debian's /usr/bin/chromium
// (CHROMIUM=... to change), software WebGL (SwiftShader).
import { chromium } from "playwright-core";

const [base, caseName, versionArg, runsArg] = process.argv.slice(2);
const key = process.env.NETAN_KEY;
if (!base || !caseName || !key) {
  console.error("usage: NETAN_KEY=KEY node scripts/bench-workbench.mjs BASE_URL CASE [version] [runs]");
  process.exit(2);
}
const version = Number(versionArg ?? 1), runs = Number(runsArg ?? 3);
const sessions = (await fetch(new URL("/api/session", base))).status !== 404;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
const totals = [], edgeTotals = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, extraHTTPHeaders: sessions ? {} : { Authorization: `Bearer ${key}` } });
  const page = await context.newPage();
  const url = new URL(`/?case=${encodeURIComponent(caseName)}&version=${version}`, base).href;
  await page.goto(url);
  let origin = 0;
  if (sessions) {
    await page.fill("#api-key", key);
    origin = await page.evaluate(() => performance.now());
    await page.click("form.login button[type=submit]");
  }
  const handle = await page.waitForFunction(() => performance.getEntriesByName("netan:first-draw")[0]?.startTime, null, { polling: 50, timeout: 300_000 });
  const drawn = await handle.jsonValue();
  // Large graphs draw their edges one frame after the nodes: wait for that too.
  const edgesDrawn = await (await page.waitForFunction(() => performance.getEntriesByName("netan:edges-drawn")[0]?.startTime ?? (Number(document.body.dataset.graphEdges) <= 100000 ? -1 : undefined), null, { polling: 50, timeout: 300_000 })).jsonValue();
  const t = await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    const graph = performance.getEntriesByType("resource").find((r) => r.name.includes("/graph"));
    return { received: mark("netan:graph-received"), decoded: mark("netan:graph-decoded"), built: mark("netan:graphology-built"), encoded: graph?.encodedBodySize ?? 0, decodedBytes: graph?.decodedBodySize ?? 0, edges: Number(document.body.dataset.graphEdges ?? "0") };
  });
  const edges = t.edges || Number(await page.evaluate(() => document.body.dataset.graphEdges));
  const ms = (x) => `${Math.round(x - origin)} ms`;
  totals.push(drawn - origin);
  edgeTotals.push((edgesDrawn > 0 ? edgesDrawn : drawn) - origin);
  console.log(`run ${i + 1}: graph received ${ms(t.received)}, decoded ${ms(t.decoded)}, graphology built ${ms(t.built)}, first draw ${ms(drawn)}${edgesDrawn > 0 ? `, edges drawn ${ms(edgesDrawn)}` : ""} (from ${sessions ? "the login click" : "navigation start"}); /graph ${t.encoded} B on the wire (${(t.encoded / Math.max(1, edges)).toFixed(1)} B/edge over ${edges} edges; ${t.decodedBytes} B JSON)`);
  await context.close();
}
await browser.close();
const median = (xs) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
console.log(`median first draw: ${median(totals)} ms, with the edges: ${median(edgeTotals)} ms, over ${runs} runs`);
