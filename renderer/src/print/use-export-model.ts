import type { ExportModel } from '../../../shared/contract/export.contract'
import type { ExportDocument, ExportVariant } from '../../../shared/domain/minutes-export'
import { useVaultQuery } from '../api/use-vault-query'

export type ModelState =
  { state: 'loading' } | { state: 'ready'; model: ExportModel } | { state: 'error'; code: string; message: string }

/**
 * The document model from the vault; fetched again when the document changes,
 * or for a new print job (the print window is reused between exports).
 */
export function useExportModel(
  meetingId: string,
  document: ExportDocument,
  variant: ExportVariant,
  job = '',
): ModelState {
  const query = useVaultQuery('export:document', { meetingId, document, variant }, { version: job })
  // A new job shows loading again, as the print window waits for the fresh model.
  const answered = !query.loading && query.answeredVersion === job
  if (query.error && query.errorCode && answered) return { state: 'error', code: query.errorCode, message: query.error }
  if (query.data && answered) return { state: 'ready', model: query.data }
  return { state: 'loading' }
}
