/**
 * The `gongwen` command: check, outline and fix files with the same analyzer and settings the editor uses.
 * It parses the command line, finds the files and prints; the analysis is the core's.
 */
import { localeFromTag, localize, type ExportPreset, type Locale, type Localized } from './analysis';
import { AnalyzerForFile } from './cli/analyzers';
import { annotateFile } from './cli/annotate-file';
import { encodingName, type EncodingName } from './cli/encoding';
import { InputError, LocalizedError, UsageError } from './cli/errors';
import { expandArgument } from './cli/files';
import { fixFiles } from './cli/fix-files';
import { outlineEntries, outlineText } from './cli/outline-json';
import { readDraft, type Draft } from './cli/read-draft';
import { writeReport, type Lines } from './cli/report';
import { VERSION } from './version';

const COMMANDS = ['check', 'outline', 'fix', 'export', 'annotate'] as const;
type Command = (typeof COMMANDS)[number];

const SYNOPSIS: Readonly<Record<Command, string>> = {
  check: 'gongwen check [--format text|json] [--config FILE] [--encoding utf-8|utf-16le|gb18030] [--lang zh|en] FILE|FOLDER|GLOB…',
  outline: 'gongwen outline [--format text|json] [--config FILE] [--encoding …] [--lang zh|en] FILE',
  fix: 'gongwen fix [--dry-run] [--config FILE] [--encoding …] [--lang zh|en] FILE|FOLDER|GLOB…',
  export: 'gongwen export [--preset document|speech] [--out OUT.docx] [--config FILE] [--encoding …] [--lang zh|en] FILE',
  annotate: 'gongwen annotate [--out OUT.docx] [--config FILE] [--lang zh|en] IN.docx',
};

const DESCRIPTIONS: Readonly<Record<Command, Localized>> = {
  check: {
    zh: '报告占位符、网页残留、结构和用词问题；有警告或错误时退出码为 1。文件夹会递归查找 .gw、.gongwen、.docx 和以中文为主的 .txt、.md 文件；Word 文件按段落检查（自动编号照 Word 显示的读出）。',
    en: 'report placeholders, web residue, structure and wording problems; exit 1 when any is a warning or an error. Folders are searched for .gw, .gongwen, .docx and mostly-Chinese .txt and .md files; a Word file is checked paragraph by paragraph, its automatic numbers read as Word shows them.',
  },
  outline: { zh: '打印 一、（一）1.（1） 结构', en: 'print the 一、（一）1.（1） structure' },
  fix: {
    zh: '应用所有安全修复（与编辑器的 source.fixAll.gongwen 相同），按原编码、原换行原子写回；--dry-run 只打印差异',
    en: 'apply the safe fixes (as source.fixAll.gongwen does in the editor), written back atomically in the same encoding and line breaks; --dry-run prints the diff and writes nothing',
  },
  export: {
    zh: '按 GB/T 9704 版式导出 Word 文件（默认与文稿同名的 .docx，不覆盖文稿）；--preset 选公文或讲话稿版式（默认按文种）。列出未处理的警告（占位符在前）后仍导出，写成后退出码为 0',
    en: 'export a Word file in the GB/T 9704 layout (by default the draft\'s name with .docx, never the draft itself); --preset chooses the document or speech layout (by default from the kind of document). Unresolved warnings are listed (placeholders first) and the file is exported anyway; exit 0 when written',
  },
  annotate: {
    zh: '写出 Word 文件的副本（默认 IN-批注.docx），每个警告及以上的问题一条批注（作者“公文助手”），标在有问题的文字上，写明问题和修改建议；原文件不动',
    en: 'write a copy of a Word file (IN-批注.docx by default) with one Word comment per finding at warning or above, on the flagged text, saying the problem and the suggested fix; the file itself is left alone',
  },
};

const OPTIONS_HELP: Localized = {
  zh: `选项：
  --config FILE   设置文件（JSON，可含注释；键与 VS Code 设置相同，如 "gongwen.rules.placeholder": "off"）。
                  另外总会读取文件所在工作区的 .vscode/settings.json，--config 中的值优先。
  --lang zh|en    信息的语言（默认按 LANG）
  --version       打印版本

退出码：0 无问题，1 有警告或错误，2 用法或输入错误`,
  en: `Options:
  --config FILE   a settings file (JSON with comments; the keys of the VS Code settings, e.g. "gongwen.rules.placeholder": "off").
                  The .vscode/settings.json of the file's workspace is always read too; --config's values win.
  --lang zh|en    the language of messages (from LANG by default)
  --version       print the version

Exit codes: 0 clean, 1 warnings or errors found, 2 usage or input error`,
};

