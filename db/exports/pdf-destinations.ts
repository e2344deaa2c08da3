import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef } from 'pdf-lib'

/**
 * Where each anchor of the document landed: Chromium writes a named
 * destination for every element an internal link points at (the table of
 * contents links to every heading it lists), tagged PDF or not. Null when an
 * anchor has none, so no table of contents is printed with a wrong number.
 */
export function destinationPages(document: PDFDocument, anchors: readonly string[]): number[] | null {
  const pages = document.getPages().map((page) => page.ref)
  const destinations = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  if (!destinations) return null
  const result: number[] = []
  for (const anchor of anchors) {
    let destination = destinations.lookup(PDFName.of(anchor))
    // A destination is an array [page /XYZ left top zoom], or a dictionary holding one under /D.
    if (destination instanceof PDFDict) destination = destination.lookup(PDFName.of('D'))
    const target = destination instanceof PDFArray ? destination.get(0) : null
    const page = target instanceof PDFRef ? pages.indexOf(target) : -1
    if (page < 0) return null
    result.push(page + 1)
  }
  return result
}
