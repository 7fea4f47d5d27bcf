import type {ReactNode} from 'react';
import Limit from '@site/src/components/Limit';
import {factOf, isFactRef, type Part} from './logic/parts';

/** Renders a message whose AWS numbers and facts are linked to their sources. */
export function Parts({parts}: {parts: readonly Part[]}): ReactNode {
  return (
    <>
      {parts.map((part, i) => {
        if (typeof part === 'string') return <span key={i}>{part}</span>;
        if (isFactRef(part)) {
          const {text, source} = factOf(part);
          return (
            <a key={i} href={source} data-fact={`${part.option}.${part.fact}`}>
              {text}
            </a>
          );
        }
        return <Limit key={i} id={part.limit} format={part.format} which={part.which} plain />;
      })}
    </>
  );
}
