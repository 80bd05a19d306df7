//! The save file: versioned RON text holding a [`Moment`] and what its slot shows.
//!
//! Since format 2 the first line is the slot's [`Summary`] (chapter, line, date) and the
//! rest is the moment, so the title and the load screen read a few hundred bytes of
//! each save, not the whole of it. Format 1 (one RON value) still loads.
//!
//! Reading one never panics and never takes long: a file over [`MAX_SAVE_BYTES`] is
//! refused before it is parsed, every string and list in it is capped, it is parsed
//! once, a name given twice is an error at its place, and a corrupt, truncated,
//! foreign or newer save is an error that says so.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserializer, Error as _, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::director::{ANCHORS, Moment, Resumed, resume};
use crate::story::Story;

/// The format this build writes. Raise it when a change can't be read by defaults.
/// 2: the summary on the first line; the moment keeps [`crate::director::Marks`].
pub const SAVE_VERSION: u32 = 2;

/// The largest save read: far above any real one (a few kilobytes).
pub const MAX_SAVE_BYTES: usize = 1 << 20;
/// The most bytes of a file's start that hold its summary.
pub const MAX_SUMMARY_BYTES: usize = 8192;
/// The longest name (a scene, a variable, a beat, a cast member) a save may hold.
pub const MAX_NAME_BYTES: usize = 256;
/// The longest text (the slot's chapter and line) a save may hold.
pub const MAX_TEXT_BYTES: usize = 1024;
/// The most variables, cast members or name plates a save may hold.
pub const MAX_ENTRIES: usize = 1_000;
/// The most beats passed a save may hold.
pub const MAX_BEATS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveFile {
    pub version: u32,
    /// Seconds since 1970 (UTC) when it was saved.
    #[serde(default)]
    pub saved_at: u64,
    /// The chapter's number and title, for the slot.
    #[serde(default)]
    pub chapter: String,
    /// The start of the line on screen, for the slot.
    #[serde(default)]
    pub line: String,
    pub moment: Moment,
}

/// What a slot shows of a save, read from its first line alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub version: u32,
    #[serde(default)]
    pub saved_at: u64,
    #[serde(default)]
    pub chapter: String,
    #[serde(default)]
    pub line: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Not a save at all, or cut short: where reading stopped and why.
    Damaged(String),
    /// Written by a newer version of the game.
    Newer(u32),
    /// Bigger than any save: refused unread. The bytes seen (at least the limit + 1).
    TooBig(usize),
    /// A save from before summaries (format 1): read the whole file for its summary.
    NoSummary,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Damaged(why) => write!(f, "damaged save ({why})"),
            SaveError::Newer(v) => write!(
                f,
                "made by a newer version of the game (save format {v}, this one reads up to {SAVE_VERSION})"
            ),
            SaveError::TooBig(_) => write!(
                f,
                "too big to be a save (over {} KB; a save is a few KB), so it was not read",
                MAX_SAVE_BYTES / 1024
            ),
            SaveError::NoSummary => write!(f, "a save from before slot summaries"),
        }
    }
}

impl std::error::Error for SaveError {}

/// A RON error as "line L, column C: what".
fn damaged(e: &ron::error::SpannedError) -> SaveError {
    SaveError::Damaged(format!(
        "line {}, column {}: {}",
        e.span.start.line, e.span.start.col, e.code
    ))
}

/// The bytes as text, or where they stop being UTF-8.
fn text(bytes: &[u8]) -> Result<&str, SaveError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let good = std::str::from_utf8(good).unwrap_or_default();
        let line = good.matches('\n').count().saturating_add(1);
        let column = good
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            .saturating_add(1);
        SaveError::Damaged(format!(
            "line {line}, column {column}: not text (not UTF-8)"
        ))
    })
}

impl SaveFile {
    pub fn summary(&self) -> Summary {
        Summary {
            version: self.version,
            saved_at: self.saved_at,
            chapter: self.chapter.clone(),
            line: self.line.clone(),
        }
    }

    /// The file's text: its summary on one line, then the moment.
    pub fn to_text(&self) -> String {
        let summary = ron::to_string(&self.summary()).unwrap_or_default();
        let moment = ron::ser::to_string_pretty(&self.moment, ron::ser::PrettyConfig::default())
            .unwrap_or_default();
        format!("{summary}\n{moment}\n")
    }

    /// Reads a save file's bytes: refused unread when too big, then checked as text.
    pub fn from_bytes(bytes: &[u8]) -> Result<SaveFile, SaveError> {
        if bytes.len() > MAX_SAVE_BYTES {
            return Err(SaveError::TooBig(bytes.len()));
        }
        SaveFile::from_text(text(bytes)?)
    }

