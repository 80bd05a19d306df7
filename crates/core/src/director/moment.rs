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

use super::{Mark, Marks, OnStage, Stage, State, Waiting, enter, look, run};
use crate::story::{Op, Scene, Story};

/// How many earlier lines a bookmark remembers, to find its place after edits.
pub const ANCHORS: usize = 6;

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
    #[serde(deserialize_with = "crate::save::unique_keys")]
    pub vars: BTreeMap<String, i32>,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub beats: Vec<String>,
    /// Where a resume may go back to (absent from saves made before format 2).
    #[serde(default)]
    pub marks: Marks,
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
    /// The line is gone: the scene's start, with the variables as they were there.
    SceneStart,
    /// The line or the scene is gone: just after the last beat passed, wherever it is
    /// now, with the variables as they were there. (For a save made before format 2,
    /// which kept no marks, the start of the scene where the last beat is.)
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
    /// From where the reader would go back to, the story never reaches a line or a
    /// choice (it pauses in a loop).
    NothingToRead(String),
}

impl std::fmt::Display for ResumeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResumeError::NotFound(scene) => write!(
                f,
                "the scene `{scene}` is no longer in the story, and neither is any beat passed before it"
            ),
            ResumeError::NothingToRead(scene) => write!(
                f,
                "the scene `{scene}` never comes to a line or a choice from where the save would go back to"
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
            marks: state.marks.clone(),
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

/// The most pauses a resume passes on its way to something to read.
const MAX_PAUSES: usize = 10_000;

/// Finds `moment`'s place in `story` (which may have changed since it was saved) and
/// gives the state to carry on from there. The reader always arrives at a line, a
/// choice or the end, never at a pause; and when the place is gone, the variables are
/// those of the moment gone back to, so no choice counts twice.
pub fn resume(story: &Story, moment: &Moment) -> Result<Resumed, ResumeError> {
    let place = &moment.place;
    let beats = moment.beats.len();
    let mark = |m: &Option<Mark>| {
        m.as_ref().map(|m| Mark {
            vars: m.vars.clone(),
            stage: tidy(story, &m.stage),
            beats: m.beats.min(beats),
        })
    };
    let state = State {
        vars: moment.vars.clone(),
        stage: tidy(story, &moment.stage),
        beats: moment.beats.clone(),
        marks: Marks {
            scene_start: mark(&moment.marks.scene_start),
            last_beat: mark(&moment.marks.last_beat),
        },
        ..State::default()
    };
    let Some(index) = story.scenes.iter().position(|s| s.id == place.scene) else {
        return from_lost_scene(story, state, &place.scene);
    };
    match find_line(story, index, place) {
        Some((op, found)) => {
            let mut state = state;
            land(story, &mut state, index, op);
            Ok(Resumed { state, found })
        }
        None => from_lost_line(story, state, index),
    }
}

/// Where the bookmarked line is in scene `index` now, if it is still there: its op.
fn find_line(story: &Story, index: usize, place: &Bookmark) -> Option<(usize, Found)> {
    let scene = story.scenes.get(index)?;
    let lines = lines(scene);
    let at = |ordinal: usize| lines.get(ordinal).map(|(op, _)| *op);
    if lines.get(place.line).is_some_and(|(_, h)| *h == place.hash) {
        return Some((at(place.line)?, Found::Same));
    }
    if let Some(n) = nearest(&lines, place.hash, place.line) {
        return Some((at(n)?, Found::Moved));
    }
    // The line itself changed: find the nearest earlier line that is still there. Only
    // the anchors a save of ours writes are used, however many a file brings.
    for (distance, anchor) in place.before.iter().take(ANCHORS).enumerate() {
        let guess = place.line.saturating_sub(distance.saturating_add(1));
        let Some(n) = nearest(&lines, *anchor, guess) else {
            continue;
        };
        // Right after its predecessor stands the edited line, unless what follows the
        // predecessor now is the line that used to come next.
        let following = n.saturating_add(1);
        let deleted = place.next.is_some() && lines.get(following).map(|l| l.1) == place.next;
        if distance == 0 && !deleted && at(following).is_some() {
            return Some((at(following)?, Found::Edited));
        }
        // Going back over a choice or a change of a variable would count it twice.
        let from = at(n)?;
        let to = at(following.saturating_add(distance)).unwrap_or(scene.ops.len());
        let changes = scene
            .ops
            .get(from..to.max(from))
            .unwrap_or_default()
            .iter()
            .any(|op| matches!(op, Op::Choice(_) | Op::Set(..) | Op::Add(..)));
        return (!changes).then_some((from, Found::Earlier));
    }
    None
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
        state.step = op.saturating_add(1);
        state.waiting = Waiting::Line;
    }
}

