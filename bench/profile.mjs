// Summarises V8 CPU profiles (node --cpu-prof): self time by part (pdf.js, pdf-parse, yaml, zod, kjhz,
// Node internals, garbage collector …) summed over every thread's profile in a folder, then the
// functions with the most self time. Given two folders (kjhz, then the baseline), it also lists where
// the first spends more than the second.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/kjhz bin/kjhz.js check bench/cache/corpus-300 --format json -o /tmp/r.json --as-of 2024-11-20T10:00:00+08:00
//   node --cpu-prof --cpu-prof-dir=/tmp/base bench/baseline.mjs TASKS.json 2
//   node bench/profile.mjs /tmp/kjhz [/tmp/base]
//
// Sampling attributes time spent in a system call oddly (a file read shows as far more than it takes):
// measure such things directly before believing them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function partOf({ url, functionName }) {
  if (url.includes('pdfjs-dist')) return 'pdf.js';
  if (url.includes('pdf-parse')) return 'pdf-parse';
  if (url.includes('/yaml/')) return 'yaml';
  if (url.includes('/zod/')) return 'zod';
  if (url.includes('/exceljs/')) return 'exceljs';
  if (url.includes('/dist/') || url.includes('/bench/')) return 'kjhz';
  if (url.startsWith('node:')) return url.includes('modules') ? 'node: module loading' : 'node: other';
  if (url) return 'other JavaScript';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName.startsWith('RegExp')) return 'regular expressions';
  return `native ${functionName}`;
}

/** Self time in ms by part and by function, over every profile in the folder (idle excluded). */
function summarise(dir) {
  const parts = new Map();
  const functions = new Map();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (frame.functionName === '(idle)') return;
      total += ms;
      const part = partOf(frame);
      parts.set(part, (parts.get(part) ?? 0) + ms);
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`;
      functions.set(name, (functions.get(name) ?? 0) + ms);
    });
  }
  return { total, parts, functions };
}

const ms = (v) => `${v.toFixed(0).padStart(8)} ms`;
const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
const [dir, baseDir] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node bench/profile.mjs PROFILE_DIR [BASELINE_PROFILE_DIR]\n');
  process.exit(2);
}
const a = summarise(dir);
const b = baseDir ? summarise(baseDir) : undefined;
console.log(`busy time (all threads): ${a.total.toFixed(0)} ms${b ? ` vs ${b.total.toFixed(0)} ms` : ''}\n`);
console.log('by part');
for (const [part, v] of sorted(a.parts)) console.log(`${ms(v)}${b ? `${ms(b.parts.get(part) ?? 0)}` : ''}  ${part}`);
console.log('\nfunctions with the most self time');
for (const [name, v] of sorted(a.functions).slice(0, 25)) console.log(`${ms(v)}  ${name}`);
if (b) {
  console.log('\nwhere the first spends more than the second');
  const more = [...a.functions].map(([name, v]) => [name, v - (b.functions.get(name) ?? 0)]);
  for (const [name, v] of sorted(new Map(more)).slice(0, 25)) console.log(`${ms(v)}  ${name}`);
}
