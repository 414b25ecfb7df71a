// Bad input for the outputs people forward (issue 15): a dossier whose folder name, title, names and
// file names carry HTML, formula-injection text, bidi controls, emoji and a 4,000-character string, beside
// the key-country sample's PDFs (so the content rules echo those texts in their messages), and the lead's
// ID number typed into the title too. Every format must show these texts escaped and whole.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { RunReport } from '../../src/core/report.js';
import { AS_OF, ensureBuilt, kjhz, ROOT } from '../cli-bin.js';

const SAMPLE = path.join(ROOT, 'samples', 'valid-key-country');

export const HOSTILE_ID = '140105198504120036';
export const LONG = '长'.repeat(4000);
export const HOSTILE = {
  /** A folder name: no slash, but HTML, a formula, an RTL override and an emoji. */
  folder: '<script>alert(0)<\u2044script> =cmd| \u202Efdp.exe 🎉',
  title: `<script>alert("t")</script>=cmd|' /C calc'!A0 \u202Egpj.exe 🧪 负责人${HOSTILE_ID} ${LONG}`,
  field: `=cmd|' /C calc'!A0<b>x</b>`,
  applicant: `<img src=x onerror=alert(2)>\u200F山西 😀 & "引号" 'x'`,
  partner: `=HYPERLINK("http://evil")<i>p</i>,::error::x\n::warning::y%0A`,
  lead: '张三\u202E<svg onload=alert(3)>',
  other: '<script>x</script>.pdf',
};

/** Writes the hostile dossier under `root` and returns its folder. */
export function writeHostileDossier(root: string): string {
  const dir = path.join(root, HOSTILE.folder);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(SAMPLE)) if (f.endsWith('.pdf')) cpSync(path.join(SAMPLE, f), path.join(dir, f));
  const d = parse(readFileSync(path.join(SAMPLE, 'dossier.yaml'), 'utf8')) as Record<string, any>;
  d.project.title = HOSTILE.title;
  d.project.field = HOSTILE.field;
  d.applicant.name = HOSTILE.applicant;
  d.partners[0].name = HOSTILE.partner;
  d.agreements[0].partner = 'another partner';
  d.lead.name = HOSTILE.lead;
  d.attachments.other = [HOSTILE.other];
  writeFileSync(path.join(dir, 'dossier.yaml'), stringify(d, { lineWidth: 0 }));
  return dir;
}

/** A batch: every sample (valid, broken, unreadable) and the hostile dossier. */
export function writeDeliverablesBatch(root: string): string {
  cpSync(path.join(ROOT, 'samples'), root, { recursive: true });
  writeHostileDossier(root);
  return root;
}

/** Writes the batch under `base`/batch and checks it as a user would (the built CLI, --format json, in `base`). */
export async function checkDeliverablesBatch(base: string): Promise<RunReport> {
  ensureBuilt();
  writeDeliverablesBatch(path.join(base, 'batch'));
  const r = await kjhz(['check', 'batch', '--format', 'json', '--as-of', AS_OF, '--jobs', '2'], { cwd: base });
  if (r.code !== 1) throw new Error(`kjhz check exited ${r.code}, not 1: ${r.stderr}`);
  return JSON.parse(r.stdout) as RunReport;
}