/// The scene is there but the reader's line is not: just after the last beat passed
/// in this scene, else the scene's start, each with the variables as they were there.
fn from_lost_line(story: &Story, state: State, index: usize) -> Result<Resumed, ResumeError> {
    let entered = state.marks.scene_start.as_ref().map_or(0, |m| m.beats);
    if let Some(mark) = state.marks.last_beat.clone()
        && mark.beats > entered
        && let Some(op) = beat_in(story, index, &state, mark.beats)
    {
        return after_beat(story, state, index, op, mark);
    }
    let state = match state.marks.scene_start.clone() {
        Some(mark) => back_to(state, mark),
        // A save from before marks were kept: its variables are all there is.
        None => forget_own_beats(story, state, index),
    };
    Ok(Resumed {
        state: from_scene_start(story, state, index)?,
        found: Found::SceneStart,
    })
}

/// The scene is gone: just after the last beat passed, wherever it is now.
fn from_lost_scene(story: &Story, state: State, lost: &str) -> Result<Resumed, ResumeError> {
    if let Some(mark) = state.marks.last_beat.clone()
        && let Some((index, op)) = find_beat(story, &state, mark.beats)
    {
        return after_beat(story, state, index, op, mark);
    }
    if state.marks.last_beat.is_some() || state.marks.scene_start.is_some() {
        // The beat is gone too; an earlier one would count the choices since twice.
        return Err(ResumeError::NotFound(lost.to_string()));
    }
    // A save from before marks were kept: the start of the last beat's scene.
    let index = state
        .beats
        .iter()
        .rev()
        .find_map(|beat| scene_of_beat(story, beat).map(|(index, _)| index))
        .ok_or_else(|| ResumeError::NotFound(lost.to_string()))?;
    let state = forget_own_beats(story, state, index);
    Ok(Resumed {
        state: from_scene_start(story, state, index)?,
        found: Found::LastBeat,
    })
}

/// The variables, stage and beats of `mark`.
fn back_to(mut state: State, mark: Mark) -> State {
    state.vars = mark.vars.clone();
    state.stage = mark.stage.clone();
    state.beats.truncate(mark.beats);
    state
}

/// The scene and op of the first `Beat(id)` in the story.
fn scene_of_beat(story: &Story, id: &str) -> Option<(usize, usize)> {
    story.scenes.iter().enumerate().find_map(|(index, scene)| {
        let op = scene
            .ops
            .iter()
            .position(|op| matches!(op, Op::Beat(b) if b == id))?;
        Some((index, op))
    })
}

/// Where the `count`th beat the reader passed is now.
fn find_beat(story: &Story, state: &State, count: usize) -> Option<(usize, usize)> {
    let id = state.beats.get(count.checked_sub(1)?)?;
    scene_of_beat(story, id)
}

/// The op of the `count`th beat the reader passed, if it is in scene `index`.
fn beat_in(story: &Story, index: usize, state: &State, count: usize) -> Option<usize> {
    find_beat(story, state, count)
        .filter(|(i, _)| *i == index)
        .map(|(_, op)| op)
}

