import { useId, useRef, useState } from 'react'
import { OmtError } from '../../../shared/contract/errors'
import type { PurgePreview } from '../../../shared/contract/retention.contract'
import { subjectKindLabels } from '../../../shared/domain/subject'
import { useVaultMutation } from '../api/use-vault-mutation'
import { useVaultQuery } from '../api/use-vault-query'
import { Breadcrumbs } from '../components/breadcrumbs'
import { CheckboxField } from '../components/checkbox-field'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { PageHeading } from '../components/page-heading'
import { PageUnavailable } from '../components/page-unavailable'
import { StatusNote } from '../components/status-note'
import { longDate } from '../lib/dates'
import { useFocusOnMount } from '../lib/use-focus-on-mount'
import { useFormSubmit } from '../lib/use-form-submit'
import { caseRoutes } from '../register/case-routes'
import { hrefFor } from '../stores/route-store'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What goes: the subjects deleted, the ones kept for another case, and the rest as counts. */
function PurgeScopeList({ preview }: { preview: PurgePreview }) {
  return (
    <ul>
      <li>
        {preview.subjects.length === 0
          ? 'Geen subjecten of objecten die alleen in deze casus voorkomen.'
          : preview.subjects.length === 1
            ? '1 subject of object dat in geen andere casus voorkomt: '
            : `${String(preview.subjects.length)} subjecten en objecten die in geen andere casus voorkomen: `}
        {preview.subjects.map((subject, index) => (
          <span key={subject.id}>
            {index > 0 ? ', ' : ''}
            {subject.title} ({subjectKindLabels[subject.kind].toLowerCase()})
          </span>
        ))}
      </li>
      {preview.keptSubjects > 0 ? (
        <li>
          {count(preview.keptSubjects, 'subject blijft', 'subjecten blijven')} bewaard voor een andere casus; alleen de
          betrokkenheid bij deze casus verdwijnt.
        </li>
      ) : null}
      <li>{count(preview.involvements, 'betrokkenheid', 'betrokkenheden')} met hun perioden.</li>
      <li>
        {count(preview.attachments.length, 'bijlage', 'bijlagen')} bij de agendapunten
        {preview.attachments.length > 0
          ? `: ${preview.attachments.map((attachment) => attachment.fileName).join(', ')}`
          : ''}
        .
      </li>
      <li>De koppeling van {count(preview.interventions, 'interventie', 'interventies')} aan een subject.</li>
    </ul>
  )
}

