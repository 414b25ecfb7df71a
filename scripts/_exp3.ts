import { readFileSync, readdirSync } from 'node:fs';
import { inspectPdf } from '../src/pdf/inspect.js';
for (const f of readdirSync('/tmp/exp').filter((f) => f.endsWith('.pdf'))) {
  const r = await inspectPdf(readFileSync('/tmp/exp/' + f), { firstPages: 3, timeoutMs: 5000, maxPages: 100 });
  console.log(f, JSON.stringify(r));
}
