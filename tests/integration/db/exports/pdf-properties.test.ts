import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { expect, it } from 'vitest'
import { withPdfProperties } from '../../../../db/exports/pdf-properties'

it('sets title, author, subject and creation date that pdfinfo reads back', async () => {
  const blank = await PDFDocument.create()
  blank.addPage([595, 842])
  const pdf = await withPdfProperties(await blank.save(), {
    title: 'Verslag OMT D 12 maart 2026',
    author: 'RIEC Den Haag, secretariaat OMT D',
    subject: 'Verslag (concept)',
    createdAt: new Date('2026-03-12T15:30:00Z'),
  })
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-pdf-'))
  try {
    writeFileSync(join(folder, 'verslag.pdf'), pdf)
    const info = execFileSync('pdfinfo', ['-isodates', join(folder, 'verslag.pdf')], { encoding: 'utf8' })
    expect(info).toMatch(/Title:\s+Verslag OMT D 12 maart 2026/u)
    expect(info).toMatch(/Author:\s+RIEC Den Haag, secretariaat OMT D/u)
    expect(info).toMatch(/Subject:\s+Verslag \(concept\)/u)
    expect(info).toMatch(/CreationDate:\s+2026-03-12T15:30:00/u)
    expect(info).toMatch(/Page size:\s+595 x 842 pts \(A4\)/u)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
