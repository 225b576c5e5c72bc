import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

/** What the end-to-end suites share: they run inside VS Code's extension host and wait on events. */

export const ROOT = join(__dirname, '..', '..', '..', '..');
const SAMPLE = join(ROOT, 'samples', '在全县秋冬季安全生产工作会议上的讲话.gw');
export const SCRATCH = join(ROOT, 'test', 'e2e', 'workspace', 'tmp');

export function waitFor<T>(what: string, probe: () => T | undefined, event: vscode.Event<unknown>, timeoutMs = 30000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = probe();
    if (first !== undefined) {
      resolve(first);
      return;
    }
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = event(() => {
      const value = probe();
      if (value !== undefined) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(value);
      }
    });
  });
}

export function gongwenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

/** gongwen's diagnostics of `uri` once there are exactly `count` of them. */
export function gongwenDiagnosticsOnce(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${count} diagnostics`, () => {
    const found = gongwenDiagnostics(uri);
    return found.length === count ? found : undefined;
  }, vscode.languages.onDidChangeDiagnostics);
}

/** The outline of `uri` as names, a symbol with children as [name, children]. */
export async function outlineNames(uri: vscode.Uri): Promise<unknown[]> {
  const names = (list: vscode.DocumentSymbol[]): unknown[] => list.map((s) => (s.children.length > 0 ? [s.name, names(s.children)] : s.name));
  return names((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? []);
}

/** Writes `content` to a scratch file of the workspace and opens it in an editor. */
export async function openScratch(name: string, content: string): Promise<vscode.TextEditor> {
  mkdirSync(SCRATCH, { recursive: true });
  const file = join(SCRATCH, name);
  writeFileSync(file, content);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(document);
}

/** A page of test/fixtures/pages, opened as a scratch file of the same name. */
export function openPage(name: string): Promise<vscode.TextEditor> {
  return openScratch(`${name}.gw`, readFileSync(join(ROOT, 'test', 'fixtures', 'pages', `${name}.gw`), 'utf8'));
}

/** Adds a line break at the end and saves: saving an unchanged document runs no code actions on save. */
export async function editAndSave(editor: vscode.TextEditor): Promise<void> {
  await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'));
  assert.ok(await editor.document.save());
}

/** A copy of the sample speech, opened. */
export function openCopy(name: string): Promise<vscode.TextEditor> {
  return openScratch(name, readFileSync(SAMPLE, 'utf8'));
}

/** A diagnostic's rule id. */
export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

/** Each diagnostic as [its rule, the text it marks in `editor`]. */
export function shownIn(editor: vscode.TextEditor, diagnostics: readonly vscode.Diagnostic[]): unknown[][] {
  return diagnostics.map((d) => [codeOf(d), editor.document.getText(d.range)]);
}

/** The quick fix at `range` titled one of `titles` (the editor's display language picks the title), applied. */
export async function applyQuickFix(uri: vscode.Uri, range: vscode.Range, titles: readonly string[]): Promise<void> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
  const fix = actions.find((action) => titles.includes(action.title));
  assert.ok(fix?.edit, actions.map((action) => action.title).join(', '));
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
}

export async function screenshot(name: string): Promise<void> {
  const dir = process.env.GONGWEN_SCREENSHOT_DIR;
  if (!dir) {
    return;
  }
  // Only for the pictures, never for an assertion: let the workbench paint what the test just did.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  console.log(`[gongwen-screenshot] ${name}`);
  const file = join(dir, `${name}.png`);
  const deadline = Date.now() + 20000;
  while (!existsSync(file) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface GongwenApi {
  readonly statusText: () => string | undefined;
  readonly onDidUpdateStatus: vscode.Event<unknown>;
}

export async function gongwenApi(): Promise<GongwenApi> {
  const extension = vscode.extensions.getExtension<GongwenApi>('gongwen.gongwen');
  assert.ok(extension, 'the gongwen extension is installed');
  return extension.isActive ? extension.exports : extension.activate();
}

export const statisticsTab = () =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Statistics'));

/** Characters the way a word processor counts them: no white space, an emoji one character. */
export const countOf = (text: string) => [...text].filter((ch) => !/\s/.test(ch)).length;

export type Test = [string, () => Promise<void>];

/** Runs the tests in order, reports each as ok / not ok, and fails when one failed. */
export async function runAll(tests: readonly Test[]): Promise<void> {

  let failed = 0;
  for (const [name, test] of tests) {
    try {
      await test();
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.error(`not ok - ${name}\n${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  console.log(`${tests.length - failed} passed, ${failed} failed`);
  if (failed > 0) {
    throw new Error(`${failed} end-to-end test(s) failed`);
  }
}
