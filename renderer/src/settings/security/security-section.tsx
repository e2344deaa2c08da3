import { type ReactNode, useId, useRef } from 'react'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { AutoLockForm } from './auto-lock-form'
import { ChangePassphraseForm } from './change-passphrase-form'
import { NewDataKeyForm } from './new-data-key-form'
import { RenewRecoveryKeyForm } from './renew-recovery-key-form'
import { RevealDataKeyForm } from './reveal-data-key-form'

export function SecuritySection({ focusHeading }: { focusHeading: boolean }) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        Beveiliging
      </h2>
      <p className="section-intro">
        Het wachtwoord, de herstelsleutel, de gegevenssleutel en het automatisch vergrendelen van de kluis.
      </p>
      <div className="card-stack">
        <SecurityCard title="Wachtwoord wijzigen">
          <ChangePassphraseForm />
        </SecurityCard>
        <SecurityCard title="Automatisch vergrendelen">
          <AutoLockForm />
        </SecurityCard>
        <SecurityCard title="Herstelsleutel">
          <p>
            Kwijt of niet zeker waar hij ligt? Maak een nieuwe herstelsleutel. Maak er een nieuwe gegevenssleutel bij,
            dan opent de oude herstelsleutel deze kluis niet meer, ook niet met een oude kopie van het sleutelbestand.
          </p>
          <RenewRecoveryKeyForm />
        </SecurityCard>
        <SecurityCard title="Gegevenssleutel voor SQLCipher">
          <RevealDataKeyForm />
        </SecurityCard>
        <SecurityCard title="Nieuwe gegevenssleutel">
          <NewDataKeyForm />
        </SecurityCard>
      </div>
    </section>
  )
}

function SecurityCard({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id} className="card__title">
        {title}
      </h3>
      {children}
    </section>
  )
}
