import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { withRawKeyLiteral } from '../../../../db/vault/raw-key'
import { PASSPHRASE } from '../../../support/temp-vault'
import {
  call,
  caseItem,
  common,
  createMeeting,
  decisionInput,
  openMeetingVault,
  refuse,
  registerCase,
  section,
} from '../../../support/meeting-fixtures'
import { newIntervention } from '../../../support/case-fixtures'
import type { TempVault } from '../../../support/temp-vault'

/** A surname no other record holds: its bytes must be gone from every page after the purge. */
const MARKER = 'Kwelderbloem'
const PERSON = `Pieter ${MARKER}`

let current: TempVault | null = null
afterEach(() => {
  current?.cleanup()
  current = null
  vi.useRealTimers()
})

const at = (date: string) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${date}T12:00:00`))
}

/** Every occurrence of the marker in bytes, in the spellings the vault may store it: as typed and folded for search. */
function holdsMarker(bytes: Buffer): boolean {
  return [MARKER, MARKER.toLowerCase(), MARKER.toUpperCase()].some(
    (spelling) => bytes.includes(Buffer.from(spelling, 'utf8')) || bytes.includes(Buffer.from(spelling, 'utf16le')),
  )
}

/**
 * The vault's pages decrypted, every one of them (free pages and free space
 * inside pages included): a copy of the locked file, rekeyed to no key, which
 * sqlite3mc does by rewriting each page in the clear.
 */
function decryptedPages(folder: string, dataKey: Buffer): Buffer {
  const copy = join(folder, 'plain-copy.db')
  copyFileSync(join(folder, 'tafelwerk.vault'), copy)
  const sqlite = new Database(copy)
  try {
    sqlite.pragma("cipher='sqlcipher'")
    sqlite.pragma('legacy=4')
    withRawKeyLiteral(dataKey, (literal) => sqlite.key(literal))
    sqlite.pragma('journal_mode=DELETE')
    sqlite.rekey(Buffer.alloc(0))
  } finally {
    sqlite.close()
  }
  const plain = readFileSync(copy)
  expect(plain.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000')
  return plain
}

async function world() {
  at('2025-06-01')
  const { made, ref, meetingId, parentId } = await openMeetingVault()
  current = made
  const { dispatch, vault } = made
  const purged = await registerCase(dispatch, ref, {
    alias: 'Zilte Wind',
    summary: `Melding over ${PERSON} en zijn loods.`,
  })
  const kept = await registerCase(dispatch, ref, { alias: 'Hoge Duinen' })
  const itemId = await caseItem(dispatch, meetingId, parentId, purged.id, 'Zilte Wind')
  const keptItem = await caseItem(dispatch, meetingId, parentId, kept.id, 'Hoge Duinen')
  const decide = (agendaItemId: string, values: Parameters<typeof decisionInput>) =>
    call(dispatch, 'decision:record', { agendaItemId, values: decisionInput(...values) })

  await decide(itemId, ['start-analyse', purged.id])
  const added = await call(dispatch, 'decision:record', {
    agendaItemId: itemId,
    values: {
      ...common,
      type: 'subject-toevoegen',
      caseId: purged.id,
      subjects: [
        { kind: 'persoon', name: PERSON, birthDate: '1970-02-03' },
        { kind: 'rechtspersoon', name: 'Gedeelde Handel B.V.', kvk: null },
      ],
    },
  })
  const shared = added.effect.subjects.find((subject) => subject.title === 'Gedeelde Handel B.V.')
  if (!shared) throw new Error('no shared subject')
  await decide(keptItem, ['start-analyse', kept.id])
  await call(dispatch, 'decision:record', {
    agendaItemId: keptItem,
    values: {
      ...common,
      type: 'subject-toevoegen',
      caseId: kept.id,
      subjects: [{ kind: 'bestaand', id: shared.subjectId }],
    },
  })
  await call(dispatch, 'decision:record', {
    agendaItemId: itemId,
    values: { ...common, type: 'overig', caseId: purged.id, text: `De OMT bespreekt de rol van ${PERSON}.` },
  })
  await call(dispatch, 'agenda:update', {
    id: itemId,
    values: {
      title: 'Zilte Wind',
      type: 'voortgang',
      caseId: purged.id,
      presenterPartnerId: null,
      durationMinutes: 10,
      confidential: true,
      notes: `Politie meldt dat ${MARKER.toUpperCase()} de loods huurt.`,
      chairNotes: '',
      status: 'besproken',
    },
  })
  await call(dispatch, 'attachment:add', {
    agendaItemId: itemId,
    fileName: 'notitie.txt',
    mediaType: 'text/plain',
    contentBase64: Buffer.from(`Gespreksverslag ${PERSON}`).toString('base64'),
  })
  await call(dispatch, 'intervention:create', {
    caseId: purged.id,
    values: newIntervention(ref, { startedOn: '2025-03-12', result: `Last onder dwangsom aan ${PERSON}.` }),
  })
  for (const type of ['start-casus', 'plan-van-aanpak', 'evaluatie', 'afsluiten'] as const)
    await decide(itemId, [type, purged.id])
  // The minutes adopted at the next meeting: the records are read-only from then on, except for a purge.
  const next = await createMeeting(dispatch, ref, { date: '2025-04-09' })
  await call(dispatch, 'decision:record', {
    agendaItemId: section(next, 'verslag').id,
    values: decisionInput('verslag-vastgesteld', ''),
  })
  expect((await call(dispatch, 'meeting:get', { id: meetingId })).status).toBe('verslag-vastgesteld')
  return { made, ref, vault, dispatch, purged, kept, shared, itemId }
}

describe('retention', () => {
  it('sets the retention of a closed case to its closing date plus the years in the settings, and undoes it with the decision', async () => {
    at('2025-03-20')
    const { made, ref, meetingId, parentId } = await openMeetingVault()
    current = made
    const { dispatch } = made
    await call(dispatch, 'settings:update', { retentionYears: 7 })
    const created = await registerCase(dispatch, ref, { alias: 'Korte Baan' })
    const itemId = await caseItem(dispatch, meetingId, parentId, created.id)
    for (const type of ['start-analyse', 'start-casus', 'plan-van-aanpak', 'evaluatie'] as const)
      await call(dispatch, 'decision:record', { agendaItemId: itemId, values: decisionInput(type, created.id) })
    expect((await call(dispatch, 'case:get', { id: created.id })).retentionUntil).toBe('2030-01-10')
    const closing = await call(dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('afsluiten', created.id),
    })
    expect((await call(dispatch, 'case:get', { id: created.id })).retentionUntil).toBe('2032-03-12')
    await call(dispatch, 'decision:withdraw', { id: closing.id, note: 'Ten onrechte vastgelegd.' })
    expect((await call(dispatch, 'case:get', { id: created.id })).retentionUntil).toBe('2030-01-10')
  })

  it('refuses an extension without a decision, keeps an extension by decision when the case closes, and lists it', async () => {
    at('2025-03-20')
    const { made, ref, meetingId, parentId } = await openMeetingVault()
    current = made
    const { dispatch } = made
    const created = await registerCase(dispatch, ref, { alias: 'Lange Adem' })
    const detail = await call(dispatch, 'case:get', { id: created.id })
    const refusal = await refuse(dispatch, 'case:update', {
      id: created.id,
      values: {
        code: detail.code,
        tableId: detail.table.id,
        alias: detail.alias,
        kind: detail.kind,
        leadPartnerId: detail.leadPartner?.id ?? null,
        signalPartnerId: detail.signalPartner?.id ?? null,
        caseDirector: detail.caseDirector,
        summary: detail.summary,
        themeIds: detail.themes.map((theme) => theme.id),
        gemeenteIds: detail.gemeenten.map((gemeente) => gemeente.id),
        retentionUntil: '2040-01-01',
      },
    })
    expect(JSON.stringify(refusal)).toMatch(/Verlengen van de bewaartermijn gaat met een besluit van de OMT/u)
    expect((await call(dispatch, 'case:get', { id: created.id })).retentionUntil).toBe('2030-01-10')

    const itemId = await caseItem(dispatch, meetingId, parentId, created.id)
    for (const type of ['start-analyse', 'start-casus', 'plan-van-aanpak', 'evaluatie'] as const)
      await call(dispatch, 'decision:record', { agendaItemId: itemId, values: decisionInput(type, created.id) })
    const first = await call(dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('bewaartermijn-verlengen', created.id, { retentionUntil: '2036-01-01' }),
    })
    await call(dispatch, 'decision:record', { agendaItemId: itemId, values: decisionInput('afsluiten', created.id) })
    // 2025-03-12 + 5 years is earlier than what the OMT decided: the extension stands.
    expect((await call(dispatch, 'case:get', { id: created.id })).retentionUntil).toBe('2036-01-01')
    expect(await call(dispatch, 'retention:extensions', { caseId: created.id })).toEqual({
      rows: [{ decisionId: first.id, code: first.code, decidedOn: '2025-03-12', from: '2030-01-10', to: '2036-01-01' }],
    })
  })

  it('refuses a purge before the retention expires and changes nothing', async () => {
    const { dispatch, vault, purged } = await world()
    at('2030-03-12')
    const preview = await call(dispatch, 'retention:purge-preview', { caseId: purged.id })
    expect(preview.refusal).toBe(
      'De bewaartermijn van casus ' + purged.code + ' loopt tot en met 12-03-2030. Vernietigen kan pas daarna.',
    )
    const before = await vault.db.selectFrom('subject').select('id').execute()
    const refusal = await refuse(dispatch, 'retention:purge', {
      caseId: purged.id,
      fingerprint: preview.fingerprint,
      confirmed: preview.occurrences.map((occurrence) => occurrence.key),
    })
    expect(refusal.message).toBe(preview.refusal)
    expect(await vault.db.selectFrom('subject').select('id').execute()).toEqual(before)
    expect(await vault.db.selectFrom('retention_purge').selectAll().execute()).toEqual([])
  })

  it('purges an expired case: its subjects, attachments and confirmed names are gone from every page and the WAL; the anonymous facts stay', async () => {
    const { made, dispatch, vault, purged, kept, shared } = await world()
    // The scan can fail: before the purge the marker is in the decrypted pages.
    const dataKey = Buffer.from((vault as unknown as { open: { dataKey: Buffer } }).open.dataKey)
    vault.lock()
    expect(holdsMarker(decryptedPages(made.folder, dataKey))).toBe(true)
    expect(holdsMarker(readFileSync(join(made.folder, 'tafelwerk.vault')))).toBe(false)
    await vault.unlock(PASSPHRASE)
    at('2030-03-13')
    expect(JSON.stringify(await call(dispatch, 'search:query', { text: MARKER, limitPerKind: 20 }))).toMatch(
      new RegExp(MARKER, 'iu'),
    )
    const overview = await call(dispatch, 'retention:overview', {})
    expect(overview.rows.find((row) => row.caseId === purged.id)).toMatchObject({ state: 'verlopen', extensions: 0 })

    const preview = await call(dispatch, 'retention:purge-preview', { caseId: purged.id })
    expect(preview.refusal).toBeNull()
    expect(preview.subjects.map((subject) => subject.title)).toEqual([PERSON])
    expect(preview.keptSubjects).toBe(1)
    expect(preview.attachments.map((attachment) => attachment.fileName)).toEqual(['notitie.txt'])
    const places = preview.occurrences.map((occurrence) => occurrence.place)
    expect(places).toEqual(
      expect.arrayContaining([
        `Casus ${purged.code}, samenvatting`,
        expect.stringMatching(/^Besluit .*, tekst$/u),
        expect.stringMatching(/, verslag$/u),
        'Interventie damocles, resultaat',
      ]),
    )
    const stale = await refuse(dispatch, 'retention:purge', {
      caseId: purged.id,
      fingerprint: 'verouderd',
      confirmed: [],
    })
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toMatch(/gewijzigd sinds het overzicht/u)

    const facts = async () => ({
      phases: await vault.db
        .selectFrom('case_phase')
        .select(['phase_id', 'started_on'])
        .where('case_id', '=', purged.id)
        .orderBy('seq')
        .execute(),
      themes: await vault.db.selectFrom('case_theme').select('theme_id').where('case_id', '=', purged.id).execute(),
      interventions: await vault.db
        .selectFrom('intervention')
        .select(['subtype', 'status', 'started_on', 'amount_cents'])
        .where('case_id', '=', purged.id)
        .execute(),
      decisions: await vault.db
        .selectFrom('decision')
        .select(['type', 'closing_reason'])
        .where('case_id', '=', purged.id)
        .orderBy('number')
        .execute(),
      registered: await vault.db
        .selectFrom('omt_case')
        .select(['registered_on', 'kind', 'table_id'])
        .where('id', '=', purged.id)
        .execute(),
    })
    const before = await facts()
    const done = await call(dispatch, 'retention:purge', {
      caseId: purged.id,
      fingerprint: preview.fingerprint,
      confirmed: preview.occurrences.map((occurrence) => occurrence.key),
    })
    expect(done.counts).toEqual({
      subjects: 1,
      involvements: 2,
      attachments: 1,
      interventions: 0,
      replacedNames: preview.occurrences.length,
    })
    expect(await facts()).toEqual(before)
    const logged = await vault.db.selectFrom('retention_purge').selectAll().execute()
    expect(logged).toEqual([
      expect.objectContaining({ case_id: purged.id, case_code: purged.code, retention_until: '2030-03-12' }),
    ])
    expect(JSON.parse(logged[0]?.counts ?? '{}')).toEqual(done.counts)
    // The dispatcher logged the purge: one span for the case, one child span for the subject removed.
    const spans = await vault.db
      .selectFrom('processing_log')
      .select(['activity_id', 'status', 'records', 'data_subject_id'])
      .where('name', '=', 'retention:purge')
      .where('status', '=', 'Ok')
      .execute()
    expect(spans.map((span) => span.activity_id)).toEqual(['bewaartermijn', 'bewaartermijn'])
    expect(spans.find((span) => span.data_subject_id === null)?.records).toContain(`casus:${purged.id}`)
    expect(spans.map((span) => span.data_subject_id)).toContain(done.subjects[0]?.id)
    // The shared subject stays with the other case.
    expect((await call(dispatch, 'case:get', { id: kept.id })).subjects.map((subject) => subject.subject.id)).toContain(
      shared.subjectId,
    )
    expect((await call(dispatch, 'retention:overview', {})).rows.map((row) => row.caseId)).not.toContain(purged.id)
    const again = await refuse(dispatch, 'retention:purge', {
      caseId: purged.id,
      fingerprint: preview.fingerprint,
      confirmed: [],
    })
    expect(again.message).toMatch(/al vernietigd/u)

    expect(JSON.stringify(await call(dispatch, 'search:query', { text: MARKER, limitPerKind: 20 }))).not.toMatch(
      new RegExp(MARKER, 'iu'),
    )

    const wal = join(made.folder, 'tafelwerk.vault-wal')
    expect(!existsSync(wal) || statSync(wal).size === 0 || !holdsMarker(readFileSync(wal))).toBe(true)
    vault.lock()
    expect(holdsMarker(readFileSync(join(made.folder, 'tafelwerk.vault')))).toBe(false)
    expect(holdsMarker(decryptedPages(made.folder, dataKey))).toBe(false)
    await vault.unlock(PASSPHRASE)
  })
})
