// Hostile nesting gets the plain "too deep" finding, not the parser's stack overflow text.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDossierText } from '../src/load/yaml.js';
import { checkDossier } from '../src/check/checkDossier.js';

describe('nesting limits', () => {
  it.each([
    ['flow brackets', `a: ${'['.repeat(20000)}${']'.repeat(20000)}`],
    ['block indentation', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
  ])('refuses %s with the too-deep message', (_name, source) => {
    const r = loadDossierText(source, 'zh');
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.message)).toEqual(['YAML 嵌套超过64层，已拒绝读取']);
  });
});

describe('dossier.yaml that is not a file', () => {
  it('is unreadable with a message in one language', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-'));
    mkdirSync(path.join(dir, 'dossier.yaml'));
    const zh = await checkDossier(path.join(dir, 'dossier.yaml'), { asOf: new Date(), lang: 'zh' });
    expect(zh.status).toBe('unreadable');
    expect(zh.findings[0]!.message).toBe('dossier.yaml 不是普通文件（可能是文件夹或设备）');
    const en = await checkDossier(path.join(dir, 'dossier.yaml'), { asOf: new Date(), lang: 'en' });
    expect(en.findings[0]!.message).toMatch(/^dossier\.yaml is not a regular file/);
  });
});

describe('a field left blank in the template', () => {
  it('is reported as not filled in, not as a wrong type', () => {
    const r = loadDossierText('version: 1\napplicant:\n  legalPerson:\n', 'zh');
    expect(r.ok && r.findings.find((f) => f.path === 'applicant.legalPerson')?.message).toBe('字段 applicant.legalPerson 未填写');
  });
});