    pub fn from_text(text: &str) -> Result<SaveFile, SaveError> {
        if text.len() > MAX_SAVE_BYTES {
            return Err(SaveError::TooBig(text.len()));
        }
        let file = match Summary::from_text(text) {
            Ok((summary, rest)) => {
                let moment: Moment = ron::from_str(rest).map_err(|mut e| {
                    // Lines are counted from the file's start, not the moment's.
                    e.span.start.line = e.span.start.line.saturating_add(1);
                    damaged(&e)
                })?;
                SaveFile {
                    version: summary.version,
                    saved_at: summary.saved_at,
                    chapter: summary.chapter,
                    line: summary.line,
                    moment,
                }
            }
            Err(SaveError::NoSummary) => {
                let file: SaveFile = ron::from_str(text).map_err(|e| {
                    match written_version(text).filter(|v| *v > SAVE_VERSION) {
                        Some(newer) => SaveError::Newer(newer),
                        None => damaged(&e),
                    }
                })?;
                if file.version > SAVE_VERSION {
                    return Err(SaveError::Newer(file.version));
                }
                file
            }
            Err(e) => return Err(e),
        };
        file.check_bounds().map_err(SaveError::Damaged)?;
        Ok(file)
    }

    /// Every string and list within its cap.
    fn check_bounds(&self) -> Result<(), String> {
        let m = &self.moment;
        let mut names: Vec<(&str, &str)> = vec![("the scene's id", &m.place.scene)];
        let count = |what: &str, n: usize, most: usize| {
            if n > most {
                Err(format!("{n} {what}: expected at most {most}"))
            } else {
                Ok(())
            }
        };
        count("beats passed", m.beats.len(), MAX_BEATS)?;
        count(
            "remembered lines",
            m.place.before.len(),
            ANCHORS.saturating_mul(16),
        )?;
        names.extend(m.beats.iter().map(|b| ("a beat", b.as_str())));
        let marks = [&m.marks.scene_start, &m.marks.last_beat];
        let vars = std::iter::once(&m.vars)
            .chain(marks.iter().filter_map(|k| k.as_ref().map(|k| &k.vars)));
        for vars in vars {
            count("variables", vars.len(), MAX_ENTRIES)?;
            names.extend(vars.keys().map(|k| ("a variable", k.as_str())));
        }
        let stages = std::iter::once(&m.stage)
            .chain(marks.iter().filter_map(|k| k.as_ref().map(|k| &k.stage)));
        for stage in stages {
            count("cast members on stage", stage.cast.len(), MAX_ENTRIES)?;
            count("name plates", stage.names.len(), MAX_ENTRIES)?;
            for (who, on) in &stage.cast {
                names.push(("a cast member", who));
                names.push(("an expression", &on.expression));
            }
            for (who, name) in &stage.names {
                names.push(("a cast member", who));
                names.push(("a name plate", name));
            }
            for name in [&stage.place, &stage.music, &stage.ambience]
                .into_iter()
                .flatten()
            {
                names.push(("a place or a sound", name));
            }
        }
        for (what, name) in names {
            if name.len() > MAX_NAME_BYTES {
                return Err(format!(
                    "{what} of {} bytes: expected at most {MAX_NAME_BYTES}",
                    name.len()
                ));
            }
        }
        check_summary_text(&self.chapter, &self.line)
    }
}

fn check_summary_text(chapter: &str, line: &str) -> Result<(), String> {
    for (what, text) in [("chapter", chapter), ("line", line)] {
        if text.len() > MAX_TEXT_BYTES {
            return Err(format!(
                "the slot's {what} is {} bytes: expected at most {MAX_TEXT_BYTES}",
                text.len()
            ));
        }
    }
    Ok(())
}

/// The number after `version:` near a format 1 file's start, if it says one.
fn written_version(text: &str) -> Option<u32> {
    let start = text.get(..text.len().min(256)).unwrap_or(text);
    let after = start
        .split_once("version")?
        .1
        .trim_start()
        .strip_prefix(':')?;
    let digits: String = after
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .take(9)
        .collect();
    digits.parse().ok()
}

