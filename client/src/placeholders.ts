import * as vscode from 'vscode';

const PLACEHOLDER_CODE = 'placeholder';

function placeholdersOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'gongwen' && (typeof d.code === 'object' ? d.code.value : d.code) === PLACEHOLDER_CODE)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** Next/previous placeholder commands and the status-bar count of placeholders left. */
export class PlaceholderNavigator {
  private readonly item = vscode.window.createStatusBarItem('gongwen.placeholders', vscode.StatusBarAlignment.Left, 100);

  constructor(context: vscode.ExtensionContext) {
    this.item.name = vscode.l10n.t('gongwen: placeholders');
    this.item.command = 'gongwen.nextPlaceholder';
    context.subscriptions.push(
      this.item,
      vscode.commands.registerCommand('gongwen.nextPlaceholder', () => this.go(1)),
      vscode.commands.registerCommand('gongwen.previousPlaceholder', () => this.go(-1)),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const count = editor ? placeholdersOf(editor.document.uri).length : 0;
    if (!editor || count === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(edit) ${vscode.l10n.t('Placeholders: {0}', count)}`;
    this.item.tooltip = vscode.l10n.t('{0} unfilled placeholders left; click to go to the next one', count);
    this.item.show();
  }

  private go(direction: 1 | -1): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      return;
    }
    const all = placeholdersOf(editor.document.uri);
    if (all.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders.'));
      return;
    }
    const here = editor.selection.active;
    const target = direction === 1
      ? all.find((d) => d.range.start.isAfter(here)) ?? all[0]
      : [...all].reverse().find((d) => d.range.start.isBefore(editor.selection.start)) ?? all[all.length - 1];
    if (target) {
      editor.selection = new vscode.Selection(target.range.start, target.range.end);
      editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }
}
