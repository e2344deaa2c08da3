import { useState } from 'react'
import type { RestoreSummary } from '../../../shared/contract/backup.contract'
import { useVaultMutation } from '../api/use-vault-mutation'
import { ChoiceGroup } from '../components/choice-group'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { PassphraseField } from '../components/passphrase-field'
import { TextField } from '../components/text-field'
import { useFormSubmit } from '../lib/use-form-submit'
import { backupMoment } from './backup-dates'
import type { Picked } from './restore-choice'

const secretChoices = [
  { value: 'passphrase', label: 'Met het wachtwoord' },
  { value: 'recoveryKey', label: 'Met de herstelsleutel' },
] as const

/**
 * Step 2: the back-up opens with the passphrase or the recovery key that
 * was valid when it was made, which may not be today's. Tafelwerk then checks
 * it on a copy; nothing of the current vault changes.
 */
export function RestoreSecretForm({
  picked,
  onChecked,
  onCancel,
}: {
  picked: Picked
  onChecked: (summary: RestoreSummary) => void
  onCancel: () => void
}) {
  const [kind, setKind] = useState<'passphrase' | 'recoveryKey'>('passphrase')
  const [secret, setSecret] = useState('')
  const inspect = useVaultMutation('restore:inspect')
  const form = useFormSubmit(
    async () => {
      const input = kind === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret }
      onChecked(await inspect.run(input))
    },
    { staysOpen: true },
  )
  return (
    <form {...form.props} className="form">
      <p>
        Gekozen: <strong>{picked.fileName}</strong>, gemaakt op {backupMoment(picked.createdAt)}.
      </p>
      <FormAlert message={form.errors.message} />
      <ChoiceGroup
        legend="Hoe opent u deze back-up?"
        name="secretKind"
        type="radio"
        choices={secretChoices}
        value={[kind]}
        onChange={(value) => {
          setKind(value[0] === 'recoveryKey' ? 'recoveryKey' : 'passphrase')
          setSecret('')
        }}
      />
      {kind === 'passphrase' ? (
        <PassphraseField
          label="Wachtwoord van toen de back-up werd gemaakt"
          name="passphrase"
          autoComplete="off"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          error={form.errors.fieldError('passphrase')}
        />
      ) : (
        <TextField
          label="Herstelsleutel van toen de back-up werd gemaakt"
          name="recoveryKey"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          error={form.errors.fieldError('recoveryKey')}
        />
      )}
      <FormActions busy={form.busy} busyLabel="Bezig met controleren…" onCancel={onCancel}>
        Back-up controleren
      </FormActions>
    </form>
  )
}
