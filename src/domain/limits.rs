//! The sizes a split may reach, and what is wrong when it goes beyond them.
//!
//! The same limits guard every way in: typing, saved data, links and files.

/// At most this many roles (columns).
pub const MAX_ROLES: usize = 12;
/// At most this many responsibilities (rows), all groups together.
pub const MAX_RESPONSIBILITIES: usize = 60;
/// At most this many groups of responsibilities.
pub const MAX_GROUPS: usize = 20;
/// At most this many characters in a label (role, responsibility, group, split name).
pub const MAX_LABEL_CHARS: usize = 120;
/// At most this many characters in a note or a responsibility's description.
pub const MAX_NOTE_CHARS: usize = 280;

/// Why an edit, a saved split or a link was refused. Messages live in the i18n catalogues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitError {
    TooManyRoles {
        count: usize,
    },
    TooManyResponsibilities {
        count: usize,
    },
    TooManyGroups {
        count: usize,
    },
    LabelTooLong {
        chars: usize,
    },
    NoteTooLong {
        chars: usize,
    },
    /// A split must keep at least one role.
    NoRole,
    /// A split must keep at least one group to hold responsibilities.
    NoGroup,
    /// A paragraph of a role's card is too long.
    CardTextTooLong {
        chars: usize,
    },
    /// A section of a role's card has too many items.
    TooManyItems {
        count: usize,
    },
    /// A row does not have one cell per role (only possible in hand-made data).
    CellsMismatch,
    /// What the edit was about is no longer there (deleted in another tab, say).
    Gone,
}

/// Characters that make a text read differently from what it holds: bidi overrides and
/// isolates (a label that displays "cod.exe" while holding "exe.doc"), and zero-width
/// characters. Text from a person, a link or a file never keeps them — but for the
/// zero-width joiner inside an emoji sequence (🙆‍♂️), which is part of the symbol.
fn is_deceptive(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'
    )
}

/// Whether a character belongs to an emoji sequence (symbols, pictographs, their selectors).
fn is_emoji_part(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27bf}' | '\u{2b00}'..='\u{2bff}' | '\u{fe0f}' | '\u{1f000}'..='\u{1faff}')
}

/// The text without deceptive characters (see [`is_deceptive`]); as it was when clean,
/// without copying.
pub fn clean_text(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_deceptive) {
        return text.into();
    }
    let chars: Vec<char> = text.chars().collect();
    let kept = chars.iter().enumerate().filter(|&(i, &c)| {
        let joins_emoji = c == '\u{200d}'
            && i > 0
            && is_emoji_part(chars[i - 1])
            && chars.get(i + 1).is_some_and(|n| is_emoji_part(*n));
        !is_deceptive(c) || joins_emoji
    });
    kept.map(|(_, c)| *c).collect::<String>().into()
}

/// Checks a label's length, counted in characters as a person sees them.
pub fn check_label(label: &str) -> Result<(), LimitError> {
    let chars = label.chars().count();
    if chars > MAX_LABEL_CHARS {
        return Err(LimitError::LabelTooLong { chars });
    }
    Ok(())
}

/// Checks a note's (or a description's) length.
pub fn check_note(note: &str) -> Result<(), LimitError> {
    let chars = note.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(LimitError::NoteTooLong { chars });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_limit_counts_characters_not_bytes() {
        assert_eq!(check_label(&"é".repeat(120)), Ok(()));
        assert_eq!(
            check_label(&"é".repeat(121)),
            Err(LimitError::LabelTooLong { chars: 121 })
        );
    }

    #[test]
    fn note_limit() {
        assert_eq!(check_note(&"a".repeat(280)), Ok(()));
        assert_eq!(
            check_note(&"a".repeat(281)),
            Err(LimitError::NoteTooLong { chars: 281 })
        );
    }
}
