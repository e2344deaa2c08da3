import type { TextBlock } from '../../../shared/domain/text-blocks'
import { TextBlocks } from '../components/text-blocks'

/** Minutes notes as parsed in the vault. Their headings sit below the item's own (h4). */
export function TextBlocksView({ blocks }: { blocks: readonly TextBlock[] }) {
  return (
    <TextBlocks
      blocks={blocks}
      heading={(_block, content, key) => (
        <h4 key={key} className="doc-notes-heading">
          {content}
        </h4>
      )}
    />
  )
}
