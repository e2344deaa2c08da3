import { z } from 'zod'

const ASK = 'Vul in waarvoor u dit exporteert, bijvoorbeeld ‘verslag aan de partners’.'

/**
 * Why case data leaves the vault, asked on every export of it and logged with
 * the processing (WGS, AVG: who, when, what and why). A word or two is not a
 * purpose; three characters is the least that names one.
 */
export const ExportPurpose = z.string(ASK).trim().min(3, ASK).max(500, 'Gebruik hoogstens 500 tekens voor het doel.')
