// Puts the report bundle (dist-report/report.js, report.css) inside report.html, giving
// dist-report/report-template.html: one file that needs no server and no network.
import { readFileSync, writeFileSync } from "node:fs";

const dir = new URL("../", import.meta.url);
const read = (path) => readFileSync(new URL(path, dir), "utf8");
const template = read("report.html");
// Inside <script>/<style>, "</script" or "</style" would end the element early.
const script = read("dist-report/report.js").replace(/<\/(script)/gi, "<\\/$1");
const style = read("dist-report/report.css").replace(/<\/(style)/gi, "<\\/$1");
for (const marker of ["/*@@REPORT_SCRIPT@@*/", "/*@@REPORT_STYLE@@*/", '"__NETAN_REPORT_DATA__"']) {
  if (template.split(marker).length !== 2) throw new Error(`report.html: expected ${marker} exactly once`);
}
// Function replacers: the bundle contains "$&"-like sequences that string replacement would interpret.
const page = template.replace("/*@@REPORT_STYLE@@*/", () => style).replace("/*@@REPORT_SCRIPT@@*/", () => script);
writeFileSync(new URL("dist-report/report-template.html", dir), page);
console.log(`report-template.html: ${page.length} bytes`);
