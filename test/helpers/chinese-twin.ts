// The Chinese-valued twin of a dossier.yaml: every enumerated value written as its Chinese label
// (regional → 区域合作项目), every boolean as 是/否, every country as its Chinese name, every language as
// 中文/英文 — replaced in the text at each value's own place, so layout, comments and lines stay the same.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { dossierSchema } from '../../src/model/dossier.js';
import { labelOf, vocabularyOfCodes } from '../../src/model/vocabulary.js';
import { countryNameOf } from '../../src/model/countries.js';

interface Edit {
  start: number;
  end: number;
  text: string;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  while (cur && (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault)) cur = (cur as unknown as { unwrap(): z.ZodType }).unwrap();
  return cur;
}

function chinese(value: unknown, schema: z.ZodType, key: string | undefined): string | undefined {
  if (schema instanceof z.ZodEnum && typeof value === 'string') {
    const vocabulary = vocabularyOfCodes(schema.options as string[]);
    return vocabulary ? labelOf(vocabulary, value, 'zh') : undefined;
  }
  if (schema instanceof z.ZodBoolean && typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'country' && typeof value === 'string') return countryNameOf(value)?.zh;
  if (key === 'languages' && typeof value === 'string') return { zh: '中文', en: '英文' }[value];
  return undefined;
}

function walk(node: Node | null | undefined, schema: z.ZodType | undefined, key: string | undefined, edits: Edit[]): void {
  const s = unwrap(schema);
  if (!node || !s) return;
  if (isMap(node) && s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k !== undefined && k in shape) walk(pair.value as Node | null, shape[k], k, edits);
    }
  } else if (isSeq(node) && s instanceof z.ZodArray) {
    for (const item of node.items) walk(item as Node, s.element as z.ZodType, key, edits);
  } else if (isScalar(node) && node.range) {
    const text = chinese(node.value, s, key);
    // quoted: the label may hold “” (“一带一路”科技合作项目) or a colon
    if (text !== undefined) edits.push({ start: node.range[0], end: node.range[1], text: /[“”:#]/u.test(text) ? JSON.stringify(text) : text });
  }
}

export function chineseTwin(source: string): { text: string; replaced: number } {
  const doc = parseDocument(source);
  const edits: Edit[] = [];
  walk(doc.contents as Node | null, dossierSchema, undefined, edits);
  let text = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, replaced: edits.length };
}
