// Writes what is made from the one settings table (server/src/analysis/settings.ts): package.json's
// contributes.configuration.properties and capabilities, and README.md's settings table between its
// settings-table markers. Run after `npm run typecheck`; a unit test fails when they differ.
const fs = require('node:fs');
const path = require('node:path');
const { configurationProperties, manifestCapabilities, settingsTable } = require('../out/server/src/analysis');

const root = path.join(__dirname, '..');

function writeAtomically(file, content) {
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

const manifestFile = path.join(root, 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
manifest.contributes.configuration.properties = configurationProperties();
manifest.capabilities = manifestCapabilities();
writeAtomically(manifestFile, JSON.stringify(manifest, null, 2) + '\n');

const readmeFile = path.join(root, 'README.md');
const readme = fs.readFileSync(readmeFile, 'utf8');
const descriptions = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));
const marked = /(<!-- settings-table:start -->\n)[\s\S]*?(<!-- settings-table:end -->)/;
if (!marked.test(readme)) {
  throw new Error('README.md has no <!-- settings-table:start --> … <!-- settings-table:end --> markers');
}
writeAtomically(readmeFile, readme.replace(marked, (_, start, end) => start + settingsTable(descriptions) + "\n" + end));
