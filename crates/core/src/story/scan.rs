//! Where things are written. Serde forgets positions once a file has parsed, so after
//! a file parses we scan it a second time into a small tree of RON values that keeps
//! the line and column of each one. The checks walk this tree beside the parsed model,
//! so an error points at the very string that is wrong, however often the same words
//! appear elsewhere in the file (in comments, in narration, in earlier steps).
//!
//! The scanner knows just enough RON to find its way: strings with escapes, raw
//! strings, character literals, `//` and nested `/* */` comments, and brackets.

use crate::hash::{TextHash, text_hash};

/// A place in a file: 1-based line and column; columns count characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    const START: Pos = Pos { line: 1, column: 1 };
}

/// One RON value and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub at: Pos,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    /// A string, by the hash of its decoded text: enough to find a map's key, and no
    /// copy of every line of the story (the scan only has to say where things are).
    Str(u64),
    /// A number, a bare word (`Left`, `true`, `StopMusic`) or a character literal.
    Atom(String),
    /// `Name(..)` or `(..)`: positional items and `field: value` pairs.
    Tuple {
        name: Option<String>,
        items: Vec<Node>,
        fields: Vec<(String, Node)>,
    },
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

static EMPTY: Node = Node {
    at: Pos::START,
    kind: Kind::List(Vec::new()),
};

impl Node {
    /// A stand-in where the scan found nothing (it never happens for a file that
    /// parsed, but a position is better than a panic).
    pub fn empty() -> &'static Node {
        &EMPTY
    }

    /// A field written `name: value`, or else the positional item `index`.
    pub fn arg(&self, name: &str, index: usize) -> Option<&Node> {
        match &self.kind {
            Kind::Tuple { items, fields, .. } => fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v)
                .or_else(|| items.get(index)),
            _ => None,
        }
    }

    pub fn field(&self, name: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Tuple { fields, .. } => fields.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn item(&self, index: usize) -> Option<&Node> {
        match &self.kind {
            Kind::Tuple { items, .. } => items.get(index),
            Kind::List(items) => items.get(index),
            _ => None,
        }
    }

    /// The elements of a list; `Choice([..])` is a tuple around one list.
    pub fn elements(&self) -> &[Node] {
        match &self.kind {
            Kind::List(items) => items,
            Kind::Tuple { items, .. } => match items.first() {
                Some(Node {
                    kind: Kind::List(inner),
                    ..
                }) => inner,
                _ => &[],
            },
            _ => &[],
        }
    }

    /// The key and value of a map entry whose key is the string `key`.
    pub fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        let key = Kind::Str(text_hash(key.chars()));
        match &self.kind {
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.kind == key)
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }
}

/// Scans a whole file into its top value. `None` when the text is not RON enough to
/// follow (the parser has reported that already).
pub(crate) fn scan(text: &str) -> Option<Node> {
    let mut s = Scanner {
        chars: text.chars().collect(),
        i: 0,
        pos: Pos::START,
    };
    s.skip_blank();
    // An optional `#![enable(..)]` attribute, as RON allows at the top.
    while s.peek() == Some('#') {
        s.bump();
        s.skip_blank();
        if s.peek() == Some('!') {
            s.bump();
        }
        s.skip_blank();
        s.value(0)?;
        s.skip_blank();
    }
    s.value(0)
}

/// Deep enough for any story; a file nested deeper is not followed (no stack overflow).
const MAX_DEPTH: usize = 200;

