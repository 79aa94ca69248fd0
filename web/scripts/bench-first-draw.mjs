// Benchmark (not a test): how long a page takes to put a case's network on screen in headless Chromium, and how
// many bytes per edge the graph columns take on the wire, compressed.
//
//   node scripts/bench-first-draw.mjs REPORT.html [runs]
//
// REPORT.html is what `netan analyze CASE --html` writes: the page embeds the graph columns (the same arrays the
// service's graph endpoint sends), decodes them, builds graphology and draws with sigma. The time reported is
// from navigation start to the "netan:first-draw" mark (sigma's first frame is drawn in its constructor), read
// from the page. Chromium is Debian's /usr/bin/chromium (CHROMIUM=... to change), software WebGL (SwiftShader).
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/bench-first-draw.mjs REPORT.html [runs]");
  process.exit(2);
}
const runs = Number(runsArg ?? 3);

// Payload: the "graph" member of the embedded report JSON, as the service would send it.
const html = readFileSync(file, "utf8");
const start = html.indexOf('id="report-data">') + 'id="report-data">'.length;
const data = JSON.parse(html.slice(start, html.indexOf("</script>", start)));
const graph = Buffer.from(JSON.stringify(data.graph));
const edges = data.graph.edges.source.length;
const nodes = data.graph.nodes.id.length;
const gzip = gzipSync(graph, { level: 6 }).length;
const brotli = brotliCompressSync(graph, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
console.log(`graph: ${nodes} nodes, ${edges} edges; JSON ${graph.length} bytes (${(graph.length / edges).toFixed(1)} B/edge), gzip-6 ${gzip} (${(gzip / edges).toFixed(1)} B/edge), brotli-5 ${brotli} (${(brotli / edges).toFixed(1)} B/edge)`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
const times = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(pathToFileURL(file).href, { waitUntil: "commit" });
  const handle = await page.waitForFunction(() => performance.getEntriesByName("netan:first-draw")[0]?.startTime, null, { polling: 100, timeout: 120_000 });
  const ms = await handle.jsonValue();
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])));
  times.push(ms);
  console.log(`run ${i + 1}: first draw ${Math.round(ms)} ms after navigation start (script start ${marks["netan:script-start"]}, data decoded ${marks["netan:graph-decoded"]})`);
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`median first draw: ${Math.round(times[Math.floor(times.length / 2)])} ms over ${runs} runs`);
