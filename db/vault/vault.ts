import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { OmtError } from '../../shared/contract/errors'
import type { VaultStatus } from '../../shared/contract/vault.contract'
import type { Db } from '../kernel/schema/database'
import { NEW_HEADER, readHeader, type StoredHeader, type VaultHeader, writeHeader } from './header'
import { headerMacValid, sealHeader } from './header-mac'
import { headerVersionMarked, markHeaderVersion } from './header-version-mark'
import { finishRotation, removeRotatedCopy, swapInRotatedCopy, writeRotatedCopy } from './key-rotation'
import { usingKey } from './key-wrap'
import { makeKeyWraps, openWithPassphrase, rewrapPassphrase, rewrapRecovery } from './key-wraps'
import { IdleMaintenance } from './idle-maintenance'
import { ProcessingLog } from '../processing-log/processing-log'
import { checkpointTruncate, closeDatabase, openEncryptedDatabase, type SqliteDatabase } from './open-database'
import { formatRecoveryKey, generateRecoveryKey } from './recovery-key'
import { checkPassphrase, unwrapWithRecoveryKey } from './key-checks'
import { keyFacts } from './key-facts'
import { migratedDb } from './migrated-db'
import { assertNewPassphrase } from './new-passphrase'
import { checkVaultFiles } from './vault-check'
import { removeClosedStamp, writeClosedStamp } from './closed-stamp'
import { isDamageError } from './sqlite-damage'
import {
  allFiles,
  anyVaultFileExists,
  clearInUse,
  markInUse,
  setAside,
  type VaultFiles,
  vaultFiles,
} from './vault-files'

/** What a back-up copies: see withCommittedState. */
export interface CommittedState {
  sqlite: SqliteDatabase
  dataKey: Buffer
  header: VaultHeader
  anchorText: string | null
}

interface Open {
  sqlite: SqliteDatabase
  db: Db
  dataKey: Buffer
  maintenance: IdleMaintenance
  log: ProcessingLog
  /** A read met a page that failed its check: this session's lock writes no closed stamp, so the next unlock checks every page. */
  damageFound: boolean
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

  /** The user's own vault's files, also while the demo vault is open: where a restore goes. */
  get ownFiles(): VaultFiles {
    return this.home
  }

  status(): VaultStatus {
    const demo = this.demoFolder !== null
    const unknown = { recoveryKeyConfirmed: false, dataKeyShown: false, demo }
    if (this.open) return { state: 'unlocked', ...keyFacts(this.verifiedHeaderOrNull()), demo }
    if (!anyVaultFileExists(this.files)) return { state: 'none', ...unknown }
    const header = this.header()
    if (this.damaged || !header || !existsSync(this.files.database)) return { state: 'damaged', ...unknown }
    return { state: 'locked', ...keyFacts(header), demo }
  }

