import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type CodeLens, type Hover } from 'vscode-languageserver-types';
import type { Analysis } from './analyze';
import type { Locale } from './locale';
import { describeLength, FindingStarts, isSection, sectionOf } from './statistics';

/** The client command a code lens runs: opens the statistics view of a document (argument: its URI). */
export const SHOW_STATISTICS_COMMAND = 'gongwen.showStatistics';

/** On a title or heading line: that section's characters, speaking time and findings. */
export function headingHover(document: TextDocument, analysis: Analysis, offset: number, speakingRate: number, locale: Locale): Hover | null {
  const node = analysis.model.nodes.find((candidate) => isSection(candidate) && candidate.start <= offset && offset <= candidate.headEnd);
  if (!node) {
    return null;
  }
  const section = sectionOf(document, analysis, node, speakingRate, new FindingStarts(analysis));
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
  const findings = new FindingStarts(analysis);
  return analysis.model.nodes
    .filter((node) => node.kind === 'heading' && node.level === 1)
    .map((node) => sectionOf(document, analysis, node, speakingRate, findings))
    .map((section) => ({
      range: section.range,
      command: {
        title: describeLength(section.characters, section.minutes, undefined, locale),
        command: SHOW_STATISTICS_COMMAND,
        arguments: [document.uri],
      },
    }));
}
