// Part of `npm run build`: data/reference/*.yaml → dist/reference/*.json, and the call files
// data/calls/*.yaml → dist/calls/*.json (each validated first by the built call schema, with every rule's
// quote: a broken call file fails the build instead of the first `kjhz check`). Parsing the YAML takes a
// few hundred milliseconds per process (every batch worker, and the critical path of a one-dossier
// check); JSON.parse takes one or two. src/policy/reference.ts reads a JSON copy only when it is at
// least as new as its YAML, so an edited YAML is never shadowed by a stale copy. The YAML stays the
// source (it carries the sources and gaps in comments).
//
//   node scripts/reference-json.mjs [OUT_DIR [CALLS_OUT_DIR]]     (default: dist/reference, dist/calls)
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(ROOT, 'data/reference');
const out = resolve(process.argv[2] ?? join(ROOT, 'dist/reference'));
mkdirSync(out, { recursive: true });
for (const file of readdirSync(src).filter((f) => f.endsWith('.yaml')).sort()) {
  const data = parse(readFileSync(join(src, file), 'utf8'));
  const json = JSON.stringify(data);
  // only plain data survives JSON: refuse anything else rather than ship a different value
  if (!isDeepStrictEqual(JSON.parse(json), data)) throw new Error(`${file}: not plain JSON data`);
  const target = join(out, file.replace(/\.yaml$/, '.json'));
  writeFileSync(`${target}.tmp`, json);
  renameSync(`${target}.tmp`, target);
}

// The call files: validated by the schema just compiled (tsc runs first), then as plain JSON.
const callsSrc = join(ROOT, 'data/calls');
const callsOut = resolve(process.argv[3] ?? join(ROOT, 'dist/calls'));
mkdirSync(callsOut, { recursive: true });
const [{ parseCall }, { allRules }] = await Promise.all([import(join(ROOT, 'dist/policy/callFile.js')), import(join(ROOT, 'dist/rules/index.js'))]);
for (const file of readdirSync(callsSrc).filter((f) => f.endsWith('.yaml')).sort()) {
  let policy;
  try {
    policy = parseCall(readFileSync(join(callsSrc, file), 'utf8'), `data/calls/${file}`, 'en', { ruleIds: allRules.map((r) => r.id) });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const target = join(callsOut, file.replace(/\.yaml$/, '.json'));
  writeFileSync(`${target}.tmp`, JSON.stringify(policy));
  renameSync(`${target}.tmp`, target);
}
