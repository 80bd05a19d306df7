//! The hostile suite's generator, shared by `tests/hostile.rs` (a few thousand cases in
//! `cargo test`) and `benches/hostile.rs` (20,000 and more in `make bench`, timing the
//! worst). Each case is one seed: a broken scene file or manifest, a damaged save, or
//! an edit to the story resumed from saves taken at its lines. A case passes when the
//! core gives a clear message or a sensible place, and does not panic.

#![allow(dead_code)] // each of the two users takes what it needs

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use after_the_rain_core::director::{
    Found, Input, Moment, ResumeError, Showing, State, Waiting, play, resume, snapshot,
};
use after_the_rain_core::save::{MAX_SAVE_BYTES, SAVE_VERSION, SaveFile, Summary};
use after_the_rain_core::story::{MANIFEST_PATH, Source, Story, StoryError, check, read_folder};

/// The shipped story, and a save at every line and choice of its canonical path (the
/// first option of every choice) and of a path taking the last options.
pub struct World {
    pub manifest: Source,
    pub scenes: Vec<Source>,
    pub story: Story,
    pub saves: Vec<SaveFile>,
}

pub fn world() -> World {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets");
    let (manifest, scenes) = read_folder(&assets).expect("the manifest reads");
    let checked = check(&manifest, &scenes);
    let story = checked
        .story
        .unwrap_or_else(|| panic!("the shipped story has mistakes: {:?}", checked.errors));
    let mut saves = Vec::new();
    for last in [false, true] {
        let mut state = State::default();
        for _ in 0..100_000 {
            if state.waiting == Waiting::End {
                break;
            }
            if let Some(moment) = Moment::of(&story, &state) {
                saves.push(SaveFile {
                    version: SAVE_VERSION,
                    saved_at: 1_795_000_000,
                    chapter: format!("Chapter {:?}", state.chapter),
                    line: "A line.".into(),
                    moment,
                });
            }
            let input = match state.waiting {
                Waiting::Choice if last => Input::Choose(usize::MAX),
                Waiting::Choice => Input::Choose(0),
                _ => Input::Advance,
            };
            state = match play(&story, &state, input) {
                Ok((next, _)) => next,
                // The last option: ask again with the number of options minus one.
                Err(_) => {
                    let Showing::Choices { options, .. } = snapshot(&story, &state).showing else {
                        break;
                    };
                    let n = options.len().saturating_sub(1);
                    play(&story, &state, Input::Choose(n)).expect("plays").0
                }
            };
        }
    }
    World {
        manifest,
        scenes,
        story,
        saves,
    }
}

/// What one case measured.
#[derive(Debug, Clone, Copy)]
pub struct Outcome {
    pub kind: &'static str,
    /// Reading the file(s): checking the story, or reading the save.
    pub load: Duration,
    /// The slowest resume of the case.
    pub resume: Duration,
}

/// How many saves an edit case resumes: all of them in the benchmark, a sample in tests.
#[derive(Debug, Clone, Copy)]
pub enum Saves {
    All,
    Sample(usize),
}

/// Runs case `seed`: `Err` says what was wrong.
pub fn run_case(world: &World, seed: u64, saves: Saves) -> Result<Outcome, String> {
    let mut rng = fastrand::Rng::with_seed(seed);
    match seed % 10 {
        0..=2 => broken_scene(world, &mut rng),
        3 => broken_manifest(world, &mut rng),
        4..=7 => damaged_save(world, &mut rng),
        _ => edited_story(world, &mut rng, saves),
    }
}

// --- Story files -----------------------------------------------------------------

