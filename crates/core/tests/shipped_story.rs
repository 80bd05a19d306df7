//! The shipped story (assets/story/) as a whole, through the story core alone: every
//! path reaches the end, the canonical path passes the beat sheet's beats in order and
//! is not mostly narration, and the assets the story names and the files in assets/
//! match one to one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use after_the_rain_core::director::{self, Command, Input, State, Waiting};
use after_the_rain_core::story::{MANIFEST_PATH, Source, Story, build, parse_manifest};

/// Files the game loads by name rather than through the story (see the game's
/// `GameAssets`).
const LOADED_BY_THE_GAME: [&str; 4] = [
    "fonts/EBGaramond12-Regular.ttf",
    "fonts/EBGaramond12-Italic.ttf",
    "fonts/Lato-Regular.ttf",
    "fonts/Lato-Bold.ttf",
];

/// Every beat id of the beat sheet (`BEATS.md`), in order.
const BEATS: &[&str] = &[
    "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1",
    "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "6.1",
    "7.1", "7.2", "7.3", "7.4",
];

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets")
}

fn read(path: &str) -> Source {
    let text = std::fs::read_to_string(assets().join(path))
        .unwrap_or_else(|e| panic!("assets/{path}: {e}"));
    Source {
        path: path.to_string(),
        text,
    }
}

fn shipped_story() -> Story {
    let manifest = read(MANIFEST_PATH);
    let parsed = parse_manifest(&manifest).expect("the manifest parses");
    let scenes: Vec<Source> = parsed
        .chapters
        .iter()
        .flat_map(|c| c.scenes.iter())
        .map(|p| read(p))
        .collect();
    build(&manifest, &scenes).unwrap_or_else(|e| panic!("the shipped story has mistakes:\n{e}"))
}

/// The beat sheet's beats for the chapters the story has.
fn shipped_beats(story: &Story) -> Vec<&'static str> {
    let chapters = story.chapters.len();
    BEATS
        .iter()
        .copied()
        .filter(|b| {
            b.split('.')
                .next()
                .and_then(|c| c.parse::<usize>().ok())
                .is_some_and(|c| c <= chapters)
        })
        .collect()
}

/// Plays with `choose` picking options; returns the final state and every line.
fn play(story: &Story, mut choose: impl FnMut(&[String]) -> usize) -> (State, Vec<String>) {
    let mut state = State::default();
    let mut lines = Vec::new();
    let mut options: Vec<String> = Vec::new();
    while state.waiting != Waiting::End {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(choose(&options)),
            _ => Input::Advance,
        };
        let (next, commands) = director::play(story, &state, input).expect("the story plays");
        state = next;
        for command in commands {
            match command {
                Command::Line(line) => lines.push(line.text),
                Command::Choices(o) => options = o,
                _ => {}
            }
        }
    }
    (state, lines)
}

#[test]
fn the_canonical_path_passes_every_beat_in_order() {
    let story = shipped_story();
    let (state, lines) = play(&story, |_| 0);
    assert_eq!(state.beats, shipped_beats(&story));
    assert!(!lines.is_empty());
}

/// The most of the canonical path's words that narration may take (issue 20): the
/// story is staged through the cast, their faces and places, sound and dialogue, and
/// told in narration only where that is the better way.
const MOST_NARRATION: f64 = 0.45;

/// Words of narration and of spoken lines (`Say` and `Voice`) along the canonical
/// path, per chapter (by number, from 1).
fn words_on_the_canonical_path(story: &Story) -> Vec<(usize, usize, usize)> {
    let mut state = State::default();
    let mut chapter = 0;
    let mut words: Vec<(usize, usize, usize)> = Vec::new();
    while state.waiting != Waiting::End {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        let (next, commands) = director::play(story, &state, input).expect("the story plays");
        state = next;
        for command in commands {
            match command {
                Command::SceneStart { id, .. } => {
                    chapter = story
                        .scenes
                        .iter()
                        .find(|s| s.id == id)
                        .map_or(0, |s| s.chapter + 1);
                }
                Command::Line(line) => {
                    if !words.iter().any(|w| w.0 == chapter) {
                        words.push((chapter, 0, 0));
                    }
                    let Some(entry) = words.iter_mut().find(|w| w.0 == chapter) else {
                        continue;
                    };
                    let count = line.text.split_whitespace().count();
                    match line.speaker {
                        None => entry.1 += count,
                        Some(_) => entry.2 += count,
                    }
                }
                _ => {}
            }
        }
    }
    words
}

