import { useState } from 'react'
import type { PickedBackup } from '../../../shared/contract/backup.contract'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'
import { useVaultQuery } from '../api/use-vault-query'
import { FormAlert } from '../components/form-alert'
import { backupMoment } from './backup-dates'

const NO_INPUT = {}

export type Picked = Extract<PickedBackup, { picked: true }>

/**
 * Step 1 of a restore: which back-up. The newest one in the folder the
 * back-ups went to is offered first; any other file can be chosen.
 */
export function RestoreChoice({ onPicked }: { onPicked: (picked: Picked) => void }) {
  const found = useVaultQuery('restore:choose-newest', NO_INPUT).data
  const newest = found?.picked ? found : null
  const chooseFileRequest = useVaultMutation('restore:choose-file')
  const [error, setError] = useState<string | null>(null)
  const busy = chooseFileRequest.busy

  const chooseFile = async () => {
    if (busy) return
    setError(null)
    try {
      const answer = await chooseFileRequest.run({})
      if (answer.picked) onPicked(answer)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  return (
    <div className="form">
      <FormAlert message={error} />
      {newest ? (
        <p>
          De nieuwste back-up in de map voor back-ups is van <strong>{backupMoment(newest.createdAt)}</strong> (
          {newest.fileName}).
        </p>
      ) : null}
      <div className="form__actions">
        {newest ? (
          <button type="button" className="button button--primary" onClick={() => onPicked(newest)}>
            Deze back-up gebruiken
          </button>
        ) : null}
        <button
          type="button"
          className={newest ? 'button button--secondary' : 'button button--primary'}
          aria-busy={busy || undefined}
          onClick={() => void chooseFile()}
        >
          {newest ? 'Een andere back-up kiezen…' : 'Back-up kiezen…'}
        </button>
      </div>
    </div>
  )
}
