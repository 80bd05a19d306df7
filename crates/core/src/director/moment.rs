//! Moments that leave the process (a save, the state carried across a hot reload) and
//! finding them again in a story that may have been edited since.
//!
//! Inside a compiled story op indices are fine, but they shift whenever a writer adds a
//! step. So a [`Bookmark`] names the scene by id and the reader's line by its ordinal
//! among the scene's lines and choices plus a hash of its text, with the hashes of the
//! lines just before it as anchors. [`resume`] looks for it: the same line; else the
//! line with the same text where it moved to; else the line after the nearest earlier
//! anchor (a reworded line); else that anchor; else the scene's start; else the start of
//! the scene of the last beat passed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{OnStage, Stage, State, Waiting, enter, look, run};
use crate::story::{Op, Scene, Story};

/// How many earlier lines a bookmark remembers, to find its place after edits.
const ANCHORS: usize = 6;

/// A reader's place that survives edits to the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The scene's id.
    pub scene: String,
    /// The ordinal of the line (or choice) among the scene's lines and choices.
    pub line: usize,
    /// A hash of its text.
    pub hash: u64,
    /// Hashes of the lines just before it, nearest first.
    #[serde(default)]
    pub before: Vec<u64>,
    /// The hash of the line after it: tells a reworded line from a deleted one.
    #[serde(default)]
    pub next: Option<u64>,
}

/// Everything a save holds about the story: the place plus what the story remembers.
/// The stage is kept as names (cast, expressions, places, sounds), never as files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Moment {
    pub place: Bookmark,
    #[serde(default)]
    pub vars: BTreeMap<String, i32>,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub beats: Vec<String>,
}

/// Where [`resume`] put the reader, from the best case to the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The very line, where it was.
    Same,
    /// The same line, moved by lines added or removed before it.
    Moved,
    /// The line in the same place, whose words were changed.
    Edited,
    /// The nearest earlier line that still matches.
    Earlier,
    /// The scene is there but the line is not: its start.
    SceneStart,
    /// The scene is gone: the start of the scene where the last beat passed now is.
    LastBeat,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resumed {
    pub state: State,
    pub found: Found,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// Neither the scene nor any beat passed is in the story any more.
    NotFound(String),
}

impl std::fmt::Display for ResumeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResumeError::NotFound(scene) => write!(
                f,
                "the scene `{scene}` is no longer in the story, and neither is any beat passed before it"
            ),
        }
    }
}

/// A stable hash, so bookmarks mean the same on every machine and build.
fn hash(text: &str) -> u64 {
    crate::hash::text_hash(text.chars())
}

/// The op indices of a scene's lines and choices, with each one's hash, in order.
fn lines(scene: &Scene) -> Vec<(usize, u64)> {
    scene
        .ops
        .iter()
        .enumerate()
        .filter_map(|(i, op)| {
            let text = match op {
                Op::Narrate(text) | Op::Say { text, .. } => text.clone(),
                Op::Choice(options) => options
                    .iter()
                    .map(|o| o.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => return None,
            };
            Some((i, hash(&text)))
        })
        .collect()
}

/// The op the reader is at: the line shown or the choice asked.
pub(crate) fn current_op(state: &State) -> Option<usize> {
    match state.waiting {
        Waiting::Line => state.step.checked_sub(1),
        Waiting::Choice => Some(state.step),
        _ => None,
    }
}

impl Bookmark {
    /// The reader's place, while a line or a choice is showing.
    pub fn of(story: &Story, state: &State) -> Option<Bookmark> {
        let scene = story.scenes.get(state.scene)?;
        let op = current_op(state)?;
        let lines = lines(scene);
        let line = lines.iter().position(|(i, _)| *i == op)?;
        Some(Bookmark {
            scene: scene.id.clone(),
            line,
            hash: lines.get(line)?.1,
            before: lines[..line]
                .iter()
                .rev()
                .take(ANCHORS)
                .map(|(_, h)| *h)
                .collect(),
            next: lines.get(line + 1).map(|(_, h)| *h),
        })
    }
}

impl Moment {
    /// The moment to save, while a line or a choice is showing.
    pub fn of(story: &Story, state: &State) -> Option<Moment> {
        Some(Moment {
            place: Bookmark::of(story, state)?,
            vars: state.vars.clone(),
            stage: state.stage.clone(),
            beats: state.beats.clone(),
        })
    }
}

/// The ordinal (into `lines`) of the line with `hash` nearest to `near`.
fn nearest(lines: &[(usize, u64)], hash: u64, near: usize) -> Option<usize> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, (_, h))| *h == hash)
        .min_by_key(|(n, _)| n.abs_diff(near))
        .map(|(n, _)| n)
}

