import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Output } from '../../../../shared/contract/index'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import {
  call,
  caseInPhase,
  createMeeting,
  itemValues,
  type Reference,
  reference,
  refuse,
  section,
} from '../../../support/meeting-fixtures'

let made: TempVault
let ref: Reference
let first: Output<'meeting:get'>
const ids: Record<string, string> = {}
const action = (text: string, overrides: Record<string, unknown> = {}) => ({
  meetingId: first.id,
  agendaItemId: null,
  decisionId: null,
  values: {
    text,
    ownerPartnerId: ref.partner('Politie'),
    ownerPerson: null,
    dueDate: '2025-04-01',
    caseId: null,
    ...overrides,
  },
})

/**
 * The first meeting: cases under their sections (one decided, one closed, one
 * held over), a held-over top-level item and a held-over standard section,
 * notes everywhere, a guest, and actions open and done.
 */
beforeAll(async () => {
  made = await tempVault()
  ref = await reference(made.vault)
  const meeting = await createMeeting(made.dispatch, ref, { date: '2025-03-12', numberPrefix: 'A' })
  const started = await caseInPhase(
    made.dispatch,
    ref,
    meeting.id,
    section(meeting, 'start-casus').id,
    'gestart',
    'Gestart Deze Keer',
  )
  await call(made.dispatch, 'agenda:set-status', { id: started.itemId, status: 'besproken' })
  const running = await caseInPhase(
    made.dispatch,
    ref,
    meeting.id,
    section(meeting, 'voortgang').id,
    'uitvoering',
    'Loopt Door',
  )
  const held = await caseInPhase(
    made.dispatch,
    ref,
    meeting.id,
    section(meeting, 'voortgang').id,
    'uitvoering',
    'Aangehouden Punt',
  )
  await call(made.dispatch, 'agenda:set-status', { id: held.itemId, status: 'aangehouden' })
  const closed = await caseInPhase(
    made.dispatch,
    ref,
    meeting.id,
    section(meeting, 'afsluiting').id,
    'afgesloten',
    'Klaar',
  )
  const extra = await call(made.dispatch, 'agenda:add', {
    meetingId: meeting.id,
    parentId: null,
    position: 10,
    values: itemValues({ title: 'Presentatie HEIT', status: 'aangehouden', notes: 'Geen tijd meer.' }),
  })
  await call(made.dispatch, 'agenda:set-status', {
    id: section(meeting, 'handhavingsknelpunten').id,
    status: 'aangehouden',
  })
  await call(made.dispatch, 'agenda:set-text', { id: running.itemId, field: 'notes', text: 'Politie meldt voortgang.' })
  await call(made.dispatch, 'agenda:set-text', {
    id: running.itemId,
    field: 'chairNotes',
    text: 'Vragen naar de planning.',
  })
  await call(made.dispatch, 'attendance:add', {
    meetingId: meeting.id,
    values: { kind: 'gast', personName: 'Mr. De Wit', organisation: 'Omgevingsdienst Haaglanden', status: 'aanwezig' },
  })
  await call(made.dispatch, 'attendance:set-status', { id: meeting.attendance[0]?.id ?? '', status: 'afgemeld' })
  first = await call(made.dispatch, 'meeting:get', { id: meeting.id })
  ids.open = (
    await call(made.dispatch, 'action:create', action('Politie levert informatiebeeld aan', { caseId: running.caseId }))
  ).id
  ids.done = (await call(made.dispatch, 'action:create', action('Gemeente plant controle'))).id
  await call(made.dispatch, 'action:set-status', { id: ids.done, status: 'gereed', on: '2025-03-20' })
  Object.assign(ids, {
    started: started.itemId,
    running: running.itemId,
    held: held.itemId,
    closed: closed.itemId,
    extra: extra.item.id,
    runningCase: running.caseId,
  })
})
afterAll(() => made.cleanup())

