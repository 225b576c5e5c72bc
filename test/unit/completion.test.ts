import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { resolveCompletionItem, staticSnippets, type Analyzer } from '../../server/src/analysis';
import { analyzerWith, defaultAnalyzer, openDocument } from '../support/analyzer';
import { REPO_ROOT } from '../support/fixture';

/** The text a snippet inserts when the user takes every default: ${1:x} → x, ${1|a,b|} → a, ${1} → tab stop 1's text. */
function expand(snippet: string): string {
  const values = new Map<string, string>();
  const taken = snippet
    .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\}/g, (_, n: string, first: string) => (values.set(n, first), first))
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => (values.set(n, value), value));
  return taken.replace(/\$\{(\d+)\}/g, (_, n: string) => values.get(n) ?? '').replace(/\$\d+/g, '');
}

/** Completion at the | in `source`; the items in the order the editor sorts them. */
function complete(source: string, analyzer: Analyzer = defaultAnalyzer): { items: CompletionItem[]; apply: (label: string) => string } {
  const offset = source.indexOf('|');
  const text = source.replace('|', '');
  const opened = openDocument(text, analyzer, 'file:///c.gw');
  const document = opened.document;
  const items = opened.completion(offset).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  const apply = (label: string) => {
    const item = items.find((candidate) => candidate.label === label);
    assert.ok(item, `${label} among ${items.map((i) => i.label).join(' ')}`);
    const edit = item.textEdit as TextEdit;
    return text.slice(0, document.offsetAt(edit.range.start)) + expand(edit.newText) + text.slice(document.offsetAt(edit.range.end));
  };
  return { items, apply };
}

const labels = (items: CompletionItem[], count: number) => items.slice(0, count).map((item) => item.label);

