import type { ExportModel, SaveRequest } from '../../shared/contract/export.contract'
import { formatExtensions } from '../../shared/domain/export-options'
import type { Db } from '../kernel/schema/database'
import { buildDocx } from './docx/build-docx'
import { buildExportModel } from './export-model'
import { setPdfProperties } from './pdf-properties'
import { printPdf, type RoutePrinter } from './print-pdf'

export interface RenderedExport {
  bytes: Uint8Array
  model: ExportModel
  fileName: string
}

/** "Verslag OMT D 2026-03-12.pdf": what the save dialog proposes. */
export const defaultFileName = (model: ExportModel, format: SaveRequest['format']) =>
  `${model.head.fileBaseName}.${formatExtensions[format]}`

/**
 * The bytes of one export, in memory only: a PDF printed by Chromium with the
 * document properties set, or a DOCX built here. Nothing touches the disk.
 */
export async function renderExport(
  model: ExportModel,
  request: SaveRequest,
  printer: RoutePrinter,
  now: Date = new Date(),
): Promise<Uint8Array> {
  if (request.format === 'docx') return buildDocx(model)
  const printed = await printPdf(printer, model, request.variant)
  return setPdfProperties(printed.document, { ...model.head.properties, createdAt: now })
}

/** Builds the model first, so an empty meeting is refused before any dialog or print window opens. */
export function exportModelFor(db: Db, request: SaveRequest): Promise<ExportModel> {
  return buildExportModel(db, { meetingId: request.meetingId, document: request.document, variant: request.variant })
}
