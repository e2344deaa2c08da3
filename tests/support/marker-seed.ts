import type { Dispatch } from '../../db/handlers/dispatch'
import type { Vault } from '../../db/vault/vault'
import type { Input } from '../../shared/contract/index'
import { call, newCase, newIntervention, reference } from './case-fixtures'
import { common, decisionInput, itemValues, section } from './meeting-fixtures'

/**
 * Every marker starts with these words. A PDF's text may break a line at
 * the hyphen, so a test looks for each word on its own as well.
 */
export const MARKER_WORDS = ['Zwartwoud', 'MARKER'] as const
const marker = (n: number, what: string) => `Zwartwoud-MARKER-${String(n)} ${what}`

/** The period the seeded cases fall in, and the scope that holds them. */
export const MARKER_PERIOD = { from: '2026-01-01', to: '2026-06-30' } as const

/**
 * A table D full of names and free text that no report may carry: subject
 * names, object descriptions, case aliases, summaries and directors, agenda
 * notes and chair notes, decision texts and reasons, intervention results,
 * action texts and owners, attendance names, guests, chair, secretary and
 * place. Made only through the dispatcher, as the screens would. Enough
 * cases (seven, in several phases) that the report shows numbers, not only
 * "<5".
 */
export async function seedMarkers(dispatch: Dispatch, vault: Vault): Promise<{ districtId: string }> {
  const ref = await reference(vault)
  const send = <C extends Parameters<typeof call>[1]>(channel: C, input: Input<C>) => call(dispatch, channel, input)
  let n = 0
  const next = (what: string) => marker(++n, what)

  const meeting = await send('meeting:create', {
    tableId: ref.table('D'),
    values: {
      date: '2026-03-12',
      startTime: '14:00',
      location: next('Raadzaal'),
      chair: next('voorzitter'),
      secretary: next('secretaris'),
      numberPrefix: '',
    },
    source: 'sjabloon',
  })
  const voortgang = section(meeting, 'voortgang').id
  const cases: string[] = []
  for (let index = 0; index < 7; index++) {
    const created = await send(
      'case:create',
      newCase(ref, {
        alias: next('alias'),
        caseDirector: next('casusregisseur'),
        summary: `## Aanleiding\n${next('samenvatting')}`,
        kind: index % 2 === 0 ? 'lokaal' : 'betekenisvol',
        leadPartnerId: ref.partner(index % 3 === 0 ? 'Politie' : 'Gemeente'),
        registeredOn: `2026-0${String(1 + (index % 2))}-1${String(index)}`,
        retentionUntil: '2031-01-10',
      }),
    )
    cases.push(created.id)
    const { item: added } = await send('agenda:add', {
      meetingId: meeting.id,
      parentId: voortgang,
      position: null,
      values: itemValues({
        title: next('agendapunt'),
        type: 'voortgang',
        caseId: created.id,
        confidential: true,
        notes: next('notitie'),
        chairNotes: next('voorzittersnotitie'),
        status: 'besproken',
      }),
    })
    const item = added.id
    const decide = (values: Input<'decision:record'>['values']) =>
      send('decision:record', { agendaItemId: item, values })
    await decide({ ...common, type: 'start-analyse', caseId: created.id, text: next('besluittekst') })
    await decide({
      ...common,
      type: 'subject-toevoegen',
      caseId: created.id,
      subjects: [
        { kind: 'persoon', name: next('persoon'), birthDate: '1971-05-04' },
        { kind: 'rechtspersoon', name: next('B.V.'), kvk: null },
        { kind: 'object', objectKind: 'adres', description: next('adres') },
      ],
    })
    await decide({ ...common, type: 'overig', caseId: created.id, text: next('overig besluit') })
    if (index < 5) await decide({ ...common, type: 'start-casus', caseId: created.id, caseKind: 'lokaal' })
    if (index === 5)
      await decide({ ...common, type: 'niet-starten', caseId: created.id, reason: next('reden niet starten') })
    if (index < 2) {
      await decide({ ...common, type: 'plan-van-aanpak', caseId: created.id })
      await decide({ ...common, type: 'evaluatie', caseId: created.id })
      await decide(decisionInput('afsluiten', created.id, { reason: next('reden afsluiten') }))
    }
    await send('intervention:create', {
      caseId: created.id,
      values: newIntervention(ref, {
        partnerId: ref.partner(index % 2 === 0 ? 'Gemeente' : 'Politie'),
        startedOn: '2026-03-01',
        result: next('resultaat interventie'),
        amountCents: 1_250_000 * (index + 1),
      }),
    })
    await send('action:create', {
      meetingId: meeting.id,
      agendaItemId: item,
      decisionId: null,
      values: {
        text: next('actiepunt'),
        ownerPartnerId: ref.partner('Gemeente'),
        ownerPerson: next('eigenaar'),
        dueDate: '2026-04-02',
        caseId: created.id,
      },
    })
  }

  const attendance = await send('attendance:list', { meetingId: meeting.id })
  for (const attendee of attendance.rows) {
    if (!attendee.partner) continue
    await send('attendance:update', {
      id: attendee.id,
      values: { kind: 'partner', partnerId: attendee.partner.id, personName: next('aanwezige'), status: 'aanwezig' },
    })
  }
  await send('attendance:add', {
    meetingId: meeting.id,
    values: { kind: 'gast', personName: next('gast'), organisation: next('organisatie'), status: 'aanwezig' },
  })

  const district = await vault.db
    .selectFrom('omt_table')
    .select('district_id')
    .where('id', '=', ref.table('D'))
    .executeTakeFirstOrThrow()
  if (!district.district_id) throw new Error('table D has no district')
  return { districtId: district.district_id }
}
