import type { Dispatch } from '../../db/handlers/dispatch'
import type { Vault } from '../../db/vault/vault'
import type { Input, Output } from '../../shared/contract/index'
import { call, newCase, reference } from './case-fixtures'
import { common, itemValues, section } from './meeting-fixtures'

type Meeting = Output<'meeting:get'>
type DecisionValues = Input<'decision:record'>['values']

/** Names the pseudonymised decision list must never contain (persons, a company, an address). */
export const SUBJECT_NAMES = [
  'Johannes Petrus Verbeek',
  'Sanne de Wit-Koster',
  'Verbeek Vastgoed Holding B.V.',
  'Laan van Zuid 14, Delft',
] as const
/** What only the chair may read; in no exported document. */
export const CHAIR_NOTES = [
  'Voorzittersnotitie: burgemeester wil dit punt kort houden',
  'Voorzittersnotitie: OM vraagt om geheimhouding tot 1 april',
] as const
/** A confidential agenda item's title, which the agenda for participants may withhold. */
export const CONFIDENTIAL_TITLE = 'Signaal Zilveren Anker: ondermijning in de jachthaven'

export const MEETING_DATE = '2026-03-12'

const PARAGRAPHS = [
  'De politie licht het informatiebeeld toe. Uit de gecombineerde informatie van de partners blijkt dat de panden op het bedrijventerrein sinds vorig jaar vaker van eigenaar wisselen, steeds tegen prijzen die ver boven de marktwaarde liggen. De gemeente herkent dit beeld uit de vergunningaanvragen.',
  'De Belastingdienst geeft aan dat de betrokken ondernemingen weinig omzet aangeven in verhouding tot de investeringen. Het OM wijst erop dat het strafrechtelijk onderzoek nog loopt en dat bestuurlijke maatregelen daarmee moeten worden afgestemd, zodat het onderzoek niet wordt doorkruist.',
  'De tafel bespreekt welke interventies het meeste effect hebben. Genoemd worden een Bibob-toets bij de lopende aanvraag voor een exploitatievergunning, een integrale controle door gemeente, politie en NLA, en een fiscaal boekenonderzoek. De partners spreken af de planning in de volgende vergadering te bespreken.',
  'Het RIEC-bureau vat samen: de signalen zijn voldoende concreet om de casus voort te zetten. Een gezamenlijke rapportage volgt vóór de volgende vergadering, met daarin de stand van de interventies per partner en een voorstel voor de communicatie naar de omwonenden.',
]

const notesFor = (index: number, extra = '') =>
  [
    PARAGRAPHS[index % PARAGRAPHS.length] ?? '',
    PARAGRAPHS[(index + 1) % PARAGRAPHS.length] ?? '',
    '- Gemeente: stand vergunningen en meldingen\n- Politie: aanvulling informatiebeeld\n- Belastingdienst: fiscale positie van de ondernemingen',
    PARAGRAPHS[(index + 2) % PARAGRAPHS.length] ?? '',
    extra,
  ]
    .filter(Boolean)
    .join('\n\n')

/** A finished item: the seed is a meeting that was held. */
const item = (values: Partial<Input<'agenda:add'>['values']>) =>
  itemValues({ title: 'Punt', status: 'besproken', ...values })

export interface SeededMeeting {
  meeting: Meeting
  decisions: Output<'decision:record'>[]
  /** Partner names of everyone whose attendance was recorded. */
  partnerNames: string[]
}

/**
 * A realistic OMT D meeting, made only through the dispatcher (as the screens
 * would): two cases, subjects with names, a meeting from the default
 * template, attendance, notes per item, chair notes, a confidential item,
 * decisions of several types, and action items. `extraItems` adds agenda
 * items with multi-paragraph notes, for the 30-page benchmark.
 */
