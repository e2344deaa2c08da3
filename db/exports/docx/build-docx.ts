import { Document, Packer } from 'docx'
import type { ExportModel } from '../../../shared/contract/export.contract'
import { bodyOf } from './docx-bodies'
import { headParagraphs, pageFurniture } from './docx-head'
import { cm, numbering, styles } from './docx-style'

/** The Word version of an export: the same model as the PDF, A4, Word's own heading and list styles. */
export async function buildDocx(model: ExportModel): Promise<Uint8Array> {
  const { head } = model
  const document = new Document({
    creator: head.properties.author,
    title: head.properties.title,
    subject: head.properties.subject,
    description: head.subheading,
    lastModifiedBy: 'Tafelwerk',
    styles,
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: cm(21), height: cm(29.7) },
            margin: { top: cm(2.5), bottom: cm(2.2), left: cm(2.5), right: cm(2.2), header: cm(1.2), footer: cm(1.1) },
          },
        },
        ...pageFurniture(head),
        children: [...headParagraphs(head), ...bodyOf(model)],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
