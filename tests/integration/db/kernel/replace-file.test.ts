import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { replaceFileDurably } from '../../../../db/kernel/replace-file'

let folder: string | null = null
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
})

describe('a small file replaced whole', () => {
  it('holds the new text, and a temporary file a kill left behind is reused instead of piling up', () => {
    folder = mkdtempSync(join(tmpdir(), 'tafelwerk-replace-'))
    const path = join(folder, 'tafelwerk.vault.header.json')
    writeFileSync(path, 'oud\n')
    writeFileSync(`${path}.tmp`, 'half geschreven door een proces dat werd gestopt')

    replaceFileDurably(path, 'nieuw\n')
    replaceFileDurably(path, 'nieuwer\n')

    expect(readFileSync(path, 'utf8')).toBe('nieuwer\n')
    expect(readdirSync(folder)).toEqual(['tafelwerk.vault.header.json'])
  })
})
