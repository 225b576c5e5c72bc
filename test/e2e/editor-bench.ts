import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { vscodeExecutable } from './executable';

/**
 * `npm run bench:editor`: a 1,000,000-character speech edited in the real VS Code (suite/large.ts),
 * in the same VS Code as the end-to-end tests (executable.ts). Prints figures.
 */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  const executable = vscodeExecutable(root);
  const userData = mkdtempSync(join(tmpdir(), 'gongwen-bench-editor-'));
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(__dirname, 'suite', 'large.js'),
      // Its own user settings, thrown away after: the suite turns gongwen.enable off for a while.
      launchArgs: [join(root, 'test', 'e2e', 'workspace'), `--user-data-dir=${userData}`],
    });
  } catch (error) {
    console.error(`bench:editor: ${String(error)}`);
    process.exitCode = 1;
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
}

void main();
