/**
 * Folder cycles inside db/ and renderer/src (issue 10). A folder that imports a folder that imports
 * it back has no layer: neither can be understood, tested or moved without the other. Module-level
 * cycles are caught too. The zone boundaries themselves are eslint's job (eslint.config.js).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders in db/ and renderer/src form layers: no folder may reach back to one that imports it.',
      scope: 'folder',
      from: { path: '^(db|renderer/src)/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      from: { path: '^(db|renderer/src|shared|electron)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(out|dist|node_modules)/' },
  },
}
