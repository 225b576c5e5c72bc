import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Analysis } from './analyze';
import type { Locale } from './locale';
import type { DocumentKind } from './vocabulary';
import { kindLabel } from './model/document-kind';
import { countBefore } from './model/sorted';
import { countCharacters } from './model/text';
import type { OutlineNode } from './model/types';
import { symbolName } from './symbols';

export interface SectionStatistics {
  readonly name: string;
  /** 0 for a title, 1–4 for a heading's level. */
  readonly level: number;
  /** The heading line (its marker and title). */
  readonly range: Range;
  readonly characters: number;
  readonly minutes: number;
  /** Findings of every enabled rule that start in the section. */
  readonly findings: number;
}

export interface DocumentStatistics {
  /** What the document is, as the status bar names it (通知, 讲话稿, 事务文书（总结）); null when its title does not say. */
  readonly kind: string | null;
  readonly characters: number;
  readonly minutes: number;
  readonly speakingRate: number;
  readonly placeholders: number;
  readonly findings: number;
  readonly sections: readonly SectionStatistics[];
}

/** Sorted start offsets of every finding, to count the findings of a section by binary search. */
export class FindingStarts {
  private readonly starts: number[];

  constructor(analysis: Analysis) {
    this.starts = analysis.results.flatMap((result) => result.findings.map((finding) => finding.start)).sort((a, b) => a - b);
  }

  get total(): number {
    return this.starts.length;
  }

  /** How many findings start at or after `start` and before `end`. */
  count(start: number, end: number): number {
    return this.firstAtOrAfter(end) - this.firstAtOrAfter(start);
  }

  private firstAtOrAfter(offset: number): number {
    return countBefore(this.starts, (start) => start < offset);
  }
}

export function isSection(node: OutlineNode): boolean {
  return node.kind === 'heading' || node.kind === 'title';
}

/** One title's or heading's characters, minutes and findings. */
export function sectionOf(document: TextDocument, analysis: Analysis, node: OutlineNode, rate: number, findings: FindingStarts): SectionStatistics {
  const characters = countCharacters(analysis.model.text, node.start, node.end);
  return {
    name: symbolName(analysis.model.text, node),
    level: node.kind === 'heading' ? node.level : 0,
    range: { start: document.positionAt(node.start), end: document.positionAt(node.headEnd) },
    characters,
    minutes: characters / rate,
    findings: findings.count(node.start, node.end),
  };
}

/** Length, speaking time and findings of the document and of each of its titles and headings. */
export function documentStatistics(document: TextDocument, analysis: Analysis, speakingRate: number, kind: DocumentKind | null): DocumentStatistics {
  const findings = new FindingStarts(analysis);
  const characters = countCharacters(analysis.model.text);
  return {
    kind: kind === null ? null : kindLabel(kind),
    characters,
    minutes: characters / speakingRate,
    speakingRate,
    placeholders: analysis.results.find((result) => result.rule.id === 'placeholder')?.findings.length ?? 0,
    findings: findings.total,
    sections: analysis.model.nodes.filter(isSection).map((node) => sectionOf(document, analysis, node, speakingRate, findings)),
  };
}

/** "约 6.2 分钟" / "about 6.2 min": one decimal under ten minutes, whole minutes above. */
export function formatMinutes(minutes: number, locale: Locale): string {
  if (minutes < 0.1) {
    return locale === 'zh' ? '不到 0.1 分钟' : 'under 0.1 min';
  }
  const shown = minutes < 10 ? minutes.toFixed(1) : Math.round(minutes).toString();
  return locale === 'zh' ? `约 ${shown} 分钟` : `about ${shown} min`;
}

/** "1,234 字 · 约 6.2 分钟 · 3 个问题" for a section or a document. */
export function describeLength(characters: number, minutes: number, findings: number | undefined, locale: Locale): string {
  const count = characters.toLocaleString('en-US');
  const parts = locale === 'zh' ? [`${count} 字`, formatMinutes(minutes, locale)] : [`${count} characters`, formatMinutes(minutes, locale)];
  if (findings !== undefined) {
    parts.push(locale === 'zh' ? `${findings} 个问题` : `${findings} ${findings === 1 ? 'problem' : 'problems'}`);
  }
  return parts.join(' · ');
}
