import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzeText,
  codeActions,
  completionItems,
  documentStatistics,
  documentSymbols,
  FILL_PLACEHOLDERS_REQUEST,
  FIX_ALL_KIND,
  fixAllEdits,
  foldingRanges,
  headingCodeLenses,
  headingHover,
  isAnalysed,
  localeFromTag,
  parseText,
  readSettings,
  resolveCompletionItem,
  STATISTICS_REQUEST,
  toDiagnostics,
  toTextEdit,
  workspaceSymbols,
  type Analysis,
  type DocumentModel,
  type DocumentRequestParams,
  type Locale,
  type ParsedText,
  type Settings,
} from './analysis';
import { docsBaseUrl } from './docs-location';

/** How long typing must pause before a document is analysed again. */
const DEBOUNCE_MS = 200;

/** What is known of one version of a document: its parse at once, its analysis when first asked for. */
interface Cached {
  readonly version: number;
  readonly text: string;
  /** null: a document gongwen does not analyse. */
  readonly parsed: ParsedText | null;
  analysis?: Analysis | null;
}

class GongwenServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, Cached>();
  private readonly settingsByUri = new Map<string, Settings>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly reportedProblems = new Set<string>();
  /** Documents whose size limit message was shown, so that it is shown once per document. */
  private readonly limitShown = new Set<string>();
  private locale: Locale = 'zh';
  private snippetSupport = false;
  private pullConfiguration = false;
  private pushedSettings: unknown;

  constructor(private readonly connection: Connection) {}

  start(): void {
    const { connection, documents } = this;
    connection.onInitialize((params): InitializeResult => {
      this.locale = localeFromTag(params.locale);
      const workspace = params.capabilities.workspace;
      this.snippetSupport = (workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
      this.pullConfiguration = workspace?.configuration === true;
      this.pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
      return {
        capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          documentSymbolProvider: { label: '公文结构' },
          foldingRangeProvider: true,
          workspaceSymbolProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
          completionProvider: { resolveProvider: true },
          hoverProvider: true,
          codeLensProvider: { resolveProvider: false },
        },
        serverInfo: { name: 'gongwen', version: '0.1.0' },
      };
    });
    connection.onInitialized(() => {
      if (this.pullConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
      }
    });
    connection.onDidChangeConfiguration((change) => {
      const settings = (change.settings as { gongwen?: unknown } | null)?.gongwen;
      if (settings !== undefined) {
        this.pushedSettings = settings;
      }
      this.settingsByUri.clear();
      this.cache.clear();
      documents.all().forEach((document) => this.schedule(document, 0));
    });
    documents.onDidOpen(({ document }) => this.schedule(document, 0));
    documents.onDidChangeContent(({ document }) => this.schedule(document, DEBOUNCE_MS));
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.cache.delete(document.uri);
      this.settingsByUri.delete(document.uri);
      this.limitShown.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    connection.onDocumentSymbol(async ({ textDocument }) => this.guard('documentSymbol', null, async () => {
      const document = documents.get(textDocument.uri);
      const model = document && (await this.modelOf(document));
      return document && model ? documentSymbols(document, model, this.locale) : null;
    }));
    connection.onFoldingRanges(async ({ textDocument }) => this.guard('foldingRange', null, async () => {
      const document = documents.get(textDocument.uri);
      const model = document && (await this.modelOf(document));
      return document && model ? foldingRanges(document, model) : null;
    }));
    connection.onWorkspaceSymbol(async ({ query }) => this.guard('workspaceSymbol', [], async () => {
      const symbols = [];
      for (const document of documents.all()) {
        const model = await this.modelOf(document);
        if (model) {
          symbols.push(...workspaceSymbols(document, model, query));
        }
      }
      return symbols;
    }));
    connection.onCodeAction(async ({ textDocument, range, context }) => this.guard('codeAction', [], async () => {
      const document = documents.get(textDocument.uri);
      const analysis = document && (await this.analysisOf(document));
      if (!document || !analysis) {
        return [];
      }
      const settings = await this.settingsFor(document.uri);
      const markdown = document.languageId === 'markdown';
      return codeActions(document, analysis, range, {
        reanalyse: (text) => analyzeText(text, settings, { markdown }),
        locale: this.locale,
        docsBase: docsBaseUrl(),
        snippetSupport: this.snippetSupport,
        markdown,
        ...(context.only ? { only: context.only } : {}),
      });
    }));
    connection.onCompletion(async ({ textDocument, position }) => this.guard('completion', [], async () => {
      const document = documents.get(textDocument.uri);
      const model = document && (await this.modelOf(document));
      return document && model ? completionItems(document, model, document.offsetAt(position), await this.settingsFor(document.uri)) : [];
    }));
    connection.onHover(async ({ textDocument, position }) => this.guard('hover', null, async () => {
      const document = documents.get(textDocument.uri);
      const analysis = document && (await this.analysisOf(document));
      const settings = await this.settingsFor(textDocument.uri);
      return document && analysis ? headingHover(document, analysis, document.offsetAt(position), settings.speakingRate, this.locale) : null;
    }));
    connection.onCodeLens(async ({ textDocument }) => this.guard('codeLens', [], async () => {
      const document = documents.get(textDocument.uri);
      const analysis = document && (await this.analysisOf(document));
      const settings = await this.settingsFor(textDocument.uri);
      return document && analysis && settings.codeLens ? headingCodeLenses(document, analysis, settings.speakingRate, this.locale) : [];
    }));
    connection.onRequest(STATISTICS_REQUEST, async ({ textDocument }: DocumentRequestParams) => this.guard(STATISTICS_REQUEST, null, async () => {
      const document = documents.get(textDocument.uri);
      const analysis = document && (await this.analysisOf(document));
      const settings = await this.settingsFor(textDocument.uri);
      return document && analysis ? documentStatistics(document, analysis, settings.speakingRate) : null;
    }));
    connection.onRequest(FILL_PLACEHOLDERS_REQUEST, async ({ textDocument }: DocumentRequestParams) => this.guard(FILL_PLACEHOLDERS_REQUEST, [], async () => {
      const document = documents.get(textDocument.uri);
      const analysis = document && (await this.analysisOf(document));
      return document && analysis ? fixAllEdits(analysis, 'placeholder').map((edit) => toTextEdit(document, edit)) : [];
    }));
    connection.onCompletionResolve(async (item) => this.guard('completionResolve', item, async () => resolveCompletionItem(item)));
    documents.listen(connection);
    connection.listen();
  }

  private async guard<T>(what: string, fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.connection.console.error(`gongwen: ${what} 失败 (failed): ${error instanceof Error ? error.stack : String(error)}`);
      return fallback;
    }
  }

  private async settingsFor(uri: string): Promise<Settings> {
    const known = this.settingsByUri.get(uri);
    if (known) {
      return known;
    }
    let raw = this.pushedSettings;
    if (this.pullConfiguration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' });
      } catch (error) {
        this.connection.console.warn(`gongwen: 读取设置失败，使用默认设置 (could not read settings): ${String(error)}`);
      }
    }
    const problems: string[] = [];
    const settings = readSettings(raw, problems);
    for (const problem of problems.filter((p) => !this.reportedProblems.has(p))) {
      this.reportedProblems.add(problem);
      void this.connection.window.showWarningMessage(problem);
    }
    this.settingsByUri.set(uri, settings);
    return settings;
  }

  /** The document's current version, parsed (null when it is not one gongwen analyses). */
  private async currentVersion(document: TextDocument): Promise<Cached> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) {
      return cached;
    }
    const settings = await this.settingsFor(document.uri);
    const text = document.getText();
    const current: Cached = { version: document.version, text, parsed: isAnalysed(document.languageId, text, settings.enable) ? parseText(text) : null };
    this.cache.set(document.uri, current);
    return current;
  }

  /** The outline of the current version: all that symbols, folding and completion need, without running the rules. */
  private async modelOf(document: TextDocument): Promise<DocumentModel | null> {
    return (await this.currentVersion(document)).parsed?.model ?? null;
  }

  /** The analysis of the document's current version, or null when the document is not one gongwen analyses. */
  private async analysisOf(document: TextDocument): Promise<Analysis | null> {
    const current = await this.currentVersion(document);
    if (current.analysis !== undefined) {
      return current.analysis;
    }
    const settings = await this.settingsFor(document.uri);
    const text = current.text;
    const analysis = current.parsed ? analyzeText(text, settings, { markdown: document.languageId === 'markdown' }, current.parsed) : null;
    for (const failure of analysis?.failures ?? []) {
      this.connection.console.error(`gongwen: 规则 ${failure.rule.id} 出错，已跳过 (rule failed, skipped): ${failure.error instanceof Error ? failure.error.stack : String(failure.error)}`);
    }
    if (analysis?.limited && !this.limitShown.has(document.uri)) {
      this.limitShown.add(document.uri);
      const size = text.length.toLocaleString('en-US');
      const limit = settings.maxDocumentSize.toLocaleString('en-US');
      void this.connection.window.showInformationMessage(this.locale === 'zh'
        ? `公文助手：这篇文档有 ${size} 字，超过 gongwen.maxDocumentSize（${limit} 字）。为保持编辑流畅，只检查占位符和网页残留，并显示大纲。`
        : `gongwen: this document has ${size} characters, more than gongwen.maxDocumentSize (${limit}). To keep typing smooth, only placeholders and web residue are checked, and the outline is shown.`);
    }
    current.analysis = analysis;
    return analysis;
  }

  private schedule(document: TextDocument, delay: number): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(document.uri, setTimeout(() => {
      this.timers.delete(document.uri);
      void this.guard('validate', undefined, () => this.validate(document.uri));
    }, delay));
  }

  private async validate(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) {
      return;
    }
    const version = document.version;
    const analysis = await this.analysisOf(document);
    const current = this.documents.get(uri);
    if (!current || current.version !== version) {
      return;
    }
    const diagnostics = analysis ? toDiagnostics(document, analysis, { locale: this.locale, docsBase: docsBaseUrl() }) : [];
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}

new GongwenServer(createConnection(ProposedFeatures.all)).start();
