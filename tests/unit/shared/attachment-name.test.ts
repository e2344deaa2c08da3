import { describe, expect, it } from 'vitest'
import { hasInvisibleOrSteering, visibleFileName } from '../../../shared/domain/attachment'

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index)

describe('file names with invisible or steering characters', () => {
  it('finds every control character (C0, DEL, C1) and every direction mark, anywhere in the name', () => {
    const refused = [
      ...range(0x00, 0x1f),
      0x7f,
      ...range(0x80, 0x9f),
      0x061c,
      0x200e,
      0x200f,
      0x2028,
      0x2029,
      ...range(0x202a, 0x202e),
      ...range(0x2066, 0x2069),
    ]
    for (const code of refused) {
      const character = String.fromCodePoint(code)
      expect(hasInvisibleOrSteering(`factuur${character}fdp.exe`), hex(code)).toBe(true)
      expect(hasInvisibleOrSteering(`${character}plan.pdf`), hex(code)).toBe(true)
    }
  })

  it('accepts ordinary names in any script, with accents, spaces and emoji', () => {
    for (const name of [
      'Plan van aanpak.pdf',
      'Café Ünal – notulen (concept).docx',
      'تقرير.pdf',
      'דוח.pdf',
      'foto 👨‍👩‍👧.jpg',
      'ﬁnanciën_2026.xlsx',
    ]) {
      expect(hasInvisibleOrSteering(name), name).toBe(false)
    }
  })

  it('shows each such character as a visible mark in its place, for messages', () => {
    expect(visibleFileName('factuur\u202Efdp.exe')).toBe('factuur\uFFFDfdp.exe')
    expect(visibleFileName('a\u2066b\u2069\u0007.pdf')).toBe('a\uFFFDb\uFFFD\uFFFD.pdf')
    expect(visibleFileName('Plan van aanpak.pdf')).toBe('Plan van aanpak.pdf')
  })
})
