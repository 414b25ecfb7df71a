import type { Policy } from './policy.js';
import { shanxi2024 } from './shanxi-2024.js';

export type { Policy } from './policy.js';

const policies: Record<string, Policy> = { [shanxi2024.id]: shanxi2024 };

export const DEFAULT_CALL = shanxi2024.id;

export function getPolicy(call: string | undefined): Policy | undefined {
  return policies[call ?? DEFAULT_CALL];
}

export function knownCalls(): string[] {
  return Object.keys(policies);
}
