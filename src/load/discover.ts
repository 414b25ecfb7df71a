// Finding the applications a command names: a dossier.yaml, a folder holding one, or a folder of such
// folders. Every folder that looks like an application — it holds a dossier file, PDFs, or a file named
// like a dossier (Dossier.yaml, dossier.yaml.txt) — becomes one entry, so a batch never loses one
// silently; every other folder under a batch root is listed once as skipped, with why.
import { lstat, readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { SkipReason } from '../core/report.js';

export const DOSSIER_FILE = 'dossier.yaml';
/** The names a dossier file may have: YAML's two extensions (users type either). */
export const DOSSIER_FILES = [DOSSIER_FILE, 'dossier.yml'] as const;
export const MAX_DEPTH = 12;

export class PathError extends Error {
  constructor(
    readonly kind: 'not-found' | 'no-dossier',
    readonly target: string,
  ) {
    super(`${kind}: ${target}`);
  }
}

/** A folder that looks like an application but has no dossier file kjhz reads (absolute paths). */
export interface FolderProblem {
  folder: string;
  /** misspelt: files named like a dossier (Dossier.yaml, dossier.yaml.txt); no-dossier: PDFs only. */
  kind: 'misspelt' | 'no-dossier';
  /** The dossier-like files found (misspelt). */
  found: string[];
  pdfs: number;
}

export type DiscoveredEntry =
  | { kind: 'dossier'; file: string; /** the other accepted name, also present and not checked */ alsoFound?: string }
  | { kind: 'problem'; problem: FolderProblem };

export interface SkippedEntry {
  folder: string;
  reason: SkipReason;
  /** What was in it (no-application), the PDFs (container-pdfs), or the error (cannot-read). */
  files?: string[];
  folders?: number;
  pdfs?: number;
  detail?: string;
}

export interface Discovery {
  /** In a stable order (by path), each application folder once. */
  entries: DiscoveredEntry[];
  skipped: SkippedEntry[];
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const isPdf = (name: string) => /\.pdf$/i.test(name);
/** Named like a dossier but not one of DOSSIER_FILES: Dossier.yaml, dossier.yaml.txt, dossier(1).yaml … */
const looksLikeDossier = (name: string) => /^dossier/i.test(name.trim()) && !(DOSSIER_FILES as readonly string[]).includes(name);

interface Visit {
  entries: DiscoveredEntry[];
  skipped: SkippedEntry[];
}

async function visit(dir: string, depth: number, insideApplication: boolean): Promise<Visit> {
  let all: Dirent[];
  try {
    all = (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (err) {
    return { entries: [], skipped: insideApplication ? [] : [{ folder: dir, reason: 'cannot-read', detail: (err as NodeJS.ErrnoException).code ?? String(err) }] };
  }
  // A dossier.yaml that is a symlink, a FIFO or a device is still a dossier the bureau handed in: it is
  // listed (checkDossier refuses what is not a regular file, unread, as one unreadable row).
  const files = all.filter((e) => !e.isDirectory());
  const own = DOSSIER_FILES.map((n) => files.find((e) => e.name === n)).filter((e): e is Dirent => e !== undefined);
  const pdfs = files.filter((e) => isPdf(e.name)).length;
  const misspelt = files.filter((e) => looksLikeDossier(e.name)).map((e) => e.name);
  const application = own.length > 0 || pdfs > 0 || misspelt.length > 0;

  const entries: DiscoveredEntry[] = [];
  const skipped: SkippedEntry[] = [];
  if (own.length) entries.push({ kind: 'dossier', file: path.join(dir, own[0]!.name), ...(own[1] ? { alsoFound: own[1].name } : {}) });

  // Folders below a dossier are its own (attachments in 附件/): searched for nested dossiers only.
  const inside = insideApplication || own.length > 0 || misspelt.length > 0;
  const children: Visit[] = [];
  for (const e of all) {
    const full = path.join(dir, e.name);
    if (e.isSymbolicLink()) {
      // Symlinked folders are not followed: a batch folder must not loop or escape.
      if (!inside && (await stat(full).catch(() => undefined))?.isDirectory()) skipped.push({ folder: full, reason: 'symlink' });
      continue;
    }
    if (!e.isDirectory()) continue;
    if (e.name.startsWith('.') || e.name === 'node_modules') {
      if (!inside) skipped.push({ folder: full, reason: e.name.startsWith('.') ? 'hidden' : 'ignored' });
      continue;
    }
    if (depth + 1 > MAX_DEPTH) {
      if (!inside) skipped.push({ folder: full, reason: 'too-deep' });
      continue;
    }
    children.push(await visit(full, depth + 1, inside));
  }
  const below = children.flatMap((c) => c.entries);
  const dossiersBelow = below.filter((e) => e.kind === 'dossier');

  if (!own.length && !insideApplication && application) {
    // An application without a dossier file kjhz reads: one entry, whatever its subfolders hold (PDFs in
    // 附件/ are its own) — unless real dossiers lie below and this folder only has PDFs beside them (a city
    // folder holding its notice, say): a container, listed as skipped with its PDFs counted.
    if (misspelt.length || dossiersBelow.length === 0) return { entries: [{ kind: 'problem', problem: { folder: dir, kind: misspelt.length ? 'misspelt' : 'no-dossier', found: misspelt, pdfs } }, ...dossiersBelow], skipped: [] };
    skipped.push({ folder: dir, reason: 'container-pdfs', pdfs });
  }
  entries.push(...below);
  if (!insideApplication && entries.length === 0) {
    // Nothing below holds an application: this folder is listed once, not each folder inside it.
    const reason: SkipReason = all.length === 0 ? 'empty' : 'no-application';
    return { entries, skipped: [{ folder: dir, reason, ...(reason === 'no-application' ? { files: files.map((e) => e.name), folders: all.length - files.length } : {}) }] };
  }
  return { entries, skipped: [...skipped, ...children.flatMap((c) => c.skipped)] };
}

/** Every application the paths name, each once, in a stable order, and the folders that hold none. */
export async function discover(paths: readonly string[]): Promise<Discovery> {
  const entries: DiscoveredEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new PathError('not-found', p);
    if (!info.isDirectory()) {
      // a file named on the command line: checkDossier judges it (a FIFO or device is refused unread)
      entries.push({ kind: 'dossier', file: path.resolve(p) });
      continue;
    }
    const root = path.resolve(p);
    const direct = [];
    for (const name of DOSSIER_FILES) {
      const found = await lstat(path.join(root, name)).catch(() => undefined);
      if (found && !found.isDirectory()) direct.push(name);
    }
    if (direct.length) {
      entries.push({ kind: 'dossier', file: path.join(root, direct[0]!), ...(direct[1] ? { alsoFound: direct[1] } : {}) });
      continue;
    }
    const found = await visit(root, 0, false);
    if (found.entries.length === 0) throw new PathError('no-dossier', p);
    entries.push(...found.entries);
    skipped.push(...found.skipped);
  }
  const seen = new Set<string>();
  const key = (e: DiscoveredEntry) => (e.kind === 'dossier' ? e.file : e.problem.folder);
  return {
    entries: entries.filter((e) => !seen.has(key(e)) && seen.add(key(e))),
    skipped: skipped.filter((s) => !seen.has(`skip:${s.folder}`) && seen.add(`skip:${s.folder}`)).sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)),
  };
}

/** The dossier files only (tests and benchmarks that build their own batches). */
export async function discoverDossiers(paths: readonly string[]): Promise<string[]> {
  return (await discover(paths)).entries.flatMap((e) => (e.kind === 'dossier' ? [e.file] : []));
}
