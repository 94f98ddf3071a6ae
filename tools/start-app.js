// Starts the app. tools/post-build.mjs appends this to the wasm-bindgen glue (where
// `__wbg_init` is defined), naming this build's wasm file, and the page loads the
// glue as its one module script: no inline script (the CSP forbids them) and no extra request.
// The page's start-up notice (index.html) stays until the app has mounted, in the same
// task, so no frame shows both; if the start fails, the notice says so.
const startNotice = document.getElementById('demarrage');
try {
  await __wbg_init({ module_or_path: new URL(WASM_FILE, import.meta.url) });
  startNotice?.remove();
} catch (error) {
  document.getElementById('demarrage-chargement')?.setAttribute('hidden', '');
  document.getElementById('demarrage-echec')?.removeAttribute('hidden');
  throw error;
}

// Offline use: the service worker keeps this build. When a newer build takes over, the
// page (already running the old one) says the update applies at the next load.
if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) dispatchEvent(new Event('binome-update'));
  });
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
