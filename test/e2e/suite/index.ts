import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { numberedDraft } from '../../support/word-drafts';
import { applyQuickFix, codeOf, countOf, editAndSave, gongwenApi, ROOT, SCRATCH, gongwenDiagnostics, gongwenDiagnosticsOnce, openCopy, openPage, openScratch, outlineNames, runAll, screenshot, shownIn, statisticsTab, waitFor, type Test } from './helpers';

/** The development extension in a real VS Code: what a user sees, asserted through the vscode API. */

const tests: Test[] = [
  ['placeholder, repetition and web-residue diagnostics appear with codes, ranges, related copies and docs links', async () => {
    const editor = await openCopy('diagnostics.gw');
    const uri = editor.document.uri;
    const diagnostics = await waitFor('diagnostics', () => (gongwenDiagnostics(uri).length > 0 ? gongwenDiagnostics(uri) : undefined), vscode.languages.onDidChangeDiagnostics);
    const summary = diagnostics.map((d) => [typeof d.code === 'object' ? d.code.value : d.code, editor.document.getText(d.range), d.range.start.line]);
    assert.deepEqual(summary, [
      ['placeholder', 'XX', 2],
      ['placeholder', '*', 2],
      ['placeholder', 'X', 4],
      ['placeholder', 'x', 4],
      ['repeated-phrase', '企业安全生产主体责任落实不到位', 5],
      ['doubled-word', '的的', 13],
      ['web-residue', '推荐访问：安全生产讲话 秋冬季 会议讲话', 14],
    ]);
    const earlier = diagnostics[4]?.relatedInformation?.[0]?.location;
    assert.deepEqual([earlier?.uri.toString(), earlier?.range.start.line, earlier && editor.document.getText(earlier.range)], [uri.toString(), 5, '企业安全生产主体责任落实不到位']);
    const code = diagnostics[0]?.code as { target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/placeholder\.md$/);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('outline.focus');
    await screenshot('problems-and-outline');
  }],
  ['the outline is the 一、（一）1. tree', async () => {
    const editor = await openCopy('outline.gw');
    await waitFor('analysis', () => (gongwenDiagnostics(editor.document.uri).length > 0 ? true : undefined), vscode.languages.onDidChangeDiagnostics);
    assert.deepEqual((await outlineNames(editor.document.uri)).slice(2, 4), [
      ['一、认清形势，切实增强做好安全生产工作的责任感', [['（一）成绩来之不易', ['一是责任体系更加健全', '二是专项整治扎实推进', '三是应急能力持续提升']], '（二）问题不容忽视']],
      ['二、突出重点，全力抓好秋冬季安全生产各项工作', [['（一）抓好道路交通安全', ['1.加强重点车辆管控', '2.加强农村道路隐患治理']], ['（二）抓好森林防火', ['首先，要落实网格化管护责任', '其次，要严格野外用火管理', '最后，要备足扑火物资']], '（三）抓好城镇燃气安全']],
    ]);
  }],
  ['a quick fix replaces a placeholder with its configured value', async () => {
    const editor = await openCopy('quickfix.gw');
    const uri = editor.document.uri;
    const star = await waitFor('the * placeholder', () => gongwenDiagnostics(uri).find((d) => editor.document.getText(d.range) === '*'), vscode.languages.onDidChangeDiagnostics);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, star.range)) ?? [];
    const replace = actions.find((a) => a.isPreferred);
    assert.ok(replace?.edit, `a preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === 'Ignore placeholder here'), 'the ignore-here action');
    if (process.env.GONGWEN_SCREENSHOT_DIR) {
      editor.selection = new vscode.Selection(star.range.start, star.range.start);
      await vscode.commands.executeCommand('editor.action.quickFix');
      await screenshot('quick-fix');
      await vscode.commands.executeCommand('hideCodeActionWidget');
    }
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.match(editor.document.lineAt(2).text, /青山镇、应急管理局作了表态发言/);
  }],
  ['structure: a skipped heading number and an announced count, renumbered by the quick fix', async () => {
    const editor = await openScratch('structure.gw', '同志们：\n下面，我讲两点意见。\n一、稳增长\n要抓项目。\n二、促改革\n要抓改革。\n四、惠民生\n要办实事。\n');
    const uri = editor.document.uri;
    const diagnostics = await waitFor('structure diagnostics', () => (gongwenDiagnostics(uri).length >= 2 ? gongwenDiagnostics(uri) : undefined), vscode.languages.onDidChangeDiagnostics);
    assert.deepEqual(shownIn(editor, diagnostics), [['announced-count', '讲两点意见'], ['heading-numbering', '四、']]);
    assert.equal(diagnostics[0]?.relatedInformation?.length, 3);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostics[1]!.range)) ?? [];
    const renumber = actions.find((a) => a.isPreferred);
    assert.ok(renumber?.edit, `a preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(renumber.edit));
    assert.equal(editor.document.lineAt(6).text, '三、惠民生');
    await waitFor('the numbering finding to clear', () => (gongwenDiagnostics(uri).some((d) => codeOf(d) === 'heading-numbering') ? undefined : true), vscode.languages.onDidChangeDiagnostics);
  }],
  ['wording: half-width punctuation, a standard term and a range are fixed on save; a dropped word stays reported', async () => {
    const editor = await openScratch('wording.gw', '同志们:\n1-6月,全县GDP增长5.6%,我们在的坚强领导下学习党的20大精神。\n');
    const uri = editor.document.uri;
    const diagnostics = await waitFor('wording diagnostics', () => (gongwenDiagnostics(uri).length >= 6 ? gongwenDiagnostics(uri) : undefined), vscode.languages.onDidChangeDiagnostics);
    assert.deepEqual(shownIn(editor, diagnostics), [
      ['fullwidth-punctuation', ':'],
      ['number-usage', '1-6月'],
      ['fullwidth-punctuation', ','],
      ['fullwidth-punctuation', ','],
      ['missing-word', '在的坚强领导'],
      ['standard-term', '党的20大'],
    ]);
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), '\n'));
    assert.ok(await editor.document.save());
    assert.equal(readFileSync(uri.fsPath, 'utf8').split('\n').slice(0, 2).join('\n'), '同志们：\n1—6月，全县GDP增长5.6%，我们在的坚强领导下学习党的二十大精神。');
    await waitFor('only the dropped word left', () => {
      const left = gongwenDiagnostics(uri);
      return left.length === 1 && codeOf(left[0]!) === 'missing-word' ? true : undefined;
    }, vscode.languages.onDidChangeDiagnostics);
  }],
  ['a typo is reported and fixed by its quick fix', async () => {
    const editor = await openScratch('typo.gw', '同志们：\n各乡镇要按照县委布署，再接再励，踔励奋发抓好秋冬季安全生产。\n');
    const uri = editor.document.uri;
    const typos = await waitFor('three typos', () => {
      const found = gongwenDiagnostics(uri).filter((d) => codeOf(d) === 'typo');
      return found.length === 3 ? found : undefined;
    }, vscode.languages.onDidChangeDiagnostics);
    assert.deepEqual(typos.map((d) => [editor.document.getText(d.range), d.message]), [
      ['布署', 'Misspelt: “布署” should be “部署”'],
      ['再接再励', 'Misspelt: “再接再励” should be “再接再厉”'],
      ['踔励奋发', 'Misspelt: “踔励奋发” should be “踔厉奋发”'],
    ]);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, typos[0]!.range)) ?? [];
    const change = actions.find((a) => a.title === 'Change to “部署”');
    assert.ok(change?.edit, `the fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(change.edit));
    assert.equal(editor.document.lineAt(1).text, '各乡镇要按照县委部署，再接再励，踔励奋发抓好秋冬季安全生产。');
    await waitFor('two typos left', () => {
      const left = gongwenDiagnostics(uri).filter((d) => codeOf(d) === 'typo').map((d) => editor.document.getText(d.range));
      return left.join() === '再接再励,踔励奋发' ? true : undefined;
    }, vscode.languages.onDidChangeDiagnostics);
  }],
  ['template blanks and ASCII quotes are reported, 讲几点意见 is not, and a phrase repeated nearby is only a hint', async () => {
    const editor = await openScratch('accuracy.gw', '同志们：\n下面我讲几点意见。x县长要求把"放管服"改革抓实，推动乡镇高质量发展，推动乡镇高质量发展。\n');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 4);
    assert.deepEqual(shown.map((d) => [codeOf(d), editor.document.getText(d.range), d.severity]), [
      ['placeholder', 'x', vscode.DiagnosticSeverity.Warning],
      ['fullwidth-punctuation', '"', vscode.DiagnosticSeverity.Warning],
      ['fullwidth-punctuation', '"', vscode.DiagnosticSeverity.Warning],
      ['repeated-phrase', '推动乡镇高质量发展', vscode.DiagnosticSeverity.Hint],
    ]);
  }],
  ['a speech pasted as one line is outlined with its nested 一是 list; 讲几点意见 gets the count as a hint; a dropped name and “3个代表” are reported', async () => {
    const editor = await openScratch(
      'one-line.gw',
      '在全县会议上的讲话\n同志们：下面我讲几点意见：一、压实责任。一是明确分工。要做到：一是党政同责；二是一岗双责。二是加强考核。二、狠抓落实。按照、部署要求，坚持“3个代表”重要思想。\n',
    );
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 3);
    assert.deepEqual(shown.map((d) => [codeOf(d), editor.document.getText(d.range), d.severity]), [
      ['announced-count', '讲几点意见', vscode.DiagnosticSeverity.Hint],
      ['missing-word', '按照、', vscode.DiagnosticSeverity.Warning],
      ['standard-term', '3个代表', vscode.DiagnosticSeverity.Warning],
    ]);
    assert.deepEqual((await outlineNames(uri)).slice(2), [['一、压实责任', [['一是明确分工', ['一是党政同责', '二是一岗双责']], '二是加强考核']], '二、狠抓落实']);
  }],
  ['a 通知 is outlined by its parts with its kind in the status bar; its closing formula is fixed by a quick fix and its document number on save', async () => {
    const api = await gongwenApi();
    const editor = await openScratch('notice.gw', [
      '青山县人民政府办公室',
      '关于开展冬季森林防火检查的通知',
      '青政办发[2026]第5号',
      '各乡镇人民政府，县直各单位：',
      '经县政府同意，决定开展森林防火检查。现将有关事项通知如下：',
      '一、检查时间',
      '11月1日至11月30日。',
      '二、检查内容',
      '火源管控和值班值守。',
      '特此报告。',
      '附件：1.检查表',
      '      2.值班表',
      '青山县人民政府办公室',
      '2026年10月20日',
      '',
    ].join('\n'));
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 2);
    assert.deepEqual(shownIn(editor, shown), [['document-number', '[2026]第5号'], ['closing-phrase', '特此报告']]);
    assert.deepEqual(await outlineNames(uri), ['Title', 'Document number', 'Addressee', ['Body', ['一、检查时间', '二、检查内容']], 'Attachments', 'Issuing organ', 'Date']);
    await waitFor('the kind in the status bar', () => (api.statusText()?.startsWith('$(book) 通知 · ') ? true : undefined), api.onDidUpdateStatus);
    const closing = shown[1] as vscode.Diagnostic;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, closing.range, vscode.CodeActionKind.QuickFix.value);
    const change = actions.find((action) => action.title.endsWith('“特此通知”'));
    assert.ok(change?.edit, actions.map((action) => action.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(change.edit));
    assert.ok(await editor.document.save());
    assert.equal(editor.document.lineAt(2).text, '青政办发〔2026〕5号');
    assert.equal(editor.document.lineAt(9).text, '特此通知。');
    await gongwenDiagnosticsOnce(uri, 0);
    await screenshot('official-document');
  }],
  ['a 请示 copied with its title run on into the 主送机关 is outlined by both, and the addressee gets its own line on save', async () => {
    const editor = await openScratch('request-copy.gw', [
      '县农业农村局关于拨付高标准农田',
      '建设补助资金的请示县人民政府：',
      '现将有关事项请示如下：恳请拨付配套资金。',
      '妥否，请批示。',
      '县农业农村局',
      '2026年10月12日',
      '',
    ].join('\n'));
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 1);
    assert.deepEqual(shownIn(editor, shown), [['addressee', '县人民政府：']]);
    assert.deepEqual(await outlineNames(uri), ['Title', 'Addressee', 'Body', 'Issuing organ', 'Date']);
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(1).text, '建设补助资金的请示');
    assert.equal(editor.document.lineAt(2).text, '县人民政府：');
    await gongwenDiagnosticsOnce(uri, 0);
  }],
  ['a 函 printed below a page\'s copy of its title and number, its 署名 and date on one line: outlined from the document, and fix-all on save leaves the document', async () => {
    const editor = await openScratch('letter-page.gw', [
      '青山县教育局关于商请借用体育场馆的函',
      '青教函〔2026〕8号',
      '2026年3月2日',
      '青山县教育局关于商请借用体育场馆的函',
      '（青教函〔2026〕8号）',
      '青山县体育中心：',
      '我局拟于2026年5月举办全县中学生运动会，现商请借用贵中心体育场馆三天。',
      '妥否，请函复。',
      '青山县教育局 2026.03.02',
      '',
    ].join('\n'));
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 4);
    assert.deepEqual(shownIn(editor, shown), [
      ['repeated-phrase', '青山县教育局关于商请借用体育场馆的函'],
      ['repeated-phrase', '青教函〔2026〕8号'],
      ['web-residue', '2026年3月2日'],
      ['date-format', '2026.03.02'],
    ]);
    assert.deepEqual(await outlineNames(uri), ['Title', 'Document number', 'Addressee', 'Body', 'Issuing organ', 'Date']);
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(0).text, '青山县教育局关于商请借用体育场馆的函');
    assert.equal(editor.document.lineAt(1).text, '（青教函〔2026〕8号）');
    assert.equal(editor.document.lineAt(5).text, '青山县教育局 2026年3月2日');
    await gongwenDiagnosticsOnce(uri, 0);
  }],
  ['a 通告 on a law site\'s page: the organ between its title copies, semicolon-ended entries that are no empty sections, deleted years; the 通告 in the status bar, fix-all on save', async () => {
    const api = await gongwenApi();
    const editor = await openPage('notice-on-a-law-site');
    const title = editor.document.lineAt(1).text;
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 8);
    assert.deepEqual(shown.map((d) => [codeOf(d), d.range.start.line]), [
      ['web-residue', 0], ['repeated-phrase', 1], ['web-residue', 2], ['repeated-phrase', 3], ['web-residue', 4], ['document-number', 6], ['placeholder', 9], ['placeholder', 10],
    ]);
    await waitFor('the kind in the status bar', () => (api.statusText()?.startsWith('$(book) 通告 · ') ? true : undefined), api.onDidUpdateStatus);
    const outline = await outlineNames(uri);
    assert.deepEqual(outline.map((node) => (Array.isArray(node) ? node[0] : node)), ['Title', 'Document number', 'Body', 'Issuing organ', 'Date']);
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(0).text, title);
    assert.equal(editor.document.lineAt(1).text, '青政通〔2025〕3号');
    await gongwenDiagnosticsOnce(uri, 2);
  }],
  ['a template site\'s page of two 请示, each on its own: the page\'s lines and the counters glued to the titles, the first sent to two organs, 关于要求 in the second; the 请示 in the status bar, fix-all on save', async () => {
    const api = await gongwenApi();
    const editor = await openPage('request-collection-page');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 8);
    assert.deepEqual(shown.map((d) => [codeOf(d), d.range.start.line]), [
      ['web-residue', 0], ['web-residue', 1], ['web-residue', 2], ['web-residue', 3], ['web-residue', 4], ['addressee', 5], ['web-residue', 10], ['document-title', 10],
    ]);
    await waitFor('the kind in the status bar', () => (api.statusText()?.startsWith('$(book) 请示 · ') ? true : undefined), api.onDidUpdateStatus);
    const outline = await outlineNames(uri);
    assert.deepEqual(outline.map((node) => (Array.isArray(node) ? node[0] : node)), ['Title', 'Addressee', 'Body', 'Issuing organ', 'Date', 'Title', 'Body', 'Issuing organ', 'Date']);
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(0).text, '关于调整办公用房的请示');
    assert.equal(editor.document.lineAt(6).text, '关于要求增加公务用车的请示');
    // Which organ the 请示 goes to, and how its title reads, are the drafter's to decide: those warnings stay.
    await gongwenDiagnosticsOnce(uri, 2);
  }],
  ['a document site\'s page: its file extension and size, upload date, a notice as one diagnostic with none inside it, the keyword line; fix-all on save keeps the document', async () => {
    const editor = await openPage('document-site-page');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 6);
    assert.deepEqual(shown.map((d) => [codeOf(d), d.range.start.line]), [
      ['web-residue', 0], ['web-residue', 1], ['web-residue', 2], ['web-residue', 3], ['web-residue', 4], ['fullwidth-punctuation', 6],
    ]);
    assert.equal(editor.document.getText(shown[0]!.range), '.docx');
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(0).text, '青山县教育局2025年工作总结');
    assert.equal(editor.document.lineAt(1).text, '2025年，县教育局在县委、县政府的领导下，全面完成年度各项任务。');
    await gongwenDiagnosticsOnce(uri, 0);
  }],
  ['a forum post: jammer strings at line starts and ends are web residue; fix-all on save deletes them and the heading they hid is back in the outline', async () => {
    const editor = await openPage('forum-post');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 3);
    assert.deepEqual(shownIn(editor, shown), [
      ['web-residue', '+ K3 d- P: x/ Q7 R2 m'], ['web-residue', '# b4 T( Z; e, W: H8 L'], ['web-residue', "6 A' y2 N( e- U' L$ ^"],
    ]);
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(0).text, '青山镇安全生产工作总结');
    assert.equal(editor.document.lineAt(3).text, '（二）开展隐患排查。全年整改隐患87处。');
    await gongwenDiagnosticsOnce(uri, 0);
    assert.deepEqual((await outlineNames(uri)).slice(1), [['一、主要做法', ['（一）签订责任书', '（二）开展隐患排查']], '二、下一步打算']);
  }],
  ['an account\'s repost of a speech: its name lines, masked names and figures, 第1要务, 签定, a chatbot\'s sentence; fix-all on save leaves only the blanks', async () => {
    const editor = await openPage('account-speech-page');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 11);
    assert.deepEqual(shownIn(editor, shown), [
      ['web-residue', '公文写作素材库 首页'], ['web-residue', '11-02 公文写作素材库'], ['placeholder', 'X'], ['placeholder', '〔…〕'], ['standard-term', '第1要务'],
      ['placeholder', 'X'], ['placeholder', '〔…〕'], ['placeholder', 'x'], ['placeholder', 'x'], ['confusable', '签定'], ['web-residue', '以下是针对安全生产工作会议讲话的中文回答。'],
    ]);
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(6).text, '今年以来，各乡镇共签订安全生产责任书46份，排查整改隐患1286处。');
    // The names and figures the template hid are the drafter's to fill in.
    await gongwenDiagnosticsOnce(uri, 6);
  }],
  ['a meeting notice whose headings carry their values (一、会议时间：……): no diagnostic, the 通知 in the status bar, and saving changes nothing', async () => {
    const api = await gongwenApi();
    const editor = await openPage('meeting-notice');
    const uri = editor.document.uri;
    await waitFor('the kind in the status bar', () => (api.statusText()?.startsWith('$(book) 通知 · ') ? true : undefined), api.onDidUpdateStatus);
    assert.deepEqual(gongwenDiagnostics(uri), []);
    const before = editor.document.getText();
    await editAndSave(editor);
    assert.equal(editor.document.getText(), `${before}\n`);
    assert.deepEqual(gongwenDiagnostics(uri), []);
  }],
  ['a sharing site\'s page title, without the document\'s 的, glued before the document\'s own: the page\'s copy is the diagnostic, and fix-all on save deletes it', async () => {
    const editor = await openPage('glued-page-title');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 1);
    assert.deepEqual(shownIn(editor, shown), [['repeated-phrase', '镇长在全镇安全生产工作会议上讲话']]);
    await editAndSave(editor);
    assert.ok(editor.document.lineAt(0).text.startsWith('镇长在全镇安全生产工作会议上的讲话同志们：'));
    await gongwenDiagnosticsOnce(uri, 0);
  }],
  ['a 函 with a template\'s （盖章） after its 署名 and a percentage without its figure: both reported, left by fix-all on save, and the note deleted by its quick fix', async () => {
    const editor = await openPage('letter-with-seal-note');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 2);
    assert.deepEqual(shownIn(editor, shown), [['placeholder', '%'], ['placeholder', '（盖章）']]);
    const before = editor.document.getText();
    await editAndSave(editor);
    assert.equal(editor.document.getText(), `${before}\n`);
    await applyQuickFix(uri, shown[1]!.range, ['删去盖章提示', 'Delete the note']);
    assert.equal(editor.document.lineAt(5).text, '青山县青山镇人民政府');
  }],
  ['a template page cut between its sections: the 此处隐藏 notice and the gap after the cut are reported, saving changes nothing, and the notice goes by its quick fix', async () => {
    const editor = await openPage('cut-template-page');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 2);
    assert.deepEqual(shownIn(editor, shown), [['web-residue', '---此处隐藏2150字，下载后查看---'], ['heading-numbering', '七、']]);
    const before = editor.document.getText();
    await editAndSave(editor);
    assert.equal(editor.document.getText(), `${before}\n`);
    await applyQuickFix(uri, shown[0]!.range, ['删除网页残留', 'Delete the web page residue']);
    assert.equal(editor.document.lineAt(5).text, '四、民生保障持续加强');
  }],
  ['a PDF\'s copy from a document site: its page number, search box, page counter and membership ad are deleted on save, the broken sentence rejoined, its line joins left alone', async () => {
    const editor = await openPage('pdf-copy');
    const uri = editor.document.uri;
    const shown = await gongwenDiagnosticsOnce(uri, 4);
    assert.deepEqual(shownIn(editor, shown), [['web-residue', '1'], ['web-residue', '选择搜索类型'], ['web-residue', '第1 页共 6 页'], ['web-residue', '每天仅需0.3元，尊享会员特权']]);
    await editAndSave(editor);
    assert.equal(editor.document.lineAt(0).text, '在全镇防汛工作会议上的讲话');
    assert.ok(editor.document.lineAt(2).text.startsWith('今年汛期降雨偏多，防汛形势不容乐观。我们要全方 位、'), editor.document.lineAt(2).text);
    await gongwenDiagnosticsOnce(uri, 0);
  }],
  ['导出为 Word（GB/T 9704）writes the .docx of the open 通知 in the document layout', async () => {
    const api = await gongwenApi();
    const editor = await openScratch('export-notice.gw', readFileSync(join(ROOT, 'test', 'fixtures', 'export', 'notice.gw'), 'utf8'));
    await waitFor('the kind in the status bar', () => (api.statusText()?.startsWith('$(book) 通知 · ') ? true : undefined), api.onDidUpdateStatus);
    const target = editor.document.uri.fsPath.replace(/\.gw$/, '.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.exportWord', editor.document.uri, { preset: 'auto', target });
    assert.equal(written?.fsPath, target);
    assert.ok(existsSync(target));
    const parts = unzipSync(readFileSync(target));
    const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    assert.match(document, /<w:pStyle w:val="Title"\/>.*关于进一步做好全县农村人居环境<\/w:t>.*整治和美丽乡村建设工作的通知/);
    assert.match(document, /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t[^>]*>一、总体要求</);
    assert.match(strFromU8(parts['word/settings.xml'] ?? new Uint8Array()), /<w:evenAndOddHeaders\/>/, 'the document layout: odd and even page numbers');
    // Without arguments the command asks for the layout; closing the question writes nothing.
    const asked = vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.exportWord', editor.document.uri, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await screenshot('export-word');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await asked, undefined);
  }],
  ['a .docx opens as read-only gongwen text with its findings and outline; it is converted to a .gw draft and annotated as a Word copy', async () => {
    const file = join(SCRATCH, 'word-draft.docx');
    writeFileSync(file, await numberedDraft());
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(file));
    const editor = await waitFor('the Word draft’s text', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.scheme === 'gongwen-word' && active.document.languageId === 'gongwen' ? active : undefined;
    }, vscode.window.onDidChangeActiveTextEditor);
    const uri = editor.document.uri;
    assert.equal(editor.document.lineAt(1).text, '一、总体要求');
    const shown = await gongwenDiagnosticsOnce(uri, 3);
    assert.deepEqual(shownIn(editor, shown), [['placeholder', 'XX'], ['placeholder', 'XX'], ['heading-numbering', '二、']]);
    const [title, body] = (await outlineNames(uri)) as [string, [string, unknown[]]];
    assert.deepEqual([title, body[0], body[1][0]], ['Title', 'Body', ['一、总体要求', [['（一）压实责任', ['1.检查线路', '2.检查设备']], ['（二）加强宣传', ['1.进村入户']]]]]);
    await screenshot('word-draft');
    const draft = await vscode.commands.executeCommand<vscode.Uri>('gongwen.convertWordToDraft', uri);
    assert.equal(draft.fsPath, join(SCRATCH, 'word-draft.gw'));
    assert.equal(readFileSync(draft.fsPath, 'utf8'), editor.document.getText());
    const annotated = await vscode.commands.executeCommand<vscode.Uri>('gongwen.annotateWord', vscode.Uri.file(file));
    assert.equal(annotated.fsPath, join(SCRATCH, 'word-draft-批注.docx'));
    const comments = strFromU8(unzipSync(readFileSync(annotated.fsPath))['word/comments.xml'] ?? new Uint8Array());
    assert.equal((comments.match(/w:author="公文助手"/g) ?? []).length, 3);
  }],
  ['confusable words and redundancy are reported where the context decides, and fixed on save', async () => {
    const editor = await openScratch('confusable.gw', '同志们：\n截止目前，这项工作涉及到全县，县委做出了重要部署，报名截止日期为11月30日。\n');
    const uri = editor.document.uri;
    const found = await waitFor('confusable and redundancy', () => {
      const all = gongwenDiagnostics(uri).filter((d) => codeOf(d) === 'confusable' || codeOf(d) === 'redundancy');
      return all.length === 3 ? all : undefined;
    }, vscode.languages.onDidChangeDiagnostics);
    assert.deepEqual(found.map((d) => [codeOf(d), editor.document.getText(d.range)]), [['confusable', '截止'], ['redundancy', '涉及到'], ['confusable', '做出']]);
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), '\n'));
    assert.ok(await editor.document.save());
    assert.equal(editor.document.lineAt(1).text, '截至目前，这项工作涉及全县，县委作出了重要部署，报名截止日期为11月30日。');
  }],
  ['the status bar shows characters, speaking time and placeholders left; a heading hover shows its section', async () => {
    const api = await gongwenApi();
    const editor = await openCopy('status.gw');
    const chars = countOf(editor.document.getText()).toLocaleString('en-US');
    const whole = new RegExp(`^\\$\\(book\\) 讲话稿 · ${chars} characters · about [0-9.]+ min · \\$\\(edit\\) 4 placeholders$`);
    await waitFor('the status bar', () => (whole.test(api.statusText() ?? '') ? true : undefined), api.onDidUpdateStatus);
    const heading = editor.document.getText().split('\n').findIndex((line) => line.startsWith('一、'));
    editor.selection = new vscode.Selection(heading, 0, heading + 1, 0);
    const selected = countOf(editor.document.lineAt(heading).text);
    await waitFor('the selection count', () => (api.statusText()?.startsWith(`$(book) 讲话稿 · Selected ${selected} characters`) ? true : undefined), api.onDidUpdateStatus);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(heading, 1));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, new RegExp(`^\\*\\*${editor.document.lineAt(heading).text.slice(0, 6)}`));
    assert.match(text, /[0-9,]+ characters · about [0-9.]+ min · \d+ problems? \(at 200 characters a minute\)/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.ok(lenses.length >= 3 && lenses.every((lens) => lens.command?.command === 'gongwen.showStatistics'), `code lenses: ${lenses.length}`);
    editor.selection = new vscode.Selection(heading, 1, heading, 1);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('status-bar-and-hover');
    await vscode.commands.executeCommand('gongwen.showStatistics');
    await waitFor('the statistics view', () => (statisticsTab() ? true : undefined), vscode.window.tabGroups.onDidChangeTabs);
    await screenshot('statistics');
    await vscode.window.tabGroups.close(statisticsTab() as vscode.Tab);
  }],
  ['commands: set gongwen mode, fill placeholders from settings, insert a skeleton, show statistics', async () => {
    const editor = await openScratch('commands.txt', '今年以来，*镇完成造林两千亩。\n');
    assert.equal(editor.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('gongwen.setLanguageMode');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'gongwen');
    const uri = editor.document.uri;
    await waitFor('the placeholder', () => (gongwenDiagnostics(uri).length > 0 ? true : undefined), vscode.languages.onDidChangeDiagnostics);
    await vscode.commands.executeCommand('gongwen.fillPlaceholders');
    assert.equal(vscode.window.activeTextEditor?.document.lineAt(0).text, '今年以来，青山镇完成造林两千亩。');
    const active = vscode.window.activeTextEditor as vscode.TextEditor;
    active.selection = new vscode.Selection(1, 0, 1, 0);
    await vscode.commands.executeCommand('gongwen.insertSkeleton', 'skeleton-zthjh-3');
    assert.match(active.document.getText(), /\n在全县……座谈会上的讲话\n同志们：\n[^]*下面，我讲三点意见。\n一、标题\n内容\n二、标题\n内容\n三、标题\n内容\n/);
    await vscode.commands.executeCommand('gongwen.showStatistics');
    await waitFor('the statistics view', () => (statisticsTab() ? true : undefined), vscode.window.tabGroups.onDidChangeTabs);
    await vscode.window.tabGroups.close(statisticsTab() as vscode.Tab);
  }],
  ['completion at a line start offers the next heading number and the speech frames', async () => {
    const editor = await openScratch('completion.gw', '同志们：\n一、稳增长\n要抓项目。\n二、促改革\n要抓改革。\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(5, 0));
    const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    assert.deepEqual(sorted.slice(0, 2).map(labelOf), ['三、', '（一）']);
    assert.ok(sorted.some((item) => labelOf(item) === '谢谢大家！'));
    editor.selection = new vscode.Selection(5, 0, 5, 0);
    const three = sorted[0] as vscode.CompletionItem;
    await editor.insertSnippet(three.insertText as vscode.SnippetString, (three.range as vscode.Range | undefined) ?? new vscode.Range(5, 0, 5, 0));
    assert.equal(editor.document.lineAt(5).text, '三、标题');
  }],
  ['source.fixAll.gongwen runs on save', async () => {
    const editor = await openCopy('fix-on-save.gw');
    const uri = editor.document.uri;
    await waitFor('diagnostics', () => (gongwenDiagnostics(uri).length > 0 ? true : undefined), vscode.languages.onDidChangeDiagnostics);
    await editAndSave(editor);
    const saved = readFileSync(uri.fsPath, 'utf8');
    assert.doesNotMatch(saved, /推荐访问/);
    assert.match(saved, /青山镇、应急管理局/);
    assert.match(saved, /刚才，XX同志通报/);
    assert.match(saved, /摆在更加突出的位置/);
  }],
];

export async function run(): Promise<void> {
  await runAll(tests);
}
