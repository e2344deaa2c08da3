import { PassphraseFeedback, passphraseVerdict } from './passphrase-feedback'
import { PassphraseField } from './passphrase-field'

interface NewPassphraseFieldsProps {
  passphrase: string
  passphraseRepeat: string
  onChange: (values: { passphrase: string; passphraseRepeat: string }) => void
  errors: { passphrase?: string | undefined; passphraseRepeat?: string | undefined }
  label?: string
}

function repeatHint(passphrase: string, repeat: string): string | undefined {
  if (repeat === '') return undefined
  if (repeat === passphrase) return 'De wachtwoorden zijn gelijk.'
  // Only complain once the second entry is as long as the first: not while it is still being typed.
  return [...repeat].length >= [...passphrase].length ? 'De wachtwoorden zijn niet gelijk.' : undefined
}

/**
 * A new passphrase, twice, with live feedback. The per-keystroke hint is not a
 * live region (that would talk over the typing); a separate status region only
 * speaks when the verdict changes in kind.
 */
export function NewPassphraseFields({
  passphrase,
  passphraseRepeat,
  onChange,
  errors,
  label = 'Wachtwoord',
}: NewPassphraseFieldsProps) {
  const verdict = passphraseVerdict(passphrase)
  const repeat = repeatHint(passphrase, passphraseRepeat)
  const spoken = verdict.tone === 'neutral' ? '' : verdict.text
  return (
    <>
      <PassphraseField
        label={label}
        name="passphrase"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => onChange({ passphrase: event.target.value, passphraseRepeat })}
        // The vault's refusal repeats the policy's words: show them once.
        hint={errors.passphrase === verdict.text ? undefined : <PassphraseFeedback verdict={verdict} />}
        error={errors.passphrase}
      />
      <div role="status" className="visually-hidden">
        {spoken}
      </div>
      <PassphraseField
        label="Herhaal het wachtwoord"
        name="passphraseRepeat"
        autoComplete="new-password"
        value={passphraseRepeat}
        onChange={(event) => onChange({ passphrase, passphraseRepeat: event.target.value })}
        hint={repeat}
        error={errors.passphraseRepeat}
      />
    </>
  )
}
