import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { describeLength, formatMinutes, type DocumentStatistics } from '../../server/src/protocol';
import type { DocumentStatus } from './status-bar';
import { LOCALE, say } from './say';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A web view with each section's characters, speaking time and problems; a click goes to the section. */
export class StatisticsView {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;

  constructor(private readonly status: DocumentStatus) {}

  start(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      this.status.onDidUpdate((current) => {
        if (this.panel && current && current.uri.toString() === this.uri?.toString()) {
          this.render(current.value);
        }
      }),
    );
  }

  /** Opens (or brings forward) the view for `uri`, or for the active editor's document. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(say({ zh: '请先打开一篇讲话稿或报告。', en: 'Open a speech or report first.' }));
      return;
    }
    const value = await this.status.statisticsOf(target);
    if (!value) {
      void vscode.window.showInformationMessage(say({ zh: '公文助手没有分析这个文档。可用“将当前文件设为公文模式”命令分析它。', en: 'gongwen does not analyse this document. Use “Set the current file to gongwen mode” to analyse it.' }));
      return;
    }
    this.uri = target;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('gongwen.statistics', say({ zh: '统计', en: 'Statistics' }), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
      this.panel.webview.onDidReceiveMessage((message: { line?: unknown; character?: unknown }) => void this.reveal(message));
    }
    this.panel.title = say({ zh: `统计：${target.path.split('/').pop() ?? ''}`, en: `Statistics: ${target.path.split('/').pop() ?? ''}` });
    this.render(value);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async reveal(message: { line?: unknown; character?: unknown }): Promise<void> {
    if (!this.uri || typeof message.line !== 'number' || typeof message.character !== 'number') {
      return;
    }
    const document = await vscode.workspace.openTextDocument(this.uri);
    const position = new vscode.Position(message.line, message.character);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
  }

  private render(value: DocumentStatistics): void {
    if (!this.panel) {
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    const rows = value.sections
      .map((section) => {
        const start = section.range.start;
        return `<tr data-line="${start.line}" data-character="${start.character}" class="level${section.level}">`
          + `<td class="name">${escapeHtml(section.name)}</td><td>${section.characters.toLocaleString('en-US')}</td>`
          + `<td>${escapeHtml(formatMinutes(section.minutes, LOCALE))}</td><td>${section.findings}</td></tr>`;
      })
      .join('\n');
    const summary = describeLength(value.characters, value.minutes, value.findings, LOCALE);
    this.panel.webview.html = `<!DOCTYPE html>
<html lang="${LOCALE === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: right; padding: 3px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
th:first-child, td.name { text-align: left; }
tr[data-line] { cursor: pointer; }
tr[data-line]:hover { background: var(--vscode-list-hoverBackground); }
tr.level0 td.name, tr.level1 td.name { font-weight: bold; }
tr.level2 td.name { padding-left: 1.5em; } tr.level3 td.name { padding-left: 3em; } tr.level4 td.name { padding-left: 4.5em; }
</style></head><body>
<p>${escapeHtml(summary)} · ${escapeHtml(say({ zh: `每分钟 ${value.speakingRate} 字`, en: `${value.speakingRate} characters a minute` }))} · ${escapeHtml(say({ zh: `占位符 ${value.placeholders} 处`, en: `${value.placeholders} placeholders` }))}</p>
<table><thead><tr><th>${escapeHtml(say({ zh: '部分', en: 'Section' }))}</th><th>${escapeHtml(say({ zh: '字数', en: 'Characters' }))}</th><th>${escapeHtml(say({ zh: '讲话时长', en: 'Speaking time' }))}</th><th>${escapeHtml(say({ zh: '问题', en: 'Problems' }))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
for (const row of document.querySelectorAll('tr[data-line]')) {
  row.addEventListener('click', () => vscode.postMessage({ line: Number(row.dataset.line), character: Number(row.dataset.character) }));
}
</script></body></html>`;
  }
}
