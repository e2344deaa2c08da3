import { useId, useState } from 'react'
import type { BackupStatus } from '../../../shared/contract/backup.contract'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'
import { useVaultQuery } from '../api/use-vault-query'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { StatusNote } from '../components/status-note'
import { useFormSubmit } from '../lib/use-form-submit'
import { useBackupChanges } from '../stores/backup-store'
import { backupMoment, megabytes } from './backup-dates'
import { BackupProgressBar } from './backup-progress-bar'

const NO_INPUT = {}

function lastBackupText(status: BackupStatus): string {
  if (!status.lastBackupAt) return 'Er is nog geen back-up van deze kluis gemaakt.'
  return `De laatste back-up is van ${backupMoment(status.lastBackupAt)}.`
}

/** Instellingen › Kluis › Back-up: the folder, and a back-up made and checked on request. */
export function MakeBackupCard() {
  const changes = useBackupChanges((state) => state.changes)
  const changed = useBackupChanges((state) => state.changed)
  const status = useVaultQuery('backup:status', NO_INPUT, { version: changes })
  const titleId = useId()
  const [done, setDone] = useState<string | null>(null)
  const [folderError, setFolderError] = useState<string | null>(null)
  const makeBackup = useVaultMutation('backup:make')
  const chooseFolderRequest = useVaultMutation('backup:choose-folder')

  const form = useFormSubmit(
    async () => {
      setDone(null)
      const made = await makeBackup.run({})
      changed()
      setDone(
        `Back-up gemaakt en gecontroleerd: ${made.fileName} (${megabytes(made.bytes)}) in ${made.folder}. U opent hem met het wachtwoord of de herstelsleutel van vandaag.`,
      )
    },
    { staysOpen: true },
  )
  const chooseFolder = async () => {
    setFolderError(null)
    try {
      const { folder } = await chooseFolderRequest.run({})
      if (folder) changed()
    } catch (failure) {
      setFolderError(messageOf(failure))
    }
  }

  const current = status.data
  return (
    <section className="card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        Back-up maken
      </h3>
      <p>
        Een back-up is een versleutelde kopie van de hele kluis in één bestand. Bewaar hem buiten deze laptop,
        bijvoorbeeld op een USB-stick of een netwerkschijf van uw organisatie. Tafelwerk leest elke back-up na het
        schrijven terug en controleert hem.
      </p>
      <FormAlert message={status.error ?? folderError} />
      {current ? (
        <>
          <p data-testid="last-backup">{lastBackupText(current)}</p>
          <p>
            Map voor back-ups:{' '}
            {current.folder ? <strong>{current.folder}</strong> : <span className="muted">nog niet gekozen</span>}
          </p>
        </>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => void chooseFolder()}>
          {current?.folder ? 'Andere map kiezen…' : 'Map kiezen…'}
        </button>
      </div>
      <form {...form.props} className="form">
        <FormAlert message={form.errors.message} />
        {form.busy ? <BackupProgressBar /> : null}
        <FormActions busy={form.busy} busyLabel="Bezig met de back-up…">
          Nu een back-up maken
        </FormActions>
        <StatusNote message={done} />
      </form>
    </section>
  )
}
