// Where a worker thread's code is: `name`.js next to the module that starts it when running compiled
// (dist/), `name`.ts loaded through tsx (a dev dependency) when running from sources (vitest).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface WorkerEntry {
  entry: URL | string;
  /** The entry is code to evaluate (tsx), not a file. */
  eval: boolean;
}

/** The URL of tsx's ESM API (its package.json export map, "import" condition). */
function tsxEsmApi(from: string): string {
  const pkgFile = createRequire(from).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: Record<string, unknown> };
  const entry = pkg.exports?.['./esm/api'] as { import?: { default?: string } | string } | undefined;
  const target = typeof entry?.import === 'string' ? entry.import : entry?.import?.default;
  if (!target) throw new Error('tsx/esm/api not found');
  return pathToFileURL(path.join(path.dirname(pkgFile), target)).href;
}

/** The entry of worker module `name` beside the module at `here` (its import.meta.url). Throws when there is none. */
export function workerEntry(here: string, name: string): WorkerEntry {
  if (!here.endsWith('.ts')) return { entry: new URL(`./${name}.js`, here), eval: false };
  const entry = new URL(`./${name}.ts`, here).href;
  return { entry: `import(${JSON.stringify(tsxEsmApi(here))}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, eval: true };
}
