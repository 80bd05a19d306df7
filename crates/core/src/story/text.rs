//! A story file as text: its bytes checked as UTF-8, and the parser's errors moved to
//! where the writer has to look (a string left open, text after the last bracket, a
//! byte-order mark, a map key given twice).

use super::scan::{Kind, Node, Pos};

/// The character a byte-order mark decodes to.
const BOM: char = '\u{feff}';

/// The place just after `text`.
fn end_of(text: &str) -> Pos {
    let line = text.matches('\n').count().saturating_add(1);
    let column = text
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        .saturating_add(1);
    Pos { line, column }
}

/// The character a byte that is not UTF-8 is read as ([`super::Source::from_bytes`]
/// reads files that way); no writer types it.
const NOT_UTF8: char = '\u{fffd}';

/// Why the file can't be parsed at all before the parser looks: a byte-order mark, or
/// bytes that are not UTF-8 text.
pub(crate) fn before_parsing(text: &str) -> Option<(Pos, String)> {
    if text.starts_with(BOM) {
        return Some((
            Pos { line: 1, column: 1 },
            "the file starts with a byte-order mark (U+FEFF), which RON does not allow: expected UTF-8 without a BOM (save the file again without one)"
                .to_string(),
        ));
    }
    let bad = text.find(NOT_UTF8)?;
    Some((
        end_of(text.get(..bad).unwrap_or_default()),
        "bytes here are not UTF-8 text: expected the file saved as UTF-8".to_string(),
    ))
}

/// Where the parser's error really is, and what to say, when the parser's own place
/// is a consequence of a mistake elsewhere.
pub(crate) fn relocate(text: &str, code: &ron::Error, at: Pos) -> Option<(Pos, String)> {
    // A string left open runs on to the next quote, often lines later, and the parser
    // stumbles just after it (or at the end of the file).
    let open = strings(text).into_iter().find(|s| match s.end {
        None => true,
        Some(end) => end.line > s.start.line && next_token(text, end) == Some(at),
    });
    if let Some(open) = open {
        return Some((
            open.start,
            "this string is not closed on its line: expected a closing `\"`".to_string(),
        ));
    }
    if matches!(code, ron::Error::TrailingCharacters) {
        let trailing = next_token(text, at).unwrap_or(at);
        return Some((
            trailing,
            "text after the bracket that closes the file: expected nothing after it (is a bracket closed too early, or this text left over?)".to_string(),
        ));
    }
    None
}

/// A string literal: where its `"` is and where its closing `"` ends (`None`: never).
struct Literal {
    start: Pos,
    end: Option<Pos>,
}

/// Every `"..."` string in the text, skipping comments, characters and raw strings
/// only as far as needed to tell where strings are.
fn strings(text: &str) -> Vec<Literal> {
    let mut out = Vec::new();
    let mut chars = Chars::new(text);
    while let Some(c) = chars.peek() {
        match (c, chars.peek_second()) {
            ('/', Some('/')) => {
                while chars.peek().is_some_and(|c| c != '\n') {
                    chars.bump();
                }
            }
            ('/', Some('*')) => {
                chars.bump();
                chars.bump();
                let mut depth = 1usize;
                while depth > 0 {
                    match (chars.bump(), chars.peek()) {
                        (Some('*'), Some('/')) => {
                            chars.bump();
                            depth -= 1;
                        }
                        (Some('/'), Some('*')) => {
                            chars.bump();
                            depth = depth.saturating_add(1);
                        }
                        (None, _) => break,
                        _ => {}
                    }
                }
            }
            ('"', _) => {
                let start = chars.pos;
                chars.bump();
                let mut end = None;
                while let Some(c) = chars.bump() {
                    match c {
                        '\\' => {
                            chars.bump();
                        }
                        '"' => {
                            end = Some(chars.pos);
                            break;
                        }
                        _ => {}
                    }
                }
                out.push(Literal { start, end });
            }
            _ => {
                chars.bump();
            }
        }
    }
    out
}

