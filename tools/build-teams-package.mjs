// Builds the Teams app package (the zip an administrator uploads) from manifest/ and the configuration.
// Usage: node tools/build-teams-package.mjs <output.zip>   (scripts/build-teams-package.sh is the documented entry)
//
// Settings are read like the bot reads them: the JSON settings file (comments allowed), then environment
// variables with "__" for ":" on top. The file is $TRIVSELSBOT_SETTINGS, else src/TrivselsBot/appsettings.Local.json
// when it exists. Needs nothing from npm: only Node's own zlib.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, crc32 } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifestFolder = join(root, "manifest");
const PACKAGE_FILES = ["manifest.json", "en.json", "color.png", "outline.png"];

const SETTINGS = [
  { placeholder: "APP_ID", key: "Bot:AppId", check: guid,
    what: "the Azure Bot's Microsoft App ID (Entra ID > App registrations > Application (client) ID), a GUID" },
  { placeholder: "HOST_NAME", key: "TeamsApp:HostName", check: hostName,
    what: "the bot's public host name without https:// or a path, e.g. trivselsbot.kommune.dk" },
  { placeholder: "PRIVACY_URL", key: "TeamsApp:PrivacyUrl", check: httpsUrl,
    what: "the https address of the privacy statement (privatlivspolitik)" },
  { placeholder: "TERMS_URL", key: "TeamsApp:TermsOfUseUrl", check: httpsUrl,
    what: "the https address of the terms of use (vilkår for brug)" },
  { placeholder: "DEVELOPER_NAME", key: "TeamsApp:DeveloperName", check: developerName,
    what: "who provides the app to the users, e.g. the municipality (at most 32 characters)" },
  { placeholder: "DEVELOPER_WEBSITE", key: "TeamsApp:DeveloperWebsiteUrl", check: httpsUrl,
    what: "the https address of the provider's support page" },
  { placeholder: "VERSION", key: "TeamsApp:Version", check: version, fallback: "1.0.0",
    what: "the package version (x.y.z); raise it for every upload that changes the app" },
];

const output = process.argv[2];
if (!output) fail(["usage: node tools/build-teams-package.mjs <output.zip>"]);

const settings = readSettings();
const problems = [];
const values = {};
for (const setting of SETTINGS) {
  const value = lookup(settings, setting.key) ?? setting.fallback;
  const [section, name] = setting.key.split(":");
  const where = `set the environment variable ${section}__${name} or "${section}": { "${name}": … } in ${settings.path}`;
  const problem = value ? setting.check(value) : null;
  if (!value) problems.push(`${setting.key} is missing: ${setting.what}; ${where}.`);
  else if (problem) problems.push(`${setting.key} "${value}" ${problem}: ${setting.what}.`);
  else values[setting.placeholder] = value;
}
if (problems.length > 0) fail(problems);

const entries = PACKAGE_FILES.map(name => {
  const bytes = readFileSync(join(manifestFolder, name));
  return { name, bytes: name.endsWith(".json") ? substitute(name, bytes.toString("utf8")) : bytes };
});
mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, zip(entries));
console.log(`Teams app package for App ID ${values.APP_ID} on ${values.HOST_NAME}: ${resolve(output)}`);

function readSettings() {
  const explicit = process.env.TRIVSELSBOT_SETTINGS;
  const file = explicit || join(root, "src", "TrivselsBot", "appsettings.Local.json");
  const fromFile = existsSync(file) ? parseSettingsFile(file)
    : explicit ? fail([`TRIVSELSBOT_SETTINGS points to ${file}, which does not exist.`]) : {};
  return { path: file, file: fromFile, env: process.env };
}

function parseSettingsFile(file) {
  try {
    return JSON.parse(withoutCommentsAndTrailingCommas(readFileSync(file, "utf8")));
  } catch (e) {
    return fail([`The settings file ${file} is not valid JSON: ${e.message}`]);
  }
}

/** A "Section:Key" from the environment ("Section__Key"), else from the file; keys ignore case as in .NET. */
function lookup({ file, env }, key) {
  const fromEnv = env[key.replace(":", "__")];
  if (fromEnv !== undefined) return fromEnv.trim();
  let node = file;
  for (const part of key.split(":")) {
    const match = node && typeof node === "object" ? Object.keys(node).find(k => k.toLowerCase() === part.toLowerCase()) : undefined;
    node = match === undefined ? undefined : node[match];
  }
  return typeof node === "string" ? node.trim() : undefined;
}

/** .NET reads appsettings files with comments and trailing commas; JSON.parse needs neither. */
function withoutCommentsAndTrailingCommas(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2);
      if (i < 0) throw new Error("unclosed /* comment");
      i++;
    } else if (c === ",") {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (!(text[j] === "}" || text[j] === "]")) out += c;
    } else {
      out += c;
    }
  }
  return out;
}

/** Fills {{PLACEHOLDER}}s inside the JSON's strings, so a value can never break the JSON around it. */
function substitute(name, text) {
  const fill = node => {
    if (typeof node === "string") return node.replace(/\{\{([A-Z_]+)\}\}/g, (all, p) => values[p] ?? all);
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  const json = JSON.stringify(fill(JSON.parse(text)), null, 2) + "\n";
  const left = json.match(/\{\{[A-Z_]+\}\}/);
  if (left) fail([`manifest/${name} uses ${left[0]}, which no setting fills.`]);
  return Buffer.from(json, "utf8");
}

function guid(value) {
  return /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/.test(value) ? null : "is not a GUID";
}

function hostName(value) {
  if (/^[a-z]+:\/\//i.test(value) || value.includes("/")) return "is not a bare host name (leave out https:// and any path)";
  const labels = value.toLowerCase().split(".");
  const valid = labels.length >= 2 && value.length <= 253
    && labels.every(l => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) && /[a-z]/.test(labels.at(-1));
  return valid ? null : "is not a host name";
}

function httpsUrl(value) {
  try {
    return new URL(value).protocol === "https:" ? null : "is not an https address";
  } catch {
    return "is not an address";
  }
}

function developerName(value) {
  return value.length <= 32 ? null : "is longer than 32 characters";
}

function version(value) {
  return /^\d+\.\d+\.\d+$/.test(value) ? null : "is not a version like 1.0.0";
}

function fail(lines) {
  console.error(["Cannot build the Teams app package:", ...lines.map(l => "  - " + l)].join("\n"));
  process.exit(1);
}

/** A zip of deflated entries with a fixed timestamp, so the same input gives the same bytes. */
function zip(files) {
  const DOS_TIME = 0, DOS_DATE = (1 << 5) | 1; // 1980-01-01 00:00
  const locals = [], centrals = [];
  let offset = 0;
  for (const { name, bytes } of files) {
    const data = deflateRawSync(bytes, { level: 9 });
    const fileName = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);           // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6);       // names are UTF-8
    local.writeUInt16LE(8, 8);            // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc32(bytes), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);         // made by: 2.0
    local.copy(central, 6, 4, 30);        // the same fields as the local header, from "version needed" on
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
