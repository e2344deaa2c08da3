import type { AttachmentMeta } from '../../../../shared/contract/attachment.contract'
import { addedAtText, fileSizeText } from './attachment-format'

interface AttachmentTableProps {
  caption: string
  rows: AttachmentMeta[]
  editable: boolean
  onOpen: (attachment: AttachmentMeta) => void
  onSave: (attachment: AttachmentMeta) => void
  onDelete: (attachment: AttachmentMeta) => void
}

/** Name, size and date per attachment, with its actions; every button names its file for screen readers. */
export function AttachmentTable({ caption, rows, editable, onOpen, onSave, onDelete }: AttachmentTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table attachments__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Bestand</th>
            <th scope="col">Grootte</th>
            <th scope="col">Toegevoegd</th>
            <th scope="col">
              <span className="visually-hidden">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="attachments__name">
                {row.fileName}
              </th>
              <td className="attachments__number">{fileSizeText(row.sizeBytes)}</td>
              <td>{addedAtText(row.createdAt)}</td>
              <td>
                <div className="attachments__actions">
                  <button type="button" className="button button--quiet button--small" onClick={() => onOpen(row)}>
                    Openen<span className="visually-hidden"> {row.fileName}</span>
                  </button>
                  <button type="button" className="button button--quiet button--small" onClick={() => onSave(row)}>
                    Opslaan als…<span className="visually-hidden"> {row.fileName}</span>
                  </button>
                  {editable ? (
                    <button type="button" className="button button--quiet button--small" onClick={() => onDelete(row)}>
                      Verwijderen<span className="visually-hidden"> {row.fileName}</span>
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