/** The review step and the purge: each name found in the free text is replaced only when the user keeps it ticked. */
function PurgeForm({
  preview,
  onDone,
  onStale,
}: {
  preview: PurgePreview
  onDone: (message: string) => void
  /** The case changed since this review: the page shows the new one, with why. */
  onStale: (message: string) => void
}) {
  const reviewId = useId()
  const purge = useVaultMutation('retention:purge')
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(
    () => new Set(preview.occurrences.map((occurrence) => occurrence.key)),
  )
  const [understood, setUnderstood] = useState(false)
  const form = useFormSubmit(
    async () => {
      const done = await purge.run({
        caseId: preview.caseId,
        fingerprint: preview.fingerprint,
        confirmed: [...confirmed],
      })
      onDone(
        `Casus ${done.code} is vernietigd: ${count(done.counts.subjects, 'subject', 'subjecten')}, ${count(done.counts.attachments, 'bijlage', 'bijlagen')} en ${count(done.counts.replacedNames, 'naam', 'namen')} in vrije tekst verwijderd.` +
          (done.walCleared
            ? ''
            : ' Het logbestand van de kluis wordt opgeruimd zodra u de kluis vergrendelt; doe dat vandaag nog.'),
      )
    },
    {
      check: () =>
        understood ? {} : { understood: 'Bevestig dat u begrijpt dat vernietigen niet ongedaan kan worden.' },
      onFailure: (failure) => {
        if (!(failure instanceof OmtError && failure.code === 'CONFLICT')) return
        // Said once, above the new review this form is replaced by; not also in this form while it goes.
        form.errors.clear()
        onStale(failure.message)
      },
    },
  )
  const toggle = (key: string, on: boolean) =>
    setConfirmed((previous) => {
      const next = new Set(previous)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      <section className="case-section" aria-labelledby={reviewId}>
        <h2 id={reviewId} className="case-section__title">
          Namen in vrije tekst ({preview.occurrences.length})
        </h2>
        {preview.occurrences.length === 0 ? (
          <p className="muted">De namen van de subjecten die verdwijnen, komen niet voor in de teksten van de casus.</p>
        ) : (
          <fieldset className="fieldset">
            <legend className="field__label fieldset__legend">
              Vervang deze vermeldingen door ‘[naam verwijderd]’. Haal het vinkje weg bij een vermelding die geen naam
              van een betrokkene is.
            </legend>
            {preview.occurrences.map((occurrence) => (
              <CheckboxField
                key={occurrence.key}
                name="confirmed"
                value={occurrence.key}
                checked={confirmed.has(occurrence.key)}
                onChange={(event) => toggle(occurrence.key, event.target.checked)}
                label={
                  <>
                    <span className="occurrence__place">{occurrence.place}</span>:{' '}
                    <span className="occurrence__context">
                      {occurrence.cutBefore ? '…' : ''}
                      {occurrence.before}
                      <mark>{occurrence.match}</mark>
                      {occurrence.after}
                      {occurrence.cutAfter ? '…' : ''}
                    </span>
                  </>
                }
              />
            ))}
          </fieldset>
        )}
      </section>
      <CheckboxField
        name="understood"
        checked={understood}
        onChange={(event) => setUnderstood(event.target.checked)}
        label="Ik begrijp dat vernietigen niet ongedaan kan worden."
        error={form.errors.fieldError('understood')}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met vernietigen…" variant="danger">
        Persoonsgegevens vernietigen
      </FormActions>
    </form>
  )
}

/** The result, focused as it appears: the form and its button are gone, and keyboard users go on from here. */
function PurgeDone({ message, caseId }: { message: string; caseId: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useFocusOnMount(ref)
  return (
    <div ref={ref} tabIndex={-1} className="purge-done">
      <StatusNote message={message} />
      <p>
        <a href={hrefFor(caseRoutes.case(caseId))}>Naar de casus</a> ·{' '}
        <a href={hrefFor('bewaartermijnen')}>Naar de bewaartermijnen</a>
      </p>
    </div>
  )
}

/** #/bewaartermijnen/<case>/vernietigen: what a purge removes, the names to confirm, and the purge itself. */
export function PurgePage({ caseId }: { caseId: string }) {
  const preview = useVaultQuery('retention:purge-preview', { caseId })
  const [done, setDone] = useState<string | null>(null)
  const [stale, setStale] = useState<string | null>(null)
  const staleRef = useRef<HTMLDivElement>(null)
  if (!preview.data)
    return (
      <PageUnavailable
        view={
          preview.error
            ? { state: 'failed', heading: 'Persoonsgegevens vernietigen', message: preview.error }
            : { state: 'loading', text: 'Wat wordt vernietigd, wordt opgezocht…' }
        }
      />
    )
  const data = preview.data
  return (
    <div className="page">
      <Breadcrumbs
        crumbs={[
          { label: 'Bewaartermijnen', path: 'bewaartermijnen' },
          { label: data.code, path: caseRoutes.case(data.caseId) },
          { label: 'Vernietigen' },
        ]}
      />
      <PageHeading>
        Persoonsgegevens vernietigen: {data.code} {data.alias}
      </PageHeading>
      {done ? (
        <PurgeDone message={done} caseId={data.caseId} />
      ) : (
        <>
          <p>
            De bewaartermijn liep tot en met {longDate(data.retentionUntil)}. De casus zelf blijft met zijn datums,
            fasen, thema’s, gemeenten, besluiten en interventies zonder persoonsgegevens, zodat de voortgangsrapportage
            klopt.
          </p>
          {data.refusal ? (
            <div className="notice notice--warning">
              <p className="notice__title">Deze casus kan niet worden vernietigd</p>
              <p>{data.refusal}</p>
            </div>
          ) : (
            <>
              <h2 className="case-section__title">Wat verdwijnt</h2>
              <PurgeScopeList preview={data} />
              <div ref={staleRef} tabIndex={-1}>
                <FormAlert message={stale} />
              </div>
              <PurgeForm
                key={data.fingerprint}
                preview={data}
                onStale={(message) => {
                  setStale(message)
                  // The form comes back for the new review; focus goes to why, instead of being lost.
                  void preview.refetch().then(() => staleRef.current?.focus())
                }}
                onDone={(message) => {
                  setDone(message)
                  // The heading and the overview behind it show the case as it is now: its names scrubbed.
                  void preview.refetch()
                }}
              />
            </>
          )}
        </>
      )}
    </div>
  )
}
