/**
 * `gongwen annotate IN.docx`: a copy of a Word draft with one comment (批注) per finding at warning or above,
 * anchored on the flagged text, by 公文助手, saying the problem and the suggested fix in the user's language.
 * The draft itself is never written; the copy is written atomically.
 */
import { localize, type Locale } from '../analysis';
import { annotatedWithFindings } from '../word/finding-comments';
import type { AnalyzerForFile } from './analyzers';
import { InputError } from './errors';
import { readWordFile } from './read-draft';
import type { Lines } from './report';
import { wordTarget, writeAtomically } from './write-file';

export interface AnnotateRequest {
  readonly file: string;
  readonly out?: string;
  readonly analyzers: AnalyzerForFile;
  readonly locale: Locale;
}

export function annotateFile(request: AnnotateRequest, out: Lines): number {
  const { file, locale } = request;
  if (!/\.docx$/i.test(file)) {
    throw new InputError({ zh: `${file}：annotate 只处理 Word 文件（.docx）`, en: `${file}: annotate takes a Word file (.docx)` });
  }
  const target = wordTarget(file, request.out, '-批注');
  const { document, word } = readWordFile(file);
  const analyzer = request.analyzers.get(file);
  const { bytes, comments } = annotatedWithFindings(word, analyzer.analyze(document.getText()), locale);
  try {
    writeAtomically(target, bytes);
  } catch (error) {
    throw new InputError({ zh: `${target}：无法写入（${String(error)}）`, en: `${target}: cannot be written (${String(error)})` });
  }
  out.push(localize({ zh: `已写出 ${target}（${comments} 条批注）`, en: `wrote ${target} (${comments} comment(s))` }, locale));
  return 0;
}
