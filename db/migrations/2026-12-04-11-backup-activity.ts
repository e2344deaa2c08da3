import { type Kysely, sql } from 'kysely'

/**
 * Back-up and restore (issue 13) copy every record of the vault: a processing
 * activity of its own in the register (AVG art. 32, security of processing),
 * which the log's `backup:make` and restore entries point to. Editable like
 * the others; this is its first version.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`INSERT INTO processing_activity
      (id, version, name, purpose, legal_basis, data_categories, subject_categories, retention, recipients, created_at)
    VALUES ('back-up', 1, 'Back-up en herstel',
      'De kluis beveiligen tegen verlies: een versleutelde kopie maken, controleren en zo nodig terugzetten.',
      'AVG artikel 32 (beveiliging van de verwerking), met de Wet gegevensverwerking door samenwerkingsverbanden (Wgs).',
      'Alle gegevens in de kluis, versleuteld zoals ze zijn opgeslagen.',
      'Personen en rechtspersonen die in een casus betrokken zijn.',
      'Zolang de gebruiker de back-up bewaart; een back-up bevat ook wat sindsdien is gewist.',
      'Niemand: de back-up blijft versleuteld bij de gebruiker.',
      strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`.execute(db)
}
