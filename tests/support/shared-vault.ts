import { afterAll, beforeAll } from 'vitest'
import { type Reference, reference } from './case-fixtures'
import { openMeetingVault } from './meeting-fixtures'
import { tempVault, type TempVault } from './temp-vault'

export interface SharedVault {
  made: TempVault
  ref: Reference
}

export interface SharedMeetingVault extends SharedVault {
  meetingId: string
  /** The "voortgang" section of the meeting, where case items go. */
  parentId: string
}

/**
 * One real vault for all tests of a file, with its reference data looked up:
 * made before the first test, removed after the last. Its fields are filled in
 * by the time a test (or a later beforeAll) runs.
 */
export function useVault(): SharedVault {
  const shared = {} as SharedVault
  beforeAll(async () => {
    shared.made = await tempVault()
    shared.ref = await reference(shared.made.vault)
  })
  afterAll(() => shared.made.cleanup())
  return shared
}

/** The same, with one meeting made from the default template. */
export function useMeetingVault(): SharedMeetingVault {
  const shared = {} as SharedMeetingVault
  beforeAll(async () => {
    Object.assign(shared, await openMeetingVault())
  })
  afterAll(() => shared.made.cleanup())
  return shared
}