/// Puts the reader just after the beat at op `op` of scene `index`, with what they had
/// there, and reads on to something to see.
fn after_beat(
    story: &Story,
    state: State,
    index: usize,
    op: usize,
    mark: Mark,
) -> Result<Resumed, ResumeError> {
    // The scene's start is still where this scene started for the reader if the beat
    // was passed in it; otherwise it is not known.
    let entered = state.marks.scene_start.as_ref().map_or(0, |m| m.beats);
    let same_scene = mark.beats > entered;
    let mut state = back_to(state, mark.clone());
    state.scene = index;
    state.step = op.saturating_add(1);
    state.chapter = story.scenes.get(index).map(|s| s.chapter);
    state.marks.last_beat = Some(mark);
    if !same_scene {
        state.marks.scene_start = None;
    }
    arrive(story, &mut state)?;
    Ok(Resumed {
        state,
        found: Found::LastBeat,
    })
}

/// Takes the beats scene `index` passes off the end of the list, so they count once
/// when it plays again from its start.
fn forget_own_beats(story: &Story, mut state: State, index: usize) -> State {
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
    state
}

/// Plays scene `index` from its start up to its first line or choice (past any pause
/// or chapter card: the reader is in the middle of reading).
fn from_scene_start(story: &Story, mut state: State, index: usize) -> Result<State, ResumeError> {
    let Some(scene) = story.scenes.get(index) else {
        return Ok(state);
    };
    state.chapter = Some(scene.chapter);
    let mut out = Vec::new();
    enter(story, &mut state, index, &mut out);
    arrive(story, &mut state)?;
    Ok(state)
}

/// Reads on from `state` past pauses and chapter cards to the first line or choice
/// (or the end), running the stage and sound steps on the way.
fn arrive(story: &Story, state: &mut State) -> Result<(), ResumeError> {
    let nothing = |state: &State| {
        let id = story.scenes.get(state.scene).map(|s| s.id.clone());
        ResumeError::NothingToRead(id.unwrap_or_default())
    };
    for _ in 0..MAX_PAUSES {
        let mut out = Vec::new();
        run(story, state, &mut out).map_err(|_| nothing(state))?;
        if state.waiting != Waiting::Pause {
            return Ok(());
        }
    }
    Err(nothing(state))
}

/// The stage as saved, less anything the story no longer has.
fn tidy(story: &Story, stage: &Stage) -> Stage {
    let known = |name: &Option<String>, table: &BTreeMap<String, String>| {
        name.clone().filter(|n| table.contains_key(n))
    };
    Stage {
        place: stage.place.clone().filter(|p| story.places.contains_key(p)),
        picture: stage
            .picture
            .clone()
            .filter(|p| story.pictures.contains_key(p)),
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
                        placed: on.placed,
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

/// The state at the first line of chapter `chapter` (from 0), reached along the
/// canonical path; with `vars` given (the reader's own, as they were when they last
/// entered that chapter), those replace the path's variables as the chapter begins.
/// `None` when the canonical path never reaches the chapter.
pub fn start_chapter(
    story: &Story,
    chapter: usize,
    vars: Option<&BTreeMap<String, i32>>,
) -> Option<State> {
    let mut state = State::default();
    let mut arrived = false;
    for _ in 0..100_000 {
        let input = match state.waiting {
            Waiting::End => return None,
            Waiting::Choice => super::Input::Choose(0),
            _ => super::Input::Advance,
        };
        let (mut next, _) = super::play(story, &state, input).ok()?;
        let inside = story
            .scenes
            .get(next.scene)
            .is_some_and(|s| s.chapter == chapter);
        if inside && !arrived {
            arrived = true;
            if let Some(vars) = vars {
                next.vars = vars.clone();
                if let Some(mark) = next.marks.scene_start.as_mut() {
                    mark.vars = vars.clone();
                }
            }
        }
        state = next;
        if arrived && matches!(state.waiting, Waiting::Line | Waiting::Choice) {
            return Some(state);
        }
    }
    None
}
