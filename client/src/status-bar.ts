import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { countCharacters, describeLength, SHOW_STATISTICS_COMMAND, STATISTICS_REQUEST, type DocumentRequestParams, type DocumentStatistics } from '../../server/src/protocol';
import { LOCALE, say } from './say';

/** The statistics of one version of one document, as the server computed them. */
export interface CurrentStatistics {
  readonly uri: vscode.Uri;
  readonly value: DocumentStatistics;
}

/**
 * The status-bar item: characters and speaking time of the document (or of the selection) and the
 * placeholders left. It asks the server after each new set of diagnostics, so it shows what the
 * analysis saw; clicking it opens the statistics view.
 */
export class DocumentStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Left, 100);
  private readonly updated = new vscode.EventEmitter<CurrentStatistics | undefined>();
  private current: CurrentStatistics | undefined;
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;

  /** Fires when the item changed: new statistics of the active document (undefined when it has none) or a new selection. */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly client: LanguageClient) {
    this.item.name = say({ zh: '公文助手：字数与讲话时长', en: 'gongwen: document statistics' });
    this.item.command = SHOW_STATISTICS_COMMAND;
  }

  start(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      this,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor === vscode.window.activeTextEditor) {
          this.render();
          this.updated.fire(this.current);
        }
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) {
          this.refresh(50);
        }
      }),
    );
    this.refresh(0);
  }

  get statistics(): CurrentStatistics | undefined {
    return this.current;
  }

  /** What the item shows, or undefined when it is hidden (for the tests and the statistics view). */
  get text(): string | undefined {
    return this.current ? this.item.text : undefined;
  }

  /** Asks the server for the statistics of `uri` now. */
  async statisticsOf(uri: vscode.Uri): Promise<DocumentStatistics | null> {
    const params: DocumentRequestParams = { textDocument: { uri: uri.toString() } };
    return this.client.sendRequest<DocumentStatistics | null>(STATISTICS_REQUEST, params);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    this.updated.dispose();
  }

  private refresh(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.ask(), delay);
  }

  private async ask(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const ticket = ++this.asked;
    let value: DocumentStatistics | null = null;
    if (document) {
      try {
        value = await this.statisticsOf(document.uri);
      } catch {
        value = null;
      }
    }
    if (ticket !== this.asked) {
      return;
    }
    this.current = document && value ? { uri: document.uri, value } : undefined;
    this.render();
    this.updated.fire(this.current);
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    const current = this.current;
    if (!editor || !current || editor.document.uri.toString() !== current.uri.toString()) {
      this.item.hide();
      return;
    }
    const { characters, minutes, speakingRate, placeholders } = current.value;
    const whole = describeLength(characters, minutes, undefined, LOCALE);
    const selected = editor.selections.reduce((sum, selection) => sum + countCharacters(editor.document.getText(selection)), 0);
    let text = selected > 0
      ? say({
          zh: `选中 ${describeLength(selected, selected / speakingRate, undefined, LOCALE)} / 共 ${characters.toLocaleString('en-US')} 字`,
          en: `Selected ${describeLength(selected, selected / speakingRate, undefined, LOCALE)} of ${characters.toLocaleString('en-US')}`,
        })
      : whole;
    if (placeholders > 0) {
      text += ` · $(edit) ${say({ zh: `占位符 ${placeholders} 处`, en: `${placeholders} placeholders` })}`;
    }
    this.item.text = `$(book) ${current.value.kind === null ? '' : `${current.value.kind} · `}${text}`;
    this.item.tooltip = say({
      zh: `${current.value.kind === null ? '' : `文种：${current.value.kind}（gongwen.documentKind）。`}${whole}（不计空白）；讲话时长按每分钟 ${speakingRate} 字估算（gongwen.speakingRate）；还有 ${placeholders} 处占位符未填写。点击查看各部分统计。`,
      en: `${current.value.kind === null ? '' : `Type: ${current.value.kind} (gongwen.documentKind). `}${whole}, white space not counted; speaking time at ${speakingRate} characters a minute (gongwen.speakingRate); ${placeholders} placeholders left. Click for the statistics of each section.`,
    });
    this.item.show();
  }
}
