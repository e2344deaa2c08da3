import { useState } from 'react'
import { CopyButton } from '../../components/copy-button'
import { FormAlert } from '../../components/form-alert'
import { PageHeading } from '../../components/page-heading'
import { SubmitButton } from '../../components/submit-button'
import { useFormSubmit } from '../../lib/use-form-submit'
import { announce } from '../../stores/announcer-store'
import { type PendingRecoveryKey, useSession } from '../../stores/session-store'
import { RecoveryKeyText } from '../../components/recovery-key-text'
import { RecoveryKeyField } from './recovery-key-field'
import { VaultScreenFrame } from './vault-screen-frame'

/**
 * The recovery key, shown once. The user types it back before going on: a key
 * that was never written down is worse than none, because it feels safe.
 */
export function RecoveryKeyScreen({ pending }: { pending: PendingRecoveryKey }) {
  const [step, setStep] = useState<'show' | 'confirm'>('show')
  return (
    <VaultScreenFrame>
      {step === 'show' ? (
        <ShowStep key="show" pending={pending} onNext={() => setStep('confirm')} />
      ) : (
        <ConfirmStep key="confirm" onBack={() => setStep('show')} />
      )}
    </VaultScreenFrame>
  )
}

/** What a renewal made useless, said as it is: a new recovery key alone leaves older copies of the header working. */
function renewalText({ renewed, dataKeyReplaced }: PendingRecoveryKey): string {
  if (!renewed) return ''
  if (dataKeyReplaced) {
    return 'De kluis heeft ook een nieuwe gegevenssleutel: de vorige herstelsleutel en een eerder getoonde gegevenssleutel openen hem niet meer, ook niet met een oude kopie van het sleutelbestand. '
  }
  return 'De vorige herstelsleutel werkt niet meer met het sleutelbestand van deze kluis. Een oude kopie van dat bestand opent de kluis er nog wel mee, tot u een nieuwe gegevenssleutel maakt. '
}

function ShowStep({ pending, onNext }: { pending: PendingRecoveryKey; onNext: () => void }) {
  const recoveryKey = pending.key
  return (
    <>
      <PageHeading>{pending.renewed ? 'Uw nieuwe herstelsleutel' : 'Uw herstelsleutel'}</PageHeading>
      <p>
        {renewalText(pending)}
        Met deze sleutel stelt u een nieuw wachtwoord in als u het uwe vergeet.{' '}
        <strong>U ziet de sleutel maar één keer.</strong>
      </p>
      <RecoveryKeyText recoveryKey={recoveryKey} />
      <div className="button-row">
        <CopyButton text={recoveryKey} label="Sleutel kopiëren" />
      </div>
      <div className="notice notice--warning">
        <p className="notice__title">Bewaar de sleutel veilig, niet op deze computer</p>
        <p>
          Schrijf hem op papier en berg dat op, of zet hem in de wachtwoordkluis van uw organisatie. Iedereen met deze
          sleutel kan de kluis openen.
        </p>
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onNext}>
          Ik heb de sleutel bewaard
        </button>
      </div>
    </>
  )
}

function ConfirmStep({ onBack }: { onBack: () => void }) {
  const confirmRecoveryKey = useSession((state) => state.confirmRecoveryKey)
  const [value, setValue] = useState('')
  const form = useFormSubmit(async () => {
    await confirmRecoveryKey(value)
    announce('De herstelsleutel is bevestigd.')
  })

  return (
    <>
      <PageHeading>Herstelsleutel controleren</PageHeading>
      <p>Typ de herstelsleutel over van waar u hem hebt bewaard. Zo weet u zeker dat u hem later terugvindt.</p>
      <form {...form.props} className="form">
        <FormAlert message={form.errors.message} />
        <RecoveryKeyField value={value} error={form.errors.fieldError('recoveryKey')} onChange={setValue} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Bezig met controleren…">
            Bevestigen
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={onBack}>
            Terug naar de sleutel
          </button>
        </div>
      </form>
    </>
  )
}
