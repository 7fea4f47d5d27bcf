import type {ReactNode} from 'react';
import {
  isGivenPart,
  isLimitPart,
  partsOf,
  renderText,
  type Text,
} from '@site/src/data/questions/text';
import type {Workload} from '@site/src/data/questions/types';
import {CitedLimit} from '@site/src/widgets/shared/SourcedText/CitedLimit';

/**
 * A question's text, with every AWS number rendered by <Limit>: linked to its source, with AWS's
 * words in the link's description. Numbers of the scenario come from the question's workload.
 */
export function QuestionText({text, workload}: {text: Text; workload?: Workload}): ReactNode {
  return (
    <>
      {partsOf(text).map((part, i) => {
        if (typeof part === 'string') return <span key={i}>{part}</span>;
        if (isLimitPart(part)) return <CitedLimit key={i} citation={part} />;
        if (isGivenPart(part)) return <span key={i}>{renderText([part], workload)}</span>;
        return null;
      })}
    </>
  );
}
