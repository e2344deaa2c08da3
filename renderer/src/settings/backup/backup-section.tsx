import { useId, useRef } from 'react'
import { BackupReminderForm } from '../../backup/backup-reminder-form'
import { MakeBackupCard } from '../../backup/make-backup-card'
import { RestoreFlow } from '../../backup/restore-flow'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'

/** Instellingen › Kluis › Back-up: make one, be reminded, and put one back. */
export function BackupSection({ focusHeading }: { focusHeading: boolean }) {
  const headingId = useId()
  const reminderId = useId()
  const restoreId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        Back-up
      </h2>
      <p className="section-intro">
        Al uw gegevens staan op deze laptop. Met een back-up zijn ze niet weg als de laptop kapotgaat, gestolen wordt of
        wordt vervangen.
      </p>
      <div className="card-stack">
        <MakeBackupCard />
        <section className="card" aria-labelledby={reminderId}>
          <h3 id={reminderId} className="card__title">
            Herinnering
          </h3>
          <BackupReminderForm />
        </section>
        <section className="card" aria-labelledby={restoreId}>
          <h3 id={restoreId} className="card__title">
            Herstellen uit een back-up
          </h3>
          <p>
            Zet een eerdere back-up terug. Tafelwerk controleert hem eerst en laat zien wat erin staat; pas daarna kiest
            u of hij de huidige kluis vervangt.
          </p>
          <RestoreFlow replacesOpenVault />
        </section>
      </div>
    </section>
  )
}
