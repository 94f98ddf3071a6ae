//! Binôme: split product responsibilities between a ministry's business side and its DNUM.
//!
//! `domain` and `i18n` are plain Rust; `browser` holds the thin adapters to the
//! browser's storage, address bar and files; `ui` and `app` are the Leptos shell.

pub mod domain;
pub mod i18n;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod browser;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod app;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod ui;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use app::App;
