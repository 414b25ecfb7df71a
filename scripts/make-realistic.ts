// npm run fixtures:realistic  (= tsx scripts/make-realistic.ts)
//
// The realistic corpus (scripts/realistic/corpus.ts) made the way applicants make their papers: each
// attachment written as a Word-like document (flat ODF, scripts/realistic/fodt.ts) and exported to PDF by
// LibreOffice itself (`soffice --headless --convert-to pdf`, the export an office does from Word/WPS), and
// the ones an office scans (licences, a signed commitment, a certificate, a 查新 cover) printed, stamped,
// scanned and put back into an image-only PDF by scripts/scanmake.ts. Written to test/fixtures/realistic/:
//
//   cities/<市>/<nn-单位-方向>/   the correct applications: dossier.yaml and its PDFs, as a city bureau
//                                 receives them (`kjhz check test/fixtures/realistic/cities` is a batch)
//   twins/<name>/                 one planted mistake each: dossier.yaml and only the PDFs that differ
//                                 from its base application (the others are the base's: manifest.json)
//   batch/<name>/<app>/           pairs that break a rule across dossiers (二.2, 二.6): the second
//                                 application's dossier.yaml and the PDFs that differ from the one it
//                                 was made from (`from`); the first is its base
//   manifest.json                 what each folder is, the warnings a correct one may get and why, and
//                                 what each twin must be found with (read by test/realistic.test.ts)
//
// Needs LibreOffice Writer (libreoffice-writer-nogui), poppler-utils and fonts-wqy-microhei (the CJK font
// fontconfig substitutes for 宋体/仿宋/黑体). Fixture-time only: the PDFs are committed, `npm test` needs none
// of these. PDF metadata dates and IDs are fixed after export, so a rerun changes only what changed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATCH_TWINS, CASES, TWINS } from './realistic/corpus.js';
import { documentsOf, type DocPlan } from './realistic/documents.js';
import { fodt, p } from './realistic/fodt.js';
import type { App, ScanSpec } from './realistic/model.js';
import { dossierYaml } from './realistic/yaml.js';
import { scanPrinted, unitOnLine } from './scanmake.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/realistic');
const SCAN_DATE = new Date('2024-11-14T01:30:00Z');

const clone = (app: App): App => {
  const copy = structuredClone({ ...app, scans: { ...app.scans } }) as App;
  return copy;
};

/** One document to export: its source and where its PDF goes, scanned or not. */
interface Job {
  source: string;
  hash: string;
  scan?: ScanSpec & { sealFor: (line: string) => string | undefined };
  /** The scan is pasted into a Word file under this caption and exported again. */
  paste?: string;
  to: string[];
}

const jobs = new Map<string, Job>();
function plan(app: App, doc: DocPlan, to: string): string {
  const source = fodt(doc.blocks, { title: doc.title, seed: seedOf(app.dir + doc.key), ...(doc.furniture ? { furniture: doc.furniture } : {}) });
  const scanSpec = app.scans[doc.key as keyof App['scans']];
  const paste = app.pasted?.[doc.key as keyof App['scans']];
  const hash = createHash('sha256').update(source).update(JSON.stringify(scanSpec ?? null)).update(paste ?? '').digest('hex').slice(0, 16);
  let job = jobs.get(hash);
  if (!job) {
    const sealFor = (line: string) => {
      // a sentence that mentions 盖章 (自双方签字（盖章）之日起生效) is not where a clerk stamps
      if (/[，。；]|之日/.test(line)) return undefined;
      if (/查新机构/.test(line)) return app.novelty.agency;
      const unit = unitOnLine(line);
      return unit.length >= 4 ? unit : app.applicant.name;
    };
    jobs.set(hash, (job = { source, hash, to: [], ...(scanSpec ? { scan: { ...scanSpec, sealFor } } : {}), ...(paste ? { paste } : {}) }));
  }
  job.to.push(to);
  return hash;
}

const seedOf = (s: string) => createHash('md5').update(s).digest().readUInt32LE(0) % 100000;

/** The applications' PDFs keyed by file name: the job hash of each. */
function planApp(app: App, dir: string, only?: Map<string, string>): Map<string, string> {
  const hashes = new Map<string, string>();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dossier.yaml'), dossierYaml(app));
  for (const doc of documentsOf(app)) {
    // a twin keeps the base's file when the document is the same
    const source = fodt(doc.blocks, { title: doc.title, seed: seedOf(app.dir + doc.key), ...(doc.furniture ? { furniture: doc.furniture } : {}) });
    const scanSpec = app.scans[doc.key as keyof App['scans']];
    const paste = app.pasted?.[doc.key as keyof App['scans']];
    const hash = createHash('sha256').update(source).update(JSON.stringify(scanSpec ?? null)).update(paste ?? '').digest('hex').slice(0, 16);
    if (only && only.get(doc.file) === hash) {
      hashes.set(doc.file, hash);
      continue;
    }
    hashes.set(doc.file, plan(app, doc, join(dir, doc.file)));
  }
  return hashes;
}

