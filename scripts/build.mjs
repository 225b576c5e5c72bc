// Bundles the client, the server and the CLI into dist/ with esbuild.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // ES modules first: jsonc-parser's main (UMD) requires its parts at run time, which a bundle cannot.
  mainFields: ['module', 'main'],
};

/**
 * The Word writer (the docx library: half the server's code) is a bundle of its own, dist/word-export.js,
 * loaded on the first export: the server and the CLI start without parsing it.
 */
const WORD_WRITER = 'server/src/export/write-docx.ts';
const wordWriterApart = {
  name: 'word-writer-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /export\/write-docx(\.js)?$/ }, () => ({ path: './word-export.js', external: true }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [wordWriterApart] }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [wordWriterApart] }),
  build({ ...common, entryPoints: [WORD_WRITER], outfile: 'dist/word-export.js' }),
]);
