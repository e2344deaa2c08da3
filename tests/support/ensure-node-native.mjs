// `npm start` rebuilds the cipher SQLite for Electron's ABI; the tests and the
// benchmark run under plain Node. Rebuild for Node only when the current
// binary does not load here, so the usual case costs nothing.
import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
try {
  const Database = require('better-sqlite3-multiple-ciphers')
  new Database(':memory:').close()
} catch (error) {
  if (!/NODE_MODULE_VERSION|was compiled against/u.test(String(error))) throw error
  console.log('better-sqlite3-multiple-ciphers was built for Electron; rebuilding it for Node…')
  execSync('npm rebuild better-sqlite3-multiple-ciphers', { stdio: 'inherit' })
}
