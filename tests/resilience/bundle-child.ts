import { resolve } from 'node:path'
import { build } from 'esbuild'

const root = resolve(import.meta.dirname, '../..')

/**
 * Bundles the kill child into one file that plain node starts in a fraction
 * of tsx's time: the loop starts it hundreds of times. The native modules
 * stay outside and load from node_modules as in the app.
 */
export async function bundleKillChild(): Promise<string> {
  const outfile = resolve(root, 'out/kill-test/kill-child.mjs')
  await build({
    entryPoints: [resolve(import.meta.dirname, 'kill-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  })
  return outfile
}
