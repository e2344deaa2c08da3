import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { DebugLogger, TmpDir } from 'builder-util'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { describe, expect, it } from 'vitest'

/**
 * The installers cannot be built here (no Electron binary), so electron-builder's
 * own loader and schema check the config, and the security-relevant parts are
 * pinned: a typo in a fuse name would otherwise only surface at release time.
 */
const projectDir = new URL('../../..', import.meta.url).pathname
const load = () => getConfig(projectDir, 'electron-builder.yml', null)

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('flips every fuse of architecture.md', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs only the build, unpacks the native modules, and never publishes', async () => {
    const config = await load()
    expect(config).toMatchObject({
      appId: 'nl.tafelwerk.app',
      productName: 'Tafelwerk',
      directories: { output: 'dist' },
      asar: true,
      asarUnpack: ['node_modules/better-sqlite3-multiple-ciphers/**', 'node_modules/@node-rs/**'],
      publish: null,
      win: { target: [{ target: 'nsis', arch: ['x64'] }] },
      nsis: { deleteAppDataOnUninstall: false },
      mac: { target: [{ target: 'dmg' }] },
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
    })
    // Of our own files only the build; the rest of `files` only excludes (node_modules, see below).
    const [files] = config.files as [{ filter: string[] }]
    expect(files.filter.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json'])
    expect(
      files.filter
        .filter((pattern) => pattern.startsWith('!'))
        .every((pattern) => pattern.startsWith('!**/node_modules/')),
    ).toBe(true)
    // A deb without a maintainer does not build.
    expect(config.linux?.maintainer).toMatch(/^.+ <.+@.+>$/u)
  })
})

/** The renderer's libraries: `dependencies` (so a production audit sees them), but bundled by Vite into out/renderer. */
const BUNDLED_BY_VITE = [
  '@fontsource/source-sans-3',
  '@tanstack/react-table',
  '@tanstack/react-virtual',
  'pdfjs-dist',
  'react',
  'react-dom',
  'zustand',
]
/** Needed by an install script only: better-sqlite3-multiple-ciphers runs `prebuild-install || node-gyp rebuild`. */
const INSTALL_ONLY = ['prebuild-install']
/** Declared as dependencies by docx, but nothing in them runs. */
const TYPES_ONLY = ['@types/node', 'undici-types']

interface NpmTree {
  version?: string
  dependencies?: Record<string, NpmTree>
}

/**
 * The production packages the main process can reach at run time: everything
 * `npm ls --omit=dev` lists, except what is reached only through the lists above.
 */
function runtimePackages(): string[] {
  const tree = JSON.parse(
    execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: projectDir, encoding: 'utf8' }),
  ) as NpmTree
  // npm prints a package's dependencies once ("deduped" elsewhere): gather them per name first.
  const dependenciesOf = new Map<string, string[]>()
  const gather = (node: NpmTree) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // An optional dependency for another platform has no version: it is not installed.
      if (child.version === undefined) continue
      if (child.dependencies)
        dependenciesOf.set(name, [...(dependenciesOf.get(name) ?? []), ...Object.keys(child.dependencies)])
      gather(child)
    }
  }
  gather(tree)
  const installed = new Set<string>()
  const note = (node: NpmTree) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (child.version === undefined) continue
      installed.add(name)
      note(child)
    }
  }
  note(tree)
  const skipped = new Set([...BUNDLED_BY_VITE, ...INSTALL_ONLY, ...TYPES_ONLY])
  const reached = new Set<string>()
  const queue = Object.keys(tree.dependencies ?? {})
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (skipped.has(name) || reached.has(name) || !installed.has(name)) continue
    reached.add(name)
    queue.push(...(dependenciesOf.get(name) ?? []))
  }
  return [...reached].sort()
}

interface ResolvedFileSet {
  src: string
  destination: string
  files: string[]
  metadata: Map<string, { isDirectory: () => boolean }>
}

/** electron-builder's internals (marked @internal, so not in its type declarations) that pick the node_modules files. */
const require = createRequire(import.meta.url)
const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  getNodeModuleFileMatcher: (
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    packager: object,
  ) => object
}
const { computeNodeModuleFileSets } = require('app-builder-lib/out/util/appFileCopier') as {
  computeNodeModuleFileSets: (platformPackager: object, matcher: object) => Promise<ResolvedFileSet[]>
}
const { PM } = require('app-builder-lib/out/node-module-collector') as { PM: { NPM: string } }

