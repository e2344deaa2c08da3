/**
 * The recovery key large and in groups of four, so it can be copied onto paper
 * without losing one's place. Spaces between groups copy along harmlessly: the
 * vault ignores spaces and dashes when the key is typed back.
 */
export function RecoveryKeyText({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-')
  return (
    <p className="recovery-key" data-testid="recovery-key">
      {groups.map((group, index) => (
        <span key={index} className="recovery-key__group">
          {group}
          {index < groups.length - 1 ? <span className="visually-hidden">-</span> : null}
        </span>
      ))}
    </p>
  )
}
