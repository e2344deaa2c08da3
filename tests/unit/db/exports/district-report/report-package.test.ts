import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readReportPackage, writeReportPackage } from '../../../../../db/exports/district-report/report-package'
import { canonicalJson } from '../../../../../shared/domain/canonical-json'
import { sampleDistrictReport } from '../../../../support/sample-district-report'

const report = sampleDistrictReport()
const written = writeReportPackage(report)
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')
/** A package whose digest fits its body: what someone who edits the body and recomputes the digest makes. */
const withBody = (body: string, head = 'TAFELWERK-RAPPORT 1') =>
  new Uint8Array(Buffer.from(`${head}\n${createHash('sha256').update(body, 'utf8').digest('hex')}\n${body}`, 'utf8'))
const bodyOf = (bytes: Uint8Array) => JSON.parse(text(bytes).split('\n').slice(2).join('\n')) as Record<string, unknown>
const refusal = (bytes: Uint8Array, fileName?: string) => {
  try {
    readReportPackage(bytes, fileName)
  } catch (error) {
    return error as { code: string; message: string }
  }
  return null
}

describe('the report package', () => {
  it('starts with its version line and the SHA-256 of the body, then the canonical JSON', () => {
    const [first, digest, ...rest] = text(written).split('\n')
    const body = rest.join('\n')
    expect(first).toBe('TAFELWERK-RAPPORT 1')
    expect(digest).toBe(createHash('sha256').update(body, 'utf8').digest('hex'))
    expect(body).toBe(canonicalJson(JSON.parse(body)))
    expect(JSON.parse(body)).toMatchObject({
      format: 'tafelwerk-rapport',
      version: 1,
      scopeLabel: report.scopeLabel,
      period: report.period,
      generatedAt: report.generatedAt,
      thresholds: report.thresholds,
      report: { notes: report.notes },
    })
  })

  it('reads back exactly the report that was written, notes included, and writes the same bytes twice', () => {
    expect(readReportPackage(written)).toEqual(report)
    expect(Buffer.from(writeReportPackage(report)).equals(Buffer.from(written))).toBe(true)
  })

  it('refuses every single changed byte, at every position', () => {
    const refusedAt: number[] = []
    for (let position = 0; position < written.length; position++) {
      for (const flip of [0x01, 0x20, 0x80]) {
        const changed = Uint8Array.from(written)
        changed[position] = (changed[position] ?? 0) ^ flip
        const error = refusal(changed)
        expect(error?.code, `byte ${String(position)} ^ ${String(flip)}`).toMatch(/^PACKAGE_/u)
      }
      refusedAt.push(position)
    }
    expect(refusedAt).toHaveLength(written.length)
  })

  it('refuses any byte replaced by any other value, an inserted byte and a removed one (property)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: written.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        fc.constantFrom('replace', 'insert', 'remove'),
        (position, delta, how) => {
          const bytes = Array.from(written)
          if (how === 'replace') bytes[position] = ((bytes[position] ?? 0) + delta) % 256
          if (how === 'insert') bytes.splice(position, 0, delta)
          if (how === 'remove') bytes.splice(position, 1)
          expect(refusal(Uint8Array.from(bytes))?.code).toMatch(/^PACKAGE_/u)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('refuses trailing data and a cut-off file as damaged', () => {
    expect(refusal(Buffer.concat([written, Buffer.from('\n')]))?.code).toBe('PACKAGE_DAMAGED')
    expect(refusal(Buffer.concat([written, Buffer.from('{}')]))?.code).toBe('PACKAGE_DAMAGED')
    expect(refusal(written.subarray(0, written.length - 1))?.code).toBe('PACKAGE_DAMAGED')
    expect(refusal(written.subarray(0, 30))?.code).toBe('PACKAGE_DAMAGED')
  })

  it('refuses a foreign file, in Dutch, naming it', () => {
    const pdf = new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))
    expect(refusal(pdf, 'dia.pdf')).toEqual(
      expect.objectContaining({
        code: 'PACKAGE_FOREIGN',
        message:
          '‘dia.pdf’: dit bestand is geen rapport van Tafelwerk. Kies een bestand dat eindigt op .tafelrapport en dat met Tafelwerk is geëxporteerd.',
      }),
    )
    expect(refusal(new Uint8Array())?.code).toBe('PACKAGE_FOREIGN')
    expect(refusal(new Uint8Array(Buffer.from(JSON.stringify(report))))?.code).toBe('PACKAGE_FOREIGN')
  })

  it('refuses a package from a newer Tafelwerk with the advice to update', () => {
    const newer = withBody(canonicalJson({ ...bodyOf(written), version: 2 }), 'TAFELWERK-RAPPORT 2')
    expect(refusal(newer)).toEqual(
      expect.objectContaining({
        code: 'PACKAGE_TOO_NEW',
        message:
          'Dit rapportbestand is gemaakt met een nieuwere versie van Tafelwerk. Werk Tafelwerk bij en open het bestand opnieuw.',
      }),
    )
  })

  it('refuses an intact body that is no DistrictReport, or disagrees with itself', () => {
    const body = bodyOf(written)
    const figures = (body.report as { figures: unknown[] }).figures
    const cases = [
      canonicalJson({ ...body, report: { ...(body.report as object), figures: [{ id: 'x' }] } }),
      // A key the schema does not know is not quietly dropped: the file is refused.
      canonicalJson({ ...body, report: { ...(body.report as object), figures, cases: [{ alias: 'Stille Haven' }] } }),
      canonicalJson({ ...body, scopeLabel: 'Een ander district' }),
      canonicalJson({ ...body, extra: 1 }),
      JSON.stringify(body, null, 2),
      'geen json',
    ]
    for (const [index, candidate] of cases.entries()) {
      expect(refusal(withBody(candidate))?.code, `case ${String(index)}`).toBe('PACKAGE_INVALID')
    }
  })
})
