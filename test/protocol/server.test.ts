import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, MarkupContent, TextEdit, WorkspaceSymbol } from 'vscode-languageserver-types';
import { analyzerWith } from '../support/analyzer';
import { numberedDraft } from '../support/word-drafts';
import { REPO_ROOT } from '../support/fixture';

/** The bundled server, started as any LSP editor starts it: `node dist/server.js --stdio`. */
const SERVER = join(REPO_ROOT, 'dist', 'server.js');
const URI = 'file:///tmp/speech.gw';
const TEXT = [
  '👉𠮷在全县工作会议上的讲话',
  '同志们：',
  '今年GDP增长1.5%，完成投资XX亿元。',
  '一、👉总结成绩 （一）𠮷抓项目。一是抓谋划。',
  '（二）抓招商',
  '推荐访问：讲话稿 范文',
  '二、部署任务。要把安全生产责任落实到每一个岗位和每一名职工。',
  '三、强化保障。要把安全生产责任落实到每一个岗位和每一名职工。各单位和和各部门要协同。',
].join('\n');

/** How long any one answer of the server may take before the test fails instead of hanging `npm test`. */
const ANSWER_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('bundled server over stdio', () => {
  let server: ChildProcess;
  let connection: MessageConnection;
  const published: PublishDiagnosticsParams[] = [];
  let waiters: Array<() => void> = [];
  const messages: Array<{ type: number; message: string }> = [];

  const request = (method: string, params?: unknown): Promise<unknown> => withTimeout(connection.sendRequest(method, params), method);
  /** The edits source.fixAll.gongwen makes to the document at `uri`. */
  const fixAllEdits = async (uri: string, range: Diagnostic['range']): Promise<TextEdit[]> => {
    const [fixAll] = (await request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll.gongwen'] } })) as CodeAction[];
    return fixAll?.edit?.changes?.[uri] ?? [];
  };

  const nextDiagnostics = (version: number): Promise<PublishDiagnosticsParams> =>
    withTimeout(new Promise((resolve) => {
      const check = (): void => {
        const found = published.find((p) => p.version === version);
        if (found) {
          resolve(found);
        } else {
          waiters.push(check);
        }
      };
      check();
    }), `diagnostics of version ${version}`);

  /** Opens `text` at `uri` as `version`: its diagnostics, and the document to read their ranges from. */
  const openDocument = async (uri: string, version: number, text: string): Promise<{ diagnostics: Diagnostic[]; document: TextDocument }> => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version, text } });
    const { diagnostics } = await nextDiagnostics(version);
    return { diagnostics, document: TextDocument.create(uri, 'gongwen', version, text) };
  };

  /** A page of test/fixtures/pages opened as file:///tmp/<name>.gw: its lines, and its diagnostics as [rule, line, text]. */
  const openPage = async (name: string, version: number) => {
    const uri = `file:///tmp/${name}.gw`;
    const text = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'pages', `${name}.gw`), 'utf8');
    const { diagnostics, document } = await openDocument(uri, version, text);
    const shown = diagnostics.map((d) => [d.code, d.range.start.line, document.getText(d.range)]);
    return { uri, lines: text.split('\n'), diagnostics, document, shown };
  };

  before(async () => {
    server = fork(SERVER, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit', 'ipc'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.push(params);
      const current = waiters;
      waiters = [];
      current.forEach((wake) => wake());
    });
    connection.onRequest('workspace/configuration', () => [{ placeholderValues: { XX: '12' }, maxDocumentSize: 10_000 }]);
    connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      messages.push(params);
      return null;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const result = await request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-cn',
      capabilities: { workspace: { configuration: true, workspaceEdit: { snippetEditSupport: true } } },
    });
    assert.ok((result as { capabilities: { documentSymbolProvider: unknown } }).capabilities.documentSymbolProvider);
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'gongwen', version: 1, text: TEXT } });
  });

  after(async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      await request('shutdown');
      await connection.sendNotification('exit');
      await withTimeout(exited, 'exit');
    } finally {
      connection.dispose();
      server.kill();
    }
  });

  it('publishes diagnostics with code, docs link, source and exact UTF-16 ranges, carrying no fix data', async () => {
    const { diagnostics } = await nextDiagnostics(1);
    const summary = diagnostics.map((d: Diagnostic) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.source]);
    assert.deepEqual(summary, [
      ['placeholder', 2, 16, 18, 'gongwen'],
      ['web-residue', 5, 0, 11, 'gongwen'],
      ['repeated-phrase', 7, 7, 29, 'gongwen'],
      ['doubled-word', 7, 33, 35, 'gongwen'],
    ]);
    const repeated = diagnostics[2];
    assert.match(repeated?.codeDescription?.href ?? '', /repeated-phrase\.md$/);
    assert.deepEqual(repeated?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start]), [[URI, { line: 6, character: 7 }]]);
    const [placeholder] = diagnostics;
    assert.match(placeholder?.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/placeholder\.md$/);
    assert.match(String(placeholder?.message), /未填写的占位符“XX”：此处缺少数字/);
    assert.ok(diagnostics.every((d) => d.data === undefined));
  });

  it('reports an overused stock phrase once, as information, with the count and the other uses', async () => {
    const uri = 'file:///tmp/overused.gw';
    const text = '同志们：\n一、坚决打好攻坚战\n要坚决落实，坚决整改，坚决问责，坚决杜绝。';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1000, text } });
    const { diagnostics } = await nextDiagnostics(1000);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start, d.relatedInformation?.length]), [['overused-phrase', 3, { line: 2, character: 11 }, 4]]);
    assert.match(String(diagnostics[0]?.message), /“坚决”在本节已用 5 次/);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports structure: numbering with its renumbering fix, an announced count with related sections', async () => {
    const uri = 'file:///tmp/structure.gw';
    const text = '同志们：\n我讲两点意见。\n一、甲\n要抓甲。\n二、乙\n要抓乙。\n四、丙\n要抓丙。';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 2000, text } });
    const { diagnostics } = await nextDiagnostics(2000);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [
      ['announced-count', 1, 1, 6],
      ['heading-numbering', 6, 0, 2],
    ]);
    assert.equal(diagnostics[0]?.relatedInformation?.length, 3);
    const [renumber] = (await request('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostics[1]!.range, context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual([renumber?.title, renumber?.edit?.changes?.[uri]?.map((e) => e.newText)], ['重新编号本级标题（一、二、三、…）', ['三、']]);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports wording and punctuation: a standard term, a dropped word, half-width commas, a hyphen range', async () => {
    const uri = 'file:///tmp/wording.gw';
    const text = '同志们:\n1-6月,我们在的坚强领导下学习党的20大精神。';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 3000, text } });
    const { diagnostics } = await nextDiagnostics(3000);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [
      ['fullwidth-punctuation', 0, 3, 4],
      ['number-usage', 1, 0, 4],
      ['fullwidth-punctuation', 1, 4, 5],
      ['missing-word', 1, 7, 13],
      ['standard-term', 1, 16, 21],
    ]);
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.deepEqual(fixed.map((e) => e.newText), ['：', '1—6月', '，', '党的二十大']);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports template blanks and ASCII quotes and ellipses, leaves 讲几点意见 alone, and shows the thought without its name as a hint', async () => {
    const uri = 'file:///tmp/accuracy.gw';
    const text = '同志们：\n下面我讲几点意见。x县长要求"放管服"改革完成投资   万元，不能拖...\n坚持以新时代中国特色社会主义思想为指导。';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 3100, text } });
    const { diagnostics } = await nextDiagnostics(3100);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]), [
      ['placeholder', 2, 1, 9, 10],
      ['fullwidth-punctuation', 2, 1, 14, 15],
      ['fullwidth-punctuation', 2, 1, 18, 19],
      ['placeholder', 2, 1, 25, 28],
      ['fullwidth-punctuation', 2, 1, 34, 37],
      ['standard-term', 4, 2, 3, 16],
    ]);
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.deepEqual(fixed.map((e) => e.newText), ['“', '”', '……']);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports a typo with its fix, and fixes it with source.fixAll.gongwen', async () => {
    const uri = 'file:///tmp/typo.gw';
    const text = '同志们：\n要按照县委布署，再接再励，抓好落实。';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 3500, text } });
    const { diagnostics } = await nextDiagnostics(3500);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character, d.message]), [
      ['typo', 5, 7, '错别字：“布署”应为“部署”'],
      ['typo', 8, 12, '错别字：“再接再励”应为“再接再厉”'],
    ]);
    const quick = (await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics: [] } })) as CodeAction[];
    assert.equal(quick[0]?.title, '改为“部署”');
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.deepEqual(fixed.map((e) => e.newText), ['部署', '再接再厉']);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports confusable words (a hint where the frame only suggests it) and redundancy, fixing only the certain ones', async () => {
    const uri = 'file:///tmp/confusable.gw';
    const text = '同志们：\n截止目前，这项工作涉及到全县，群众反应情况较多。';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 3600, text } });
    const { diagnostics } = await nextDiagnostics(3600);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.character, d.range.end.character]), [
      ['confusable', 2, 0, 2],
      ['redundancy', 3, 9, 12],
      ['confusable', 4, 17, 19],
    ]);
    assert.match(String(diagnostics[0]?.message), /^“截止”应为“截至”：“截至”后接时间点/);
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.deepEqual(fixed.map((e) => e.newText), ['截至', '涉及']);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports a portal details table, chunk numbers and a year with blanks; fix-all rejoins the chunks and leaves a list under an unseen heading', async () => {
    const uri = 'file:///tmp/pages.gw';
    const long = '全县上下认真贯彻落实上级关于春季农业生产的决策部署，坚持早谋划、早部署、早落实，组织农技人员深入田间地头开展技术指导，各项工作';
    const text = `浏览次数： 128 内容概述：\n1、${long}\n2、扎实推进。\n一、总体要求\n会议提出：（一）提高站位。要统一思想。\n（二）压实责任。回顾202x年。\n`;
    const { diagnostics, document } = await openDocument(uri, 3700, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, document.getText(d.range)]), [
      ['web-residue', '浏览次数： 128 内容概述：'],
      ['web-residue', '1、'],
      ['web-residue', '2、'],
      ['placeholder', '202x'],
    ]);
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(TextDocument.applyEdits(document, fixed), `${long}扎实推进。\n一、总体要求\n会议提出：（一）提高站位。要统一思想。\n（二）压实责任。回顾202x年。\n`);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('outlines a speech pasted as one line with a nested 一是 list, hints the count of 讲几点意见, and reports a dropped name, digits in a set phrase and two years run together', async () => {
    const uri = 'file:///tmp/one-line.gw';
    const text =
      '在全县会议上的讲话\n同志们：下面我讲几点意见：一、压实责任。一是明确分工。要做到：一是党政同责；二是一岗双责。二是加强考核。二、狠抓落实。按照、部署要求，坚持“3个代表”重要思想，完成20232024年度任务。\n';
    const { diagnostics, document } = await openDocument(uri, 3800, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, document.getText(d.range)]), [
      ['announced-count', 4, '讲几点意见'],
      ['missing-word', 2, '按照、'],
      ['standard-term', 2, '3个代表'],
      ['number-usage', 2, '20232024年'],
    ]);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const names = (list: DocumentSymbol[] | undefined): unknown[] => (list ?? []).map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));
    assert.deepEqual(names(symbols), ['在全县会议上的讲话', '同志们：', ['一、压实责任', [['一是明确分工', ['一是党政同责', '二是一岗双责']], '二是加强考核']], '二、狠抓落实']);
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(TextDocument.applyEdits(document, fixed), text.replace('3个代表', '三个代表'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('outlines a report with its parts, names its kind, and reports and fixes its structure: title, number, addressee, request, closing, attachments, date, weekday', async () => {
    const uri = 'file:///tmp/report.gw';
    const text = [
      '青山县统计局',
      '关于对2026年上半年经济运行情况的报告',
      '青统[2026]第07号',
      '县人民政府:',
      '现将有关情况报告如下。7月2日（星期三）召开了分析会。',
      '一、总体情况',
      '主要指标好于预期。妥否，请批示。',
      '特此通知。',
      '附件:1.主要指标表。',
      '青山县统计局',
      '2026年07月08日',
      '',
    ].join('\n');
    const { diagnostics, document } = await openDocument(uri, 3900, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, document.getText(d.range)]).filter(([code]) => code !== 'fullwidth-punctuation'), [
      ['document-title', '对'],
      ['document-number', '[2026]第07号'],
      ['addressee', ':'],
      ['weekday', '三'],
      ['request-matter', '妥否，请批示'],
      ['closing-phrase', '特此通知'],
      ['attachment-note', '附件:'],
      ['attachment-note', '。'],
      ['date-format', '2026年07月08日'],
    ]);
    assert.ok(diagnostics.every((d) => d.source === 'gongwen' && String(d.codeDescription?.href).endsWith(`/${String(d.code)}.md`)));
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.detail, s.children?.map((c) => c.name)]), [
      ['标题', '青山县统计局关于对2026年上半年经济运行情况的报告', []],
      ['发文字号', '青统[2026]第07号', []],
      ['主送机关', '县人民政府:', []],
      ['正文', '', ['一、总体情况']],
      ['附件说明', '附件:1.主要指标表。', []],
      ['发文机关署名', '青山县统计局', []],
      ['成文日期', '2026年07月08日', []],
    ]);
    const statistics = (await request('gongwen/statistics', { textDocument: { uri } })) as { kind: string | null };
    assert.equal(statistics.kind, '报告');
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(TextDocument.applyEdits(document, fixed), [
      '青山县统计局',
      '关于2026年上半年经济运行情况的报告',
      '青统〔2026〕7号',
      '县人民政府：',
      '现将有关情况报告如下。7月2日（星期三）召开了分析会。',
      '一、总体情况',
      '主要指标好于预期。妥否，请批示。',
      '特此报告。',
      '附件：1.主要指标表',
      '青山县统计局',
      '2026年7月8日',
      '',
    ].join('\n'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a copy whose title runs on into its 主送机关 and whose cited number is garbled, and mends both in fix-all', async () => {
    const uri = 'file:///tmp/request-copy.gw';
    const text = [
      '县农业农村局关于拨付高标准农田',
      '建设补助资金的请示县人民政府：',
      '根据《县人民政府关于加快农田建设的批复》（县政函[20O1]12号），现将有关事项请示如下：恳请拨付配套资金。',
      '妥否，请批示。',
      '县农业农村局',
      '2026年10月12日',
      '',
    ].join('\n');
    const { diagnostics, document } = await openDocument(uri, 3950, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, document.getText(d.range)]), [
      ['addressee', '县人民政府：'],
      ['document-number', '[20O1]12号'],
    ]);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]).slice(0, 2), [
      ['标题', '县农业农村局关于拨付高标准农田建设补助资金的请示'],
      ['主送机关', '县人民政府：'],
    ]);
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(
      TextDocument.applyEdits(document, fixed),
      text.replace('的请示县人民政府', '的请示\n县人民政府').replace('[20O1]12号', '〔2001〕12号'),
    );
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a page that prints the title, number and date above the document and a 函 whose text runs on after its 主送机关 and whose 署名 and date share a line; fix-all leaves the document', async () => {
    const uri = 'file:///tmp/letter-page.gw';
    const text = [
      '登录注册',
      '青山县教育局关于商请借用体育场馆的函',
      '青教函〔2026〕8号',
      '2026年3月2日',
      '青山县教育局关于商请借用',
      '体育场馆的函',
      '（青教函[2026]8号）',
      '青山县体育中心： 我局拟于2026年5月举办全县中学生运动会，现商请借用贵中心体育场馆三天。',
      '妥否，请函复。',
      '青山县教育局 2026.03.02',
      '【发表评论】 【打印本页】',
      '',
    ].join('\n');
    const { diagnostics, document } = await openDocument(uri, 3960, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, document.getText(d.range)]), [
      ['web-residue', '登录注册'],
      ['repeated-phrase', '青山县教育局关于商请借用体育场馆的函'],
      ['repeated-phrase', '青教函〔2026〕8号'],
      ['web-residue', '2026年3月2日'],
      ['document-number', '[2026]8号'],
      ['addressee', '青山县体育中心：'],
      ['date-format', '2026.03.02'],
      ['web-residue', '【发表评论】 【打印本页】'],
    ]);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['标题', '发文字号', '主送机关', '正文', '发文机关署名', '成文日期']);
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(TextDocument.applyEdits(document, fixed), [
      '青山县教育局关于商请借用',
      '体育场馆的函',
      '（青教函〔2026〕8号）',
      '青山县体育中心：',
      '我局拟于2026年5月举办全县中学生运动会，现商请借用贵中心体育场馆三天。',
      '妥否，请函复。',
      '青山县教育局 2026年3月2日',
      '',
    ].join('\n'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a law site\'s page of a 通告: the organ it prints between its copies of the title, a parenthesized number, list entries ended by semicolons, years the page deleted', async () => {
    const { uri, lines, diagnostics, document: opened, shown } = await openPage('notice-on-a-law-site', 3961);
    const title = lines[1] as string;
    // The page's breadcrumb, copies of the title, posting line and organ field; the document after them.
    const page = lines.slice(0, 5);
    const document = lines.slice(5);
    assert.deepEqual(shown, [
      ['web-residue', 0, page[0]],
      ['repeated-phrase', 1, title],
      ['web-residue', 2, page[2]],
      ['repeated-phrase', 3, title],
      ['web-residue', 4, '青川省青川市人民政府'],
      ['document-number', 6, '（2025）3号'],
      ['placeholder', 9, '年'],
      ['placeholder', 10, '年'],
    ]);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['标题', '发文字号', '正文', '发文机关署名', '成文日期']);
    const yearless = diagnostics[6]!;
    const actions = (await request('textDocument/codeAction', { textDocument: { uri }, range: yearless.range, context: { diagnostics: [yearless] } })) as CodeAction[];
    assert.equal(actions[0]?.title, '填写年份…');
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(TextDocument.applyEdits(opened, fixed), document.join('\n').replace('（2025）', '〔2025〕'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a template site\'s page of two 请示, each on its own: the page\'s title, posting time and item label, the counters glued to each title, the first sent to two organs, 关于要求 in the second', async () => {
    const { uri, lines, diagnostics, document: opened, shown } = await openPage('request-collection-page', 3971);
    assert.deepEqual(shown, [
      ['web-residue', 0, lines[0]],
      ['web-residue', 1, lines[1]],
      ['web-residue', 2, lines[2]],
      ['web-residue', 3, lines[3]],
      ['web-residue', 4, '1'],
      ['addressee', 5, lines[5]],
      ['web-residue', 10, '2'],
      ['document-title', 10, '要求'],
    ]);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['标题', '主送机关', '正文', '发文机关署名', '成文日期', '标题', '正文', '发文机关署名', '成文日期']);
    // Fix-all deletes the page's lines and counters; which organ the 请示 goes to, and how its title reads, are the
    // drafter's to decide.
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(TextDocument.applyEdits(opened, fixed), lines.slice(4).join('\n').replace(/^1关于/mu, '关于').replace(/^2关于/mu, '关于'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a document site\'s page: the file extension and size, upload date, a notice as one finding with nothing reported inside it, the keyword line', async () => {
    const { uri, lines, diagnostics, document: opened, shown } = await openPage('document-site-page', 3981);
    // The notice's half-width ! is not reported: the notice goes whole. The comma in the document's text is.
    assert.deepEqual(shown, [
      ['web-residue', 0, '.docx'],
      ['web-residue', 1, lines[1]],
      ['web-residue', 2, lines[2]],
      ['web-residue', 3, lines[3]],
      ['web-residue', 4, lines[4]],
      ['fullwidth-punctuation', 6, ','],
    ]);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), [lines[5], lines[7]]);
    // Fix-all deletes the page's lines; the title freed of .docx is then the page's copy of the title, and goes too.
    const fixed = await fixAllEdits(uri, diagnostics[0]!.range);
    assert.equal(TextDocument.applyEdits(opened, fixed), lines.slice(5).join('\n').replace('领导下,', '领导下，'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a forum post: the jammer strings at line starts and ends are reported and fix-all deletes them, giving back the heading they hid', async () => {
    const { uri, lines, diagnostics, document: opened, shown } = await openPage('forum-post', 3991);
    assert.deepEqual(shown, [
      ['web-residue', 0, '+ K3 d- P: x/ Q7 R2 m'],
      ['web-residue', 1, lines[1]],
      ['web-residue', 4, "6 A' y2 N( e- U' L$ ^"],
    ]);
    const fixed = TextDocument.applyEdits(opened, await fixAllEdits(uri, diagnostics[0]!.range));
    assert.equal(fixed, [lines[0]!.replace('+ K3 d- P: x/ Q7 R2 m', ''), ...lines.slice(2, 4), lines[4]!.replace("6 A' y2 N( e- U' L$ ^", ''), ...lines.slice(5)].join('\n'));
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3992 }, contentChanges: [{ text: fixed }] });
    await nextDiagnostics(3992);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.slice(1).map((s) => [s.name, s.children?.map((c) => c.name) ?? []]), [['一、主要做法', ['（一）签订责任书', '（二）开展隐患排查']], ['二、下一步打算', []]]);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads an account\'s repost of a speech: its name lines, masked names and figures, 第1要务, 签定, a chatbot\'s sentence; fix-all leaves the blanks to the drafter', async () => {
    const { uri, lines, diagnostics, document: opened, shown } = await openPage('account-speech-page', 4001);
    assert.deepEqual(shown, [
      ['web-residue', 0, lines[0]],
      ['web-residue', 4, lines[4]],
      ['placeholder', 6, 'X'],
      ['placeholder', 6, '〔…〕'],
      ['standard-term', 6, '第1要务'],
      ['placeholder', 7, 'X'],
      ['placeholder', 7, '〔…〕'],
      ['placeholder', 7, 'x'],
      ['placeholder', 7, 'x'],
      ['confusable', 8, '签定'],
      ['web-residue', 8, '以下是针对安全生产工作会议讲话的中文回答。'],
    ]);
    const fixed = TextDocument.applyEdits(opened, await fixAllEdits(uri, diagnostics[0]!.range));
    assert.equal(
      fixed,
      ['', ...lines.slice(2, 4), lines[5], lines[6]!.replace('第1要务', '第一要务'), lines[7], lines[8]!.replace('签定', '签订').replace('以下是针对安全生产工作会议讲话的中文回答。', ''), ...lines.slice(9)].join('\n'),
    );
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a meeting notice whose headings carry their values (一、会议时间：2026年3月10日……) without a finding, and fix-all changes nothing', async () => {
    const { uri, diagnostics } = await openPage('meeting-notice', 4011);
    assert.deepEqual(diagnostics, []);
    const edits = await fixAllEdits(uri, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } });
    assert.deepEqual(edits, []);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a sharing site\'s page whose title, without the document\'s 的, is glued before the document\'s own: the page\'s copy is reported, and fix-all deletes it', async () => {
    const { uri, lines, diagnostics, document: opened, shown } = await openPage('glued-page-title', 4021);
    const pageTitle = '镇长在全镇安全生产工作会议上讲话';
    assert.deepEqual(shown, [['repeated-phrase', 0, pageTitle]]);
    // The related information points at the document's own title, the one kept.
    assert.equal(opened.getText(diagnostics[0]!.relatedInformation![0]!.location.range), '镇长在全镇安全生产工作会议上的讲话');
    const fixed = TextDocument.applyEdits(opened, await fixAllEdits(uri, diagnostics[0]!.range));
    assert.equal(fixed, [lines[0]!.slice(pageTitle.length), ...lines.slice(1)].join('\n'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports a template\'s （盖章） after the 署名 with a quick fix that deletes it, left out of fix-all; a form\'s stamp places are not reported', async () => {
    const uri = 'file:///tmp/seal-note.gw';
    const text = ['关于商请支持农村公路养护工作的函', '青山县交通运输局：', '请贵局给予技术支持。', '特此函告。', '青山县人民政府办公室（盖章）', '2026年10月8日', '申报单位（盖章）：', '青山县林业局（盖章）', '年  月  日'].join('\n');
    const { diagnostics, document: opened } = await openDocument(uri, 4031, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, opened.getText(d.range)]), [['placeholder', 4, '（盖章）']]);
    const actions = (await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } })) as CodeAction[];
    const deletion = actions.find((action) => action.title === '删去盖章提示');
    assert.ok(deletion, actions.map((action) => action.title).join(', '));
    assert.equal(TextDocument.applyEdits(opened, deletion.edit!.changes![uri]!).split('\n')[4], '青山县人民政府办公室');
    assert.deepEqual(await fixAllEdits(uri, diagnostics[0]!.range), []);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a template page\'s note to one reader and a percentage whose figure was deleted; the figure is typed before % by the quick fix, and fix-all deletes only the note', async () => {
    const uri = 'file:///tmp/empty-percentage.gw';
    const text = ['以下是网友为您整理分享的“社区工作总结”相关范文，供您参考！', '社区工作总结', '2026年，社区服务人次同比增长%，满意度达到98%。'].join('\n');
    const { diagnostics, document: opened } = await openDocument(uri, 4041, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, opened.getText(d.range)]), [['web-residue', 0, '以下是网友为您整理分享的“社区工作总结”相关范文，供您参考！'], ['placeholder', 2, '%']]);
    const actions = (await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[1]!.range, context: { diagnostics: [diagnostics[1]] } })) as CodeAction[];
    assert.equal(actions[0]?.title, '填写数字…');
    assert.deepEqual(TextDocument.applyEdits(opened, await fixAllEdits(uri, diagnostics[0]!.range)), text.split('\n').slice(1).join('\n'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a page cut between its sections: the 此处隐藏 notice says text is missing and only its quick fix deletes it; the headings after it count on from their own number, and an announced count over the cut is not reported', async () => {
    const uri = 'file:///tmp/cut-page.gw';
    const text = ['在全镇工作会议上的讲话', '同志们：', '下面，我讲七点意见。', '一、坚定信心', '上半年全镇经济运行平稳。', '---此处隐藏2150字，下载后查看---', '四、民生保障持续加强', '全年新增就业岗位300个。', '五、生态环境不断改善', '空气质量持续向好。', '七、社会治理更加有效', '全年调处矛盾纠纷120件。'].join('\n');
    const { diagnostics, document: opened } = await openDocument(uri, 4051, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, opened.getText(d.range)]), [['web-residue', 5, '---此处隐藏2150字，下载后查看---'], ['heading-numbering', 10, '七、']]);
    assert.match(String(diagnostics[0]!.message), /这里被网页删去了原文/);
    const actions = (await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics: [diagnostics[0]] } })) as CodeAction[];
    assert.equal(actions[0]?.title, '删除网页残留');
    assert.deepEqual(await fixAllEdits(uri, diagnostics[0]!.range), []);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('reads a PDF\'s copy on a document site: its page number and a page counter inside a line go in fix-all, the sentence rejoined; its search box and membership ad are residue; a space where its lines were joined is not a blank', async () => {
    const uri = 'file:///tmp/pdf-copy.gw';
    const text = ['1', '选择搜索类型', '在全镇防汛工作会议上的讲话', '同志们：', '今年汛期降雨偏多，防汛形势不容 第1 页共 6 页 乐观，我们要全方 位、多层次落实责任，坚持以人 民为中心，把每一 项措施落到实处。', '每天仅需0.3元，尊享会员特权'].join('\n');
    const { diagnostics, document: opened } = await openDocument(uri, 4061, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, opened.getText(d.range)]), [['web-residue', 0, '1'], ['web-residue', 1, '选择搜索类型'], ['web-residue', 4, '第1 页共 6 页'], ['web-residue', 5, '每天仅需0.3元，尊享会员特权']]);
    const fixed = TextDocument.applyEdits(opened, await fixAllEdits(uri, diagnostics[0]!.range)).split('\n');
    assert.equal(fixed[0], '在全镇防汛工作会议上的讲话');
    assert.match(fixed[2]!, /防汛形势不容乐观，/);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('exports a 通知 as a Word file in the document layout and a speech in the speech layout (gongwen/exportWord)', async () => {
    const uri = 'file:///tmp/export-notice.gw';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 5100, text: readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'export', 'notice.gw'), 'utf8') } });
    await nextDiagnostics(5100);
    const exported = (await request('gongwen/exportWord', { textDocument: { uri } })) as { data: string; preset: string };
    assert.equal(exported.preset, 'document');
    const parts = unzipSync(Buffer.from(exported.data, 'base64'));
    const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    assert.match(document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(document, /<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t[^>]*>（二）推进生活垃圾治理</);
    assert.match(strFromU8(parts['word/styles.xml'] ?? new Uint8Array()), /<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/);
    const speech = (await request('gongwen/exportWord', { textDocument: { uri }, preset: 'speech' })) as { data: string; preset: string };
    assert.equal(speech.preset, 'speech');
    assert.doesNotMatch(strFromU8(unzipSync(Buffer.from(speech.data, 'base64'))['word/settings.xml'] ?? new Uint8Array()), /<w:evenAndOddHeaders\/>/);
    assert.equal(await request('gongwen/exportWord', { textDocument: { uri: 'file:///tmp/never-opened.gw' } }), null);
  });

  it('reads a Word file (gongwen/readWord) and writes its copy with comments (gongwen/annotateWord); an old .doc fails with the reason', async () => {
    const data = Buffer.from(await numberedDraft()).toString('base64');
    const read = (await request('gongwen/readWord', { data })) as { text: string; revisions: number; textBoxes: number; notes: number };
    assert.deepEqual(read.text.split('\n').slice(0, 5), ['关于做好冬季森林防火工作的通知', '一、总体要求', '要坚持预防为主、积极消灭的方针，确保不发生重大森林火灾。', '（一）压实责任', '1.检查线路。各乡镇要对林区电力线路逐段排查。']);
    assert.deepEqual([read.revisions, read.textBoxes, read.notes], [2, 0, 0]);
    const annotated = (await request('gongwen/annotateWord', { data, textDocument: { uri: 'gongwen-word:/tmp/draft.docx' } })) as { data: string; comments: number };
    assert.equal(annotated.comments, 3);
    const comments = strFromU8(unzipSync(Buffer.from(annotated.data, 'base64'))['word/comments.xml'] ?? new Uint8Array());
    assert.equal((comments.match(/w:author="公文助手"/g) ?? []).length, 3);
    const old = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]).toString('base64');
    await assert.rejects(connection.sendRequest('gongwen/readWord', { data: old }), /\.docx/);
  });

  it('completes the next heading number and speech frames, and resolves a frame with its preview', async () => {
    const uri = 'file:///tmp/completion.gw';
    const text = '同志们：\n一、甲\n要抓甲。\n二、乙\n要抓乙。\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 4000, text } });
    const result = (await request('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 0 } })) as CompletionItem[];
    const sorted = [...result].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sorted.slice(0, 2).map((item) => [item.label, item.kind, item.insertTextFormat, (item.textEdit as TextEdit).newText]), [
      ['三、', 15, 2, '三、${1:标题}\n$0'],
      ['（一）', 15, 2, '（一）${1:标题}\n$0'],
    ]);
    const thanks = result.find((item) => item.label === '谢谢大家！') as CompletionItem;
    assert.match(thanks.filterText ?? '', /xxdj/);
    const resolved = (await request('completionItem/resolve', thanks)) as CompletionItem;
    assert.deepEqual(resolved.documentation, { kind: 'markdown', value: '```\n谢谢大家！\n```' });
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers documentSymbol with the tree, positions in UTF-16 code units', async () => {
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['👉𠮷在全县工作会议上的讲话', '同志们：', '一、👉总结成绩', '二、部署任务', '三、强化保障']);
    const section = symbols[2] as DocumentSymbol;
    assert.deepEqual(section.selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 8 } });
    assert.deepEqual(section.range, { start: { line: 3, character: 0 }, end: { line: 5, character: 11 } });
    const [first, second] = section.children ?? [];
    assert.deepEqual([first?.name, first?.selectionRange.start], ['（一）𠮷抓项目', { line: 3, character: 9 }]);
    assert.deepEqual(first?.children?.map((c) => [c.name, c.selectionRange.start.character]), [['一是抓谋划', 18]]);
    assert.equal(second?.name, '（二）抓招商');
  });

  it('answers foldingRange and workspace/symbol', async () => {
    const folds = (await request('textDocument/foldingRange', { textDocument: { uri: URI } })) as FoldingRange[];
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[3, 5], [4, 5]]);
    const found = (await request('workspace/symbol', { query: '招商' })) as WorkspaceSymbol[];
    assert.deepEqual(found.map((s) => [s.name, s.containerName]), [['（二）抓招商', '一、👉总结成绩']]);
  });

  it('offers quick fixes and source.fixAll.gongwen', async () => {
    const range = { start: { line: 2, character: 17 }, end: { line: 2, character: 17 } };
    const actions = (await request('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['替换为“12”', '填写“XX”…', '在此处忽略该规则（placeholder）']);
    assert.deepEqual(actions[2]?.edit?.changes?.[URI], [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '// gongwen-disable-next-line placeholder\n' }]);
    const fixed = await fixAllEdits(URI, range);
    assert.deepEqual(fixed.map((e) => [e.range.start.line, e.newText]), [[2, '12'], [5, ''], [7, '']]);
  });

  it('answers hover and code lens on headings, and the gongwen/statistics and gongwen/fillPlaceholders requests', async () => {
    const lines = TEXT.split('\n');
    const sectionChars = [...lines.slice(3, 6).join('')].filter((ch) => !/\s/.test(ch)).length;
    const hover = (await request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 3, character: 3 } })) as Hover;
    assert.match((hover.contents as MarkupContent).value, new RegExp(`^\\*\\*一、👉总结成绩\\*\\*\\n\\n${sectionChars} 字 · 约 0\\.\\d 分钟 · 1 个问题（按每分钟 200 字计）$`));
    assert.equal(await request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 3 } }), null);
    const lenses = (await request('textDocument/codeLens', { textDocument: { uri: URI } })) as CodeLens[];
    assert.deepEqual(lenses.map((lens) => [lens.range.start.line, lens.command?.command]), [[3, 'gongwen.showStatistics'], [6, 'gongwen.showStatistics'], [7, 'gongwen.showStatistics']]);
    const statistics = (await request('gongwen/statistics', { textDocument: { uri: URI } })) as { characters: number; placeholders: number; sections: Array<{ name: string; characters: number }> };
    assert.equal(statistics.characters, [...TEXT].filter((ch) => !/\s/.test(ch)).length);
    assert.equal(statistics.placeholders, 1);
    assert.deepEqual(statistics.sections.find((section) => section.name === '一、👉总结成绩')?.characters, sectionChars);
    const fills = (await request('gongwen/fillPlaceholders', { textDocument: { uri: URI } })) as TextEdit[];
    assert.deepEqual(fills, [{ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 18 } }, newText: '12' }]);
  });

  it('survives a burst of 3,000 incremental changes, including deleting everything, and answers only the latest version', async () => {
    const uri = 'file:///tmp/burst.gw';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 5000, text: '' } });
    let text = '';
    for (let version = 5001; version <= 8000; version++) {
      const end = { line: 0, character: text.length };
      const deleteAll = version % 100 === 50;
      const insert = deleteAll ? '' : version % 3 === 0 ? 'XX' : '同志们的的';
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [deleteAll ? { range: { start: { line: 0, character: 0 }, end }, text: '' } : { range: { start: end, end }, text: insert }],
      });
      text = deleteAll ? '' : text + insert;
    }
    const { diagnostics } = await nextDiagnostics(8000);
    const expected = analyzerWith({ placeholderValues: { XX: '12' }, maxDocumentSize: 10_000 }, { typingGuard: true }).analyze(text);
    assert.equal(diagnostics.length, expected.results.reduce((sum, r) => sum + r.findings.length, 0));
    assert.ok(diagnostics.length > 0);
    const versions = published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.ok(versions.every((v) => v === 5000 || v === 8000), `stale versions were answered: ${versions.join(',')}`);
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.ok(Array.isArray(symbols), 'the server still answers');
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('analyses a document over gongwen.maxDocumentSize for the cheap rules only, and says so once', async () => {
    const uri = 'file:///tmp/large.gw';
    const text = '同志们：\n今年完成投资XX亿元，要做好的的工作。\n' + '要抓好项目建设。'.repeat(1500);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 9000, text } });
    const { diagnostics } = await nextDiagnostics(9000);
    assert.deepEqual(diagnostics.map((d) => d.code), ['placeholder']);
    const notice = messages.filter((m) => m.message.includes('gongwen.maxDocumentSize'));
    assert.equal(notice.length, 1);
    assert.equal(notice[0]?.type, 3);
    assert.equal(notice[0]?.message, `公文助手：这篇文档有 ${text.length.toLocaleString('en-US')} 字，超过 gongwen.maxDocumentSize（10,000 字）。为保持编辑流畅，只检查占位符和网页残留，并显示大纲。`);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('analyses a .gw file whose client sends no language id (Neovim and Helix send their filetype), and completes in an empty one', async () => {
    const uri = 'file:///tmp/from-neovim.gw';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: '', version: 9500, text: 'Notes\nXX county report.\n' } });
    const { diagnostics } = await nextDiagnostics(9500);
    assert.deepEqual(diagnostics.map((d) => d.code), ['placeholder']);
    const empty = 'file:///tmp/empty.gw';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: empty, languageId: '', version: 1, text: '' } });
    const items = (await request('textDocument/completion', { textDocument: { uri: empty }, position: { line: 0, character: 0 } })) as CompletionItem[];
    assert.ok(items.some((item) => item.label === '同志们：'));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: empty } });
  });

  it('re-analyses after an incremental change and reports for the latest version only', async () => {
    for (let version = 2; version <= 30; version++) {
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 18 } }, text: version % 2 ? 'XX' : '12' }],
      });
    }
    const { diagnostics } = await nextDiagnostics(30);
    assert.deepEqual(diagnostics.map((d: Diagnostic) => d.code), ['web-residue', 'repeated-phrase', 'doubled-word']);
    assert.ok(published.filter((p) => p.uri === URI).every((p) => p.version === 1 || p.version === 30), `only the latest version is reported, got ${published.map((p) => p.version).join(',')}`);
  });
});
