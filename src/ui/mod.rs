//! The components: each file is one thing a person sees.

pub mod builder;
pub mod copy_link;
pub mod dialog;
pub mod file_button;
pub mod focus;
pub mod glossed;
pub mod home;
pub mod ids;
pub mod level_icon;
pub mod opinions;
pub mod pages;
pub mod persistence;
pub mod qr_code;
pub mod shared_link;
pub mod shell;
pub mod state;
pub mod text_field;
pub mod wizard;
