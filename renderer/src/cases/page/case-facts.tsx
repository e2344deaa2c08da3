import type { ReactNode } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import { caseKindLabels } from '../../../../shared/domain/case'
import { cx } from '../../lib/class-names'
import { longDate } from '../../lib/dates'
import { PhaseBadge } from '../../register/phase-badge'
import { retentionState } from './retention'

function Fact({ label, children, span = 1 }: { label: string; children: ReactNode; span?: 1 | 2 | 3 }) {
  return (
    <div className={cx('facts__item', span === 2 && 'facts__item--wide', span === 3 && 'facts__item--full')}>
      <dt className="facts__label">{label}</dt>
      <dd className="facts__value">{children}</dd>
    </div>
  )
}

function TagList({ names, none }: { names: readonly string[]; none: string }) {
  if (names.length === 0) return <span className="muted">{none}</span>
  return (
    <ul className="tag-list">
      {names.map((name) => (
        <li key={name} className="tag">
          {name}
        </li>
      ))}
    </ul>
  )
}

function RetentionValue({ until }: { until: string }) {
  const retention = retentionState(until)
  return (
    <>
      tot {longDate(until)}
      {retention.state === 'expired' ? <span className="retention retention--expired">Verlopen</span> : null}
      {retention.state === 'soon' ? (
        <span className="retention retention--soon">
          {retention.days === 0 ? 'Loopt vandaag af' : `Loopt af over ${String(retention.days)} dagen`}
        </span>
      ) : null}
    </>
  )
}

/** The case's standing facts, as a description list: label and value read together. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  return (
    <dl className="facts">
      <Fact label="Fase">
        <PhaseBadge phase={detail.phase} />
        <span className="facts__since">sinds {longDate(detail.phaseSince)}</span>
      </Fact>
      <Fact label="Tafel">{detail.table.name}</Fact>
      <Fact label="Soort">{caseKindLabels[detail.kind]}</Fact>
      <Fact label="Aangedragen door">
        {detail.signalPartner?.name ?? <span className="muted">Niet vastgelegd</span>}
      </Fact>
      <Fact label="Trekker">{detail.leadPartner?.name ?? <span className="muted">Niet vastgelegd</span>}</Fact>
      <Fact label="Casusregisseur">{detail.caseDirector ?? <span className="muted">Niet vastgelegd</span>}</Fact>
      <Fact label="Geregistreerd">{longDate(detail.registeredOn)}</Fact>
      <Fact label="Bewaartermijn">
        <RetentionValue until={detail.retentionUntil} />
      </Fact>
      <Fact label="Thema’s" span={2}>
        <TagList names={detail.themes.map((theme) => theme.name)} none="Geen thema" />
      </Fact>
      <Fact label="Gemeenten" span={3}>
        <TagList names={detail.gemeenten.map((gemeente) => gemeente.name)} none="Geen gemeente" />
      </Fact>
    </dl>
  )
}
