// The benchmark corpus, generated once into bench/cache/ and reused.
//
//   bench/cache/pool/d00000 …     one folder per dossier: dossier.yaml and every PDF it declares
//   bench/cache/corpus-N/         the first N dossiers of the pool, as hard links (what kjhz checks)
//
// Every dossier has its own identity (bench/corpus/identity.ts), so its PDFs agree with its dossier.yaml
// the way a real applicant's do, except for the mistakes planted in about one dossier in eight. The
// short documents (licence, certificates, letters) are generated per dossier with scripts/pdfmake.ts from
// the texts of scripts/make-fixtures.ts; the long ones (申报书, 审计报告, 查新报告, 合作协议) get, after
// their own first pages, a varying number of body pages copied from one shared filler document per kind,
// so that each dossier has 30–60 pages without drawing 50 pages of text per dossier.
//
// Drawing text with pdf-lib is slow mostly because fontkit shapes every line (GSUB lookups) and the
// 5 MB font is parsed again for every document; for the corpus, the parsed font is kept and shaping is
// replaced by a plain cmap lookup (Chinese and this Latin text need no shaping; extraction is unchanged).
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { parse as parseYaml, stringify } from 'yaml';
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, type DocSpec, type Line } from '../../scripts/pdfmake.js';
import { planSample } from '../../scripts/make-fixtures.js';
import { vary } from './identity.js';
import { between, rng } from '../../scripts/random.js';
import { agreementBody, auditBody, formBody, noveltyBody } from './text.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = join(ROOT, 'bench/cache');
const POOL = join(CACHE, 'pool');
const META = join(CACHE, 'meta');
/** Bump when the corpus changes: the pool is then made again. */
const GENERATOR_VERSION = '1';
const BASES = ['valid-key-country', 'valid-base-platform', 'valid-regional', 'valid-belt-and-road', 'valid-aid'];
const SAMPLE_DATE = new Date('2024-11-15T02:00:00Z');

export const dossierName = (i: number) => `d${String(i).padStart(5, '0')}`;

// ── fast text drawing (see the header) ─────────────────────────────────────────────────────────
let fastFontkit = false;
function useFastFontkit(): void {
  if (fastFontkit) return;
  fastFontkit = true;
  const fk = fontkit as unknown as { create: (buf: Uint8Array, name?: string) => any };
  const create = fk.create.bind(fk);
  let font: any;
  fk.create = (buf, name) => {
    if (font) return font;
    font = create(buf, name);
    font.layout = (text: string) => {
      const glyphs = [...text].map((ch) => font.glyphForCodePoint(ch.codePointAt(0)));
      return { glyphs, positions: glyphs.map((g: any) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })) };
    };
    return font;
  };
}

// ── shared filler documents ───────────────────────────────────────────────────────────────────
const FILLER_PAGES = { form: 40, audit: 12, novelty: 5, agreementZh: 6, agreementBi: 6 } as const;
type FillerKind = keyof typeof FILLER_PAGES;
const fillerDocs = new Map<FillerKind, PDFDocument>();

async function fillerDoc(kind: FillerKind): Promise<PDFDocument> {
  const have = fillerDocs.get(kind);
  if (have) return have;
  const file = join(CACHE, 'filler', `${kind}-v${GENERATOR_VERSION}.pdf`);
  if (!existsSync(file)) {
    const n = FILLER_PAGES[kind];
    const pages =
      kind === 'form' ? formBody(1, n) : kind === 'audit' ? auditBody(2, n) : kind === 'novelty' ? noveltyBody(3, n) : agreementBody(4, n, kind === 'agreementBi');
    // one page of lines per page: a little smaller type so that the dense pages do not flow over
    const bytes = await makePdf({ fontSize: 10.5, pages: pages.map((lines) => ({ lines })), meta: { title: kind, date: SAMPLE_DATE } });
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, bytes);
    copyFileSync(`${file}.tmp`, file);
    rmSync(`${file}.tmp`);
  }
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  fillerDocs.set(kind, doc);
  return doc;
}

// ── one dossier ───────────────────────────────────────────────────────────────────────────────
function baseDossier(i: number): Record<string, any> {
  return parseYaml(readFileSync(join(ROOT, 'samples', BASES[i % BASES.length]!, 'dossier.yaml'), 'utf8'));
}

/** The dossier.yaml of corpus dossier i (deterministic), and the overrides planted in its documents. */
export function corpusDossier(i: number): { dossier: Record<string, any>; overrides: Record<string, any>; note?: string } {
  const d = baseDossier(i);
  // the only link between dossiers: every 150th shares the lead of the one before it
  const previous = i % 150 === 149 ? corpusDossier(i - 1).dossier : undefined;
  const planted = vary(d, i, previous);
  return { dossier: d, overrides: planted.overrides, ...(planted.note ? { note: planted.note } : {}) };
}

export interface DossierMeta {
  index: number;
  note?: string;
  files: { file: string; ref: string; pages: number }[];
}

async function withFiller(own: Uint8Array, kind: FillerKind, count: number): Promise<{ bytes: Uint8Array; added: number }> {
  if (count <= 0) return { bytes: own, added: 0 };
  const src = await fillerDoc(kind);
  const doc = await PDFDocument.load(own, { updateMetadata: false });
  const copied = await doc.copyPages(src, Array.from({ length: Math.min(count, src.getPageCount()) }, (_, k) => k));
  for (const p of copied) doc.addPage(p);
  return { bytes: await doc.save({ useObjectStreams: false }), added: copied.length };
}

