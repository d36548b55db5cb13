// Validates Teams app manifest and localization files against the official JSON schemas that the npm package
// @microsoft/app-manifest ships, with ajv (draft-04, as the schemas declare), the way that package validates.
// Usage: node validate-teams-manifest.mjs <file.json> ...
// Prints one JSON line per file: {file, schema, errors:[…]}. Exits 1 when a file breaks its schema.
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const SCHEMA_HOST = "https://developer.microsoft.com/";
const schemas = join(dirname(fileURLToPath(import.meta.url)), "node_modules", "@microsoft", "app-manifest", "build");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate-teams-manifest.mjs <file.json> ...");
  process.exit(2);
}

let allValid = true;
for (const file of files) {
  const document = JSON.parse(readFileSync(file, "utf8"));
  const url = document.$schema;
  const local = typeof url === "string" && url.startsWith(SCHEMA_HOST) ? join(schemas, url.slice(SCHEMA_HOST.length)) : null;
  if (!local || !existsSync(local)) {
    console.error(`${file}: $schema ${url} is not one of the schemas @microsoft/app-manifest ships`);
    process.exit(2);
  }
  // The package cleans the same escapes before parsing: they are not valid in JavaScript regular expressions.
  const schema = JSON.parse(readFileSync(local, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
  // The localization schema's patterns use a bare "]" (e.g. `\b]\.description`), legal only without the u flag.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: !local.endsWith("Localization.schema.json") });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  const errors = validate(document) ? [] : validate.errors.map(e => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
  allValid &&= errors.length === 0;
  console.log(JSON.stringify({ file, schema: url, errors }));
}
process.exit(allValid ? 0 : 1);
