//! French typography, everywhere the app writes French: a no-break space (U+00A0, or the
//! narrow U+202F) before : ; ? ! % and », after « and n°; the typographic apostrophe ’;
//! a non-breaking hyphen (U+2011) between a verb and its inverted pronoun (« ont‑ils »);
//! « etc. » with its full stop; never two spaces in a row. English keeps its own rules:
//! no space before its punctuation, no guillemets, no no-break space but after a number.
//!
//! The test reads the sources, as a person would review them, rather than the values at
//! run time: the catalogue's format strings (in closures) are French too. Each string is
//! taken with its escapes decoded (`\u{a0}` and a literal no-break space are the same), and:
//!
//! - every string literal of `src/i18n/fr.rs` is French (`src/i18n/en.rs`: English);
//! - in `src/domain/`, a bilingual pair is two string literals in a row in a call, French
//!   first: `t("…", "…")`, and the wizard's `answer`, `share`, `ask`, `step`, `cell`;
//! - `index.html` and `public/404.html`: the text and the `content`, `aria-label` and
//!   `title` of the page, without what is marked `lang="en"` (checked as English).
//!
//! The only French texts let through are the guide's table, which the Markdown export must
//! give back byte for byte (`tests/exports.rs`, `tests/default_split.rs`): see [`EXEMPT`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The guide's table as the guide writes it (`tests/fixtures/seed_chefferie_produit.md`):
/// the default split is that table, and its Markdown export equals it byte for byte.
/// Each entry: file, the exact French text, and why it is let through.
const EXEMPT: [(&str, &str, &str); 3] = [
    (
        "src/domain/templates.rs",
        "échanges quotidien avec les développeurs, écrire les US, prioriser le backlog, réaliser les tests, les déploiements, démos, etc",
        "the guide's table, row « Piloter le delivery » (its « etc » without a full stop)",
    ),
    (
        "src/domain/templates.rs",
        "dailys, comités d'investissement",
        "the guide's table, row « Organisation des rituels » (its straight apostrophe)",
    ),
    (
        "src/domain/templates.rs",
        "comment réduire cette charge ?",
        "the guide's other tasks, « Comitologie et préparation des réunions » (its space before ?)",
    ),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---- Reading Rust sources ---------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Token {
    /// A string literal, decoded, and the line it starts on.
    Str(String, usize),
    /// A name, a keyword or a number.
    Word(String),
    /// Any other character: punctuation, a char literal's quote.
    Punct(char),
}

/// The value of a string literal's escape at `chars[*i]` (just after the backslash).
fn escape(chars: &[char], i: &mut usize, out: &mut String) {
    let c = chars[*i];
    *i += 1;
    match c {
        'n' => out.push('\n'),
        'r' => out.push('\r'),
        't' => out.push('\t'),
        '0' => out.push('\0'),
        '\\' | '\'' | '"' => out.push(c),
        'x' => {
            let hex: String = chars[*i..*i + 2].iter().collect();
            *i += 2;
            out.push(char::from(
                u8::from_str_radix(&hex, 16).expect("\\x escape"),
            ));
        }
        'u' => {
            let end = chars[*i..].iter().position(|&c| c == '}').expect("\\u{…}") + *i;
            let hex: String = chars[*i + 1..end].iter().collect();
            *i = end + 1;
            let code = u32::from_str_radix(&hex, 16).expect("\\u escape");
            out.push(char::from_u32(code).expect("a character"));
        }
        // A line continuation: the line break and the next line's leading blanks are dropped.
        '\n' => {
            while chars.get(*i).is_some_and(|c| c.is_whitespace()) {
                *i += 1;
            }
        }
        other => panic!("unknown escape \\{other}"),
    }
}

/// The tokens of a Rust source: comments dropped, string literals decoded, char literals
/// and lifetimes told apart (so that `'"'` opens no string).
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut line = 1;
    let mut out = Vec::new();
    let mut i = 0;
    let lines = |from: usize, to: usize| chars[from..to].iter().filter(|&&c| c == '\n').count();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let start = i;
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            loop {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '"' || (c == 'b' && next == Some('"')) {
            i += if c == 'b' { 2 } else { 1 };
            let mut text = String::new();
            while chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                    escape(&chars, &mut i, &mut text);
                } else {
                    text.push(chars[i]);
                    i += 1;
                }
            }
            i += 1;
            out.push(Token::Str(text, line));
        } else if (c == 'r' || (c == 'b' && next == Some('r')))
            && matches!(chars.get(i + if c == 'b' { 2 } else { 1 }), Some('"' | '#'))
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            i += if c == 'b' { 2 } else { 1 };
            let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
            i += hashes + 1;
            let close: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let rest: String = chars[i..].iter().collect();
            let len = rest.find(&close).expect("raw string end");
            let text: String = rest[..len].to_owned();
            i += text.chars().count() + close.chars().count();
            out.push(Token::Str(text, line));
        } else if c == '\'' {
            // A char literal ('a', '\'', '\u{a0}') or a lifetime ('static).
            if next == Some('\\') {
                i += 2;
                while chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
            out.push(Token::Punct('\''));
        } else if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Word(chars[start..i].iter().collect()));
        } else {
            if !c.is_whitespace() {
                out.push(Token::Punct(c));
            }
            i += 1;
        }
        line += lines(start, i);
    }
    out
}

