import { useState } from 'react'
import type { RestoreSummary } from '../../../shared/contract/backup.contract'
import type { VaultStatus } from '../../../shared/contract/vault.contract'
import { useVaultMutation } from '../api/use-vault-mutation'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { NewPassphraseFields } from '../components/new-passphrase-fields'
import { useFormSubmit } from '../lib/use-form-submit'
import { backupMoment } from './backup-dates'

const countLabels: [keyof RestoreSummary['counts'], string][] = [
  ['caseCount', 'Casussen'],
  ['subjectCount', 'Betrokkenen en objecten'],
  ['meetingCount', 'Vergaderingen'],
  ['decisionCount', 'Besluiten'],
  ['actionCount', 'Acties'],
  ['attachmentCount', 'Bijlagen'],
]

/**
 * Step 3: what the checked back-up holds, before anything changes. Only
 * "Herstellen" puts it in place; the current vault is kept beside it.
 */
export function RestoreConfirmForm({
  summary,
  replacesOpenVault,
  onRestored,
  onCancel,
}: {
  summary: RestoreSummary
  replacesOpenVault: boolean
  onRestored: (status: VaultStatus) => void
  onCancel: () => void
}) {
  const [values, setValues] = useState({ passphrase: '', passphraseRepeat: '' })
  const apply = useVaultMutation('restore:apply')
  const form = useFormSubmit(async () => {
    const { status } = await apply.run(summary.needsNewPassphrase ? values : {})
    onRestored(status)
  })
  return (
    <form {...form.props} className="form">
      <div className="notice notice--info">
        <p className="notice__title">De back-up is in orde</p>
        <p>
          Gemaakt op {backupMoment(summary.createdAt)}. Tafelwerk heeft hem geopend en helemaal gecontroleerd.
          {summary.migrated ? ' Hij is bijgewerkt naar deze versie van Tafelwerk.' : ''}
        </p>
      </div>
      <dl className="facts backup-contents" aria-label="Inhoud van de back-up">
        {countLabels.map(([key, label]) => (
          <div key={key}>
            <dt className="facts__label">{label}</dt>
            <dd className="facts__value">{summary.counts[key].toLocaleString('nl-NL')}</dd>
          </div>
        ))}
      </dl>
      <p>
        {replacesOpenVault ? 'Uw huidige kluis wordt gesloten en ' : 'Een kluis die nu op deze computer staat, wordt '}
        niet verwijderd: Tafelwerk bewaart hem naast de herstelde kluis onder een naam met de datum van vandaag. Wat u
        na {backupMoment(summary.createdAt)} hebt vastgelegd, staat niet in de back-up.
      </p>
      <FormAlert message={form.errors.message} />
      {summary.needsNewPassphrase ? (
        <NewPassphraseFields
          passphrase={values.passphrase}
          passphraseRepeat={values.passphraseRepeat}
          onChange={setValues}
          errors={{
            passphrase: form.errors.fieldError('passphrase'),
            passphraseRepeat: form.errors.fieldError('passphraseRepeat'),
          }}
        />
      ) : null}
      <FormActions busy={form.busy} busyLabel="Bezig met herstellen…" onCancel={onCancel}>
        Herstellen
      </FormActions>
    </form>
  )
}