/// Where the next thing after `from` that is not blank or a comment starts.
fn next_token(text: &str, from: Pos) -> Option<Pos> {
    let mut chars = Chars::new(text);
    while chars.pos < from {
        chars.bump()?;
    }
    loop {
        match (chars.peek()?, chars.peek_second()) {
            (c, _) if c.is_whitespace() => {
                chars.bump();
            }
            ('/', Some('/')) => {
                while chars.peek().is_some_and(|c| c != '\n') {
                    chars.bump();
                }
            }
            _ => return Some(chars.pos),
        }
    }
}

struct Chars<'a> {
    rest: std::iter::Peekable<std::str::Chars<'a>>,
    second: std::str::Chars<'a>,
    pos: Pos,
}

impl<'a> Chars<'a> {
    fn new(text: &'a str) -> Self {
        let mut second = text.chars();
        second.next();
        Chars {
            rest: text.chars().peekable(),
            second,
            pos: Pos { line: 1, column: 1 },
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.rest.peek().copied()
    }

    fn peek_second(&self) -> Option<char> {
        self.second.clone().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.rest.next()?;
        self.second.next();
        if c == '\n' {
            self.pos.line = self.pos.line.saturating_add(1);
            self.pos.column = 1;
        } else {
            self.pos.column = self.pos.column.saturating_add(1);
        }
        Some(c)
    }
}

/// Every map key given twice in the scanned file (RON keeps only the last): where
/// the second is, where the first is, and the key as written.
pub(crate) fn duplicate_keys(text: &str, root: &Node) -> Vec<(Pos, Pos, String)> {
    let mut found = Vec::new();
    let mut todo = vec![root];
    while let Some(node) = todo.pop() {
        match &node.kind {
            Kind::Map(entries) => {
                for (i, (key, value)) in entries.iter().enumerate() {
                    let first = entries
                        .get(..i)
                        .unwrap_or_default()
                        .iter()
                        .find(|(k, _)| k.kind == key.kind);
                    if let Some((first, _)) = first {
                        found.push((key.at, first.at, literal_at(text, key.at)));
                    }
                    todo.push(value);
                }
            }
            Kind::List(items) => todo.extend(items),
            Kind::Tuple { items, fields, .. } => {
                todo.extend(items);
                todo.extend(fields.iter().map(|(_, v)| v));
            }
            Kind::Str(_) | Kind::Atom(_) => {}
        }
    }
    found.sort_by_key(|(at, _, _)| *at);
    found
}

/// The string or word written at `at`, as written (quotes and all).
fn literal_at(text: &str, at: Pos) -> String {
    let line = text
        .lines()
        .nth(at.line.saturating_sub(1))
        .unwrap_or_default();
    let rest: String = line.chars().skip(at.column.saturating_sub(1)).collect();
    let mut out = String::new();
    let mut chars = rest.chars();
    if let Some(first) = chars.next() {
        out.push(first);
        let mut escaped = false;
        for c in chars {
            out.push(c);
            match c {
                '\\' if !escaped => escaped = true,
                '"' if first == '"' && !escaped => break,
                c if first != '"' && (c.is_whitespace() || c == ':') => {
                    out.pop();
                    break;
                }
                _ => escaped = false,
            }
        }
    }
    out.chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::scan::scan;

    #[test]
    fn bytes_that_are_not_utf8_are_named_at_their_line_and_column() {
        let bytes = b"(\n  id: \"caf\xe9\",\n)";
        let text = String::from_utf8_lossy(bytes);
        let (at, message) = before_parsing(&text).expect("not UTF-8");
        assert_eq!((at.line, at.column), (2, 11));
        assert!(message.contains("UTF-8"), "{message}");
    }

    #[test]
    fn duplicate_keys_are_found_with_the_first_ones_place() {
        let text = "{\n  \"rey\": 1,\n  \"kylo\": {\"a\": 1, \"a\": 2},\n  \"rey\": 3,\n}";
        let root = scan(text).expect("scans");
        let found = duplicate_keys(text, &root);
        assert_eq!(
            found,
            [
                (
                    Pos {
                        line: 3,
                        column: 20
                    },
                    Pos {
                        line: 3,
                        column: 12
                    },
                    "\"a\"".to_string()
                ),
                (
                    Pos { line: 4, column: 3 },
                    Pos { line: 2, column: 3 },
                    "\"rey\"".to_string()
                ),
            ]
        );
    }
}
