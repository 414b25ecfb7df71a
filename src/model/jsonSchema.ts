import { z } from 'zod';
import { dossierSchema } from './dossier.js';
import { BOOLEAN_WORDS, chineseNames, vocabularyOfCodes } from './vocabulary.js';
import { chineseCountryNames } from './countries.js';
import { defaultPolicy } from '../policy/index.js';
import type { Policy } from '../policy/policy.js';
import { callText } from '../policy/text.js';

export const SCHEMA_ID = 'https://kjhz.invalid/schemas/dossier.schema.json';

type Node = Record<string, unknown>;

/** What the loader also accepts, offered to editors: the Chinese names of each enumerated value, 是/否 for
 * booleans, country names, 中文/英文 for languages. The codes stay first, so they are what a script writes. */
function offerChinese(node: unknown, key?: string): void {
  if (Array.isArray(node)) return node.forEach((n) => offerChinese(n, key));
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  const values = n.enum as unknown[] | undefined;
  const vocabulary = Array.isArray(values) && values.every((v) => typeof v === 'string') ? vocabularyOfCodes(values as string[]) : undefined;
  if (vocabulary) n.enum = [...(values as string[]), ...chineseNames(vocabulary)];
  else if (n.type === 'boolean') {
    delete n.type;
    n.enum = [true, false, ...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false];
  } else if (key === 'country' && n.type === 'string') {
    const { type, pattern, ...rest } = n;
    for (const k of Object.keys(n)) delete n[k];
    Object.assign(n, rest, { anyOf: [{ type, pattern }, { enum: chineseCountryNames() }] });
    return;
  } else if (key === 'languages' && n.type === 'array' && n.items && typeof n.items === 'object') {
    (n.items as Node).examples = ['zh', 'en', '中文', '英文'];
  }
  for (const [k, v] of Object.entries(n)) {
    if (k === 'properties' && v && typeof v === 'object') for (const [p, child] of Object.entries(v)) offerChinese(child, p);
    else if (k !== 'enum') offerChinese(v, k === 'items' || k === 'anyOf' ? key : undefined);
  }
}

/** Descriptions quote the call ({call.leadBornOnOrAfter}): filled with the given call's values. */
function fillCall(node: unknown, policy: Policy): unknown {
  if (typeof node === 'string') return callText(node, policy, 'zh');
  if (Array.isArray(node)) return node.map((n) => fillCall(n, policy));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillCall(v, policy)]));
  return node;
}

/** The JSON Schema editors use (yaml-language-server): generated, never written by hand; its descriptions
 * quote `policy` (default: the built-in call; `kjhz schema --call FILE` another's). */
export function dossierJsonSchema(policy: Policy = defaultPolicy()): Record<string, unknown> {
  const schema = { ...z.toJSONSchema(dossierSchema, { target: 'draft-7', io: 'input' }) } as Record<string, unknown>;
  offerChinese(schema);
  return fillCall(schema, policy) as Record<string, unknown>;
}
