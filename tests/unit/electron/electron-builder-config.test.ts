import { DebugLogger } from 'builder-util'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
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
      files: [{ filter: ['out/**', 'package.json'] }],
      asar: true,
      asarUnpack: ['node_modules/better-sqlite3-multiple-ciphers/**', 'node_modules/@node-rs/**'],
      publish: null,
      win: { target: [{ target: 'nsis', arch: ['x64'] }] },
      nsis: { deleteAppDataOnUninstall: false },
      mac: { target: [{ target: 'dmg' }] },
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
    })
    // A deb without a maintainer does not build.
    expect(config.linux?.maintainer).toMatch(/^.+ <.+@.+>$/u)
  })
})
