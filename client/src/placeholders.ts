import * as vscode from 'vscode';
import { say } from './say';

const PLACEHOLDER_CODE = 'placeholder';

/** The unfilled placeholders gongwen reports in a document, in order. */
export function placeholdersOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'gongwen' && (typeof d.code === 'object' ? d.code.value : d.code) === PLACEHOLDER_CODE)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** Selects the next (1) or previous (-1) unfilled placeholder, wrapping around. */
export function goToPlaceholder(direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const all = placeholdersOf(editor.document.uri);
  if (all.length === 0) {
    void vscode.window.showInformationMessage(say({ zh: '没有未填写的占位符。', en: 'No unfilled placeholders.' }));
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