/// The ways a story file's bytes are broken.
fn break_bytes(text: &str, rng: &mut fastrand::Rng) -> (&'static str, Vec<u8>) {
    let bytes = text.as_bytes();
    let at = rng.usize(0..=bytes.len());
    let mut out = bytes.to_vec();
    let kind = match rng.u8(0..12) {
        0 | 1 => {
            out.truncate(at);
            "truncated"
        }
        2 => {
            let noise: Vec<u8> = (0..rng.usize(1..64)).map(|_| rng.u8(..)).collect();
            out.splice(at..at, noise);
            "random bytes"
        }
        3 => {
            for _ in 0..rng.usize(1..8) {
                if let Some(b) = out.get_mut(rng.usize(0..bytes.len().max(1))) {
                    *b = rng.u8(..);
                }
            }
            "flipped bytes"
        }
        4 => {
            let number = [
                "99999999999999999999999",
                "1e309",
                "-1e40",
                "NaN",
                "-0",
                "4294967296",
            ][rng.usize(0..6)];
            return (
                "huge number",
                replace_number(text, number, rng).into_bytes(),
            );
        }
        5 => {
            let depth = rng.usize(100..20_000);
            let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            out.splice(at..at, deep.into_bytes());
            "deep nesting"
        }
        6 => {
            // A huge list of steps, inside the steps list if there is one.
            let steps = text.find("steps: [").map_or(at, |i| i + "steps: [".len());
            let many = "Narrate(\"Again.\"),".repeat(rng.usize(100..3_000));
            out.splice(steps..steps, many.into_bytes());
            "huge list"
        }
        7 => {
            out.splice(0..0, "\u{feff}".bytes());
            "byte-order mark"
        }
        8 => {
            // A string left open.
            let quotes: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
            if let Some(&q) = quotes.get(rng.usize(0..quotes.len().max(1))) {
                out.remove(q);
            }
            "string left open"
        }
        9 => {
            out.extend_from_slice(b"\nNarrate(\"after the end\")\n");
            "text after the end"
        }
        10 => {
            let long = format!("\"{}\"", "x".repeat(rng.usize(1_000..200_000)));
            let q = text.find(": \"").map_or(at, |i| i + 2);
            out.splice(q..q, long.into_bytes());
            "long string"
        }
        _ => {
            // A line given twice: a duplicate key where the line is a map entry.
            let lines: Vec<&str> = text.lines().collect();
            let n = rng.usize(0..lines.len().max(1));
            let mut edited = lines.clone();
            if let Some(line) = lines.get(n) {
                edited.insert(n, line);
            }
            return ("line given twice", edited.join("\n").into_bytes());
        }
    };
    (kind, out)
}

/// `text` with one of its numbers replaced by `number`.
fn replace_number(text: &str, number: &str, rng: &mut fastrand::Rng) -> String {
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|(i, c)| {
            c.is_ascii_digit()
                && !text
                    .get(..*i)
                    .and_then(|t| t.chars().last())
                    .is_some_and(|p| p.is_ascii_alphanumeric() || p == '.')
        })
        .map(|(i, _)| i)
        .collect();
    let Some(&start) = starts.get(rng.usize(0..starts.len().max(1))) else {
        return text.to_string();
    };
    let end = text
        .get(start..)
        .and_then(|t| t.find(|c: char| !(c.is_ascii_digit() || c == '.')))
        .map_or(text.len(), |n| start + n);
    format!(
        "{}{number}{}",
        text.get(..start).unwrap_or_default(),
        text.get(end..).unwrap_or_default()
    )
}

/// Every error names a file of the story, a line and column inside it, and says what
/// was expected or what is wrong in words.
fn clear(errors: &[StoryError], files: &BTreeMap<String, usize>) -> Result<(), String> {
    if errors.is_empty() {
        return Err("no story and no error".into());
    }
    for e in errors {
        let Some(&lines) = files.get(&e.file) else {
            return Err(format!("an error names no file of the story: {e}"));
        };
        if e.line == 0 || e.column == 0 || e.line > lines.saturating_add(1) {
            return Err(format!("an error outside its file ({lines} lines): {e}"));
        }
        if e.message.trim().len() < 10 || e.message.contains("panicked") {
            return Err(format!("an unclear message: {e}"));
        }
    }
    Ok(())
}

/// Checks the story with the file at `index` (0: the manifest, then the scenes) in
/// the broken form `bytes`.
fn check_broken(
    world: &World,
    index: usize,
    kind: &'static str,
    bytes: &[u8],
) -> Result<Outcome, String> {
    let start = Instant::now();
    let mut manifest = world.manifest.clone();
    let mut scenes = world.scenes.clone();
    let path = if index == 0 {
        MANIFEST_PATH.to_string()
    } else {
        scenes
            .get(index - 1)
            .map(|s| s.path.clone())
            .unwrap_or_default()
    };
    let read = Source::from_bytes(&path, bytes);
    if index == 0 {
        manifest = read;
    } else {
        scenes.retain(|s| s.path != path);
        scenes.push(read);
    }
    let checked = check(&manifest, &scenes);
    let load = start.elapsed();
    let outcome = Outcome {
        kind,
        load,
        resume: Duration::ZERO,
    };
    match checked.story {
        // Still a story (a harmless change): it must still play its saves.
        Some(story) => {
            let mut slowest = Duration::ZERO;
            for file in world.saves.iter().step_by(97) {
                slowest = slowest.max(resume_checked(&story, &file.moment)?);
            }
            Ok(Outcome {
                resume: slowest,
                ..outcome
            })
        }
        None => clear(&checked.errors, &lines_of(world, bytes, &path)).map(|()| outcome),
    }
}

