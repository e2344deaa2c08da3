import { z } from 'zod'
import { dataChannel, noCaseData } from './processing'
import { VaultStatus } from './vault.contract'

const Empty = z.object({})
const aboutBackups = noCaseData('Where back-ups go and when the last one was made; no case data is read or changed.')
const aboutRestore = noCaseData(
  'A back-up file is checked or put in place of the vault; the restored vault logs its own restore (vault-restore.ts).',
)

export const backupPhases = ['snapshot', 'check', 'write', 'readback'] as const

export const BackupProgress = z.object({
  running: z.boolean(),
  phase: z.enum(backupPhases).nullable(),
  doneBytes: z.number().int().min(0),
  totalBytes: z.number().int().min(0),
})
export type BackupProgress = z.output<typeof BackupProgress>

export const BackupStatus = z.object({
  /** The folder back-ups go to, null until the user chose one. */
  folder: z.string().nullable(),
  lastBackupAt: z.iso.datetime().nullable(),
  reminderDays: z.number().int(),
  /** True when there is no back-up, or the last one is older than reminderDays. */
  due: z.boolean(),
})
export type BackupStatus = z.output<typeof BackupStatus>

export const BackupMade = z.object({
  fileName: z.string(),
  folder: z.string(),
  bytes: z.number(),
  createdAt: z.string(),
})
export type BackupMade = z.output<typeof BackupMade>

const PickedBackup = z.union([
  z.object({ picked: z.literal(false) }),
  z.object({ picked: z.literal(true), fileName: z.string(), createdAt: z.string() }),
])
export type PickedBackup = z.output<typeof PickedBackup>

/** What a checked back-up holds, shown before anything changes. */
export const RestoreSummary = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  /** True when the back-up was made by an older Tafelwerk and was brought up to date on the copy. */
  migrated: z.boolean(),
  /** A recovery key opened it: a new passphrase is asked before it is put in place. */
  needsNewPassphrase: z.boolean(),
  /** Rows per kind of record: numbers only, so this answer holds no case data. */
  counts: z.object({
    caseCount: z.number(),
    subjectCount: z.number(),
    meetingCount: z.number(),
    decisionCount: z.number(),
    actionCount: z.number(),
    attachmentCount: z.number(),
  }),
})
export type RestoreSummary = z.output<typeof RestoreSummary>

const Secret = z.union([
  z.object({ passphrase: z.string().min(1, 'Vul het wachtwoord in.').max(1024) }),
  z.object({ recoveryKey: z.string().min(1, 'Vul de herstelsleutel in.').max(200) }),
])

export const backupContract = {
  'backup:status': { input: Empty, output: BackupStatus, processing: aboutBackups },
  /** The folder dialog lives in main; the choice is kept beside the vault (backup-settings.ts). */
  'backup:choose-folder': {
    input: Empty,
    output: z.object({ folder: z.string().nullable() }),
    electronOnly: true,
    processing: aboutBackups,
  },
  /** A copy of the whole vault, encrypted as it is, written to the chosen folder and checked there. */
  'backup:make': dataChannel({
    input: Empty,
    output: BackupMade,
    processing: { activity: 'back-up', records: () => [] },
  }),
  'backup:progress': { input: Empty, output: BackupProgress, whileLocked: true, processing: aboutBackups },
  /** The newest back-up in the folder the last back-up went to: what the damaged-vault screen offers. */
  'restore:choose-newest': { input: Empty, output: PickedBackup, whileLocked: true, processing: aboutRestore },
  'restore:choose-file': {
    input: Empty,
    output: PickedBackup,
    whileLocked: true,
    electronOnly: true,
    processing: aboutRestore,
  },
  /** Opens the chosen back-up with the secret of when it was made and checks it on a copy; nothing else changes. */
  'restore:inspect': { input: Secret, output: RestoreSummary, whileLocked: true, processing: aboutRestore },
  /** Puts the checked copy in place; the current vault is kept beside it under a dated name. */
  'restore:apply': {
    input: z.object({
      passphrase: z.string().max(1024).optional(),
      passphraseRepeat: z.string().max(1024).optional(),
    }),
    output: z.object({ status: VaultStatus, keptAs: z.array(z.string()) }),
    whileLocked: true,
    processing: aboutRestore,
  },
  'restore:cancel': { input: Empty, output: Empty, whileLocked: true, processing: aboutRestore },
} as const
