import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveAttachmentCopy } from '../../../../db/attachments/save-attachment'
import { backupsFor } from '../../../../db/backup/backups'
import { reportForExport } from '../../../../db/exports/district-report/report-for-export'
import { saveReportExport } from '../../../../db/exports/district-report/save-report-export'
import { exportModelFor } from '../../../../db/exports/render-export'
import { saveExport } from '../../../../db/exports/save-export'
import type { RoutePrinter } from '../../../../db/exports/print-pdf'
import { createDispatcher, type Dispatch } from '../../../../db/handlers/dispatch'
import { createHandlers } from '../../../../db/handlers/create-handlers'
import type { HandlersFor } from '../../../../db/handlers/handler-types'
import { saveLogExport } from '../../../../db/processing-log-viewer/save-log-export'
import { type Channel, channels, contract, type Input, type Output } from '../../../../shared/contract/index'
import { isNoProcessing, type Processing, type ProcessingDeclaration } from '../../../../shared/contract/processing'
import { editable, newCase, newIntervention } from '../../../support/case-fixtures'
import { todayIso } from '../../../../shared/domain/iso-date'
import {
  createMeeting,
  decisionInput,
  itemValues,
  meetingValues,
  registerCase,
} from '../../../support/meeting-fixtures'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'
import { channelWorld, type ChannelWorld } from './channel-world'

/*
 * Issue 12: each data channel call adds exactly the entries its declaration
 * promises. Every channel of the contract has a row here (the type refuses a
 * missing one): a real call against a small register, and, written out
 * independently of the declaration, the records the entry must name and the
 * data subjects that must each get a child span. A channel without case data
 * must add nothing; the few not called here say why.
 */

interface Expected {
  /** Records the call's span must name (kind:id); the declaration may name more, all of them real ids. */
  records: string[]
  /** Exactly the data subjects with a child span. */
  subjects: string[]
}

type Row<C extends Channel> =
  | {
      input: (world: ChannelWorld) => Promise<Input<C>> | Input<C>
      expect: ((world: ChannelWorld, input: Input<C>, output: Output<C>) => Expected) | 'nothing'
    }
  | { notCalled: string }

const VAULT_LIFECYCLE =
  'opens, locks or rekeys the vault itself; no case data, and tests/integration/db/vault covers it'
const PRINTS = 'prints a PDF in Chromium, which needs the built renderer; tests/e2e covers it'
const RESTORE = 'replaces the vault with a back-up, which logs its own restore; tests/integration/db/backup covers it'
const ELECTRON_GLUE = 'Electron glue without a vault read (clipboard, presenter window)'

const r = (kind: string, id: string) => `${kind}:${id}`
const nothingTouched = { expect: 'nothing' } as const
const ACTIVITY_VALUES = {
  name: 'Casusregistratie',
  purpose: 'Signalen en casussen vastleggen.',
  legalBasis: 'Art. 6 lid 1 sub e AVG; WGS',
  dataCategories: 'Casusgegevens',
  subjectCategories: 'Betrokkenen',
  retention: 'Vijf jaar na afsluiten',
  recipients: 'Partners van de ondermijningstafel',
}

/** A fresh intervention on the shared case, about the person. */
const freshIntervention = (w: ChannelWorld) =>
  w.send('intervention:create', { caseId: w.caseId, values: newIntervention(w.ref, { subjectId: w.personId }) })
let meetingsMade = 0
/** A fresh meeting of table E, which no other row reads, each on a day of its own. */
const freshMeeting = (w: ChannelWorld, source: Input<'meeting:create'>['source'] = 'leeg') => {
  meetingsMade += 1
  const date = new Date(Date.UTC(2025, 6, meetingsMade)).toISOString().slice(0, 10)
  return createMeeting(w.made.dispatch, w.ref, { date }, source, 'E')
}
const freshItem = async (w: ChannelWorld, caseId: string | null = null) =>
  (
    await w.send('agenda:add', {
      meetingId: w.meetingId,
      parentId: null,
      position: null,
      values: itemValues({ title: 'Rondvraag', type: 'rondvraag', caseId }),
    })
  ).item
const freshAction = (w: ChannelWorld) =>
  w.send('action:create', {
    meetingId: w.meetingId,
    agendaItemId: null,
    decisionId: null,
    values: {
      text: 'Nabellen',
      ownerPartnerId: w.ref.partner('Politie'),
      ownerPerson: null,
      dueDate: null,
      caseId: null,
    },
  })
const freshAttachment = (w: ChannelWorld) =>
  w.send('attachment:add', {
    agendaItemId: w.itemId,
    fileName: 'bijlage.txt',
    mediaType: 'text/plain',
    contentBase64: Buffer.from('Aanvulling').toString('base64'),
  })
