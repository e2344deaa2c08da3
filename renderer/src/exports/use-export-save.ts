import { useCallback, useState } from 'react'
import type { SaveRequest } from '../../../shared/contract/export.contract'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'

export interface SaveState {
  busy: SaveRequest['format'] | null
  saved: string | null
  error: string | null
}

/** One save at a time; its outcome as a Dutch sentence for the status line. */
export function useExportSave(onSaved: () => void): [SaveState, (input: SaveRequest) => void] {
  const { run: exportSave } = useVaultMutation('export:save')
  const [state, setState] = useState<SaveState>({ busy: null, saved: null, error: null })
  const save = useCallback(
    (input: SaveRequest) => {
      setState((current) => (current.busy ? current : { busy: input.format, saved: null, error: null }))
      exportSave(input).then(
        (result) => {
          const saved = result.saved ? `Opgeslagen als ‘${result.fileName}’. De export is vastgelegd.` : null
          setState({ busy: null, saved, error: null })
          // The status line under the toolbar is a live region: it announces the outcome itself.
          if (saved) onSaved()
        },
        (error: unknown) => setState({ busy: null, saved: null, error: messageOf(error) }),
      )
    },
    [onSaved, exportSave],
  )
  return [state, save]
}
