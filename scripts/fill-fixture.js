// Developer aid: prints what the current build says for a fixture's sections (outline, findings, fixed),
// for a person to review before pasting into the fixture. Needs `npm run typecheck` first (reads out/).
const fs = require('node:fs');
const { parseFixture } = require('../out/test/support/fixture.js');
const { fixtureResults } = require('../out/test/support/fixture-results.js');

for (const file of process.argv.slice(2)) {
  const results = fixtureResults(parseFixture(file, fs.readFileSync(file, 'utf8')));
  console.log(`=== ${file}`);
  console.log(['@@ outline', ...results.outline, '@@ findings', ...results.findings, '@@ fixed', results.fixed].join('\n'));
}
