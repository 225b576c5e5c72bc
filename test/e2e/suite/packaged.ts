import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as vscode from 'vscode';
import { countOf, gongwenApi, gongwenDiagnostics, openCopy, ROOT, runAll, waitFor, type Test } from './helpers';

/** The .vsix a user installs, in a real VS Code: it activates, reports, outlines, counts and hovers, and exports to Word (its writer a bundle of its own). */

const tests: Test[] = [
  ['the installed package (not the development folder) activates on a speech and reports its placeholders', async () => {
    const extension = vscode.extensions.getExtension('gongwen.gongwen');
    assert.ok(extension, 'gongwen.gongwen is installed');
    assert.notEqual(resolve(extension.extensionPath), resolve(ROOT), 'runs from the installed package, not the clone');
    assert.match(extension.extensionPath, /[\\/]gongwen\.gongwen-\d+\.\d+\.\d+$/);
    const editor = await openCopy('packaged.gw');
    const uri = editor.document.uri;
    const diagnostics = await waitFor('diagnostics', () => (gongwenDiagnostics(uri).length > 0 ? gongwenDiagnostics(uri) : undefined), vscode.languages.onDidChangeDiagnostics);
    assert.ok(extension.isActive);
    const placeholders = diagnostics.filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'placeholder');
    assert.deepEqual(placeholders.map((d) => editor.document.getText(d.range)), ['XX', '*', 'X', 'x']);
  }],
  ['the package gives the outline, the status bar text and a heading hover', async () => {
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
    const sections = symbols.filter((s) => /^[一二三]、/.test(s.name));
    assert.equal(sections.length, 3);
    assert.ok((sections[0]?.children.length ?? 0) >= 2, 'the first section has its （一）（二）');
    const api = await gongwenApi();
    const chars = countOf(editor.document.getText()).toLocaleString('en-US');
    await waitFor('the status bar', () => (api.statusText()?.startsWith(`$(book) 讲话稿 · ${chars} characters · about`) ? true : undefined), api.onDidUpdateStatus);
    assert.match(api.statusText() ?? '', /· \$\(edit\) 4 placeholders$/);
    const heading = editor.document.lineAt(sections[0]!.selectionRange.start.line);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, heading.range.start.translate(0, 1));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /characters · about [0-9.]+ min · \d+ problems? \(at 200 characters a minute\)/);
  }],
  ['the package exports the speech to Word with the writer it ships (dist/word-export.js)', async () => {
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    const target = editor.document.uri.fsPath.replace(/\.gw$/, '.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.exportWord', editor.document.uri, { preset: 'speech', target, force: true });
    assert.equal(written?.fsPath, target);
    assert.equal(readFileSync(target).subarray(0, 2).toString(), 'PK', 'a .docx (a zip package)');
    assert.ok(existsSync(target));
  }],
];

export async function run(): Promise<void> {
  await runAll(tests);
}