/** The scan's first page pasted into a Word file under its caption and exported by LibreOffice again. */
function pasteIntoWord(scanned: Buffer, job: Job, work: string, profile: string): Buffer {
  const dir = join(work, `paste-${job.hash}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'scan.pdf'), scanned);
  execFileSync('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '1', '-singlefile', join(dir, 'scan.pdf'), join(dir, 'page')], { stdio: 'pipe' });
  const png = readFileSync(join(dir, 'page.png')).toString('base64');
  const source = fodt([p(job.paste!, { size: 12, font: '宋体' }), { kind: 'image', png, width: 15.2, height: 21.5 }], { title: job.paste!, seed: 0 });
  writeFileSync(join(dir, 'pasted.fodt'), source);
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'pasted.fodt')], { stdio: 'pipe', timeout: 120_000 });
  return settle(readFileSync(join(dir, 'pasted.pdf')), `${job.hash}-pasted`);
}

/** LibreOffice's PDF export stamps the time of export: fixed, in place (same length, offsets unchanged). */
function settle(pdf: Buffer, hash: string): Buffer {
  let s = pdf.toString('latin1');
  s = s.replace(/\/(CreationDate|ModDate)\(D:\d{14}([^)]*)\)/g, (_m, key: string, tz: string) => `/${key}(D:20241114093000${tz.replace(/[0-9]/g, '0')})`);
  s = s.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a: string) => {
    const id = createHash('md5').update(hash).digest('hex').toUpperCase().slice(0, a.length).padEnd(a.length, '0');
    return m.replace(/<[0-9A-Fa-f]+>/g, `<${id}>`);
  });
  // LibreOffice's checksum covers the export time too: fixed likewise
  s = s.replace(/\/DocChecksum \/([0-9A-Fa-f]{32})/g, () => `/DocChecksum /${createHash('md5').update(`sum${hash}`).digest('hex').toUpperCase()}`);
  return Buffer.from(s, 'latin1');
}

async function main(): Promise<void> {
  for (const sub of ['cities', 'twins', 'batch']) rmSync(join(OUT, sub), { recursive: true, force: true });
  const manifest: Record<string, unknown[]> = { cases: [], twins: [], batch: [] };
  const byDir = new Map(CASES.map((c) => [c.app.dir, c]));
  const baseHashes = new Map<string, Map<string, string>>();

  for (const c of CASES) {
    baseHashes.set(c.app.dir, planApp(c.app, join(OUT, 'cities', c.app.dir)));
    manifest.cases!.push({ dir: `cities/${c.app.dir}`, category: c.app.category, applicant: c.app.applicant.name, scanned: Object.keys(c.app.scans), ...(c.app.pasted ? { pasted: Object.keys(c.app.pasted) } : {}), warnings: c.warnings });
  }
  for (const t of TWINS) {
    const base = byDir.get(t.base);
    if (!base) throw new Error(`twin ${t.name}: no base ${t.base}`);
    const app = clone(base.app);
    t.change(app);
    const dir = join(OUT, 'twins', t.name);
    const hashes = planApp(app, dir, baseHashes.get(t.base));
    const own = [...hashes].filter(([f, h]) => baseHashes.get(t.base)!.get(f) !== h).map(([f]) => f);
    manifest.twins!.push({ name: t.name, dir: `twins/${t.name}`, base: `cities/${t.base}`, planted: t.planted, files: [...hashes.keys()], own, expect: t.expect });
  }
  for (const b of BATCH_TWINS) {
    const [first, second] = b.apps;
    const app = clone(byDir.get(second.base)!.app);
    second.change(app);
    const dir = join(OUT, 'batch', b.name, basename(app.dir));
    // like a twin: only the files that differ from the application it was made from
    const from = baseHashes.get(second.base)!;
    const hashes = planApp(app, dir, from);
    const ownFiles = [...hashes].filter(([f, h]) => from.get(f) !== h).map(([f]) => f);
    manifest.batch!.push({ name: b.name, planted: b.planted, base: `cities/${first.base}`, own: `batch/${b.name}/${basename(app.dir)}`, from: `cities/${second.base}`, files: [...hashes.keys()], ownFiles, expect: b.expect });
  }

  // export every distinct document once, in one LibreOffice run
  const work = mkdtempSync(join(tmpdir(), 'kjhz-realistic-'));
  try {
    const sources: string[] = [];
    for (const job of jobs.values()) {
      const f = join(work, `${job.hash}.fodt`);
      writeFileSync(f, job.source);
      sources.push(f);
    }
    const outDir = join(work, 'pdf');
    mkdirSync(outDir);
    const profile = `file://${join(work, 'profile')}`;
    for (let i = 0; i < sources.length; i += 40) {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...sources.slice(i, i + 40)], { stdio: 'pipe', timeout: 600_000 });
    }
    let bytes = 0;
    for (const job of jobs.values()) {
      const exported = join(outDir, `${job.hash}.pdf`);
      if (!existsSync(exported)) throw new Error(`LibreOffice did not export ${job.hash} (for ${job.to[0]})`);
      let pdf = settle(readFileSync(exported), job.hash);
      if (job.scan) {
        const scanned: Uint8Array = await scanPrinted(new Uint8Array(pdf), { seed: job.scan.seed, sealFor: job.scan.sealFor, degrade: { ...(job.scan.grey ? { grey: true } : {}), ...(job.scan.skew !== undefined ? { skew: job.scan.skew } : {}) }, quality: 55 }, { dpi: 150, date: SCAN_DATE, creator: 'Canon iR-ADV C5535 III (ScanGear)' });
        pdf = Buffer.from(scanned);
        if (job.paste) pdf = pasteIntoWord(pdf, job, work, profile);
      }
      for (const to of job.to) {
        writeFileSync(to, pdf);
        bytes += pdf.length;
      }
    }
    writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const count = (d: string): number => readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(d, e.name)) : 1), 0);
    console.log(`${jobs.size} documents exported; ${count(OUT)} files, ${(bytes / 1024 / 1024).toFixed(1)} MB of PDFs in ${OUT}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
