// npm run docs: writes docs/rules.md from the rules themselves (src/report/rules.ts renderRulesMarkdown).
// npm run docs -- --check: exits 1 when the committed file is stale (test/docs-rules.test.ts does the same).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesMarkdown } from '../src/report/rules.js';
import { defaultCall } from '../src/policy/index.js';

export const RULES_DOC = fileURLToPath(new URL('../docs/rules.md', import.meta.url));

// the built-in call's values (kjhz rules --call FILE shows another's)
const call = defaultCall();
const fresh = renderRulesMarkdown(call.policy, call.file);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(RULES_DOC, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== fresh) {
    process.stderr.write('docs/rules.md is out of date: run npm run docs\n');
    process.exit(1);
  }
  process.stdout.write('docs/rules.md is up to date\n');
} else {
  writeFileSync(RULES_DOC, fresh);
  process.stdout.write(`wrote ${RULES_DOC}\n`);
}
