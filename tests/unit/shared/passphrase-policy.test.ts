import { describe, expect, it } from 'vitest'
import { passphraseProblem } from '../../../shared/domain/passphrase-policy'

describe('passphrase policy', () => {
  it.each([
    ['kort', 'too-short'],
    ['elf tekens!', 'too-short'],
    ['wachtwoord123', 'common'],
    ['Welkom2024!!', 'common'],
    ['123456789012', 'common'],
    ['qwertyuiop12', 'common'],
    ['welkomwelkom', 'common'],
    ['aaaaaaaaaaaaaa', 'repetitive'],
    ['abababababab', 'repetitive'],
  ])('refuses %s (%s)', (passphrase, problem) => {
    expect(passphraseProblem(passphrase)).toBe(problem)
  })

  it.each(['de kat zit op de vensterbank', 'Fietsen langs het Spaarne', 'paars-olifant-regen-7'])(
    'accepts %s',
    (passphrase) => {
      expect(passphraseProblem(passphrase)).toBeNull()
    },
  )

  it('counts characters, not UTF-16 units', () => {
    expect(passphraseProblem('ééééééééééé')).toBe('too-short')
  })
})
