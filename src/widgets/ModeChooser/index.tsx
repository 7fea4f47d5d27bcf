import {deferred} from '@site/src/components/Island/Deferred';

/** The inference-option chooser: server-rendered; its code loads when the reader starts to use it. */
export default deferred(() => import('./ModeChooser'));
