//! Thin adapters to the browser: storage, address bar, files, clock. No product rules here.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod files;
pub mod location;
pub mod saved_splits;
pub mod share_sheet;
pub mod storage;