fn share(narrated: usize, spoken: usize) -> f64 {
    narrated as f64 / (narrated + spoken).max(1) as f64
}

#[test]
fn the_canonical_path_is_mostly_staged_not_narrated() {
    let story = shipped_story();
    let chapters = words_on_the_canonical_path(&story);
    let figures: Vec<String> = chapters
        .iter()
        .map(|&(c, n, s)| format!("ch{c} {:.1}% of {}", 100.0 * share(n, s), n + s))
        .collect();
    let narrated: usize = chapters.iter().map(|c| c.1).sum();
    let spoken: usize = chapters.iter().map(|c| c.2).sum();
    let whole = share(narrated, spoken);
    eprintln!(
        "narration on the canonical path: {:.1}% of {} words ({})",
        100.0 * whole,
        narrated + spoken,
        figures.join(", ")
    );
    assert!(
        whole <= MOST_NARRATION,
        "narration is {:.1}% of the canonical path's words: expected at most {:.0}% ({})",
        100.0 * whole,
        100.0 * MOST_NARRATION,
        figures.join(", ")
    );
}

/// Follows every option of every choice from `state`; counts the endings reached.
fn explore(story: &Story, mut state: State, beats: &[&str], endings: &mut usize) {
    loop {
        match state.waiting {
            Waiting::End => {
                assert_eq!(state.beats, beats, "a path skips or repeats beats");
                *endings += 1;
                return;
            }
            Waiting::Choice => {
                let mut option = 0;
                while let Ok((next, _)) = director::play(story, &state, Input::Choose(option)) {
                    explore(story, next, beats, endings);
                    option += 1;
                }
                assert!(option > 0, "a choice with no option that can be taken");
                return;
            }
            _ => {
                state = director::play(story, &state, Input::Advance)
                    .expect("no dead end")
                    .0;
            }
        }
    }
}

#[test]
fn every_choice_path_reaches_the_end_and_passes_every_beat() {
    let story = shipped_story();
    let mut endings = 0;
    explore(
        &story,
        State::default(),
        &shipped_beats(&story),
        &mut endings,
    );
    assert!(endings >= 2, "the story should branch");
}

#[test]
fn every_file_the_story_names_exists_and_every_asset_is_used() {
    let story = shipped_story();
    let manifest = parse_manifest(&read(MANIFEST_PATH)).expect("parses");
    let mut named: BTreeSet<String> = story.files().into_iter().collect();
    named.extend(LOADED_BY_THE_GAME.iter().map(|s| s.to_string()));
    named.insert(MANIFEST_PATH.to_string());
    named.extend(manifest.chapters.iter().flat_map(|c| c.scenes.clone()));
    for file in &named {
        assert!(
            assets().join(file).is_file(),
            "assets/{file} is named but missing"
        );
    }

    let mut on_disk = BTreeSet::new();
    let mut folders = vec![assets()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("assets/ is readable") {
            let path = entry.expect("an entry").path();
            let relative = path.strip_prefix(assets()).expect("under assets/");
            let relative = relative.to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                // Sources the PNGs are rendered from are not loaded by the game.
                if relative != "art" {
                    folders.push(path);
                }
            } else if !(relative.ends_with(".md") || relative.ends_with("LICENSE.txt")) {
                on_disk.insert(relative);
            }
        }
    }
    let unused: Vec<_> = on_disk.difference(&named).collect();
    assert!(
        unused.is_empty(),
        "files in assets/ that nothing uses: {unused:?}"
    );
}
