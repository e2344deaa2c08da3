import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The built layout (electron.vite.config.ts): out/main/index.js (this bundle),
 * out/preload/index.cjs, out/renderer/. The main bundle is an ES module, so
 * there is no __dirname; inside the asar these paths still resolve.
 */
const mainDir = dirname(fileURLToPath(import.meta.url))

export const rendererDir = join(mainDir, '..', 'renderer')
export const preloadPath = join(mainDir, '..', 'preload', 'index.cjs')
