import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultAnalyzer, openDocument } from '../support/analyzer';

const findingsOf = (text: string, id: string) => defaultAnalyzer.analyze(text).results.find((r) => r.rule.id === id)?.findings ?? [];

describe('structure rules', () => {
  it('renumbers 一、二、四、 and （一）（三） in fix-all, but leaves a list that starts at （二） to the quick fix', () => {
    const text = '一、甲。内容。\n（一）子一。内容。\n（三）子二。内容。\n二、乙。内容。\n四、丙。内容。\n（二）子一。内容。\n';
    const fixed = defaultAnalyzer.fixed(text);
    assert.equal(fixed, '一、甲。内容。\n（一）子一。内容。\n（二）子二。内容。\n二、乙。内容。\n三、丙。内容。\n（二）子一。内容。\n');
    const [left] = findingsOf(fixed, 'heading-numbering');
    assert.equal(fixed.slice(left?.start, left?.end), '（二）');
    assert.deepEqual(left?.fixes?.().map((fix) => [fix.safe, fix.edits.map((edit) => edit.newText)]), [[false, ['（一）']]]);
  });

  it('says both counts, points at each section and offers the actual count as a quick fix only', () => {
    const text = '同志们：\n下面，我讲两点意见。\n一、甲\n要抓甲。\n二、乙\n要抓乙。\n三、丙\n要抓丙。\n';
    const document = openDocument(text, defaultAnalyzer, 'file:///a.gw');
    const [diagnostic] = document.diagnostics();
    assert.equal(diagnostic?.code, 'announced-count');
    assert.equal(diagnostic?.message, '说“讲两点意见”，下文实际有 3 个同级标题');
    assert.deepEqual(diagnostic?.relatedInformation?.map((r) => document.document.getText(r.location.range)), ['一、甲', '二、乙', '三、丙']);
    const actions = document.codeActions(diagnostic!.range, { snippetSupport: false });
    assert.deepEqual(actions.map((a) => [a.title, a.edit?.changes?.['file:///a.gw']?.[0]?.newText]), [
      ['改为“三”', '三'],
      ['在此处忽略该规则（announced-count）', '// gongwen-disable-next-line announced-count\n'],
    ]);
    assert.deepEqual(defaultAnalyzer.fixAll(text), []);
  });

  it('offers the count for 讲几点意见 as a hint, never in fix-all, and says nothing when fewer than two points follow', () => {
    const text = '同志们：\n下面，我讲几点意见。\n一、甲\n要抓甲。\n二、乙\n要抓乙。\n三、丙\n要抓丙。\n';
    const document = openDocument(text, defaultAnalyzer, 'file:///a.gw');
    const [diagnostic] = document.diagnostics();
    assert.equal(diagnostic?.code, 'announced-count');
    assert.equal(diagnostic?.severity, 4);
    assert.equal(diagnostic?.message, '下文有 3 个同级标题，可以说“讲三点意见”');
    assert.equal(document.codeActions(diagnostic!.range, { snippetSupport: false })[0]?.title, '改为“三”');
    assert.deepEqual(defaultAnalyzer.fixAll(text), []);
    assert.deepEqual(findingsOf('我讲几点意见。\n一、甲\n要抓甲。\n', 'announced-count'), []);
  });
});
