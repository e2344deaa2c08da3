import { describe, expect, it } from 'vitest'
import { fileSizeText } from '../../../renderer/src/meetings/attachments/attachment-format'
import { viewKindOf } from '../../../renderer/src/meetings/attachments/view-kind'
import { ATTACHMENT_MAX_BYTES } from '../../../shared/domain/attachment'

describe('attachment sizes in Dutch', () => {
  it('uses a decimal comma, one decimal below ten, and the same units as the 25 MB limit', () => {
    expect(fileSizeText(0)).toBe('0 bytes')
    expect(fileSizeText(1)).toBe('1 byte')
    expect(fileSizeText(1023)).toBe('1.023 bytes')
    expect(fileSizeText(1536)).toBe('1,5 kB')
    expect(fileSizeText(340 * 1024)).toBe('340 kB')
    expect(fileSizeText(1.2 * 1024 * 1024)).toBe('1,2 MB')
    expect(fileSizeText(ATTACHMENT_MAX_BYTES)).toBe('25 MB')
  })
})

describe('what the viewer shows', () => {
  it('shows images, PDF and plain text, trusting the type and else the extension', () => {
    expect(viewKindOf('image/png', 'foto.png')).toEqual({ kind: 'image', blobType: 'image/png' })
    expect(viewKindOf('IMAGE/JPEG', 'foto')).toEqual({ kind: 'image', blobType: 'image/jpeg' })
    expect(viewKindOf('text/plain; charset=utf-8', 'memo')).toEqual({ kind: 'text', blobType: 'text/plain' })
    expect(viewKindOf('application/octet-stream', 'Plan.PDF')).toEqual({ kind: 'pdf', blobType: 'application/pdf' })
    expect(viewKindOf('', 'scan.webp')).toEqual({ kind: 'image', blobType: 'image/webp' })
  })

  it('never shows what can carry script, nor what it cannot render, whatever the extension says', () => {
    for (const [type, name] of [
      ['image/svg+xml', 'logo.svg'],
      ['text/html', 'pagina.html'],
      ['text/html', 'vermomd.png'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'verslag.docx'],
      ['', 'zonder-extensie'],
      ['application/octet-stream', 'archief.zip'],
    ] as const) {
      expect(viewKindOf(type, name), `${type} ${name}`).toEqual({ kind: 'none' })
    }
  })
})
