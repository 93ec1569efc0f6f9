// Checks the published JSON Schemas (every version kept in the jar) with Ajv in strict mode, a validator outside the Java world:
// every schema compiles with all strict options on (no unknown keywords, no union types, types
// declared for type-specific keywords, required members defined, formats known), the published
// example letters conform, the shared cases give the findings the Java tests expect (same codes,
// same JSON Pointers), and the listed document-number forms are accepted and rejected as listed.
// For the subsidy schemas (form 1.1): the bundled schedules, the example requests and the decisions
// the calculator writes for them conform, the shared subsidy cases give the findings the Java tests
// expect, and the model's rules across members are enforced; documents of form 1.0 (the schedules
// and a request as 1.0 published them) conform to both the 1.0 and the 1.1 schemas.
//
// Run from this directory: npm ci && npm test
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const moduleDir = path.resolve(here, "..", "..", "..");
const schemaDir = path.join(moduleDir, "src", "main", "resources", "org", "replyletter", "schema");
const casesDir = path.join(moduleDir, "src", "test", "resources", "cases");
const formsFile = path.join(moduleDir, "src", "test", "resources", "forms", "document-numbers.json");
const examplesDir = path.resolve(moduleDir, "..", "examples", "letters");
const subsidyCasesDir = path.join(moduleDir, "src", "test", "resources", "subsidy-cases");
const decisionsDir = path.join(moduleDir, "src", "test", "resources", "subsidy-decisions");
const requestsDir = path.resolve(moduleDir, "..", "examples", "subsidy");
const schedulesDir = path.resolve(moduleDir, "..", "core", "src", "main", "resources", "org", "replyletter", "subsidy");
const form10Dir = path.resolve(moduleDir, "..", "core", "src", "test", "resources", "org", "replyletter", "subsidy", "form-1.0");
const testSchedulesDir = path.resolve(moduleDir, "..", "core", "src", "test", "resources", "org", "replyletter", "subsidy", "cases", "schedules");

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

let failures = 0;
let checks = 0;
function check(ok, message) {
  checks++;
  if (!ok) {
    failures++;
    console.error("FAIL " + message);
  }
}
const readJson = (f) => JSON.parse(fs.readFileSync(f, "utf8"));
const jsonFiles = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

// 1. Every schema compiles in strict mode.
const validators = new Map();
for (const version of fs.readdirSync(schemaDir).sort()) {
  for (const file of jsonFiles(path.join(schemaDir, version))) {
    const schema = readJson(path.join(schemaDir, version, file));
    try {
      validators.set(schema.$id, ajv.compile(schema));
      check(true, "");
    } catch (e) {
      check(false, `${version}/${file} does not compile in strict mode: ${e.message}`);
    }
  }
}
const letter = validators.get("https://replyletter.org/schema/1.1/reply-letter.json");
const letter10 = validators.get("https://replyletter.org/schema/1.0/reply-letter.json");
if (!letter || !letter10) {
  console.error("FAIL reply-letter 1.1 or 1.0 schema not found");
  process.exit(1);
}

// Ajv errors as the Java API reports them: RL-SCHEMA code and the JSON Pointer of the member.
const CODES = { type: "001", required: "002", additionalProperties: "003", enum: "004", const: "004",
  pattern: "005", format: "006", minimum: "007", maximum: "007" };
