// commander's own words (its errors, help headings and built-in options) in the user's language: the
// errors are matched by commander's error code and message and said again in Chinese; --lang en keeps
// commander's English. The language is read from the command line itself, before commander parses it
// (an error may come before --lang is reached).
import type { Lang } from '../core/finding.js';

/** The language asked for on the command line (--lang en / --lang=en); zh otherwise. */
export function langOfArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'zh';
}

const didYouMean = (s: string) => s.replace(/\n?\(Did you mean (?:one of )?(.+)\?\)/, (_, x: string) => `（是否应为 ${x.replace(/, /g, '、')}？）`);

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: unknown option '(.+?)'([\s\S]*)$/, (m) => `错误：未知选项“${m[1]}”${didYouMean(m[2]!)}`],
  [/^error: unknown command '(.+?)'([\s\S]*)$/, (m) => `错误：未知命令“${m[1]}”${didYouMean(m[2]!)}`],
  [/^error: missing required argument '(.+?)'$/, (m) => `错误：缺少必需的参数 ${m[1]}`],
  [/^error: option '(.+?)' argument missing$/, (m) => `错误：选项 ${m[1]} 缺少取值`],
  [/^error: required option '(.+?)' not specified$/, (m) => `错误：必须指定选项 ${m[1]}`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/, (m) => `错误：选项 ${m[1]} 的值“${m[2]}”无效，可选：${m[3]!.replace(/, /g, '、')}`],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => `错误：${m[1] ? `命令 ${m[1]} 的` : ''}参数过多：应为${m[2]}个，实际为${m[3]}个`],
  [/^error: (.+) cannot be used with (.+)$/, (m) => `错误：${m[1]} 不能与 ${m[2]} 同时使用`],
];

/** One of commander's error messages in the language (commander's English as it is for en). */
export function commanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const trimmed = text.replace(/\n$/, '');
  for (const [re, say] of RULES) {
    const m = re.exec(trimmed);
    if (m) return `${say(m)}\n`;
  }
  return text;
}

const TITLES: Record<string, string> = { 'Usage:': '用法 Usage:', 'Options:': '选项 Options:', 'Commands:': '命令 Commands:', 'Arguments:': '参数 Arguments:', 'Global Options:': '全局选项 Global Options:' };

/** A help heading in the language. */
export function helpTitle(title: string, lang: Lang): string {
  return lang === 'zh' ? (TITLES[title] ?? title) : title;
}

export const BUILT_IN = {
  help: { zh: '显示帮助 / display help', en: 'display help' },
  helpCommand: { zh: '显示某个命令的帮助 / display help for a command', en: 'display help for a command' },
  version: { zh: '显示版本号 / output the version number', en: 'output the version number' },
  after: { zh: '（kjhz {command}--help 查看用法）', en: '(kjhz {command}--help shows the usage)' },
} as const;
