// kjhz.config.yaml: a bureau's own settings for a batch (after Spectral's rulesets: data, not code).
//
//   asOf: 2024-11-20T10:00:00+08:00        # the moment deadlines are judged against (--as-of wins)
//   call: 通知/shanxi-2025-kjhz.yaml          # the call file, relative to this file (--call wins; default: the built-in call)
//   rules:
//     funding-amount: error                 # a severity turned up …
//     category-field: info                  # … or down
//     deadline-paper:                       # a rule switched off, with the reason the report records
//       severity: off
//       reason: 纸质材料由市局统一报送
//   bureau:                                 # who forwards the batch: printed on the workbook and the HTML report
//     name: 太原市科学技术局                   # 推荐单位 (the title's 太原市 is taken from it, or from city:)
//     contact: 李明                           # 联系人
//     phone: 0351-1234567                    # 电话
//     date: 2024年11月25日                    # 日期 (as written; blank lines to fill by hand where absent)
//
// The call's own numbers stay in the call file: a config only chooses it and turns severities up or down. Any mistake
// in the file is a ConfigError (exit 2) naming the file, the line and what to write instead.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { fill, SEVERITIES, type Lang, type Severity } from '../core/finding.js';
import type { RunConfig, RuleOverride } from '../core/report.js';
import { parseAsOf } from '../core/dates.js';
import { closest } from '../core/suggest.js';
import { uiText, type UiKey } from '../i18n/ui.js';
import type { RuleSettings } from '../rules/engine.js';
import { systemError } from '../i18n/systemErrors.js';

export const CONFIG_FILE = 'kjhz.config.yaml';
const TOP_KEYS = ['asOf', 'call', 'rules', 'bureau'];
const RULE_KEYS = ['severity', 'reason'];
const BUREAU_KEYS = ['name', 'city', 'contact', 'phone', 'date'] as const;

/** A configuration that cannot be used: the message is ready for the user. */
export class ConfigError extends Error {}

/** What the config may name: every rule kjhz knows, and whether a machine checks it. */
export interface ConfigurableRule {
  id: string;
  manual?: boolean;
}

/** The bureau that forwards the batch (推荐单位, 联系人, 电话, 日期), as written in the config. */
export type Bureau = Partial<Record<(typeof BUREAU_KEYS)[number], string>>;

export interface LoadedConfig {
  file: string;
  asOf?: Date;
  bureau?: Bureau;
  /** `call:` as written (a path relative to the config file), and once loaded from a file, that path resolved. */
  call?: { written: string; path: string; display: string };
  settings: RuleSettings;
  record: RunConfig;
}

const t = (lang: Lang, key: UiKey, params?: Record<string, unknown>) => fill(uiText(lang, key), params);

