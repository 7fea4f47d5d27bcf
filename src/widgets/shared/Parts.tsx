import type {ReactNode} from 'react';
import Limit from '@site/src/components/Limit';
import type {Part} from './logic/parts';

/** Renders a message whose AWS numbers are linked to their sources. */
export function Parts({parts}: {parts: readonly Part[]}): ReactNode {
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <span key={i}>{part}</span>
        ) : (
          <Limit key={i} id={part.limit} format={part.format} which={part.which} plain />
        ),
      )}
    </>
  );
}
