// Looking up a partner in the second-round 双一流 list (data/reference/double-first-class.yaml).
import { reference, type University } from '../policy/reference.js';
import { foldName } from '../core/places.js';

/** The listed university a partner name denotes: exact, or the longest listed name it contains
 * (清华大学材料学院 → 清华大学); a university renamed since is found by either name. */
export function findUniversity(name: string): University | undefined {
  const folded = foldName(name);
  let best: { u: University; length: number } | undefined;
  for (const u of reference.doubleFirstClass()) {
    for (const listed of [u.name, ...(u.other_names ?? [])].map(foldName)) {
      if (folded === listed) return u;
      if (folded.includes(listed) && (!best || listed.length > best.length)) best = { u, length: listed.length };
    }
  }
  return best?.u;
}
