import {deferred, hasQuery} from '@site/src/components/Island/Deferred';
import {hasStoredProgress} from './storedProgress';

/**
 * The practice page's questions: server-rendered; the question bank and its code load when the
 * reader starts to use it, or at once for a shared set or a browser that holds progress.
 */
export default deferred(() => import('./Practice'), {
  eager: () => hasQuery() || hasStoredProgress(),
});
