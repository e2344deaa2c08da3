import { z } from 'zod'
import { VaultOwnerValues } from './vault-user.contract'
import { noCaseData } from './processing'

const Passphrase = z.string().min(1, 'Vul het wachtwoord in.').max(1024)
const RecoveryKey = z.string().min(1, 'Vul de herstelsleutel in.').max(200)
const Empty = z.object({})
const vaultOnly = noCaseData('The vault itself: its keys, passphrase and lock state; no case data is read or changed.')

export const vaultStates = ['none', 'locked', 'unlocked', 'damaged'] as const
export const VaultStatus = z.object({
  state: z.enum(vaultStates),
  /** False until the user proved they stored the recovery key by typing it back. */
  recoveryKeyConfirmed: z.boolean(),
  /** True once the data key was shown, until a new data key replaces it. */
  dataKeyShown: z.boolean(),
  /** True while the throwaway demo vault with fictitious data is open instead of the user's own. */
  demo: z.boolean(),
})
export type VaultStatus = z.output<typeof VaultStatus>

const NewPassphrase = { passphrase: Passphrase, passphraseRepeat: Passphrase }

/** Vault channels answer while the vault is locked; every other channel does not. */
export const vaultContract = {
  'vault:status': { input: Empty, output: VaultStatus, whileLocked: true, processing: vaultOnly },
  /** The owner's name and role are asked here: the processing log names who processed. */
  'vault:create': {
    input: z.object({ ...NewPassphrase, ...VaultOwnerValues.shape }),
    output: z.object({ recoveryKey: z.string() }),
    whileLocked: true,
    processing: vaultOnly,
  },
  'vault:unlock': {
    input: z.object({ passphrase: Passphrase }),
    output: VaultStatus,
    whileLocked: true,
    processing: vaultOnly,
  },
  'vault:lock': { input: Empty, output: VaultStatus, whileLocked: true, processing: vaultOnly },
  'vault:recover': {
    input: z.object({ recoveryKey: RecoveryKey, ...NewPassphrase }),
    output: VaultStatus,
    whileLocked: true,
    processing: vaultOnly,
  },
  'vault:set-aside-damaged': { input: Empty, output: VaultStatus, whileLocked: true, processing: vaultOnly },
  /** "Probeer met voorbeeldgegevens": a separate vault with fictitious data; locking it removes it. */
  'vault:open-demo': { input: Empty, output: VaultStatus, whileLocked: true, processing: vaultOnly },
  'vault:confirm-recovery-key': {
    input: z.object({ recoveryKey: RecoveryKey }),
    output: VaultStatus,
    processing: vaultOnly,
  },
  'vault:renew-recovery-key': {
    input: z.object({ passphrase: Passphrase }),
    output: z.object({ recoveryKey: z.string() }),
    processing: vaultOnly,
  },
  'vault:change-passphrase': {
    input: z.object({ currentPassphrase: Passphrase, ...NewPassphrase }),
    output: VaultStatus,
    processing: vaultOnly,
  },
  /** A new data key and with it a new recovery key: no older header, recovery key or shown data key opens the vault afterwards. */
  'vault:new-data-key': {
    input: z.object({ passphrase: Passphrase }),
    output: z.object({ recoveryKey: z.string() }),
    processing: vaultOnly,
  },
  'vault:reveal-data-key': {
    input: z.object({ passphrase: Passphrase }),
    output: z.object({ dataKeyHex: z.string() }),
    processing: vaultOnly,
  },
} as const
