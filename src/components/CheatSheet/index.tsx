import type {ReactNode} from 'react';
import {island} from '@site/src/components/Island';
import type {ExamId} from '@site/src/data/questions';
import {printOnClick} from './PrintButton';

/** One exam's sheet (see ./CheatSheet.tsx); an island, so its data loads only when needed. */
const Sheet = island(() => import('./CheatSheet'));

export default function CheatSheet({exam}: {exam: ExamId}): ReactNode {
  // Only a button inside reacts to a click; the element just carries the handler.
  return (
    <div onClick={printOnClick}>
      <Sheet exam={exam} />
    </div>
  );
}
