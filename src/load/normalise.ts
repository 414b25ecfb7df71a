// Values as people type them, turned into the one form the rules see, in the YAML document itself so that
// every value keeps its line and column: 区域合作项目 → regional, 是 → true, 德国 → DE, 中文 → zh, and
// full-width digits and letters (typed with a Chinese input method) in codes, amounts and dates folded to
// ASCII. Only what cannot mean anything else: "40万元" or 2024年6月18日 stay as written and are schema
// errors with their fix (kjhz check --fix rewrites those in the file).
import type { Document, Node } from 'yaml';
import { z } from 'zod';
import { booleanOf, codeOf, languageOf, vocabularyOfCodes } from '../model/vocabulary.js';
import { countryCodeOf } from '../model/countries.js';
import { walkScalars } from './schemaWalk.js';
import { toHalfWidth } from '../core/typed.js';

/** Fields whose text is a code: folded to ASCII (全角 ９１１４… → 9114…). */
const CODE_FIELDS = new Set(['creditCode', 'idNumber']);

const ascii = toHalfWidth;

const isDate = (s: z.ZodType) => z.globalRegistry.get(s)?.format === 'date';

/** The value a scalar at this place of the schema stands for; undefined to leave it as it is. */
function normalScalar(value: unknown, schema: z.ZodType, key: string | undefined): unknown {
  if (typeof value !== 'string') return undefined;
  if (schema instanceof z.ZodEnum) {
    const vocabulary = vocabularyOfCodes(schema.options as string[]);
    const code = vocabulary ? codeOf(vocabulary, value) : undefined;
    if (code !== undefined && code !== value) return code;
    const folded = ascii(value);
    return (schema.options as string[]).includes(folded) && folded !== value ? folded : undefined;
  }
  if (schema instanceof z.ZodBoolean) return booleanOf(value);
  if (schema instanceof z.ZodNumber || (schema instanceof z.ZodLiteral && typeof [...(schema.values as Set<unknown>)][0] === 'number')) {
    const folded = ascii(value).trim().replace(/,/g, '');
    return /^-?\d+(\.\d+)?$/.test(folded) ? Number(folded) : undefined;
  }
  if (schema instanceof z.ZodString) {
    if (key === 'country') {
      const code = countryCodeOf(value);
      return code !== undefined && code !== value ? code : undefined;
    }
    if (key === 'languages') {
      const code = languageOf(value);
      return code !== undefined && code !== value ? code : undefined;
    }
    if ((key !== undefined && CODE_FIELDS.has(key)) || isDate(schema)) {
      const folded = ascii(value);
      return folded !== value ? folded : undefined;
    }
  }
  return undefined;
}

/** Rewrites, in place, every scalar of the document that stands for a value in another form. */
export function normaliseValues(doc: Document, schema: z.ZodType): void {
  walkScalars(doc.contents as Node | null, schema, (node, s, key) => {
    const normal = normalScalar(node.value, s, key);
    if (normal !== undefined) node.value = normal;
  });
}
