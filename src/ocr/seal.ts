// Red official seals (公章) on a page image. Pure code on pixels, no model:
//   1. the page shrunk to at most 1000 px on its longer side (by a whole factor: block means);
//   2. a red mask: red clearly above green and blue (stamp-pad red, also faint; black text is not red);
//   3. the mask closed a little (a stamp's ring is broken by specks where the paper showed through) and
//      cut into connected pieces;
//   4. each piece the size of a seal (20–60 mm across, round or oval) is tested for a ring: along most
//      directions from its centre there is red near its edge, and it is not a solid blob.
// A red letterhead, red rules and red text are long, thin or small: no ring. A grey scan has no red at
// all: `colour` false says so, and the rules then say the seals cannot be checked (never "missing").
import { factorFor, hasColour, shrinkBy, type Pixels } from './pixels.js';

export interface Seal {
  /** The seal's box in points, from the page's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Share of directions from the centre that meet the ring, 0..1. */
  ring: number;
}

export interface SealScan {
  /** False for a grey scan: no seal could show. */
  colour: boolean;
  seals: Seal[];
}

/** The longer side the page is shrunk to. */
const WORK_SIDE = 1000;
/** Official seals are 38–45 mm (round) or 40×30 mm and up (oval); special-purpose seals from ~20 mm. */
const MIN_MM = 18;
const MAX_MM = 65;
/** Directions tested from the centre, and the share that must meet red near the edge. */
const RAYS = 72;
const MIN_RING = 0.8;

const isRed = (r: number, g: number, b: number): boolean => r >= 110 && r - Math.max(g, b) >= 40 && r - Math.min(g, b) >= 55;

/** The red mask, closed by one pixel (3×3 dilation): joins a ring broken by specks. */
function redMask(img: Pixels): Uint8Array {
  const { width: w, height: h, channels: k, data } = img;
  const raw = new Uint8Array(w * h);
  for (let i = 0, j = 0; i < w * h; i++, j += k) raw[i] = isRed(data[j]!, data[j + 1]!, data[j + 2]!) ? 1 : 0;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!raw[y * w + x]) continue;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < w) out[yy * w + xx] = 1;
        }
      }
    }
  }
  return out;
}

interface Piece {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  count: number;
}

/** Connected pieces of the mask (8-neighbours), as boxes with their pixel counts. */
function pieces(mask: Uint8Array, w: number, h: number): Piece[] {
  const label = new Int32Array(w * h);
  const out: Piece[] = [];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (!mask[start] || label[start]) continue;
    const id = out.length + 1;
    const p: Piece = { x0: w, y0: h, x1: 0, y1: 0, count: 0 };
    label[start] = id;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i - x) / w;
      p.count++;
      if (x < p.x0) p.x0 = x;
      if (x > p.x1) p.x1 = x;
      if (y < p.y0) p.y0 = y;
      if (y > p.y1) p.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (mask[j] && !label[j]) {
            label[j] = id;
            stack.push(j);
          }
        }
      }
    }
    out.push(p);
  }
  return out;
}

/** Share of rays from the box's centre that meet red in the outer band (80–104 % of the radius). */
function ringScore(mask: Uint8Array, w: number, h: number, p: Piece): number {
  const cx = (p.x0 + p.x1) / 2;
  const cy = (p.y0 + p.y1) / 2;
  const rx = (p.x1 - p.x0) / 2;
  const ry = (p.y1 - p.y0) / 2;
  let hits = 0;
  for (let k = 0; k < RAYS; k++) {
    const a = (2 * Math.PI * k) / RAYS;
    const c = Math.cos(a);
    const s = Math.sin(a);
    let hit = false;
    for (let t = 0.8; t <= 1.04 && !hit; t += 0.04) {
      const x = Math.round(cx + c * rx * t);
      const y = Math.round(cy + s * ry * t);
      if (x >= 0 && y >= 0 && x < w && y < h && mask[y * w + x]) hit = true;
    }
    if (hit) hits++;
  }
  return hits / RAYS;
}

/**
 * The red seals on a page image. `pageWidth`/`pageHeight`: the page in points, to size the pieces in
 * millimetres and to give the seals' boxes in points.
 */
export function findSeals(img: Pixels, pageWidth: number, pageHeight: number): SealScan {
  const small = shrinkBy(img, factorFor(img.width, img.height, WORK_SIDE));
  if (!hasColour(small)) return { colour: false, seals: [] };
  const { width: w, height: h } = small;
  const mask = redMask(small);
  const pxPerMm = ((w / pageWidth + h / pageHeight) / 2) * (72 / 25.4);
  const ptPerPx = pageWidth / w;
  const seals: Seal[] = [];
  for (const p of pieces(mask, w, h)) {
    const bw = (p.x1 - p.x0 + 1) / pxPerMm;
    const bh = (p.y1 - p.y0 + 1) / pxPerMm;
    if (Math.min(bw, bh) < MIN_MM * 0.6 || Math.max(bw, bh) < MIN_MM || Math.max(bw, bh) > MAX_MM) continue;
    if (Math.max(bw, bh) / Math.min(bw, bh) > 1.8) continue;
    // a solid red disc or square (a logo, a filled box) is not a seal's ring with text inside
    const fill = p.count / ((p.x1 - p.x0 + 1) * (p.y1 - p.y0 + 1));
    if (fill > 0.62) continue;
    const ring = ringScore(mask, w, h, p);
    if (ring < MIN_RING) continue;
    seals.push({ x: p.x0 * ptPerPx, y: p.y0 * ptPerPx, width: (p.x1 - p.x0 + 1) * ptPerPx, height: (p.y1 - p.y0 + 1) * ptPerPx, ring: Math.round(ring * 100) / 100 });
  }
  // the star or an inner ring of a seal is not a second seal
  const inside = (a: Seal, b: Seal) => a !== b && a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
  return { colour: true, seals: seals.filter((a) => !seals.some((b) => inside(a, b))) };
}
