import { ParseSpeeds, PDFDocument } from 'pdf-lib'

export interface PdfProperties {
  title: string
  author: string
  subject: string
  createdAt: Date
}

/** Parsing and saving in one go: pdf-lib otherwise yields to the event loop every few objects, which doubles the time. */
export const loadPdf = (pdf: Uint8Array) =>
  PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })

/**
 * Chromium's PDF carries the page title but no author, subject or language.
 * Set the document properties a records office files by; the page content,
 * its tags and outline are kept as Chromium wrote them.
 */
export function setPdfProperties(document: PDFDocument, properties: PdfProperties): Promise<Uint8Array> {
  document.setTitle(properties.title, { showInWindowTitleBar: true })
  document.setAuthor(properties.author)
  document.setSubject(properties.subject)
  document.setCreator('Tafelwerk')
  document.setProducer('Tafelwerk (Chromium)')
  document.setLanguage('nl-NL')
  document.setCreationDate(properties.createdAt)
  document.setModificationDate(properties.createdAt)
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY })
}

export async function withPdfProperties(pdf: Uint8Array, properties: PdfProperties): Promise<Uint8Array> {
  return setPdfProperties(await loadPdf(pdf), properties)
}
