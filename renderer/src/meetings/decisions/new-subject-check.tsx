import type { KeyboardEvent } from 'react'
import { draftTitle } from '../../subjects/subject-draft'
import { SubjectSuggestions } from '../../subjects/subject-suggestions'
import type { LookAlike, SubjectMatch } from './look-alikes'
import type { LookAlikeChecking } from './use-look-alike-step'

interface NewSubjectCheckProps {
  /** Null while the form is shown. */
  checking: LookAlikeChecking | null
  busy: boolean
  /** The existing subject to use instead, or null for "create the new one anyway". */
  onChoose: (match: SubjectMatch | null) => void
  onBack: () => void
}

function lead({ entry, number, total }: LookAlike): string {
  const which = total > 1 ? `nieuw subject ${String(number)} van ${String(total)}` : 'nieuw subject'
  return `U voert ‘${draftTitle(entry.draft)}’ in als ${which} bij dit besluit.`
}

/**
 * "Bedoelt u …?" for the new subjects of a decision, one look-alike at a
 * time; after the last choice the decision is recorded. Escape goes back to
 * the form, which kept everything typed.
 */
export function NewSubjectCheck({ checking, busy, onChoose, onBack }: NewSubjectCheckProps) {
  const lookAlike = checking?.check.lookAlikes[checking.step]
  if (!checking || !lookAlike) return null
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onBack()
  }
  return (
    // Escape bubbles here from the heading and the buttons inside.
    <div className="decision-check" onKeyDown={onKeyDown}>
      <SubjectSuggestions
        // A new key per look-alike: the next question mounts anew and takes focus to its heading.
        key={lookAlike.entry.key}
        draft={lookAlike.entry.draft}
        matches={lookAlike.matches}
        involvedIds={checking.check.involvedIds}
        lead={lead(lookAlike)}
        busy={busy}
        onLinkExisting={(match) => onChoose(match)}
        onCreateNew={() => onChoose(null)}
        onBack={onBack}
      />
    </div>
  )
}
