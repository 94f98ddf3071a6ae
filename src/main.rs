//! Mounts the app in the page; nothing else happens here.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(binome::App);
}

/// The app only runs in a browser; natively, the library is what gets tested.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