impl Summary {
    /// The summary on a save's first line, and the rest of the text after it.
    fn from_text(text: &str) -> Result<(Summary, &str), SaveError> {
        let compact: String = text
            .chars()
            .take(12)
            .filter(|c| !c.is_whitespace())
            .collect();
        if !compact.starts_with("(version:") {
            return Err(SaveError::NoSummary);
        }
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        if first.len() > MAX_SUMMARY_BYTES {
            return Err(SaveError::Damaged(format!(
                "line 1: a summary of {} bytes: expected at most {MAX_SUMMARY_BYTES}",
                first.len()
            )));
        }
        let summary: Summary = ron::from_str(first).map_err(|e| damaged(&e))?;
        if summary.version < 2 {
            // Format 1 on one line: a whole save, not a summary.
            return Err(SaveError::NoSummary);
        }
        if summary.version > SAVE_VERSION {
            return Err(SaveError::Newer(summary.version));
        }
        check_summary_text(&summary.chapter, &summary.line)
            .map_err(|why| SaveError::Damaged(format!("line 1: {why}")))?;
        Ok((summary, rest))
    }

    /// The summary from the start of a save file (its first [`MAX_SUMMARY_BYTES`] are
    /// enough), without reading the rest. [`SaveError::NoSummary`] for a format 1 save,
    /// or when the first line does not end in time: read the whole file then.
    pub fn from_start(start: &[u8]) -> Result<Summary, SaveError> {
        let start = start.get(..MAX_SUMMARY_BYTES).unwrap_or(start);
        // Only the first line matters; what follows may be cut anywhere. With no end to
        // it in sight, let the whole file be read: it says what is wrong.
        let Some(end) = start.iter().position(|b| *b == b'\n') else {
            return Err(SaveError::NoSummary);
        };
        let first = start.get(..end).unwrap_or_default();
        Summary::from_text(text(first)?).map(|(summary, _)| summary)
    }
}

/// What Continue found: the newest save that resumes, and the newer ones that did not.
#[derive(Debug)]
pub struct Continue<N> {
    /// The save's name (its slot), the file, and where it resumes.
    pub save: Option<(N, SaveFile, Resumed)>,
    /// Newer saves passed over, each with why, in words for the reader.
    pub passed_over: Vec<(N, String)>,
}

/// Continue: of `saves` (each a name and when it was saved, from its summary), the
/// newest that reads and resumes in `story`. `read` gives a save's bytes when asked,
/// so only the saves tried are read in full.
pub fn continue_from<N: Clone>(
    story: &Story,
    mut saves: Vec<(N, u64)>,
    mut read: impl FnMut(&N) -> Result<Vec<u8>, String>,
) -> Continue<N> {
    saves.sort_by_key(|(_, saved_at)| std::cmp::Reverse(*saved_at));
    let mut passed_over = Vec::new();
    for (name, _) in saves {
        let file =
            read(&name).and_then(|bytes| SaveFile::from_bytes(&bytes).map_err(|e| e.to_string()));
        let resumed = file.and_then(|file| match resume(story, &file.moment) {
            Ok(resumed) => Ok((file, resumed)),
            Err(e) => Err(e.to_string()),
        });
        match resumed {
            Ok((file, resumed)) => {
                return Continue {
                    save: Some((name, file, resumed)),
                    passed_over,
                };
            }
            Err(why) => passed_over.push((name, why)),
        }
    }
    Continue {
        save: None,
        passed_over,
    }
}

/// For the maps in a save: each key once (RON alone keeps the last of two), at most
/// [`MAX_ENTRIES`] of them.
pub(crate) fn unique_keys<'de, D, V>(d: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Visitor<'de> for Unique<V> {
        type Value = BTreeMap<String, V>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "a map with each name once")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(A::Error::custom(format!(
                        "`{key}` is given twice: expected each name once"
                    )));
                }
                if out.len() >= MAX_ENTRIES {
                    return Err(A::Error::custom(format!(
                        "more than {MAX_ENTRIES} entries: expected fewer"
                    )));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Unique(PhantomData))
}

