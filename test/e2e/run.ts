import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * Runs the extension tests in a real VS Code. Where no desktop VS Code can be downloaded (these
 * machines), GONGWEN_VSCODE is unset and our launcher, which runs code-server in headless Chromium,
 * stands in for the executable; elsewhere set GONGWEN_VSCODE=download to let runTests fetch VS Code.
 */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  const executable = process.env.GONGWEN_VSCODE === 'download' ? undefined : process.env.GONGWEN_VSCODE || join(root, 'test', 'e2e', 'launcher.js');
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(__dirname, 'suite', 'index.js'),
      launchArgs: [join(root, 'test', 'e2e', 'workspace'), ...(process.env.GONGWEN_E2E_LOCALE ? [`--locale=${process.env.GONGWEN_E2E_LOCALE}`] : [])],
    });
  } catch (error) {
    console.error(`e2e: ${String(error)}`);
    process.exit(1);
  }
}

void main();
