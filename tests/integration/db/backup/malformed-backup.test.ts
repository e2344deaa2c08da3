import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupsFor } from '../../../../db/backup/backups'
import { restoreSessionFor } from '../../../../db/backup/restore-session'
import { type ErrorCode, OmtError, errorMessages } from '../../../../shared/contract/errors'
import { anyEdit, keyFreeEdits } from '../../../support/backup-edits'
import { PASSPHRASE, hashFolder, tempVault, type TempVault } from '../../../support/temp-vault'

/** Fixed, so CI runs the same files every time; a failure prints its edit and the seed to replay it. */
const SEED = 20_261_204

let made: TempVault
let work: string
let original: Buffer
let vaultBefore: Record<string, string>

/**
 * The vault stays locked while the files are tried, as on the first screen
 * and the damaged-vault screen: then no read of its own moves its -wal, and
 * every byte of its folder can be compared after each try.
 */
beforeAll(async () => {
  made = await tempVault()
  work = mkdtempSync(join(tmpdir(), 'tafelwerk-malformed-'))
  await made.vault.db.insertInto('setting').values({ key: 'bewaard', value: '"ja"' }).execute()
  const backups = backupsFor(made.vault)
  backups.chooseFolder(work)
  const backup = await backups.make()
  original = readFileSync(join(work, backup.fileName))
  rmSync(join(work, backup.fileName))
  made.vault.lock()
  vaultBefore = hashFolder(made.folder)
})

afterAll(() => {
  restoreSessionFor(made.vault).cancel()
  made.cleanup()
  rmSync(work, { recursive: true, force: true })
})

const KEY_FREE_REFUSALS = /^BACKUP_(FOREIGN|DAMAGED|TOO_NEW)$/u
const ANY_REFUSAL = /^BACKUP_(FOREIGN|DAMAGED|TOO_NEW|WRONG_SECRET)$/u

async function refusal(attempt: () => Promise<unknown>): Promise<{ code: ErrorCode; message: string } | 'accepted'> {
  try {
    await attempt()
    return 'accepted'
  } catch (error) {
    if (!(error instanceof OmtError)) throw error
    return { code: error.code, message: error.message }
  }
}

function expectRefusedInDutch(
  what: string,
  answer: { code: ErrorCode; message: string } | 'accepted',
  codes: RegExp,
): void {
  expect([what, answer]).toEqual([
    what,
    { code: expect.stringMatching(codes) as string, message: expect.any(String) as string },
  ])
  if (answer !== 'accepted') expect([what, answer.message]).toEqual([what, errorMessages[answer.code]])
}

describe('a malformed back-up file', () => {
  it('the real back-up it is made from is accepted, so each refusal below is the edit’s', async () => {
    const path = join(work, 'echt.tafelbackup')
    writeFileSync(path, original)
    const session = restoreSessionFor(made.vault)
    expect(session.choose(path)).toMatchObject({ picked: true })
    expect(await session.inspect({ passphrase: PASSPHRASE })).toMatchObject({ migrated: false })
    session.cancel()
    expect(hashFolder(made.folder)).toEqual(vaultBefore)
  })

  it('is refused in Dutch before any key is derived when its magic, manifest or length is off (500 files)', async () => {
    const path = join(work, 'kapot.tafelbackup')
    const session = restoreSessionFor(made.vault)
    await fc.assert(
      fc.asyncProperty(keyFreeEdits(original), async (edit) => {
        writeFileSync(path, edit.bytes)
        expectRefusedInDutch(edit.what, await refusal(() => Promise.resolve(session.choose(path))), KEY_FREE_REFUSALS)
        expect(hashFolder(made.folder)).toEqual(vaultBefore)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it(
    'is refused in Dutch by the full check with the passphrase, whatever was changed (50 files)',
    { timeout: 90_000 },
    async () => {
      const path = join(work, 'kapot.tafelbackup')
      const session = restoreSessionFor(made.vault)
      await fc.assert(
        fc.asyncProperty(anyEdit(original), async (edit) => {
          writeFileSync(path, edit.bytes)
          const answer = await refusal(async () => {
            session.choose(path)
            await session.inspect({ passphrase: PASSPHRASE })
          })
          session.cancel()
          expectRefusedInDutch(edit.what, answer, ANY_REFUSAL)
          expect(hashFolder(made.folder)).toEqual(vaultBefore)
        }),
        { seed: SEED, numRuns: 50 },
      )
    },
  )
})