/**
 * What electron-builder would put under node_modules in app.asar: its own
 * collector (npm) and its own filter with our `files` patterns, as
 * `electron-builder --dir` runs them, just without the Electron binary. Per
 * package the files it keeps, relative to the package.
 */
async function packedNodeModules(config: Configuration): Promise<Map<string, string[]>> {
  const tempDirManager = new TmpDir('tafelwerk-builder-test')
  const metadata = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { name: string }
  const info = {
    config,
    tempDirManager,
    appDir: projectDir,
    projectDir,
    originalMetadata: metadata,
    nodePackageName: metadata.name,
    appInfo: { type: 'module' },
    debugLogger: new DebugLogger(false),
    getWorkspaceRoot: () => Promise.resolve(projectDir),
    getPackageManager: () => Promise.resolve(PM.NPM),
  }
  try {
    const app = '/app'
    const matcher = getNodeModuleFileMatcher(projectDir, app, (pattern) => pattern, {}, info)
    const sets = await computeNodeModuleFileSets({ info, config, platform: { name: 'linux' } }, matcher)
    const packed = new Map<string, string[]>()
    for (const set of sets) {
      const files = set.files.filter((file) => set.metadata.has(file) && !set.metadata.get(file)?.isDirectory())
      if (files.length > 0)
        packed.set(
          relative(join(app, 'node_modules'), set.destination),
          files.map((file) => relative(set.src, file)).sort(),
        )
    }
    return packed
  } finally {
    await tempDirManager.cleanup()
  }
}

describe('the node_modules electron-builder packs', () => {
  it('are exactly the main process’s run-time packages: no bundled renderer library, no install-time helper, no type declarations', async () => {
    const packed = await packedNodeModules(await load())
    expect([...packed.keys()].sort()).toEqual(runtimePackages())
    for (const name of [...BUNDLED_BY_VITE, ...INSTALL_ONLY, 'tar-fs', 'node-abi', 'semver', ...TYPES_ONLY])
      expect(packed.has(name)).toBe(false)
  }, 60_000)

  it('keep of the cipher SQLite only its JavaScript, its licence and the one native module it loads', async () => {
    const packed = await packedNodeModules(await load())
    const files = packed.get('better-sqlite3-multiple-ciphers') ?? []
    expect(files.filter((file) => !file.startsWith('lib/'))).toEqual([
      'LICENSE',
      'build/Release/better_sqlite3.node',
      'package.json',
    ])
    expect(files).toContain('lib/index.js')
  }, 60_000)

  it('leave out only libraries the main process does not import', () => {
    // Excluding a renderer library is safe only while electron/, db/ and shared/ never import it.
    const imported = packagesImportedBy(['electron', 'db', 'shared'])
    expect(BUNDLED_BY_VITE.filter((name) => imported.has(name))).toEqual([])
    expect(imported.has('prebuild-install')).toBe(false)
  })
})

/** The packages that the TypeScript files under these folders import. */
function packagesImportedBy(folders: string[]): Set<string> {
  const texts = folders.flatMap((folder) =>
    readdirSync(join(projectDir, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/u.test(file))
      // Without comments, which quote CSP sources like 'self'.
      .map((file) => readFileSync(join(projectDir, folder, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gmu, '')),
  )
  return new Set(
    texts.flatMap((text) =>
      [...text.matchAll(/(?:from|import) '((?:@[^/']+\/)?[^/'.][^/'?]*)/gu)].map((match) => match[1] ?? ''),
    ),
  )
}

describe('package.json', () => {
  it('lists every library the renderer ships as a production dependency, so `npm run audit:shipped` (npm audit --omit=dev) audits it', () => {
    const { dependencies, scripts } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      scripts: Record<string, string>
    }
    expect([...packagesImportedBy(['renderer'])].filter((name) => !(name in dependencies))).toEqual([])
    expect(BUNDLED_BY_VITE.filter((name) => !(name in dependencies))).toEqual([])
    expect(scripts['audit:shipped']).toBe('npm audit --omit=dev')
  })
})