/// How many lines each story file has, the broken one as broken.
fn lines_of(world: &World, bytes: &[u8], path: &str) -> BTreeMap<String, usize> {
    let count = |text: &[u8]| {
        text.iter()
            .filter(|b| **b == b'\n')
            .count()
            .saturating_add(1)
    };
    let mut files: BTreeMap<String, usize> = std::iter::once(&world.manifest)
        .chain(&world.scenes)
        .map(|s| (s.path.clone(), count(s.text.as_bytes())))
        .collect();
    files.insert(path.to_string(), count(bytes));
    files
}

fn broken_scene(world: &World, rng: &mut fastrand::Rng) -> Result<Outcome, String> {
    let index = rng.usize(0..world.scenes.len().max(1));
    let text = world.scenes.get(index).map_or("", |s| s.text.as_str());
    let (kind, bytes) = break_bytes(text, rng);
    check_broken(world, index + 1, kind, &bytes)
}

fn broken_manifest(world: &World, rng: &mut fastrand::Rng) -> Result<Outcome, String> {
    let (kind, bytes) = break_bytes(&world.manifest.text, rng);
    check_broken(world, 0, kind, &bytes)
}

// --- Saves -------------------------------------------------------------------------

/// The ways a save's bytes are damaged.
fn damage_save(file: &SaveFile, rng: &mut fastrand::Rng) -> (&'static str, Vec<u8>) {
    let text = file.to_text();
    let at = rng.usize(0..=text.len());
    let mut out = text.clone().into_bytes();
    let kind = match rng.u8(0..14) {
        0 | 1 => {
            out.truncate(at);
            "truncated save"
        }
        2 => {
            let noise: Vec<u8> = (0..rng.usize(1..64)).map(|_| rng.u8(..)).collect();
            out.splice(at..at, noise);
            "random bytes in a save"
        }
        3 => {
            out = (0..rng.usize(0..4_096)).map(|_| rng.u8(..)).collect();
            "random bytes for a save"
        }
        4 => {
            let number = [
                "99999999999999999999999",
                "18446744073709551615",
                "-1",
                "1e309",
            ][rng.usize(0..4)];
            return (
                "huge number in a save",
                replace_number(&text, number, rng).into_bytes(),
            );
        }
        5 => {
            let list = format!("before: [{}", "1, ".repeat(rng.usize(1_000..150_000)));
            return (
                "huge list in a save",
                text.replacen("before: [", &list, 1).into_bytes(),
            );
        }
        6 => {
            let n = rng.usize(10_001..60_000);
            let list = format!("beats: [{}", "\"1.1\", ".repeat(n));
            return (
                "many beats in a save",
                text.replacen("beats: [", &list, 1).into_bytes(),
            );
        }
        7 => {
            let long = "x".repeat(rng.usize(300..900_000));
            return (
                "long name in a save",
                text.replacen("scene: \"", &format!("scene: \"{long}"), 1)
                    .into_bytes(),
            );
        }
        8 => {
            let depth = rng.usize(100..50_000);
            let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            out.splice(at..at, deep.into_bytes());
            "deep nesting in a save"
        }
        9 => {
            out.resize(MAX_SAVE_BYTES + 1 + rng.usize(0..4_096), b' ');
            "save over the limit"
        }
        10 => {
            let vars = "vars: {\"warmth\": 1, \"warmth\": 2, ";
            return (
                "a variable twice",
                text.replacen("vars: {", vars, 1).into_bytes(),
            );
        }
        11 => {
            let name = ["gone", "", "rain ", "\u{0}"][rng.usize(0..4)];
            let scene = format!("scene: \"{name}\"");
            let edited = match text.find("scene: \"") {
                Some(i) => {
                    let end = text
                        .get(i + 8..)
                        .and_then(|t| t.find('"'))
                        .map_or(text.len(), |n| i + 9 + n);
                    format!(
                        "{}{scene}{}",
                        text.get(..i).unwrap_or_default(),
                        text.get(end..).unwrap_or_default()
                    )
                }
                None => text.clone(),
            };
            return ("a scene that is not there", edited.into_bytes());
        }
        12 => {
            // The same moment in format 1's layout.
            #[derive(serde::Serialize)]
            struct Old<'a> {
                version: u32,
                saved_at: u64,
                chapter: &'a str,
                line: &'a str,
                moment: &'a Moment,
            }
            let old = Old {
                version: 1,
                saved_at: file.saved_at,
                chapter: &file.chapter,
                line: &file.line,
                moment: &file.moment,
            };
            return (
                "format 1",
                ron::ser::to_string_pretty(&old, Default::default())
                    .unwrap_or_default()
                    .into_bytes(),
            );
        }
        _ => {
            for _ in 0..rng.usize(1..6) {
                if let Some(b) = out.get_mut(rng.usize(0..text.len().max(1))) {
                    *b = rng.u8(..);
                }
            }
            "flipped bytes in a save"
        }
    };
    (kind, out)
}

