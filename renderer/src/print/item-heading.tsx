/** An item heading whose text is exactly "<number> <title>": the PDF outline, and so the table of contents, match on it. */
export function ItemHeading({
  level,
  id,
  number,
  title,
}: {
  level: 2 | 3
  id?: string
  number: string
  title: string
}) {
  const Tag = level === 2 ? 'h2' : 'h3'
  return (
    <Tag id={id} className={`doc-item-heading doc-item-heading--${String(level)}`}>
      <span className="doc-num">{number}</span> {title}
    </Tag>
  )
}
