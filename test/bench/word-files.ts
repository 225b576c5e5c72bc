/**
 * The Word reader and writers on a 100-page draft: a generated speech of about 60,000 characters exported
 * by gongwen (22 lines of 28 characters a page), then read back, and annotated with its findings.
 */
import { createAnalyzer, findingsInOrder } from '../../server/src/analysis';
import { exportOptions, wordDocument } from '../../server/src/export/write-docx';
import { annotateWord } from '../../server/src/word/annotate';
import { readWord } from '../../server/src/word/read-docx';
import { generateSpeech } from './generate';

export interface WordFileTimes {
  readonly characters: number;
  readonly kilobytes: number;
  readonly exportMs: number;
  readonly readMs: number;
  readonly annotateMs: number;
  readonly comments: number;
}

export async function wordFileTimes(time: (work: () => unknown) => number): Promise<WordFileTimes> {
  const analyzer = createAnalyzer({ docsBase: 'file:///docs' });
  const text = generateSpeech(60_000);
  const started = performance.now();
  const bytes = await wordDocument(analyzer.layout(text), exportOptions(analyzer.settings));
  const exportMs = performance.now() - started;
  const readMs = time(() => readWord(bytes));
  const word = readWord(bytes);
  const comments = findingsInOrder(analyzer.analyze(word.text)).map(({ finding }) => ({ start: finding.start, end: finding.end, text: 'x' }));
  const annotateMs = time(() => annotateWord(word, comments, '公文助手', new Date()));
  return { characters: word.text.length, kilobytes: Math.round(bytes.length / 1024), exportMs, readMs, annotateMs, comments: comments.length };
}