const escape = (name) => name.replace(/~/g, "~0").replace(/\//g, "~1");
function findings(validate, document) {
  if (validate(document)) return [];
  const out = new Set();
  for (const e of validate.errors) {
    let p = e.instancePath;
    if (e.keyword === "required") p += "/" + escape(e.params.missingProperty);
    if (e.keyword === "additionalProperties") p += "/" + escape(e.params.additionalProperty);
    out.add(`RL-SCHEMA-${CODES[e.keyword] ?? "009"}@${p}`);
  }
  // A value failing its pattern and its format is one problem, as in Java.
  for (const f of [...out]) {
    if (f.startsWith("RL-SCHEMA-006@") && out.has("RL-SCHEMA-005@" + f.slice(14))) out.delete(f);
  }
  return [...out].sort();
}

// 2. Published examples conform, to the newest schema and to the schema of the version they state
// (the library writes each letter in the oldest version that accepts it).
for (const file of jsonFiles(examplesDir)) {
  const example = readJson(path.join(examplesDir, file));
  const f = findings(letter, example);
  check(f.length === 0, `example ${file}: ${f.join(", ")}`);
  if (example.schemaVersion === "1.0") {
    const f10 = findings(letter10, example);
    check(f10.length === 0, `example ${file} (1.0 schema): ${f10.join(", ")}`);
  }
}
// A 1.1 addition is refused by the 1.0 schema, accepted by 1.1.
for (const doc of [{ schemaVersion: "1.1", proposal: { title: "关于修路的建议" } },
  { schemaVersion: "1.1", handlingRole: "joint" },
  { schemaVersion: "1.1", additionalProposals: [{ number: "15" }] }]) {
  check(letter(doc) && !letter10(doc), `1.1 addition ${JSON.stringify(doc)}: 1.1 accepts, 1.0 refuses`);
}

// 3. Shared cases give the expected findings.
for (const file of jsonFiles(casesDir)) {
  const c = readJson(path.join(casesDir, file));
  const expected = c.expected.map((e) => `${e.code}@${e.path}`).sort();
  const actual = findings(letter, c.document);
  check(JSON.stringify(actual) === JSON.stringify(expected),
    `case ${file}: expected [${expected.join(", ")}], got [${actual.join(", ")}]`);
}

// 4. Document-number forms.
const forms = readJson(formsFile);
for (const [list, valid] of [["accepted", true], ["rejected", false]]) {
  for (const n of forms[list]) {
    const ok = letter({ schemaVersion: "1.0", documentNumber: n });
    check(ok === valid, `document number ${JSON.stringify(n)} should be ${list}`);
  }
}

// 5. Subsidy schemas: published documents conform, shared cases give the expected findings.
const subsidy = {};
for (const name of ["subsidy-schedule", "subsidy-request", "subsidy-decision"]) {
  subsidy[name] = validators.get(`https://replyletter.org/schema/1.1/${name}.json`);
  check(subsidy[name] !== undefined, `${name} 1.1 schema not found`);
}
if (Object.values(subsidy).every((v) => v)) {
  const published = [
    [schedulesDir, (f) => f.startsWith("schedule-"), "subsidy-schedule"],
    [testSchedulesDir, () => true, "subsidy-schedule"],
    [requestsDir, () => true, "subsidy-request"],
    [decisionsDir, () => true, "subsidy-decision"],
  ];
  for (const [dir, pick, name] of published) {
    const files = jsonFiles(dir).filter(pick);
    check(files.length > 0, `no documents for ${name} in ${dir}`);
    for (const file of files) {
      const f = findings(subsidy[name], readJson(path.join(dir, file)));
      check(f.length === 0, `${name} ${file}: ${f.join(", ")}`);
    }
  }
  for (const file of jsonFiles(subsidyCasesDir)) {
    const c = readJson(path.join(subsidyCasesDir, file));
    const expected = c.expected.map((e) => `${e.code}@${e.path}`).sort();
    const actual = findings(subsidy[c.schema], c.document);
    check(JSON.stringify(actual) === JSON.stringify(expected),
      `subsidy case ${file}: expected [${expected.join(", ")}], got [${actual.join(", ")}]`);
  }
  // Form 1.0 documents still conform, to the 1.0 schema and to 1.1 (every 1.1 member is optional).
  for (const file of jsonFiles(form10Dir)) {
    const name = file.startsWith("schedule-") ? "subsidy-schedule" : "subsidy-request";
    const document = readJson(path.join(form10Dir, file));
    check(document.schemaVersion === "1.0", `form-1.0/${file} is not a 1.0 document`);
    for (const version of ["1.0", "1.1"]) {
      const f = findings(validators.get(`https://replyletter.org/schema/${version}/${name}.json`), document);
      check(f.length === 0, `form-1.0/${file} against ${version}/${name}: ${f.join(", ")}`);
    }
  }
  // The 1.1 members: a version selection's bases, a catalogue entry's class and a history entry's
  // programme are the model's; an empty catalogue is allowed.
  const schedule = readJson(path.join(schedulesDir, "schedule-xiamen.json"));
  const scheduleVariant = (change) => { const s = structuredClone(schedule); change(s); return s; };
  const scheduleRules = [
    ["certificates chosen by the training completion date", false, (s) => { s.versionSelection.certificates = "training-completion-date"; }],
    ["training chosen by the decision date", true, (s) => { s.versionSelection.training = "decision-date"; }],
    ["a catalogue entry of class none", false, (s) => { s.versions[1].shortageCatalogue.entries = [{ occupation: "电工", category: "none" }]; }],
    ["a catalogue entry with a code", true, (s) => { s.versions[1].shortageCatalogue.entries = [{ occupation: "电工", code: "6-31-01-03", category: "production-manufacturing" }]; }],
    ["a counting group without kinds", false, (s) => { s.versions[1].counting.groups[0].kinds = []; }],
    ["an unknown unconfirmed-shortage policy", false, (s) => { s.versions[1].parameters["shortage.unconfirmed"].value = "ignore"; }],
    ["no unconfirmed-shortage policy (form 1.0)", true, (s) => { delete s.versions[1].parameters["shortage.unconfirmed"]; }],
  ];
  for (const [what, valid, change] of scheduleRules) {
    check(subsidy["subsidy-schedule"](scheduleVariant(change)) === valid, `schedule rule: ${what} should be ${valid ? "valid" : "invalid"}`);
  }
  // Rules across members, which a validator must evaluate as Java does.
  const request = readJson(path.join(requestsDir, "senior-technician-manufacturing.json"));
  const variant = (change) => { const r = structuredClone(request); change(r); return r; };
  const rules = [
    ["no level for a skill-level certificate", false, (r) => delete r.claim.level],
    ["a level for a completion certificate", false, (r) => { r.claim.kind = "completion-certificate"; }],
    ["a completion certificate without level", true, (r) => { r.claim.kind = "completion-certificate"; delete r.claim.level; delete r.claim.occupation; }],
    ["a blank occupation", false, (r) => { r.claim.occupation = " \u3000"; }],
    ["an occupation of no-break spaces (not blank in Java)", true, (r) => { r.claim.occupation = "\u00a0"; }],
    ["no birth date and no age", false, (r) => delete r.applicant.birthDate],
    ["an age instead of a birth date", true, (r) => { delete r.applicant.birthDate; r.applicant.age = 36; }],
    ["a prior certificate without occupation", false, (r) => delete r.history[0].occupation],
    ["a named version and occupation codes", true, (r) => { r.version = "jinjiang-2024-07-01"; r.claim.occupationCode = "6-31-01-03"; r.history[0].occupationCode = "6-31-01-03"; }],
    ["a prior subsidy of the skill-upgrade programme", true, (r) => { r.history[0].programme = "skill-upgrade-subsidy"; }],
    ["a prior subsidy of an unknown programme", false, (r) => { r.history[0].programme = "other"; }],
  ];
  for (const [what, valid, change] of rules) {
    check(subsidy["subsidy-request"](variant(change)) === valid, `request rule: ${what} should be ${valid ? "valid" : "invalid"}`);
  }
  const decision = readJson(path.join(decisionsDir, "senior-technician-manufacturing.jinjiang.json"));
  const refused = structuredClone(decision);
  refused.eligible = false;
  refused.reasons = ["SUB-LIM-001"];
  check(!subsidy["subsidy-decision"](refused), "decision rule: a refusal that pays should be invalid");
  delete refused.payee;
  refused.amount = "0元";
  check(subsidy["subsidy-decision"](refused), "decision rule: a refusal paying 0元 to no one should be valid");
  const warned = structuredClone(decision);
  warned.warnings = ["SUB-OCC-001"];
  check(subsidy["subsidy-decision"](warned), "decision rule: an eligible decision with a warning should be valid");
}

// 6. Rewritten patterns accept what their published text accepted (patterns/published.json, as in
// PatternRewriteTest), in ECMAScript with the u flag, as Ajv compiles them; and every pattern runs
// in bounded time on a 100 000-character text (no catastrophic backtracking here either).
const published = readJson(path.join(moduleDir, "src", "test", "resources", "patterns", "published.json")).patterns;
const schemaTexts = new Map();
for (const version of fs.readdirSync(schemaDir).sort()) {
  for (const file of jsonFiles(path.join(schemaDir, version))) {
    schemaTexts.set(file.replace(/\.json$/, ""), readJson(path.join(schemaDir, version, file)));
  }
}
const at = (node, pointer) => pointer.split("/").slice(1)
  .reduce((n, k) => n?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], node);
