// `kjhz init [DIR] --category C`: writes DIR/dossier.yaml, a commented template for that category,
// and lists the attachments the category needs. Never overwrites an existing file without --force.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../model/dossier.js';
import { fill, type Lang } from '../core/finding.js';
import { DOSSIER_FILE } from '../load/discover.js';
import { makeDirs, writeAtomically } from '../report/atomic.js';
import { attachmentLine, attachmentsFor, dossierTemplate } from '../templates/dossier.js';
import { uiText, type UiKey } from '../i18n/ui.js';
import { EXIT } from './main.js';
import { codeOf } from '../model/vocabulary.js';
import { systemError } from '../i18n/systemErrors.js';
import { withCall } from './call.js';

export interface InitOptions {
  category?: string;
  /** The call file whose values the template's comments quote (default: as for kjhz rules). */
  call?: string;
  force?: boolean;
  lang: Lang;
}

/** The JSON Schema this package ships (schemas/dossier.schema.json beside dist/ and src/). */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/dossier.schema.json', import.meta.url));

/** The modeline's schema reference: relative to the dossier's folder, with forward slashes. */
export function schemaReference(dir: string): string {
  const rel = path.relative(path.resolve(dir), SCHEMA_FILE).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const isCategory = (c: string | undefined): c is Category => (CATEGORIES as readonly string[]).includes(c ?? '');

export async function runInitCommand(dir: string | undefined, o: InitOptions): Promise<number> {
  const { lang } = o;
  const t = (k: UiKey, params?: Record<string, unknown>) => fill(uiText(lang, k), params);
  const fail = (message: string) => {
    process.stderr.write(`kjhz: ${message}\n`);
    return EXIT.usage;
  };
  // --category 区域合作项目 works as well as --category regional
  const category = o.category === undefined ? undefined : codeOf('category', o.category);
  if (!isCategory(category)) {
    const list = CATEGORIES.map((c) => `\n  ${c.padEnd(14)}${uiText(lang, `category.${c}` as UiKey)}`).join('');
    return fail(`${o.category ? `--category ${o.category}: ` : ''}${t('init.category', { list })}`);
  }
  const target = dir ?? '.';
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isDirectory()) return fail(t('init.notDir', { dir: target }));
  const file = path.join(target, DOSSIER_FILE);
  if (!o.force && (await stat(file).catch(() => undefined))) return fail(t('init.exists', { file }));
  return withCall(lang, o.call, async ({ policy }) => {
    const text = dossierTemplate(category, policy, { schema: schemaReference(target), lang });
    try {
      makeDirs(target);
      await writeAtomically(file, text);
    } catch (err) {
      return fail(t('cli.cannotWrite', { file, detail: systemError(err, lang) }));
    }
    const needed = attachmentsFor(category).map((m) => `  - ${attachmentLine(m, lang, policy)}`);
    process.stdout.write(
      [t('init.written', { file, category: uiText(lang, `category.${category}` as UiKey) }), t('init.attachments', { dir: target }), ...needed, t('init.next', { dir: target }), ''].join('\n'),
    );
    return EXIT.ok;
  });
}
