// Starts the app. A file rather than Trunk's inline script, so the CSP can forbid inline scripts.
// Module scripts have no document.currentScript: the tag is found by its data attributes.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });

// Offline use: the service worker keeps this build. When a newer build takes over, the
// page (already running the old one) says the update applies at the next load.
if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) dispatchEvent(new Event('binome-update'));
  });
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