export function parseConfig(source: string, file: string, lang: Lang, rules: readonly ConfigurableRule[]): LoadedConfig {
  const lines = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  const fail = (problem: string, node?: unknown): never => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const at = range ? `:${lines.linePos(range[0]).line}:${lines.linePos(range[0]).col}` : '';
    throw new ConfigError(t(lang, 'config.error', { file, at, problem }));
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lines.linePos(syntax.pos[0]);
    throw new ConfigError(t(lang, 'config.error', { file, at: `:${pos.line}:${pos.col}`, problem: t(lang, 'config.syntax', { detail: syntax.message.split('\n')[0] }) }));
  }
  const loaded: LoadedConfig = { file, settings: {}, record: { file, rules: [] } };
  // An empty file is a valid configuration that changes nothing.
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return loaded;
  if (!isMap(doc.contents)) return fail(t(lang, 'config.notMapping'), doc.contents);

  const unknownKey = (key: string, known: readonly string[], node: unknown) => {
    const s = closest(key, known);
    return fail(t(lang, 'config.unknownKey', { key, suggestion: s ? t(lang, 'config.didYouMean', { key: s }) : '', known: known.join(', ') }), node);
  };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!TOP_KEYS.includes(key)) unknownKey(key, TOP_KEYS, pair.key);
  }

  const asOfNode = doc.get('asOf', true);
  if (asOfNode !== undefined) {
    const value = isScalar(asOfNode) ? asOfNode.value : undefined;
    const date = typeof value === 'string' ? parseAsOf(value) : value instanceof Date ? value : undefined;
    if (!date) fail(t(lang, 'config.asOf', { value: isScalar(asOfNode) ? String(asOfNode.value) : '…' }), asOfNode);
    loaded.asOf = date;
  }

  const callNode = doc.get('call', true);
  if (callNode !== undefined) {
    const value = isScalar(callNode) ? callNode.value : undefined;
    if (typeof value !== 'string' || value.trim() === '') fail(t(lang, 'config.call'), callNode);
    loaded.call = { written: (value as string).trim(), path: (value as string).trim(), display: (value as string).trim() };
  }

  const bureauNode = doc.get('bureau', true);
  if (bureauNode !== undefined && !(isScalar(bureauNode) && bureauNode.value === null)) {
    if (!isMap(bureauNode)) return fail(t(lang, 'config.bureauMapping'), bureauNode);
    const bureau: Bureau = {};
    for (const pair of bureauNode.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!(BUREAU_KEYS as readonly string[]).includes(key)) unknownKey(key, BUREAU_KEYS, pair.key);
      const value = pair.value;
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isScalar(value) || typeof value.value === 'object') fail(t(lang, 'config.bureauText', { key }), value ?? pair.key);
      // As written: a phone number 03511234567 is not the number 3511234567, nor a date a Date.
      const text = (value as { source?: string }).source ?? String((value as { value: unknown }).value);
      if (text.trim()) bureau[key as keyof Bureau] = text.trim();
    }
    loaded.bureau = bureau;
  }

  const rulesNode = doc.get('rules', true);
  if (rulesNode === undefined || (isScalar(rulesNode) && rulesNode.value === null)) return loaded;
  if (!isMap(rulesNode)) return fail(t(lang, 'config.rulesMapping'), rulesNode);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const off = new Set<string>();
  const severity = new Map<string, Severity>();
  for (const pair of rulesNode.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const rule = byId.get(id);
    if (!rule) {
      const s = closest(id, [...byId.values()].filter((r) => !r.manual).map((r) => r.id));
      fail(t(lang, 'config.unknownRule', { rule: id, suggestion: s ? t(lang, 'config.didYouMean', { key: s }) : '' }), pair.key);
    }
    if (rule!.manual) fail(t(lang, 'config.manualRule', { rule: id }), pair.key);
    let setting: unknown;
    let reason: string | undefined;
    const value = pair.value;
    if (isMap(value)) {
      for (const inner of value.items) {
        const key = isScalar(inner.key) ? String(inner.key.value) : '';
        if (!RULE_KEYS.includes(key)) unknownKey(key, RULE_KEYS, inner.key);
      }
      setting = value.get('severity');
      const r = value.get('reason');
      if (r !== undefined && r !== null) reason = String(r).trim() || undefined;
    } else setting = isScalar(value) ? value.value : undefined;
    if (typeof setting === 'boolean' && setting === false) setting = 'off'; // YAML reads a bare `off` as false only in 1.1; accept it
    if (setting !== 'off' && !(SEVERITIES as readonly unknown[]).includes(setting)) {
      fail(t(lang, 'config.badSetting', { rule: id, value: setting === undefined || setting === null ? '' : String(setting) }), value ?? pair.key);
    }
    if (setting === 'off' && !reason) fail(t(lang, 'config.reasonRequired', { rule: id }), value ?? pair.key);
    const override: RuleOverride = { rule: id, setting: setting as Severity | 'off', ...(reason ? { reason } : {}) };
    if (setting === 'off') off.add(id);
    else severity.set(id, setting as Severity);
    loaded.record.rules.push(override);
  }
  loaded.settings = { ...(off.size ? { off } : {}), ...(severity.size ? { severity } : {}) };
  return loaded;
}

export async function loadConfig(file: string, lang: Lang, rules: readonly ConfigurableRule[], displayName = file): Promise<LoadedConfig> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError(t(lang, 'config.notFound', { file: displayName }));
    throw new ConfigError(t(lang, 'config.unreadable', { file: displayName, detail: code ? systemError(code, lang) : err instanceof TypeError ? 'not UTF-8' : (err as Error).message }));
  }
  const loaded = parseConfig(text, displayName, lang, rules);
  if (loaded.call) {
    // relative to the config file, as a bureau writes it beside its batch
    const resolved = path.resolve(path.dirname(file), loaded.call.written);
    loaded.call = { ...loaded.call, path: resolved, display: path.relative(process.cwd(), resolved) || resolved };
  }
  return loaded;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() === true;
}

/**
 * The kjhz.config.yaml that governs the paths checked: for each path, the nearest one in its folder or
 * a folder above it (as ESLint and Prettier find theirs). Paths governed by different files are an error.
 */
export async function findConfig(paths: readonly string[], lang: Lang): Promise<string | undefined> {
  const found = new Set<string>();
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) continue;
    let dir = path.resolve(info.isDirectory() ? p : path.dirname(p));
    for (;;) {
      const candidate = path.join(dir, CONFIG_FILE);
      if (await isFile(candidate)) {
        found.add(candidate);
        break;
      }
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  if (found.size > 1) throw new ConfigError(t(lang, 'config.multiple', { files: [...found].map((f) => path.relative(process.cwd(), f) || f).join(', ') }));
  return [...found][0];
}
