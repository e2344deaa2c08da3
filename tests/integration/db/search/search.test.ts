import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Output } from '../../../../shared/contract/index'
import { call, editable, newCase, newIntervention } from '../../../support/case-fixtures'
import { useVault } from '../../../support/shared-vault'

const setup = useVault()

const search = (text: string, limitPerKind = 10) => call(setup.made.dispatch, 'search:query', { text, limitPerKind })
/** The ids found per kind, for terse expectations. */
async function found(text: string): Promise<Record<string, string[]>> {
  const { groups } = await search(text)
  return Object.fromEntries(groups.map((group) => [group.kind, group.results.map((result) => result.id)]))
}

describe('search after create, update and delete', () => {
  let detail: Output<'case:get'>

  it('finds a new case by code, alias prefix and summary words, diacritics ignored', async () => {
    detail = await call(
      setup.made.dispatch,
      'case:create',
      newCase(setup.ref, {
        alias: 'Zilveren Reiger',
        summary: '## Aanleiding\nEen shishalounge in Délft met contante omzet.',
      }),
    )
    expect(await found('zilv')).toEqual({ case: [detail.id] })
    expect(await found('ZILVEREN rei')).toEqual({ case: [detail.id] })
    expect(await found(detail.code)).toEqual({ case: [detail.id] })
    expect(await found('D-2025-0')).toEqual({ case: [detail.id] })
    expect(await found('delft shisha')).toEqual({ case: [detail.id] })
    const { groups } = await search('shisha')
    expect(groups[0]).toMatchObject({ kind: 'case', label: 'Casussen', total: 1 })
    expect(groups[0]?.results[0]).toMatchObject({
      title: `${detail.code} Zilveren Reiger`,
      detail: 'Signaal · OMT D (Delft en Westland)',
      caseId: detail.id,
    })
    expect(groups[0]?.results[0]?.snippet).toContainEqual({ text: 'shishalounge', hit: true })
  })

  it('forgets the old alias and summary after an update: no stale hits', async () => {
    detail = await call(setup.made.dispatch, 'case:update', {
      id: detail.id,
      values: { ...editable(detail), alias: 'Koperen Fuut', summary: 'Nu over een autobedrijf in Rijswijk.' },
    })
    expect(await found('zilveren')).toEqual({})
    expect(await found('shisha')).toEqual({})
    expect(await found('koper fuut')).toEqual({ case: [detail.id] })
    expect(await found('autobedrijf')).toEqual({ case: [detail.id] })
  })

  it('finds subjects by name without accents or special letters, and forgets an old name', async () => {
    const { subjectId } = await call(setup.made.dispatch, 'case:link-subject', {
      caseId: detail.id,
      openedOn: '2025-03-02',
      subject: { kind: 'persoon', name: 'Ayşe Yılmaz-Öztürk', birthDate: '1979-09-09' },
    })
    expect(await found('yilmaz')).toEqual({ subject: [subjectId] })
    expect(await found('ayse ozt')).toEqual({ subject: [subjectId] })
    expect(await found('Yılmaz')).toEqual({ subject: [subjectId] })
    // Letters without a Unicode decomposition are folded on both sides (shared EXTRA_FOLDS = the migration's list).
    for (const [name, typed] of [
      ['Michał Wiśniewski', 'michal wisniewski'],
      ['Søren Kjærgaard', 'soren kjaergaard'],
      ['Đorđe Straße', 'dorde strasse'],
    ] as const) {
      const { id } = await call(setup.made.dispatch, 'subject:create', {
        values: { kind: 'persoon', name, birthDate: null },
      })
      expect(await found(typed), typed).toEqual({ subject: [id] })
      expect(await found(name), name).toEqual({ subject: [id] })
    }
    const { groups } = await search('yilmaz')
    expect(groups[0]?.results[0]).toMatchObject({
      title: 'Ayşe Yılmaz-Öztürk',
      detail: 'Natuurlijk persoon · geboren 09-09-1979 · 1 casus',
      caseId: null,
    })
    await call(setup.made.dispatch, 'subject:update', {
      id: subjectId,
      values: { kind: 'persoon', name: 'Ayşe Demir', birthDate: '1979-09-09' },
    })
    expect(await found('yilmaz')).toEqual({})
    expect(await found('demir')).toEqual({ subject: [subjectId] })

    const { subjectId: company } = await call(setup.made.dispatch, 'case:link-subject', {
      caseId: detail.id,
      openedOn: '2025-03-02',
      subject: { kind: 'rechtspersoon', name: 'Vliet Vastgoed B.V.', kvk: '69123456' },
    })
    expect(await found('69123456')).toEqual({ subject: [company] })
    const { subjectId: boat } = await call(setup.made.dispatch, 'case:link-subject', {
      caseId: detail.id,
      openedOn: '2025-03-02',
      subject: {
        kind: 'object',
        objectKind: 'vaartuig',
        description: 'Motorjacht ‘Noorderlicht’, ligplaats jachthaven Katwijk',
      },
    })
    expect(await found('noorderl')).toEqual({ subject: [boat] })
  })

  it('finds interventions by measure, label words, partner and result, and forgets them after delete', async () => {
    const intervention = await call(setup.made.dispatch, 'intervention:create', {
      caseId: detail.id,
      values: newIntervention(setup.ref, { result: 'Woning gesloten voor drie maanden.' }),
    })
    expect(await found('damocles')).toEqual({ intervention: [intervention.id] })
    expect(await found('opiumwet')).toEqual({ intervention: [intervention.id] })
    expect(await found('woning gesloten')).toEqual({ intervention: [intervention.id] })
    const { groups } = await search('damocles')
    expect(groups[0]).toMatchObject({
      label: 'Interventies',
      results: [
        {
          title: 'Damocles (art. 13b Opiumwet)',
          caseId: detail.id,
          detail: `${detail.code} Koperen Fuut · Gemeente · Lopend`,
        },
      ],
    })

    await call(setup.made.dispatch, 'intervention:update', {
      id: intervention.id,
      values: newIntervention(setup.ref, {
        kind: 'financieel',
        subtype: 'beslag',
        partnerId: setup.ref.partner('FIOD'),
        result: 'Beslag op twee auto’s.',
      }),
    })
    expect(await found('damocles')).toEqual({})
    expect(await found('woning')).toEqual({})
    expect(await found('beslag fiod')).toEqual({ intervention: [intervention.id] })

    await call(setup.made.dispatch, 'intervention:delete', { id: intervention.id })
    expect(await found('beslag')).toEqual({})
  })

  it('follows a partner renamed in the settings', async () => {
    const intervention = await call(setup.made.dispatch, 'intervention:create', {
      caseId: detail.id,
      values: newIntervention(setup.ref, { partnerId: setup.ref.partner('NVWA'), subtype: 'bibob' }),
    })
    expect(await found('nvwa')).toEqual({ intervention: [intervention.id] })
    const partners = await call(setup.made.dispatch, 'reference:list', { kind: 'partner', includeArchived: false })
    if (partners.kind !== 'partner') throw new Error('expected partners')
    const nvwa = partners.rows.find((row) => row.shortName === 'NVWA')
    if (!nvwa) throw new Error('no NVWA')
    await call(setup.made.dispatch, 'reference:update', {
      kind: 'partner',
      id: nvwa.id,
      values: { name: nvwa.name, shortName: 'Warenautoriteit', convenant: nvwa.convenant },
    })
    expect(await found('nvwa')).toEqual({})
    expect(await found('warenautor')).toEqual({ intervention: [intervention.id] })
  })

  it('forgets a deleted case and its interventions, and keeps its subjects findable', async () => {
    const gone = await call(setup.made.dispatch, 'case:create', newCase(setup.ref, { alias: 'Vergankelijke Iris' }))
    const { subjectId } = await call(setup.made.dispatch, 'case:link-subject', {
      caseId: gone.id,
      openedOn: '2025-03-01',
      subject: { kind: 'persoon', name: 'Gerrit Zuiderduin', birthDate: null },
    })
    await call(setup.made.dispatch, 'intervention:create', {
      caseId: gone.id,
      values: newIntervention(setup.ref, { subtype: 'sluiting', result: 'Vergankelijk resultaat' }),
    })
    expect(Object.keys(await found('vergankelijk')).sort()).toEqual(['case', 'intervention'])
    await call(setup.made.dispatch, 'case:delete', { id: gone.id })
    expect(await found('vergankelijk')).toEqual({})
    expect(await found('zuiderduin')).toEqual({ subject: [subjectId] })
    const page = await call(setup.made.dispatch, 'subject:get', { id: subjectId })
    expect(page.cases).toEqual([])
  })
})

