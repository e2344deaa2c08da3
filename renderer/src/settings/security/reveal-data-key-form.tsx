import { useRef, useState } from 'react'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { CopyButton } from '../../components/copy-button'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { PassphraseField } from '../../components/passphrase-field'
import { useFormSubmit } from '../../lib/use-form-submit'
import { useSession } from '../../stores/session-store'

/**
 * The raw data key, so the vault opens in standard SQLCipher 4 tools: the
 * user's data is never locked into Tafelwerk. Kept only in this component's
 * state, so it disappears when the user leaves the page or the vault locks.
 */
export function RevealDataKeyForm() {
  const vaultRevealDataKey = useVaultMutation('vault:reveal-data-key')
  const loadStatus = useSession((state) => state.loadStatus)
  const [passphrase, setPassphrase] = useState('')
  const [dataKey, setDataKey] = useState<string | null>(null)
  const keyRef = useRef<HTMLDivElement>(null)
  const form = useFormSubmit(
    async () => {
      const { dataKeyHex } = await vaultRevealDataKey.run({ passphrase })
      setPassphrase('')
      setDataKey(dataKeyHex)
      // The vault now knows the key was shown; the card below offers a new one.
      await loadStatus()
      // Move focus to what just appeared, so screen-reader users hear it.
      requestAnimationFrame(() => keyRef.current?.focus())
    },
    { staysOpen: true },
  )

  return (
    <>
      <p>
        Met deze sleutel opent u de kluis buiten Tafelwerk, bijvoorbeeld met DB Browser for SQLite (SQLCipher) of het
        programma <code>sqlcipher</code>. Zo blijven uw gegevens ook zonder Tafelwerk bereikbaar.
      </p>
      <div className="notice notice--warning">
        <p className="notice__title">Let op: deze sleutel opent alles</p>
        <p>
          Wie de sleutel heeft, kan alle gegevens in de kluis lezen en wijzigen, zonder wachtwoord. Toon hem alleen als
          u hem echt nodig hebt, en bewaar hem niet bij het kluisbestand.
        </p>
      </div>
      {dataKey ? (
        <div className="revealed" ref={keyRef} tabIndex={-1} aria-labelledby="data-key-label">
          <p id="data-key-label" className="revealed__label">
            Gegevenssleutel (hexadecimaal, 64 tekens)
          </p>
          <p className="data-key" data-testid="data-key">
            {dataKey}
          </p>
          <p>
            Open het bestand <code>tafelwerk.vault</code> in de gegevensmap van Tafelwerk en geef als eerste opdrachten:
          </p>
          <p>Deze sleutel opent de kluis tot u een nieuwe gegevenssleutel maakt (hieronder).</p>
          <pre className="code-block">{`PRAGMA key = "x'${dataKey}'";\nPRAGMA cipher_compatibility = 4;`}</pre>
          <div className="button-row">
            <CopyButton text={dataKey} label="Sleutel kopiëren" />
            <button type="button" className="button button--secondary" onClick={() => setDataKey(null)}>
              Sleutel verbergen
            </button>
          </div>
        </div>
      ) : (
        <form {...form.props} className="form">
          <FormAlert message={form.errors.message} />
          <PassphraseField
            label="Uw wachtwoord"
            name="passphrase"
            hint="Ter controle dat u het bent."
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            error={form.errors.fieldError('passphrase')}
          />
          <FormActions busy={form.busy} busyLabel="Bezig…" variant="secondary">
            Gegevenssleutel tonen
          </FormActions>
        </form>
      )}
    </>
  )
}
