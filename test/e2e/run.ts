import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { vscodeExecutable } from './executable';

/** On a machine that can download VS Code: install the .vsix with its CLI (our launcher does it itself, from GONGWEN_E2E_VSIX). */
async function installedIntoDownloadedVSCode(vsix: string): Promise<string> {
  const executable = await downloadAndUnzipVSCode();
  const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(executable);
  const result = spawnSync(cli as string, [...args, '--install-extension', vsix, '--force'], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`could not install ${vsix}`);
  }
  return executable;
}

/** Runs the extension tests in a real VS Code (which one: executable.ts): the development folder, then the packaged .vsix. */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  const executable = vscodeExecutable(root);
  // Each run starts from an empty scratch folder: a draft an earlier run converted (word-draft.gw) would make the
  // conversion ask where to write, in a dialog no test answers.
  rmSync(join(root, 'test', 'e2e', 'workspace', 'tmp'), { recursive: true, force: true });
  const launchArgs = [join(root, 'test', 'e2e', 'workspace'), ...(process.env.GONGWEN_E2E_LOCALE ? [`--locale=${process.env.GONGWEN_E2E_LOCALE}`] : [])];
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const vsix = join(root, `gongwen-${version}.vsix`);
  try {
    console.log('e2e: the development folder');
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(__dirname, 'suite', 'index.js'),
      launchArgs,
    });
    if (!existsSync(vsix)) {
      throw new Error(`${vsix} is missing: run npm run package first`);
    }
    console.log(`e2e: the packaged ${basename(vsix)}, installed with --install-extension`);
    const packagedExecutable = executable ?? (await installedIntoDownloadedVSCode(vsix));
    process.env.GONGWEN_E2E_VSIX = vsix;
    await runTests({
      vscodeExecutablePath: packagedExecutable,
      extensionDevelopmentPath: join(root, 'test', 'e2e', 'packaged-host'),
      extensionTestsPath: join(__dirname, 'suite', 'packaged.js'),
      launchArgs,
    });
  } catch (error) {
    console.error(`e2e: ${String(error)}`);
    process.exit(1);
  }
}

void main();
