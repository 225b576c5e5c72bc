/**
 * `npm run accuracy`: precision and recall per rule on the corpus of real documents (test/corpus), against
 * a careful reader's labels. Precision counts what is shown at warning or error; recall counts a label as
 * found when a warning or error marks it, and the last column says how many more were shown only as a
 * hint or information. docs/accuracy.md keeps the table with its date.
 */
import { RULES } from '../../server/src/analysis';
import { defaultAnalyzer } from '../support/analyzer';
import { corpusDocuments, shownFindings } from './corpus';

interface Count {
  labels: number;
  warnings: number;
  right: number;
  found: number;
  softly: number;
}

const counts = new Map<string, Count>(RULES.map((rule) => [rule.id, { labels: 0, warnings: 0, right: 0, found: 0, softly: 0 }]));
const documents = corpusDocuments();
const falseAlarms: string[] = [];
const misses: string[] = [];
let characters = 0;
for (const document of documents) {
  characters += [...document.text].length;
  const shown = shownFindings(defaultAnalyzer, document);
  const labels = new Set(document.labels);
  for (const finding of shown) {
    const count = counts.get(finding.rule) as Count;
    if (finding.severity <= 2) {
      count.warnings++;
      if (labels.has(finding.line)) {
        count.right++;
      } else {
        falseAlarms.push(`${document.name}: ${finding.line}`);
      }
    }
  }
  for (const label of labels) {
    const rule = label.split(' ')[1] as string;
    const count = counts.get(rule);
    if (!count) {
      throw new Error(`${document.name}.labels: no rule ${rule} (${label})`);
    }
    count.labels++;
    const shownAs = shown.find((finding) => finding.line === label);
    if (shownAs && shownAs.severity <= 2) {
      count.found++;
    } else if (shownAs) {
      count.softly++;
    } else {
      misses.push(`${document.name}: ${label}`);
    }
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(0)} %`);
console.log(`corpus: ${documents.length} documents, ${characters.toLocaleString('en-US')} characters, ${documents.reduce((sum, d) => sum + d.labels.length, 0)} labels`);
console.log('| rule | labels | warnings | right | precision | recall | found only as hint/info |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [rule, count] of counts) {
  if (count.labels + count.warnings + count.softly > 0) {
    console.log(`| ${rule} | ${count.labels} | ${count.warnings} | ${count.right} | ${percent(count.right, count.warnings)} | ${percent(count.found, count.labels)} | ${count.softly} |`);
  }
}
console.log(`\nwarnings no label calls a problem (${falseAlarms.length}):`);
falseAlarms.forEach((line) => console.log(`  ${line}`));
console.log(`\nlabels nothing marks (${misses.length}):`);
misses.forEach((line) => console.log(`  ${line}`));
