// The command line: wires options to the pipeline. Heavy modules load inside the actions so that
// `kjhz --help` and `kjhz rules` start quickly.
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core/finding.js';
import { TOOL_VERSION } from '../version.js';
import { BUILT_IN, commanderError, helpTitle, langOfArgv } from './commanderText.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

class UsageError extends Error {}

const langOption = () => new Option('--lang <lang>', '语言 zh（默认）或 en / message language').choices(['zh', 'en']).default('zh');

function write(text: string): void {
  process.stdout.write(text);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kjhz')
    .description('2024年度山西省科技合作交流专项申报材料形式审查预检工具\nPre-submission checker for the 2024 Shanxi S&T cooperation and exchange programme')
    .version(TOOL_VERSION, '-V, --version', BUILT_IN.version.zh)
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
示例 Examples:
  kjhz check 申报材料/                         检查一份申报（含 dossier.yaml 的文件夹）
  kjhz check 全市申报/ --xlsx 汇总.xlsx          批量检查并生成汇总表
  kjhz check a/dossier.yaml --format json     机器可读的 JSON 报告
  kjhz check 全市申报/ -f junit -o kjhz.xml      CI 使用的 JUnit XML 报告
  kjhz init 申报材料/ --category key-country    生成带注释的 dossier.yaml 模板
  kjhz rules                                  列出所有规则
  kjhz rules lead-age                         查看一条规则的说明
  kjhz call show                              输出当前使用的申报通知（下一年度通知文件的起点）
  kjhz schema > dossier.schema.json           输出 dossier.yaml 的 JSON Schema`,
    );

  program
    .command('check')
    .description('检查申报材料 / check dossiers')
    .argument('<paths...>', 'dossier.yaml、含 dossier.yaml 的文件夹，或包含多个申报文件夹的文件夹')
    .addOption(new Option('-f, --format <format>', '报告格式 / report format').choices(['pretty', 'json', 'junit', 'markdown', 'html', 'sarif', 'github', 'compact']).default('pretty'))
    .option('--xlsx <file>', '另存市科技局汇总表（Excel）/ also write the Excel batch summary')
    .option('--as-of <datetime>', '判断截止时间所用的时刻，如 2024-11-20T10:00:00+08:00（默认：现在，北京时间）')
    .option('-o, --output <file>', '将报告写入文件 / write the report to a file')
    .option('--max-warnings <n>', '警告超过 n 个时以退出码 1 结束 / exit 1 on more than n warnings')
    .option('-q, --quiet', '只报告错误 / report errors only')
    .option('--verbose', '批量检查时列出每份申报的完整材料清单（默认：通过的申报各占一行）/ every dossier\'s full checklist in a batch')
    .option('--no-pdf', '不读取 PDF 内容（只检查文件是否存在）/ do not read PDF contents')
    .option('--no-ocr', '不识别扫描件（只读取PDF文字层，扫描件提示人工核对）/ do not OCR scanned pages')
    .option('--cache-dir <dir>', '扫描件识别结果的缓存目录（默认：~/.cache/kjhz/ocr）/ OCR cache folder')
    .option('--no-cache', '不使用扫描件识别缓存 / do not use the OCR cache')
    .option('--config <file>', '配置文件（默认：检查目录下的 kjhz.config.yaml）')
    .option('--call <file>', '申报通知文件（默认：内置的2024年度通知；也可在 kjhz.config.yaml 中写 call:）/ the call file')
    .option('-j, --jobs <n>', '同时检查的线程数（默认：全部CPU核心）/ worker threads (default: every core)')
    .option('--fix', '先自动修正 dossier.yaml 中的机械错误（日期写法、全角数字、“万元”、全角冒号、Tab），保留注释，再检查 / mend mechanical mistakes in dossier.yaml first, keeping comments, then check')
    .option('--fix-dry-run', '只显示 --fix 将做的修改（diff），不写入 / show what --fix would change (a diff), without writing')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
示例 Examples:
  kjhz check samples/valid-key-country
  kjhz check 全市申报/ --xlsx 汇总.xlsx --as-of 2024-12-01
  kjhz check a/ --format json -o report.json
  kjhz check a/ --format markdown -o 预检报告.md       可粘贴到邮件或合并请求
  kjhz check 全市申报/ -f html -o 预检报告.html          一个可离线打开、打印、邮寄的网页报告（可按结果、支持方向、规则筛选）
  kjhz check 全市申报/ -f sarif -o kjhz.sarif           代码扫描界面使用的 SARIF 2.1.0（-f github：GitHub Actions 注释；-f compact：每个问题一行）
  kjhz check 全市申报/ --quiet --max-warnings 0         只显示错误；有警告也以退出码 1 结束
  kjhz check 全市申报/ --config 本局配置.yaml            使用指定的配置文件（默认：kjhz.config.yaml）
  kjhz check 全市申报/ --call shanxi-2025-kjhz.yaml     按另一年度的申报通知文件检查（kjhz call show 可生成起点）

退出码 Exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 命令无法执行 usage error`,
    )
    .action(async (paths: string[], opts) => {
      // the threads that will read the PDFs start loading while the rest of the CLI does
      (await import('./prestart.js')).prestartCheck(paths, opts);
      const { runCheckCommand } = await import('./check.js');
      process.exitCode = await runCheckCommand(paths, opts);
    });

  program
    .command('init')
    .description('生成带注释的 dossier.yaml 模板 / write a commented dossier.yaml template')
    .argument('[dir]', '申报文件夹（默认：当前文件夹；不存在时创建）')
    .option('-c, --category <category>', '支持方向 / category: belt-and-road | key-country | base-platform | regional | aid')
    .option('--force', '覆盖已有的 dossier.yaml / overwrite an existing dossier.yaml')
    .option('--call <file>', '按此申报通知文件写模板中的日期和数字（默认：内置通知）/ the call file')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