/// The tokens without the `#[cfg(test)]` items: unit tests are not the app's text.
fn without_tests(tokens: Vec<Token>) -> Vec<Token> {
    let attribute: Vec<Token> = ["#", "[", "cfg", "(", "test", ")", "]"]
        .iter()
        .map(|s| match s.chars().next() {
            Some(c) if s.len() == 1 && !c.is_alphanumeric() => Token::Punct(c),
            _ => Token::Word((*s).to_owned()),
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i..].starts_with(&attribute) {
            i += attribute.len();
            while tokens[i] != Token::Punct('{') && tokens[i] != Token::Punct(';') {
                i += 1;
            }
            if tokens[i] == Token::Punct('{') {
                let mut depth = 0;
                loop {
                    match tokens[i] {
                        Token::Punct('{') => depth += 1,
                        Token::Punct('}') => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
            } else {
                i += 1;
            }
        } else {
            out.push(tokens[i].clone());
            i += 1;
        }
    }
    out
}

/// A text to check, and where it is.
struct Found {
    file: String,
    line: usize,
    text: String,
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every string literal of a file.
fn all_strings(path: &str) -> Vec<Found> {
    without_tests(tokens(&read(path)))
        .into_iter()
        .filter_map(|t| match t {
            Token::Str(text, line) => Some(Found {
                file: path.to_owned(),
                line,
                text,
            }),
            _ => None,
        })
        .collect()
}

/// The (French, English) pairs of a file: two string literals in a row in a call.
fn pairs(path: &str) -> Vec<(Found, Found)> {
    let tokens = without_tests(tokens(&read(path)));
    // Strings right inside square brackets are lists (the forms a glossary term takes in
    // texts, in either language), not (French, English) pairs.
    let mut open: Vec<char> = Vec::new();
    let in_list: Vec<bool> = tokens
        .iter()
        .map(|token| {
            match token {
                Token::Punct(c @ ('[' | '(' | '{')) => open.push(*c),
                Token::Punct(']' | ')' | '}') => {
                    open.pop();
                }
                _ => {}
            }
            open.last() == Some(&'[')
        })
        .collect();
    let mut out = Vec::new();
    for (i, window) in tokens.windows(3).enumerate() {
        if in_list[i] {
            continue;
        }
        if let [Token::Str(fr, fr_line), Token::Punct(','), Token::Str(en, en_line)] = window {
            let opened = matches!(tokens.get(i.wrapping_sub(1)), Some(Token::Punct('(' | ',')));
            let closed = matches!(tokens.get(i + 3), Some(Token::Punct(')' | ',')));
            assert!(
                opened && closed,
                "{path}:{fr_line}: two strings in a row outside a call: {fr:?}"
            );
            let found = |text: &String, line: &usize| Found {
                file: path.to_owned(),
                line: *line,
                text: text.clone(),
            };
            out.push((found(fr, fr_line), found(en, en_line)));
        }
    }
    out
}

/// Every Rust file under a folder.
fn rust_files(dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root()).unwrap();
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The bilingual pairs of the domain: cards, templates, the wizard's content. The link
/// dictionary is left out: its words are a link format's, frozen (old links need them).
fn domain_pairs() -> Vec<(Found, Found)> {
    let mut files = Vec::new();
    rust_files(&root().join("src/domain"), &mut files);
    files
        .iter()
        .filter(|f| !f.ends_with("link/dictionary_v1.rs"))
        .flat_map(|f| pairs(f))
        .collect()
}

// ---- Reading HTML pages -----------------------------------------------------------------

/// A page's text with the entities it uses decoded.
fn entities(text: &str) -> String {
    text.replace("&nbsp;", "\u{a0}")
        .replace("&#160;", "\u{a0}")
        .replace("&#8239;", "\u{202f}")
        .replace("&amp;", "&")
}

/// The French and the English texts of a static page: its text (tags and comments out,
/// entities decoded, blanks collapsed as a browser does; a no-break space does not
/// collapse) and its `content`, `aria-label` and `title` attributes; an element marked
/// `lang="en"` is English.
fn html_texts(path: &str) -> (Vec<Found>, Vec<Found>) {
    const BLOCK: char = '\u{1}';
    let source = read(path);
    let (mut french, mut english) = (String::new(), String::new());
    let mut attributes = Vec::new();
    // The English element open, and how deep in same-named elements.
    let mut in_english: Option<(String, usize)> = None;
    let mut rest = source.as_str();
    while !rest.is_empty() {
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.split_once("-->").expect("comment end").1;
        } else if let Some(tag) = rest.strip_prefix('<') {
            let (tag, after) = tag.split_once('>').expect("tag end");
            rest = after;
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            for attribute in ["content", "aria-label", "title"] {
                if let Some((_, value)) = tag.split_once(&format!(" {attribute}=\"")) {
                    attributes.push(entities(value.split_once('"').expect("quoted").0));
                }
            }
            // A tag is no text, but a block separates texts.
            if name != "span" && name != "a" {
                french.push(BLOCK);
                english.push(BLOCK);
            }
            match &mut in_english {
                Some((open, depth)) if *open == name => {
                    if tag.starts_with('/') {
                        *depth -= 1;
                    } else {
                        *depth += 1;
                    }
                    if *depth == 0 {
                        in_english = None;
                        english.push(BLOCK);
                    }
                }
                None if tag.contains("lang=\"en\"") && !tag.starts_with("html") => {
                    in_english = Some((name, 1));
                }
                _ => {}
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = entities(&rest[..end]);
            match in_english {
                Some(_) => english.push_str(&text),
                None => french.push_str(&text),
            }
            rest = &rest[end..];
        }
    }
    // The line of a text: where its first words are.
    let found = |text: String| {
        let words: Vec<&str> = text.split(' ').collect();
        let at = (1..=words.len().min(4))
            .rev()
            .map(|n| words[..n].join(" "))
            .find_map(|start| {
                source
                    .find(&start)
                    .or_else(|| source.find(&start.replace('\u{a0}', "&nbsp;")))
            })
            .unwrap_or(0);
        Found {
            file: path.to_owned(),
            line: source[..at].lines().count().max(1),
            text,
        }
    };
    let texts = |all: &str| -> Vec<Found> {
        all.split(BLOCK)
            .map(|t| t.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
            .map(found)
            .collect()
    };
    let mut fr = texts(&french);
    fr.extend(attributes.into_iter().map(found));
    (fr, texts(&english))
}

// ---- The rules --------------------------------------------------------------------------

fn is_no_break(c: char) -> bool {
    c == '\u{a0}' || c == '\u{202f}'
}

fn is_blank(c: char) -> bool {
    c == ' ' || is_no_break(c)
}

/// "etc" as a word, without its full stop.
fn etc_without_full_stop(text: &str) -> bool {
    text.match_indices("etc").any(|(i, _)| {
        let word_starts = !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let word_ends = !text[i + 3..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        word_starts && word_ends && !text[i + 3..].starts_with('.')
    })
}

/// Whether the hyphen at `i` joins a verb and its inverted subject (« ont-ils »,
/// « parle-t-on », « est-ce »), where a line break would leave the pronoun alone: such a hyphen is the
/// non-breaking one, U+2011. « rendez-vous » is a noun.
fn inverted_pronoun_follows(text: &str, i: usize) -> bool {
    const PRONOUNS: [&str; 11] = [
        "t", "je", "tu", "il", "ils", "elle", "elles", "on", "nous", "vous", "ce",
    ];
    let before = text[..i].chars().next_back();
    let word: String = text[i + 1..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let after_word = text[i + 1 + word.len()..].chars().next();
    let is_euphonic_t = word == "t" && matches!(after_word, Some('-' | '\u{2011}'));
    before.is_some_and(char::is_alphabetic)
        && PRONOUNS.contains(&word.as_str())
        && (word != "t" || is_euphonic_t)
        && !after_word.is_some_and(|c| c == '-' && word != "t")
        && !text[..i].ends_with("rendez")
}

/// What is wrong with a French text's typography.
fn french_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            ':' | ';' | '?' | '!' | '%' | '»' if before == Some(' ') => {
                problems.push(format!("an ordinary space before {c}"));
            }
            '«' if after == Some(' ') => problems.push("an ordinary space after «".to_owned()),
            '\'' => problems.push("a straight apostrophe".to_owned()),
            _ => {}
        }
        if is_blank(c) && after.is_some_and(is_blank) {
            problems.push("a double space".to_owned());
        }
    }
    for (i, _) in text.match_indices('-') {
        if inverted_pronoun_follows(text, i) {
            problems.push("a breaking hyphen before an inverted pronoun".to_owned());
        }
    }
    if text.contains("n° ") {
        problems.push("an ordinary space after n°".to_owned());
    }
    if etc_without_full_stop(text) {
        problems.push("etc without its full stop".to_owned());
    }
    problems
}

/// What is wrong with an English text's typography.
fn english_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        match c {
            ':' | ';' | '?' | '!' if before.is_some_and(is_blank) => {
                problems.push(format!("a space before {c}"));
            }
            '«' | '»' => problems.push("guillemets".to_owned()),
            c if is_no_break(c) && !before.is_some_and(|b| b.is_ascii_digit()) => {
                problems.push("a no-break space (French typography)".to_owned());
            }
            _ => {}
        }
        if is_blank(c) && chars.get(i + 1).copied().is_some_and(is_blank) {
            problems.push("a double space".to_owned());
        }
    }
    if etc_without_full_stop(text) {
        problems.push("etc without its full stop".to_owned());
    }
    problems
}

/// Every French text of the app, with where it is.
fn french_texts() -> Vec<Found> {
    let mut texts = all_strings("src/i18n/fr.rs");
    texts.extend(domain_pairs().into_iter().map(|(fr, _)| fr));
    for page in ["index.html", "public/404.html"] {
        texts.extend(html_texts(page).0);
    }
    texts
}

fn english_texts() -> Vec<Found> {
    let mut texts = all_strings("src/i18n/en.rs");
    texts.extend(domain_pairs().into_iter().map(|(_, en)| en));
    for page in ["index.html", "public/404.html"] {
        texts.extend(html_texts(page).1);
    }
    texts
}

fn exemption(found: &Found) -> Option<&'static (&'static str, &'static str, &'static str)> {
    EXEMPT
        .iter()
        .find(|(file, text, _)| *file == found.file && *text == found.text)
}

