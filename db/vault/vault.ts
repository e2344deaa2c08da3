import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Kysely, SqliteDialect } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import type { VaultStatus } from '../../shared/contract/vault.contract'
import { passphraseProblem, passphraseProblemMessages } from '../../shared/domain/passphrase-policy'
import { migrateToLatest } from '../migrations/migrate'
import type { Database } from '../schema/database'
import { type VaultHeader, WRAP_PURPOSE, readHeader, writeHeader } from './header'
import {
  deriveFromPassphrase,
  deriveFromRecoveryKey,
  newKdfParams,
  unwrapKey,
  wrapKey,
} from './key-wrap'
import { IdleMaintenance } from './idle-maintenance'
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from './open-database'
import { withStatementCache } from './statement-cache'
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key'
import { anyVaultFileExists, setAside, type VaultFiles, vaultFiles } from './vault-files'

interface Open {
  sqlite: SqliteDatabase
  db: Kysely<Database>
  dataKey: Buffer
  maintenance: IdleMaintenance
}

/**
 * The encrypted store: one SQLCipher database plus its header file. Owns the
 * data key while unlocked and forgets it when locked.
 */
export class Vault {
  private readonly home: VaultFiles
  /** Set while a throwaway demo vault is open instead of the user's own. */
  private demoFolder: string | null = null
  private open: Open | null = null
  private damaged = false
  /** Bumped by every lock, so an unlock still migrating when the screen locks does not open afterwards. */
  private lockGeneration = 0
  private readonly lockListeners = new Set<() => void>()

  constructor(folder: string) {
    this.home = vaultFiles(folder)
  }

  get files(): VaultFiles {
    return this.demoFolder ? vaultFiles(this.demoFolder) : this.home
  }

  status(): VaultStatus {
    const demo = this.demoFolder !== null
    if (this.open) return { state: 'unlocked', recoveryKeyConfirmed: this.header()?.recovery.confirmed ?? false, demo }
    if (!anyVaultFileExists(this.files)) return { state: 'none', recoveryKeyConfirmed: false, demo }
    const header = this.header()
    if (this.damaged || !header || !existsSync(this.files.database)) return { state: 'damaged', recoveryKeyConfirmed: false, demo }
    return { state: 'locked', recoveryKeyConfirmed: header.recovery.confirmed, demo }
  }

  /**
   * Opens a demo vault with fictitious data in its own folder, so demo data is
   * never mixed into the user's vault. It is rebuilt each time and removed when
   * locked, so its random passphrase is never needed again.
   */
  async openDemo(populate: (db: Kysely<Database>) => Promise<void>): Promise<void> {
    this.lock()
    const folder = join(this.home.folder, 'voorbeeldkluis')
    rmSync(folder, { recursive: true, force: true })
    mkdirSync(folder, { recursive: true })
    this.demoFolder = folder
    try {
      const passphrase = randomBytes(24).toString('base64')
      await this.create(passphrase, passphrase)
      await populate(this.db)
      this.confirmDemoRecovery()
    } catch (error) {
      this.lock()
      throw error
    }
  }

  get isUnlocked(): boolean {
    return this.open !== null
  }

  /** The query builder; every data channel goes through here, so locked means refused. */
  get db(): Kysely<Database> {
    if (!this.open) throw new OmtError('VAULT_LOCKED')
    return this.open.db
  }

  /** Every answered request restarts the quiet period after which the vault tidies up (see IdleMaintenance). */
  noteActivity(): void {
    this.open?.maintenance.postpone()
  }

  /** The idle round at once: what a pause between two user actions would have done. */
  maintainNow(): void {
    this.open?.maintenance.run()
  }

