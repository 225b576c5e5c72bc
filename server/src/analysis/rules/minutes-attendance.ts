import type { DocumentKind } from '../model/document-kind';
import type { DocumentFrame } from '../model/types';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { eachDocument, framePart } from './frame';
import { defineRule, type RuleContext } from './rule';

/** The attendance block of 纪要 (GB/T 9704-2012 10.3): 出席：… 列席：… 请假：… (or 参加人员：…). */
const ATTENDANCE = /^[ \t\u3000]*(?:出席|列席|请假|参加|参会|出席人员|列席人员|参加人员|参会人员|与会人员)[ \t\u3000]*[：:]/mu;

/** A 纪要 names who attended: without 出席、列席、请假 lines it is information, not a warning (a 纪要 may print them elsewhere). */
function check({ text, model }: RuleContext, settings: Pick<Settings, 'documentKind'>): Finding[] {
  return eachDocument(model, settings.documentKind, (frame, kind) => checkMinutes(text, frame, kind));
}

function checkMinutes(text: string, frame: DocumentFrame, kind: DocumentKind | null): Finding[] {
  const title = framePart(frame, 'title');
  if (kind !== '纪要' || !title || ATTENDANCE.test(text.slice(frame.start, frame.end))) {
    return [];
  }
  return [{
    start: title.start,
    end: title.end,
    message: {
      zh: '纪要应写明出席、列席和请假人员（“出席：……”“列席：……”“请假：……”，GB/T 9704-2012 10.3）',
      en: 'Minutes name those present, attending without a vote and absent (出席：… 列席：… 请假：…, GB/T 9704-2012 10.3)',
    },
  }];
}

export const minutesAttendanceRule = defineRule<'documentKind'>({
  id: 'minutes-attendance',
  defaultSeverity: 'information',
  check,
  settings: ['documentKind'],
});
