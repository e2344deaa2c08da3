/**
 * Passphrase rules, shared so the form can explain them while typing and the
 * vault enforces the same rules. Length beats complexity rules (NIST SP 800-63B):
 * at least 12 characters, and not one of the passwords attackers try first.
 */
export const MIN_PASSPHRASE_LENGTH = 12

// The most used passwords worldwide and in Dutch (after stripping digits and
// punctuation at the ends), plus words an attacker tries for this application.
const COMMON = new Set([
  'password',
  'passw0rd',
  'wachtwoord',
  'welkom',
  'welkom01',
  'qwerty',
  'qwertyuiop',
  'azerty',
  'abc',
  'abcdef',
  'letmein',
  'iloveyou',
  'admin',
  'administrator',
  'welcome',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'master',
  'sunshine',
  'princess',
  'trustno',
  'whatever',
  'starwars',
  'superman',
  'batman',
  'shadow',
  'michael',
  'jennifer',
  'hello',
  'hallo',
  'geheim',
  'wachtwoordje',
  'voetbal',
  'ajax',
  'feyenoord',
  'psv',
  'nederland',
  'holland',
  'amsterdam',
  'rotterdam',
  'denhaag',
  'leiden',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'tafelwerk',
  'ondermijning',
  'ondermijningstafel',
  'riec',
  'politie',
  'gemeente',
  'changeme',
  'secret',
  'default',
  'test',
  'testtest',
  'login',
  'zaq',
  'zxcvbnm',
  'asdfghjkl',
  'qazwsx',
  'password password',
  'correct horse battery staple',
])

export type PassphraseProblem = 'too-short' | 'common' | 'repetitive'

export const passphraseProblemMessages: Record<PassphraseProblem, string> = {
  'too-short': `Gebruik minstens ${MIN_PASSPHRASE_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`,
  common: 'Dit wachtwoord wordt veel gebruikt en is snel te raden. Kies iets persoonlijks.',
  repetitive: 'Dit wachtwoord bestaat uit herhaalde tekens en is snel te raden.',
}

function core(passphrase: string): string {
  return passphrase
    .toLowerCase()
    .replace(/^[\d\W_]+|[\d\W_]+$/gu, '')
    .trim()
}

export function passphraseProblem(passphrase: string): PassphraseProblem | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'too-short'
  if (new Set(passphrase.toLowerCase()).size <= 3) return 'repetitive'
  const stripped = core(passphrase)
  // Only digits and punctuation ("123456789012") strips to nothing.
  if (stripped.length === 0 || COMMON.has(stripped)) return 'common'
  // "wachtwoordwachtwoord", "welkomwelkom": a common word repeated.
  for (const word of COMMON) {
    if (word.length >= 3 && stripped === word.repeat(Math.round(stripped.length / word.length))) return 'common'
  }
  return null
}
