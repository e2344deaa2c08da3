import { useEffect, useRef, useState } from 'react'
import { useVaultMutation } from '../../api/use-vault-mutation'
import type { DecisionDraft } from './decision-draft'
import { findLookAlikes, type LookAlikeCheck, type SubjectMatch } from './look-alikes'

/** Which look-alike is asked now, and the existing subjects chosen so far per new entry's key. */
export interface LookAlikeChecking {
  check: LookAlikeCheck
  step: number
  linked: ReadonlyMap<number, string>
}

/**
 * The "Bedoelt u …?" step of a decision form: on submit, new subjects that
 * look like subjects Tafelwerk already holds are asked about one at a time
 * (the form is hidden meanwhile, and keeps everything typed). Spread
 * `areaProps` on an element around the form: when the form shows again, focus goes back
 * into it, where the secretary continues.
 */
export function useLookAlikeStep() {
  const area = useRef<HTMLDivElement>(null)
  const [checking, setChecking] = useState<LookAlikeChecking | null>(null)
  const focusAfter = useRef<string | null>(null)
  // Reads, but asked at the moment of recording rather than shown: call-shaped, like a write.
  const { run: suggest } = useVaultMutation('subject:suggest')
  const { run: caseDetail } = useVaultMutation('case:get')

  useEffect(() => {
    const selector = focusAfter.current
    if (checking || !selector) return
    focusAfter.current = null
    const form = area.current?.querySelector('form')
    // A field the vault refused has taken focus already (useFormErrors); that is where the fix is.
    if (form?.querySelector('[aria-invalid="true"]')) return
    form?.querySelector<HTMLElement>(selector)?.focus()
  }, [checking])

  const backTo = (selector: string) => {
    focusAfter.current = selector
    setChecking(null)
  }
  const asked = checking?.check.lookAlikes[checking.step]

  return {
    areaProps: { ref: area },
    checking,
    /** True when the secretary is asked first; false when nothing looks alike and the decision can be saved now. */
    start: async (draft: DecisionDraft): Promise<boolean> => {
      const check = await findLookAlikes(draft, { suggest, caseDetail })
      if (check.lookAlikes.length === 0) return false
      setChecking({ check, step: 0, linked: new Map() })
      return true
    },
    /** The answer about the look-alike asked now: null while more follow, then which existing subject replaces which new entry. */
    answer: (match: SubjectMatch | null): ReadonlyMap<number, string> | null => {
      if (!checking || !asked) return null
      const linked = new Map(checking.linked)
      if (match) linked.set(asked.entry.key, match.subject.id)
      else linked.delete(asked.entry.key)
      if (checking.step + 1 < checking.check.lookAlikes.length) {
        setChecking({ ...checking, step: checking.step + 1, linked })
        return null
      }
      return linked
    },
    /** Saved or refused: the form shows again, focus on its submit button (or on the field the vault refused). */
    finish: () => {
      if (checking) backTo('button[type="submit"]')
    },
    /** Escape or "Terug": the form again, focus on the entry that was asked about. */
    back: () => {
      if (asked) backTo(`input[name="nieuw-subject-${String(asked.entry.key)}-soort"]:checked`)
    },
  }
}