示例 Examples:
  kjhz init 申报材料/ --category key-country      重点国别科技合作项目（一.2）
  kjhz init . --category regional                区域合作项目（一.4），写入当前文件夹
  kjhz init 援疆项目/ --category aid --force      覆盖已有的 dossier.yaml`,
    )
    .action(async (dir: string | undefined, opts) => {
      const { runInitCommand } = await import('./init.js');
      process.exitCode = await runInitCommand(dir, opts);
    });

  program
    .command('rules')
    .description('列出所有规则，或查看一条规则 / list rules, or show one')
    .argument('[rule]', '规则 id，如 lead-age')
    .option('--call <file>', '按此申报通知文件显示日期、数字和通知原文（默认：当前文件夹 kjhz.config.yaml 的 call:，或内置通知）')
    .addOption(langOption())
    .addHelpText('after', '\n示例 Examples:\n  kjhz rules\n  kjhz rules novelty-search-date --lang en\n  kjhz rules lead-age --call shanxi-2025-kjhz.yaml')
    .action(async (rule: string | undefined, opts: { lang: Lang; call?: string }) => {
      const [{ renderRuleList, renderRuleDoc, unknownRuleMessage }, { withCall }] = await Promise.all([import('../report/rules.js'), import('./call.js')]);
      process.exitCode = await withCall(opts.lang, opts.call, ({ policy }) => {
        const text = rule === undefined ? renderRuleList(opts.lang, policy) : renderRuleDoc(rule, opts.lang, policy);
        if (text === undefined) throw new UsageError(unknownRuleMessage(rule!, opts.lang));
        write(text);
        return EXIT.ok;
      });
    });

  const call = program
    .command('call')
    .description('申报通知文件：显示当前通知或校验一个通知文件 / the call file: show the active one, or check one')
    .addHelpText(
      'after',
      `
示例 Examples:
  kjhz call show > shanxi-2025-kjhz.yaml        以当前通知为起点编写下一年度的通知文件
  kjhz call check shanxi-2025-kjhz.yaml         校验通知文件（错误给出行号和列号）
  kjhz check 全市申报/ --call shanxi-2025-kjhz.yaml`,
    );
  call
    .command('show')
    .description('以 YAML 输出当前使用的申报通知 / print the active call as YAML')
    .option('--call <file>', '显示这个通知文件（默认：当前文件夹 kjhz.config.yaml 的 call:，或内置通知）')
    .addOption(langOption())
    .action(async (opts: { call?: string; lang: Lang }) => {
      process.exitCode = await (await import('./call.js')).runCallShow(opts);
    });
  call
    .command('check')
    .description('校验一个申报通知文件 / validate a call file')
    .argument('<file>', '申报通知文件（YAML）')
    .addOption(langOption())
    .action(async (file: string, opts: { lang: Lang }) => {
      process.exitCode = await (await import('./call.js')).runCallCheck(file, opts);
    });
  call
    .command('schema')
    .description('输出申报通知文件的 JSON Schema / print the JSON Schema of a call file')
    .action(async () => {
      const { callJsonSchema } = await import('../policy/callSchema.js');
      write(`${JSON.stringify(callJsonSchema(), null, 2)}\n`);
    });

  program
    .command('schema')
    .description('输出 dossier.yaml 的 JSON Schema / print the JSON Schema of dossier.yaml')
    .option('--call <file>', '字段说明中的日期和数字取自此申报通知文件（默认：内置通知）/ the call file')
    .addHelpText('after', '\n示例 Examples:\n  kjhz schema > dossier.schema.json      供编辑器补全和校验（VS Code YAML 插件等）')
    .action(async (opts: { call?: string }) => {
      const [{ dossierJsonSchema }, { withCall }] = await Promise.all([import('../model/jsonSchema.js'), import('./call.js')]);
      process.exitCode = await withCall('zh', opts.call, ({ policy }) => {
        write(`${JSON.stringify(dossierJsonSchema(policy), null, 2)}\n`);
        return EXIT.ok;
      });
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  // Subcommands do not inherit settings made after they were created: set them on every command,
  // or a bad option of `kjhz check` exits 1 (commander's own process.exit) instead of 2.
  const lang = langOfArgv(argv);
  for (const command of [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)]) {
    command.exitOverride();
    command.configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(commanderError(s, lang)) });
    // commander's own words in the language asked for: headings, -h and -V, the hint after an error
    command.configureHelp({ styleTitle: (title) => helpTitle(title, lang) });
    command.helpOption('-h, --help', BUILT_IN.help[lang]);
    command.showHelpAfterError(BUILT_IN.after[lang].replace('{command}', command === program ? '' : `${command.name()} `));
  }
  program.helpCommand('help [command]', BUILT_IN.helpCommand[lang]);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.stderr.write(`kjhz: ${(err as Error).message}\n`);
    process.exitCode = EXIT.usage;
  }
}

export { UsageError };
