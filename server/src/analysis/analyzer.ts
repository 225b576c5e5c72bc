/**
 * The core's front door. An Analyzer holds one configuration (rules, settings, language) and answers
 * everything the language server, the CLI and the tests ask of a text: its parse, its findings, its
 * fixes, its outline, its statistics and its completions. Nothing else assembles the core.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Range, TextEdit, WorkspaceSymbol } from 'vscode-languageserver-types';
import { configureRules, findingsInOrder, parseText, runRules, type Analysis, type ConfiguredRule, type ParsedText } from './analyze';
import { codeActions } from './code-actions';
import { completionItems } from './completion/complete';
import { toDiagnostic, toTextEdit, type DiagnosticOptions } from './diagnostics';
import { isAnalysed, languageOf } from './enable';
import { applyEdits, fixAllEdits, stableFixAllEdits } from './fixes';
import { headingCodeLenses, headingHover } from './heading-info';
import { localize, type Locale, type Localized } from './locale';
import { pageLayout, presetOf, type ExportPreset, type PageLayout } from './page-layout';
import { documentKind } from './model/document-kind';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import { readSettings, type Settings } from './settings';
import { documentStatistics, type DocumentStatistics } from './statistics';
import { documentSymbols, foldingRanges, workspaceSymbols } from './symbols';
import type { OffsetEdit } from './vocabulary';

export interface AnalyzerOptions {
  /** The rules to run: all of gongwen's unless a test gives its own. */
  readonly rules?: readonly Rule[];
  /** Settings as a client sends them or a settings file holds them (the `gongwen` section); checked here. */
  readonly settings?: unknown;
  /** The language of every message: Chinese unless said otherwise. */
  readonly locale?: Locale;
  /** Where the rule pages live: a diagnostic links `${docsBase}/${id}.md`. */
  readonly docsBase: string;
  /**
   * An editor guards typing: a document longer than gongwen.maxDocumentSize gets only the cheap rules.
   * The CLI does not: it runs every rule on any size.
   */
  readonly typingGuard?: boolean;
}

export interface TextOptions {
  /** The text is Markdown: its syntax is not taken for placeholders, and disable comments are HTML comments. */
  readonly markdown?: boolean;
}

/** What a client can do, for the code actions it is offered. */
export interface CodeActionRequest {
  /** The kinds the client asked for (CodeActionContext.only). */
  readonly only?: readonly string[];
  /** The client applies snippet text edits (LSP 3.18 workspace.workspaceEdit.snippetEditSupport). */
  readonly snippetSupport: boolean;
}

export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  return new Analyzer(options);
}

export class Analyzer {
  readonly settings: Settings;
  readonly locale: Locale;
  /** What was wrong with the settings given (each bad value fell back to its default), in the analyzer's language. */
  readonly settingsProblems: readonly string[];
  readonly diagnosticOptions: DiagnosticOptions;
  private readonly configured: readonly ConfiguredRule[];
  private readonly typingGuard: boolean;
  private readonly documents = new Map<string, AnalyzedDocument>();

  constructor(options: AnalyzerOptions) {
    const rules = options.rules ?? RULES;
    this.locale = options.locale ?? 'zh';
    const problems: Localized[] = [];
    this.settings = readSettings(options.settings, new Set(rules.map((rule) => rule.id)), problems);
    this.settingsProblems = problems.map((problem) => localize(problem, this.locale));
    this.configured = configureRules(rules, this.settings);
    this.typingGuard = options.typingGuard ?? false;
    this.diagnosticOptions = { locale: this.locale, docsBase: options.docsBase };
  }

  /** The outline alone, with gongwen-disable comments blanked as the rules see them. */
  parse(text: string): ParsedText {
    return parseText(text);
  }

  /** Every enabled rule over `text` (given its parse, when there is one). */
  analyze(text: string, options: TextOptions = {}, parsed: ParsedText = parseText(text)): Analysis {
    const limited = this.typingGuard && text.length > this.settings.maxDocumentSize;
    return runRules(parsed, this.configured, { markdown: options.markdown ?? false, limited });
  }

  /**
   * What source.fixAll.gongwen and `gongwen fix` apply: the safe fixes, then those of the text they make,
   * until fixing again changes nothing (a few passes at most), as one list of non-overlapping edits.
   */
  fixAll(text: string, options: TextOptions = {}, analysis: Analysis = this.analyze(text, options)): OffsetEdit[] {
    return stableFixAllEdits(text, analysis, (current) => this.analyze(current, options));
  }

  /** `text` with fixAll applied. */
  fixed(text: string, options: TextOptions = {}): string {
    return applyEdits(text, this.fixAll(text, options));
  }

  /**
   * The document as it goes on paper (for a Word export): each paragraph's role, in the preset asked,
   * else gongwen.export.preset, where auto takes the speech layout for a speech and the document layout for the rest.
   */
  layout(text: string, options: TextOptions & { readonly preset?: ExportPreset | 'auto' } = {}, parsed: ParsedText = parseText(text)): PageLayout {
    const { model } = parsed;
    const asked = options.preset ?? this.settings['export.preset'];
    const preset = asked === 'auto' ? presetOf(model, documentKind(model.frames[0], this.settings.documentKind)) : asked;
    return pageLayout(model, preset, options.markdown ?? false);
  }

  /** Whether gongwen analyses this document under gongwen.enable (by its language, its file name and its text). */
  analyses(uri: string, languageId: string, text: string): boolean {
    return isAnalysed(languageOf(uri, languageId), text, this.settings.enable);
  }

