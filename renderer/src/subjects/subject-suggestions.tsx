import { useRef } from 'react'
import type { CaseDetail } from '../../../shared/contract/case.contract'
import type { Output } from '../../../shared/contract/index'
import { useFocusOnMount } from '../lib/use-focus-on-mount'
import { subjectIdText, subjectKindText } from './subject-facts'
import { subjectNoun, type SubjectDraft } from './subject-draft'

type Match = Output<'subject:suggest'>['matches'][number]

const reasons: Record<Match['reason'], string> = {
  kvk: 'zelfde KvK-nummer',
  'naam-en-geboortedatum': 'zelfde naam en geboortedatum',
  naam: 'zelfde naam',
  omschrijving: 'zelfde omschrijving',
}

interface SubjectSuggestionsProps {
  draft: SubjectDraft
  matches: readonly Match[]
  /** The case the subject is for: a match that is part of it already is marked, not offered. */
  detail?: CaseDetail
  /** Instead of `detail`: the ids of subjects that cannot be linked again because they are part of the case already. */
  involvedIds?: ReadonlySet<string>
  /** Said right after the question, e.g. which of several new subjects this is. */
  lead?: string
  busy: boolean
  onLinkExisting: (match: Match) => void
  onCreateNew: () => void
  onBack: () => void
}

const about: Record<SubjectDraft['kind'], string> = {
  persoon: 'deze persoon',
  rechtspersoon: 'deze rechtspersoon',
  object: 'dit object',
}

function intro(draft: SubjectDraft, count: number): string {
  const noun = draft.kind === 'object' ? 'object' : 'subject'
  const found =
    count === 1
      ? `Er staat al een ${noun} in Tafelwerk dat hierop lijkt.`
      : `Er staan al ${String(count)} ${noun}en in Tafelwerk die hierop lijken.`
  return `${found} Koppel het bestaande, dan staat alles over ${about[draft.kind]} op één plek.`
}

/**
 * "Bedoelt u …?": existing subjects that look like the one being entered,
 * before a duplicate is made. Linking the existing one keeps everything about
 * one person in one place (and one answer to an inzageverzoek).
 */
export function SubjectSuggestions({
  draft,
  matches,
  detail,
  involvedIds,
  lead,
  busy,
  onLinkExisting,
  onCreateNew,
  onBack,
}: SubjectSuggestionsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef)
  const first = matches[0]
  const question = matches.length === 1 && first ? `Bedoelt u ${first.subject.title}?` : 'Bedoelt u een van deze?'
  const inCase =
    involvedIds ?? new Set(detail?.subjects.filter((entry) => entry.involved).map((entry) => entry.subject.id))
  return (
    <div className="suggestions">
      <h3 ref={headingRef} tabIndex={-1} className="suggestions__title">
        {question}
      </h3>
      {lead ? <p>{lead}</p> : null}
      <p>{intro(draft, matches.length)}</p>
      <ul className="suggestions__list">
        {matches.map((match) => {
          const facts = [
            subjectKindText(match.subject),
            subjectIdText(match.subject),
            match.caseCount === 1 ? 'in 1 casus' : `in ${String(match.caseCount)} casussen`,
          ]
          return (
            <li key={match.subject.id} className="suggestion">
              <div className="suggestion__text">
                <p className="suggestion__title">{match.subject.title}</p>
                <p className="suggestion__meta">
                  {facts.filter(Boolean).join(' · ')} · <strong>{reasons[match.reason]}</strong>
                </p>
              </div>
              {inCase.has(match.subject.id) ? (
                <span className="badge badge--muted">Al betrokken bij deze casus</span>
              ) : (
                <button
                  type="button"
                  className="button button--primary button--small"
                  aria-busy={busy || undefined}
                  onClick={() => onLinkExisting(match)}
                >
                  Koppel bestaande<span className="visually-hidden"> {match.subject.title}</span>
                </button>
              )}
            </li>
          )
        })}
      </ul>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onCreateNew}>
          Nee, nieuw{draft.kind === 'object' ? '' : 'e'} {subjectNoun[draft.kind]} toevoegen
        </button>
        <button type="button" className="link-button" onClick={onBack}>
          Terug naar het formulier
        </button>
      </div>
    </div>
  )
}
