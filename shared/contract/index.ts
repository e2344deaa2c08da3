import type { z } from 'zod'
import type { Envelope } from './envelope'
import { actionContract } from './action.contract'
import { agendaContract } from './agenda.contract'
import { attachmentContract } from './attachment.contract'
import { attendanceContract } from './attendance.contract'
import { backupContract } from './backup.contract'
import { caseContract } from './case.contract'
import { clipboardContract } from './clipboard.contract'
import { decisionContract } from './decision.contract'
import { districtReportContract } from './district-report.contract'
import { districtReportExportContract } from './district-report-export.contract'
import { enforcementIssueContract } from './enforcement-issue.contract'
import { exportContract } from './export.contract'
import { interventionContract } from './intervention.contract'
import { meetingContract } from './meeting.contract'
import { meetingModeContract } from './meeting-mode.contract'
import { presenterContract } from './presenter.contract'
import { processingChainContract } from './processing-chain.contract'
import type { ProcessingDeclaration } from './processing'
import { processingLogContract } from './processing-log.contract'
import { referenceContract } from './reference.contract'
import { retentionContract } from './retention.contract'
import { searchContract } from './search.contract'
import { settingsContract } from './settings.contract'
import { subjectContract } from './subject.contract'
import { vaultContract } from './vault.contract'
import { privacyContract } from './privacy.contract'

/**
 * What every channel must carry. A channel without a `processing` declaration
 * (dataChannel or noCaseData, shared/contract/processing.ts) does not compile:
 * what it reads or changes is logged from it.
 */
interface DeclaredChannel {
  input: z.ZodType
  output: z.ZodType
  processing: ProcessingDeclaration<never, never>
}

/** Every channel between renderer and main: its input and output schema, and what it processes. */
export const contract = {
  ...vaultContract,
  ...backupContract,
  ...settingsContract,
  ...referenceContract,
  ...caseContract,
  ...subjectContract,
  ...interventionContract,
  ...searchContract,
  ...meetingContract,
  ...meetingModeContract,
  ...agendaContract,
  ...attachmentContract,
  ...attendanceContract,
  ...decisionContract,
  ...actionContract,
  ...enforcementIssueContract,
  ...exportContract,
  ...districtReportContract,
  ...districtReportExportContract,
  ...clipboardContract,
  ...presenterContract,
  ...retentionContract,
  ...processingChainContract,
  ...privacyContract,
  ...processingLogContract,
} as const satisfies Record<string, DeclaredChannel>

export type Contract = typeof contract
export type Channel = keyof Contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type Output<C extends Channel> = z.output<Contract[C]['output']>

export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

export function answersWhileLocked(channel: Channel): boolean {
  return 'whileLocked' in contract[channel]
}

/** Channels only Electron's main process can answer (a save dialog, a print window); the vault's handler map leaves them out. */
export type ElectronOnlyChannel = { [C in Channel]: Contract[C] extends { electronOnly: true } ? C : never }[Channel]

export function isElectronOnly(channel: Channel): channel is ElectronOnlyChannel {
  return 'electronOnly' in contract[channel]
}

/**
 * Channels whose output is a union on `kind` of which they answer the member
 * the input's `kind` asks for (reference:list). Their callers then get that
 * member's type, with no cast.
 */
export type OutputByKindChannel = { [C in Channel]: Contract[C] extends { outputByKind: true } ? C : never }[Channel]

/** What a call with this exact input answers: for the by-kind channels the member of the asked kind, else the channel's output. */
export type OutputFor<C extends Channel, I extends Input<C>> = C extends OutputByKindChannel
  ? I extends { kind: infer K }
    ? Extract<Output<C>, { kind: K }>
    : Output<C>
  : Output<C>

/** Pushed from main to the renderer; not requests. */
export const lockReasons = ['user', 'idle', 'screen-lock', 'suspend'] as const
export type LockReason = (typeof lockReasons)[number]

/** The one object the preload exposes as `window.omt`. */
export type OmtBridge = {
  [C in Channel]: (input: Input<C>) => Promise<Envelope<Output<C>>>
} & {
  onVaultLocked(listener: (reason: LockReason) => void): () => void
}

export type { Envelope } from './envelope'
export * from './errors'