fn report(texts: &[Found], problems: fn(&str) -> Vec<String>) -> String {
    let mut out = String::new();
    for found in texts {
        if exemption(found).is_some() {
            continue;
        }
        let problems = problems(&found.text);
        if !problems.is_empty() {
            let shown = found
                .text
                .replace(['\u{a0}', '\u{202f}'], "⍽")
                .replace('\n', "⏎");
            let _ = writeln!(
                out,
                "{}:{}: {}\n    {shown}",
                found.file,
                found.line,
                problems.join(", ")
            );
        }
    }
    out
}

#[test]
fn every_french_string_follows_french_typography() {
    let texts = french_texts();
    assert!(texts.len() > 800, "only {} French texts found", texts.len());
    let wrong = report(&texts, french_problems);
    assert!(
        wrong.is_empty(),
        "French typography (⍽ is a no-break space):\n{wrong}"
    );
}

#[test]
fn every_english_string_follows_english_typography() {
    let texts = english_texts();
    assert!(
        texts.len() > 800,
        "only {} English texts found",
        texts.len()
    );
    let wrong = report(&texts, english_problems);
    assert!(wrong.is_empty(), "English typography:\n{wrong}");
}

/// Each exemption is the guide's table still, word for word, and still needed.
#[test]
fn the_exemptions_are_the_guides_table_and_still_needed() {
    // The seed's Markdown emphasis dropped, as its tests read it.
    let seed = read("tests/fixtures/seed_chefferie_produit.md").replace('_', "");
    let texts = french_texts();
    for (file, text, why) in EXEMPT {
        assert!(seed.contains(text), "not the guide's words: {text} ({why})");
        assert!(
            !french_problems(text).is_empty(),
            "needs no exemption: {text}"
        );
        assert!(
            texts.iter().any(|f| f.file == file && f.text == text),
            "{file} no longer has {text}"
        );
    }
}

