// Runs the built CLI (node bin/kjhz.js → dist/) as a user would. If dist/ is missing or older than
// src/, it is rebuilt first (once, under a lock, so test files running in parallel do not race).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'kjhz.js');
const MAIN = path.join(ROOT, 'dist', 'cli', 'main.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return t;
}

const stale = () => !existsSync(MAIN) || statSync(MAIN).mtimeMs < newest(path.join(ROOT, 'src'));

export function ensureBuilt(): void {
  if (!stale()) return;
  const lock = path.join(ROOT, 'dist', '.test-build-lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const until = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > until) throw new Error('dist/.test-build-lock held for 3 minutes; remove it and run npm run build');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (stale()) {
      try {
        execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
      } catch {
        // tsc still emits when another module has a type error; the tests judge the result.
      }
    }
  } finally {
    rmdirSync(lock);
  }
  if (!existsSync(MAIN)) throw new Error('npm run build did not produce dist/cli/main.js');
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/kjhz.js ARGS` without blocking the test worker (vitest talks to it meanwhile). */
export function kjhz(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const AS_OF = '2024-11-20T10:00:00+08:00';
