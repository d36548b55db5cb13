// Parses, validates and renders Adaptive Cards with the official `adaptivecards` renderer in headless Chromium.
// Usage: node render-cards.mjs <folder with *.json cards>
// Writes <name>.png beside each card and prints one JSON line per card: {name, events:[…], rendered, width, height}.
import { launchChromium } from "./chromium.mjs";
import { readdir, readFile } from "node:fs/promises";
import { join, basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const folder = process.argv[2];
if (!folder) {
  console.error("usage: node render-cards.mjs <folder>");
  process.exit(2);
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 520, height: 800 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><head><style>
      body { font-family: "Segoe UI", sans-serif; background: #f5f5f5; margin: 0; }
      #card { width: 480px; background: white; padding: 0; }
    </style></head><body><div id="card"></div></body></html>`);
  await page.addScriptTag({ path: join(here, "node_modules/adaptivecards/dist/adaptivecards.min.js") });

  const files = (await readdir(folder)).filter(f => f.endsWith(".json")).sort();
  for (const file of files) {
    const json = JSON.parse(await readFile(join(folder, file), "utf8"));
    const result = await page.evaluate((payload) => {
      const AC = window.AdaptiveCards;
      // Teams renders the Markdown subset cards use: bold, italics and "- " lists.
      AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
        const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
        const inline = s => s.replace(/\*\*(.+?)\*\*/g, "<b>$1</b>").replace(/_(.+?)_/g, "<i>$1</i>");
        const lines = escaped.split("\n");
        result.outputHtml = lines.every(l => l.startsWith("- "))
          ? "<ul>" + lines.map(l => "<li>" + inline(l.slice(2)) + "</li>").join("") + "</ul>"
          : lines.map(inline).join("<br>");
        result.didProcess = true;
      };
      const events = [];
      // Teams' charts (Chart.Line, Chart.HorizontalBar, …) are unknown to this renderer, which then renders their fallback,
      // as a host without charts does. So an unknown Chart.* element is fine when it has a fallback, and an error when not.
      const charts = new Set();
      const walk = (node) => {
        if (Array.isArray(node)) { node.forEach(walk); return; }
        if (!node || typeof node !== "object") return;
        if (typeof node.type === "string" && node.type.startsWith("Chart.")) {
          charts.add(node.type);
          if (!node.fallback || typeof node.fallback !== "object") {
            events.push({ phase: "teams-chart", event: "ChartWithoutFallback", message: `${node.type} has no fallback element` });
          }
        }
        Object.values(node).forEach(walk);
      };
      walk(payload);
      const context = new AC.SerializationContext(AC.Versions.v1_5);
      const card = new AC.AdaptiveCard();
      card.parse(payload, context);
      for (let i = 0; i < context.eventCount; i++) {
        const e = context.getEventAt(i);
        const chartFallback = AC.ValidationEvent[e.event] === "UnknownElementType" &&
          [...charts].some(type => e.message === `Unknown element type "${type}". Fallback will be used if present.`);
        if (!chartFallback) events.push({ phase: "parse", event: AC.ValidationEvent[e.event], message: e.message });
      }
      const validation = card.validateProperties();
      for (const e of validation.validationEvents) {
        events.push({ phase: "validate", event: AC.ValidationEvent[e.event], message: e.message });
      }
      if (card.version && (card.version.major > 1 || card.version.minor > 5)) {
        events.push({ phase: "version", event: "UnsupportedCardVersion", message: `Teams renders up to 1.5, card is ${card.version}` });
      }
      const host = document.getElementById("card");
      host.innerHTML = "";
      const element = card.render();
      if (element) host.appendChild(element);
      return { events, rendered: !!element, text: host.innerText };
    }, json);
    const box = await page.locator("#card").boundingBox();
    await page.locator("#card").screenshot({ path: join(folder, basename(file, ".json") + ".png") });
    console.log(JSON.stringify({ name: basename(file, ".json"), ...result, width: box?.width ?? 0, height: box?.height ?? 0 }));
  }
} finally {
  await browser.close();
}
