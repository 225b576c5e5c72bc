/**
 * `gongwen export FILE`: the draft as a Word file in the layout of GB/T 9704-2012. It says what is still
 * unresolved (unfilled placeholders first) and exports anyway; the Word file is written atomically and
 * never over the draft itself.
 */
import { localize, warningsBeforeExport, type ExportPreset, type Locale } from '../analysis';
import { exportOptions, wordDocument } from '../export/write-docx';
import type { AnalyzerForFile } from './analyzers';
import type { EncodingName } from './encoding';
import { InputError } from './errors';
import { readDocument } from './read-document';
import type { Lines } from './report';
import { wordTarget, writeAtomically } from './write-file';

export interface ExportRequest {
  readonly file: string;
  readonly out?: string;
  readonly preset?: ExportPreset;
  readonly encoding?: EncodingName;
  readonly analyzers: AnalyzerForFile;
  readonly locale: Locale;
}

/** How many unresolved findings are listed by name; the rest are counted. */
const LISTED = 10;

const PRESET_NAMES = { document: { zh: '公文', en: 'document' }, speech: { zh: '讲话稿', en: 'speech' } } as const;

export async function exportFile(request: ExportRequest, out: Lines): Promise<number> {
  const { file, locale } = request;
  if (/\.(?:docx?|wps)$/i.test(file)) {
    throw new InputError({ zh: `${file}：是 Word 文件；export 需要文本文稿（.gw、.txt、.md）`, en: `${file}: a Word file; export takes a text draft (.gw, .txt, .md)` });
  }
  const target = wordTarget(file, request.out, '');
  const { document } = readDocument(file, request.encoding);
  const analyzer = request.analyzers.get(file);
  const text = document.getText();
  const markdown = document.languageId === 'markdown';
  const parsed = analyzer.parse(text);
  const warnings = warningsBeforeExport(analyzer.analyze(text, { markdown }, parsed));
  if (warnings.length > 0) {
    const placeholders = warnings.filter(({ ruleId }) => ruleId === 'placeholder').length;
    out.push(localize({
      zh: `${file}：还有 ${warnings.length} 个未处理的警告（其中未填写的占位符 ${placeholders} 个），仍照原文导出：`,
      en: `${file}: ${warnings.length} unresolved warning(s) (${placeholders} unfilled placeholder(s)); exported as written:`,
    }, locale));
    for (const { ruleId, finding } of warnings.slice(0, LISTED)) {
      const at = document.positionAt(finding.start);
      out.push(`  ${at.line + 1}:${at.character + 1} [${ruleId}] ${localize(finding.message, locale)}`);
    }
    if (warnings.length > LISTED) {
      out.push(localize({ zh: `  ……另有 ${warnings.length - LISTED} 个`, en: `  … and ${warnings.length - LISTED} more` }, locale));
    }
  }
  const layout = analyzer.layout(text, { markdown, ...(request.preset ? { preset: request.preset } : {}) }, parsed);
  const bytes = await wordDocument(layout, exportOptions(analyzer.settings));
  try {
    writeAtomically(target, bytes);
  } catch (error) {
    throw new InputError({ zh: `${target}：无法写入（${String(error)}）`, en: `${target}: cannot be written (${String(error)})` });
  }
  out.push(localize({ zh: `已导出 ${target}（${PRESET_NAMES[layout.preset].zh}版式）`, en: `exported ${target} (${PRESET_NAMES[layout.preset].en} layout)` }, locale));
  return 0;
}