export async function seedMeeting(
  dispatch: Dispatch,
  vault: Vault,
  options: { extraItems?: number; tableCode?: string } = {},
): Promise<SeededMeeting> {
  const ref = await reference(vault)
  const table = options.tableCode ?? 'D'
  const send = <C extends Parameters<typeof call>[1]>(channel: C, input: Input<C>) => call(dispatch, channel, input)
  const haven = await send(
    'case:create',
    newCase(ref, {
      alias: 'Stille Haven',
      tableId: ref.table(table),
      registeredOn: '2026-01-10',
      retentionUntil: '2031-01-10',
    }),
  )
  const anker = await send(
    'case:create',
    newCase(ref, {
      alias: 'Zilveren Anker',
      tableId: ref.table(table),
      registeredOn: '2026-02-02',
      retentionUntil: '2031-02-02',
    }),
  )

  const created = await send('meeting:create', {
    tableId: ref.table(table),
    values: {
      date: MEETING_DATE,
      startTime: '14:00',
      location: 'Stadhuis Delft, Raadzaal',
      chair: 'Burgemeester M. Jansen',
      secretary: 'Fatima el Amrani',
      numberPrefix: '',
    },
    source: 'sjabloon',
  })
  const sectionOf = (type: string) => section(created, type).id
  const add = async (parentId: string | null, values: Input<'agenda:add'>['values']) =>
    (await send('agenda:add', { meetingId: created.id, parentId, position: null, values })).item.id

  for (const [index, entry] of created.items.entries()) {
    await send('agenda:update', {
      id: entry.id,
      values: item({
        title: entry.title,
        type: entry.type,
        durationMinutes: entry.durationMinutes,
        confidential: entry.confidential,
        notes:
          entry.type === 'opening'
            ? 'De voorzitter opent de vergadering en heet de aanwezigen welkom. Er zijn geen aanvullingen op de agenda.'
            : notesFor(index),
        chairNotes: index === 0 ? CHAIR_NOTES[0] : '',
      }),
    })
  }
  const signal = await add(
    sectionOf('signalen'),
    item({
      title: CONFIDENTIAL_TITLE,
      type: 'signalen',
      caseId: anker.id,
      confidential: true,
      durationMinutes: 15,
      notes: notesFor(1),
      chairNotes: CHAIR_NOTES[1],
      presenterPartnerId: ref.partner('Politie'),
    }),
  )
  const progress = await add(
    sectionOf('voortgang'),
    item({
      title: `${haven.code} Stille Haven`,
      type: 'voortgang',
      caseId: haven.id,
      confidential: true,
      durationMinutes: 20,
      notes: notesFor(2),
      presenterPartnerId: ref.partner('Gemeente'),
    }),
  )
  const extraItems: string[] = []
  for (let extra = 0; extra < (options.extraItems ?? 0); extra++) {
    const more = [3, 0, 1].map((offset) => PARAGRAPHS[(extra + offset) % PARAGRAPHS.length] ?? '').join('\n\n')
    extraItems.push(
      await add(
        sectionOf('voortgang'),
        item({
          title: `Voortgang deelonderzoek ${String(extra + 1)}: vastgoedtransacties en vergunningen`,
          type: 'voortgang',
          durationMinutes: 5,
          notes: notesFor(extra, more),
        }),
      ),
    )
  }

  const decide = (agendaItemId: string, values: DecisionValues) => send('decision:record', { agendaItemId, values })
  const decisions = [
    await decide(signal, { ...common, type: 'start-analyse', caseId: anker.id }),
    await decide(progress, { ...common, type: 'start-analyse', caseId: haven.id }),
    await decide(progress, { ...common, type: 'start-casus', caseId: haven.id, caseKind: 'betekenisvol' }),
    await decide(progress, {
      ...common,
      type: 'subject-toevoegen',
      caseId: haven.id,
      subjects: [
        { kind: 'persoon', name: SUBJECT_NAMES[0], birthDate: '1971-05-04' },
        { kind: 'persoon', name: SUBJECT_NAMES[1], birthDate: null },
        { kind: 'rechtspersoon', name: SUBJECT_NAMES[2], kvk: '27123456' },
        { kind: 'object', objectKind: 'adres', description: SUBJECT_NAMES[3] },
      ],
    }),
    await decide(progress, {
      ...common,
      type: 'overig',
      caseId: haven.id,
      text: `De Belastingdienst brengt de vermogenspositie van Johannes Petrus Verbeek en van Verbeek Vastgoed Holding B.V. (KvK 27123456) in kaart en rapporteert in de volgende vergadering.`,
    }),
  ]

  // The long meeting of the benchmark: every extra item ends with a decision and an action, as real ones do.
  for (const [index, extraItem] of extraItems.entries()) {
    const decision = await decide(extraItem, {
      ...common,
      type: 'overig',
      caseId: null,
      text: `De OMT neemt kennis van de voortgang van deelonderzoek ${String(index + 1)} en vraagt de partners de resultaten van de controles in de volgende vergadering te presenteren.`,
    })
    await send('action:create', {
      meetingId: created.id,
      agendaItemId: extraItem,
      decisionId: decision.id,
      values: {
        text: `Resultaten controles deelonderzoek ${String(index + 1)} delen met de tafel`,
        ownerPartnerId: ref.partner('Gemeente'),
        ownerPerson: null,
        dueDate: '2026-04-09',
        caseId: null,
      },
    })
  }

  const action = (
    agendaItemId: string | null,
    decisionId: string | null,
    text: string,
    partner: string,
    person: string | null,
    dueDate: string | null,
  ) =>
    send('action:create', {
      meetingId: created.id,
      agendaItemId,
      decisionId,
      values: { text, ownerPartnerId: ref.partner(partner), ownerPerson: person, dueDate, caseId: haven.id },
    })
  await action(
    progress,
    decisions[4]?.id ?? null,
    'Rapportage vermogenspositie aanleveren bij het RIEC-bureau',
    'Belastingdienst',
    'K. Smit',
    '2026-04-02',
  )
  await action(progress, null, 'Bibob-toets starten voor de exploitatievergunning', 'Gemeente', null, '2026-03-26')
  await action(
    signal,
    null,
    'Informatiebeeld Zilveren Anker aanvullen met havengegevens',
    'Politie',
    'Inspecteur R. Bos',
    null,
  )

  const attendance = await send('attendance:list', { meetingId: created.id })
  const present: Record<string, [status: 'aanwezig' | 'afgemeld' | 'afwezig', person: string | null]> = {
    Gemeente: ['aanwezig', 'M. de Boer'],
    Politie: ['aanwezig', 'Inspecteur R. Bos'],
    OM: ['aanwezig', 'mr. L. Visser'],
    Belastingdienst: ['aanwezig', 'K. Smit'],
    RIEC: ['aanwezig', 'J. Hendriks'],
    Provincie: ['afgemeld', null],
    UWV: ['afgemeld', 'P. Mulder'],
    Douane: ['afwezig', null],
  }
  const partnerNames: string[] = []
  for (const attendee of attendance.rows) {
    const recorded = attendee.partner ? present[attendee.partner.shortName] : undefined
    if (!recorded || !attendee.partner) continue
    await send('attendance:update', {
      id: attendee.id,
      values: { kind: 'partner', partnerId: attendee.partner.id, personName: recorded[1], status: recorded[0] },
    })
    partnerNames.push(attendee.partner.name)
  }
  await send('attendance:add', {
    meetingId: created.id,
    values: { kind: 'gast', personName: 'Dr. A. Kaya', organisation: 'Universiteit Leiden', status: 'aanwezig' },
  })
  return { meeting: await send('meeting:get', { id: created.id }), decisions, partnerNames }
}

/** A meeting of the table with no agenda items at all. */
export async function seedEmptyMeeting(dispatch: Dispatch, vault: Vault): Promise<Meeting> {
  const ref = await reference(vault)
  return call(dispatch, 'meeting:create', {
    tableId: ref.table('E'),
    values: { date: '2026-04-09', startTime: '10:00', location: '', chair: null, secretary: null, numberPrefix: '' },
    source: 'leeg',
  })
}
