import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindOfTitle } from '../../server/src/analysis/model/document-kind';
import { analyzerWith, defaultAnalyzer, openDocument } from '../support/analyzer';

describe('document kind', () => {
  it('reads the kind from the end of the title, and 关于 or a frame decides the types that end everyday titles too', () => {
    const cases: [string, boolean, string | null][] = [
      ['青山县人民政府办公室关于做好冬季森林防火工作的通知', false, '通知'],
      ['关于印发《青山县安全生产责任清单》的通知', false, '通知'],
      ['关于商请提供技术支持的函', false, '函'],
      ['关于县教育局校舍维修计划意见的函', false, '函'],
      ['县政府第12次常务会议纪要', false, '纪要'],
      ['在全县经济工作会议上的讲话', false, '讲话'],
      ['2025年度个人述职报告', false, '述职报告'],
      ['青山镇2026年工作要点', false, '计划'],
      ['青山县人民政府工作报告', false, null],
      ['关于2025年工作情况的报告', false, '报告'],
      ['大家的讨论意见', false, null],
      ['紧急通知', false, null],
      ['紧急通知', true, '通知'],
      ['高举伟大旗帜——在全国代表大会上的报告', false, null],
    ];
    assert.deepEqual(cases.map(([title, framed]) => kindOfTitle(title, framed)), cases.map(([, , kind]) => kind));
  });

  it('shows the kind in the statistics, and gongwen.documentKind forces it where the title does not say', () => {
    const notice = '关于开展森林防火检查的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n特此通知。\n';
    assert.equal(openDocument(notice, defaultAnalyzer, 'file:///a.gw').statistics()?.kind, '通知');
    const speech = '在全县经济工作会议上的讲话\n同志们：\n今天的会议很重要。\n';
    assert.equal(openDocument(speech, defaultAnalyzer, 'file:///b.gw').statistics()?.kind, '讲话稿');
    const untitled = '县人民政府：\n我局拟新建一座桥梁，现请示如下。\n特此通知。\n';
    assert.equal(openDocument(untitled, defaultAnalyzer, 'file:///c.gw').statistics()?.kind, null);
    assert.deepEqual(openDocument(untitled, defaultAnalyzer, 'file:///c.gw').diagnostics().filter((d) => d.code === 'closing-phrase'), []);
    const forced = analyzerWith({ documentKind: '请示' });
    const opened = openDocument(untitled, forced, 'file:///c.gw');
    assert.equal(opened.statistics()?.kind, '请示');
    assert.deepEqual(opened.diagnostics().filter((d) => d.code === 'closing-phrase').map((d) => d.message), ['本文是请示，结束语应为“特此请示”，不用“特此通知”']);
  });
});