  /** The document's current version, parsed once and analysed when first asked; earlier versions are dropped. */
  document(document: TextDocument): AnalyzedDocument {
    const known = this.documents.get(document.uri);
    if (known && known.document.version === document.version && known.text === document.getText()) {
      return known;
    }
    const opened = new AnalyzedDocument(this, document);
    this.documents.set(document.uri, opened);
    return opened;
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.documents.delete(uri);
  }

  /** The message an editor shows once when a document is over gongwen.maxDocumentSize. */
  limitNotice(length: number): string {
    const size = length.toLocaleString('en-US');
    const limit = this.settings.maxDocumentSize.toLocaleString('en-US');
    return localize({
      zh: `公文助手：这篇文档有 ${size} 字，超过 gongwen.maxDocumentSize（${limit} 字）。为保持编辑流畅，只检查占位符和网页残留，并显示大纲。`,
      en: `gongwen: this document has ${size} characters, more than gongwen.maxDocumentSize (${limit}). To keep typing smooth, only placeholders and web residue are checked, and the outline is shown.`,
    }, this.locale);
  }
}

/**
 * One version of an editor's document, as the analyzer sees it: every LSP answer gongwen gives about it.
 * It keeps its own snapshot of that version (an editor's document object changes in place as the user types).
 */
export class AnalyzedDocument {
  readonly document: TextDocument;
  readonly text: string;
  readonly markdown: boolean;
  /** null: a document gongwen does not analyse (gongwen.enable, its language, or too little Chinese). */
  readonly parsed: ParsedText | null;
  private cached: Analysis | null | undefined;

  constructor(private readonly analyzer: Analyzer, editorDocument: TextDocument) {
    this.text = editorDocument.getText();
    this.document = TextDocument.create(editorDocument.uri, editorDocument.languageId, editorDocument.version, this.text);
    this.markdown = languageOf(editorDocument.uri, editorDocument.languageId) === 'markdown';
    this.parsed = analyzer.analyses(editorDocument.uri, editorDocument.languageId, this.text) ? parseText(this.text) : null;
  }

  /** The rules' findings (run once per version, on first use). */
  get analysis(): Analysis | null {
    if (this.cached === undefined) {
      this.cached = this.parsed ? this.analyzer.analyze(this.text, { markdown: this.markdown }, this.parsed) : null;
    }
    return this.cached;
  }

  diagnostics(): Diagnostic[] {
    const analysis = this.analysis;
    if (!analysis) {
      return [];
    }
    return findingsInOrder(analysis).map(({ ruleId, severity, finding }) => toDiagnostic(this.document, ruleId, severity, finding, this.analyzer.diagnosticOptions));
  }

  codeActions(range: Range, request: CodeActionRequest): CodeAction[] {
    const analysis = this.analysis;
    if (!analysis) {
      return [];
    }
    return codeActions(this.document, analysis, range, {
      ...this.analyzer.diagnosticOptions,
      snippetSupport: request.snippetSupport,
      markdown: this.markdown,
      fixAll: () => this.analyzer.fixAll(this.text, { markdown: this.markdown }, analysis),
      ...(request.only ? { only: request.only } : {}),
    });
  }

  /** The edits that fill each placeholder with its value from gongwen.placeholderValues. */
  fillPlaceholders(): TextEdit[] {
    const analysis = this.analysis;
    return analysis ? fixAllEdits(analysis, 'placeholder').map((edit) => toTextEdit(this.document, edit)) : [];
  }

  symbols(): DocumentSymbol[] | null {
    return this.parsed ? documentSymbols(this.document, this.parsed.model, this.analyzer.locale) : null;
  }

  folding(): FoldingRange[] | null {
    return this.parsed ? foldingRanges(this.document, this.parsed.model) : null;
  }

  workspaceSymbols(query: string): WorkspaceSymbol[] {
    return this.parsed ? workspaceSymbols(this.document, this.parsed.model, query) : [];
  }

  completion(offset: number): CompletionItem[] {
    return this.parsed ? completionItems(this.document, this.parsed.model, offset, this.analyzer.settings, this.analyzer.locale) : [];
  }

  hover(offset: number): Hover | null {
    const analysis = this.analysis;
    return analysis ? headingHover(this.document, analysis, offset, this.analyzer.settings.speakingRate, this.analyzer.locale) : null;
  }

  codeLenses(): CodeLens[] {
    const analysis = this.analysis;
    return analysis && this.analyzer.settings['codeLens.enable'] ? headingCodeLenses(this.document, analysis, this.analyzer.settings.speakingRate, this.analyzer.locale) : [];
  }

  /** The settings the document is analysed (and exported) with. */
  get settings(): Settings {
    return this.analyzer.settings;
  }

  /** The document as it goes on paper, in `preset` (else gongwen.export.preset); null when gongwen does not analyse it. */
  layout(preset?: ExportPreset | 'auto'): PageLayout | null {
    return this.parsed ? this.analyzer.layout(this.text, { markdown: this.markdown, ...(preset ? { preset } : {}) }, this.parsed) : null;
  }

  statistics(): DocumentStatistics | null {
    const analysis = this.analysis;
    const settings = this.analyzer.settings;
    return analysis ? documentStatistics(this.document, analysis, settings.speakingRate, documentKind(analysis.model.frames[0], settings.documentKind)) : null;
  }
}