describe('search input', () => {
  it('treats FTS syntax as plain text and answers every input without error', async () => {
    for (const text of [
      '"',
      '""',
      'AND',
      'OR NOT',
      'NEAR(a b)',
      '*',
      'kind : case',
      'title:x',
      '{title body}: x',
      '-',
      '^zilver',
      "d'r",
      '(',
      ')',
      'a"b',
      '\u0000',
      '💥',
      ' '.repeat(5),
      'x'.repeat(200),
    ]) {
      const answer = await setup.made.dispatch('search:query', { text, limitPerKind: 5 })
      expect(answer.ok, text).toBe(true)
    }
    expect(await found('case')).toEqual({})
    expect(await found('"koperen"')).toMatchObject({ case: [expect.any(String)] })
  })

  it('groups in a fixed order, keeps the best per kind and counts all of them', async () => {
    const subjects: string[] = []
    for (let index = 0; index < 7; index++) {
      subjects.push(
        (
          await call(setup.made.dispatch, 'subject:create', {
            values: { kind: 'persoon', name: `Marker Persoon ${String(index)}`, birthDate: null },
          })
        ).id,
      )
    }
    await call(setup.made.dispatch, 'case:create', newCase(setup.ref, { alias: 'Marker Casus' }))
    const { groups } = await search('marker', 3)
    expect(groups.map((group) => [group.kind, group.label, group.total, group.results.length])).toEqual([
      ['case', 'Casussen', 1, 1],
      ['subject', 'Subjecten/objecten', 7, 3],
    ])
    expect(await search('   ')).toEqual({ groups: [] })
  })

  it('leaves a consistent index behind all those changes', async () => {
    await expect(
      sql`INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)`.execute(setup.made.vault.db),
    ).resolves.toBeDefined()
    // Every indexed record still exists: deletions took their index entries along.
    const orphans = await sql<{ n: number }>`
      SELECT count(*) AS n FROM search_document AS d
      WHERE NOT EXISTS (SELECT 1 FROM omt_case WHERE id = d.ref_id) AND NOT EXISTS (SELECT 1 FROM subject WHERE id = d.ref_id)
        AND NOT EXISTS (SELECT 1 FROM intervention WHERE id = d.ref_id)`.execute(setup.made.vault.db)
    expect(orphans.rows).toEqual([{ n: 0 }])
  })

  it('refuses a search text over 200 characters with a Dutch message', async () => {
    const answer = await setup.made.dispatch('search:query', { text: 'x'.repeat(201), limitPerKind: 5 })
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { text: 'Gebruik hoogstens 200 tekens om te zoeken.' } },
    })
  })
})
