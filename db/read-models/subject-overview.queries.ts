import type { Db } from '../kernel/schema/database'

/**
 * What the vault holds about one subject, for an inzageverzoek: reads only.
 * Every query is keyed by the subject or by the ids found for it, so the
 * overview never reads another subject's rows.
 */
export async function subjectRow(db: Db, subjectId: string) {
  return db.selectFrom('subject').selectAll().where('id', '=', subjectId).executeTakeFirst()
}

export async function involvementRows(db: Db, subjectId: string) {
  return db
    .selectFrom('involvement as i')
    .innerJoin('omt_case as c', 'c.id', 'i.case_id')
    .innerJoin('omt_table as t', 't.id', 'c.table_id')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .leftJoin('decision as od', 'od.id', 'i.opened_by_decision_id')
    .leftJoin('decision as cd', 'cd.id', 'i.closed_by_decision_id')
    .select([
      'i.id',
      'i.case_id',
      'i.opened_on',
      'i.closed_on',
      'c.code as case_code',
      'c.alias as case_alias',
      't.code as table_code',
      'p.name as phase_name',
      'od.code as opened_by',
      'cd.code as closed_by',
    ])
    .where('i.subject_id', '=', subjectId)
    .orderBy('c.code')
    .orderBy('i.opened_on')
    .execute()
}

/** Decisions that name the subject: through decision_involvement or as opener or closer of an involvement. */
export async function decisionRows(db: Db, subjectId: string) {
  const involvementIds = db.selectFrom('involvement').select('id').where('subject_id', '=', subjectId)
  const decisions = await db
    .selectFrom('decision as d')
    .leftJoin('omt_case as c', 'c.id', 'd.case_id')
    .select(['d.id', 'd.code', 'd.decided_on', 'd.type', 'd.status', 'd.text', 'd.reason', 'c.code as case_code'])
    .where((eb) =>
      eb.or([
        eb(
          'd.id',
          'in',
          eb.selectFrom('decision_involvement').select('decision_id').where('involvement_id', 'in', involvementIds),
        ),
        eb(
          'd.id',
          'in',
          eb
            .selectFrom('involvement')
            .select('opened_by_decision_id')
            .where('subject_id', '=', subjectId)
            .where('opened_by_decision_id', 'is not', null),
        ),
        eb(
          'd.id',
          'in',
          eb
            .selectFrom('involvement')
            .select('closed_by_decision_id')
            .where('subject_id', '=', subjectId)
            .where('closed_by_decision_id', 'is not', null),
        ),
      ]),
    )
    .orderBy('d.decided_on')
    .orderBy('d.code')
    .execute()
  const changes = await db
    .selectFrom('decision_involvement')
    .select(['decision_id', 'change'])
    .where('involvement_id', 'in', involvementIds)
    .execute()
  return { decisions, changes }
}

/** Interventions against the subject, and those on the whole of one of its cases; none about other subjects. */
export async function interventionRows(db: Db, subjectId: string, caseIds: readonly string[]) {
  return db
    .selectFrom('intervention as v')
    .innerJoin('omt_case as c', 'c.id', 'v.case_id')
    .innerJoin('partner as p', 'p.id', 'v.partner_id')
    .select([
      'v.id',
      'v.kind',
      'v.subtype',
      'v.status',
      'v.started_on',
      'v.ended_on',
      'v.result',
      'v.subject_id',
      'c.code as case_code',
      'p.name as partner_name',
    ])
    .where((eb) =>
      caseIds.length === 0
        ? eb('v.subject_id', '=', subjectId)
        : eb.or([
            eb('v.subject_id', '=', subjectId),
            eb.and([eb('v.subject_id', 'is', null), eb('v.case_id', 'in', caseIds)]),
          ]),
    )
    .orderBy('c.code')
    .orderBy('v.started_on')
    .execute()
}

/**
 * Who accessed the subject or its records, from the processing log: spans
 * naming the subject as data subject, and spans whose records include the
 * subject or one of the given record ids. Joined with the user and the
 * activity's latest name.
 */
export async function accessRows(db: Db, subjectId: string, recordIds: readonly string[]) {
  return db
    .selectFrom('processing_log as l')
    .leftJoin('vault_user as u', 'u.id', 'l.user_id')
    .select((eb) => [
      'l.seq',
      'l.trace_id',
      'l.name',
      'l.start_time',
      'l.activity_id',
      'l.purpose',
      'l.status',
      'u.name as user_name',
      'u.role as user_role',
      eb
        .selectFrom('processing_activity as a')
        .whereRef('a.id', '=', 'l.activity_id')
        .select('a.name')
        .orderBy('a.version', 'desc')
        .limit(1)
        .as('activity_name'),
    ])
    .where((eb) => {
      const naming = (recordIds: readonly string[]) =>
        eb('l.seq', 'in', eb.selectFrom('processing_log_record').select('seq').where('record_id', 'in', recordIds))
      return eb.or([
        eb('l.data_subject_id', '=', subjectId),
        naming([subjectId]),
        // Another person's inzageverzoek reads a shared case too, but it is about them: telling this
        // subject that someone else asked would disclose that person's request.
        ...(recordIds.length > 0 ? [eb.and([eb('l.activity_id', '!=', 'inzageverzoek'), naming(recordIds)])] : []),
      ])
    })
    .orderBy('l.seq')
    .execute()
}
