import { z } from 'zod';
import { dossierSchema } from './dossier.js';

export const SCHEMA_ID = 'https://kjhz.invalid/schemas/dossier.schema.json';

/** The JSON Schema editors use (yaml-language-server): generated, never written by hand. */
export function dossierJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(dossierSchema, { target: 'draft-7', io: 'input' }) } as Record<string, unknown>;
}
