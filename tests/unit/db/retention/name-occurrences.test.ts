import { describe, expect, it } from 'vitest'
import {
  type FreeTextField,
  findNameOccurrences,
  REPLACEMENT,
  replaceOccurrences,
} from '../../../../db/retention/name-occurrences'

const field = (text: string): FreeTextField => ({
  table: 'case_summary',
  column: 'summary',
  id: 'c1',
  place: 'Samenvatting',
  text,
})
const scrubbed = (text: string, names: string[]) => {
  const found = findNameOccurrences([field(text)], names)
  return replaceOccurrences(text, found)
}

describe('names in free text, for the purge', () => {
  it('replaces exactly the name, also after a letter whose lower case is longer', () => {
    // 'İ' lower-cases to two code units: positions must come from the text itself.
    expect(scrubbed('Melding: İlhan Yılmaz huurt de loods van Yılmaz.', ['İlhan Yılmaz', 'Yılmaz'])).toBe(
      `Melding: ${REPLACEMENT} huurt de loods van ${REPLACEMENT}.`,
    )
  })

  it('matches whole words in any case, the longer name first', () => {
    expect(scrubbed('SMIT belt Jan Smit; Smitshoek en Smith niet.', ['Jan Smit', 'Smit'])).toBe(
      `${REPLACEMENT} belt ${REPLACEMENT}; Smitshoek en Smith niet.`,
    )
  })

  it('takes a name with characters that mean something in a pattern literally', () => {
    expect(scrubbed('Aan Bouw (Holding) B.V. en BouwXHolding', ['Bouw (Holding) B.V.'])).toBe(
      `Aan ${REPLACEMENT} en BouwXHolding`,
    )
  })
})
