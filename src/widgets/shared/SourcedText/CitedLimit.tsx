import type {ReactNode} from 'react';
import Limit from '@site/src/components/Limit/Limit';
import type {LimitId} from '@site/src/data';
import type {LimitFormat, Which} from '@site/src/lib/limitValue';

/** A cited limit, as a calculator's message or a practice question carries it. */
export interface Citation {
  limit: LimitId;
  format?: LimitFormat;
  which?: Which;
  show?: 'value' | 'since';
}

/**
 * A limit's value inside running text that re-renders as the reader types or answers: linked to
 * its source with AWS's words in the link's description, without the popover (the limits tables
 * and pages have it). Its own file, so practice questions load it without the calculators' facts.
 */
export function CitedLimit({citation}: {citation: Citation}): ReactNode {
  return (
    <Limit
      id={citation.limit}
      format={citation.format}
      which={citation.which}
      show={citation.show}
      plain
      details={false}
    />
  );
}
