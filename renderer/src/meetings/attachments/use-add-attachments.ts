import { useRef, useState } from 'react'
import { OmtError } from '../../../../shared/contract/errors'
import { visibleFileName } from '../../../../shared/domain/attachment'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { announce } from '../../stores/announcer-store'
import { tracked } from '../save-status'
import { FileProblem, readAsBase64 } from './read-file'

function problemOf(file: File, failure: unknown): string {
  if (failure instanceof FileProblem) return failure.message
  // The vault's own words for the file (too large, a name it refuses) say more than the generic message.
  const field = failure instanceof OmtError ? Object.values(failure.fields ?? {})[0] : undefined
  // A refused name is shown with its hidden characters made visible, so it cannot disguise the message itself.
  return `‘${visibleFileName(file.name)}’ is niet toegevoegd: ${field ?? messageOf(failure)}`
}

/**
 * Adds chosen or dropped files one by one: each is read, sent and stored on
 * its own, so one refused file (too large, unreadable) stores nothing of
 * itself and does not stop the others. Files chosen while earlier ones are
 * still being added join the same run.
 */
export function useAddAttachments(agendaItemId: string, onAdded: () => Promise<void>) {
  const attachmentAdd = useVaultMutation('attachment:add')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const queue = useRef<File[]>([])
  const running = useRef(false)

  const add = async (files: readonly File[]) => {
    queue.current.push(...files)
    if (running.current || queue.current.length === 0) return
    running.current = true
    setBusy(true)
    setProblem(null)
    const added: string[] = []
    const problems: string[] = []
    for (let file = queue.current.shift(); file; file = queue.current.shift()) {
      try {
        const contentBase64 = await readAsBase64(file)
        await tracked(attachmentAdd.run({ agendaItemId, fileName: file.name, mediaType: file.type, contentBase64 }))
        added.push(file.name)
      } catch (failure) {
        problems.push(problemOf(file, failure))
      }
    }
    if (added.length > 0) await onAdded()
    running.current = false
    setBusy(false)
    setProblem(problems.length > 0 ? problems.join(' ') : null)
    // Problems are read out by the alert itself; only success needs announcing.
    if (added.length === 1) announce(`Bijlage ‘${added[0] ?? ''}’ is toegevoegd.`)
    else if (added.length > 1) announce(`${String(added.length)} bijlagen zijn toegevoegd.`)
  }
  return { add, busy, problem, clear: () => setProblem(null) }
}
