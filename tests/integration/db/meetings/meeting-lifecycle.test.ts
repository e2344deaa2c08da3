import { describe, expect, it } from 'vitest'
import type { Output } from '../../../../shared/contract/index'
import {
  call,
  caseInPhase,
  createMeeting,
  decisionInput,
  itemValues,
  meetingSnapshot,
  meetingValues,
  refuse,
  section,
} from '../../../support/meeting-fixtures'
import { useVault } from '../../../support/shared-vault'

const setup = useVault()

describe('a new meeting from the default template', () => {
  let meeting: Output<'meeting:create'>

  it('has the ten items of the default agenda, numbered and timed from the start time', async () => {
    meeting = await createMeeting(setup.made.dispatch, setup.ref, { startTime: '09:30' })
    expect(meeting).toMatchObject({
      table: { code: 'D' },
      date: '2025-03-12',
      startTime: '09:30',
      status: 'voorbereiding',
      minutesStatus: 'concept',
      itemCount: 10,
      decisionCount: 0,
    })
    expect(meeting.items.map((item) => [item.number, item.type, item.startTime, item.endTime])).toEqual([
      ['1', 'opening', '09:30', '09:35'],
      ['2', 'verslag', '09:35', '09:40'],
      ['3', 'actielijst', '09:40', '09:50'],
      ['4', 'signalen', '09:50', '10:10'],
      ['5', 'start-casus', '10:10', '10:30'],
      ['6', 'voortgang', '10:30', '11:10'],
      ['7', 'subjecten', '11:10', '11:20'],
      ['8', 'afsluiting', '11:20', '11:30'],
      ['9', 'handhavingsknelpunten', '11:30', '11:45'],
      ['10', 'rondvraag', '11:45', '11:50'],
    ])
    expect(meeting.items.map((item) => item.title)).toContain(
      'Vaststellen verslag en besluitenlijst vorige vergadering',
    )
    expect(meeting.plannedEnd).toBe('11:50')
    expect(
      meeting.items.every((item) => item.status === 'gepland' && item.carriedOverFrom === null && item.notes === ''),
    ).toBe(true)
  })

  it('invites every active convenant partner, attendance not yet recorded', () => {
    expect(meeting.attendance.map((a) => a.partner?.shortName)).toEqual(
      expect.arrayContaining(['Politie', 'OM', 'Gemeente', 'Belastingdienst', 'RIEC']),
    )
    expect(meeting.attendance).toHaveLength(13)
    expect(meeting.attendance.every((a) => a.kind === 'partner' && a.status === null)).toBe(true)
  })

  it('refuses a second meeting of the table at the same date and time, in Dutch, writing nothing', async () => {
    const before = await meetingSnapshot(setup.made.vault)
    const error = await refuse(setup.made.dispatch, 'meeting:create', {
      tableId: setup.ref.table('D'),
      values: meetingValues({ startTime: '09:30' }),
      source: 'sjabloon',
    })
    const message =
      'OMT D vergadert al op 12-03-2025 om 09:30. Kies een andere datum of begintijd, of open die vergadering.'
    expect(error).toEqual({ code: 'CONFLICT', message, fields: { date: message, startTime: message } })
    expect(await meetingSnapshot(setup.made.vault)).toEqual(before)
    // Another time, or another table at the same time, is fine.
    await createMeeting(setup.made.dispatch, setup.ref, { startTime: '14:00' })
    await createMeeting(setup.made.dispatch, setup.ref, { startTime: '09:30' }, 'leeg', 'E')
    const other = await createMeeting(
      setup.made.dispatch,
      setup.ref,
      { date: '2025-03-19', startTime: '09:30' },
      'leeg',
    )
    const moved = await refuse(setup.made.dispatch, 'meeting:update', {
      id: other.id,
      values: meetingValues({ startTime: '09:30' }),
    })
    expect(moved.message).toBe(message)
  })

  it('refuses a date that is not a date and a time that is not a time', async () => {
    const error = await refuse(setup.made.dispatch, 'meeting:create', {
      tableId: setup.ref.table('D'),
      values: meetingValues({ date: '2025-02-30', startTime: '25:00' }),
      source: 'sjabloon',
    })
    expect(error.fields).toEqual({
      date: 'Deze datum bestaat niet. Controleer de dag en de maand.',
      startTime: 'Vul een tijd in als uu:mm, bijvoorbeeld 14:00.',
    })
    expect(
      (
        await refuse(setup.made.dispatch, 'meeting:create', {
          tableId: setup.ref.table('D'),
          values: meetingValues({ date: '12-03-2025' }),
          source: 'sjabloon',
        })
      ).fields,
    ).toEqual({
      date: 'Vul een datum in als jjjj-mm-dd.',
    })
  })

  it('lists a table’s meetings newest first and the coming meetings of all tables soonest first', async () => {
    const list = await call(setup.made.dispatch, 'meeting:list', { tableId: setup.ref.table('D') })
    expect(list.rows.map((row) => [row.date, row.startTime])).toEqual([
      ['2025-03-19', '09:30'],
      ['2025-03-12', '14:00'],
      ['2025-03-12', '09:30'],
    ])
    expect(list.rows[2]).toMatchObject({
      itemCount: 10,
      plannedEnd: '11:50',
      location: 'Stadhuis Delft, zaal 3',
      chair: 'Burgemeester Jansen',
    })
    const upcoming = await call(setup.made.dispatch, 'meeting:upcoming', { from: '2025-03-12', limit: 3 })
    expect(upcoming.rows.map((row) => `${row.table.code} ${row.date} ${row.startTime}`)).toEqual([
      'D 2025-03-12 09:30',
      'E 2025-03-12 09:30',
      'D 2025-03-12 14:00',
    ])
    expect((await call(setup.made.dispatch, 'meeting:upcoming', { from: null, limit: 10 })).rows).toEqual([])
  })

  it('follows the allowed status transitions and explains the others', async () => {
    const id = meeting.id
    expect((await call(setup.made.dispatch, 'meeting:set-status', { id, status: 'agenda-verzonden' })).previous).toBe(
      'voorbereiding',
    )
    expect((await refuse(setup.made.dispatch, 'meeting:set-status', { id, status: 'verslag-concept' })).message).toBe(
      'Van ‘Agenda verzonden’ kan de status niet naar ‘Verslag concept’. Kies ‘In voorbereiding’ of ‘Gehouden’.',
    )
    expect(
      (await refuse(setup.made.dispatch, 'meeting:set-status', { id, status: 'verslag-vastgesteld' })).message,
    ).toMatch(/^Een verslag wordt vastgesteld met ‘Verslag vaststellen’/u)
    await call(setup.made.dispatch, 'meeting:set-status', { id, status: 'gehouden' })
    await call(setup.made.dispatch, 'meeting:set-status', { id, status: 'verslag-concept' })
    const future = await createMeeting(setup.made.dispatch, setup.ref, { date: '2099-06-01' }, 'leeg')
    expect(
      (await refuse(setup.made.dispatch, 'meeting:set-status', { id: future.id, status: 'gehouden' })).message,
    ).toBe('Deze vergadering is nog niet geweest. Zet de status op ‘Gehouden’ op of na de vergaderdatum.')
  })
})

