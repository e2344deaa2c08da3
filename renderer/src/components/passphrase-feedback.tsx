import {
  MIN_PASSPHRASE_LENGTH,
  passphraseProblem,
  passphraseProblemMessages,
} from '../../../shared/domain/passphrase-policy'
import { cx } from '../lib/class-names'

type Verdict = { tone: 'neutral' | 'warning' | 'ok'; text: string }

/** The same policy the vault enforces, explained while typing. */
export function passphraseVerdict(passphrase: string): Verdict {
  if (passphrase === '') {
    return {
      tone: 'neutral',
      text: `Gebruik minstens ${MIN_PASSPHRASE_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`,
    }
  }
  const problem = passphraseProblem(passphrase)
  if (problem === 'too-short') {
    const missing = MIN_PASSPHRASE_LENGTH - [...passphrase].length
    return {
      tone: 'neutral',
      text: `Nog ${missing} ${missing === 1 ? 'teken' : 'tekens'} nodig (minstens ${MIN_PASSPHRASE_LENGTH}).`,
    }
  }
  if (problem) return { tone: 'warning', text: passphraseProblemMessages[problem] }
  return { tone: 'ok', text: 'Dit wachtwoord is sterk genoeg.' }
}

/** Shown as the field's hint (so it is read with the field) and updated per keystroke. */
export function PassphraseFeedback({ verdict }: { verdict: Verdict }) {
  return (
    <span className={cx('feedback', `feedback--${verdict.tone}`)}>
      {verdict.tone === 'ok' ? <span aria-hidden="true">✓ </span> : null}
      {verdict.text}
    </span>
  )
}
