import { OmtError } from '../../shared/contract/errors'
import { passphraseProblem, passphraseProblemMessages } from '../../shared/domain/passphrase-policy'

/** A passphrase being set (create, recover, change): strong enough, and typed the same twice. */
export function assertNewPassphrase(passphrase: string, repeat: string): void {
  const problem = passphraseProblem(passphrase)
  if (problem) {
    throw new OmtError('WEAK_PASSPHRASE', passphraseProblemMessages[problem], {
      passphrase: passphraseProblemMessages[problem],
    })
  }
  if (passphrase !== repeat) {
    throw new OmtError('PASSPHRASE_MISMATCH', undefined, { passphraseRepeat: 'Typ hetzelfde wachtwoord nog een keer.' })
  }
}