function usage(locale: Locale, command?: Command): string {
  const commands = command ? [command] : COMMANDS;
  const lines = [locale === 'zh' ? '用法：' : 'Usage:'];
  for (const name of commands) {
    lines.push(`  ${SYNOPSIS[name]}`, `      ${localize(DESCRIPTIONS[name], locale)}`);
  }
  return [...lines, '', localize(OPTIONS_HELP, locale)].join('\n');
}

interface Options {
  readonly command: string;
  readonly args: string[];
  readonly format: 'text' | 'json';
  readonly encoding?: EncodingName;
  readonly config?: string;
  readonly locale: Locale;
  readonly dryRun: boolean;
  readonly preset?: ExportPreset;
  readonly out?: string;
  readonly help: boolean;
  readonly version: boolean;
}

/** The language of every message: --lang, else the environment's locale. */
function localeOf(argv: readonly string[]): Locale {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  return localeFromTag(at >= 0 ? argv[at]?.split('=')[1] ?? argv[at + 1] : process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

function parseArgs(argv: readonly string[], locale: Locale): Options {
  const positional: string[] = [];
  let format: Options['format'] = 'text';
  let encoding: EncodingName | undefined;
  let config: string | undefined;
  let dryRun = false;
  let preset: ExportPreset | undefined;
  let out: string | undefined;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) {
        throw new UsageError({ zh: `${flag} 需要一个值`, en: `${flag} needs a value` });
      }
      return next;
    };
    if (flag === '--format') {
      const given = value();
      if (given !== 'text' && given !== 'json') {
        throw new UsageError({ zh: `--format 只能是 text 或 json（收到 ${given}）`, en: `--format is text or json (got ${given})` });
      }
      format = given;
    } else if (flag === '--encoding') {
      const given = value();
      encoding = encodingName(given);
      if (!encoding) {
        throw new UsageError({ zh: `不支持的编码 ${given}：可用 utf-8、utf-16le、utf-16be、gb18030`, en: `unsupported encoding ${given}: use utf-8, utf-16le, utf-16be or gb18030` });
      }
    } else if (flag === '--config') {
      config = value();
    } else if (flag === '--lang') {
      value();
    } else if (flag === '--preset') {
      const given = value();
      if (given !== 'document' && given !== 'speech') {
        throw new UsageError({ zh: `--preset 只能是 document 或 speech（收到 ${given}）`, en: `--preset is document or speech (got ${given})` });
      }
      preset = given;
    } else if (flag === '--out' || flag === '-o') {
      out = value();
    } else if (flag === '--dry-run') {
      dryRun = true;
    } else if (flag === '--help' || flag === '-h') {
      help = true;
    } else if (flag === '--version' || flag === '-v' || flag === '-V') {
      version = true;
    } else if (flag?.startsWith('-') && flag !== '-') {
      throw new UsageError({ zh: `未知选项 ${flag}`, en: `unknown option ${flag}` });
    } else {
      positional.push(arg);
    }
  }
  const [command = '', ...args] = positional;
  if (dryRun && command !== 'fix') {
    throw new UsageError({ zh: '--dry-run 只用于 fix', en: '--dry-run goes with fix' });
  }
  if (preset && command !== 'export') {
    throw new UsageError({ zh: '--preset 只用于 export', en: '--preset goes with export' });
  }
  if (out && command !== 'export' && command !== 'annotate') {
    throw new UsageError({ zh: '--out 只用于 export 和 annotate', en: '--out goes with export and annotate' });
  }
  return {
    command, args, format, locale, dryRun, help, version,
    ...(encoding ? { encoding } : {}), ...(config ? { config } : {}), ...(preset ? { preset } : {}), ...(out ? { out } : {}),
  };
}

interface FileToAnalyse {
  readonly file: string;
  /** Named on the command line: analysed whatever its language; found in a folder or by a glob: only when gongwen would analyse it. */
  readonly explicit: boolean;
}

/** The files the arguments name; a folder or glob with no documents in it is an input error of its own. */
function filesOf(args: readonly string[], errors: LocalizedError[]): FileToAnalyse[] {
  const files: FileToAnalyse[] = [];
  for (const arg of args) {
    const { files: found, folder, glob } = expandArgument(arg);
    if ((folder || glob) && found.length === 0) {
      errors.push(new InputError(folder
        ? { zh: `${arg}：文件夹中没有公文文档（.gw、.gongwen、.txt、.md）`, en: `${arg}: no documents in this folder (.gw, .gongwen, .txt, .md)` }
        : { zh: `${arg}：没有匹配的文件`, en: `${arg}: no file matches` }));
    }
    files.push(...found.map((file) => ({ file, explicit: !folder && !glob })));
  }
  return files;
}

