// Walks a YAML document beside the zod schema of what it should hold: each scalar is visited with the
// schema of its place and the key it stands under (list items: the list's key). The loader's
// normalisation and --fix both find their values this way, keeping each value's source range.
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { z } from 'zod';

export function unwrapSchema(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  while (cur && (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault)) cur = (cur as unknown as { unwrap(): z.ZodType }).unwrap();
  return cur;
}

export type ScalarVisit = (node: Scalar, schema: z.ZodType, key: string | undefined) => void;

export function walkScalars(node: Node | null | undefined, schema: z.ZodType | undefined, visit: ScalarVisit, key?: string): void {
  const s = unwrapSchema(schema);
  if (!node || !s) return;
  if (isMap(node) && s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k !== undefined && k in shape) walkScalars(pair.value as Node | null, shape[k], visit, k);
    }
  } else if (isSeq(node) && s instanceof z.ZodArray) {
    for (const item of node.items) walkScalars(item as Node, s.element as z.ZodType, visit, key);
  } else if (isScalar(node)) visit(node, s, key);
}
