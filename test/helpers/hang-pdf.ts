// A PDF that keeps pdf.js busy in one step for over a minute without asking for much memory: one page
// whose content stream (100 KB on disk) inflates to 40 MB of text operators. What a read that never
// yields looks like, for the tests of the stoppable readers (src/pdf/isolated.ts, src/check/pool.ts).
// (The fuzzer's encrypt-key-length-hang.pdf did this by hashing huge buffers; the read's memory cap now
// stops it at once: test/fuzz-pdf.test.ts.)
import { deflateSync } from 'node:zlib';

export function contentParseHang(): Buffer {
  const op = 'BT /F1 1 Tf (x) Tj ET\n';
  const body = deflateSync(Buffer.from(op.repeat(Math.floor((40 * 1024 * 1024) / op.length))), { level: 9 });
  const objects: (string | null)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const add = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    if (o) add(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
    else {
      add(Buffer.from(`${i + 1} 0 obj\n<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'));
      add(body);
      add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  add(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
