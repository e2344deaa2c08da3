import { useEffect, useState } from 'react'
import type { ExportModel } from '../../../shared/contract/export.contract'
import { OmtError } from '../../../shared/contract/errors'
import type { ExportDocument, ExportVariant } from '../../../shared/domain/minutes-export'
import { request } from '../api/request'

export type ModelState = { state: 'loading' } | { state: 'ready'; model: ExportModel } | { state: 'error'; code: string; message: string }

/**
 * The document model from the vault; fetched again when the document changes,
 * or for a new print job (the print window is reused between exports).
 */
export function useExportModel(meetingId: string, document: ExportDocument, variant: ExportVariant, job = ''): ModelState {
  const [state, setState] = useState<{ key: string; value: ModelState } | null>(null)
  const key = `${meetingId}/${document}/${variant}/${job}`
  useEffect(() => {
    let live = true
    request('export:document', { meetingId, document, variant }).then(
      (model) => live && setState({ key, value: { state: 'ready', model } }),
      (error: unknown) => {
        const failure = error instanceof OmtError ? error : new OmtError('INTERNAL')
        if (live) setState({ key, value: { state: 'error', code: failure.code, message: failure.message } })
      },
    )
    return () => {
      live = false
    }
  }, [key, meetingId, document, variant])
  return state?.key === key ? state.value : { state: 'loading' }
}
