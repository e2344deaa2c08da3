/**
 * What the parent hands the kill child, and the lines the child prints. Each
 * line is printed only after the answer it reports came back, except the
 * `*-start` and `order-sent` lines, which are printed just before the request.
 */

/** What the child does besides its decisions and reorders, so kills can be aimed at it. */
export type KillFocus = 'backup' | 'rotation' | 'mixed'

export interface ChildConfig {
  folder: string
  /** The data key in hex, or null to unlock with the passphrase (the slow, real way). */
  dataKeyHex: string | null
  decisionItemId: string
  reorderMeetingId: string
  focus: KillFocus
  seed: number
}

/** The ids the parent set up once per vault; every child works on these. */
export interface KillWorld {
  folder: string
  backupFolder: string
  decisionItemId: string
  reorderMeetingId: string
}

/** The phase a fresh case is in, and the one its decision moves it to. */
export const PHASE_BEFORE = 'signaal'
export const PHASE_AFTER = 'analyse'
/** How many new subjects each subject decision adds: the effect to find complete, or not at all. */
export const SUBJECTS_PER_DECISION = 2
/** Names of the subjects the child adds start with this, so the checks can find them all. */
export const SUBJECT_PREFIX = 'Kill'
