/**
 * The layering of gongwen, checked in `npm test` (npm run check:layers). The analysis core is at the
 * bottom and imports nothing of the server, the CLI, the client or an editor; inside it, the vocabulary,
 * locale and settings are imported by everything and import almost nothing; the editor features use the
 * model, never a rule's internals; the client speaks to the server only through the protocol module.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles anywhere.', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'The analysis core imports nothing from the server, the CLI, the client, vscode or an LSP connection.',
      from: { path: '^server/src/analysis/' },
      to: { path: ['^server/src/(?!analysis/)', '^client/', '^test/', '(^|/)node_modules/(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)/', '^vscode$'] },
    },
    {
      name: 'core-needs-no-node-io',
      severity: 'error',
      comment: 'The core reads no files and starts no processes: text and settings come in through its front door.',
      from: { path: '^server/src/analysis/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|child_process|net|http|https|worker_threads)$' },
    },
    {
      name: 'vocabulary-at-the-bottom',
      severity: 'error',
      comment: 'vocabulary.ts, locale.ts and settings.ts import only each other.',
      from: { path: '^server/src/analysis/(vocabulary|locale|settings)\\.ts$' },
      to: { pathNot: '^server/src/analysis/(vocabulary|locale|settings)\\.ts$' },
    },
    {
      name: 'data-is-data',
      severity: 'error',
      comment: 'Dictionaries (data/) import nothing.',
      from: { path: '^server/src/analysis/data/' },
      to: {},
    },
    {
      name: 'model-below-rules',
      severity: 'error',
      comment: 'The document model (lines, markers, outline) knows no rule and no editor feature.',
      from: { path: '^server/src/analysis/model/' },
      to: { path: '^server/src/analysis/', pathNot: '^server/src/analysis/(model/|vocabulary\\.ts|locale\\.ts|settings\\.ts)' },
    },
    {
      name: 'rules-see-the-model-only',
      severity: 'error',
      comment: 'A rule reads the model and its own helpers, not the editor features or the front door.',
      from: { path: '^server/src/analysis/rules/' },
      to: { path: '^server/src/analysis/', pathNot: '^server/src/analysis/(rules/|model/|data/|vocabulary\\.ts|locale\\.ts|settings\\.ts|suppressions\\.ts)' },
    },
    {
      name: 'features-not-into-rule-internals',
      severity: 'error',
      comment: 'Editor features (code actions, completion, outline, statistics…) may know a Rule and the registry, never a rule’s internals.',
      from: { path: '^server/src/analysis/(?!rules/)' },
      to: { path: '^server/src/analysis/rules/', pathNot: '^server/src/analysis/rules/(rule|index)\\.ts$' },
    },
    {
      name: 'word-writer-in-export',
      severity: 'error',
      comment: 'Only the Word writer (server/src/export/) knows the docx library; the core lays a document out as plain data.',
      from: { pathNot: '^server/src/export/' },
      to: { path: '(^|/)node_modules/docx/' },
    },
    {
      name: 'word-files-in-word',
      severity: 'error',
      comment: 'Only the Word reader and annotator (server/src/word/) open .docx packages; the core reads text.',
      from: { path: '^server/src/', pathNot: '^server/src/word/' },
      to: { path: '(^|/)node_modules/fflate/' },
    },
    {
      name: 'client-speaks-protocol-only',
      severity: 'error',
      comment: 'The client imports only the protocol module of the server side (and vscode, the language client, node).',
      from: { path: '^client/' },
      to: { path: '^server/', pathNot: '^server/src/protocol\\.ts$' },
    },
    {
      name: 'server-and-cli-use-the-front-door',
      severity: 'error',
      comment: 'The server and the CLI reach the core through its index (and the protocol), not its files.',
      from: { path: '^server/src/(?!analysis/)' },
      to: { path: '^server/src/analysis/', pathNot: '^server/src/analysis/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(out|dist|node_modules)/' },
  },
};
