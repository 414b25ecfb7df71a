// The call in use. The built-in one (data/calls/shanxi-2024-kjhz.yaml) is the default of every command;
// `--call FILE` or `call:` in kjhz.config.yaml choose another (src/policy/callFile.ts).
export type { Policy } from './policy.js';
export { CallError, DEFAULT_CALL_DISPLAY, defaultCall, loadCallFile, parseCall, type LoadedCall } from './callFile.js';
import { defaultCall } from './callFile.js';

/** The built-in call's policy. */
export const defaultPolicy = () => defaultCall().policy;
