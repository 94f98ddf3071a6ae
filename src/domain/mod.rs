//! The product's rules, in plain Rust: no browser, testable natively.

pub mod card;
pub mod cell_stamps;
pub mod checks;
pub mod compare;
pub mod export;
pub mod glossary;
pub mod history;
pub mod lang;
pub mod level;
pub mod library;
pub mod limits;
pub mod link;
pub mod merge;
pub mod opinions;
pub mod qr;
pub mod saved;
pub mod split;
pub mod templates;
pub mod wizard;

pub use level::Level;
pub use split::{
    CanMove, Cell, Group, GroupId, Move, Responsibility, Role, RoleId, RoleSplit, RowId, TemplateId,
};
