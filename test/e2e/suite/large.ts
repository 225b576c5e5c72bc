import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { generateSpeech } from '../../bench/generate';
import { gongwenDiagnostics, runAll, SCRATCH, waitFor, type Test } from './helpers';

/**
 * `npm run bench:editor`: a 1,000,000-character speech edited in the real VS Code. Typing goes through
 * Chromium's input into the editor (the launcher's `[gongwen-type]`), so the figures are what a writer
 * feels: each character's time to the screen with gongwen analysing and, for comparison, with the same
 * file as plain text (gongwen off). Figures are printed, never asserted; the assertions are behaviour:
 * the typed text lands, the diagnostics of the final text arrive, the outline still answers.
 */

const SIZE = 1_000_000;
/** A fast writer's pace, and what is typed: ending in XX (twice in it), so the final text's diagnostics can be told apart. */
const INTERVAL_MS = 120;
const TYPED = '要压实安全生产责任XX，确保各项措施落到实处XX'.repeat(2);
const TYPED_PLACEHOLDERS = 4;

interface Typing {
  readonly latencies: readonly (number | null)[];
  readonly longTasks: readonly number[];
  /** Date.now() when the last character had been sent. */
  readonly lastKeyAt: number;
}

/** How gongwen is set up while typing: on; its grammar only (analysis off); off (plain text, analysis off). */
interface Setup {
  readonly name: string;
  readonly language: 'gongwen' | 'plaintext';
  readonly analysis: boolean;
}

const SETUPS: readonly Setup[] = [
  { name: 'gongwen on', language: 'gongwen', analysis: true },
  { name: 'gongwen grammar only (analysis off)', language: 'gongwen', analysis: false },
  { name: 'gongwen off (plain text, analysis off)', language: 'plaintext', analysis: false },
];

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const percentile = (values: readonly number[], p: number) => sorted(values)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function report(line: string): void {
  console.log(`[gongwen-bench] ${line}`);
}

/** Asks the launcher to type TYPED into the focused editor and waits for its measurements. */
async function typeInEditor(name: string): Promise<Typing> {
  const file = join(SCRATCH, `typing-${name.replace(/\W+/g, '-')}.json`);
  rmSync(file, { force: true });
  console.log(`[gongwen-type] ${JSON.stringify({ text: TYPED, intervalMs: INTERVAL_MS, file })}`);
  const deadline = Date.now() + 120000;
  while (!existsSync(file)) {
    assert.ok(Date.now() < deadline, 'the launcher typed and measured within 120 s');
    await pause(100);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Typing;
}

function summarise(name: string, typing: Typing): void {
  const painted = typing.latencies.filter((latency): latency is number => latency !== null);
  assert.equal(painted.length, typing.latencies.length, `every typed character reached the screen (${name})`);
  const longest = typing.longTasks.length > 0 ? Math.max(...typing.longTasks) : 0;
  report(`${name}: ${painted.length} characters typed ${INTERVAL_MS} ms apart, key → screen median ${ms(percentile(painted, 50))}, p95 ${ms(percentile(painted, 95))}, max ${ms(Math.max(...painted))}; renderer long tasks (> 50 ms) ${typing.longTasks.length}, longest ${ms(longest)}`);
}

/** Puts the cursor at the end of a paragraph near the middle, shows it, and returns where it is. */
function cursorToMiddle(editor: vscode.TextEditor): vscode.Position {
  const document = editor.document;
  let line = Math.floor(document.lineCount / 2);
  while (document.lineAt(line).text.length < 40) {
    line++;
  }
  const position = document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  return position;
}

/** Types TYPED in the middle of the document under `setup`; with analysis, times the last character → the final text's diagnostics. */
async function typingSession(document: vscode.TextDocument, setup: Setup): Promise<void> {
  const settings = vscode.workspace.getConfiguration('gongwen');
  await settings.update('enable', setup.analysis ? undefined : 'never', vscode.ConfigurationTarget.Global);
  if (document.languageId !== setup.language) {
    await vscode.languages.setTextDocumentLanguage(document, setup.language);
  }
  if (!setup.analysis) {
    await waitFor('gongwen to let go of the document', () => (gongwenDiagnostics(document.uri).length === 0 ? true : undefined), vscode.languages.onDidChangeDiagnostics, 30000);
  }
  const at = cursorToMiddle(await vscode.window.showTextDocument(document));
  const typedRange = new vscode.Range(at, at.translate(0, TYPED.length));
  const typedPlaceholders = () => gongwenDiagnostics(document.uri).filter((d) => typedRange.contains(d.range) && document.getText(d.range) === 'XX').length;
  let finalDiagnosticsAt: number | undefined;
  const watch = vscode.languages.onDidChangeDiagnostics(() => {
    finalDiagnosticsAt ??= typedPlaceholders() === TYPED_PLACEHOLDERS ? Date.now() : undefined;
  });
  const hostDelay = monitorEventLoopDelay({ resolution: 10 });
  await pause(1000);
  hostDelay.enable();
  const typing = await typeInEditor(setup.name);
  hostDelay.disable();
  assert.equal(document.getText(typedRange), TYPED, `the typed text is in the document where the cursor was (${setup.name})`);
  summarise(setup.name, typing);
  report(`  extension host event loop meanwhile: max delay ${ms(hostDelay.max / 1e6)}, p99 ${ms(hostDelay.percentile(99) / 1e6)}`);
  if (setup.analysis) {
    await waitFor('the diagnostics of the final text', () => finalDiagnosticsAt, vscode.languages.onDidChangeDiagnostics, 60000);
    report(`  last character → diagnostics of the final text ${(finalDiagnosticsAt as number) - typing.lastKeyAt} ms (of which 200 ms is the server's typing pause)`);
  }
  watch.dispose();
}

const tests: Test[] = [
  ['a 1,000,000-character speech: opened, analysed, outlined, typed into with gongwen on and off', async () => {
    mkdirSync(SCRATCH, { recursive: true });
    const file = join(SCRATCH, 'large-1m.gw');
    const text = generateSpeech(SIZE);
    writeFileSync(file, text);
    report(`document: ${text.length.toLocaleString('en-US')} characters, ${text.split('\n').length.toLocaleString('en-US')} lines, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
    const opened = Date.now();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    const first = await waitFor('the first diagnostics', () => (gongwenDiagnostics(document.uri).length > 0 ? gongwenDiagnostics(document.uri) : undefined), vscode.languages.onDidChangeDiagnostics, 120000);
    report(`open → first diagnostics ${Date.now() - opened} ms, ${first.length.toLocaleString('en-US')} diagnostics`);
    const symbolsAsked = Date.now();
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    report(`outline: ${symbols.length.toLocaleString('en-US')} top-level symbols in ${Date.now() - symbolsAsked} ms`);
    assert.ok(symbols.some((symbol) => /^一、/.test(symbol.name)), 'the outline has its 一、 sections');
    try {
      for (const setup of SETUPS) {
        await typingSession(document, setup);
        if (setup.analysis) {
          const after = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
          assert.equal(after.length, symbols.length, 'after the typing the outline still answers, with the same sections');
        }
      }
    } finally {
      await vscode.workspace.getConfiguration('gongwen').update('enable', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      rmSync(file, { force: true });
    }
  }],
];

export async function run(): Promise<void> {
  await runAll(tests);
}
