import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, DEFAULT_SETTINGS, localeFromTag, parseDocument, toDiagnostics, type Locale } from './analysis';
import { docsBaseUrl } from './docs-location';
import { encodingName, type EncodingName } from './cli/encoding';
import { fixFiles } from './cli/fix-files';
import { outlineEntries, outlineText } from './cli/outline-json';
import { InputError, readDocument } from './cli/read-document';

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;

const USAGE = `用法 (usage):
  gongwen check [--format text|json] [--encoding utf-8|utf-16le|gb18030] [--lang zh|en] FILE…
  gongwen outline [--format text|json] [--encoding …] FILE
  gongwen fix [--dry-run] [--encoding …] [--lang zh|en] FILE…

  check    报告占位符、网页残留等问题；有警告或错误时退出码为 1
           (report problems; exit 1 when any is a warning or an error)
  outline  打印 一、（一）1.（1） 结构 (print the heading structure)
  fix      应用所有安全修复，按原编码、原换行原子写回；--dry-run 只打印差异
           (apply the safe fixes, written back atomically in the same encoding and
           line breaks; --dry-run prints the diff and writes nothing)

退出码 (exit codes): 0 无问题 (clean), 1 有问题 (problems found), 2 用法或输入错误 (usage or input error)`;

class UsageError extends Error {}

interface Options {
  readonly command: string;
  readonly files: string[];
  readonly format: 'text' | 'json';
  readonly encoding?: EncodingName;
  readonly locale: Locale;
  readonly dryRun: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const [command = '', ...rest] = args;
  const files: string[] = [];
  let format: Options['format'] = 'text';
  let encoding: EncodingName | undefined;
  let locale = localeFromTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  let dryRun = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined) {
        throw new UsageError(`${flag} 需要一个值 (needs a value)`);
      }
      return next;
    };
    if (flag === '--format') {
      const given = value();
      if (given !== 'text' && given !== 'json') {
        throw new UsageError(`--format 只能是 text 或 json (got ${given})`);
      }
      format = given;
    } else if (flag === '--encoding') {
      const given = value();
      encoding = encodingName(given);
      if (!encoding) {
        throw new UsageError(`不支持的编码 ${given}：可用 utf-8、utf-16le、utf-16be、gb18030 (unsupported encoding)`);
      }
    } else if (flag === '--dry-run' && command === 'fix') {
      dryRun = true;
    } else if (flag === '--lang') {
      locale = localeFromTag(value());
    } else if (flag?.startsWith('-') && flag !== '-') {
      throw new UsageError(`未知选项 ${flag} (unknown option)`);
    } else {
      files.push(arg);
    }
  }
  return { command, files, format, locale, dryRun, ...(encoding ? { encoding } : {}) };
}

function runCheck(options: Options, out: string[], err: string[]): number {
  let exit = 0;
  const reports = [];
  for (const file of options.files) {
    let document: TextDocument;
    try {
      document = readDocument(file, options.encoding).document;
    } catch (error) {
      if (!(error instanceof InputError)) {
        throw error;
      }
      err.push(`gongwen: ${error.message}`);
      exit = 2;
      continue;
    }
    const text = document.getText();
    const analysis = analyzeText(text, DEFAULT_SETTINGS, { markdown: document.languageId === 'markdown' });
    for (const failure of analysis.failures) {
      err.push(`gongwen: ${file}：规则 ${failure.rule.id} 出错，已跳过 (rule failed, skipped): ${String(failure.error)}`);
    }
    const diagnostics = toDiagnostics(document, analysis, { locale: options.locale, docsBase: docsBaseUrl() }).map((diagnostic) => ({
      code: String(diagnostic.code),
      severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
      message: diagnostic.message,
      range: diagnostic.range,
      text: document.getText(diagnostic.range),
    }));
    if (exit === 0 && diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')) {
      exit = 1;
    }
    reports.push({ file, diagnostics });
  }
  if (options.format === 'json') {
    out.push(JSON.stringify(reports, null, 2));
  } else {
    for (const report of reports) {
      for (const d of report.diagnostics) {
        out.push(`${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} [${d.code}] ${d.message}`);
      }
    }
    const count = reports.reduce((sum, report) => sum + report.diagnostics.length, 0);
    out.push(options.locale === 'zh' ? `共 ${reports.length} 个文件，${count} 个问题。` : `${reports.length} file(s), ${count} problem(s).`);
  }
  return exit;
}

function runOutline(options: Options, out: string[]): void {
  if (options.files.length !== 1) {
    throw new UsageError('outline 需要且只需要一个文件 (outline takes exactly one file)');
  }
  const { document } = readDocument(options.files[0] as string, options.encoding);
  const entries = outlineEntries(document, parseDocument(document.getText()));
  out.push(options.format === 'json' ? JSON.stringify(entries, null, 2) : outlineText(entries).join('\n'));
}

/** Runs the CLI; returns the exit code and what to print, so tests can call it without a process. */
export function runCli(args: readonly string[]): { exit: number; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  try {
    const options = parseArgs(args);
    switch (options.command) {
      case 'check':
        if (options.files.length === 0) {
          throw new UsageError('check 需要至少一个文件 (check takes at least one file)');
        }
        return { exit: runCheck(options, stdout, stderr), stdout, stderr };
      case 'fix':
        if (options.files.length === 0) {
          throw new UsageError('fix 需要至少一个文件 (fix takes at least one file)');
        }
        return { exit: fixFiles(options, stdout, stderr), stdout, stderr };
      case 'outline':
        runOutline(options, stdout);
        return { exit: 0, stdout, stderr };
      case '--help':
      case '-h':
      case 'help':
        return { exit: 0, stdout: [USAGE], stderr };
      default:
        throw new UsageError(options.command === '' ? '缺少命令 (missing command)' : `未知命令 ${options.command} (unknown command)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      return { exit: 2, stdout, stderr: [`gongwen: ${error.message}`, '', USAGE] };
    }
    if (error instanceof InputError) {
      return { exit: 2, stdout, stderr: [`gongwen: ${error.message}`] };
    }
    throw error;
  }
}

if (require.main === module) {
  const { exit, stdout, stderr } = runCli(process.argv.slice(2));
  if (stdout.length > 0) {
    process.stdout.write(stdout.join('\n') + '\n');
  }
  if (stderr.length > 0) {
    process.stderr.write(stderr.join('\n') + '\n');
  }
  process.exitCode = exit;
}
