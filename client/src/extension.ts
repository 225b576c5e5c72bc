import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { StatisticsView } from './statistics-view';
import { DocumentStatus } from './status-bar';
import { registerWordDrafts, WORD_SCHEME } from './word-drafts';
import { say } from './say';

let client: LanguageClient | undefined;

/** What the extension gives other extensions (and its end-to-end tests). */
export interface GongwenApi {
  /** The status-bar item's text, or undefined while it is hidden. */
  readonly statusText: () => string | undefined;
  /** Fires when the status-bar item has been brought up to date. */
  readonly onDidUpdateStatus: vscode.Event<unknown>;
}

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...['gongwen', 'plaintext', 'markdown'].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: WORD_SCHEME, language: 'gongwen' },
    ],
    synchronize: { configurationSection: 'gongwen' },
  };
  client = new LanguageClient('gongwen', say({ zh: '公文助手', en: 'gongwen' }), serverOptions, clientOptions);
  const status = new DocumentStatus(client);
  const view = new StatisticsView(status);
  registerCommands(context, client, view);
  registerWordDrafts(context, client);
  await client.start();
  status.start(context);
  view.start(context);
  return { statusText: () => status.text, onDidUpdateStatus: status.onDidUpdate };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
