import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportModel } from '../../../../shared/contract/export.contract'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call, refuse } from '../../../support/case-fixtures'
import {
  CHAIR_NOTES,
  CONFIDENTIAL_TITLE,
  type SeededMeeting,
  SUBJECT_NAMES,
  seedEmptyMeeting,
  seedMeeting,
} from '../../../support/export-seed'

let made: TempVault
let seeded: SeededMeeting
beforeAll(async () => {
  made = await tempVault()
  seeded = await seedMeeting(made.dispatch, made.vault)
})
afterAll(() => made.cleanup())

const model = (document: 'verslag' | 'besluitenlijst' | 'agenda', variant: string) =>
  call(made.dispatch, 'export:document', { meetingId: seeded.meeting.id, document, variant: variant as 'volledig' })

describe('export:document', () => {
  it('builds the minutes with attendance, notes, decisions and actions, and never the chair notes', async () => {
    const minutes = await model('verslag', 'volledig')
    if (minutes.document !== 'verslag') throw new Error('wrong document')
    expect(minutes.head).toMatchObject({ confidential: true, concept: true, fileBaseName: 'Verslag OMT D 2026-03-12' })
    expect(minutes.attendance.map((group) => group.label)).toEqual([
      'Aanwezig',
      'Afgemeld',
      'Afwezig zonder afmelding',
      'Geen aanwezigheid vastgelegd',
    ])
    expect(minutes.attendance[0]?.rows.map((row) => row.organisation)).toContain('Universiteit Leiden')
    const codes = minutes.items.flatMap((item) => item.decisions.map((decision) => decision.code))
    expect(codes).toEqual(seeded.decisions.map((decision) => decision.code))
    expect(minutes.items.flatMap((item) => item.actions)).toHaveLength(3)
    expect(minutes.openActions).toHaveLength(3)
    expect(minutes.toc.map((entry) => entry.label)).toContain(
      `${seeded.meeting.items[0]?.number ?? ''} ${seeded.meeting.items[0]?.title ?? ''}`,
    )
    expect(JSON.stringify(minutes)).not.toMatch(/Voorzittersnotitie/u)
  })

  it('pseudonymises the decision list in the vault: no subject name, letters per case', async () => {
    const list: ExportModel = await model('besluitenlijst', 'gepseudonimiseerd')
    if (list.document !== 'besluitenlijst') throw new Error('wrong document')
    const text = JSON.stringify(list)
    for (const name of [...SUBJECT_NAMES, 'Verbeek', '27123456']) expect(text).not.toContain(name)
    const added = list.decisions.find((decision) => decision.typeLabel === 'Subject/object toevoegen')
    expect(added?.effects).toEqual(
      expect.arrayContaining([
        'Toegevoegd: subject A (natuurlijk persoon)',
        'Toegevoegd: subject B (natuurlijk persoon)',
        'Toegevoegd: subject C (rechtspersoon)',
        'Toegevoegd: object A (object)',
      ]),
    )
    expect(list.decisions.at(-1)?.text).toBe(
      'De Belastingdienst brengt de vermogenspositie van subject A en van subject C (KvK [KvK-nummer weggelaten]) in kaart en rapporteert in de volgende vergadering.',
    )
    const full = JSON.stringify(await model('besluitenlijst', 'volledig'))
    for (const name of SUBJECT_NAMES) expect(full).toContain(name)
  })

  it('gives the participants the agenda with, without or with withheld confidential items, never chair notes', async () => {
    const titles = async (variant: string) => {
      const agenda = await model('agenda', variant)
      if (agenda.document !== 'agenda') throw new Error('wrong document')
      expect(JSON.stringify(agenda)).not.toMatch(
        new RegExp(CHAIR_NOTES.map((note) => note.slice(0, 30)).join('|'), 'u'),
      )
      return agenda.items.map((item) => item.title)
    }
    expect(await titles('met-vertrouwelijk')).toContain(CONFIDENTIAL_TITLE)
    const withheld = await titles('vertrouwelijk-verborgen')
    expect(withheld).not.toContain(CONFIDENTIAL_TITLE)
    expect(withheld).toContain('Vertrouwelijk agendapunt')
    const without = await titles('zonder-vertrouwelijk')
    expect(without).not.toContain(CONFIDENTIAL_TITLE)
    expect(without).not.toContain('Vertrouwelijk agendapunt')
    expect(without.length).toBeLessThan(withheld.length)
  })

  it('refuses a meeting without agenda in Dutch, and a variant that does not fit the document', async () => {
    const empty = await seedEmptyMeeting(made.dispatch, made.vault)
    const error = await refuse(made.dispatch, 'export:document', {
      meetingId: empty.id,
      document: 'verslag',
      variant: 'volledig',
    })
    expect(error).toEqual({
      code: 'EXPORT_EMPTY',
      message: 'Deze vergadering heeft nog geen agenda. Voeg eerst agendapunten toe en exporteer dan opnieuw.',
    })
    const mismatch = await refuse(made.dispatch, 'export:document', {
      meetingId: seeded.meeting.id,
      document: 'verslag',
      variant: 'gepseudonimiseerd',
    })
    expect(mismatch.fields).toEqual({
      variant: 'Deze variant hoort niet bij dit document. Kies een variant uit de lijst.',
    })
  })

  it('answers UNKNOWN_CHANNEL for export:save outside Electron', async () => {
    const error = await refuse(made.dispatch, 'export:save', {
      meetingId: seeded.meeting.id,
      document: 'verslag',
      variant: 'volledig',
      format: 'pdf',
    })
    expect(error.code).toBe('UNKNOWN_CHANNEL')
  })
})
