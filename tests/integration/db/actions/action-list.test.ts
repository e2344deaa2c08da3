import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Input } from '../../../../shared/contract/index'
import { todayIso } from '../../../../shared/domain/iso-date'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call, createMeeting, type Reference, reference, refuse, section } from '../../../support/meeting-fixtures'

let made: TempVault
let ref: Reference
const ids: Record<string, string> = {}
const none = {
  tableIds: [],
  partnerIds: [],
  statuses: [],
  dueFrom: null,
  dueUntil: null,
  overdueOnly: false,
  caseId: null,
}

beforeAll(async () => {
  made = await tempVault()
  ref = await reference(made.vault)
  const d = await createMeeting(made.dispatch, ref)
  const e = await createMeeting(made.dispatch, ref, {}, 'leeg', 'E')
  const add = async (
    name: string,
    meetingId: string,
    partner: string,
    dueDate: string | null,
    agendaItemId: string | null = null,
  ) => {
    ids[name] = (
      await call(made.dispatch, 'action:create', {
        meetingId,
        agendaItemId,
        decisionId: null,
        values: { text: name, ownerPartnerId: ref.partner(partner), ownerPerson: null, dueDate, caseId: null },
      })
    ).id
  }
  await add('te laat', d.id, 'Politie', '2025-04-01', section(d, 'actielijst').id)
  await add('op tijd', d.id, 'Gemeente', '2099-01-01')
  await add('zonder datum', d.id, 'Politie', null)
  await add('andere tafel', e.id, 'OM', '2025-05-01')
  await add('afgerond', d.id, 'Politie', '2025-03-20')
  await call(made.dispatch, 'action:set-status', { id: ids['afgerond'] ?? '', status: 'gereed', on: '2025-03-19' })
})
afterAll(() => made.cleanup())

async function list(
  filter: Partial<Input<'action:list'>['filter']>,
  sort: Input<'action:list'>['sort'] = { by: 'due', direction: 'asc' },
) {
  const answer = await call(made.dispatch, 'action:list', {
    filter: { ...none, ...filter },
    sort,
    offset: 0,
    limit: 100,
  })
  return {
    texts: answer.rows.map((row) => row.text),
    overdue: answer.rows.filter((row) => row.overdue).map((row) => row.text),
    total: answer.total,
    overdueTotal: answer.overdueTotal,
  }
}

it('lists actions by due date, undated last, flagging the overdue open ones', async () => {
  expect(await list({})).toEqual({
    texts: ['afgerond', 'te laat', 'andere tafel', 'op tijd', 'zonder datum'],
    overdue: ['te laat', 'andere tafel'],
    total: 5,
    overdueTotal: 2,
  })
})

it('filters by table, partner, status, due dates and overdue', async () => {
  expect((await list({ tableIds: [ref.table('E')] })).texts).toEqual(['andere tafel'])
  expect((await list({ partnerIds: [ref.partner('Politie')] })).texts).toEqual(['afgerond', 'te laat', 'zonder datum'])
  expect((await list({ statuses: ['open'], partnerIds: [ref.partner('Politie')] })).texts).toEqual([
    'te laat',
    'zonder datum',
  ])
  expect((await list({ dueFrom: '2025-04-01', dueUntil: '2025-12-31' })).texts).toEqual(['te laat', 'andere tafel'])
  expect(await list({ overdueOnly: true, tableIds: [ref.table('D')] })).toMatchObject({
    texts: ['te laat'],
    total: 1,
    overdueTotal: 1,
  })
  expect((await list({}, { by: 'partner', direction: 'asc' })).texts).toEqual([
    'op tijd',
    'andere tafel',
    'afgerond',
    'te laat',
    'zonder datum',
  ])
})

it('keeps where an action came from, sets and undoes a status, and refuses a stale partner', async () => {
  const [item] = (
    await call(made.dispatch, 'action:list', {
      filter: { ...none, statuses: ['open'], overdueOnly: true, tableIds: [ref.table('D')] },
      sort: { by: 'due', direction: 'asc' },
      offset: 0,
      limit: 1,
    })
  ).rows
  expect(item?.origin).toMatchObject({ meetingDate: '2025-03-12', decision: null })
  expect(item?.origin.agendaItemId).not.toBeNull()
  const done = await call(made.dispatch, 'action:set-status', { id: ids['te laat'] ?? '', status: 'gereed', on: null })
  expect(done.item).toMatchObject({ status: 'gereed', statusChangedOn: todayIso(), overdue: false })
  expect(done.previous).toEqual({ status: 'open', statusChangedOn: null })
  const reopened = await call(made.dispatch, 'action:set-status', {
    id: ids['te laat'] ?? '',
    status: done.previous.status,
    on: done.previous.statusChangedOn,
  })
  expect(reopened.item).toMatchObject({ status: 'open', statusChangedOn: null, overdue: true })
  const stale = await refuse(made.dispatch, 'action:update', {
    id: ids['op tijd'] ?? '',
    values: { text: 'op tijd', ownerPartnerId: 'weg', ownerPerson: null, dueDate: null, caseId: null },
  })
  expect(stale.fields).toEqual({ ownerPartnerId: 'Deze partner bestaat niet (meer). Kies een partner uit de lijst.' })
  expect(
    (
      await refuse(made.dispatch, 'action:create', {
        meetingId: 'geen',
        agendaItemId: null,
        decisionId: null,
        values: { text: 'x', ownerPartnerId: ref.partner('OM'), ownerPerson: null, dueDate: null, caseId: null },
      })
    ).code,
  ).toBe('NOT_FOUND')
})
