import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { destinationPages } from '../../../../db/exports/pdf-destinations'

async function threePages(destinations: Record<string, number>): Promise<PDFDocument> {
  const document = await PDFDocument.create()
  const pages = [document.addPage(), document.addPage(), document.addPage()]
  const dests = document.context.obj({})
  for (const [anchor, page] of Object.entries(destinations)) {
    const ref = pages[page - 1]?.ref
    if (!ref) throw new Error('no page')
    // Chromium writes [page /XYZ left top zoom]; one as a dictionary with /D, as the PDF standard allows too.
    const array = document.context.obj([ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(800), PDFNumber.of(0)])
    dests.set(PDFName.of(anchor), anchor === 'actielijst' ? document.context.obj({ D: array }) : array)
  }
  document.catalog.set(PDFName.of('Dests'), dests)
  return PDFDocument.load(await document.save())
}

describe('destinationPages', () => {
  it('tells the page of every anchor, in the order asked', async () => {
    const document = await threePages({ aanwezigheid: 1, 'punt-1': 2, 'punt-2': 2, actielijst: 3 })
    expect(destinationPages(document, ['aanwezigheid', 'punt-1', 'punt-2', 'actielijst'])).toEqual([1, 2, 2, 3])
  })

  it('answers null for an anchor without destination, so no wrong page number is printed', async () => {
    const document = await threePages({ aanwezigheid: 1 })
    expect(destinationPages(document, ['aanwezigheid', 'errata'])).toBeNull()
    expect(destinationPages(await PDFDocument.create(), ['aanwezigheid'])).toBeNull()
  })
})
