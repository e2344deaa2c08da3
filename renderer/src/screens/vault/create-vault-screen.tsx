import { useState } from 'react'
import { dutchFieldErrors } from '../../../../shared/contract/dutch-issues'
import { VaultOwnerValues } from '../../../../shared/contract/vault-user.contract'
import { passphraseProblem, passphraseProblemMessages } from '../../../../shared/domain/passphrase-policy'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PageHeading } from '../../components/page-heading'
import { useFormSubmit } from '../../lib/use-form-submit'
import { useSession } from '../../stores/session-store'
import { OwnerFields } from '../../privacy/owner-fields'
import { OpenPackageOffer } from '../../district-report/package/open-package-offer'
import { DemoOffer } from './demo-offer'
import { RestoreOffer } from './restore-offer'
import { VaultScreenFrame } from './vault-screen-frame'

/** First run: the user chooses the passphrase that will open the vault, and says who they are for the log. */
export function CreateVaultScreen() {
  const createVault = useSession((state) => state.createVault)
  const [values, setValues] = useState({ passphrase: '', passphraseRepeat: '' })
  const [owner, setOwner] = useState({ ownerName: '', ownerRole: '' })
  // Checked here first, so a weak passphrase and a missing name are told together, not one round at a time.
  const form = useFormSubmit(() => createVault({ ...values, ...owner }), {
    check: () => {
      const problem = passphraseProblem(values.passphrase)
      const ownerCheck = VaultOwnerValues.safeParse(owner)
      return {
        ...(problem ? { passphrase: passphraseProblemMessages[problem] } : {}),
        ...(ownerCheck.success ? {} : dutchFieldErrors(ownerCheck.error)),
      }
    },
  })

  return (
    <VaultScreenFrame>
      <PageHeading>Nieuwe kluis maken</PageHeading>
      <p>
        Tafelwerk bewaart al uw gegevens versleuteld in een kluis op deze computer. Kies een wachtwoord waarmee u de
        kluis opent.
      </p>
      <div className="notice notice--info">
        <p className="notice__title">Onthoud uw wachtwoord goed</p>
        <p>
          Niemand kan uw wachtwoord terughalen, ook Tafelwerk en uw ICT-afdeling niet. Na het maken van de kluis krijgt
          u eenmalig een herstelsleutel. Alleen met die herstelsleutel komt u weer bij uw gegevens als u het wachtwoord
          vergeet.
        </p>
      </div>
      <form {...form.props} className="form">
        <FormAlert message={form.errors.message} />
        <NewPassphraseFields
          passphrase={values.passphrase}
          passphraseRepeat={values.passphraseRepeat}
          onChange={setValues}
          errors={{
            passphrase: form.errors.fieldError('passphrase'),
            passphraseRepeat: form.errors.fieldError('passphraseRepeat'),
          }}
        />
        <fieldset className="fieldset">
          <legend className="field__label fieldset__legend">Wie werkt met deze kluis</legend>
          <p className="field__hint">
            Het verwerkingenlog legt bij elke verwerking vast wie die deed. U kunt dit later wijzigen onder
            Instellingen.
          </p>
          <OwnerFields
            values={owner}
            onChange={setOwner}
            errors={{ ownerName: form.errors.fieldError('ownerName'), ownerRole: form.errors.fieldError('ownerRole') }}
          />
        </fieldset>
        <FormActions busy={form.busy} busyLabel="Kluis wordt gemaakt…">
          Kluis maken
        </FormActions>
      </form>
      <RestoreOffer context="first-run" />
      <DemoOffer context="first-run" />
      <OpenPackageOffer />
    </VaultScreenFrame>
  )
}
