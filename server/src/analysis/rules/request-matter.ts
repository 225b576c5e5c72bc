import { documentKind } from '../model/document-kind';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { framePart } from './frame';
import { defineRule, type RuleContext } from './rule';

/**
 * The closing that asks a superior to decide: 妥否，请批示 / 当否，请批复 / 如无不妥，请批准 / 请予批准.
 * 请批转 (a 报告 asking that it be forwarded to others) asks no decision and is not one.
 */
const REQUEST_CLOSING = /(?:妥否|当否)[，,]?\s*请(?:批示|批复|审批|审示|示复|指示)|(?:如无不妥|如无不当)[，,]?\s*请(?:予)?(?:批准|批复|批示|审批)|请予(?:批准|批复|审批)|特此请示/gu;

/** 报告, 通报 and 意见 may not carry a request (条例 第十五条(四)); a 请示 asks one thing and closes once. */
function check({ text, model }: RuleContext, settings: Pick<Settings, 'documentKind'>): Finding[] {
  const kind = documentKind(model, settings.documentKind);
  if (kind !== '请示' && kind !== '报告' && kind !== '通报' && kind !== '意见') {
    return [];
  }
  const body = framePart(model, 'body') ?? { start: 0, end: text.length };
  const closings = Array.from(text.slice(body.start, body.end).matchAll(REQUEST_CLOSING), (match) => ({ start: body.start + match.index, end: body.start + match.index + match[0].length }));
  if (kind === '请示') {
    return closings.slice(1).map(({ start, end }) => ({
      start,
      end,
      message: { zh: '请示应一文一事，结语只用一次；另有请求事项请另行请示', en: 'A 请示 asks one thing and closes once: make a second request a separate 请示' },
      related: [{ ...(closings[0] as { start: number; end: number }), message: { zh: '第一处请示结语', en: 'The first closing request' } }],
    }));
  }
  return closings.map(({ start, end }) => ({
    start,
    end,
    message: {
      zh: `${kind}中不得夹带请示事项（《党政机关公文处理工作条例》第十五条），需要批准的事项请另行请示`,
      en: `A ${kind} may not carry a request (Regulations on official documents, art. 15): ask in a separate 请示`,
    },
  }));
}

export const requestMatterRule = defineRule<'documentKind'>({
  id: 'request-matter',
  defaultSeverity: 'warning',
  check,
  settings: ['documentKind'],
});
