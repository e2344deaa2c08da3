import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ChunkSize {
  file: string
  minified_bytes: number
  gzip_bytes: number
}

export interface BundleSize {
  /** What index.html loads before anything runs: its module script and modulepreloads. */
  entry: ChunkSize[]
  /** The entry plus every chunk a chunk of it imports statically, from `start`, closed over. */
  closure: (start: string[]) => ChunkSize[]
  /** Every JavaScript file of the build. */
  all: ChunkSize[]
}

const sizeOf = (dir: string, file: string): ChunkSize => {
  const bytes = readFileSync(join(dir, file))
  // Level 9: what a server would send at best; the app protocol sends files uncompressed from disk.
  return { file, minified_bytes: bytes.length, gzip_bytes: gzipSync(bytes, { level: 9 }).length }
}

/** Static imports between chunks as Rollup writes them minified: `import{a}from"./x.js"` or `import"./x.js"`. */
function staticImports(code: string): string[] {
  const found = new Set<string>()
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/gu))
    if (match[1]) found.add(`assets/${match[1]}`)
  return [...found]
}

/** Sizes of the built renderer in `dir` (out/renderer), read from disk: minified as built, and gzip. */
export function bundleSize(dir: string): BundleSize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const entryFiles = [
    ...html.matchAll(/<script[^>]*\bsrc="\.\/([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+\.js)"/gu),
  ].map((match) => match[1] ?? match[2] ?? '')
  const entry = entryFiles.map((file) => sizeOf(dir, file))
  const all = readdirSync(join(dir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => sizeOf(dir, `assets/${file}`))
  const closure = (start: string[]) => {
    const seen = new Set<string>()
    const queue = [...entryFiles, ...start]
    while (queue.length > 0) {
      const file = queue.pop() ?? ''
      if (seen.has(file)) continue
      seen.add(file)
      queue.push(...staticImports(readFileSync(join(dir, file), 'utf8')))
    }
    return [...seen].map((file) => sizeOf(dir, file))
  }
  return { entry, closure, all }
}

export const total = (chunks: ChunkSize[]) => ({
  minified_bytes: chunks.reduce((sum, chunk) => sum + chunk.minified_bytes, 0),
  gzip_bytes: chunks.reduce((sum, chunk) => sum + chunk.gzip_bytes, 0),
})
