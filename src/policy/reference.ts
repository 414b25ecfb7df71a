// Reference facts taken into the project from shared/reference (data/reference/*.yaml, each file
// carries its sources and gaps). Read once, lazily: `kjhz --help` must not pay for them.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const referenceDir = fileURLToPath(new URL('../../data/reference/', import.meta.url));
/** dist/reference/*.json, written by `npm run build` (scripts/reference-json.mjs); none next to src/. */
const jsonDir = fileURLToPath(new URL('../reference/', import.meta.url));
const cache = new Map<string, unknown>();

/** The build's JSON copy of a reference file, when there is one at least as new as the YAML (JSON.parse
 * takes a millisecond where the YAML parser takes a few hundred). */
function builtCopy(file: string): unknown {
  try {
    const json = jsonDir + file.replace(/\.yaml$/, '.json');
    if (statSync(json).mtimeMs < statSync(referenceDir + file).mtimeMs) return undefined;
    return JSON.parse(readFileSync(json, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function load<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, builtCopy(file) ?? (parse(readFileSync(referenceDir + file, 'utf8')) as unknown));
  return cache.get(file) as T;
}

export interface BriCountry {
  iso2: string;
  name_zh: string;
  name_en: string;
  aliases_zh?: string[];
  confidence: 'high' | 'medium' | 'low';
  note?: string;
}

export interface University {
  name: string;
  /** Names it has had since the list was published (a rename), accepted like `name`. */
  other_names?: string[];
  province: string;
  city: string;
  region_tags?: string[];
}

export interface RegionsFile {
  province_codes: Record<string, string>;
  regions: Record<string, { province_codes?: string[]; members?: string[]; members_sar?: { name: string; code: string }[]; members_guangdong_cities?: { name: string; code: string }[] }>;
  shanxi: { province_code: string; prefecture_cities: { code: string; name: string }[] };
  aid_targets: Record<string, { province_code: string | null; prefectures?: { code: string; name: string }[] }>;
}

export interface PlatformTypesFile {
  types: { id: string; name: string; aliases?: string[] }[];
  other_types_not_verified: string[];
}

export const reference = {
  beltAndRoad: () => load<{ countries: BriCountry[] }>('belt-and-road-countries.yaml').countries,
  doubleFirstClass: () => load<{ universities: University[] }>('double-first-class.yaml').universities,
  regions: () => load<RegionsFile>('regions.yaml'),
  platformTypes: () => load<PlatformTypesFile>('national-platform-types.yaml'),
};
