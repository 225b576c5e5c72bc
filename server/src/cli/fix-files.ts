import { applyEdits, localize, type Locale, type Localized } from '../analysis';
import type { AnalyzerForFile } from './analyzers';
import { encodeFile, type EncodingName } from './encoding';
import { InputError, LocalizedError } from './errors';
import { readDocument } from './read-document';
import { isWordName } from './read-draft';
import type { Lines } from './report';
import { writeAtomically } from './write-file';

export interface FixOptions {
  readonly files: readonly string[];
  readonly dryRun: boolean;
  readonly encoding?: EncodingName;
  readonly locale: Locale;
  readonly analyzers: AnalyzerForFile;
}

/** A line diff of the lines that changed, with one line of context, in unified style. */
function lineDiff(file: string, before: string, after: string): string[] {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    head++;
  }
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    tail++;
  }
  const from = Math.max(0, head - 1);
  const oldEnd = Math.min(a.length, a.length - tail + 1);
  const newEnd = Math.min(b.length, b.length - tail + 1);
  const lines = [`--- ${file}`, `+++ ${file} (fixed)`, `@@ -${from + 1},${oldEnd - from} +${from + 1},${newEnd - from} @@`];
  for (let i = from; i < head; i++) {
    lines.push(` ${a[i]}`);
  }
  for (let i = head; i < a.length - tail; i++) {
    lines.push(`-${a[i]}`);
  }
  for (let i = head; i < b.length - tail; i++) {
    lines.push(`+${b[i]}`);
  }
  for (let i = a.length - tail; i < oldEnd; i++) {
    lines.push(` ${a[i]}`);
  }
  return lines;
}

/**
 * `gongwen fix`: applies every safe fix and writes each file back in the encoding, BOM and line
 * breaks it was read with; `--dry-run` prints the diff and writes nothing. A file that cannot be
 * read, decoded or written back byte for byte is left untouched, with a message.
 */
export function fixFiles(options: FixOptions, out: Lines, err: Lines): number {
  const say = (message: Localized): string => localize(message, options.locale);
  let exit = 0;
  let changed = 0;
  for (const file of options.files) {
    try {
      if (isWordName(file)) {
        throw new InputError({ zh: `${file}：fix 不改动 Word 文件；用 gongwen annotate 生成带批注的副本`, en: `${file}: fix does not change Word files; gongwen annotate writes a copy with the findings as comments` });
      }
      const { document, bytes, decoded } = readDocument(file, options.encoding);
      if (!encodeFile(decoded.text, decoded.encoding, decoded.bom).equals(bytes)) {
        throw new InputError({
          zh: `${file}：按 ${decoded.encoding} 无法原样写回，为免丢失内容，未修改`,
          en: `${file}: cannot be written back byte for byte as ${decoded.encoding}; left untouched so nothing is lost`,
        });
      }
      const text = document.getText();
      const edits = options.analyzers.get(file).fixAll(text, { markdown: document.languageId === 'markdown' });
      if (edits.length === 0) {
        out.push(say({ zh: `${file}：无需修改`, en: `${file}: nothing to fix` }));
        continue;
      }
      const fixed = applyEdits(text, edits);
      if (options.dryRun) {
        out.push(...lineDiff(file, text, fixed));
        continue;
      }
      writeAtomically(file, encodeFile(fixed, decoded.encoding, decoded.bom));
      changed++;
      out.push(say({ zh: `${file}：已修复 ${edits.length} 处`, en: `${file}: fixed ${edits.length} problem(s)` }));
    } catch (error) {
      if (error instanceof LocalizedError) {
        err.push(`gongwen: ${error.in(options.locale)}`);
      } else if ((error as NodeJS.ErrnoException).code) {
        err.push(`gongwen: ${say({ zh: `${file}：写入失败，文件未修改`, en: `${file}: write failed; the file is untouched` })}: ${(error as Error).message}`);
      } else {
        throw error;
      }
      exit = 2;
    }
  }
  if (!options.dryRun) {
    out.push(say({ zh: `共修复 ${changed} 个文件。`, en: `${changed} file(s) fixed.` }));
  }
  return exit;
}