const overig = (w: ChannelWorld, agendaItemId: string, caseId: string) =>
  w.send('decision:record', { agendaItemId, values: decisionInput('overig', caseId) })
const ALL_FILTERS = { fromMs: null, toMs: null, recordId: null, subjectId: null, activityId: null, channel: null }
const REPORT = { scope: { kind: 'regio' }, period: { from: '2025-01-01', to: '2025-12-31' } } as const

const table: { [C in Channel]: Row<C> } = {
  'vault:status': { input: () => ({}), ...nothingTouched },
  'vault:create': { notCalled: VAULT_LIFECYCLE },
  'vault:unlock': { notCalled: VAULT_LIFECYCLE },
  'vault:lock': { notCalled: VAULT_LIFECYCLE },
  'vault:recover': { notCalled: VAULT_LIFECYCLE },
  'vault:set-aside-damaged': { notCalled: VAULT_LIFECYCLE },
  'vault:open-demo': { notCalled: VAULT_LIFECYCLE },
  'vault:confirm-recovery-key': { notCalled: VAULT_LIFECYCLE },
  'vault:renew-recovery-key': { notCalled: VAULT_LIFECYCLE },
  'vault:change-passphrase': { notCalled: VAULT_LIFECYCLE },
  'vault:new-data-key': { notCalled: VAULT_LIFECYCLE },
  'vault:reveal-data-key': { input: () => ({ passphrase: PASSPHRASE }), ...nothingTouched },
  'backup:status': { input: () => ({}), ...nothingTouched },
  'backup:choose-folder': {
    notCalled: 'the folder dialog is Electron glue; backupsFor().chooseFolder is what it calls',
  },
  'backup:make': {
    input: (w) => {
      const folder = join(w.made.folder, 'back-ups')
      mkdirSync(folder, { recursive: true })
      backupsFor(w.made.vault).chooseFolder(folder)
      return {}
    },
    expect: () => ({ records: [], subjects: [] }),
  },
  'backup:progress': { input: () => ({}), ...nothingTouched },
  'restore:choose-newest': { notCalled: RESTORE },
  'restore:choose-file': { notCalled: RESTORE },
  'restore:inspect': { notCalled: RESTORE },
  'restore:apply': { notCalled: RESTORE },
  'restore:cancel': { input: () => ({}), ...nothingTouched },
  'settings:get': { input: () => ({}), ...nothingTouched },
  'settings:update': { input: () => ({ autoLockMinutes: 10 }), ...nothingTouched },
  'reference:list': { input: () => ({ kind: 'partner', includeArchived: false }), ...nothingTouched },
  'reference:create': {
    input: () => ({ kind: 'theme', values: { name: 'Arbeidsuitbuiting', scope: 'regionaal' } }),
    ...nothingTouched,
  },
  'reference:update': {
    input: (w) => ({
      kind: 'partner',
      id: w.ref.partner('UWV'),
      values: { name: 'Uitvoeringsinstituut Werknemersverzekeringen', shortName: 'UWV', convenant: true },
    }),
    ...nothingTouched,
  },
  'reference:archive': {
    input: (w) => ({ kind: 'partner', id: w.ref.partner('Douane'), archived: true }),
    ...nothingTouched,
  },

  'case:list': {
    input: () => ({
      filter: { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' },
      sort: { by: 'code', direction: 'asc' },
      offset: 0,
      limit: 100,
    }),
    expect: (w) => ({ records: [r('casus', w.caseId), r('casus', w.expired.caseId)], subjects: [] }),
  },
  'case:get': {
    input: (w) => ({ id: w.caseId }),
    expect: (w) => ({
      records: [r('casus', w.caseId), r('interventie', w.interventionId)],
      subjects: [w.personId, w.companyId],
    }),
  },
  'case:create': {
    input: (w) => newCase(w.ref, { alias: 'Nieuwe Kade', registeredOn: '2025-02-01', retentionUntil: '2030-02-01' }),
    expect: (_w, _input, output) => ({ records: [r('casus', output.id)], subjects: [] }),
  },
  'case:update': {
    input: async (w) => {
      const { caseId } = await w.freshCase('Lange Kade')
      const detail = await w.send('case:get', { id: caseId })
      return { id: caseId, values: { ...editable(detail), alias: 'Lange Kade Noord' } }
    },
    expect: (_w, input) => ({ records: [r('casus', input.id)], subjects: [] }),
  },
  'case:delete': {
    input: async (w) => ({ id: (await w.send('case:create', newCase(w.ref, { alias: 'Vergissing' }))).id }),
    expect: (_w, input) => ({ records: [r('casus', input.id)], subjects: [] }),
  },
  'case:link-subject': {
    input: async (w) => ({
      caseId: (await w.freshCase('Brede Kade')).caseId,
      openedOn: '2025-03-12',
      subject: { kind: 'bestaand', id: w.companyId },
    }),
    expect: (w, input, output) => ({
      records: [r('casus', input.caseId), r('betrokkenheid', output.involvementId), r('betrokkene', w.companyId)],
      subjects: [w.companyId],
    }),
  },
  'case:unlink-subject': {
    input: async (w) => {
      const { caseId } = await w.freshCase('Smalle Kade')
      const linked = await w.send('case:link-subject', {
        caseId,
        openedOn: '2025-03-12',
        subject: { kind: 'persoon', name: 'Vera Slikker', birthDate: null },
      })
      return { involvementId: linked.involvementId }
    },
    expect: (_w, input, output) => ({
      records: [r('betrokkenheid', input.involvementId), r('casus', output.caseId), r('betrokkene', output.subject.id)],
      subjects: [output.subject.id],
    }),
  },
  'subject:suggest': {
    input: () => ({ values: { kind: 'persoon', name: 'Pieter Kwelderbloem', birthDate: null }, excludeId: null }),
    expect: (w) => ({ records: [r('betrokkene', w.personId)], subjects: [w.personId] }),
  },
  'subject:create': {
    input: () => ({ values: { kind: 'persoon', name: 'Anna Zeewier', birthDate: null } }),
    expect: (_w, _input, output) => ({ records: [r('betrokkene', output.id)], subjects: [output.id] }),
  },
  'subject:update': {
    input: async (w) => {
      const created = await w.send('subject:create', {
        values: { kind: 'persoon', name: 'Bram Wadloper', birthDate: null },
      })
      return { id: created.id, values: { kind: 'persoon', name: 'Bram Wadlopers', birthDate: '1980-01-01' } }
    },
    expect: (_w, input) => ({ records: [r('betrokkene', input.id)], subjects: [input.id] }),
  },
  'subject:get': {
    input: (w) => ({ id: w.personId }),
    expect: (w) => ({ records: [r('betrokkene', w.personId), r('casus', w.caseId)], subjects: [w.personId] }),
  },
  'intervention:create': {
    input: (w) => ({ caseId: w.caseId, values: newIntervention(w.ref, { subjectId: w.personId }) }),
    expect: (w, _input, output) => ({
      records: [r('casus', w.caseId), r('interventie', output.id)],
      subjects: [w.personId],
    }),
  },
  'intervention:update': {
    input: async (w) => ({
      id: (await freshIntervention(w)).id,
      values: newIntervention(w.ref, { subjectId: w.personId, status: 'afgerond', endedOn: '2025-05-01' }),
    }),
    expect: (w, input) => ({ records: [r('interventie', input.id), r('casus', w.caseId)], subjects: [w.personId] }),
  },
  'intervention:delete': {
    input: async (w) => ({ id: (await freshIntervention(w)).id }),
    expect: (w, input) => ({ records: [r('interventie', input.id), r('casus', w.caseId)], subjects: [w.personId] }),
  },
  'search:query': {
    input: () => ({ text: 'Kwelderbloem', limitPerKind: 10 }),
    expect: (w) => ({ records: [r('betrokkene', w.personId)], subjects: [w.personId] }),
  },

  'meeting:create': {
    input: (w) => ({ tableId: w.ref.table('E'), values: meetingValues({ date: '2025-05-14' }), source: 'leeg' }),
    expect: (_w, _input, output) => ({ records: [r('vergadering', output.id)], subjects: [] }),
  },
  'meeting:get': {
    input: (w) => ({ id: w.meetingId }),
    expect: (w) => ({
      records: [
        r('vergadering', w.meetingId),
        r('agendapunt', w.itemId),
        r('besluit', w.addedDecision.id),
        r('casus', w.caseId),
        r('actie', w.actionId),
        r('bijlage', w.attachmentId),
      ],
      subjects: [w.personId, w.companyId],
    }),
  },
  'meeting:list': { input: (w) => ({ tableId: w.ref.table('D') }), ...nothingTouched },
  'meeting:upcoming': { input: () => ({ from: null, limit: 10 }), ...nothingTouched },
  'meeting:update': {
    input: async (w) => ({ id: (await freshMeeting(w)).id, values: meetingValues({ location: 'Raadzaal' }) }),
    expect: (_w, input) => ({ records: [r('vergadering', input.id)], subjects: [] }),
  },
  'meeting:set-status': {
    input: async (w) => ({ id: (await freshMeeting(w)).id, status: 'agenda-verzonden' }),
    expect: (_w, input) => ({ records: [r('vergadering', input.id)], subjects: [] }),
  },
  'meeting:adopt-minutes': {
    input: async (w) => ({ id: (await heldMeeting(w)).id, adoptedOn: '2025-12-01', confirm: true }),
    expect: (_w, input) => ({ records: [r('vergadering', input.id)], subjects: [] }),
  },
  'meeting:delete': {
    input: async (w) => ({ id: (await freshMeeting(w)).id }),
    expect: (_w, input) => ({ records: [r('vergadering', input.id)], subjects: [] }),
  },
  'meeting:add-erratum': {
    input: async (w) => {
      const { id } = await heldMeeting(w)
      await w.send('meeting:adopt-minutes', { id, adoptedOn: '2025-12-01', confirm: true })
      return { meetingId: id, values: { text: 'De datum van de volgende vergadering is 9 april.', date: '2025-12-02' } }
    },
    expect: (_w, input) => ({ records: [r('vergadering', input.meetingId)], subjects: [] }),
  },
  'meeting:exports': { input: (w) => ({ meetingId: w.meetingId }), ...nothingTouched },
  'meeting:template-get': { input: () => ({}), ...nothingTouched },
  'meeting:template-set': { input: () => ({ items: null }), ...nothingTouched },
  'meeting-mode:get': { input: (w) => ({ meetingId: w.meetingId }), ...nothingTouched },
  'meeting-mode:move': {
    input: async (w) => {
      // The meeting-mode clock runs only on the meeting's day.
      const today = await createMeeting(w.made.dispatch, w.ref, { date: todayIso() }, 'sjabloon', 'E')
      return { meetingId: today.id, itemId: today.items[0]?.id ?? '' }
    },
    ...nothingTouched,
  },

  'agenda:add': {
    input: (w) => ({
      meetingId: w.meetingId,
      parentId: null,
      position: null,
      values: itemValues({ title: 'Stille Haven, vervolg', type: 'voortgang', caseId: w.caseId }),
    }),
    expect: (w, _input, output) => ({
      records: [r('agendapunt', output.item.id), r('vergadering', w.meetingId), r('casus', w.caseId)],
      subjects: [],
    }),
  },
  'agenda:update': {
    input: (w) => ({
      id: w.itemId,
      values: itemValues({ title: 'Stille Haven', type: 'voortgang', caseId: w.caseId, confidential: true }),
    }),
    expect: (w) => ({
      records: [r('agendapunt', w.itemId), r('casus', w.caseId), r('besluit', w.addedDecision.id)],
      subjects: [w.personId, w.companyId],
    }),
  },
  'agenda:set-text': {
    input: async (w) => ({ id: (await freshItem(w)).id, field: 'notes', text: 'De politie licht toe.' }),
    expect: (_w, input) => ({ records: [r('agendapunt', input.id)], subjects: [] }),
  },
  'agenda:set-status': {
    input: async (w) => ({ id: (await freshItem(w)).id, status: 'besproken' }),
    expect: (_w, input) => ({ records: [r('agendapunt', input.id)], subjects: [] }),
  },
  'agenda:move': {
    input: async (w) => ({ id: (await freshItem(w)).id, parentId: null, position: 1 }),
    expect: (w, input) => ({ records: [r('agendapunt', input.id), r('vergadering', w.meetingId)], subjects: [] }),
  },
  'agenda:delete': {
    input: async (w) => ({ id: (await freshItem(w)).id }),
    expect: (_w, input) => ({ records: [r('agendapunt', input.id)], subjects: [] }),
  },
  'agenda:restore': {
    input: async (w) => {
      const { id } = await freshItem(w)
      await w.send('agenda:delete', { id })
      return { id }
    },
    expect: (_w, input) => ({ records: [r('agendapunt', input.id)], subjects: [] }),
  },
  'agenda:decision-candidates': {
    input: (w) => ({ meetingId: w.meetingId }),
    expect: (w) => ({ records: [r('vergadering', w.meetingId), r('casus', w.caseId)], subjects: [] }),
  },
  'agenda:add-cases': {
    input: async (w) => ({ meetingId: (await freshMeeting(w)).id, caseIds: [w.caseId] }),
    expect: (w, input, output) => ({
      records: [
        r('vergadering', input.meetingId),
        r('casus', w.caseId),
        ...output.added.map((a) => r('agendapunt', a.id)),
      ],
      subjects: [],
    }),
  },

  'attachment:list': {
    input: (w) => ({ agendaItemId: w.itemId }),
    expect: (w) => ({ records: [r('agendapunt', w.itemId), r('bijlage', w.attachmentId)], subjects: [] }),
  },
  'attachment:add': {
    input: (w) => ({
      agendaItemId: w.itemId,
      fileName: 'rapport.txt',
      mediaType: 'text/plain',
      contentBase64: Buffer.from('Rapport').toString('base64'),
    }),
    expect: (w, _input, output) => ({ records: [r('agendapunt', w.itemId), r('bijlage', output.id)], subjects: [] }),
  },
  'attachment:get': {
    input: (w) => ({ id: w.attachmentId }),
    expect: (w) => ({ records: [r('bijlage', w.attachmentId)], subjects: [] }),
  },
  'attachment:delete': {
    input: async (w) => ({ id: (await freshAttachment(w)).id }),
    expect: (_w, input) => ({ records: [r('bijlage', input.id)], subjects: [] }),
  },
  'attachment:save': {
    input: (w) => ({ id: w.attachmentId, purpose: 'Stuk voor de politie' }),
    expect: (w) => ({ records: [r('bijlage', w.attachmentId)], subjects: [] }),
  },

  'attendance:list': { input: (w) => ({ meetingId: w.meetingId }), ...nothingTouched },
  'attendance:add': {
    input: (w) => ({
      meetingId: w.meetingId,
      values: { kind: 'gast', personName: 'Dr. A. Kaya', organisation: 'Universiteit Leiden', status: 'aanwezig' },
    }),
    ...nothingTouched,
  },
  'attendance:invite-partners': {
    input: (w) => ({ meetingId: w.meetingId, partnerIds: [w.ref.partner('UWV')] }),
    ...nothingTouched,
  },
  'attendance:update': {
    input: async (w) => {
      const { rows } = await w.send('attendance:list', { meetingId: w.meetingId })
      const attendee = rows.find((row) => row.partner?.shortName === 'Politie')
      if (!attendee?.partner) throw new Error('no police attendee')
      return {
        id: attendee.id,
        values: { kind: 'partner', partnerId: attendee.partner.id, personName: 'R. Bos', status: 'aanwezig' },
      }
    },
    ...nothingTouched,
  },
  'attendance:set-status': {
    input: async (w) => {
      const { rows } = await w.send('attendance:list', { meetingId: w.meetingId })
      return { id: rows[0]?.id ?? '', status: 'afgemeld' }
    },
    ...nothingTouched,
  },
  'attendance:remove': {
    input: async (w) => {
      const added = await w.send('attendance:add', {
        meetingId: w.meetingId,
        values: { kind: 'gast', personName: 'Gast', organisation: 'Provincie', status: null },
      })
      return { id: added.id }
    },
    ...nothingTouched,
  },

  'decision:record': {
    input: (w) => ({ agendaItemId: w.itemId, values: decisionInput('overig', w.caseId) }),
    expect: (w, _input, output) => ({
      records: [
        r('besluit', output.id),
        r('agendapunt', w.itemId),
        r('vergadering', w.meetingId),
        r('casus', w.caseId),
      ],
      subjects: [],
    }),
  },
  'decision:correct': {
    input: async (w) => {
      const { caseId, itemId } = await w.freshCase('Hoge Kade')
      const decision = await w.send('decision:record', {
        agendaItemId: itemId,
        values: decisionInput('start-analyse', caseId, { text: 'Eerst' }),
      })
      return { id: decision.id, values: decisionInput('start-analyse', caseId, { text: 'Verbeterd' }), note: 'Typfout' }
    },
    expect: (_w, input, output) => ({
      records: [r('besluit', input.id), r('casus', output.case?.id ?? '')],
      subjects: [],
    }),
  },
  'decision:withdraw': {
    input: async (w) => {
      const { caseId, itemId } = await w.freshCase('Lage Kade')
      return { id: (await overig(w, itemId, caseId)).id, note: 'Dubbel vastgelegd' }
    },
    expect: (_w, input, output) => ({
      records: [r('besluit', input.id), r('casus', output.case?.id ?? '')],
      subjects: [],
    }),
  },
  'decision:get': {
    input: (w) => ({ id: w.addedDecision.id }),
    expect: (w) => ({
      records: [r('besluit', w.addedDecision.id), r('casus', w.caseId), r('betrokkene', w.personId)],
      subjects: [w.personId, w.companyId],
    }),
  },
  'decision:list': {
    input: (w) => ({ tableId: null, meetingId: null, caseId: w.caseId, year: null, offset: 0, limit: 100 }),
    expect: (w) => ({
      records: [r('besluit', w.addedDecision.id), r('casus', w.caseId)],
      subjects: [w.personId, w.companyId],
    }),
  },
  'case:history': {
    input: (w) => ({ caseId: w.caseId }),
    expect: (w) => ({
      records: [r('casus', w.caseId), r('besluit', w.addedDecision.id)],
      subjects: [w.personId, w.companyId],
    }),
  },

  'action:create': {
    input: (w) => ({
      meetingId: w.meetingId,
      agendaItemId: w.itemId,
      decisionId: null,
      values: {
        text: 'Informatiebeeld aanvullen',
        ownerPartnerId: w.ref.partner('Politie'),
        ownerPerson: null,
        dueDate: null,
        caseId: w.caseId,
      },
    }),
    expect: (w, _input, output) => ({
      records: [r('actie', output.id), r('vergadering', w.meetingId), r('casus', w.caseId)],
      subjects: [],
    }),
  },
  'action:update': {
    input: async (w) => ({
      id: (await freshAction(w)).id,
      values: {
        text: 'Nabellen',
        ownerPartnerId: w.ref.partner('OM'),
        ownerPerson: null,
        dueDate: null,
        caseId: w.caseId,
      },
    }),
    expect: (w, input) => ({ records: [r('actie', input.id), r('casus', w.caseId)], subjects: [] }),
  },
  'action:set-status': {
    input: async (w) => ({ id: (await freshAction(w)).id, status: 'gereed', on: '2025-04-01' }),
    expect: (_w, input) => ({ records: [r('actie', input.id)], subjects: [] }),
  },
  'action:delete': {
    input: async (w) => ({ id: (await freshAction(w)).id }),
    expect: (_w, input) => ({ records: [r('actie', input.id)], subjects: [] }),
  },
  'action:list': {
    input: (w) => ({
      filter: {
        tableIds: [],
        partnerIds: [],
        statuses: [],
        dueFrom: null,
        dueUntil: null,
        overdueOnly: false,
        caseId: w.caseId,
      },
      sort: { by: 'created', direction: 'asc' },
      offset: 0,
      limit: 100,
    }),
    expect: (w) => ({ records: [r('actie', w.actionId), r('casus', w.caseId)], subjects: [] }),
  },

  'enforcement-issue:list': { input: () => ({}), ...nothingTouched },
  'enforcement-issue:create': {
    input: () => ({
      districtId: null,
      name: 'Drugslab in het buitengebied',
      designatedOn: '2025-01-15',
      planAdoptedOn: null,
      finishedOn: null,
    }),
    ...nothingTouched,
  },
  'enforcement-issue:update': {
    input: async (w) => {
      const values = {
        districtId: null,
        name: 'Vakantieparken',
        designatedOn: '2025-02-01',
        planAdoptedOn: null,
        finishedOn: null,
      }
      const created = await w.send('enforcement-issue:create', values)
      return { id: created.id, values: { ...values, planAdoptedOn: '2025-03-01' } }
    },
    ...nothingTouched,
  },
  'enforcement-issue:delete': {
    input: async (w) => {
      const created = await w.send('enforcement-issue:create', {
        districtId: null,
        name: 'Tijdelijk',
        designatedOn: '2025-02-01',
        planAdoptedOn: null,
        finishedOn: null,
      })
      return { id: created.id }
    },
    ...nothingTouched,
  },

  'export:document': {
    input: (w) => ({ meetingId: w.meetingId, document: 'besluitenlijst', variant: 'volledig' }),
    expect: (w) => ({ records: [r('vergadering', w.meetingId)], subjects: [] }),
  },
  'export:save': {
    input: (w) => ({
      meetingId: w.meetingId,
      document: 'besluitenlijst',
      variant: 'gepseudonimiseerd',
      format: 'docx',
      purpose: 'Verzending aan de partners',
    }),
    expect: (w) => ({ records: [r('vergadering', w.meetingId)], subjects: [] }),
  },
  'districtReport:options': { input: () => ({}), ...nothingTouched },
  'districtReport:get': {
    input: () => REPORT,
    expect: () => ({ records: [r('rapportage', 'regio@2025-01-01..2025-12-31')], subjects: [] }),
  },
  'districtReport:saveNote': {
    input: () => ({ ...REPORT, slideId: 'overzicht', text: 'Toelichting bij de cijfers.' }),
    ...nothingTouched,
  },
  'districtReport:thresholds': { input: () => ({ minCount: 5, minN: 10, minContributors: 3 }), ...nothingTouched },
  'districtReport:save': {
    input: () => ({ ...REPORT, format: 'csv' }),
    expect: () => ({ records: [r('rapportage', 'regio@2025-01-01..2025-12-31')], subjects: [] }),
  },
  'districtReport:openPackage': { notCalled: 'opens a saved report package; it reads no vault data' },
  'clipboard:copy-secret': { notCalled: ELECTRON_GLUE },
  'presenter:open': { notCalled: ELECTRON_GLUE },

  'retention:overview': {
    input: () => ({}),
    expect: (w) => ({ records: [r('casus', w.expired.caseId)], subjects: [] }),
  },
  'retention:extensions': {
    input: (w) => ({ caseId: w.caseId }),
    expect: (w) => ({ records: [r('casus', w.caseId)], subjects: [] }),
  },
  'retention:purge-preview': {
    input: (w) => ({ caseId: w.expired.caseId }),
    expect: (w) => ({ records: [r('casus', w.expired.caseId)], subjects: [] }),
  },
  'retention:purge': {
    input: async (w) => {
      const preview = await w.send('retention:purge-preview', { caseId: w.expired.caseId })
      return { caseId: w.expired.caseId, fingerprint: preview.fingerprint, confirmed: [] }
    },
    expect: (w) => ({ records: [r('casus', w.expired.caseId)], subjects: [] }),
  },
  'processing-log:chain': { input: () => ({}), ...nothingTouched },
  'processing-log:verify-all': { input: () => ({}), ...nothingTouched },
  'processing-log:acknowledge-break': {
    notCalled: 'refused while the chain is intact; tests/integration/db/processing-log/log-chain.test.ts breaks one',
  },
  'vault-user:get': { input: () => ({}), ...nothingTouched },
  'vault-user:set': {
    input: () => ({ ownerName: 'Fatima el Amrani', ownerRole: 'Secretaris OMT' }),
    ...nothingTouched,
  },
  'processing-register:list': { input: () => ({}), ...nothingTouched },
  'processing-register:update': {
    input: () => ({ id: 'casusregistratie', version: 1, values: ACTIVITY_VALUES }),
    ...nothingTouched,
  },
  'processing-register:history': { input: () => ({ id: 'casusregistratie' }), ...nothingTouched },
  'processing-register:document': { input: () => ({}), ...nothingTouched },
  'processing-register:save': { notCalled: PRINTS },
  'subject-overview:get': {
    input: (w) => ({ subjectId: w.personId, purpose: 'Inzageverzoek 2025-17', version: 'intern' }),
    expect: (w) => ({
      records: [r('betrokkene', w.personId), r('casus', w.caseId), r('besluit', w.addedDecision.id)],
      subjects: [w.personId],
    }),
  },
  'subject-overview:save': { notCalled: `${PRINTS} (subject-overview.e2e.test.ts checks its entries)` },
  'processing-log:page': {
    input: (w) => ({ filters: { ...ALL_FILTERS, subjectId: w.personId }, cursor: null, limit: 50 }),
    expect: (w) => ({ records: [], subjects: [w.personId] }),
  },
  'processing-log:options': { input: () => ({}), ...nothingTouched },
  'processing-log:export': {
    input: (w) => ({ filters: { ...ALL_FILTERS, subjectId: w.personId }, format: 'json', purpose: 'Controle FG' }),
    expect: (w) => ({ records: [], subjects: [w.personId] }),
  },
}

/** A meeting of table E with a case decided at it, held, its minutes in concept: ready to adopt. */
async function heldMeeting(w: ChannelWorld) {
  const meeting = await freshMeeting(w)
  const { id: caseId } = await registerCase(w.made.dispatch, w.ref, { alias: 'Kade bij E', tableId: w.ref.table('E') })
  const { item } = await w.send('agenda:add', {
    meetingId: meeting.id,
    parentId: null,
    position: null,
    values: itemValues({ title: 'Kade bij E', type: 'voortgang', caseId, status: 'besproken' }),
  })
  await overig(w, item.id, caseId)
  // A decision makes the meeting held; only the concept minutes are left to mark.
  await w.send('meeting:set-status', { id: meeting.id, status: 'verslag-concept' })
  return meeting
}

/** The real save steps of electron/main, with the save dialog answered by a test folder. */
function savingHandlers(made: TempVault, folder: string) {
  const noPrinter: RoutePrinter = {
    print: () => Promise.reject(new Error('this test saves formats that need no print window')),
  }
  const handlers: HandlersFor<'export:save' | 'districtReport:save' | 'attachment:save' | 'processing-log:export'> = {
    'export:save': async (request) =>
      saveExport(
        made.vault.db,
        await exportModelFor(made.vault.db, request),
        request,
        join(folder, 'besluiten.docx'),
        noPrinter,
      ),
    'districtReport:save': async (request) =>
      saveReportExport(await reportForExport(made.vault.db, request), request, join(folder, 'rapport.csv'), noPrinter),
    'attachment:save': ({ id }) => saveAttachmentCopy(made.vault.db, id, (name) => Promise.resolve(join(folder, name))),
    'processing-log:export': (request) => saveLogExport(made.vault.db, request, join(folder, 'log.json'), new Date()),
  }
  return handlers
}

interface LoggedSpan {
  seq: number
  trace_id: string
  parent_span_id: string | null
  name: string
  status: string
  activity_id: string
  data_subject_id: string | null
  records: string
  purpose: string | null
}

const declarationOf = (channel: Channel) =>
  (contract[channel] as { processing: ProcessingDeclaration<never, never> }).processing

let made: TempVault
let world: ChannelWorld
let dispatch: Dispatch
let saveFolder: string

beforeAll(async () => {
  made = await tempVault()
  saveFolder = mkdtempSync(join(tmpdir(), 'tafelwerk-saves-'))
  world = await channelWorld(made)
  dispatch = createDispatcher(made.vault, undefined, {
    ...createHandlers(made.vault),
    ...savingHandlers(made, saveFolder),
  })
}, 60_000)
afterAll(() => {
  made.cleanup()
  rmSync(saveFolder, { recursive: true, force: true })
})

const lastSeq = async () =>
  Number(
    (
      await made.vault.db
        .selectFrom('processing_log')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirstOrThrow()
    ).seq ?? 0,
  )
const spansAfter = (seq: number) =>
  made.vault.db
    .selectFrom('processing_log')
    .select([
      'seq',
      'trace_id',
      'parent_span_id',
      'name',
      'status',
      'activity_id',
      'data_subject_id',
      'records',
      'purpose',
    ])
    .where('seq', '>', seq)
    .orderBy('seq')
    .execute() as Promise<LoggedSpan[]>

/** Calls the channel as its row says and returns the spans the call added. */
async function callRow<C extends Channel>(channel: C, row: Extract<Row<C>, { input: unknown }>) {
  const input = await row.input(world)
  const before = await lastSeq()
  const answer = await dispatch(channel, input)
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`)
  return { input, output: answer.value as Output<C>, spans: await spansAfter(before) }
}

describe('every channel adds exactly the processing-log entries its declaration promises', () => {
  it('has a row for every channel of the contract, and calls every data channel', () => {
    expect(Object.keys(table).sort()).toEqual([...channels].sort())
    const uncalledData = channels.filter(
      (channel) => !isNoProcessing(declarationOf(channel)) && 'notCalled' in table[channel],
    )
    expect(uncalledData).toEqual(['subject-overview:save'])
  })

  for (const channel of channels) {
    const row = table[channel] as Row<Channel>
    if ('notCalled' in row) continue
    const declaration = declarationOf(channel)
    if (row.expect === 'nothing') {
      it(`${channel}: adds no entry`, async () => {
        expect(isNoProcessing(declaration)).toBe(true)
        const { spans } = await callRow(channel, row)
        expect(spans).toEqual([])
      })
      continue
    }
    const expectFor = row.expect
    it(`${channel}: one span for the call, one child per data subject`, async () => {
      expect(isNoProcessing(declaration)).toBe(false)
      const processing = declaration as Processing<unknown, unknown>
      const { input, output, spans } = await callRow(channel, row)
      const parsed: unknown = contract[channel].input.parse(input)
      const expected = expectFor(world, input, output)
      const [parent, ...children] = spans
      expect(parent).toMatchObject({
        name: channel,
        status: 'Ok',
        parent_span_id: null,
        activity_id: processing.activity,
        data_subject_id: null,
        purpose: processing.purpose?.(parsed) ?? null,
      })
      const logged = new Set(parent?.records.split(' ').filter(Boolean))
      const declared = [...(processing.inputRecords?.(parsed) ?? []), ...(processing.records?.(parsed, output) ?? [])]
      // A record is its id (the minutes share their meeting's id): the entry names each id once.
      const idOf = (name: string) => name.slice(name.indexOf(':') + 1)
      expect(new Set([...logged].map(idOf))).toEqual(new Set(declared.map((ref) => ref.id)))
      for (const name of logged) expect(declared.map((ref) => r(ref.kind, ref.id))).toContain(name)
      for (const name of expected.records)
        expect([...logged].map(idOf), `${channel} names ${name}`).toContain(idOf(name))
      // A declaration names only what the call saw: every id comes from its input or its answer.
      const seen = JSON.stringify([input, output])
      for (const name of logged) if (!name.startsWith('rapportage:')) expect(seen).toContain(idOf(name)) // a report's id is its scope and period
      expect(children.map((child) => child.data_subject_id).sort()).toEqual([...expected.subjects].sort())
      for (const child of children)
        expect(child).toMatchObject({ trace_id: parent?.trace_id, name: channel, records: '', status: 'Ok' })
    })
  }

  it('logs a refused call once, with status Error and the records its input names', async () => {
    const before = await lastSeq()
    const answer = await dispatch('case:get', { id: 'geen-casus' })
    expect(answer.ok).toBe(false)
    expect(await spansAfter(before)).toEqual([
      expect.objectContaining({
        name: 'case:get',
        status: 'Error',
        records: 'casus:geen-casus',
        data_subject_id: null,
      }),
    ])
  })
})
