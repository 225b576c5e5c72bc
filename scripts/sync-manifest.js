// Writes package.json's contributes.configuration.properties and capabilities from the server's settings definition
// (server/src/analysis/settings-schema.ts). Run after `npm run typecheck`; a unit test fails when they differ.
const fs = require('node:fs');
const path = require('node:path');
const { configurationProperties, manifestCapabilities } = require('../out/server/src/analysis');

const file = path.join(__dirname, '..', 'package.json');
const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
manifest.contributes.configuration.properties = configurationProperties();
manifest.capabilities = manifestCapabilities();
const temp = `${file}.tmp`;
fs.writeFileSync(temp, JSON.stringify(manifest, null, 2) + '\n');
fs.renameSync(temp, file);