/** Where a finding in a Word file is: its paragraph (the text has a line per paragraph) and the character in it. */
const paragraphPosition = (line: number, character: number, locale: Locale): string =>
  localize({ zh: `第${line + 1}段第${character + 1}字`, en: `paragraph ${line + 1}, character ${character + 1}` }, locale);

/** What the reader of a Word file left out or took as decided, said once per file. */
function wordNotices(file: string, { word }: Draft, locale: Locale): string[] {
  if (!word) {
    return [];
  }
  const notices: string[] = [];
  if (word.revisions > 0) {
    notices.push(localize({ zh: `${file}：有 ${word.revisions} 处修订尚未接受或拒绝，按接受全部修订后的文字检查`, en: `${file}: ${word.revisions} tracked change(s) not yet accepted or rejected; the text is read with all of them accepted` }, locale));
  }
  if (word.skipped.textBoxes + word.skipped.notes > 0) {
    notices.push(localize({ zh: `${file}：文本框 ${word.skipped.textBoxes} 个、脚注尾注 ${word.skipped.notes} 个不在检查范围内`, en: `${file}: ${word.skipped.textBoxes} text box(es) and ${word.skipped.notes} footnote(s) or endnote(s) are not checked` }, locale));
  }
  return notices.map((notice) => `gongwen: ${notice}`);
}

function runCheck(options: Options, analyzers: AnalyzerForFile, out: Lines, err: Lines): number {
  const errors: LocalizedError[] = [];
  let files = 0;
  let count = 0;
  let problems = 0;
  if (options.format === 'json') {
    out.push('[');
  }
  for (const { file, explicit } of filesOf(options.args, errors)) {
    try {
      const { document, word } = readDraft(file, options.encoding);
      const analyzer = analyzers.get(file);
      const text = document.getText();
      if (!explicit && !analyzer.analyses(document.uri, document.languageId, text)) {
        continue;
      }
      const analysis = analyzer.analyze(text, { markdown: document.languageId === 'markdown' });
      for (const failure of analysis.failures) {
        err.push(`gongwen: ${file}: ${localize({ zh: `规则 ${failure.rule.id} 出错，已跳过`, en: `rule ${failure.rule.id} failed and was skipped` }, options.locale)}: ${String(failure.error)}`);
      }
      if (word) {
        err.push(...wordNotices(file, { document, word }, options.locale));
      }
      const counts = writeReport(out, file, document, analysis, options.locale, options.format, files === 0, word ? paragraphPosition : undefined);
      files++;
      count += counts.count;
      problems += counts.problems;
    } catch (error) {
      if (!(error instanceof InputError)) {
        throw error;
      }
      errors.push(error);
    }
  }
  err.push(...errors.map((error) => `gongwen: ${error.in(options.locale)}`));
  if (options.format === 'json') {
    out.push(']');
  } else {
    out.push(localize({ zh: `共 ${files} 个文件，${count} 个问题。`, en: `${files} file(s), ${count} problem(s).` }, options.locale));
  }
  if (errors.length > 0) {
    return 2;
  }
  return problems > 0 ? 1 : 0;
}

function runOutline(options: Options, analyzers: AnalyzerForFile, out: Lines, err: Lines): number {
  if (options.args.length !== 1) {
    throw new UsageError({ zh: 'outline 需要且只需要一个文件', en: 'outline takes exactly one file' });
  }
  const file = options.args[0] as string;
  const draft = readDraft(file, options.encoding);
  err.push(...wordNotices(file, draft, options.locale));
  const { document } = draft;
  const analyzer = analyzers.get(file);
  const entries = outlineEntries(document, analyzer.parse(document.getText()).model, analyzer.locale);
  out.push(options.format === 'json' ? JSON.stringify(entries, null, 2) : outlineText(entries).join('\n'));
  return 0;
}

async function runExport(options: Options, analyzers: AnalyzerForFile, out: Lines): Promise<number> {
  if (options.args.length !== 1) {
    throw new UsageError({ zh: 'export 需要且只需要一个文件', en: 'export takes exactly one file' });
  }
  const { preset, encoding, locale } = options;
  // The Word writer is loaded by export alone: check, outline and fix do not pay for it.
  const { exportFile } = await import('./cli/export-file.js');
  return exportFile({ file: options.args[0] as string, analyzers, locale, ...(options.out ? { out: options.out } : {}), ...(preset ? { preset } : {}), ...(encoding ? { encoding } : {}) }, out);
}

