import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/protocol/content-security-policy'

it('keeps the CSP copy in index.html equal to the header, but for frame-ancestors (ignored in a meta tag)', () => {
  // Both policies apply at once: a directive loosened in only one of them stays closed.
  const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8')
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1]
  const header = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !directive.startsWith('frame-ancestors'))
  expect(meta?.split('; ')).toEqual(header)
})
