import type { DocumentKind } from '../model/document-kind';
import type { DocumentFrame } from '../model/types';
import { REQUEST_CLOSING } from '../model/document-frame';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { eachDocument, framePart } from './frame';
import { defineRule, type RuleContext } from './rule';

/** Every closing request of a text (REQUEST_CLOSING). */
const CLOSINGS = new RegExp(REQUEST_CLOSING, 'gu');

/** 报告, 通报 and 意见 may not carry a request (条例 第十五条(四)); a 请示 asks one thing and closes once. */
function check({ text, model }: RuleContext, settings: Pick<Settings, 'documentKind'>): Finding[] {
  return eachDocument(model, settings.documentKind, (frame, kind) => checkRequests(text, frame, kind));
}

function checkRequests(text: string, frame: DocumentFrame, kind: DocumentKind | null): Finding[] {
  if (kind !== '请示' && kind !== '报告' && kind !== '通报' && kind !== '意见') {
    return [];
  }
  const body = framePart(frame, 'body') ?? frame;
  const closings = Array.from(text.slice(body.start, body.end).matchAll(CLOSINGS), (match) => ({ start: body.start + match.index, end: body.start + match.index + match[0].length }));
  if (kind === '请示') {
    return [...secondClosings(closings), ...furtherRequests(text, body)];
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

function secondClosings(closings: readonly { start: number; end: number }[]): Finding[] {
  return closings.slice(1).map(({ start, end }) => ({
    start,
    end,
    message: { zh: '请示应一文一事，结语只用一次；另有请求事项请另行请示', en: 'A 请示 asks one thing and closes once: make a second request a separate 请示' },
    related: [{ ...(closings[0] as { start: number; end: number }), message: { zh: '第一处请示结语', en: 'The first closing request' } }],
  }));
}

/** A sentence that opens a further request: 另外，恳请…… / 此外，还请求…… (one 请示 asks one thing). */
const FURTHER_REQUEST = /(?<=^|[。；！？\n][ \t\u3000]*)(?:另外|此外|另)[，,]?[ \t\u3000]*(?:还|再)?(?:恳请|请求|申请|拟请)[^。；！？\n]*/gu;

function furtherRequests(text: string, body: { start: number; end: number }): Finding[] {
  return Array.from(text.slice(body.start, body.end).matchAll(FURTHER_REQUEST), (match) => ({
    start: body.start + match.index,
    end: body.start + match.index + match[0].length,
    message: {
      zh: '请示应一文一事：这里又提出了一项请求，请另行请示（《党政机关公文处理工作条例》第十五条）',
      en: 'A 请示 asks one thing: this sentence makes a further request; ask it in a separate 请示 (Regulations, art. 15)',
    },
  }));
}

export const requestMatterRule = defineRule<'documentKind'>({
  id: 'request-matter',
  defaultSeverity: 'warning',
  check,
  settings: ['documentKind'],
});