  /** Creates the vault, unlocks it, and returns the recovery key to show once. */
  async create(passphrase: string, passphraseRepeat: string): Promise<string> {
    const generation = this.lockGeneration
    if (this.status().state !== 'none') throw new OmtError('VAULT_EXISTS')
    assertNewPassphrase(passphrase, passphraseRepeat)
    const dataKey = randomBytes(32)
    const recoveryKey = generateRecoveryKey()
    const kdf = newKdfParams()
    const recoverySalt = randomBytes(16).toString('base64')
    const header: VaultHeader = {
      format: 'tafelwerk-vault',
      version: 1,
      cipher: 'sqlcipher-4',
      kdf,
      passphraseWrap: wrapKey(dataKey, await deriveFromPassphrase(passphrase, kdf), WRAP_PURPOSE.passphrase),
      recovery: {
        salt: recoverySalt,
        wrap: wrapKey(dataKey, deriveFromRecoveryKey(recoveryKey, recoverySalt), WRAP_PURPOSE.recovery),
        confirmed: false,
      },
      createdAt: new Date().toISOString(),
    }
    try {
      await this.openWith(dataKey, true, generation)
      writeHeader(this.files.header, header)
    } catch (error) {
      // Nothing of the user's is in a vault that was never finished: clean up so they can retry.
      this.lock()
      for (const path of [this.files.database, `${this.files.database}-wal`, `${this.files.database}-shm`]) {
        rmSync(path, { force: true })
      }
      throw error
    }
    return formatRecoveryKey(recoveryKey)
  }

  async unlock(passphrase: string): Promise<void> {
    const generation = this.lockGeneration
    const header = this.requireHeader()
    const dataKey = unwrapKey(header.passphraseWrap, await deriveFromPassphrase(passphrase, header.kdf), WRAP_PURPOSE.passphrase)
    if (!dataKey) throw new OmtError('WRONG_PASSPHRASE')
    // Already open (a second window, a double click): the passphrase was still checked.
    if (this.open) return void dataKey.fill(0)
    await this.openWith(dataKey, false, generation)
  }

  /** Unlocks with the recovery key and replaces the forgotten passphrase. */
  async recover(recoveryKeyText: string, passphrase: string, passphraseRepeat: string): Promise<void> {
    const generation = this.lockGeneration
    const header = this.requireHeader()
    const dataKey = this.unwrapWithRecoveryKey(header, recoveryKeyText)
    assertNewPassphrase(passphrase, passphraseRepeat)
    if (!this.open) await this.openWith(dataKey, false, generation)
    await this.rewrapPassphrase(header, dataKey, passphrase)
  }

  /** Changes the passphrase by re-wrapping the data key; the database is not touched. */
  async changePassphrase(current: string, passphrase: string, passphraseRepeat: string): Promise<void> {
    const header = this.requireHeader()
    const dataKey = await this.unwrapWithPassphrase(header, current, 'currentPassphrase')
    assertNewPassphrase(passphrase, passphraseRepeat)
    await this.rewrapPassphrase(header, dataKey, passphrase)
  }

  /** The user proves they stored the key by typing it back. */
  confirmRecoveryKey(recoveryKeyText: string): void {
    this.requireUnlocked()
    const header = this.requireHeader()
    this.unwrapWithRecoveryKey(header, recoveryKeyText)
    writeHeader(this.files.header, { ...header, recovery: { ...header.recovery, confirmed: true } })
  }

  /** A lost or unconfirmed recovery key is replaced; the old one stops working. */
  async renewRecoveryKey(passphrase: string): Promise<string> {
    this.requireUnlocked()
    const header = this.requireHeader()
    const dataKey = await this.unwrapWithPassphrase(header, passphrase, 'passphrase')
    const recoveryKey = generateRecoveryKey()
    const salt = randomBytes(16).toString('base64')
    const wrap = wrapKey(dataKey, deriveFromRecoveryKey(recoveryKey, salt), WRAP_PURPOSE.recovery)
    writeHeader(this.files.header, { ...header, recovery: { salt, wrap, confirmed: false } })
    return formatRecoveryKey(recoveryKey)
  }

  /** For opening the vault with standard SQLCipher 4 tools: the user's data is theirs. */
  async revealDataKey(passphrase: string): Promise<string> {
    this.requireUnlocked()
    const dataKey = await this.unwrapWithPassphrase(this.requireHeader(), passphrase, 'passphrase')
    return dataKey.toString('hex')
  }

