import { join } from 'node:path';

/**
 * The VS Code that runTests starts. Where no desktop VS Code can be downloaded (these machines),
 * GONGWEN_VSCODE is unset and our launcher, which runs code-server in headless Chromium, stands in for
 * the executable; GONGWEN_VSCODE=download lets runTests fetch VS Code (undefined here); any other value
 * is the path of a VS Code executable.
 */
export function vscodeExecutable(root: string): string | undefined {
  return process.env.GONGWEN_VSCODE === 'download' ? undefined : process.env.GONGWEN_VSCODE || join(root, 'test', 'e2e', 'launcher.js');
}
