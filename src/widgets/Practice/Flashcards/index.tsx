import {deferred} from '@site/src/components/Island/Deferred';
import {hasStoredProgress} from '@site/src/widgets/Practice/storedProgress';

/**
 * Flashcards: the server shows the first card of a reader with no progress; the deck and its code
 * load when the reader starts to use them, or at once in a browser that holds progress.
 */
export default deferred(() => import('./Flashcards'), {
  eager: hasStoredProgress,
});
