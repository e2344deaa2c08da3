import { useState } from 'react'
import type { AttachmentMeta } from '../../../../shared/contract/attachment.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { useExportPurpose } from '../../lib/use-export-purpose'

/**
 * "Opslaan als…": main asks where and writes the copy. A copy on the disk has
 * left the vault, so the purpose is asked first and logged with it. The
 * outcome is shown where the button was pressed (a dialog makes the rest of
 * the page inert, so a message elsewhere would go unheard).
 */
export function useSaveCopy(): {
  save: (attachment: AttachmentMeta) => Promise<void>
  clear: () => void
  purpose: ReturnType<typeof useExportPurpose>
  note: string | null
  problem: string | null
} {
  const attachmentSave = useVaultMutation('attachment:save')
  const purpose = useExportPurpose()
  const [note, setNote] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const clear = () => {
    setNote(null)
    setProblem(null)
  }
  const save = async (attachment: AttachmentMeta) => {
    clear()
    const checked = purpose.take()
    if (checked === null) return
    try {
      const result = await attachmentSave.run({ id: attachment.id, purpose: checked })
      // Closing the dialog is a choice, not a failure: nothing to report.
      if (result.saved) setNote(`‘${attachment.fileName}’ is opgeslagen als ‘${result.fileName}’.`)
    } catch (failure) {
      setProblem(`‘${attachment.fileName}’ is niet opgeslagen: ${messageOf(failure)}`)
    }
  }
  return { save, clear, purpose, note, problem }
}
