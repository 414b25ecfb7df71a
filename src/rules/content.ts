// Cross-checks of the attachments' text against the dossier (三, 二.3): filled in by the PDF work.
import type { CheckRule } from './rule.js';

export const contentRules: CheckRule[] = [];
