import {deferred} from '@site/src/components/Island/Deferred';

/** The timeout checker: server-rendered; its code loads when the reader starts to use it. */
export default deferred(() => import('./TimeoutChecker'));
