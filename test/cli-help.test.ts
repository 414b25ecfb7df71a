// Help with examples on every command; an unknown option or command suggests the closest one (exit 2).
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, kjhz } from './cli-bin.js';

beforeAll(() => ensureBuilt());

describe('help', () => {
  it('kjhz --help lists the commands and shows examples', async () => {
    const r = await kjhz(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['check', 'init', 'rules', 'schema']) expect(r.stdout).toContain(command);
    expect(r.stdout).toContain('示例 Examples:');
    expect(r.stdout).toMatch(/kjhz init .*--category/);
  });

  it.each(['check', 'init', 'rules', 'schema'])('kjhz %s --help shows examples of that command', async (command) => {
    const r = await kjhz([command, '--help']);
    expect(r.code).toBe(0);
    const examples = r.stdout.slice(r.stdout.indexOf('示例 Examples:'));
    expect(r.stdout).toContain('示例 Examples:');
    expect(examples).toContain(`kjhz ${command}`);
  });

  it('kjhz check --help names every format, --output, --max-warnings, --quiet, --config and the exit codes', async () => {
    const r = await kjhz(['check', '--help']);
    for (const s of ['pretty', 'json', 'junit', 'markdown', 'html', 'sarif', 'github', 'compact', '--output', '--max-warnings', '--quiet', '--config', '--lang', '退出码 Exit codes']) expect(r.stdout).toContain(s);
  });
});

describe('suggestions', () => {
  it('an unknown option suggests the closest one and exits 2', async () => {
    const r = await kjhz(['check', 'samples', '--formt', 'json']);
    expect(r.code).toBe(2);
    // commander's own errors in Chinese by default, in its English with --lang en
    expect(r.stderr).toContain('错误：未知选项“--formt”（是否应为 --format？）');
    expect(r.stderr).toContain('kjhz check --help 查看用法');
    expect(r.stderr).not.toMatch(/unknown option|Did you mean/);
    const en = await kjhz(['check', 'samples', '--formt', 'json', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("unknown option '--formt'");
    expect(en.stderr).toContain('Did you mean --format?');
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('commander\'s help headings and built-in options speak the language too', async () => {
    const zh = await kjhz(['check', '--help']);
    for (const s of ['用法 Usage:', '选项 Options:', '显示帮助']) expect(zh.stdout).toContain(s);
    const en = await kjhz(['check', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).not.toContain('用法');
    const missing = await kjhz(['check']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('错误：缺少必需的参数 paths');
    const many = await kjhz(['init', 'a', 'b']);
    expect(many.stderr).toContain('参数过多');
  });

  it('an unknown option of init suggests the closest one and exits 2', async () => {
    const r = await kjhz(['init', '--categroy', 'aid']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是否应为 --category？');
  });

  it('an unknown command suggests the closest one and exits 2', async () => {
    const r = await kjhz(['chek', 'samples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误：未知命令“chek”（是否应为 check？）');
  });

  it('a value outside the choices lists them and exits 2', async () => {
    const r = await kjhz(['check', 'samples', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('可选：pretty、json、junit、markdown');
    expect((await kjhz(['check', 'samples', '--format', 'xml', '--lang', 'en'])).stderr).toContain('pretty, json, junit, markdown');
  });

  it('an unknown rule id names the closest rule and exits 2, in either language', async () => {
    const zh = await kjhz(['rules', 'lead-agee']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('未知规则：lead-agee');
    expect(zh.stderr).toContain('lead-age');
    const en = await kjhz(['rules', 'lead-agee', '--lang', 'en']);
    expect(en.stderr).toContain('Did you mean lead-age?');
  });
});

describe('kjhz rules', () => {
  it('lists every rule with clause and severity, and prints one in full', async () => {
    const list = await kjhz(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/lead-age\s+二\.2\s+错误/);
    const one = await kjhz(['rules', 'lead-age', '--lang', 'en']);
    expect(one.code).toBe(0);
    for (const s of ['The notice says', 'Why', 'Fails', 'Passes', 'How to fix', '1967']) expect(one.stdout).toContain(s);
  });
});
