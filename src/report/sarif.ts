// --format sarif: SARIF 2.1.0, what code-scanning UIs (GitHub, Azure DevOps, VS Code's SARIF viewer)
// ingest. One run; the tool's rules with their clause, a short description in the report's language
// (the other language in run.translations, SARIF's own localisation), default level and a help link
// to docs/rules.md#id; one result per finding of every dossier (batch findings are on each dossier
// involved), located in its dossier.yaml by line and column, the URI relative to %SRCROOT%, the folder
// kjhz ran in (originalUriBaseIds). Texts are JSON strings (escaped by JSON.stringify), ID numbers masked.
// The reporter knows no rule: the CLI hands it the list.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Finding, Lang, Msg, Severity } from '../core/finding.js';
import type { RunReport } from '../core/report.js';
import { maskIdNumbersIn } from '../core/checksums.js';
import { notReadLines, skippedLine } from './words.js';

/** What SARIF needs to know of a rule. */
export interface SarifRuleInfo {
  id: string;
  clause: string;
  title: Msg;
  severity?: Severity;
  hint?: Msg;
}

export interface SarifOptions {
  lang: Lang;
  rules: readonly SarifRuleInfo[];
  /** The folder the report's file names are relative to (default: the working directory). */
  baseDir?: string;
}

const SRCROOT = 'SRCROOT';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const LANGUAGE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
/** Where each rule is documented, relative to the package (docs/rules.md is generated from the rules). */
const RULES_DOC = new URL('../../docs/rules.md', import.meta.url);

const text = (s: string) => maskIdNumbersIn(s);
/** SARIF's "friendly name" of a rule: lead-age → LeadAge. */
const friendlyName = (id: string) => id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');

/** A relative file name as a URI reference: each segment percent-encoded (spaces, 中文, #, %, RTL marks …). */
export function relativeUri(file: string): string {
  return file.split(/[\\/]/).map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg))).join('/');
}

/** Finding positions lang13 may add (endLine/endColumn), read when present. */
type Positioned = Finding & { endLine?: number; endColumn?: number };

function region(f: Positioned): Record<string, number> | undefined {
  if (!f.line) return undefined;
  return {
    startLine: f.line,
    ...(f.column ? { startColumn: f.column } : {}),
    ...(f.endLine ? { endLine: f.endLine } : {}),
    ...(f.endLine && f.endColumn ? { endColumn: f.endColumn } : {}),
  };
}

export function renderSarif(run: RunReport, o: SarifOptions): string {
  const other: Lang = o.lang === 'zh' ? 'en' : 'zh';
  const known = new Map(o.rules.map((r) => [r.id, r]));
  // Rules the report uses that the list does not hold (the loader's own: yaml-syntax, dossier-schema …).
  const extra = new Map<string, { id: string; clause: string }>();
  for (const d of run.dossiers) for (const f of d.findings) if (!known.has(f.rule) && !extra.has(f.rule)) extra.set(f.rule, { id: f.rule, clause: f.clause });
  const ids = [...known.keys(), ...extra.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const helpUri = (id: string) => `${RULES_DOC.href}#${encodeURIComponent(id)}`;

  const descriptor = (id: string, lang: Lang) => {
    const r = known.get(id);
    const clause = r?.clause ?? extra.get(id)!.clause;
    return {
      id,
      name: friendlyName(id),
      shortDescription: { text: text(r ? `${r.title[lang]}（${clause}）` : id) },
      ...(r?.hint ? { help: { text: text(r.hint[lang]) } } : {}),
    };
  };
  const rules = ids.map((id) => {
    const r = known.get(id);
    const clause = r?.clause ?? extra.get(id)!.clause;
    return {
      ...descriptor(id, o.lang),
      ...(r ? { fullDescription: { text: text(`${r.title.zh} / ${r.title.en}`) } } : {}),
      helpUri: helpUri(id),
      ...(r?.severity ? { defaultConfiguration: { level: LEVEL[r.severity] } } : {}),
      properties: { clause, tags: [clause] },
    };
  });

  const results = run.dossiers.flatMap((d) =>
    d.findings.map((f: Positioned) => {
      const where = region(f);
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule)!,
        level: LEVEL[f.severity],
        message: { text: text(f.hint ? `${f.message}\n${f.hint}` : f.message) },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: relativeUri(d.file), uriBaseId: SRCROOT }, ...(where ? { region: where } : {}) },
            ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
          },
        ],
        properties: { clause: f.clause, ...(f.path ? { path: f.path } : {}), ...(d.title ? { title: text(d.title) } : {}) },
      };
    }),
  );

  // What was not checked is said: attachments not read and folders skipped are notifications of the run
  // (SARIF's place for what the tool could not analyse), located at the file or folder.
  const at = (uri: string) => [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT } } }];
  const notices = [
    ...run.dossiers.flatMap((d) =>
      notReadLines(d, o.lang).map((n) => ({
        level: 'note',
        message: { text: text(n.text) },
        locations: at(relativeUri(path.join(path.dirname(d.file), n.file))),
        properties: { kind: 'not-read', ...(n.reason ? { reason: n.reason } : {}), path: n.path, dossier: text(d.file) },
      })),
    ),
    ...(run.skipped ?? []).map((s) => ({ level: 'note', message: { text: text(skippedLine(s.message, o.lang)) }, locations: at(`${relativeUri(s.path)}/`), properties: { kind: 'skipped', reason: s.reason } })),
  ];
  const off = (run.config?.rules ?? []).filter((r) => index.has(r.rule));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: run.tool.name,
            version: run.tool.version,
            semanticVersion: run.tool.version,
            informationUri: helpUri('').replace(/#$/, ''),
            language: LANGUAGE[o.lang],
            rules,
          },
        },
        translations: [
          {
            name: run.tool.name,
            language: LANGUAGE[other],
            contents: ['localizedData'],
            translationMetadata: { name: `${run.tool.name} ${LANGUAGE[other]}` },
            rules: ids.map((id) => descriptor(id, other)),
          },
        ],
        invocations: [
          {
            executionSuccessful: true,
            ...(notices.length ? { toolExecutionNotifications: notices } : {}),
            ...(off.length
              ? {
                  ruleConfigurationOverrides: off.map((r) => ({
                    descriptor: { id: r.rule, index: index.get(r.rule)! },
                    configuration: r.setting === 'off' ? { enabled: false } : { level: LEVEL[r.setting] },
                  })),
                }
              : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(path.resolve(o.baseDir ?? process.cwd()) + path.sep).href } },
        results,
        properties: { call: run.call, ...(run.callFile ? { callFile: run.callFile } : {}), asOf: run.asOf },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
