import { describe, expect, it } from 'vitest'
import { csvField, csvLines } from '../../../../../db/exports/district-report/csv-field'

describe('csvField (RFC 4180, ";" separated)', () => {
  it('leaves a plain field as it is', () => {
    expect(csvField('Politie')).toBe('Politie')
    expect(csvField('<5')).toBe('<5')
    expect(csvField('€ 125.000')).toBe('€ 125.000')
    expect(csvField('')).toBe('')
  })

  it('quotes a field holding the separator, a quote or a line break, doubling quotes', () => {
    expect(csvField('Gemeente; Delft')).toBe('"Gemeente; Delft"')
    expect(csvField('de "grote" zaak')).toBe('"de ""grote"" zaak"')
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"')
    expect(csvField('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"')
    expect(csvField('"')).toBe('""""')
  })

  it('does not quote a comma: the separator is ";"', () => {
    expect(csvField('12,5')).toBe('12,5')
  })

  it('keeps a spreadsheet from running a text as a formula, but leaves a negative number alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('+31 70')).toBe("'+31 70")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-3')).toBe('-3')
    expect(csvField('-12,5')).toBe('-12,5')
  })

  it('joins fields with ";" and ends every line with CRLF', () => {
    expect(csvLines([['a', 'b;c'], [], ['d']])).toBe('a;"b;c"\r\n\r\nd\r\n')
  })
})