/// Finds `moment`'s place in `story` (which may have changed since it was saved) and
/// gives the state to carry on from there.
pub fn resume(story: &Story, moment: &Moment) -> Result<Resumed, ResumeError> {
    let place = &moment.place;
    let mut state = State {
        vars: moment.vars.clone(),
        stage: tidy(story, &moment.stage),
        beats: moment.beats.clone(),
        ..State::default()
    };
    let Some(index) = story.scenes.iter().position(|s| s.id == place.scene) else {
        return from_last_beat(story, state, &place.scene);
    };
    let scene = story.scenes.get(index).map(lines).unwrap_or_default();
    let at = |ordinal: usize| scene.get(ordinal).map(|(op, _)| *op);

    let mut found = None;
    if scene.get(place.line).is_some_and(|(_, h)| *h == place.hash) {
        found = Some((place.line, Found::Same));
    } else if let Some(n) = nearest(&scene, place.hash, place.line) {
        found = Some((n, Found::Moved));
    } else {
        // The line itself changed: find the nearest earlier line that is still there.
        for (distance, anchor) in place.before.iter().enumerate() {
            let guess = place.line.saturating_sub(distance + 1);
            if let Some(n) = nearest(&scene, *anchor, guess) {
                // Right after its predecessor stands the edited line, unless what
                // follows the predecessor now is the line that used to come next.
                let deleted = place.next.is_some() && scene.get(n + 1).map(|l| l.1) == place.next;
                found = if distance == 0 && !deleted && at(n + 1).is_some() {
                    Some((n + 1, Found::Edited))
                } else {
                    Some((n, Found::Earlier))
                };
                break;
            }
        }
    }
    match found.and_then(|(n, how)| Some((at(n)?, how))) {
        Some((op, how)) => {
            land(story, &mut state, index, op);
            Ok(Resumed { state, found: how })
        }
        None => Ok(Resumed {
            state: from_scene_start(story, state, index),
            found: Found::SceneStart,
        }),
    }
}

/// Puts the reader at op `op` of scene `scene`, a line or a choice.
fn land(story: &Story, state: &mut State, scene: usize, op: usize) {
    state.scene = scene;
    state.chapter = story.scenes.get(scene).map(|s| s.chapter);
    let choice = story
        .scenes
        .get(scene)
        .and_then(|s| s.ops.get(op))
        .is_some_and(|op| matches!(op, Op::Choice(_)));
    if choice {
        state.step = op;
        state.waiting = Waiting::Choice;
    } else {
        state.step = op + 1;
        state.waiting = Waiting::Line;
    }
}

/// Plays scene `index` from its start up to its first line or choice. The beats the
/// scene passes are taken off the end of the list first, so they count once.
fn from_scene_start(story: &Story, mut state: State, index: usize) -> State {
    let Some(scene) = story.scenes.get(index) else {
        return state;
    };
    let own: BTreeSet<&String> = scene
        .ops
        .iter()
        .filter_map(|op| match op {
            Op::Beat(id) => Some(id),
            _ => None,
        })
        .collect();
    if let Some(first) = state.beats.iter().position(|b| own.contains(b)) {
        state.beats.truncate(first);
    }
    // No chapter card: the reader is already in the middle of reading.
    state.chapter = Some(scene.chapter);
    let mut out = Vec::new();
    enter(story, &mut state, index, &mut out);
    if run(story, &mut state, &mut out).is_err() {
        state.waiting = Waiting::End;
    }
    state
}

fn from_last_beat(story: &Story, state: State, lost: &str) -> Result<Resumed, ResumeError> {
    let in_scene = |beat: &String| {
        story.scenes.iter().position(|s| {
            s.ops
                .iter()
                .any(|op| matches!(op, Op::Beat(id) if id == beat))
        })
    };
    let index = state
        .beats
        .iter()
        .rev()
        .find_map(in_scene)
        .ok_or_else(|| ResumeError::NotFound(lost.to_string()))?;
    Ok(Resumed {
        state: from_scene_start(story, state, index),
        found: Found::LastBeat,
    })
}

/// The stage as saved, less anything the story no longer has.
fn tidy(story: &Story, stage: &Stage) -> Stage {
    let known = |name: &Option<String>, table: &BTreeMap<String, String>| {
        name.clone().filter(|n| table.contains_key(n))
    };
    Stage {
        place: stage.place.clone().filter(|p| story.places.contains_key(p)),
        cast: stage
            .cast
            .iter()
            .filter(|(who, _)| story.cast.contains_key(*who))
            .map(|(who, on)| {
                let expression = if look(story, who, &on.expression).is_some() {
                    on.expression.clone()
                } else {
                    crate::story::NEUTRAL.to_string()
                };
                (
                    who.clone(),
                    OnStage {
                        expression,
                        at: on.at,
                    },
                )
            })
            .collect(),
        rain: if stage.rain.is_finite() {
            stage.rain.clamp(0.0, 1.0)
        } else {
            0.0
        },
        thunder: stage.thunder,
        music: known(&stage.music, &story.music),
        ambience: known(&stage.ambience, &story.ambience),
        names: stage
            .names
            .iter()
            .filter(|(who, _)| story.cast.contains_key(*who))
            .map(|(w, n)| (w.clone(), n.clone()))
            .collect(),
    }
}

/// Where a development run starts: a scene by id, or the first line after a beat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartAt {
    Scene(String),
    Beat(String),
}

/// The state at `at`, with the variables, stage and beats the canonical path (the first
/// option of every choice) has there. `None` when that path never gets there.
pub fn start_at(story: &Story, at: &StartAt) -> Option<State> {
    let mut state = State::default();
    let mut arrived = false;
    for _ in 0..100_000 {
        let input = match state.waiting {
            Waiting::End => return None,
            Waiting::Choice => super::Input::Choose(0),
            _ => super::Input::Advance,
        };
        let (next, _) = super::play(story, &state, input).ok()?;
        arrived = arrived
            || match at {
                StartAt::Scene(id) => story.scenes.get(next.scene).is_some_and(|s| &s.id == id),
                StartAt::Beat(beat) => next.beats.contains(beat),
            };
        state = next;
        if arrived && matches!(state.waiting, Waiting::Line | Waiting::Choice) {
            return Some(state);
        }
    }
    None
}
