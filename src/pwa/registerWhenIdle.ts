// Client module: registers the offline service worker once the page has loaded and the browser is
// idle, so a first visit renders and becomes interactive exactly as it would without one. Only
// these lines are in the main bundle; the registration (./register) is a chunk fetched then.
// A browser in data-saver mode is left alone: offline mode downloads the whole site.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {savesData} from '@site/src/client/connection';

/** Longest wait for an idle moment before registering anyway. */
const IDLE_TIMEOUT_MS = 10_000;

function registerWhenIdle(): void {
  const start = () =>
    import('./register')
      .then(({register}) => register())
      .catch((error: unknown) => {
        // Offline reading is an extra: without it the site works as before.
        console.warn('Offline reading is unavailable:', error);
      });
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(() => void start(), {timeout: IDLE_TIMEOUT_MS});
  else window.setTimeout(() => void start(), 1000);
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator && !savesData()) {
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, {once: true});
}
