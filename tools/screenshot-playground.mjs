// Opens the Microsoft 365 Agents Playground's own web UI in headless Chromium, types a message to the bot in the personal
// chat (the UI shows only what arrives while it is open), waits for the Adaptive Card that contains a text, screenshots
// the page with that card in view and reports what the UI rendered of it.
// Usage: node screenshot-playground.mjs <playground url> <png path> <message to send> <text on the card>
// Prints one JSON line: {found, text, cells:[text of every single-character text block], images:[{alt, src}], width, height}.
import { chromium } from "playwright-core";

const [url, png, message, needle] = process.argv.slice(2);
if (!url || !png || !message || !needle) {
  console.error("usage: node screenshot-playground.mjs <playground url> <png path> <message to send> <text on the card>");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 }, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
  await page.getByRole("treeitem", { name: "Personal Chat" }).click({ timeout: 60_000 });
  const compose = page.locator("[role=textbox][contenteditable=true]");
  await compose.click();
  await compose.pressSequentially(message);
  await compose.press("Enter");
  const card = page.locator(".ac-adaptiveCard", { hasText: needle }).last();
  try {
    await card.waitFor({ state: "visible", timeout: 60_000 });
  } catch {
    await page.screenshot({ path: png });
    console.log(JSON.stringify({ found: false, text: await page.locator("body").innerText(), cells: [], images: [], width: 0, height: 0 }));
    process.exit(0);
  }
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  await page.screenshot({ path: png });
  const rendered = await card.evaluate(root => ({
    text: root.innerText,
    cells: [...root.querySelectorAll(".ac-textBlock")].map(e => e.innerText.trim()).filter(t => [...t].length === 1),
    images: [...root.querySelectorAll("img")].map(i => ({ alt: i.alt, src: i.src.slice(0, 64) })),
  }));
  console.log(JSON.stringify({ found: true, ...rendered, width: box?.width ?? 0, height: box?.height ?? 0 }));
} finally {
  await browser.close();
}
