import { basename } from 'node:path'
import type { ExportModel, SaveRequest, SaveResult } from '../../shared/contract/export.contract'
import { recordExport } from '../minutes/minutes.queries'
import type { Db } from '../kernel/schema/database'
import type { RoutePrinter } from './print-pdf'
import { renderExport } from './render-export'
import { writeFileAtomically } from '../kernel/write-file-atomically'

/**
 * The last steps of every export, the same in the app and in the tests:
 * render, write atomically where the user chose (never a temp folder), and
 * record what left the laptop. Only a complete file is recorded.
 */
export async function saveExport(
  db: Db,
  model: ExportModel,
  request: SaveRequest,
  target: string,
  printer: RoutePrinter,
): Promise<SaveResult> {
  const bytes = await renderExport(model, request, printer)
  await writeFileAtomically(target, bytes)
  const fileName = basename(target)
  const record = await recordExport(db, {
    meetingId: request.meetingId,
    document: request.document,
    variant: request.variant,
    format: request.format,
    fileName,
  })
  return { saved: true, fileName, record }
}
