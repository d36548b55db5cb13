// Counts test outcomes in every .trx file under a folder and prints "N passed, N failed[, N skipped]".
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const walk = dir => readdirSync(dir).flatMap(f => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : p.endsWith(".trx") ? [p] : [];
});
const files = walk(process.argv[2] ?? "test-output/results");
let passed = 0, failed = 0, skipped = 0;
for (const file of files) {
  for (const [, outcome] of readFileSync(file, "utf8").matchAll(/<UnitTestResult [^>]*outcome="(\w+)"/g)) {
    if (outcome === "Passed") passed++;
    else if (outcome === "NotExecuted") skipped++;
    else failed++;
  }
}
if (files.length === 0) failed = 1; // no results at all is a failure, never a silent pass
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
