import {useCallback, useLayoutEffect, useRef, useState} from 'react';
import {QUESTIONS} from '@site/src/data/questions';
import {
  emptyProgress,
  loadProgress,
  saveProgress,
  type Progress,
} from '@site/src/widgets/Practice/logic/progress';
import {PROGRESS_KEY, readStoredProgress} from './storedProgress';

export {PROGRESS_KEY};

export interface ProgressStore {
  progress: Progress;
  loaded: boolean;
  /** When the stored progress was read (epoch milliseconds); 0 until then. */
  loadedAt: number;
  notice?: string;
  update: (change: (progress: Progress) => Progress) => void;
  replace: (progress: Progress) => void;
  /** The flashcards whose boxes it keeps. */
  cardIds: readonly string[];
}

/**
 * The reader's progress, read from localStorage after the first render (the server and a render
 * that hydrates see none) and written back on every change. It is read before the browser paints,
 * so a widget first rendered in the browser (the deferred practice widgets) shows it in its first
 * frame. Unreadable or hostile stored data starts afresh with a notice; a browser that refuses
 * storage keeps progress for the visit only. Answers to questions no longer in the bank, and boxes
 * of cards not in `cardIds`, are dropped.
 */
export function useProgress(cardIds: readonly string[]): ProgressStore {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [loaded, setLoaded] = useState(false);
  const [loadedAt, setLoadedAt] = useState(0);
  const [notice, setNotice] = useState<string>();
  const current = useRef(progress);
  const options = useRef({
    questionIds: new Set(QUESTIONS.map((question) => question.id)),
    cardIds: new Set(cardIds),
  });

  useLayoutEffect(() => {
    const now = Date.now();
    const result = loadProgress(readStoredProgress(), {...options.current, now});
    current.current = result.progress;
    setProgress(result.progress);
    setNotice(result.notice);
    setLoaded(true);
    setLoadedAt(now);
  }, []);

  const replace = useCallback((next: Progress) => {
    current.current = next;
    setProgress(next);
    try {
      window.localStorage.setItem(PROGRESS_KEY, saveProgress(next, Date.now()));
      setNotice(undefined);
    } catch {
      setNotice('This browser does not let the page save progress: it lasts for this visit only.');
    }
  }, []);

  const update = useCallback(
    (change: (progress: Progress) => Progress) => replace(change(current.current)),
    [replace],
  );

  return {progress, loaded, loadedAt, notice, update, replace, cardIds};
}
