import { readFileSync } from 'node:fs';
const t0 = performance.now();
const { PDFParse } = await import('pdf-parse');
console.log('import', performance.now() - t0);
for (const f of ['valid', 'valid', 'scan', 'valid']) {
  const t1 = performance.now();
  const p = new PDFParse({ data: new Uint8Array(readFileSync('/tmp/exp/' + f + '.pdf')) });
  const t = await p.getText();
  await p.destroy();
  console.log(f, performance.now() - t1);
}
