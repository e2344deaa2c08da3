import { useState } from 'react'
import type { AttachmentMeta } from '../../../../shared/contract/attachment.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'

/**
 * "Opslaan als…": main asks where and writes the copy. The outcome is shown
 * where the button was pressed (a dialog makes the rest of the page inert, so
 * a message elsewhere would go unheard).
 */
export function useSaveCopy(): {
  save: (attachment: AttachmentMeta) => Promise<void>
  clear: () => void
  note: string | null
  problem: string | null
} {
  const attachmentSave = useVaultMutation('attachment:save')
  const [note, setNote] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const clear = () => {
    setNote(null)
    setProblem(null)
  }
  const save = async (attachment: AttachmentMeta) => {
    clear()
    try {
      const result = await attachmentSave.run({ id: attachment.id })
      // Closing the dialog is a choice, not a failure: nothing to report.
      if (result.saved) setNote(`‘${attachment.fileName}’ is opgeslagen als ‘${result.fileName}’.`)
    } catch (failure) {
      setProblem(`‘${attachment.fileName}’ is niet opgeslagen: ${messageOf(failure)}`)
    }
  }
  return { save, clear, note, problem }
}
