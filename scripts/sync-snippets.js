// Writes snippets/gongwen.code-snippets from the frames the server offers as completion items
// (server/src/analysis/completion/frames.ts). Run after `npm run typecheck`; a unit test fails when they differ.
const fs = require('node:fs');
const path = require('node:path');
const { staticSnippets } = require('../out/server/src/analysis');

const file = path.join(__dirname, '..', 'snippets', 'gongwen.code-snippets');
const temp = `${file}.tmp`;
fs.writeFileSync(temp, JSON.stringify(staticSnippets(), null, 2) + '\n');
fs.renameSync(temp, file);
