import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const SERVER = join(__dirname, '..', '..', '..', 'dist', 'server.js');
/** The server's typing debounce (server/src/server.ts DEBOUNCE_MS): part of every didChange round trip. */
const DEBOUNCE_MS = 200;
const TRIPS = 9;

/** Peak resident memory of a process in MB, from /proc (Linux); undefined elsewhere. */
function peakRssMb(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return (kb / 1024).toFixed(0);
  } catch {
    return 'n/a';
  }
}

/**
 * Starts the bundled server as an editor does, opens `speech`, then times didChange (one character
 * typed) → publishDiagnostics for that version; then opens `large` and reads the server's peak memory.
 */
export async function lspRoundTrip(speech: string, large: string): Promise<{ roundTripMs: number; debounceMs: number; serverPeakMb: string }> {
  const server = fork(SERVER, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit', 'ipc'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiting = new Map<string, (version: number) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => waiting.get(params.uri)?.(params.version ?? -1));
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const published = (uri: string, version: number) =>
    new Promise<void>((resolve) => waiting.set(uri, (v) => v === version && resolve()));
  const uri = 'file:///bench/speech.gw';
  let opened = published(uri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: speech } });
  await opened;
  const times: number[] = [];
  for (let version = 2; version < 2 + TRIPS; version++) {
    const done = published(uri, version);
    const start = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '的' }],
    });
    await done;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const largeUri = 'file:///bench/large.gw';
  opened = published(largeUri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: largeUri, languageId: 'gongwen', version: 1, text: large } });
  await opened;
  await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: largeUri } });
  const serverPeakMb = peakRssMb(server.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  times.sort((a, b) => a - b);
  return { roundTripMs: times[Math.floor(times.length / 2)] as number, debounceMs: DEBOUNCE_MS, serverPeakMb };
}
