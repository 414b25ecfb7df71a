// The committed JSON Schema must be exactly what `kjhz schema` prints, so editors never drift from the model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierJsonSchema } from '../src/model/jsonSchema.js';

describe('schemas/dossier.schema.json', () => {
  it('is the generated schema (run `npm run schema` after changing src/model)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schemas/dossier.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(dossierJsonSchema());
  });
  it('gives Chinese titles to the fields editors show on hover', () => {
    const s = dossierJsonSchema() as { properties: Record<string, { title?: string; properties?: Record<string, { title?: string }> }> };
    expect(s.properties.lead?.properties?.birthDate?.title).toBe('出生日期');
    expect(s.properties.project?.properties?.category?.title).toBe('支持方向');
  });
});
