// Opens the Microsoft 365 Agents Playground's own web UI in headless Chromium, types a message to the bot in the personal
// chat (the UI shows only what arrives while it is open), waits for the Adaptive Card that contains a text, screenshots
// the page with that card in view and reports what the UI rendered of it.
// Usage: node screenshot-playground.mjs <playground url> <png path> <message to send> <text on the card>
// Prints one JSON line: {found, text, cells:[text of every single-character text block, in order], charts:[the accessible
// name of every chart the UI drew, e.g. "Line chart with 2 series, …"]}; without the card, text is the whole page's.
import { launchChromium } from "./chromium.mjs";

const [url, png, message, needle] = process.argv.slice(2);
if (!url || !png || !message || !needle) {
  console.error("usage: node screenshot-playground.mjs <playground url> <png path> <message to send> <text on the card>");
  process.exit(2);
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 2000 }, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
  await page.getByRole("treeitem", { name: "Personal Chat" }).click({ timeout: 60_000 });
  const compose = page.locator("[role=textbox][contenteditable=true]");
  await compose.click();
  await compose.pressSequentially(message);
  await compose.press("Enter");
  const card = page.locator(".ac-adaptiveCard", { hasText: needle }).last();
  const found = await card.waitFor({ state: "visible", timeout: 60_000 }).then(() => true, () => false);
  if (found) {
    await card.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000); // the charts draw a moment after the card
  }
  await page.screenshot({ path: png });
  const rendered = found
    ? await card.evaluate(root => ({
      text: root.innerText,
      cells: [...root.querySelectorAll(".ac-textBlock")].map(e => e.innerText.trim()).filter(t => [...t].length === 1),
      charts: [...root.querySelectorAll("[aria-label]")].map(e => e.getAttribute("aria-label")).filter(l => / chart/i.test(l)),
    }))
    : { text: await page.locator("body").innerText(), cells: [], charts: [] };
  console.log(JSON.stringify({ found, ...rendered }));
} finally {
  await browser.close();
}
