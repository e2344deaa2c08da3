import type { EnforcementIssue } from '../../../../shared/contract/enforcement-issue.contract'
import { type EnforcementIssueStage, enforcementIssueStageLabels } from '../../../../shared/domain/enforcement-issue'
import { shortDate } from '../../lib/dates'
import { REGIONAL } from './enforcement-issue-draft'

const stageClass: Record<EnforcementIssueStage, string> = {
  aangewezen: 'phase-badge phase-badge--held',
  'plan-vastgesteld': 'phase-badge phase-badge--running',
  afgerond: 'phase-badge phase-badge--closed',
}

const dateOrDash = (date: string | null) => (date ? shortDate(date) : <span className="muted">—</span>)

interface EnforcementIssueTableProps {
  issues: readonly EnforcementIssue[]
  labelledBy: string
  describedBy: string
  onEdit: (issue: EnforcementIssue) => void
  onDelete: (issue: EnforcementIssue) => void
}

/** In the vault's order (regional first, then by district and designation), the way the report lists them. */
export function EnforcementIssueTable({
  issues,
  labelledBy,
  describedBy,
  onEdit,
  onDelete,
}: EnforcementIssueTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table" aria-labelledby={labelledBy} aria-describedby={describedBy}>
        <thead>
          <tr>
            <th scope="col">Knelpunt</th>
            <th scope="col">District</th>
            <th scope="col" className="cell--fit">
              Aangewezen
            </th>
            <th scope="col" className="cell--fit">
              Plan van aanpak
            </th>
            <th scope="col" className="cell--fit">
              Afgerond
            </th>
            <th scope="col">
              <span className="visually-hidden">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id}>
              <td>
                <span className="cell-title">{issue.name}</span>
                <span className={stageClass[issue.stage]}>{enforcementIssueStageLabels[issue.stage]}</span>
              </td>
              <td>{issue.district ? `${issue.district.code} – ${issue.district.name}` : REGIONAL}</td>
              <td className="cell--fit">{shortDate(issue.designatedOn)}</td>
              <td className="cell--fit">{dateOrDash(issue.planAdoptedOn)}</td>
              <td className="cell--fit">{dateOrDash(issue.finishedOn)}</td>
              <td className="cell--actions">
                {/* The HHK's name is in each button's accessible name, so "Wijzigen" alone is never ambiguous. */}
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onEdit(issue)}
                  >
                    Wijzigen<span className="visually-hidden"> {issue.name}</span>
                  </button>
                  <button type="button" className="button button--quiet button--small" onClick={() => onDelete(issue)}>
                    Verwijderen<span className="visually-hidden"> {issue.name}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
          {issues.length === 0 ? (
            <tr>
              <td className="cell--empty" colSpan={6}>
                Er zijn hier nog geen handhavingsknelpunten vastgelegd.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
