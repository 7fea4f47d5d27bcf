import type {ReactNode} from 'react';
import {factOf, isFactPart, type Part} from '@site/src/widgets/shared/logic/sourced';
import {CitedLimit} from './CitedLimit';

/** A message whose AWS numbers and facts are linked to their sources. */
export function SourcedText({parts}: {parts: readonly Part[]}): ReactNode {
  return (
    <>
      {parts.map((part, i) => {
        if (typeof part === 'string') return <span key={i}>{part}</span>;
        if (isFactPart(part)) {
          const {text, source} = factOf(part);
          return (
            <a key={i} href={source} data-fact={`${part.option}.${part.fact}`}>
              {text}
            </a>
          );
        }
        return <CitedLimit key={i} citation={part} />;
      })}
    </>
  );
}
