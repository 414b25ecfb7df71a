// Pixel work on page images before OCR and the seal check. Pure: arrays in, arrays out, no library.

/** Pixels, row by row, `channels` bytes each (1 grey, 3 RGB, 4 RGBA). */
export interface Pixels {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
}

/** One channel of the image (0 = red; the only channel of a grey image). */
export function channel(img: Pixels, c: number): Uint8Array {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const k = img.channels;
  const at = Math.min(c, k - 1);
  for (let i = 0, j = at; i < n; i++, j += k) out[i] = img.data[j]!;
  return out;
}

/** Shrinks by a whole factor: each output pixel is the mean of a factor × factor block (edges: what there is). */
export function shrinkBy(img: Pixels, factor: number): Pixels {
  const f = Math.max(1, Math.floor(factor));
  if (f === 1) return img;
  const { width: w, height: h, channels: k, data } = img;
  const width = Math.ceil(w / f);
  const height = Math.ceil(h / f);
  const sums = new Uint32Array(width * k);
  const counts = new Uint32Array(width);
  const out = new Uint8Array(width * height * k);
  for (let by = 0; by < height; by++) {
    sums.fill(0);
    counts.fill(0);
    const y1 = Math.min(h, (by + 1) * f);
    for (let y = by * f; y < y1; y++) {
      let j = y * w * k;
      for (let x = 0; x < w; x++) {
        const bx = (x / f) | 0;
        counts[bx]!++;
        for (let c = 0; c < k; c++) sums[bx * k + c] = sums[bx * k + c]! + data[j++]!;
      }
    }
    const row = by * width * k;
    for (let bx = 0; bx < width; bx++) {
      const n = counts[bx]!;
      for (let c = 0; c < k; c++) out[row + bx * k + c] = Math.round(sums[bx * k + c]! / n);
    }
  }
  return { width, height, channels: k, data: out };
}

/** The whole factor that brings the longer side to at most `longSide` (1: the image is small enough). */
export const factorFor = (width: number, height: number, longSide: number): number => Math.max(1, Math.ceil(Math.max(width, height) / longSide));

/**
 * True when the image carries colour. A grey scan (or a 1-channel image) cannot show a red seal: its three
 * channels are equal but for JPEG's rounding, while a colour scan of even a black-and-white page has
 * tinted paper and per-channel sensor noise (mean spread between channels of several levels). A page drawn
 * from an Office export has neither: white paper, black text, and its colour only in a pasted e-seal — so a
 * few strongly coloured pixels (no grey image has one) are colour too.
 */
export function hasColour(img: Pixels): boolean {
  if (img.channels < 3) return false;
  const n = img.width * img.height;
  let spread = 0;
  let vivid = 0;
  for (let i = 0, j = 0; i < n; i++, j += img.channels) {
    const r = img.data[j]!;
    const g = img.data[j + 1]!;
    const b = img.data[j + 2]!;
    const d = (r > g ? (r > b ? r : b) : g > b ? g : b) - (r < g ? (r < b ? r : b) : g < b ? g : b);
    spread += d;
    if (d >= VIVID_SPREAD) vivid++;
  }
  return spread / n >= GREY_SPREAD || vivid >= n * VIVID_SHARE;
}

/** Mean spread between channels below which an image is grey (measured: grey JPEG scans 0.3–1.5, colour
 * scans of plain pages 4–12). */
const GREY_SPREAD = 2.5;
/** A pixel this far from grey is ink of a colour (seal red: 150+; grey JPEG rounding: under 10), and the
 * share of such pixels that makes a page colour (a 42 mm seal ring on A4: about 1 %). */
const VIVID_SPREAD = 64;
const VIVID_SHARE = 0.001;

/**
 * The page as the recogniser should see it: one channel where black ink is dark and red ink is paper.
 * The red channel alone does most of it (a red seal passes red light), but not all: a stamp pad's red is
 * not pure (a fresh seal is ~210 in red on ~245 paper, an old pad's dark red ~145), and JPEG's halved
 * colour resolution darkens the red channel along every seal stroke. What is left is a grey ghost of the
 * ring and of the seal's own words (专用章, the unit's name), which the detector takes for text and joins
 * to the line under it: that line's box then fails the detector's score and the line is lost (the 查新
 * cover's "查新完成日期" under the agency's seal). So each pixel is lifted by how much redder it is than
 * its green and blue, and nothing is left brighter than the paper (the median of the page's pixels that
 * are not red): lifted past it, or with JPEG's bright ringing around red strokes left standing, red ink
 * would show as white letters on grey paper, which the recogniser reads too. Seal ink becomes paper, while
 * black ink under the seal (dark in every channel) and grey or blue ink stay as they were. Sensor noise
 * (a few levels between channels) is not taken for red.
 */
export function inkChannel(img: Pixels): Pixels {
  const { width, height } = img;
  if (img.channels < 3) return { width, height, channels: 1, data: channel(img, 0) };
  const n = width * height;
  const out = new Uint8Array(n);
  const k = img.channels;
  const d = img.data;
  // the red channel, how much redder each pixel is than noise makes it (0: not red), and the paper's level
  const redder = new Uint8Array(n);
  const levels = new Uint32Array(256);
  let plain = 0;
  for (let i = 0, j = 0; i < n; i++, j += k) {
    const r = d[j]!;
    const g = d[j + 1]!;
    const b = d[j + 2]!;
    const e = r - (g > b ? g : b) - RED_NOISE;
    out[i] = r;
    if (e > 0) redder[i] = e;
    else {
      levels[r]!++;
      plain++;
    }
  }
  let paper = 255;
  for (let v = 0, seen = 0; v < 256; v++) {
    seen += levels[v]!;
    if (seen * 2 >= plain) {
      paper = v;
      break;
    }
  }
  for (let i = 0; i < n; i++) {
    const v = out[i]! + RED_LIFT * redder[i]!;
    out[i] = v > paper ? paper : v;
  }
  return { width, height, channels: 1, data: out };
}

/** How far red may exceed green and blue by noise alone (colour scans: noise σ ≈ 7 per channel). */
const RED_NOISE = 16;
/** Lift per level of red excess: takes fresh and dark red (145, 25, 35) seal ink to the paper and a
 * JPEG-smeared stroke edge most of the way. (Dividing by the seal's transmittance instead, which keeps text
 * under the seal darker in theory, left more of the seal's ghost for the detector on the 查新 cover.) */
const RED_LIFT = 2;