describe('adopted minutes are read-only; later changes are errata', () => {
  it('adopts by the confirmed manual step, then refuses every change to agenda, notes, decisions and attendance', async () => {
    const meeting = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-05-07' })
    const voortgang = section(meeting, 'voortgang')
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      meeting.id,
      voortgang.id,
      'analyse',
      'Vaste Grond',
    )
    const [decision] = (
      await call(setup.made.dispatch, 'decision:list', {
        tableId: null,
        meetingId: meeting.id,
        caseId: null,
        year: null,
        offset: 0,
        limit: 10,
      })
    ).rows
    const attendee = meeting.attendance[0]
    if (!decision || !attendee) throw new Error('fixture')
    expect((await call(setup.made.dispatch, 'meeting:get', { id: meeting.id })).status).toBe('gehouden')

    expect(
      (await refuse(setup.made.dispatch, 'meeting:adopt-minutes', { id: meeting.id, adoptedOn: '2025-05-20' })).fields,
    ).toEqual({
      confirm: 'Bevestig dat het verslag wordt vastgesteld; daarna kan het niet meer worden gewijzigd.',
    })
    expect(
      (
        await refuse(setup.made.dispatch, 'meeting:adopt-minutes', {
          id: meeting.id,
          adoptedOn: '2025-05-01',
          confirm: true,
        })
      ).message,
    ).toBe('Het verslag kan niet worden vastgesteld vóór de vergadering zelf (07-05-2025).')
    expect(
      (
        await refuse(setup.made.dispatch, 'meeting:add-erratum', {
          meetingId: meeting.id,
          values: { text: 'x', date: '2025-05-21' },
        })
      ).message,
    ).toMatch(/^Het verslag is nog concept\./u)
    const adopted = await call(setup.made.dispatch, 'meeting:adopt-minutes', {
      id: meeting.id,
      adoptedOn: '2025-05-20',
      confirm: true,
    })
    expect(adopted).toMatchObject({
      status: 'verslag-vastgesteld',
      minutesStatus: 'vastgesteld',
      minutesAdoptedOn: '2025-05-20',
      minutesAdoptedBy: null,
    })

    const readOnly =
      'Het verslag van de vergadering van OMT D op 07-05-2025 is vastgesteld en kan niet meer worden gewijzigd. Leg een wijziging vast als erratum bij het verslag.'
    const before = await meetingSnapshot(setup.made.vault)
    const attempts: [string, unknown][] = [
      ['agenda:add', { meetingId: meeting.id, parentId: null, position: null, values: itemValues() }],
      ['agenda:update', { id: voortgang.id, values: itemValues({ title: 'Anders' }) }],
      ['agenda:set-text', { id: itemId, field: 'notes', text: 'Achteraf toegevoegd' }],
      ['agenda:set-status', { id: itemId, status: 'besproken' }],
      ['agenda:move', { id: itemId, parentId: null, position: 1 }],
      ['agenda:delete', { id: section(meeting, 'rondvraag').id }],
      ['agenda:add-cases', { meetingId: meeting.id, caseIds: [caseId] }],
      ['decision:record', { agendaItemId: itemId, values: decisionInput('start-casus', caseId) }],
      ['attendance:set-status', { id: attendee.id, status: 'aanwezig' }],
      [
        'attendance:add',
        {
          meetingId: meeting.id,
          values: { kind: 'gast', personName: 'Gast', organisation: 'Omgevingsdienst', status: 'aanwezig' },
        },
      ],
      ['attendance:remove', { id: attendee.id }],
      [
        'attachment:add',
        { agendaItemId: itemId, fileName: 'laat.pdf', mediaType: 'application/pdf', contentBase64: 'QUJD' },
      ],
      [
        'action:create',
        {
          meetingId: meeting.id,
          agendaItemId: null,
          decisionId: null,
          values: {
            text: 'Te laat',
            ownerPartnerId: setup.ref.partner('Politie'),
            ownerPerson: null,
            dueDate: null,
            caseId: null,
          },
        },
      ],
      ['meeting:update', { id: meeting.id, values: meetingValues({ date: '2025-05-07', location: 'Elders' }) }],
      ['meeting:delete', { id: meeting.id }],
    ]
    for (const [channel, input] of attempts) {
      const error = await refuse(setup.made.dispatch, channel as 'agenda:add', input)
      expect(error, channel).toEqual({ code: 'VALIDATION', message: readOnly })
    }
    expect(
      (
        await refuse(setup.made.dispatch, 'decision:correct', {
          id: decision.id,
          values: decisionInput('start-analyse', caseId, { text: 'Anders' }),
          note: 'Typfout',
        })
      ).message,
    ).toBe(
      `Besluit ${decision.code} is vastgesteld met het verslag van OMT D op 07-05-2025. Wijzig het met een nieuw besluit dat naar ${decision.code} verwijst.`,
    )
    expect(
      (await refuse(setup.made.dispatch, 'decision:withdraw', { id: decision.id, note: 'Vergissing' })).message,
    ).toMatch(/is vastgesteld met het verslag/u)
    expect(
      (await refuse(setup.made.dispatch, 'meeting:set-status', { id: meeting.id, status: 'gehouden' })).message,
    ).toMatch(/^Het verslag van deze vergadering is vastgesteld/u)
    expect(await meetingSnapshot(setup.made.vault)).toEqual(before)

    // A change after adoption is an erratum, kept in order and shown with the minutes.
    const first = await call(setup.made.dispatch, 'meeting:add-erratum', {
      meetingId: meeting.id,
      values: { text: 'Bij punt 6.1 staat ‘NLA’; dit moet ‘NVWA’ zijn.', date: '2025-06-04' },
    })
    const second = await call(setup.made.dispatch, 'meeting:add-erratum', {
      meetingId: meeting.id,
      values: { text: 'Aanvulling op de aanwezigheid.', date: '2025-06-04' },
    })
    expect([first.seq, second.seq]).toEqual([1, 2])
    expect((await call(setup.made.dispatch, 'meeting:get', { id: meeting.id })).errata.map((e) => e.text)).toEqual([
      first.text,
      second.text,
    ])
    // The triggers refuse too, for any write path that forgets to ask.
    await expect(
      setup.made.vault.db.updateTable('agenda_item').set({ notes: 'stiekem' }).where('id', '=', itemId).execute(),
    ).rejects.toThrow(/adopted/u)
  })
})

