// npm run bench [-- --dossiers N] [--jobs J] [--repeat R] [--wait-quiet[=MIN]] [--no-build] [--generate-only]
//                [--scan-dossiers K] [--scans-only]
//
// Generates the corpus once (bench/corpus/generate.ts → bench/cache/), then measures, in one run:
//   - the baseline: bare pdf-parse text extraction of exactly the pages kjhz reads (bench/baseline.mjs),
//     with J worker threads and with 1;
//   - `kjhz check` on the corpus (JSON; JSON + --xlsx) with J workers and with 1;
//   - `kjhz check` on a small corpus, to show whether peak memory grows with the batch;
//   - single-dossier latency and `kjhz --help` / `kjhz rules` latency, process start-up included;
// prints a table and writes bench/results.json. See bench/README.md.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE, ROOT, corpusDir, dossierName, ensurePool, readMeta } from './corpus/generate.js';

// ── options ───────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const v = Number(argv[at + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a positive integer`);
  return v;
};
const DOSSIERS = opt('dossiers', 300);
const JOBS = opt('jobs', availableParallelism());
const REPEAT = opt('repeat', 1);
const SMALL = Math.max(1, Math.min(50, Math.floor(DOSSIERS / 4)));
const AS_OF = '2024-11-20T10:00:00+08:00';
const BIN = join(ROOT, 'bin/kjhz.js');
const log = (s: string) => process.stderr.write(`${s}\n`);

// ── running and measuring a process ───────────────────────────────────────────────────────────
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));

