// Which call a command uses, and `kjhz call show` / `kjhz call check FILE`.
// The call in use is --call FILE, else `call:` in the kjhz.config.yaml that governs the command, else the
// built-in call (data/calls/shanxi-2024-kjhz.yaml). A call file with any mistake is exit 2 (CallError).
import path from 'node:path';
import type { Lang } from '../core/finding.js';
import { fill } from '../core/finding.js';
import { CallError, defaultCall, loadCallFile, type LoadedCall } from '../policy/index.js';
import { callYaml } from '../policy/callFile.js';
import { ConfigError, findConfig, loadConfig, type LoadedConfig } from '../config/config.js';
import { allRules } from '../rules/index.js';
import { uiText } from '../i18n/ui.js';
import { EXIT } from './main.js';

/** Every rule quotes the notice: a call file needs each one's sentence. */
const ruleIds = () => allRules.map((r) => r.id);

/** Reads a call file as the commands do (with the rules' quotes checked). */
export function readCall(file: string, lang: Lang, display = file): Promise<LoadedCall> {
  return loadCallFile(file, lang, display, { ruleIds: ruleIds() });
}

/** The call of a command: --call, else the config's call:, else the built-in one. Throws CallError. */
export async function activeCall(lang: Lang, callOption: string | undefined, config: LoadedConfig | undefined): Promise<LoadedCall> {
  if (callOption !== undefined) return readCall(callOption, lang);
  if (config?.call) return readCall(config.call.path, lang, config.call.display);
  return defaultCall();
}

/** For commands without paths (rules, init, call show): the kjhz.config.yaml of the current folder, if any. */
export async function callHere(lang: Lang, callOption: string | undefined): Promise<LoadedCall> {
  if (callOption !== undefined) return readCall(callOption, lang);
  const file = await findConfig([process.cwd()], lang);
  const config = file ? await loadConfig(file, lang, allRules, path.relative(process.cwd(), file) || file) : undefined;
  return activeCall(lang, undefined, config);
}

function fail(message: string): number {
  process.stderr.write(`kjhz: ${message}\n`);
  return EXIT.usage;
}

/** A command's call, or the exit-2 message when it cannot be had. */
export async function withCall(lang: Lang, callOption: string | undefined, run: (call: LoadedCall) => number | Promise<number>): Promise<number> {
  let call: LoadedCall;
  try {
    call = await callHere(lang, callOption);
  } catch (err) {
    if (err instanceof CallError || err instanceof ConfigError) return fail(err.message);
    throw err;
  }
  return run(call);
}

/** `kjhz call show [--call FILE]`: the active call as a YAML call file, each key with its description. */
export function runCallShow(o: { call?: string; lang: Lang }): Promise<number> {
  return withCall(o.lang, o.call, (call) => {
    process.stdout.write(callYaml(call.policy, call.file));
    return EXIT.ok;
  });
}

/** `kjhz call check FILE`: validates a call file (exit 0), or says every mistake with its line (exit 2). */
export async function runCallCheck(file: string, o: { lang: Lang }): Promise<number> {
  try {
    const call = await readCall(file, o.lang);
    process.stdout.write(`${fill(uiText(o.lang, 'call.valid'), { file, name: call.policy.name[o.lang], id: call.policy.id })}\n`);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CallError) return fail(err.message);
    throw err;
  }
}
