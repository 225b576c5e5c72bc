/**
 * The analysis core: text and settings in, LSP-shaped data out. No editor, no connection. Its front door is
 * createAnalyzer; the rest exported here describes what the analyzer answers, and what the manifest needs.
 */
export { createAnalyzer, Analyzer, AnalyzedDocument, type AnalyzerOptions, type CodeActionRequest, type TextOptions } from './analyzer';
export { findingsInOrder, warningsBeforeExport, type Analysis, type ParsedText, type RankedFinding, type RuleFailure, type RuleResult } from './analyze';
export { FIX_ALL_KIND } from './code-actions';
export { languageOf } from './enable';
export { SOURCE } from './diagnostics';
export { applyEdits } from './fixes';
export { localeFromTag, localize, type Locale, type Localized } from './locale';
export type { DocumentModel, FramePartName, OutlineNode } from './model/types';
export { RULES } from './rules';
export type { Rule, RuleContext } from './rules/rule';
export { DEFAULT_SETTINGS, SETTINGS, type SettingKey, type Settings } from './settings';
export { configurationProperties, manifestCapabilities, settingsTable } from './settings-schema';
export { outlineTop, partContent, partName, symbolName, type OutlineTop } from './symbols';
export { resolveCompletionItem } from './completion/complete';
export { staticSnippets } from './completion/frames';
export { severityOf, type Finding, type Fix, type OffsetEdit, type RelatedSpan, type Severity } from './vocabulary';
export { describeLength, formatMinutes, type DocumentStatistics, type SectionStatistics } from './statistics';
export { SHOW_STATISTICS_COMMAND } from './heading-info';
export { countCharacters } from './model/text';
export { countBefore } from './model/sorted';
export { chineseNumeral } from './model/numerals';
export { FRAMES, type Frame } from './completion/frames';
export type { ExportPreset, LayoutBlock, LayoutParagraph, LayoutRole, LayoutRun, LayoutTable, LayoutTitle, PageLayout } from './page-layout';