interface Run {
  ms: number;
  rssMB?: number;
  /** user + system CPU seconds of the process (GNU time only): less sensitive to other load than wall time */
  cpuS?: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** Wall time (spawn to exit) and peak RSS (GNU time's %M, or polling VmHWM when there is no time(1)). */
function run(cmd: string, args: string[], { rss = false } = {}): Promise<Run> {
  const tmp = rss && TIME ? join(mkdtempSync(join(tmpdir(), 'kjhz-bench-')), 'rss') : undefined;
  const [file, fullArgs] = tmp ? [TIME!, ['-f', '%M %U %S', '-o', tmp, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(file, fullArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let hwm = 0;
    const poll =
      rss && !TIME
        ? setInterval(() => {
            try {
              const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
              if (m) hwm = Math.max(hwm, Number(m[1]));
            } catch {
              /* gone */
            }
          }, 10)
        : undefined;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      let rssMB: number | undefined;
      let cpuS: number | undefined;
      if (tmp) {
        // the last line: GNU time prints "Command exited with non-zero status 1" before it
        const [kb, user, sys] = (readFileSync(tmp, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
        if (Number.isFinite(kb)) rssMB = kb! / 1024;
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuS = user! + sys!;
        rmSync(join(tmp, '..'), { recursive: true, force: true });
      } else if (hwm) rssMB = hwm / 1024;
      resolve({ ms, ...(rssMB !== undefined ? { rssMB } : {}), ...(cpuS !== undefined ? { cpuS } : {}), code: code ?? -1, stdout, stderr });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Runs `times` times; the run with the median wall time. */
async function repeat(times: number, f: () => Promise<Run>): Promise<Run & { all: number[] }> {
  const runs: Run[] = [];
  for (let k = 0; k < times; k++) runs.push(await f());
  const m = median(runs.map((r) => r.ms));
  return { ...runs.find((r) => r.ms === m)!, all: runs.map((r) => Math.round(r.ms)) };
}

// ── setup ─────────────────────────────────────────────────────────────────────────────────────
interface Row {
  name: string;
  what: string;
  ms: number;
  runs?: number[];
  rssMB?: number;
  cpuS?: number;
  dossiers?: number;
  pages?: number;
}

async function main(): Promise<void> {
  const load0 = loadavg();
  log(`kjhz bench: ${DOSSIERS} dossiers, ${JOBS} worker(s), ${cpus().length} CPU(s) ${cpus()[0]?.model ?? ''}, load ${load0.map((l) => l.toFixed(2)).join(' ')}`);
  if (load0[0]! > 0.5 * cpus().length) log('note: the machine is busy (1-minute load above half the cores); the figures will be noisy');
  if (!argv.includes('--no-build')) {
    log('building dist/ (npm run build; --no-build to skip) …');
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      log(`note: tsc reported errors (others' work in progress?); dist/ was still written:\n${String((e as { stdout?: Buffer }).stdout ?? '').slice(0, 800)}`);
    }
    // the rest of npm run build (package.json): the reference data as JSON
    if (existsSync(join(ROOT, 'scripts/reference-json.mjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts/reference-json.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run npm run build');

  if (argv.includes('--scans-only')) {
    // only the scan rows (issue 11), without generating the born-digital corpus
    const work = mkdtempSync(join(tmpdir(), 'kjhz-bench-'));
    const r = await scans(work, process.execPath);
    rmSync(work, { recursive: true, force: true });
    for (const row of r.rows) process.stdout.write(`${row.what.padEnd(46)}${(row.ms / 1000).toFixed(2).padStart(9)} s${(row.rssMB ?? 0).toFixed(0).padStart(8)} MB${(row.cpuS ?? NaN).toFixed(1).padStart(8)} CPU s\n`);
    process.stdout.write(`OCR CPU s per page ${r.cpuPerPage.toFixed(2)} (≤ 1.5); cached / born-digital ${r.cachedRatio.toFixed(2)} (≤ 1.2); peak RSS with OCR ${r.peakMB.toFixed(0)} MB (≤ 3072); load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
    return;
  }
  await ensurePool(DOSSIERS, Math.max(1, availableParallelism()), log);
  const dir = corpusDir(DOSSIERS);
  const small = corpusDir(SMALL);
  if (argv.includes('--generate-only')) return;

  // Exactly the pages the checker reads: its own attachment list and pagesNeeded, from dist/.
  const dist = (p: string) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
  const { loadDossierText } = await dist('load/yaml.js');
  const { declaredFiles } = await dist('rules/materials.js');
  const { pagesNeeded } = await dist('pdf/read.js');
  let pagesInFiles = 0;
  let files = 0;
  let bytes = 0;
  const tasks: { file: string; first: number }[][] = [];
  for (let i = 0; i < DOSSIERS; i++) {
    const folder = join(dir, dossierName(i));
    const loaded = loadDossierText(readFileSync(join(folder, 'dossier.yaml'), 'utf8'), 'zh');
    if (!loaded.ok) throw new Error(`${folder}: dossier.yaml does not load`);
    const pagesOf = new Map(readMeta(i).files.map((f) => [f.file, f.pages]));
    const task = (declaredFiles(loaded.dossier) as { path: string; file: string }[]).map((ref) => ({ file: join(folder, ref.file), first: pagesNeeded(ref.path) as number }));
    for (const t of task) {
      files += 1;
      bytes += statSync(t.file).size;
      pagesInFiles += pagesOf.get(t.file.slice(folder.length + 1)) ?? 0;
    }
    tasks.push(task);
  }
  const work = mkdtempSync(join(tmpdir(), 'kjhz-bench-'));
  // kept beside the corpus: the baseline's input, for profiling it by hand (bench/README.md)
  const tasksFile = join(CACHE, `tasks-${DOSSIERS}.json`);
  writeFileSync(tasksFile, JSON.stringify(tasks));
  log(`corpus: ${dir} — ${DOSSIERS} dossiers, ${files} PDFs, ${pagesInFiles} pages, ${(bytes / 1048576).toFixed(0)} MB`);

  // --wait-quiet[=MINUTES]: wait (default up to 30 minutes) for the 1-minute load to fall below a quarter
  // of the cores before measuring; then measure anyway.
  const waitArg = argv.find((a) => a.startsWith('--wait-quiet'));
  if (waitArg) {
    const until = Date.now() + (Number(waitArg.split('=')[1]) || 30) * 60_000;
    while (loadavg()[0]! > 0.25 * cpus().length && Date.now() < until) {
      log(`waiting for a quiet machine: load ${loadavg()[0]!.toFixed(2)} …`);
      await new Promise((r) => setTimeout(r, 15_000));
    }
  }
  const loadStart = loadavg();

  // ── measurements ──────────────────────────────────────────────────────────────────────────────
  // --repeat R: R rounds, each running every batch measurement once in turn (so that a change in the
  // machine's load hits all of them alike); each row reports its median run.
  const node = process.execPath;
  const xlsx = join(work, '汇总.xlsx');
  const reportFile = join(work, 'report.json');
  type Batch = { name: string; what: string; dossiers: number; withPages: boolean; cmd: string[] };
  const checkArgs = (target: string, jobs: number, extra: string[] = []) => [BIN, 'check', target, '--format', 'json', '-o', reportFile, '--as-of', AS_OF, '--jobs', String(jobs), ...extra];
  const batches: Batch[] = [
    { name: 'baseline', what: `baseline: pdf-parse getText, ${JOBS} workers`, dossiers: DOSSIERS, withPages: true, cmd: [join(ROOT, 'bench/baseline.mjs'), tasksFile, String(JOBS)] },
    { name: 'baseline-1', what: 'baseline: pdf-parse getText, 1 worker', dossiers: DOSSIERS, withPages: true, cmd: [join(ROOT, 'bench/baseline.mjs'), tasksFile, '1'] },
    { name: 'check', what: `kjhz check --format json, ${JOBS} workers`, dossiers: DOSSIERS, withPages: true, cmd: checkArgs(dir, JOBS) },
    { name: 'check-xlsx', what: `kjhz check --format json --xlsx, ${JOBS} workers`, dossiers: DOSSIERS, withPages: true, cmd: checkArgs(dir, JOBS, ['--xlsx', xlsx]) },
    { name: 'check-1', what: 'kjhz check --format json, 1 worker', dossiers: DOSSIERS, withPages: true, cmd: checkArgs(dir, 1) },
    { name: 'check-small', what: `kjhz check --format json --xlsx, ${SMALL} dossiers`, dossiers: SMALL, withPages: false, cmd: checkArgs(small, JOBS, ['--xlsx', xlsx]) },
  ];
  const runsOf = new Map<string, Run[]>(batches.map((b) => [b.name, []]));
  let pagesRead = 0;
  let statuses: Record<string, number> = {};
  let batchFindings = 0;
  for (let round = 1; round <= REPEAT; round++) {
    for (const b of batches) {
      log(`${REPEAT > 1 ? `round ${round}/${REPEAT}: ` : ''}${b.what} …`);
      const r = await run(node, b.cmd, { rss: true });
      if (b.name.startsWith('baseline')) {
        if (r.code !== 0) throw new Error(`baseline failed: ${r.stderr.slice(0, 2000)}`);
        pagesRead = (JSON.parse(r.stdout) as { pages: number }).pages;
      } else {
        if (r.code !== 0 && r.code !== 1) throw new Error(`kjhz check exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
        const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { dossiers: { status: string }[]; batch: { findings: unknown[] } };
        if (report.dossiers.length !== b.dossiers) throw new Error(`the report has ${report.dossiers.length} dossiers, not ${b.dossiers}`);
        if (b.name === 'check') {
          statuses = report.dossiers.reduce<Record<string, number>>((m, d) => ((m[d.status] = (m[d.status] ?? 0) + 1), m), {});
          batchFindings = report.batch.findings.length;
        }
      }
      runsOf.get(b.name)!.push(r);
    }
  }
  const rows: Row[] = batches.map((b) => {
    const runs = runsOf.get(b.name)!;
    const m = median(runs.map((r) => r.ms));
    const r = runs.find((x) => x.ms === m)!;
    return { name: b.name, what: b.what, ms: r.ms, runs: runs.map((x) => Math.round(x.ms)), rssMB: Math.max(...runs.map((x) => x.rssMB ?? 0)) || undefined, cpuS: r.cpuS, dossiers: b.dossiers, ...(b.withPages ? { pages: pagesRead } : {}) };
  });

  // ── scans (issue 11): OCR cost per scanned A4 page, a cached re-run against the born-digital run of the
  // same dossiers, peak memory of a two-worker batch with OCR. The scanned dossier is
  // test/fixtures/scans/regional-clean (every attachment a 150 dpi JPEG scan), its twin samples/valid-regional.
  const scanRows = await scans(work, node);
  rows.push(...scanRows.rows);

  log('latency: one dossier, --help, rules …');
  const one = join(dir, dossierName(0));
  const single = await repeat(Math.max(5, REPEAT), () => run(node, [BIN, 'check', one, '--format', 'json', '-o', join(work, 'one.json'), '--as-of', AS_OF]));
  rows.push({ name: 'single', what: 'kjhz check one dossier (incl. start-up)', ms: single.ms, runs: single.all, dossiers: 1 });
  const help = await repeat(Math.max(10, REPEAT), () => run(node, [BIN, '--help']));
  rows.push({ name: 'help', what: 'kjhz --help', ms: help.ms, runs: help.all });
  const rules = await repeat(Math.max(5, REPEAT), () => run(node, [BIN, 'rules']));
  rows.push({ name: 'rules', what: 'kjhz rules', ms: rules.ms, runs: rules.all });
  const nodeStart = await repeat(10, () => run(node, ['-e', '0']));
  rows.push({ name: 'node', what: 'node -e 0 (start-up floor)', ms: nodeStart.ms, runs: nodeStart.all });
  const load1 = loadavg();
  rmSync(work, { recursive: true, force: true });

  // ── results ───────────────────────────────────────────────────────────────────────────────────
  const get = (n: string) => rows.find((r) => r.name === n)!;
  const ratio = get('check').ms / get('baseline').ms;
  const ratioXlsx = get('check-xlsx').ms / get('baseline').ms;
  const speedup = get('check-1').ms / get('check').ms;
  const baselineSpeedup = get('baseline-1').ms / get('baseline').ms;
  const peak = Math.max(get('check').rssMB ?? 0, get('check-xlsx').rssMB ?? 0);
  const growth = (get('check-xlsx').rssMB ?? 0) - (get('check-small').rssMB ?? 0);
  const ocrCpuPerPage = scanRows.cpuPerPage;
  const cachedRatio = scanRows.cachedRatio;
  const ocrPeak = scanRows.peakMB;
  const targets = [
    { name: 'OCR CPU s per scanned A4 page', value: ocrCpuPerPage, limit: '≤ 1.5 s', ok: ocrCpuPerPage <= 1.5, text: `${ocrCpuPerPage.toFixed(2)} s` },
    { name: 'scans cached / born-digital', value: cachedRatio, limit: '≤ 1.2', ok: cachedRatio <= 1.2, text: cachedRatio.toFixed(2) },
    { name: 'peak RSS, 2 workers with OCR', value: ocrPeak, limit: '≤ 3072 MB', ok: ocrPeak <= 3072, text: `${ocrPeak.toFixed(0)} MB` },
    { name: 'checker / baseline', value: ratio, limit: '≤ 1.15', ok: ratio <= 1.15, text: ratio.toFixed(2) },
    { name: `speed-up 1 → ${JOBS} workers`, value: speedup, limit: '≥ 1.7', ok: speedup >= 1.7, text: `${speedup.toFixed(2)}×` },
    { name: `peak RSS at ${DOSSIERS} dossiers`, value: peak, limit: '≤ 400 MB (at 2,000)', ok: peak <= 400, text: `${peak.toFixed(0)} MB` },
    { name: `RSS growth ${SMALL} → ${DOSSIERS} dossiers`, value: growth, limit: 'flat', ok: growth <= 0.25 * (get('check-small').rssMB ?? 0), text: `${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB` },
    { name: 'single dossier, wall', value: get('single').ms, limit: '≤ 1000 ms', ok: get('single').ms <= 1000, text: `${get('single').ms.toFixed(0)} ms` },
    { name: 'kjhz --help', value: get('help').ms, limit: '≤ 150 ms', ok: get('help').ms <= 150, text: `${get('help').ms.toFixed(0)} ms` },
  ];

  const fmt = (x: number | undefined, d = 0) => (x === undefined ? '' : x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
  const lines: string[] = [];
  lines.push(`kjhz bench — ${DOSSIERS} dossiers, ${files} PDFs, ${fmt(pagesInFiles)} pages (${fmt(pagesRead)} read), ${JOBS} workers; node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? '?'}; load ${loadStart[0]!.toFixed(2)} → ${load1[0]!.toFixed(2)}`);
  lines.push('');
  lines.push(`${'measurement'.padEnd(46)}${'wall s'.padStart(9)}${'dossiers/s'.padStart(12)}${'pages/s'.padStart(10)}${'peak RSS MB'.padStart(13)}${'CPU s'.padStart(8)}`);
  for (const r of rows) {
    const s = r.ms / 1000;
    lines.push(
      `${r.what.padEnd(46)}${(r.ms < 2000 ? `${fmt(r.ms)} ms` : fmt(s, 2)).padStart(9)}${(r.dossiers && r.dossiers > 1 ? fmt(r.dossiers / s, 1) : '').padStart(12)}${(r.pages ? fmt(r.pages / s) : '').padStart(10)}${fmt(r.rssMB).padStart(13)}${fmt(r.cpuS, 1).padStart(8)}`,
    );
  }
  lines.push('');
  lines.push(`${'target'.padEnd(34)}${'measured'.padStart(12)}   ${'wanted'.padEnd(22)}`);
  for (const t of targets) lines.push(`${t.name.padEnd(34)}${t.text.padStart(12)}   ${t.limit.padEnd(22)}${t.ok ? 'met' : 'MISSED'}`);
  lines.push('');
  const cpuRatio = (get('check').cpuS ?? NaN) / (get('baseline').cpuS ?? NaN);
  lines.push(`also: checker+xlsx / baseline ${ratioXlsx.toFixed(2)}; CPU time checker / baseline ${cpuRatio.toFixed(2)}; baseline speed-up 1 → ${JOBS} workers ${baselineSpeedup.toFixed(2)}×; report: ${Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(', ')}, ${batchFindings} batch finding(s)`);
  process.stdout.write(`${lines.join('\n')}\n`);

  const results = {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      } catch {
        return undefined;
      }
    })(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memMB: Math.round(totalmem() / 1048576), node: process.version, load: { before: loadStart, after: load1 } },
    corpus: { dossiers: DOSSIERS, small: SMALL, files, pages: pagesInFiles, pagesRead, bytes, cache: CACHE },
    jobs: JOBS,
    repeat: REPEAT,
    rows: rows.map((r) => ({ ...r, ms: Math.round(r.ms), ...(r.rssMB !== undefined ? { rssMB: Math.round(r.rssMB) } : {}) })),
    ratio,
    cpuRatio,
    ratioXlsx,
    speedup,
    baselineSpeedup,
    report: { statuses, batchFindings },
    targets: targets.map(({ name, value, limit, ok }) => ({ name, value: Math.round(value * 100) / 100, limit, ok })),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('written: bench/results.json');
}

/** The scan rows: --scan-dossiers copies (default 4) of the clean scanned dossier and of its born-digital twin. */
async function scans(work: string, node: string): Promise<{ rows: Row[]; cpuPerPage: number; cachedRatio: number; peakMB: number }> {
  const { cpSync, mkdirSync, readdirSync } = await import('node:fs');
  const copies = opt('scan-dossiers', 4);
  const make = (from: string, name: string): string => {
    const dir = join(work, name);
    for (let i = 0; i < copies; i++) {
      mkdirSync(join(dir, `d-${i}`), { recursive: true });
      cpSync(join(ROOT, from), join(dir, `d-${i}`), { recursive: true });
    }
    return dir;
  };
  const source = join(ROOT, 'test/fixtures/scans/regional-clean');
  const scanned = make('test/fixtures/scans/regional-clean', 'scans');
  const twin = make('samples/valid-regional', 'twins');
  // the pages OCR reads: every page of every scanned PDF (all within pagesNeeded)
  let pages = 0;
  for (const f of readdirSync(source).filter((f) => f.endsWith('.pdf'))) pages += (readFileSync(join(source, f), 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  pages *= copies;
  const cache = join(work, 'ocr-cache');
  const args = (dir: string, extra: string[]) => [BIN, 'check', dir, '--format', 'json', '-o', join(work, 'scan.json'), '--as-of', AS_OF, '--jobs', '2', ...extra];
  log(`scans: ${copies} scanned dossiers (${pages} pages), OCR into an empty cache, 2 workers …`);
  // (an empty cache: every page recognised, as with --no-cache, and the cache filled for the re-runs
  // without a second OCR pass over the batch)
  const cold = await run(node, args(scanned, ['--cache-dir', cache]), { rss: true });
  if (cold.code !== 0 && cold.code !== 1) throw new Error(`kjhz check (scans) exited ${cold.code}: ${cold.stderr.slice(0, 2000)}`);
  log('scans: the cached re-run and the born-digital twins …');
  const warm = await repeat(3, () => run(node, args(scanned, ['--cache-dir', cache]), { rss: true }));
  const born = await repeat(3, () => run(node, args(twin, ['--no-ocr']), { rss: true }));
  // what OCR adds: the scanned run's CPU less the born-digital run's (start-up, YAML, rules, text layer)
  const cpuPerPage = ((cold.cpuS ?? NaN) - (born.cpuS ?? 0)) / pages;
  const rows: Row[] = [
    { name: 'scan-ocr', what: `scans: OCR, no cache, 2 workers (${pages} pages)`, ms: cold.ms, ...(cold.rssMB !== undefined ? { rssMB: cold.rssMB } : {}), ...(cold.cpuS !== undefined ? { cpuS: cold.cpuS } : {}), dossiers: copies, pages },
    { name: 'scan-cached', what: 'scans: cached re-run, 2 workers', ms: warm.ms, runs: warm.all, ...(warm.rssMB !== undefined ? { rssMB: warm.rssMB } : {}), ...(warm.cpuS !== undefined ? { cpuS: warm.cpuS } : {}), dossiers: copies },
    { name: 'scan-twin', what: 'born-digital twins, 2 workers', ms: born.ms, runs: born.all, ...(born.rssMB !== undefined ? { rssMB: born.rssMB } : {}), ...(born.cpuS !== undefined ? { cpuS: born.cpuS } : {}), dossiers: copies },
  ];
  return { rows, cpuPerPage, cachedRatio: warm.ms / born.ms, peakMB: cold.rssMB ?? NaN };
}

await main();