const pieces = ["晋", "残函", " ", "\u3000", "\u00a0", "\t", "〔", "〕", "[", "]", "（", "）", "(", ")", "【", "］",
  "第", "号", "0", "０", "00", "7", "９", "2024", "２０２４", "2147483647", "2147483648", "1", "a", "\u{20000}"];
let seed = 20240607;
const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
for (const [where, text] of Object.entries(published)) {
  const [name, pointer] = where.split("#");
  const current = at(schemaTexts.get(name), pointer);
  check(typeof current === "string", `${where}: no pattern there`);
  const before = new RegExp(text, "u");
  const now = new RegExp(current, "u");
  const samples = [...forms.accepted, ...forms.rejected];
  for (let i = 0; i < 20000; i++) {
    let s = "";
    for (let n = random(16); n > 0; n--) s += pieces[random(pieces.length)];
    samples.push(s);
  }
  const differ = samples.filter((s) => before.test(s) !== now.test(s));
  check(differ.length === 0, `${where} accepts otherwise than published on ${JSON.stringify(differ.slice(0, 3))}`);
}
const patterns = [];
const collect = (node) => {
  if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === "object") {
    if (typeof node.pattern === "string") patterns.push(node.pattern);
    if (node.patternProperties && typeof node.patternProperties === "object") patterns.push(...Object.keys(node.patternProperties));
    Object.values(node).forEach(collect);
  }
};
schemaTexts.forEach(collect);
const N = 100000;
const longTexts = ["晋".repeat(N), "0".repeat(N), " ".repeat(N), "晋 ".repeat(N / 2), "晋".repeat(N) + "〔2024〕7号!",
  "晋残函〔2024〕" + "0 ".repeat(N / 2) + "!", "1".repeat(N) + "元", "1.".repeat(N / 2), "\u{20000}晋".repeat(N / 2)];
for (const p of new Set(patterns)) {
  const re = new RegExp(p, "u");
  const start = process.hrtime.bigint();
  for (const s of longTexts) re.test(s);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  check(ms < 2000, `pattern ${p.slice(0, 40)}… took ${ms.toFixed(0)} ms on long texts`);
}

console.log(`ajv ${JSON.parse(fs.readFileSync(path.join(here, "node_modules", "ajv", "package.json"), "utf8")).version}`
  + ` strict mode: ${validators.size} schema(s), ${checks} checks, ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
