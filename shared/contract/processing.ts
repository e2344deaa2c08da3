import type { z } from 'zod'
import type { SubjectKind } from '../domain/subject'

/**
 * What a channel processes, declared beside the channel in the contract so no
 * channel can forget it (tests/unit/contract/processing-declarations.test.ts
 * fails on a channel without one). The dispatcher turns a declaration into
 * processing-log spans (Logius Logboek Dataverwerkingen): one span for the
 * call, with the records it concerns, and one child span per data subject.
 */

/** Ids into the register of processing activities (processing_activity). */
export const processingActivityIds = [
  'casusregistratie',
  'voorbereiden-omt',
  'vastleggen-besluit',
  'verstrekken',
  'inzageverzoek',
  'voortgangsrapportage',
  'bewaartermijn',
  'toezicht',
  'back-up',
] as const
export type ProcessingActivityId = (typeof processingActivityIds)[number]

export const recordKinds = [
  'casus',
  'betrokkene',
  'betrokkenheid',
  'interventie',
  'besluit',
  'vergadering',
  'agendapunt',
  'bijlage',
  'actie',
  'verslag',
  'export',
  /** A district report: its scope and period (it names no case, only suppressed counts). */
  'rapportage',
  /** An entry of the processing log itself, by its number: the break an acknowledgement is about. */
  'logregel',
] as const
export type RecordKind = (typeof recordKinds)[number]

export interface RecordRef {
  kind: RecordKind
  id: string
}

export interface SubjectRef {
  id: string
  type: SubjectKind
}

export interface Processing<I, O> {
  activity: ProcessingActivityId
  /** The records the call read or changed. On a failed call only `inputRecords` are logged. */
  records?: (input: I, output: O) => readonly RecordRef[]
  /** Records known before the call runs, so a refused call is logged against them too. */
  inputRecords?: (input: I) => readonly RecordRef[]
  /** The data subjects whose data the call read or changed: one child span each. */
  subjects?: (input: I, output: O) => readonly SubjectRef[]
  /** Exports and data-subject overviews: the purpose the user gave. */
  purpose?: (input: I) => string
}

/** A channel that touches no case data (settings, reference data, the vault itself), with the reason why. */
export interface NoProcessing {
  none: string
}

export type ProcessingDeclaration<I = never, O = never> = Processing<I, O> | NoProcessing

export function isNoProcessing(declaration: ProcessingDeclaration<never, never>): declaration is NoProcessing {
  return 'none' in declaration
}

/**
 * Declares a data channel: its callbacks are typed by the channel's own input
 * and output schemas.
 */
export function dataChannel<I extends z.ZodType, O extends z.ZodType, F extends ChannelFlags = Record<never, never>>(
  definition: { input: I; output: O; processing: Processing<z.output<I>, z.output<O>> } & F,
): { input: I; output: O; processing: Processing<z.output<I>, z.output<O>> } & F {
  return definition
}

export interface ChannelFlags {
  whileLocked?: true
  electronOnly?: true
  outputByKind?: true
}

/** Helpers for the usual shapes. */
export const record = (kind: RecordKind, id: string): RecordRef => ({ kind, id })
export const noCaseData = (why: string): NoProcessing => ({ none: why })
