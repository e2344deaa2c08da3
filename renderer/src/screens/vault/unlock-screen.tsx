import { useRef, useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import { PageHeading } from '../../components/page-heading'
import { PassphraseField } from '../../components/passphrase-field'
import { SubmitButton } from '../../components/submit-button'
import { lockCauseText } from '../../stores/lock-cause'
import { useFormSubmit } from '../../lib/use-form-submit'
import { useSession } from '../../stores/session-store'
import { OpenPackageOffer } from '../../district-report/package/open-package-offer'
import { DemoOffer } from './demo-offer'
import { RestoreOffer } from './restore-offer'
import { VaultScreenFrame } from './vault-screen-frame'

export function UnlockScreen() {
  const unlock = useSession((state) => state.unlock)
  const lockCause = useSession((state) => state.lockCause)
  const showLockedView = useSession((state) => state.showLockedView)
  const inputRef = useRef<HTMLInputElement>(null)
  const [passphrase, setPassphrase] = useState('')
  const form = useFormSubmit(() => unlock(passphrase), {
    // A wrong passphrase carries no field: keep the user in the field, ready to retype.
    onFailure: () => {
      inputRef.current?.focus()
      inputRef.current?.select()
    },
  })

  return (
    <VaultScreenFrame>
      {/* The passphrase field takes focus: unlocking is the one thing to do here. */}
      <PageHeading focus={false}>Kluis ontgrendelen</PageHeading>
      {lockCause ? (
        <p className="notice notice--info lock-cause" data-testid="lock-cause">
          {lockCauseText[lockCause]}
        </p>
      ) : null}
      <form {...form.props} className="form">
        <FormAlert message={form.errors.message} />
        <PassphraseField
          ref={inputRef}
          label="Wachtwoord"
          name="passphrase"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={form.errors.fieldError('passphrase')}
        />
        <div className="form__actions form__actions--spread">
          <SubmitButton busy={form.busy} busyLabel="Bezig met ontgrendelen…">
            Ontgrendelen
          </SubmitButton>
          <button type="button" className="link-button" onClick={() => showLockedView('recover')}>
            Wachtwoord vergeten?
          </button>
        </div>
      </form>
      <RestoreOffer context="unlock" />
      <DemoOffer context="unlock" />
      <OpenPackageOffer />
    </VaultScreenFrame>
  )
}