fn damaged_save(world: &World, rng: &mut fastrand::Rng) -> Result<Outcome, String> {
    let file = world
        .saves
        .get(rng.usize(0..world.saves.len().max(1)))
        .ok_or("no saves")?;
    let (kind, bytes) = damage_save(file, rng);
    let start = Instant::now();
    // The slot list reads the summary alone; it must agree with the whole when both read.
    let summary = Summary::from_start(&bytes);
    let read = SaveFile::from_bytes(&bytes);
    let load = start.elapsed();
    let outcome = Outcome {
        kind,
        load,
        resume: Duration::ZERO,
    };
    match read {
        Err(e) => {
            let message = e.to_string();
            if message.len() < 10 {
                return Err(format!("{kind}: an unclear message: {message}"));
            }
            Ok(outcome)
        }
        Ok(save) => {
            if let Ok(summary) = summary
                && summary != save.summary()
            {
                return Err(format!("{kind}: the summary {summary:?} is not the save's"));
            }
            let resume =
                resume_checked(&world.story, &save.moment).map_err(|e| format!("{kind}: {e}"))?;
            Ok(Outcome { resume, ..outcome })
        }
    }
}

/// Resumes `moment` and checks where it arrived; the time it took.
fn resume_checked(story: &Story, moment: &Moment) -> Result<Duration, String> {
    // Resuming is pure: the fastest of three timings is its time, not a pause of the
    // process on a busy machine.
    let mut took = Duration::MAX;
    let mut resumed = Err(ResumeError::NotFound(String::new()));
    for _ in 0..3 {
        let start = Instant::now();
        resumed = resume(story, moment);
        took = took.min(start.elapsed());
    }
    let resumed = match resumed {
        Ok(resumed) => resumed,
        Err(e @ (ResumeError::NotFound(_) | ResumeError::NothingToRead(_))) => {
            let message = e.to_string();
            return if message.contains('`') {
                Ok(took)
            } else {
                Err(format!("an unclear resume error: {message}"))
            };
        }
    };
    let state = &resumed.state;
    let showing = snapshot(story, state).showing;
    match (state.waiting, &showing) {
        (Waiting::Line, Showing::Line(_))
        | (Waiting::Choice, Showing::Choices { .. })
        | (Waiting::End, _) => {}
        _ => {
            return Err(format!(
                "resumed ({:?}) to {:?} showing {showing:?}: nothing to read",
                resumed.found, state.waiting
            ));
        }
    }
    // On the very line, the save's variables; gone back to a scene's start or a beat,
    // the variables as they were there (a save with no marks has only its own).
    let marks = [&moment.marks.scene_start, &moment.marks.last_beat];
    let marked: Vec<_> = marks
        .iter()
        .filter_map(|m| m.as_ref().map(|m| &m.vars))
        .collect();
    let went_back = matches!(resumed.found, Found::SceneStart | Found::LastBeat);
    let fits = if went_back && !marked.is_empty() {
        marked.contains(&&state.vars)
    } else {
        state.vars == moment.vars
    };
    if !fits {
        return Err(format!(
            "resumed ({:?}) with variables {:?}: the save had {:?} and marks {marked:?}",
            resumed.found, state.vars, moment.vars
        ));
    }
    if !moment.beats.starts_with(&state.beats) {
        return Err(format!(
            "beats {:?} are not a start of the save's {:?}",
            state.beats, moment.beats
        ));
    }
    // And it plays on.
    let input = match state.waiting {
        Waiting::Choice => Input::Choose(0),
        _ => Input::Advance,
    };
    if state.waiting != Waiting::End {
        play(story, state, input)
            .map_err(|e| format!("does not play on from the resumed state: {e:?}"))?;
    }
    Ok(took)
}

// --- Story edits -------------------------------------------------------------------

/// The step lines of a scene file: lines that hold one step, `Name(...),`.
fn step_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim();
            l.ends_with("),")
                && l.starts_with(|c: char| c.is_ascii_uppercase())
                && !l.starts_with("Choice")
        })
        .map(|(n, _)| n)
        .collect()
}

fn with_lines(text: &str, edit: impl FnOnce(&mut Vec<String>)) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    edit(&mut lines);
    lines.join("\n")
}