/// `seconds` since 1970 as "YYYY-MM-DD HH:MM" in a time zone `utc_offset` seconds
/// ahead of UTC (the reader's own, for a slot's date).
pub fn date(seconds: u64, utc_offset: i32) -> String {
    let seconds = seconds.saturating_add_signed(i64::from(utc_offset));
    let days = seconds / 86_400;
    let minutes = (seconds % 86_400) / 60;
    // Howard Hinnant's days-to-civil algorithm, in unsigned arithmetic from 1970.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        minutes / 60,
        minutes % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::director::Bookmark;

    fn save() -> SaveFile {
        SaveFile {
            version: SAVE_VERSION,
            saved_at: 1_795_000_000,
            chapter: "Chapter Three: Ben".into(),
            line: "The hologram wavered.".into(),
            moment: Moment {
                place: Bookmark {
                    scene: "ben".into(),
                    line: 4,
                    hash: 42,
                    before: vec![1, 2],
                    next: Some(3),
                },
                vars: [("trust".to_string(), 2)].into(),
                stage: Default::default(),
                beats: vec!["1.1".into()],
                marks: Default::default(),
            },
        }
    }

    #[test]
    fn a_save_reads_back_as_written() {
        let file = save();
        assert_eq!(SaveFile::from_text(&file.to_text()), Ok(file));
    }

    #[test]
    fn damaged_foreign_and_truncated_saves_say_so() {
        let text = save().to_text();
        let truncated = &text[..text.len() / 2];
        for bad in [
            truncated,
            "",
            "\u{0}\u{1}garbage",
            "(name: \"a settings file\")",
        ] {
            let error = SaveFile::from_text(bad).expect_err("not a save");
            assert!(
                matches!(&error, SaveError::Damaged(why) if why.starts_with("line ")),
                "{bad:?} gave {error}"
            );
        }
    }

    #[test]
    fn a_newer_save_is_named_as_newer() {
        let text = save().to_text();
        assert!(text.starts_with("(version:2,"), "{text}");
        let text = text.replacen("(version:2,", "(version:7,", 1);
        let error = SaveFile::from_text(&text).expect_err("too new");
        assert_eq!(error, SaveError::Newer(7));
        assert!(error.to_string().contains("newer version"));
        assert_eq!(
            Summary::from_start(text.as_bytes()),
            Err(SaveError::Newer(7))
        );
        // A newer save in the old layout, with fields this version can't read.
        let old = "(\n    version: 9,\n    moment: Something(new),\n)";
        assert_eq!(SaveFile::from_text(old), Err(SaveError::Newer(9)));
    }

    #[test]
    fn an_older_save_without_the_newer_fields_still_loads() {
        let text = r#"(version: 1, moment: (place: (scene: "ben", line: 0, hash: 9)))"#;
        let file = SaveFile::from_text(text).expect("defaults fill the rest");
        assert_eq!(file.moment.place.scene, "ben");
        assert!(file.moment.vars.is_empty());
        assert_eq!(file.line, "");
    }

    /// A save as format 1 wrote it: one RON value, pretty-printed.
    const FORMAT_1: &str = r#"(
    version: 1,
    saved_at: 1795000000,
    chapter: "Chapter Three: Ben",
    line: "The hologram wavered.",
    moment: (
        place: (scene: "ben", line: 4, hash: 42, before: [1, 2], next: Some(3)),
        vars: {"trust": 2},
        stage: (place: None, cast: {}, rain: 0.0, thunder: false, music: None, ambience: None, names: {}),
        beats: ["1.1"],
    ),
)"#;

    #[test]
    fn a_format_1_save_still_loads_and_has_no_quick_summary() {
        let file = SaveFile::from_text(FORMAT_1).expect("format 1 loads");
        assert_eq!(file.moment.vars.get("trust"), Some(&2));
        assert_eq!(file.summary().chapter, "Chapter Three: Ben");
        assert_eq!(
            Summary::from_start(FORMAT_1.as_bytes()),
            Err(SaveError::NoSummary)
        );
    }

    #[test]
    fn the_summary_is_read_from_the_first_line_alone() {
        let mut file = save();
        file.line = "Two lines,\nnot one: \"quoted\" and (bracketed).".into();
        let text = file.to_text();
        let first = text.split('\n').next().expect("a first line");
        // Only the first line, then garbage: the summary does not care.
        let start = format!("{first}\n(((garbage");
        let summary = Summary::from_start(start.as_bytes()).expect("a summary");
        assert_eq!(summary, file.summary());
        // The longest chapter and line fit in the start that is read.
        let mut longest = save();
        longest.chapter = "\u{1}".repeat(MAX_TEXT_BYTES);
        longest.line = "’".repeat(MAX_TEXT_BYTES / 3);
        let longest_text = longest.to_text();
        let summary = Summary::from_start(longest_text.as_bytes()).expect("fits");
        assert_eq!(summary, longest.summary());
        assert_eq!(SaveFile::from_text(&longest_text), Ok(longest));
        assert_eq!(SaveFile::from_text(&text), Ok(file));
    }

    #[test]
    fn a_save_over_the_limit_is_refused_unread() {
        let mut huge = save().to_text().into_bytes();
        huge.resize(MAX_SAVE_BYTES + 1, b' ');
        assert_eq!(
            SaveFile::from_bytes(&huge),
            Err(SaveError::TooBig(MAX_SAVE_BYTES + 1))
        );
        assert!(SaveError::TooBig(50 << 20).to_string().contains("too big"));
    }

    #[test]
    fn long_names_and_lists_in_a_save_are_refused() {
        let mut long_name = save();
        long_name.moment.place.scene = "x".repeat(MAX_NAME_BYTES + 1);
        let mut many_beats = save();
        many_beats.moment.beats = vec!["1.1".into(); MAX_BEATS + 1];
        let mut long_line = save();
        long_line.line = "y".repeat(MAX_TEXT_BYTES + 1);
        for file in [long_name, many_beats, long_line] {
            let error = SaveFile::from_text(&file.to_text()).expect_err("over a cap");
            assert!(
                matches!(&error, SaveError::Damaged(why) if why.contains("expected at most")),
                "{error}"
            );
        }
    }

    #[test]
    fn a_variable_given_twice_is_an_error_at_its_place() {
        let text = save()
            .to_text()
            .replace("\"trust\": 2,", "\"trust\": 2,\n        \"trust\": 3,");
        assert!(text.contains("\"trust\": 3"), "{text}");
        let error = SaveFile::from_text(&text).expect_err("twice");
        let SaveError::Damaged(why) = &error else {
            panic!("{error}")
        };
        assert!(why.contains("`trust` is given twice"), "{why}");
        let line = text
            .lines()
            .position(|l| l.contains("\"trust\": 3"))
            .expect("there")
            + 1;
        assert!(
            why.starts_with(&format!("line {line},")),
            "{why} (line {line})"
        );
    }

    #[test]
    fn text_that_is_not_utf8_is_named_with_its_place() {
        let mut bytes = save().to_text().into_bytes();
        bytes.splice(3..3, [0xff, 0xfe]);
        let error = SaveFile::from_bytes(&bytes).expect_err("not text");
        assert_eq!(
            error,
            SaveError::Damaged("line 1, column 4: not text (not UTF-8)".into())
        );
    }

    #[test]
    fn continue_takes_the_newest_save_that_resumes_and_names_the_ones_passed_over() {
        let story = crate::story::tests::story_with(crate::story::tests::ONE).expect("valid");
        let mut state = crate::director::State::default();
        while state.waiting != crate::director::Waiting::Line {
            state = crate::director::play(&story, &state, crate::director::Input::Advance)
                .expect("plays")
                .0;
        }
        let good = SaveFile {
            moment: Moment::of(&story, &state).expect("a line"),
            ..save()
        };
        let mut lost = good.clone();
        lost.moment.place.scene = "gone".into();
        lost.moment.beats.clear();
        lost.moment.marks = Default::default();
        let files: BTreeMap<&str, Vec<u8>> = [
            ("old", good.to_text().into_bytes()),
            ("damaged", b"(version:2,".to_vec()),
            ("lost", lost.to_text().into_bytes()),
            ("newest, too big", vec![b' '; MAX_SAVE_BYTES + 1]),
        ]
        .into();
        let mut read = Vec::new();
        let found = continue_from(
            &story,
            vec![
                ("old", 1),
                ("damaged", 3),
                ("lost", 2),
                ("newest, too big", 4),
            ],
            |name| {
                read.push(*name);
                files.get(name).cloned().ok_or_else(|| "gone".to_string())
            },
        );
        let (name, _, resumed) = found.save.expect("the old one resumes");
        assert_eq!(name, "old");
        assert_eq!(resumed.state.waiting, crate::director::Waiting::Line);
        let passed: Vec<&str> = found.passed_over.iter().map(|(n, _)| *n).collect();
        assert_eq!(passed, ["newest, too big", "damaged", "lost"]);
        assert!(found.passed_over[0].1.contains("too big"));
        assert!(found.passed_over[2].1.contains("`gone`"));
        assert_eq!(read.len(), 4);
    }

    #[test]
    fn dates_read_as_calendar_dates() {
        assert_eq!(date(0, 0), "1970-01-01 00:00");
        assert_eq!(date(1_795_000_000, 0), "2026-11-18 11:06");
        assert_eq!(date(951_782_400, 0), "2000-02-29 00:00");
    }

    #[test]
    fn dates_are_in_the_readers_time_zone() {
        // 11:06 UTC is 20:06 in Tokyo and 03:06 in California (UTC-8).
        assert_eq!(date(1_795_000_000, 9 * 3600), "2026-11-18 20:06");
        assert_eq!(date(1_795_000_000, -8 * 3600), "2026-11-18 03:06");
        // Across midnight, and never before 1970.
        assert_eq!(date(951_782_400, -3600), "2000-02-28 23:00");
        assert_eq!(date(0, -3600), "1970-01-01 00:00");
    }
}
