// Starts the app. A file rather than Trunk's inline script, so the CSP can forbid inline scripts.
// Module scripts have no document.currentScript: the tag is found by its data attributes.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