export async function generateDossier(i: number): Promise<DossierMeta> {
  useFastFontkit();
  const { dossier, overrides, note } = corpusDossier(i);
  const dir = join(POOL, dossierName(i));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(0xbe9c + i);
  // body pages of the long documents: 申报书 16–34, 审计报告 3–10, 查新报告 1–4, each agreement 1–5
  const extra: Record<string, [FillerKind, number]> = {
    applicationForm: ['form', between(r, 16, 34)],
    auditReport: ['audit', between(r, 3, 10)],
    noveltySearch: ['novelty', between(r, 1, 4)],
  };
  const files: DossierMeta['files'] = [];
  for (const p of planSample(dossier as never, overrides as never)) {
    const scanned = (overrides.scanned as string[] | undefined)?.includes(p.ref) ?? false;
    const spec: DocSpec = {
      pages: p.pages.map((lines: Line[]) => (scanned ? { scanned: true } : { lines })),
      meta: { title: p.title, creator: 'kjhz bench corpus (bench/corpus/generate.ts)', date: SAMPLE_DATE },
    };
    let bytes = await makePdf(spec);
    let pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
    const fill: [FillerKind, number] | undefined = p.ref.startsWith('agreements.')
      ? [p.pages.length > 1 ? 'agreementBi' : 'agreementZh', between(r, 1, 5)]
      : extra[p.ref];
    if (fill && !scanned) {
      const w = await withFiller(bytes, fill[0], fill[1]);
      bytes = w.bytes;
      pages += w.added;
    }
    writeFileSync(join(dir, p.file), bytes);
    files.push({ file: p.file, ref: p.ref, pages });
  }
  writeFileSync(join(dir, 'dossier.yaml'), `# kjhz benchmark corpus, dossier ${i}${note ? ` (planted: ${note})` : ''}\n${stringify(dossier, { lineWidth: 0 })}`);
  const meta: DossierMeta = { index: i, ...(note ? { note } : {}), files };
  mkdirSync(META, { recursive: true });
  writeFileSync(join(META, `${dossierName(i)}.json`), JSON.stringify(meta));
  return meta;
}

// ── the pool and the corpus folders ───────────────────────────────────────────────────────────
function poolVersionOk(): boolean {
  const f = join(CACHE, 'VERSION');
  return existsSync(f) && readFileSync(f, 'utf8').trim() === GENERATOR_VERSION;
}

const have = (i: number) => existsSync(join(META, `${dossierName(i)}.json`));

/** Makes sure dossiers 0..n-1 exist in the pool (generating the missing ones on `procs` processes). */
export async function ensurePool(n: number, procs: number, log: (s: string) => void): Promise<void> {
  if (!poolVersionOk()) {
    rmSync(CACHE, { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(join(CACHE, 'VERSION'), `${GENERATOR_VERSION}\n`);
  }
  const missing = Array.from({ length: n }, (_, i) => i).filter((i) => !have(i));
  if (!missing.length) return;
  log(`generating ${missing.length} dossier(s) into ${POOL} on ${procs} process(es) (once; cached) …`);
  // the shared filler documents first, so that the processes do not race to make them
  useFastFontkit();
  for (const k of Object.keys(FILLER_PAGES) as FillerKind[]) await fillerDoc(k);
  const t0 = performance.now();
  const chunks = Array.from({ length: procs }, (_, k) => missing.filter((_, j) => j % procs === k)).filter((c) => c.length);
  let done = 0;
  await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<void>((ok, fail) => {
          const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--generate', chunk.join(',')], {
            cwd: ROOT,
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          child.stdout.setEncoding('utf8');
          child.stdout.on('data', (s: string) => {
            done += s.split('\n').filter((l) => l.startsWith('done')).length;
            if (process.stderr.isTTY) process.stderr.write(`\r  ${done}/${missing.length} dossiers, ${((done * 1000) / (performance.now() - t0)).toFixed(1)}/s   `);
          });
          child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`corpus generator exited with ${code}`))));
        }),
    ),
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  log(`generated ${missing.length} dossier(s) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export function readMeta(i: number): DossierMeta {
  return JSON.parse(readFileSync(join(META, `${dossierName(i)}.json`), 'utf8')) as DossierMeta;
}

/** bench/cache/corpus-N: the first n pool dossiers as hard links (copies where links are impossible). */
export function corpusDir(n: number): string {
  const dir = join(CACHE, `corpus-${n}`);
  const stamp = join(dir, '.complete');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const from = join(POOL, dossierName(i));
    const to = join(dir, dossierName(i));
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(from)) {
      try {
        linkSync(join(from, f), join(to, f));
      } catch {
        copyFileSync(join(from, f), join(to, f));
      }
    }
  }
  writeFileSync(stamp, '');
  return dir;
}

// ── child process entry: --generate 3,5,7 ──────────────────────────────────────────────────────
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--generate');
  const list = at > 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean).map(Number) : [];
  for (const i of list) {
    await generateDossier(i);
    process.stdout.write(`done ${i}\n`);
  }
}
