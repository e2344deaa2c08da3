import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileAtomically } from '../../../../db/kernel/write-file-atomically'

let folder: string
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tafelwerk-export-'))
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('writeFileAtomically', () => {
  it('writes the whole file and leaves nothing else behind', async () => {
    const target = join(folder, 'verslag.pdf')
    await writeFileAtomically(target, Buffer.from('%PDF-1.7 inhoud'))
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 inhoud')
    expect(readdirSync(folder)).toEqual(['verslag.pdf'])
  })

  it('refuses a folder that is not writable, in Dutch, without a trace', async () => {
    const locked = join(folder, 'alleen-lezen')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    // root may write anyway; then the test proves nothing, so use a path under a file instead.
    const target = process.getuid?.() === 0 ? join(folder, 'verslag.pdf', 'kan-niet.pdf') : join(locked, 'kan-niet.pdf')
    await expect(writeFileAtomically(target, Buffer.from('x'))).rejects.toMatchObject({
      code: 'EXPORT_NOT_WRITABLE',
      message: expect.stringContaining('Kies een andere map') as string,
    })
    expect(readdirSync(locked)).toEqual([])
  })

  // A real full disk needs a small tmpfs, which only root may mount (CI runs as root).
  it.runIf(process.getuid?.() === 0)(
    'keeps the previous file intact and leaves no partial file when the disk fills up',
    async () => {
      const tiny = join(folder, 'klein')
      mkdirSync(tiny)
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tiny], { stdio: 'ignore' })
      try {
        const target = join(tiny, 'besluitenlijst.pdf')
        writeFileSync(target, 'vorige versie')
        await expect(writeFileAtomically(target, Buffer.alloc(256 * 1024, 1))).rejects.toMatchObject({
          code: 'EXPORT_DISK_FULL',
        })
        expect(readdirSync(tiny)).toEqual(['besluitenlijst.pdf'])
        expect(readFileSync(target, 'utf8')).toBe('vorige versie')
      } finally {
        execFileSync('umount', [tiny])
      }
    },
  )
})