describe('completion', () => {
  it('offers the salutation and whole skeletons first in an empty document', () => {
    const { items, apply } = complete('|');
    assert.deepEqual(labels(items, 2), ['同志们：', '各位领导、同志们：']);
    assert.ok(!items.some((item) => item.label === '一、'), 'no heading number before the salutation');
    assert.equal(apply('同志们：'), '同志们：\n');
  });

  it('replaces typed pinyin initials: tzm → 同志们：, xxdj → 谢谢大家！, xmwj → 下面我讲几点意见', () => {
    const tzm = complete('tzm|');
    const item = tzm.items.find((i) => i.label === '同志们：');
    assert.match(item?.filterText ?? '', /tzm/);
    assert.equal(tzm.apply('同志们：'), '同志们：\n');
    assert.match(complete('xxdj|').items.find((i) => i.label === '谢谢大家！')?.filterText ?? '', /xxdj/);
    assert.match(complete('xmwj|').items.find((i) => i.label === '下面，我讲几点意见')?.filterText ?? '', /^下面，我讲几点意见 xmwj/);
  });

  it('after the salutation offers the opening first, with the count as a choice', () => {
    const { items, apply } = complete('同志们：\n|');
    assert.deepEqual(labels(items, 3), ['一、', '今天召开这次会议，主要任务是……', '下面，我讲几点意见']);
    assert.equal(apply('下面，我讲几点意见'), '同志们：\n下面，我讲三点意见。\n');
  });

  it('numbers the next level-1 heading from the outline: 三、 after 二、', () => {
    const { items, apply } = complete('同志们：\n一、甲\n要抓甲。\n二、乙\n要抓乙。\n|');
    assert.deepEqual(labels(items, 2), ['三、', '（一）']);
    assert.equal(apply('三、'), '同志们：\n一、甲\n要抓甲。\n二、乙\n要抓乙。\n三、标题\n');
  });

  it('inside （二） offers （三） and 1. under it, in the house form', () => {
    const text = '一、甲\n（一）子\n内容。\n（二）丑\n1.寅。\n|';
    assert.deepEqual(labels(complete(text).items, 3), ['二、', '（三）', '2.']);
    const house = analyzerWith({ headingMarkers: { level3: ['1、'] } });
    assert.deepEqual(labels(complete(text, house).items, 3), ['二、', '（三）', '2、']);
  });

  it('a new level-1 section restarts the level-2 count', () => {
    const { items } = complete('一、甲\n（一）子\n（二）丑\n1.寅。\n二、乙\n|');
    assert.deepEqual(labels(items, 2), ['三、', '（一）']);
    assert.ok(!items.some((item) => item.label === '2.' || item.label === '1.'), 'no level-3 number straight under 二、');
  });

  it('after a sentence beginning 二是 offers 三是 first, also mid-line', () => {
    const { items, apply } = complete('一、甲\n一是抓项目；二是抓招商；|');
    assert.deepEqual(labels(items, 1), ['三是']);
    assert.equal(apply('三是'), '一、甲\n一是抓项目；二是抓招商；三是……');
    assert.deepEqual(labels(complete('一、甲\n首先，要统一思想。\n|').items, 1), ['其次']);
    assert.deepEqual(labels(complete('一、甲\n第一，加强领导；|').items, 1), ['第二，']);
  });

  it('does not carry an enumeration across paragraphs far above', () => {
    const { items } = complete('一、甲\n一是抓项目。\n段落一。\n段落二。\n|');
    assert.ok(!items.some((item) => item.label === '二是'));
  });

  it('inside the closing offers 谢谢大家！ before headings or salutations', () => {
    const { items } = complete('同志们：\n一、甲\n要抓甲。\n同志们，让我们真抓实干！\n|');
    assert.equal(items.filter((item) => item.sortText?.startsWith('1'))[0]?.label, '同志们，……让我们……！');
    const thanks = items.findIndex((item) => item.label === '谢谢大家！');
    const salutation = items.findIndex((item) => item.label === '同志们：');
    assert.ok(thanks < salutation);
  });

  it('a skeleton chosen with four points has four level-1 sections, and its outline is right', () => {
    const { apply } = complete('|');
    const speech = apply('工作推进会讲话（四点意见）');
    assert.match(speech, /^在全县……工作推进会上的讲话\n同志们：\n今天召开这次工作推进会，.*下面，我讲四点意见。\n一、标题\n内容\n二、标题\n内容\n三、标题\n内容\n四、标题\n内容\n同志们，/s);
    const model = defaultAnalyzer.parse(speech).model;
    assert.deepEqual(model.nodes.filter((n) => n.kind === 'heading').map((n) => n.marker), ['一、', '二、', '三、', '四、']);
  });

  it('a document skeleton (tz → 通知, qs → 请示 …) taken with its defaults is a document of its type with every part, today as its date, and no finding', () => {
    const today = new Date();
    const date = `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
    for (const [initials, kind] of [['tz', '通知'], ['qs', '请示'], ['bg', '报告'], ['han', '函'], ['pf', '批复'], ['tb', '通报']] as const) {
      const { items, apply } = complete(`${initials}|`);
      const label = `${kind}（整篇框架）`;
      assert.match(items.find((item) => item.label === label)?.filterText ?? '', new RegExp(` ${initials}$`));
      const document = apply(label);
      const opened = openDocument(document, defaultAnalyzer, 'file:///skeleton.gw');
      assert.equal(opened.statistics()?.kind, kind);
      assert.deepEqual(opened.parsed?.model.frames[0].parts.map((part) => part.name).filter((name) => name !== 'note'), ['title', 'addressee', 'body', 'attachments', 'signature', 'date']);
      assert.ok(document.includes(`\n${date}\n`), document);
      assert.deepEqual(opened.diagnostics().map((d) => `${String(d.code)} ${opened.document.getText(d.range)}`), [], kind);
    }
  });

  it('resolves an item with a preview of its text', () => {
    const item = complete('|').items.find((i) => i.label === '下面，我讲几点意见') as CompletionItem;
    const resolved = resolveCompletionItem(item);
    assert.deepEqual(resolved.documentation, { kind: 'markdown', value: '```\n下面，我讲三点意见。\n\n```' });
  });

  it('offers completion in an empty .gw file whatever the client calls its language (Neovim sends an empty filetype)', () => {
    for (const languageId of ['', 'text', 'plaintext']) {
      const labelsThere = openDocument('', defaultAnalyzer, 'file:///new.gw', languageId).completion(0).map((item) => item.label);
      assert.ok(labelsThere.includes('同志们：'), languageId);
    }
  });

  it('ships the same frames as static snippets (run npm run sync-snippets after changing them)', () => {
    const file = JSON.parse(readFileSync(join(REPO_ROOT, 'snippets', 'gongwen.code-snippets'), 'utf8'));
    assert.deepEqual(file, JSON.parse(JSON.stringify(staticSnippets())));
  });
});