struct Scanner {
    chars: Vec<char>,
    i: usize,
    pos: Pos,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i.saturating_add(ahead)).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        if c == '\n' {
            self.pos.line = self.pos.line.saturating_add(1);
            self.pos.column = 1;
        } else {
            self.pos.column = self.pos.column.saturating_add(1);
        }
        Some(c)
    }

    /// Skips white space and comments.
    fn skip_blank(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => {
                    // Block comments nest in RON.
                    let mut depth = 0usize;
                    loop {
                        match (self.peek(), self.peek_at(1)) {
                            (Some('/'), Some('*')) => {
                                self.bump();
                                self.bump();
                                depth += 1;
                            }
                            (Some('*'), Some('/')) => {
                                self.bump();
                                self.bump();
                                depth = depth.saturating_sub(1);
                                if depth == 0 {
                                    break;
                                }
                            }
                            (Some(_), _) => {
                                self.bump();
                            }
                            (None, _) => break,
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_blank();
        let at = self.pos;
        let kind = match self.peek()? {
            '"' => Kind::Str(self.string()?),
            'r' if self.raw_string_ahead() => Kind::Str(text_hash(self.raw_string()?.chars())),
            'b' if self.peek_at(1) == Some('"') => {
                self.bump();
                Kind::Str(self.string()?)
            }
            '\'' => Kind::Atom(self.char_literal()?),
            '(' => self.group(None, depth)?,
            '[' => Kind::List(self.list(depth)?),
            '{' => Kind::Map(self.map(depth)?),
            _ => {
                let word = self.word()?;
                self.skip_blank();
                if self.peek() == Some('(') && !word.starts_with(|c: char| c.is_ascii_digit()) {
                    self.group(Some(word), depth)?
                } else {
                    Kind::Atom(word)
                }
            }
        };
        Some(Node { at, kind })
    }

    /// A number or a bare word, up to the next delimiter.
    fn word(&mut self) -> Option<String> {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_whitespace() || "()[]{},:\"/".contains(c) {
                break;
            }
            word.push(c);
            self.bump();
        }
        if word.is_empty() {
            return None;
        }
        // `r#ident`, a raw identifier, is just the identifier.
        Some(word.strip_prefix("r#").map_or(word.clone(), str::to_string))
    }

    /// `(` items or `name: value` fields `)`.
    fn group(&mut self, name: Option<String>, depth: usize) -> Option<Kind> {
        self.bump(); // (
        let mut items = Vec::new();
        let mut fields = Vec::new();
        loop {
            self.skip_blank();
            if self.peek()? == ')' {
                self.bump();
                return Some(Kind::Tuple {
                    name,
                    items,
                    fields,
                });
            }
            let value = self.value(depth + 1)?;
            self.skip_blank();
            match (&value.kind, self.peek()?) {
                (Kind::Atom(field), ':') => {
                    self.bump();
                    let field = field.clone();
                    fields.push((field, self.value(depth + 1)?));
                }
                _ => items.push(value),
            }
            self.comma(')')?;
        }
    }

    fn list(&mut self, depth: usize) -> Option<Vec<Node>> {
        self.bump(); // [
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            if self.peek()? == ']' {
                self.bump();
                return Some(items);
            }
            items.push(self.value(depth + 1)?);
            self.comma(']')?;
        }
    }

    fn map(&mut self, depth: usize) -> Option<Vec<(Node, Node)>> {
        self.bump(); // {
        let mut entries = Vec::new();
        loop {
            self.skip_blank();
            if self.peek()? == '}' {
                self.bump();
                return Some(entries);
            }
            let key = self.value(depth + 1)?;
            self.skip_blank();
            if self.bump()? != ':' {
                return None;
            }
            entries.push((key, self.value(depth + 1)?));
            self.comma('}')?;
        }
    }

    /// After an element: a comma, or the closing bracket (left for the caller).
    fn comma(&mut self, close: char) -> Option<()> {
        self.skip_blank();
        match self.peek()? {
            ',' => {
                self.bump();
                Some(())
            }
            c if c == close => Some(()),
            _ => None,
        }
    }

    /// A string's text, hashed as it is read.
    fn string(&mut self) -> Option<u64> {
        self.bump(); // "
        let mut hash = TextHash::default();
        loop {
            match self.bump()? {
                '"' => return Some(hash.0),
                '\\' => self.escape()?.chars().for_each(|c| hash.push(c)),
                c => hash.push(c),
            }
        }
    }

    fn char_literal(&mut self) -> Option<String> {
        self.bump(); // '
        let mut out = String::new();
        loop {
            match self.bump()? {
                '\'' => return Some(out),
                '\\' => out.push_str(&self.escape()?),
                c => out.push(c),
            }
        }
    }

    /// After a backslash: the character it stands for (nothing for a line continuation).
    fn escape(&mut self) -> Option<String> {
        let c = match self.bump()? {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '0' => '\0',
            'x' => {
                let hex: String = [self.bump()?, self.bump()?].iter().collect();
                char::from(u8::from_str_radix(&hex, 16).ok()?)
            }
            'u' => {
                let mut hex = String::new();
                if self.peek() == Some('{') {
                    self.bump();
                    while let Some(c) = self.bump() {
                        if c == '}' {
                            break;
                        }
                        hex.push(c);
                    }
                } else {
                    for _ in 0..4 {
                        hex.push(self.bump()?);
                    }
                }
                char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?
            }
            '\n' => {
                while self.peek().is_some_and(char::is_whitespace) {
                    self.bump();
                }
                return Some(String::new());
            }
            other => other,
        };
        Some(c.to_string())
    }

    /// `r"..."` or `r#"..."#` (any number of `#`) starts here.
    fn raw_string_ahead(&self) -> bool {
        let mut ahead = 1;
        while self.peek_at(ahead) == Some('#') {
            ahead += 1;
        }
        self.peek_at(ahead) == Some('"')
    }

    fn raw_string(&mut self) -> Option<String> {
        self.bump(); // r
        let mut hashes = 0usize;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.bump(); // "
        let mut out = String::new();
        loop {
            let c = self.bump()?;
            if c == '"' && (0..hashes).all(|k| self.peek_at(k) == Some('#')) {
                for _ in 0..hashes {
                    self.bump();
                }
                return Some(out);
            }
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(node: &Node) -> (usize, usize) {
        (node.at.line, node.at.column)
    }

    #[test]
    fn strings_comments_and_brackets_are_followed() {
        let text = "// a ( comment [\n(\n  a: \"x)\\\"]\", /* ( /* nested */ ] */ b: [1, r#\"q\"\"#],\n  c: {\"k\": Left}, d: Some(\"’é\\u{2019}\"), e: \"z\",\n)";
        let node = scan(text).expect("scans");
        let a = node.field("a").expect("a");
        assert_eq!(a.kind, Kind::Str(text_hash("x)\"]".chars())));
        assert_eq!(at(a), (3, 6));
        let b = node.field("b").expect("b");
        assert_eq!(at(b.item(1).expect("raw")), (3, 45));
        let (k, v) = node.field("c").and_then(|c| c.entry("k")).expect("k");
        assert_eq!((at(k), at(v)), ((4, 7), (4, 12)));
        let d = node.field("d").and_then(|d| d.item(0)).expect("d");
        assert_eq!(d.kind, Kind::Str(text_hash("’é’".chars())));
        // Columns count characters: the two before and the escape are one each.
        let e = node.field("e").expect("e");
        assert_eq!(at(e), (4, 45));
    }

    #[test]
    fn broken_text_gives_none_not_a_panic() {
        for text in [
            "(",
            "(a: \"x",
            "[1, 2",
            "{\"k\" 1}",
            "r#\"x",
            "\"\\u{zz}\"",
            "",
        ] {
            assert_eq!(scan(text), None, "{text}");
        }
        let deep = "[".repeat(10_000);
        assert_eq!(scan(&deep), None);
    }
}
