// A child of pdf-fuzz.ts: reads mutants FROM..TO of a campaign with kjhz's PDF reader and reports
// each one before (start) and after (done), so that the parent knows which mutant a crash or hang was.
// argv: SEED FROM TO INSPECT-OPTIONS-JSON
import { inspectPdfIsolated } from '../../src/pdf/isolated.js';
import type { InspectOptions } from '../../src/pdf/inspect.js';
import { loadSeeds, mutant } from './pdf-mutate.js';
import { checkFacts, type MutantResult } from './pdf-fuzz.js';

const [seedArg, fromArg, toArg, optsArg] = process.argv.slice(2);
const seed = Number(seedArg);
const from = Number(fromArg);
const to = Number(toArg);
const opts = JSON.parse(optsArg!) as InspectOptions;
// an orphan (its campaign killed, a test timed out) stops instead of fuzzing on
process.on('disconnect', () => process.exit(0));
const send = (m: unknown) => new Promise<void>((resolve) => process.send!(m, () => resolve()));
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seeds = await loadSeeds();
// start the reader thread (and, from sources, compile it) before the clock of the first mutant runs
await inspectPdfIsolated(seeds.find((s) => s.name.endsWith('valid-zh.pdf'))?.bytes ?? seeds[0]!.bytes, opts);
await send({ type: 'ready' });
for (let i = from; i < to; i++) {
  const m = mutant(seeds, seed, i);
  await send({ type: 'start', index: i, seed: m.seed, kinds: m.kinds });
  const t0 = performance.now();
  let result: MutantResult;
  try {
    const facts = await inspectPdfIsolated(m.bytes, opts);
    result = { index: i, seed: m.seed, kinds: m.kinds, outcome: facts.problem ?? 'ok', ms: performance.now() - t0, invalid: checkFacts(facts, opts), ...(facts.problem ? { detail: facts.problemDetail } : {}) };
  } catch (err) {
    // inspectPdfIsolated promises never to throw: this is a crash
    result = { index: i, seed: m.seed, kinds: m.kinds, outcome: 'crash', ms: performance.now() - t0, invalid: [], detail: String((err as Error)?.stack ?? err) };
  }
  await send({ type: 'done', result, rssMb: rssMb() });
}
await send({ type: 'end', rssMb: rssMb() });
process.disconnect();