describe('a copy of the previous meeting', () => {
  let copy: Output<'meeting:create'>

  it('copies the agenda without notes or outcomes, leaving out what was decided or has ended', async () => {
    copy = await createMeeting(made.dispatch, ref, { date: '2025-04-09', numberPrefix: '' }, 'vorige')
    const shape = (meeting: Output<'meeting:get'>) => meeting.items.map((item) => [item.number, item.title])
    expect(shape(copy)).toEqual([
      ['1', 'Opening en mededelingen'],
      ['2', 'Vaststellen verslag en besluitenlijst vorige vergadering'],
      ['3', 'Actielijst'],
      ['4', 'Nieuwe signalen'],
      ['5', 'Voorstellen start casus'],
      ['6', 'Voortgang lopende casussen'],
      ['6.1', expect.stringMatching(/Loopt Door$/u) as unknown],
      ['6.2', expect.stringMatching(/Aangehouden Punt$/u) as unknown],
      ['7', 'Wijziging subjecten/objecten'],
      ['8', 'Voorstellen afsluiting'],
      ['9', 'Handhavingsknelpunten'],
      ['10', 'Presentatie HEIT'],
      ['11', 'Rondvraag en sluiting'],
    ])
    expect(
      copy.items.every(
        (item) =>
          item.notes === '' && item.chairNotes === '' && item.status === 'gepland' && item.decisions.length === 0,
      ),
    ).toBe(true)
    const running = copy.items.find((item) => item.number === '6.1')
    expect(running).toMatchObject({
      case: { id: ids.runningCase },
      confidential: true,
      durationMinutes: 10,
      carriedOverFrom: null,
    })
  })

  it('marks the items held over as carried over, with where they came from', () => {
    const carried = copy.items
      .filter((item) => item.carriedOverFrom !== null)
      .map((item) => [item.number, item.carriedOverFrom])
    expect(carried).toEqual([
      ['6.2', { agendaItemId: ids.held, meetingId: first.id, meetingDate: '2025-03-12' }],
      [
        '9',
        { agendaItemId: section(first, 'handhavingsknelpunten').id, meetingId: first.id, meetingDate: '2025-03-12' },
      ],
      ['10', { agendaItemId: ids.extra, meetingId: first.id, meetingDate: '2025-03-12' }],
    ])
  })

  it('invites the same people, attendance not yet recorded', () => {
    expect(
      copy.attendance.map((a) => [a.kind, a.partner?.shortName ?? a.organisation, a.personName, a.status]),
    ).toEqual(first.attendance.map((a) => [a.kind, a.partner?.shortName ?? a.organisation, a.personName, null]))
  })

  it('shows the open actions as carried over, not the finished ones', async () => {
    expect(copy.actionList.map((a) => [a.id, a.carriedOver, a.status])).toEqual([[ids.open, true, 'open']])
    const own = await call(made.dispatch, 'action:create', {
      meetingId: copy.id,
      agendaItemId: null,
      decisionId: null,
      values: {
        text: 'Nieuw',
        ownerPartnerId: ref.partner('OM'),
        ownerPerson: 'Mr. Smit',
        dueDate: null,
        caseId: null,
      },
    })
    const again = await call(made.dispatch, 'meeting:get', { id: copy.id })
    expect(again.actionList.map((a) => [a.id, a.carriedOver])).toEqual([
      [ids.open, true],
      [own.id, false],
    ])
    // The first meeting's own list shows what was agreed there, done or not.
    expect((await call(made.dispatch, 'meeting:get', { id: first.id })).actionList.map((a) => a.id).sort()).toEqual(
      [ids.open, ids.done].sort(),
    )
  })

  it('does not carry an item over twice', async () => {
    const third = await createMeeting(made.dispatch, ref, { date: '2025-04-09', startTime: '16:00' }, 'sjabloon')
    expect(third.items.filter((item) => item.carriedOverFrom !== null)).toEqual([])
  })
})

describe('a meeting from the template carries over too', () => {
  it('puts held-over items in their section and marks a held-over standard section', async () => {
    const before = await createMeeting(made.dispatch, ref, { date: '2025-03-12' }, 'sjabloon', 'E')
    const { itemId } = await caseInPhase(
      made.dispatch,
      ref,
      before.id,
      section(before, 'voortgang').id,
      'signaal',
      'Andere Tafel',
    )
    await call(made.dispatch, 'agenda:update', {
      id: itemId,
      values: itemValues({ title: 'Nog te bespreken', type: 'voortgang', status: 'aangehouden' }),
    })
    await call(made.dispatch, 'agenda:set-status', {
      id: section(before, 'handhavingsknelpunten').id,
      status: 'aangehouden',
    })
    const next = await createMeeting(made.dispatch, ref, { date: '2025-03-26' }, 'sjabloon', 'E')
    const numbered = next.items.map((item) => [item.number, item.title, item.carriedOverFrom?.agendaItemId ?? null])
    expect(numbered).toContainEqual(['6.1', 'Nog te bespreken', itemId])
    expect(numbered).toContainEqual(['9', 'Handhavingsknelpunten', section(before, 'handhavingsknelpunten').id])
    expect(next.items).toHaveLength(11)
  })

  it('refuses a copy when the table has no earlier meeting', async () => {
    const error = await refuse(made.dispatch, 'meeting:create', {
      tableId: ref.table('F'),
      values: { date: '2025-03-12', startTime: '10:00', location: '', chair: null, secretary: null, numberPrefix: '' },
      source: 'vorige',
    })
    expect(error.message).toBe(
      'Deze tafel heeft nog geen eerdere vergadering om te kopiëren. Kies het standaardsjabloon.',
    )
  })

  it('lists the case’s agenda appearances, decisions and actions on its history', async () => {
    const history = await call(made.dispatch, 'case:history', { caseId: ids.runningCase ?? '' })
    expect(history.agendaAppearances.map((a) => [a.meetingDate, a.number, a.type])).toEqual([
      ['2025-04-09', '6.1', 'voortgang'],
      ['2025-03-12', 'A6.1', 'voortgang'],
    ])
    expect(history.decisions.map((d) => d.type)).toEqual(['plan-van-aanpak', 'start-casus', 'start-analyse'])
    expect(history.actionItems.map((a) => a.id)).toEqual([ids.open])
  })
})