function runAnnotate(options: Options, analyzers: AnalyzerForFile, out: Lines): number {
  if (options.args.length !== 1) {
    throw new UsageError({ zh: 'annotate 需要且只需要一个 Word 文件', en: 'annotate takes exactly one Word file' });
  }
  return annotateFile({ file: options.args[0] as string, analyzers, locale: options.locale, ...(options.out ? { out: options.out } : {}) }, out);
}

/** The exit code; a promise of it for export, which writes a file asynchronously. */
function run(options: Options, out: Lines, err: Lines): number | Promise<number> {
  if (options.version) {
    out.push(VERSION);
    return 0;
  }
  const command = COMMANDS.find((name) => name === options.command);
  if (options.help || options.command === 'help') {
    out.push(usage(options.locale, command ?? COMMANDS.find((name) => name === options.args[0])));
    return 0;
  }
  if (!command) {
    throw new UsageError(options.command === '' ? { zh: '缺少命令', en: 'missing command' } : { zh: `未知命令 ${options.command}`, en: `unknown command ${options.command}` });
  }
  if (options.args.length === 0) {
    throw new UsageError({ zh: `${command} 需要至少一个文件`, en: `${command} takes at least one file` });
  }
  const analyzers = new AnalyzerForFile(options.locale, options.config, (message) => err.push(message));
  switch (command) {
    case 'check':
      return runCheck(options, analyzers, out, err);
    case 'outline':
      return runOutline(options, analyzers, out, err);
    case 'export':
      return runExport(options, analyzers, out);
    case 'annotate':
      return runAnnotate(options, analyzers, out);
    case 'fix': {
      const errors: LocalizedError[] = [];
      const files = filesOf(options.args, errors).map(({ file }) => file);
      err.push(...errors.map((error) => `gongwen: ${error.in(options.locale)}`));
      const exit = fixFiles({ ...options, files, analyzers }, out, err);
      return errors.length > 0 ? 2 : exit;
    }
  }
}

/** An error the CLI reports (a usage or input error: exit 2); any other is a bug and is thrown on. */
function reported(error: unknown, locale: Locale, err: Lines): number {
  if (error instanceof UsageError) {
    err.push(`gongwen: ${error.in(locale)}`, '', usage(locale));
    return 2;
  }
  if (error instanceof LocalizedError) {
    err.push(`gongwen: ${error.in(locale)}`);
    return 2;
  }
  throw error;
}

/** Runs the CLI, printing to `out` and `err`; returns the exit code (a promise of it for export). */
export function runCliTo(argv: readonly string[], out: Lines, err: Lines): number | Promise<number> {
  const locale = localeOf(argv);
  try {
    const exit = run(parseArgs(argv, locale), out, err);
    return typeof exit === 'number' ? exit : exit.catch((error: unknown) => reported(error, locale, err));
  } catch (error) {
    return reported(error, locale, err);
  }
}

export interface CliResult {
  readonly exit: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Runs a command that finishes at once (all but export) and returns the exit code with what it printed, so tests can call it without a process. */
export function runCli(argv: readonly string[]): CliResult {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exit = runCliTo(argv, stdout, stderr);
  if (typeof exit !== 'number') {
    throw new Error('this command finishes later: use runCliAsync');
  }
  return { exit, stdout, stderr };
}

/** Runs any command, export included, and resolves to the exit code with what it printed. */
export async function runCliAsync(argv: readonly string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { exit: await runCliTo(argv, stdout, stderr), stdout, stderr };
}

/** Lines written to a stream in chunks of about 64K characters, each line gone once it is in a chunk. */
class ChunkedLines implements Lines {
  private chunk = '';

  constructor(private readonly stream: NodeJS.WriteStream) {}

  push(...lines: string[]): void {
    for (const line of lines) {
      this.chunk += line + '\n';
      if (this.chunk.length >= 1 << 16) {
        this.flush();
      }
    }
  }

  flush(): void {
    if (this.chunk !== '') {
      this.stream.write(this.chunk);
      this.chunk = '';
    }
  }
}

if (require.main === module) {
  const stdout = new ChunkedLines(process.stdout);
  const stderr = new ChunkedLines(process.stderr);
  void Promise.resolve(runCliTo(process.argv.slice(2), stdout, stderr)).then((exit) => {
    process.exitCode = exit;
    stdout.flush();
    stderr.flush();
  });
}
