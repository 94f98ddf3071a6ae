//! How much a role is involved in a responsibility.

use serde::{Deserialize, Serialize};

/// A role's involvement in one responsibility, strongest first. The serde names are the
/// keys of saved data: never change one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level {
    /// Carries it together with the other side (the guide's 🔒).
    #[serde(rename = "co-responsible")]
    CoResponsible,
    /// Takes it on (the guide's 🙆).
    #[serde(rename = "pilot")]
    Pilot,
    /// Contributes to it.
    #[serde(rename = "contributes")]
    Contributes,
    /// Is kept informed.
    #[serde(rename = "informed")]
    Informed,
    /// Not involved.
    #[default]
    #[serde(rename = "none")]
    None,
}

impl Level {
    /// Every level, in the order of the legend and of the number keys 1–5.
    pub const ALL: [Level; 5] = [
        Level::CoResponsible,
        Level::Pilot,
        Level::Contributes,
        Level::Informed,
        Level::None,
    ];

    /// Whether the role carries the responsibility (leads it, alone or shared).
    pub fn carries(self) -> bool {
        matches!(self, Level::CoResponsible | Level::Pilot)
    }

    pub fn is_none(&self) -> bool {
        *self == Level::None
    }

    /// A stable name, as in saved data (used for styling too). Never change one.
    pub fn key(self) -> &'static str {
        match self {
            Level::CoResponsible => "co-responsible",
            Level::Pilot => "pilot",
            Level::Contributes => "contributes",
            Level::Informed => "informed",
            Level::None => "none",
        }
    }

    /// Position in [`Level::ALL`], used for number keys and compact encodings.
    pub fn index(self) -> usize {
        Level::ALL.iter().position(|l| *l == self).unwrap_or(4)
    }

    /// The level at a position of [`Level::ALL`].
    pub fn from_index(index: usize) -> Option<Level> {
        Level::ALL.get(index).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_round_trips() {
        for level in Level::ALL {
            assert_eq!(Level::from_index(level.index()), Some(level));
        }
        assert_eq!(Level::from_index(5), None);
    }

    #[test]
    fn keys_are_distinct() {
        let mut keys: Vec<_> = Level::ALL.iter().map(|l| l.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Level::ALL.len());
    }

    #[test]
    fn serde_names_are_the_keys() {
        for level in Level::ALL {
            let json = serde_json::to_string(&level).unwrap();
            assert_eq!(json, format!("\"{}\"", level.key()));
            assert_eq!(serde_json::from_str::<Level>(&json).unwrap(), level);
        }
    }

    #[test]
    fn only_co_responsible_and_pilot_carry() {
        let carrying: Vec<_> = Level::ALL.into_iter().filter(|l| l.carries()).collect();
        assert_eq!(carrying, vec![Level::CoResponsible, Level::Pilot]);
    }
}
