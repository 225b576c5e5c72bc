/** The analysis core: text and settings in, LSP-shaped data out. No editor, no connection. */
export { analyzeText, severityOf, type Analysis, type AnalysisOptions } from './analyze';
export { codeActions, fixAllAction, FIX_ALL_KIND, type CodeActionOptions } from './code-actions';
export { SOURCE, toDiagnostics, toTextEdit, type DiagnosticData, type DiagnosticOptions } from './diagnostics';
export { isAnalysed, isMostlyChinese } from './enable';
export { applyEdits, fixAllEdits } from './fixes';
export { localeFromTag, type Locale } from './locale';
export { parseDocument } from './model/parse';
export type { DocumentModel, OutlineNode } from './model/types';
export { RULES } from './rules';
export type { Rule, Severity } from './rules/rule';
export { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
export { characterCount, documentSymbols, foldingRanges, symbolName, workspaceSymbols } from './symbols';
export { configurationProperties } from './settings-schema';
export { completionItems, resolveCompletionItem } from './completion/complete';
export { staticSnippets } from './completion/frames';
export { describeLength, documentStatistics, formatMinutes, type DocumentStatistics, type SectionStatistics } from './statistics';
export { headingCodeLenses, headingHover } from './heading-info';
export * from './requests';
