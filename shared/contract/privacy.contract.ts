import { processingRegisterContract } from './processing-register.contract'
import { subjectOverviewContract } from './subject-overview.contract'
import { vaultUserContract } from './vault-user.contract'

/** Issue 12's privacy parts that are not the log itself: the vault's owner, the register, the inzageverzoek. */
export const privacyContract = {
  ...vaultUserContract,
  ...processingRegisterContract,
  ...subjectOverviewContract,
} as const