describe('deleting a meeting and the agenda template', () => {
  it('deletes a meeting planned by mistake, but not one where decisions were taken', async () => {
    const planned = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-07-02' })
    await call(setup.made.dispatch, 'meeting:delete', { id: planned.id })
    expect((await refuse(setup.made.dispatch, 'meeting:get', { id: planned.id })).code).toBe('NOT_FOUND')
    const held = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-07-09' })
    await caseInPhase(setup.made.dispatch, setup.ref, held.id, section(held, 'signalen').id, 'analyse', 'Blijft Staan')
    const [decision] = (
      await call(setup.made.dispatch, 'decision:list', {
        tableId: null,
        meetingId: held.id,
        caseId: null,
        year: null,
        offset: 0,
        limit: 10,
      })
    ).rows
    expect((await refuse(setup.made.dispatch, 'meeting:delete', { id: held.id })).message).toBe(
      `In de vergadering van OMT D op 09-07-2025 is besluit ${decision?.code ?? ''} genomen; de vergadering blijft daarom bewaard.`,
    )
  })

  it('starts new meetings from the secretary’s own template, and back to the default', async () => {
    const own = [
      { title: 'Opening', type: 'opening', durationMinutes: 5, confidential: false },
      { title: 'Casuïstiek', type: 'voortgang', durationMinutes: 60, confidential: true },
    ] as const
    expect(await call(setup.made.dispatch, 'meeting:template-set', { items: [...own] })).toEqual({
      items: own,
      isDefault: false,
    })
    const meeting = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-08-06' })
    expect(meeting.items.map((item) => [item.number, item.title, item.confidential])).toEqual([
      ['1', 'Opening', false],
      ['2', 'Casuïstiek', true],
    ])
    const reset = await call(setup.made.dispatch, 'meeting:template-set', { items: null })
    expect(reset.isDefault).toBe(true)
    expect(reset.items).toHaveLength(10)
  })
})