#[test]
fn the_rules_catch_what_they_look_for() {
    // Escapes and literal characters are the same once read.
    let read = |source: &str| match &tokens(source)[..] {
        [Token::Str(text, _)] => text.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(read(r#""a\u{a0}:""#), "a\u{a0}:");
    assert_eq!(read("\"a\u{a0}:\""), "a\u{a0}:");
    assert_eq!(read(r#""Oui\u{202f}!""#), "Oui\u{202f}!");
    assert_eq!(read("\"un \\\n      deux\""), "un deux");
    assert_eq!(read(r##"r#"l'"a""#"##), "l'\"a\"");
    // A char literal opens no string; a comment holds none.
    assert_eq!(
        tokens("let q = '\"'; // \"no\"\nlet s: &'static str = \"oui\";")
            .into_iter()
            .filter(|t| matches!(t, Token::Str(..)))
            .count(),
        1
    );
    // Each rule, once.
    for (broken, expected) in [
        ("Le rôle « Chef » porte", 2),
        ("Pourquoi ?", 1),
        ("Oui : non ; peut-être !", 3),
        ("60 %", 1),
        ("l'équipe", 1),
        ("deux  espaces", 1),
        ("deux\u{a0} espaces", 1),
        ("design, etc", 1),
        ("design, etc, architecture", 1),
        ("le n° 2", 1),
        ("ont-ils", 1),
        ("De quoi parle-t-on", 2),
        ("Ai-je\u{2011}", 1),
    ] {
        assert_eq!(french_problems(broken).len(), expected, "{broken}");
    }
    for fine in [
        "Le rôle «\u{a0}Chef\u{a0}» porte\u{a0}: 60\u{a0}%, etc.",
        "Pourquoi\u{202f}? l’équipe\u{a0}; n°\u{a0}2, ont\u{2011}ils, parle\u{2011}t\u{2011}on",
        "un rendez-vous, Co-responsable, co-chef, peut-être, au-delà, t-shirt, vous-même",
        "Léger\u{a0}! «\u{a0}{name}\u{a0}»",
        "Paragraphe.\n\nAutre paragraphe.",
        "Setcookie, netcode",
    ] {
        assert_eq!(french_problems(fine), Vec::<String>::new(), "{fine}");
    }
    assert_eq!(english_problems("Yes : no\u{a0}; « a »").len(), 5);
    assert_eq!(english_problems("Why? 60\u{a0}%: it's fine.").len(), 0);
    // The checks see a broken French string in a catalogue's source.
    let source = "pub static FR: X = X { a: \"Pourquoi ce rôle est important ?\", b: |n| format!(\"{n} : l'équipe\") };";
    let broken: Vec<Vec<String>> = tokens(source)
        .into_iter()
        .filter_map(|t| match t {
            Token::Str(text, _) => Some(french_problems(&text)),
            _ => None,
        })
        .collect();
    assert_eq!(broken.iter().map(Vec::len).collect::<Vec<_>>(), [1, 2]);
}
