import type { ObjectKind } from '../../shared/domain/subject'
import {
  COMPANY_PATTERNS,
  CONSONANTS,
  FIRST_NAMES,
  MOORINGS,
  OTHER_OBJECTS,
  POSTCODE_PREFIX,
  PREMISES,
  STREETS,
  SURNAMES,
  VEHICLES,
  VESSEL_NAMES,
  VESSELS,
  WORDS,
} from './demo-words'
import { fromDay, toDay } from './demo-phases'
import type { Prng } from './prng'

export type DemoSubject =
  | { kind: 'persoon'; name: string; birthDate: string }
  | { kind: 'rechtspersoon'; name: string; kvk: string | null }
  | { kind: 'object'; objectKind: ObjectKind; description: string }

const letters = (rng: Prng, count: number) =>
  Array.from({ length: count }, () => CONSONANTS.charAt(rng.int(0, CONSONANTS.length - 1))).join('')
const digits = (rng: Prng, count: number) => Array.from({ length: count }, () => String(rng.int(0, 9))).join('')

/** Dutch side codes 6 to 11 (e.g. XX-999-X), with consonants only, as real plates are. */
function licencePlate(rng: Prng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `${letters(rng, 2)}-${digits(rng, 3)}-${letters(rng, 1)}`
    case 1:
      return `${digits(rng, 2)}-${letters(rng, 3)}-${digits(rng, 1)}`
    case 2:
      return `${letters(rng, 1)}-${digits(rng, 3)}-${letters(rng, 2)}`
    default:
      return `${letters(rng, 3)}-${digits(rng, 2)}-${letters(rng, 1)}`
  }
}

function address(rng: Prng, gemeente: string): string {
  const postcode = `${POSTCODE_PREFIX[gemeente] ?? '2'.concat(String(rng.int(2, 8)))}${digits(rng, 2)} ${letters(rng, 2)}`
  const suffix = rng.chance(0.15) ? rng.pick(['a', 'b', '-1', '-2', ' bis']) : ''
  return `${rng.pick(STREETS)} ${String(rng.int(1, 240))}${suffix}, ${postcode} ${gemeente}`
}

export class DemoSubjects {
  private readonly kvks = new Set<string>()
  private readonly earliestBirth = toDay('1950-01-01')
  private readonly latestBirth = toDay('2006-12-31')

  constructor(private readonly rng: Prng) {}

  person(): DemoSubject {
    const rng = this.rng
    return {
      kind: 'persoon',
      name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
      birthDate: fromDay(rng.int(this.earliestBirth, this.latestBirth)),
    }
  }

  /** Old numbers carry a chamber prefix (27 Den Haag, 28 Leiden, 29 Gouda); newer ones start at 5 to 9. */
  private kvk(): string {
    for (;;) {
      const kvk = this.rng.chance(0.4)
        ? `${this.rng.pick(['27', '28', '29'])}${digits(this.rng, 6)}`
        : `${String(this.rng.int(5, 9))}${digits(this.rng, 7)}`
      if (!this.kvks.has(kvk)) {
        this.kvks.add(kvk)
        return kvk
      }
    }
  }

  company(): DemoSubject {
    const rng = this.rng
    const name = rng.pick(COMPANY_PATTERNS)(
      rng.pick(WORDS),
      rng
        .pick(SURNAMES)
        .replace(/^(van der|van den|van|de|da|el|ait) /iu, (p) => p.charAt(0).toUpperCase() + p.slice(1)),
    )
    return { kind: 'rechtspersoon', name, kvk: rng.chance(0.92) ? this.kvk() : null }
  }

  object(gemeente: string): DemoSubject {
    const rng = this.rng
    const objectKind = rng.weighted<ObjectKind>([
      ['adres', 35],
      ['pand', 20],
      ['voertuig', 30],
      ['vaartuig', 7],
      ['overig', 8],
    ])
    switch (objectKind) {
      case 'adres':
        return { kind: 'object', objectKind, description: address(rng, gemeente) }
      case 'pand':
        return { kind: 'object', objectKind, description: `${rng.pick(PREMISES)}, ${address(rng, gemeente)}` }
      case 'voertuig':
        return { kind: 'object', objectKind, description: `${rng.pick(VEHICLES)}, kenteken ${licencePlate(rng)}` }
      case 'vaartuig':
        return {
          kind: 'object',
          objectKind,
          description: `${rng.pick(VESSELS)} ‘${rng.pick(VESSEL_NAMES)}’, ligplaats ${rng.pick(MOORINGS)}`,
        }
      case 'overig':
        return {
          kind: 'object',
          objectKind,
          description: `${rng.pick(OTHER_OBJECTS)} nr. ${String(rng.int(1, 400))}, ${rng.pick(STREETS)}, ${gemeente}`,
        }
    }
  }

  any(gemeente: string): DemoSubject {
    const kind = this.rng.weighted([
      ['persoon', 45],
      ['rechtspersoon', 25],
      ['object', 30],
    ] as const)
    return kind === 'persoon' ? this.person() : kind === 'rechtspersoon' ? this.company() : this.object(gemeente)
  }
}
