import { foldExtra } from './search'

/**
 * Subjects are persons and legal entities; objects are addresses, premises,
 * vehicles and vessels. One register holds all three, so a case links them the
 * same way and a decision opens or closes an involvement the same way.
 */
export const subjectKinds = ['persoon', 'rechtspersoon', 'object'] as const
export type SubjectKind = (typeof subjectKinds)[number]

export const subjectKindLabels: Record<SubjectKind, string> = {
  persoon: 'Natuurlijk persoon',
  rechtspersoon: 'Rechtspersoon',
  object: 'Object',
}

export const objectKinds = ['adres', 'pand', 'voertuig', 'vaartuig', 'overig'] as const
export type ObjectKind = (typeof objectKinds)[number]

export const objectKindLabels: Record<ObjectKind, string> = {
  adres: 'Adres',
  pand: 'Pand',
  voertuig: 'Voertuig',
  vaartuig: 'Vaartuig',
  overig: 'Overig object',
}

/** People write "27 12 34 56" or "27.123.456"; the register keeps the eight digits. */
export function normalizeKvk(input: string): string {
  return input.replace(/[\s.]/gu, '')
}

/**
 * A KvK number is eight digits and nothing more: the Kamer van Koophandel
 * issues them in sequence, without a check digit (unlike the RSIN).
 */
export function isValidKvk(kvk: string): boolean {
  return /^\d{8}$/u.test(kvk) && kvk !== '00000000'
}

export const KVK_MESSAGE =
  'Een KvK-nummer bestaat uit precies 8 cijfers, bijvoorbeeld 27123456. Neem het nummer over van het uittreksel.'

/**
 * The key under which two spellings of one name meet: case, accents, dots
 * and extra spaces do not count ("Ömer Yılmaz" ~ "omer yilmaz", "B.V." ~ "BV").
 */
export function nameKey(name: string): string {
  return foldExtra(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
