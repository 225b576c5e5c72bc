import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type CodeLens, type Hover } from 'vscode-languageserver-types';
import type { Analysis } from './analyze';
import type { Locale } from './locale';
import { SHOW_STATISTICS_COMMAND } from './requests';
import { describeLength, documentStatistics, type SectionStatistics } from './statistics';

function contains(document: TextDocument, section: SectionStatistics, offset: number): boolean {
  return document.offsetAt(section.range.start) <= offset && offset <= document.offsetAt(section.range.end);
}

/** On a title or heading line: that section's characters, speaking time and findings. */
export function headingHover(document: TextDocument, analysis: Analysis, offset: number, speakingRate: number, locale: Locale): Hover | null {
  const statistics = documentStatistics(document, analysis, speakingRate);
  const section = statistics.sections.find((candidate) => contains(document, candidate, offset));
  if (!section) {
    return null;
  }
  const rate = locale === 'zh' ? `（按每分钟 ${speakingRate} 字计）` : ` (at ${speakingRate} characters a minute)`;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: `**${section.name}**\n\n${describeLength(section.characters, section.minutes, section.findings, locale)}${rate}`,
    },
    range: section.range,
  };
}

/** Above each level-1 heading: its length and speaking time; clicking opens the statistics view. */
export function headingCodeLenses(document: TextDocument, analysis: Analysis, speakingRate: number, locale: Locale): CodeLens[] {
  return documentStatistics(document, analysis, speakingRate)
    .sections.filter((section) => section.level === 1)
    .map((section) => ({
      range: section.range,
      command: {
        title: describeLength(section.characters, section.minutes, undefined, locale),
        command: SHOW_STATISTICS_COMMAND,
        arguments: [document.uri],
      },
    }));
}