  lock(): void {
    this.lockGeneration++
    const open = this.open
    this.open = null
    try {
      open?.maintenance.cancel()
      if (open) closeDatabase(open.sqlite)
    } finally {
      open?.dataKey.fill(0)
      this.closeDemo()
      if (open) for (const listener of this.lockListeners) listener()
    }
  }

  private closeDemo(): void {
    if (!this.demoFolder) return
    rmSync(this.demoFolder, { recursive: true, force: true })
    this.demoFolder = null
  }

  /** A demo vault has no recovery key worth keeping: don't nag about it. */
  private confirmDemoRecovery(): void {
    const header = this.requireHeader()
    writeHeader(this.files.header, { ...header, recovery: { ...header.recovery, confirmed: true } })
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener)
    return () => this.lockListeners.delete(listener)
  }

  /** Keeps a damaged vault's files under a new name so a new vault can be made. */
  setAsideDamaged(now = new Date()): string[] {
    if (this.status().state !== 'damaged') return []
    this.damaged = false
    return setAside(this.files, now)
  }

  private requireUnlocked(): void {
    if (!this.open) throw new OmtError('VAULT_LOCKED')
  }

  private header(): VaultHeader | null {
    return readHeader(this.files.header)
  }

  private requireHeader(): VaultHeader {
    const status = this.status()
    if (status.state === 'none') throw new OmtError('VAULT_MISSING')
    const header = this.header()
    if (!header) throw new OmtError('VAULT_DAMAGED')
    return header
  }

  private async unwrapWithPassphrase(header: VaultHeader, passphrase: string, field: string): Promise<Buffer> {
    const key = unwrapKey(header.passphraseWrap, await deriveFromPassphrase(passphrase, header.kdf), WRAP_PURPOSE.passphrase)
    if (!key) throw new OmtError('WRONG_PASSPHRASE', undefined, { [field]: 'Dit wachtwoord klopt niet.' })
    return key
  }

  private unwrapWithRecoveryKey(header: VaultHeader, text: string): Buffer {
    const recoveryKey = parseRecoveryKey(text)
    const dataKey =
      recoveryKey &&
      unwrapKey(header.recovery.wrap, deriveFromRecoveryKey(recoveryKey, header.recovery.salt), WRAP_PURPOSE.recovery)
    if (!dataKey) throw new OmtError('WRONG_RECOVERY_KEY', undefined, { recoveryKey: 'Deze herstelsleutel klopt niet.' })
    return dataKey
  }

  private async rewrapPassphrase(header: VaultHeader, dataKey: Buffer, passphrase: string): Promise<void> {
    const kdf = newKdfParams()
    const passphraseWrap = wrapKey(dataKey, await deriveFromPassphrase(passphrase, kdf), WRAP_PURPOSE.passphrase)
    writeHeader(this.files.header, { ...header, kdf, passphraseWrap })
  }

  private async openWith(dataKey: Buffer, create: boolean, generation: number): Promise<void> {
    let sqlite: SqliteDatabase
    try {
      sqlite = openEncryptedDatabase(this.files.database, dataKey, { create })
    } catch {
      dataKey.fill(0)
      this.damaged = true
      throw new OmtError('VAULT_DAMAGED')
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
    try {
      await migrateToLatest(db)
      if (generation !== this.lockGeneration) throw new OmtError('VAULT_LOCKED')
    } catch (error) {
      closeDatabase(sqlite)
      dataKey.fill(0)
      throw error
    }
    this.damaged = false
    this.open = { sqlite, db, dataKey, maintenance: new IdleMaintenance(sqlite) }
  }
}

function assertNewPassphrase(passphrase: string, repeat: string): void {
  const problem = passphraseProblem(passphrase)
  if (problem) {
    throw new OmtError('WEAK_PASSPHRASE', passphraseProblemMessages[problem], { passphrase: passphraseProblemMessages[problem] })
  }
  if (passphrase !== repeat) {
    throw new OmtError('PASSPHRASE_MISMATCH', undefined, { passphraseRepeat: 'Typ hetzelfde wachtwoord nog een keer.' })
  }
}
