import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzerWith, openDocument } from '../support/analyzer';

/** A draft that sets off every rule. */
const DRAFT = [
  '在全县XX工作会议上的讲话',
  '在全县XX工作会议上的讲话',
  '同志们:',
  '下面，我讲两点意见。推荐访问：讲话稿 范文',
  '一、抓学习',
  '要认真学习新修订的安全生产法律法规和操作规程。要认真学习新修订的安全生产法律法规和操作规程。',
  '坚决落实，坚决整改，坚决问责，坚决杜绝，坚决防范。',
  '一是抓谋划；三是抓落实。我们在的坚强领导下学习党的20大精神，1-6月完成了了投资。',
  '三、抓落实',
  '（二）抓督查',
  '二、',
].join('\n');

/** Chinese words outside what a message quotes from the text (“…”, （…）, (…)). */
const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]{2}/.test(text.replace(/“[^”]*”|（[^）]*）|\([^)]*\)/g, ''));

describe('every message in both languages', () => {
  const english = openDocument(DRAFT, analyzerWith({}, { locale: 'en' }));
  const chinese = openDocument(DRAFT, analyzerWith({}, { locale: 'zh' }));

  it('sets off most rules with this draft', () => {
    assert.ok(new Set(english.diagnostics().map((d) => d.code)).size >= 12);
  });

  it('speaks English to an English user: findings, related places, quick fixes, hover, code lenses and completion', () => {
    const diagnostics = english.diagnostics();
    const texts = [
      ...diagnostics.map((d) => String(d.message)),
      ...diagnostics.flatMap((d) => d.relatedInformation?.map((r) => r.message) ?? []),
      ...diagnostics.flatMap((d) => english.codeActions(d.range, { snippetSupport: true }).map((a) => a.title)),
      ...english.codeLenses().map((lens) => lens.command?.title ?? ''),
      ...english.completion(DRAFT.length).map((item) => item.detail ?? ''),
    ];
    assert.ok(texts.length > 40);
    assert.deepEqual(texts.filter(hasChinese), []);
  });

  it('speaks Chinese to a Chinese user', () => {
    const messages = chinese.diagnostics().map((d) => String(d.message));
    assert.deepEqual(messages.filter((message) => !hasChinese(message)), []);
  });
});
