// Runs inside the service worker (@docusaurus/plugin-pwa's `swCustom`; plain JavaScript because the
// plugin compiles it with Babel only). On its first install the worker takes control of the tabs
// already open, so the page a reader first visited works offline without a reload.
export default function claimClients() {
  self.addEventListener('activate', (event) => {
    event.waitUntil(self.clients.claim());
  });
}
