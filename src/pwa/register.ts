// Registers the offline service worker and offers a new version with a quiet banner
// (@theme/PwaReloadPopup) when the worker finds one. Loaded by ./registerWhenIdle.
//
// This replaces @docusaurus/plugin-pwa's own registration. With offline mode on for every visitor
// its extra work is not needed (it unregisters the worker and reloads the page when the app is
// installed, which only matters when offline mode depends on installation), and it misses a new
// version that is still installing when it registers, so that no banner appears.

/** The worker's address, set at build time by the plugin; the worker reads its mode from it. */
const WORKER_URL = `${process.env.PWA_SERVICE_WORKER_URL}?params=${encodeURIComponent(
  JSON.stringify({offlineMode: true, debug: false}),
)}`;

function offerUpdate(worker: ServiceWorker): void {
  const reload = () => window.location.reload();
  void import('./renderUpdateBanner').then(({renderUpdateBanner}) =>
    renderUpdateBanner(() => {
      // Another tab may have activated this version already.
      if (worker.state === 'activated' || worker.state === 'redundant') {
        reload();
        return;
      }
      navigator.serviceWorker.addEventListener('controllerchange', reload, {once: true});
      worker.postMessage({type: 'SKIP_WAITING'});
    }),
  );
}

export async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(WORKER_URL);
  // A new version waits while an older one is active. The first install has nothing to replace:
  // it activates and takes control by itself.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state !== 'installed' || !registration.active) return;
      worker.removeEventListener('statechange', check);
      offerUpdate(worker);
    };
    worker.addEventListener('statechange', check);
    check();
  };
  watch(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}
