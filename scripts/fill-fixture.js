// Developer aid: prints what the current build says for a fixture's sections (outline, findings, fixed),
// for a person to review before pasting into the fixture. Needs `npm run typecheck` first (reads out/).
const fs = require('node:fs');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { parseFixture } = require('../out/test/support/fixture.js');
const { analyzeText, applyEdits, fixAllEdits, readSettings, toDiagnostics } = require('../out/server/src/analysis');
const { outlineEntries, outlineText } = require('../out/server/src/cli/outline-json.js');

for (const file of process.argv.slice(2)) {
  const fixture = parseFixture(file, fs.readFileSync(file, 'utf8'));
  const input = fixture.sections.get('input');
  const analysis = analyzeText(input, readSettings(JSON.parse(fixture.sections.get('settings') ?? '{}')), {
    markdown: fixture.sections.get('language') === 'markdown',
  });
  const document = TextDocument.create('file:///fixture', 'gongwen', 1, input);
  console.log(`=== ${file}\n@@ outline`);
  console.log(outlineText(outlineEntries(document, analysis.model)).join('\n'));
  console.log('@@ findings');
  for (const d of toDiagnostics(document, analysis, { locale: 'zh', docsBase: 'file:///docs' })) {
    console.log(`${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${document.getText(d.range)}`);
  }
  console.log('@@ fixed');
  console.log(applyEdits(input, fixAllEdits(analysis)));
}
