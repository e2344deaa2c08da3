import { useVaultQuery } from '../api/use-vault-query'
import { useBackupChanges } from '../stores/backup-store'
import { backupMoment } from './backup-dates'

const NO_INPUT = {}

/** When the last back-up is older than the set number of days, or there is none: a calm reminder, not a block. */
export function BackupReminderBanner() {
  const changes = useBackupChanges((state) => state.changes)
  const status = useVaultQuery('backup:status', NO_INPUT, { version: changes }).data
  if (!status?.due) return null
  return (
    <section className="banner banner--info" aria-labelledby="backup-banner-title">
      <div className="banner__text">
        <h2 id="backup-banner-title" className="banner__title">
          Tijd voor een back-up
        </h2>
        <p>
          {status.lastBackupAt
            ? `De laatste back-up is van ${backupMoment(status.lastBackupAt)}, langer dan ${String(status.reminderDays)} dagen geleden.`
            : 'Er is nog geen back-up van deze kluis. Zonder back-up bent u alles kwijt als deze laptop kapotgaat of wordt gestolen.'}
        </p>
      </div>
      <a className="button button--secondary" href="#/instellingen/back-up">
        Back-up maken
      </a>
    </section>
  )
}