/// A writer's edit to one scene (or to the manifest), as text.
fn edit_story(world: &World, rng: &mut fastrand::Rng) -> (&'static str, Source, Vec<Source>) {
    let mut manifest = world.manifest.clone();
    let mut scenes = world.scenes.clone();
    let index = rng.usize(0..scenes.len().max(1));
    let Some(scene) = scenes.get_mut(index) else {
        return ("nothing", manifest, scenes);
    };
    let steps = step_lines(&scene.text);
    let pick = |rng: &mut fastrand::Rng| {
        steps
            .get(rng.usize(0..steps.len().max(1)))
            .copied()
            .unwrap_or(0)
    };
    let kind = match rng.u8(0..9) {
        0 => {
            let n = pick(rng);
            scene.text = with_lines(&scene.text, |l| {
                if n < l.len() {
                    l.remove(n);
                }
            });
            "a step deleted"
        }
        1 => {
            let n = pick(rng);
            scene.text = with_lines(&scene.text, |l| {
                if let Some(line) = l.get_mut(n)
                    && let Some(q) = line.rfind("\")")
                {
                    line.insert_str(q, " (reworded)");
                }
            });
            "a line reworded"
        }
        2 => {
            let n = pick(rng);
            scene.text = with_lines(&scene.text, |l| {
                l.insert(n.min(l.len()), "        Narrate(\"A new line.\"),".into());
            });
            "a line inserted"
        }
        3 => {
            let id = scene
                .text
                .split_once("id: \"")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(id, _)| id.to_string())
                .unwrap_or_default();
            scene.text = scene.text.replacen(
                &format!("id: \"{id}\""),
                &format!("id: \"{id}_renamed\""),
                1,
            );
            "a scene renamed"
        }
        4 => {
            // A chapter taken out of the manifest.
            let path = scene.path.clone();
            manifest.text = with_lines(&manifest.text, |l| {
                l.retain(|line| !line.contains(&format!("\"{path}\"")))
            });
            "a chapter removed"
        }
        5 => {
            scene.text = with_lines(&scene.text, |l| {
                for line in l.iter_mut() {
                    let spoken = line.trim_start().starts_with("Narrate(")
                        || line.trim_start().starts_with("Say(");
                    if spoken && let Some(q) = line.rfind("\")") {
                        line.insert_str(q, " (all reworded)");
                    }
                }
            });
            "every line reworded"
        }
        6 => {
            scene.text = with_lines(&scene.text, |l| {
                l.retain(|line| !line.trim_start().starts_with("Beat("))
            });
            "beats removed"
        }
        7 => {
            let n = pick(rng);
            scene.text = with_lines(&scene.text, |l| {
                if n + 1 < l.len() {
                    l.swap(n, n + 1);
                }
            });
            "two steps swapped"
        }
        _ => {
            // A beat moved to the end of the scene, or to another scene's start.
            let beat = scene
                .text
                .lines()
                .find(|l| l.trim_start().starts_with("Beat("))
                .map(str::to_string);
            if let Some(beat) = beat {
                scene.text = scene.text.replacen(&beat, "", 1);
                let other = rng.usize(0..world.scenes.len().max(1));
                if let Some(target) = scenes.get_mut(other) {
                    target.text = target
                        .text
                        .replacen("steps: [", &format!("steps: [\n{beat}"), 1);
                }
            }
            "a beat moved"
        }
    };
    (kind, manifest, scenes)
}

fn edited_story(world: &World, rng: &mut fastrand::Rng, saves: Saves) -> Result<Outcome, String> {
    let (kind, manifest, scenes) = edit_story(world, rng);
    let start = Instant::now();
    let checked = check(&manifest, &scenes);
    let load = start.elapsed();
    let Some(story) = checked.story else {
        // An edit that breaks the story (a loop left, a chapter of none) must say where.
        let lines: BTreeMap<String, usize> = std::iter::once(&manifest)
            .chain(&scenes)
            .map(|s| (s.path.clone(), s.text.lines().count().saturating_add(1)))
            .collect();
        return clear(&checked.errors, &lines).map(|()| Outcome {
            kind,
            load,
            resume: Duration::ZERO,
        });
    };
    let chosen: Vec<&SaveFile> = match saves {
        Saves::All => world.saves.iter().collect(),
        Saves::Sample(n) => (0..n)
            .filter_map(|_| world.saves.get(rng.usize(0..world.saves.len().max(1))))
            .collect(),
    };
    let mut slowest = Duration::ZERO;
    for file in chosen {
        let took = resume_checked(&story, &file.moment).map_err(|e| format!("{kind}: {e}"))?;
        slowest = slowest.max(took);
    }
    Ok(Outcome {
        kind,
        load,
        resume: slowest,
    })
}
