import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { makeZeroPagePdf, makePdf, encryptPdf, truncatePdf, notAPdf } from './pdfmake.js';
const require = createRequire(import.meta.url);
const cmaps = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
async function probe(name: string, bytes: Uint8Array, withCmap = true) {
  writeFileSync('/tmp/exp/' + name + '.pdf', bytes);
  const p = new PDFParse({ data: new Uint8Array(bytes), ...(withCmap ? { cMapUrl: cmaps, cMapPacked: true } : {}) });
  const t0 = performance.now();
  try {
    const info = await p.getInfo({ parsePageInfo: true, first: 3 });
    const t = await p.getText({ first: 3 });
    console.log(name, bytes.length, 'pages', info.total, info.pages.map((x) => [x.width, x.height]), 'perm', info.permission, 'enc', info.info?.EncryptFilterName, JSON.stringify(t.pages.map((x) => x.text)).slice(0, 200), (performance.now() - t0).toFixed(1) + 'ms');
  } catch (e) {
    const err = e as Error;
    console.log(name, 'ERR', err.name, err.constructor.name, err.message);
  } finally { await p.destroy(); }
}
const base = await makePdf({ pages: [{ lines: ['科技查新报告', '查新完成日期：2024年6月18日', 'English text here.'] }] });
await probe('valid', base);
await probe('scan', await makePdf({ pages: [{ scanned: true }] }));
await probe('stsong', await makePdf({ font: 'stsong', pages: [{ lines: ['科技查新报告', '查新完成日期：2024年6月18日 ABC'] }] }));
await probe('stsong-nocmap', await makePdf({ font: 'stsong', pages: [{ lines: ['科技查新报告'] }] }), false);
await probe('empty-pages', makeZeroPagePdf());
await probe('user', encryptPdf(base, { user: 'u123', owner: 'o456' }));
await probe('owner', encryptPdf(base, { owner: 'o456' }));
await probe('trunc', truncatePdf(base));
await probe('trunc90', truncatePdf(base, 0.9));
await probe('zero', new Uint8Array());
await probe('text', notAPdf('这不是PDF文件\n'));
await probe('letter', await makePdf({ size: 'Letter', pages: [{ lines: ['Letter'] }] }));
