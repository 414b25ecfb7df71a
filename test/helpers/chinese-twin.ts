// The Chinese-valued twin of a dossier.yaml: every enumerated value written as its Chinese label
// (regional → 区域合作项目), every boolean as 是/否, every country as its Chinese name, every language as
// 中文/英文 — replaced in the text at each value's own place, so layout, comments and lines stay the same.
import { parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { dossierSchema } from '../../src/model/dossier.js';
import { labelOf, vocabularyOfCodes } from '../../src/model/vocabulary.js';
import { countryNameOf } from '../../src/model/countries.js';
import { walkScalars } from '../../src/load/schemaWalk.js';

interface Edit {
  start: number;
  end: number;
  text: string;
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

export function chineseTwin(source: string): { text: string; replaced: number } {
  const doc = parseDocument(source);
  const edits: Edit[] = [];
  walkScalars(doc.contents as Node | null, dossierSchema, (node, s, key) => {
    const text = node.range ? chinese(node.value, s, key) : undefined;
    // quoted: the label may hold “” (“一带一路”科技合作项目) or a colon
    if (text !== undefined && node.range) edits.push({ start: node.range[0], end: node.range[1], text: /[“”:#]/u.test(text) ? JSON.stringify(text) : text });
  });
  let text = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, replaced: edits.length };
}
