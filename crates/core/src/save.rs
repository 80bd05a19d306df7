//! The save file: a versioned RON text holding a [`Moment`] and what its slot shows.
//! Reading one never panics: a corrupt, truncated, foreign or newer save is an error
//! that says so, and fields added in later versions get defaults.

use serde::{Deserialize, Serialize};

use crate::director::Moment;

/// The format this build writes. Raise it when a change can't be read by defaults.
pub const SAVE_VERSION: u32 = 1;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Not a save at all, or cut short: where reading stopped and why.
    Damaged(String),
    /// Written by a newer version of the game.
    Newer(u32),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Damaged(why) => write!(f, "damaged save ({why})"),
            SaveError::Newer(v) => write!(
                f,
                "made by a newer version of the game (save format {v}, this one reads up to {SAVE_VERSION})"
            ),
        }
    }
}

/// Only the version, read first so a newer save is named as such, not as damaged.
#[derive(Deserialize)]
struct Version {
    version: u32,
}

impl SaveFile {
    pub fn to_text(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default()
    }

    pub fn from_text(text: &str) -> Result<SaveFile, SaveError> {
        let damaged = |e: ron::error::SpannedError| {
            SaveError::Damaged(format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            ))
        };
        let Version { version } = ron::from_str(text).map_err(damaged)?;
        if version > SAVE_VERSION {
            return Err(SaveError::Newer(version));
        }
        ron::from_str(text).map_err(damaged)
    }
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
        let text = save().to_text().replace("version: 1", "version: 7");
        let error = SaveFile::from_text(&text).expect_err("too new");
        assert_eq!(error, SaveError::Newer(7));
        assert!(error.to_string().contains("newer version"));
    }

    #[test]
    fn an_older_save_without_the_newer_fields_still_loads() {
        let text = r#"(version: 1, moment: (place: (scene: "ben", line: 0, hash: 9)))"#;
        let file = SaveFile::from_text(text).expect("defaults fill the rest");
        assert_eq!(file.moment.place.scene, "ben");
        assert!(file.moment.vars.is_empty());
        assert_eq!(file.line, "");
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
