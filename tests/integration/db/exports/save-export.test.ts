import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RoutePrinter } from '../../../../db/exports/print-pdf'
import { defaultFileName, exportModelFor } from '../../../../db/exports/render-export'
import { saveExport } from '../../../../db/exports/save-export'
import type { SaveRequest } from '../../../../shared/contract/export.contract'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call } from '../../../support/case-fixtures'
import { type SeededMeeting, seedMeeting } from '../../../support/export-seed'

let made: TempVault
let seeded: SeededMeeting
beforeAll(async () => {
  made = await tempVault()
  seeded = await seedMeeting(made.dispatch, made.vault)
})
afterAll(() => made.cleanup())

/** DOCX needs no Chromium; a PDF request here would be a mistake in the test. */
const noPrinter: RoutePrinter = { print: () => Promise.reject(new Error('no printer in this test')) }
const request = (): SaveRequest => ({
  meetingId: seeded.meeting.id,
  document: 'verslag',
  variant: 'volledig',
  format: 'docx',
  purpose: 'verslag aan de partners',
})
const recorded = async () =>
  (await call(made.dispatch, 'meeting:exports', { meetingId: seeded.meeting.id })).rows.length

async function save(folder: string) {
  const model = await exportModelFor(made.vault.db, request())
  return saveExport(made.vault.db, model, request(), join(folder, defaultFileName(model, 'docx')), noPrinter)
}

describe('saveExport', () => {
  it('writes the file where asked, under its default name, and records it', async () => {
    const folder = join(made.folder, 'uit')
    mkdirSync(folder)
    const result = await save(folder)
    expect(result).toMatchObject({
      saved: true,
      fileName: 'Verslag OMT D 2026-03-12.docx',
      record: { document: 'verslag', variant: 'volledig', format: 'docx', minutesStatus: 'concept' },
    })
    expect(readdirSync(folder)).toEqual(['Verslag OMT D 2026-03-12.docx'])
    // A DOCX is a zip: it starts with PK.
    expect(readFileSync(join(folder, 'Verslag OMT D 2026-03-12.docx')).subarray(0, 2).toString()).toBe('PK')
    expect(await recorded()).toBe(1)
  })

  it('refuses a folder it cannot write in, in Dutch, leaving no file and no record', async () => {
    const before = await recorded()
    const locked = join(made.folder, 'alleen-lezen')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    // root may write anyway: then aim at a path under a file, which nobody can write.
    const folder = process.getuid?.() === 0 ? join(made.folder, 'een-bestand') : locked
    if (process.getuid?.() === 0) writeFileSync(folder, 'geen map')
    await expect(save(folder)).rejects.toMatchObject({
      code: 'EXPORT_NOT_WRITABLE',
      message: 'Tafelwerk kan niet in deze map schrijven. Kies een andere map.',
    })
    expect(readdirSync(locked)).toEqual([])
    expect(await recorded()).toBe(before)
  })

  // A full disk needs a small tmpfs, which only root may mount (CI runs as root).
  it.runIf(process.getuid?.() === 0)('leaves no partial file and no record when the disk fills up', async () => {
    const before = await recorded()
    const tiny = join(made.folder, 'vol')
    mkdirSync(tiny)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', tiny])
    try {
      await expect(save(tiny)).rejects.toMatchObject({ code: 'EXPORT_DISK_FULL' })
      expect(readdirSync(tiny)).toEqual([])
      expect(await recorded()).toBe(before)
    } finally {
      execFileSync('umount', [tiny])
    }
  })
})
