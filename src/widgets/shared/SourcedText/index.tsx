import type {ReactNode} from 'react';
import Limit from '@site/src/components/Limit';
import {factOf, isFactPart, type Part} from '@site/src/widgets/shared/logic/sourced';

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
        // Calculators re-render on every keystroke: their values keep the link and its description,
        // without the popover (the limits tables and pages have it).
        return (
          <Limit
            key={i}
            id={part.limit}
            format={part.format}
            which={part.which}
            plain
            details={false}
          />
        );
      })}
    </>
  );
}