  /**
   * Opens a demo vault with fictitious data in its own folder, so demo data is
   * never mixed into the user's vault. It is rebuilt each time and removed when
   * locked, so its random passphrase is never needed again.
   */
  async openDemo(populate: (db: Db) => Promise<void>): Promise<void> {
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
  get db(): Db {
    if (!this.open) throw new OmtError('VAULT_LOCKED')
    return this.open.db
  }

  /** The processing log of the open vault (verwerkingenlog): every data channel call appends to it. */
  get processingLog(): ProcessingLog {
    return this.requireOpen().log
  }

  /** Every answered request restarts the quiet period after which the vault tidies up (see IdleMaintenance). */
  noteActivity(): void {
    this.open?.maintenance.postpone()
  }

  /** After a purge: the WAL folded in and emptied, so purged values are in neither file (see checkpointTruncate). */
  checkpointTruncate(): boolean {
    return this.open ? checkpointTruncate(this.open.sqlite) : false
  }

  /** A request failed on a damaged page (sqlite-damage.ts): the next unlock must not skip the full check. */
  noteDamageFound(): void {
    if (this.open) this.open.damageFound = true
  }

  /** The idle round at once: what a pause between two user actions would have done. */
  maintainNow(): void {
    this.open?.maintenance.run()
  }

  /**
   * Creates the vault, unlocks it, and returns the recovery key to show once.
   * `initialize` writes the first rows (the owner) into the migrated database;
   * if it fails the vault is removed like any unfinished one.
   */
  async create(
    passphrase: string,
    passphraseRepeat: string,
    initialize: (db: Db) => Promise<void> = () => Promise.resolve(),
  ): Promise<string> {
    const generation = this.lockGeneration
    if (this.status().state !== 'none') throw new OmtError('VAULT_EXISTS')
    assertNewPassphrase(passphrase, passphraseRepeat)
    const dataKey = randomBytes(32)
    const recoveryKey = generateRecoveryKey()
    try {
      const keys = await makeKeyWraps(dataKey, passphrase, recoveryKey)
      await this.openWith(dataKey, true, generation)
      writeHeader(this.files.header, sealHeader({ ...NEW_HEADER, createdAt: new Date().toISOString(), keys }, dataKey))
      markHeaderVersion(this.requireOpen().sqlite)
      await initialize(this.requireOpen().db)
      return formatRecoveryKey(recoveryKey)
    } catch (error) {
      // Nothing of the user's is in a vault that was never finished: clean up so they can retry.
      this.lock()
      for (const path of allFiles(this.files)) rmSync(path, { force: true })
      throw error
    } finally {
      dataKey.fill(0)
      recoveryKey.fill(0)
    }
  }

  async unlock(passphrase: string): Promise<void> {
    const generation = this.lockGeneration
    const header = this.requireHeader()
    const dataKey = await openWithPassphrase(header.keys, passphrase)
    if (!dataKey) throw new OmtError('WRONG_PASSPHRASE')
    let rotated: Buffer | null = null
    try {
      // Already open (a second window, a double click): the passphrase was still checked.
      if (this.open) return
      rotated = header.rotation && (await openWithPassphrase(header.rotation, passphrase))
      await this.openChecked(header, dataKey, rotated, generation)
    } finally {
      dataKey.fill(0)
      rotated?.fill(0)
    }
  }

  /** Unlocks with the recovery key and replaces the forgotten passphrase. */
  async recover(recoveryKeyText: string, passphrase: string, passphraseRepeat: string): Promise<void> {
    const generation = this.lockGeneration
    const header = this.requireHeader()
    await usingKey(await unwrapWithRecoveryKey(header.keys, recoveryKeyText), async (dataKey) => {
      assertNewPassphrase(passphrase, passphraseRepeat)
      if (!this.open) await this.openChecked(header, dataKey, null, generation)
      const current = this.verifiedHeader()
      writeHeader(
        this.files.header,
        sealHeader({ ...current, keys: await rewrapPassphrase(current.keys, dataKey, passphrase) }, dataKey),
      )
    })
  }

  /**
   * Changes the passphrase by re-wrapping the data key; the database is not
   * touched. An older copy of the header still opens the database with the
   * old passphrase until the data key itself is replaced (newDataKey).
   */
  async changePassphrase(current: string, passphrase: string, passphraseRepeat: string): Promise<void> {
    const header = this.verifiedHeader()
    await checkPassphrase(header, current, 'currentPassphrase')
    assertNewPassphrase(passphrase, passphraseRepeat)
    await usingKey(this.dataKeyCopy(), async (dataKey) => {
      writeHeader(
        this.files.header,
        sealHeader({ ...header, keys: await rewrapPassphrase(header.keys, dataKey, passphrase) }, dataKey),
      )
    })
  }

  /** The user proves they stored the key by typing it back. */
  async confirmRecoveryKey(recoveryKeyText: string): Promise<void> {
    const header = this.verifiedHeader()
    ;(await unwrapWithRecoveryKey(header.keys, recoveryKeyText)).fill(0)
    await usingKey(this.dataKeyCopy(), (dataKey) => {
      writeHeader(this.files.header, sealHeader({ ...header, recoveryConfirmed: true }, dataKey))
    })
  }

  /**
   * A lost or unconfirmed recovery key is replaced in this header. The data
   * key stays, so an older copy of the header still opens the database with
   * the old recovery key; newDataKey is what makes the old one useless.
   */
  async renewRecoveryKey(passphrase: string): Promise<string> {
    const header = this.verifiedHeader()
    await checkPassphrase(header, passphrase, 'passphrase')
    const recoveryKey = generateRecoveryKey()
    return usingKey(recoveryKey, (key) =>
      usingKey(this.dataKeyCopy(), async (dataKey) => {
        const keys = await rewrapRecovery(header.keys, dataKey, key)
        writeHeader(this.files.header, sealHeader({ ...header, keys, recoveryConfirmed: false }, dataKey))
        return formatRecoveryKey(key)
      }),
    )
  }

  /**
   * Replaces the data key: the database is re-encrypted under a new random
   * key, with a new recovery key. Afterwards no older header, recovery key or
   * shown data key opens this vault. Crash-safe: see key-rotation.ts.
   */
  async newDataKey(passphrase: string): Promise<string> {
    const header = this.verifiedHeader()
    await checkPassphrase(header, passphrase, 'passphrase')
    const current = this.dataKeyCopy()
    const next = randomBytes(32)
    const recoveryKey = generateRecoveryKey()
    try {
      const rotation = await makeKeyWraps(next, passphrase, recoveryKey)
      const open = this.requireOpen()
      const { database, header: headerPath } = this.files
      // Kysely's connection lock: a transaction another request has open ends first, and nothing is written after the copy.
      await open.db.connection().execute(() => {
        if (this.open !== open) throw new OmtError('VAULT_LOCKED')
        const copy = writeRotatedCopy(open.sqlite, database, current, next)
        const announced = { ...this.verifiedHeader(), rotation }
        writeHeader(headerPath, sealHeader(announced, current))
        this.closeForSwap()
        swapInRotatedCopy(copy, database)
        writeHeader(headerPath, sealHeader(finishRotation(announced, true), next))
        return Promise.resolve()
      })
      await this.openWith(next, false, this.lockGeneration)
      return formatRecoveryKey(recoveryKey)
    } catch (error) {
      // Which key the file is under is for the next unlock to find out (finishRotation), not for this connection.
      this.lock()
      throw error
    } finally {
      current.fill(0)
      next.fill(0)
      recoveryKey.fill(0)
      removeRotatedCopy(this.files.database)
    }
  }

  /**
   * Runs `read` on the open database while holding Kysely's connection: no
   * other request writes until it returns, so what it copies and counts is
   * one committed state. It gets a copy of the data key, which it zeroes, the
   * header and the processing log's anchor as they belong to that state.
   */
  async withCommittedState<T>(read: (state: CommittedState) => T): Promise<T> {
    const open = this.requireOpen()
    return open.db.connection().execute(() => {
      if (this.open !== open) throw new OmtError('VAULT_LOCKED')
      const header = this.verifiedHeader()
      return Promise.resolve(
        read({ sqlite: open.sqlite, dataKey: this.dataKeyCopy(), header, anchorText: open.log.anchorText() }),
      )
    })
  }

  /**
   * Opens the vault with a data key proved some other way than by the
   * passphrase: a restore unwrapped it from the back-up's header, which now
   * lies beside the restored database. The same checks as an unlock run.
   */
  async unlockWithDataKey(dataKey: Buffer): Promise<void> {
    const generation = this.lockGeneration
    if (this.open) throw new OmtError('VAULT_EXISTS')
    await this.openChecked(this.requireHeader(), dataKey, null, generation)
  }

  /** For opening the vault with standard SQLCipher 4 tools: the user's data is theirs. */
  async revealDataKey(passphrase: string): Promise<string> {
    const header = this.verifiedHeader()
    await checkPassphrase(header, passphrase, 'passphrase')
    return usingKey(this.dataKeyCopy(), (dataKey) => {
      writeHeader(this.files.header, sealHeader({ ...header, dataKeyShownAt: new Date().toISOString() }, dataKey))
      return dataKey.toString('hex')
    })
  }

  lock(): void {
    this.lockGeneration++
    const open = this.open
    this.open = null
    try {
      open?.maintenance.cancel()
      closeLog(open)
      if (open) this.closeCleanly(open.sqlite, open.damageFound ? null : open.dataKey)
    } finally {
      open?.dataKey.fill(0)
      this.closeDemo()
      if (open) for (const listener of this.lockListeners) listener()
    }
  }

  /** Closes the database for a moment, without telling anyone the vault locked: it reopens under its new key. */
  private closeForSwap(): void {
    const open = this.requireOpen()
    this.open = null
    open.maintenance.cancel()
    try {
      closeLog(open)
      this.closeCleanly(open.sqlite)
    } finally {
      if (open.sqlite.open) open.sqlite.close()
      open.dataKey.fill(0)
    }
  }

  /**
   * The WAL folded in and the database closed: nothing of this session is only
   * in the `-wal` any more. Given the data key (a lock, not the close before a
   * rotation's swap or after a failed open), the closed stamp then lets the
   * next unlock skip the full check of a file nobody touched (closed-stamp.ts).
   */
  private closeCleanly(sqlite: SqliteDatabase, stampKey: Buffer | null = null): void {
    // A WAL a full disk kept from folding in still holds commits: the mark stays, so losing that file is noticed.
    if (!closeDatabase(sqlite)) return
    clearInUse(this.files)
    if (stampKey) stampClosed(this.files, stampKey)
  }

  private closeDemo(): void {
    if (!this.demoFolder) return
    rmSync(this.demoFolder, { recursive: true, force: true })
    this.demoFolder = null
  }

  /** A demo vault has no recovery key worth keeping: don't nag about it. */
  private confirmDemoRecovery(): void {
    const dataKey = this.requireOpen().dataKey
    writeHeader(this.files.header, sealHeader({ ...this.verifiedHeader(), recoveryConfirmed: true }, dataKey))
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

  private requireOpen(): Open {
    if (!this.open) throw new OmtError('VAULT_LOCKED')
    return this.open
  }

  /**
   * The open data key, copied for an operation that awaits: a lock (idle,
   * screen, quit) zeroes the vault's own key at any moment, and a header
   * must never be sealed with a key that was wiped under it.
   */
  private dataKeyCopy(): Buffer {
    return Buffer.from(this.requireOpen().dataKey)
  }

  private header(): StoredHeader | null {
    return readHeader(this.files.header)
  }

  private requireHeader(): StoredHeader {
    // Not through status(): while unlocked it verifies the header, which comes back here, until the stack overflows.
    if (!this.open && !anyVaultFileExists(this.files)) throw new OmtError('VAULT_MISSING')
    const header = this.header()
    if (!header) throw new OmtError('VAULT_DAMAGED')
    return header
  }

  /** The header on disk, only if the open data key made it: nothing edited by hand is ever sealed again. */
  private verifiedHeader(): VaultHeader {
    const open = this.requireOpen()
    const header = this.requireHeader()
    if (header.legacy || !headerMacValid(header, open.dataKey)) throw new OmtError('VAULT_HEADER_CHANGED')
    return withoutBookkeeping(header)
  }

  /** While unlocked, the status believes only a header the open key made; otherwise it warns as if nothing was confirmed. */
  private verifiedHeaderOrNull(): VaultHeader | null {
    try {
      return this.verifiedHeader()
    } catch {
      return null
    }
  }

  /**
   * Opens the database once the header proved itself (its MAC, or for a
   * version 1 header the database's word that no newer header was ever
   * issued), finishing or dropping a data key rotation a crash interrupted.
   * The caller keeps, and zeroes, both keys.
   */
  private async openChecked(
    header: StoredHeader,
    dataKey: Buffer,
    rotated: Buffer | null,
    generation: number,
  ): Promise<void> {
    if (!header.legacy && !headerMacValid(header, dataKey)) throw new OmtError('VAULT_HEADER_CHANGED')
    const key = this.soundVaultKey(header.rotation && rotated ? [dataKey, rotated] : [dataKey])
    await this.openWith(key, false, generation)
    removeRotatedCopy(this.files.database)
    const open = this.requireOpen()
    try {
      if (header.legacy && headerVersionMarked(open.sqlite)) throw new OmtError('VAULT_HEADER_CHANGED')
      const settled = finishRotation(header, key === rotated)
      if (header.legacy || settled !== header) writeHeader(this.files.header, sealHeader(settled, key))
      // After the header: a crash in between leaves a version 2 header beside an unmarked database, which the next unlock marks.
      markHeaderVersion(open.sqlite)
    } catch (error) {
      if (isDamageError(error)) this.noteDamageFound()
      this.lock()
      if (!isDamageError(error)) throw error
      this.damaged = true
      throw new OmtError('VAULT_DAMAGED')
    }
  }

  /**
   * The key that opens the database, once its files proved sound (vault-check.ts).
   * While a rotation is pending the current key is tried first, then the next:
   * the rename may or may not have happened.
   */
  private soundVaultKey(keys: readonly Buffer[]): Buffer {
    const check = checkVaultFiles(this.files, keys)
    if (check.state === 'sound') return check.key
    const header = this.header()
    // A rotation got as far as the rename: only the next key opens the file, and only the passphrase unwraps it.
    if (check.state === 'no-key-opens' && header?.rotation && keys.length === 1)
      throw new OmtError('KEY_ROTATION_INTERRUPTED')
    this.damaged = true
    throw new OmtError('VAULT_DAMAGED')
  }

  /** The vault keeps its own copy of the key; the caller zeroes the one it passed. */
  private async openWith(dataKey: Buffer, create: boolean, generation: number): Promise<void> {
    let sqlite: SqliteDatabase
    try {
      sqlite = openEncryptedDatabase(this.files.database, dataKey, { create })
    } catch {
      this.damaged = true
      throw new OmtError('VAULT_DAMAGED')
    }
    // Before the first write; the in-use mark's folder sync makes the removal durable with it.
    removeClosedStamp(this.files.closedStamp)
    markInUse(this.files)
    let db: Db
    let log: ProcessingLog
    try {
      db = await migratedDb(sqlite, () => generation === this.lockGeneration)
      log = ProcessingLog.open(sqlite, dataKey, this.files.logAnchor)
    } catch (error) {
      this.closeCleanly(sqlite)
      // A page the unlock did not read (its check was skipped) can fail here, in the migrations or the log's verification.
      if (!isDamageError(error)) throw error
      this.damaged = true
      throw new OmtError('VAULT_DAMAGED')
    }
    this.damaged = false
    this.open = {
      sqlite,
      db,
      dataKey: Buffer.from(dataKey),
      maintenance: new IdleMaintenance(sqlite),
      log,
      damageFound: false,
    }
  }
}

/** A stored header's `legacy` flag is how it was read, not one of its fields. */
function withoutBookkeeping(header: VaultHeader & { legacy: boolean }): VaultHeader {
  const fields: Partial<VaultHeader & { legacy: boolean }> = { ...header }
  delete fields.legacy
  return fields as VaultHeader
}

/** A stamp that cannot be written (a full disk) only costs the next unlock its full check; the lock still locks. */
function stampClosed(files: VaultFiles, dataKey: Buffer): void {
  try {
    writeClosedStamp(files.closedStamp, files.database, dataKey)
  } catch {
    removeClosedStamp(files.closedStamp)
  }
}

/** The anchor is written at every lock; a failure to write it must not keep the vault open. */
function closeLog(open: Open | null): void {
  try {
    open?.log.close()
  } catch {
    // The next unlock then verifies from the previous anchor, which is still valid.
  }
}
