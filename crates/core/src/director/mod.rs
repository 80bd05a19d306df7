//! The director: plays a [`Story`] one reader input at a time.
//!
//! Plain Rust with no Bevy, no I/O and no clocks: [`play`] takes the story, the current
//! [`State`] and an [`Input`], and gives the next state plus the [`Command`]s the
//! presentation should carry out. The state is one serialisable value, so saving and
//! rolling back are a matter of keeping copies of it.

mod files;
mod moment;
mod snapshot;
mod timeline;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::story::{At, Next, Op, Scene, Story};
pub use crate::story::{FaceBox, Layer, Look, Spot, Transition};
pub use files::{chapter_files, picture_files};
pub use moment::{
    ANCHORS, Bookmark, Found, Moment, ResumeError, Resumed, StartAt, resume, start_at,
    start_chapter,
};
pub use snapshot::{Actor, Picture, PlaceShown, Showing, screen_picture, snapshot};
pub use timeline::{Timeline, chosen_option};

/// Where the reader is and what the stage looks like.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// Index into [`Story::scenes`].
    pub scene: usize,
    /// Index into that scene's ops: the next to run, or the choice being asked.
    pub step: usize,
    pub waiting: Waiting,
    #[serde(deserialize_with = "crate::save::unique_keys")]
    pub vars: BTreeMap<String, i32>,
    pub stage: Stage,
    /// Beat ids passed so far, in order.
    pub beats: Vec<String>,
    /// The chapter whose title card was shown last.
    pub chapter: Option<usize>,
    /// What the reader had when entering this scene and when passing the last beat, so
    /// a resume that has to go back to one of them never counts a choice twice.
    pub marks: Marks,
}

/// The two moments a resume may go back to when the reader's line is gone.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Marks {
    /// As the reader entered the scene they are in.
    pub scene_start: Option<Mark>,
    /// As the reader passed the last beat (in this scene or an earlier one).
    pub last_beat: Option<Mark>,
}

/// The variables, the stage and how many beats had been passed at one moment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Mark {
    #[serde(deserialize_with = "crate::save::unique_keys")]
    pub vars: BTreeMap<String, i32>,
    pub stage: Stage,
    /// How many of [`State::beats`] had been passed (the beat itself included).
    pub beats: usize,
}

impl Mark {
    fn of(s: &State) -> Mark {
        Mark {
            vars: s.vars.clone(),
            stage: s.stage.clone(),
            beats: s.beats.len(),
        }
    }
}

impl State {
    /// About how many bytes the state holds, to bound what is kept of many states.
    pub fn weight(&self) -> usize {
        let vars = |vars: &BTreeMap<String, i32>| {
            vars.keys()
                .map(|k| k.len().saturating_add(32))
                .fold(0usize, usize::saturating_add)
        };
        let stage = |stage: &Stage| {
            let text = |t: &Option<String>| t.as_ref().map_or(0, String::len);
            stage
                .cast
                .iter()
                .map(|(who, on)| who.len() + on.expression.len() + 48)
                .chain(
                    stage
                        .names
                        .iter()
                        .map(|(who, name)| who.len() + name.len() + 48),
                )
                .fold(0usize, usize::saturating_add)
                .saturating_add(text(&stage.place))
                .saturating_add(text(&stage.music))
                .saturating_add(text(&stage.ambience))
                .saturating_add(text(&stage.picture))
        };
        let mark = |m: &Option<Mark>| {
            m.as_ref()
                .map_or(0, |m| vars(&m.vars).saturating_add(stage(&m.stage)))
        };
        [
            std::mem::size_of::<State>(),
            vars(&self.vars),
            stage(&self.stage),
            self.beats
                .iter()
                .map(|b| b.len().saturating_add(24))
                .fold(0usize, usize::saturating_add),
            mark(&self.marks.scene_start),
            mark(&self.marks.last_beat),
        ]
        .into_iter()
        .fold(0usize, usize::saturating_add)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Stage {
    pub place: Option<String>,
    #[serde(deserialize_with = "crate::save::unique_keys")]
    pub cast: BTreeMap<String, OnStage>,
    pub rain: f32,
    pub thunder: bool,
    pub music: Option<String>,
    pub ambience: Option<String>,
    /// The event picture over the place, by id (`kiss:she_reaches` for a variant).
    pub picture: Option<String>,
    /// Name plates changed by `Rename`.
    #[serde(deserialize_with = "crate::save::unique_keys")]
    pub names: BTreeMap<String, String>,
}

impl Stage {
    /// The [`OnStage::placed`] number for whoever is placed next: after everyone's.
    fn next_placing(&self) -> u64 {
        self.cast
            .values()
            .map(|on| on.placed)
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OnStage {
    pub expression: String,
    pub at: Spot,
    /// When they came on stage or last moved, counted up in the stage: of two busts that
    /// overlap, the later stands in front. Saves from before it was kept have 0 for all,
    /// and stand in the order of their names, as those games showed them after a load.
    #[serde(default)]
    pub placed: u64,
}

/// What the director waits for from the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Waiting {
    /// Nothing has played yet.
    #[default]
    Start,
    /// A line is on screen.
    Line,
    /// A pause or a chapter card; the presentation advances by itself after a while.
    Pause,
    /// A choice is on screen; only [`Input::Choose`] goes on.
    Choice,
    End,
}

/// The reader's verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Advance,
    Choose(usize),
}

/// What the presentation should do, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A new scene begins: the screen goes through black and the stage empties.
    SceneStart {
        id: String,
        title: Option<String>,
    },
    /// Chapter title card; waits like a pause.
    ChapterCard {
        number: usize,
        title: String,
    },
    Place {
        place: String,
        background: String,
        transition: Transition,
    },
    /// An event picture dissolves in over the place (`Some` file) or away (`None`).
    Picture {
        id: Option<String>,
        file: Option<String>,
    },
    Weather {
        rain: f32,
        thunder: bool,
    },
    /// Bring on (`entering`) or change how a cast member looks.
    Show {
        who: String,
        look: Box<Look>,
        at: Spot,
        entering: bool,
    },
    Move {
        who: String,
        at: Spot,
    },
    Hide {
        who: String,
    },
    Line(Line),
    Choices(Vec<String>),
    /// Files to play on each channel; `None` fades the channel out.
    Music(Option<String>),
    Ambience(Option<String>),
    Sfx(String),
    /// The picture jolts for a moment.
    Shake,
    /// The picture flashes with light of this colour.
    Flash([u8; 3]),
    /// Wait this many seconds, then advance.
    Pause(f32),
    Beat(String),
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// `None` for narration.
    pub speaker: Option<Speaker>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub colour: [u8; 3],
}

/// Input that does not fit the moment; the state is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Advance while a choice waits, or Choose when none does.
    NotNow,
    NoSuchOption(usize),
    Ended,
    /// A scene jumps around forever without a line or a choice.
    Runaway(String),
    /// The state points outside the story (it came from elsewhere): use [`resume`].
    Lost,
}

/// The most ops that may run between two inputs before we call it a loop.
const RUNAWAY_LIMIT: usize = 100_000;

/// Plays from `state` with the reader's `input`.
pub fn play(
    story: &Story,
    state: &State,
    input: Input,
) -> Result<(State, Vec<Command>), InputError> {
    let mut s = state.clone();
    let mut out = Vec::new();
    match (s.waiting, input) {
        (Waiting::End, _) => return Err(InputError::Ended),
        (Waiting::Choice, Input::Choose(n)) => {
            let Some(Op::Choice(options)) = scene(story, &s)?.ops.get(s.step) else {
                return Err(InputError::NotNow);
            };
            let option = options.get(n).ok_or(InputError::NoSuchOption(n))?;
            for (var, value) in &option.set {
                s.vars.insert(var.clone(), *value);
            }
            for (var, value) in &option.add {
                add(&mut s.vars, var, *value);
            }
            s.step = option.at;
        }
        (Waiting::Choice, Input::Advance) | (_, Input::Choose(_)) => {
            return Err(InputError::NotNow);
        }
        (Waiting::Start, Input::Advance) => {
            if story.scenes.is_empty() {
                s.waiting = Waiting::End;
                return Ok((s, vec![Command::End]));
            }
            if enter(story, &mut s, 0, &mut out) {
                return Ok((s, out));
            }
        }
        (Waiting::Line | Waiting::Pause, Input::Advance) => {}
    }
    run(story, &mut s, &mut out)?;
    Ok((s, out))
}

/// The scene the state is in; an error for a state from outside this story.
fn scene<'a>(story: &'a Story, s: &State) -> Result<&'a Scene, InputError> {
    story.scenes.get(s.scene).ok_or(InputError::Lost)
}

/// Adds to a variable, saturating rather than overflowing.
fn add(vars: &mut BTreeMap<String, i32>, var: &str, value: i32) {
    let slot = vars.entry(var.to_string()).or_default();
    *slot = slot.saturating_add(value);
}

/// Runs ops until one waits for the reader.
fn run(story: &Story, s: &mut State, out: &mut Vec<Command>) -> Result<(), InputError> {
    for _ in 0..RUNAWAY_LIMIT {
        let scene = scene(story, s)?;
        let here = At {
            scene: s.scene,
            op: s.step,
        };
        let Some(op) = scene.ops.get(s.step) else {
            // The scene's end: on into the next scene, or the story's end.
            match story.next(here) {
                Next::To(to) => {
                    if enter(story, s, to.scene, out) {
                        return Ok(());
                    }
                    continue;
                }
                _ => {
                    s.waiting = Waiting::End;
                    out.push(Command::End);
                    return Ok(());
                }
            }
        };
        s.step += 1;
        match op {
            Op::Beat(id) => {
                s.beats.push(id.clone());
                s.marks.last_beat = Some(Mark::of(s));
                out.push(Command::Beat(id.clone()));
            }
            Op::Narrate(text) => {
                return line(s, out, None, text);
            }
            Op::Say {
                who,
                expression,
                text,
                ..
            } => {
                if let Some(expression) = expression
                    && let Some(on) = s.stage.cast.get(who)
                {
                    let at = on.at;
                    show(story, s, out, who, Some(expression), at);
                }
                return line(s, out, speaker(story, &s.stage, who), text);
            }
            Op::Show {
                who,
                expression,
                at,
            } => show(story, s, out, who, expression.as_ref(), *at),
            Op::Move { who, at } => {
                let placed = s.stage.next_placing();
                if let Some(on) = s.stage.cast.get_mut(who) {
                    on.at = *at;
                    // Whoever moves (even to where they stand) steps in front.
                    on.placed = placed;
                    out.push(Command::Move {
                        who: who.clone(),
                        at: *at,
                    });
                }
            }
            Op::Hide(who) => {
                if s.stage.cast.remove(who).is_some() {
                    out.push(Command::Hide { who: who.clone() });
                }
            }
            Op::Rename(who, name) => {
                s.stage.names.insert(who.clone(), name.clone());
            }
            Op::Place(place, transition) => {
                let Some(entry) = story.places.get(place) else {
                    continue;
                };
                s.stage.place = Some(place.clone());
                // A new place ends the moment an event picture painted.
                set_picture(story, s, out, None);
                out.push(Command::Place {
                    place: place.clone(),
                    background: entry.background.clone(),
                    transition: *transition,
                });
                set_ambience(story, s, out, entry.ambience.as_ref());
            }
            Op::Picture(id) => set_picture(story, s, out, id.as_ref()),
            Op::Weather { rain, thunder } => {
                s.stage.rain = *rain;
                s.stage.thunder = *thunder;
                out.push(Command::Weather {
                    rain: *rain,
                    thunder: *thunder,
                });
            }
            Op::Music(name) => {
                if s.stage.music != *name {
                    s.stage.music = name.clone();
                    out.push(Command::Music(
                        name.as_ref().and_then(|n| story.music.get(n).cloned()),
                    ));
                }
            }
            Op::Ambience(name) => set_ambience(story, s, out, name.as_ref()),
            Op::Sfx(name) => {
                if let Some(file) = story.sounds.get(name) {
                    out.push(Command::Sfx(file.clone()));
                }
            }
            Op::Shake => out.push(Command::Shake),
            Op::Flash(colour) => out.push(Command::Flash(*colour)),
            Op::Wait(seconds) => {
                s.waiting = Waiting::Pause;
                out.push(Command::Pause(*seconds));
                return Ok(());
            }
            Op::Set(var, value) => {
                s.vars.insert(var.clone(), *value);
            }
            Op::Add(var, value) => add(&mut s.vars, var, *value),
            Op::Choice(options) => {
                s.step = s.step.saturating_sub(1);
                s.waiting = Waiting::Choice;
                out.push(Command::Choices(
                    options.iter().map(|o| o.text.clone()).collect(),
                ));
                return Ok(());
            }
            Op::Unless(condition, _) => {
                let value = s.vars.get(condition.variable()).copied().unwrap_or(0);
                if let Next::Test { then, otherwise } = story.next(here) {
                    s.step = if condition.holds(value) {
                        then
                    } else {
                        otherwise
                    }
                    .op;
                }
            }
            Op::Goto(_) => {
                if let Next::To(to) = story.next(here) {
                    s.step = to.op;
                }
            }
            Op::Jump(_) => {
                if let Next::To(to) = story.next(here)
                    && enter(story, s, to.scene, out)
                {
                    return Ok(());
                }
            }
        }
    }
    Err(InputError::Runaway(scene(story, s)?.id.clone()))
}

/// Who says a line, with the name plate they have now.
pub(crate) fn speaker(story: &Story, stage: &Stage, who: &str) -> Option<Speaker> {
    let cast = story.cast.get(who)?;
    Some(Speaker {
        id: who.to_string(),
        name: stage.names.get(who).unwrap_or(&cast.name).clone(),
        colour: cast.colour,
    })
}

fn line(
    s: &mut State,
    out: &mut Vec<Command>,
    speaker: Option<Speaker>,
    text: &str,
) -> Result<(), InputError> {
    s.waiting = Waiting::Line;
    out.push(Command::Line(Line {
        speaker,
        text: text.to_string(),
    }));
    Ok(())
}

fn show(
    story: &Story,
    s: &mut State,
    out: &mut Vec<Command>,
    who: &str,
    expression: Option<&String>,
    at: Spot,
) {
    let current = s.stage.cast.get(who);
    let entering = current.is_none();
    // Coming on or changing spot places them anew; a new expression in place does not.
    let placed = match current {
        Some(on) if on.at == at => on.placed,
        _ => s.stage.next_placing(),
    };
    let expression = expression
        .or(current.map(|c| &c.expression))
        .cloned()
        .unwrap_or_else(|| crate::story::NEUTRAL.to_string());
    let Some(look) = look(story, who, &expression) else {
        return;
    };
    out.push(Command::Show {
        who: who.to_string(),
        look: Box::new(look),
        at,
        entering,
    });
    s.stage.cast.insert(
        who.to_string(),
        OnStage {
            expression,
            at,
            placed,
        },
    );
}

fn set_ambience(story: &Story, s: &mut State, out: &mut Vec<Command>, name: Option<&String>) {
    if s.stage.ambience.as_ref() != name {
        s.stage.ambience = name.cloned();
        out.push(Command::Ambience(
            name.and_then(|n| story.ambience.get(n).cloned()),
        ));
    }
}

fn set_picture(story: &Story, s: &mut State, out: &mut Vec<Command>, id: Option<&String>) {
    let id = id.filter(|id| story.pictures.contains_key(*id));
    if s.stage.picture.as_ref() != id {
        s.stage.picture = id.cloned();
        out.push(Command::Picture {
            id: id.cloned(),
            file: id
                .and_then(|id| story.pictures.get(id))
                .map(|p| p.file.clone()),
        });
    }
}

/// A chapter's card: its number (from 1) and title.
pub(crate) fn chapter_card(story: &Story, chapter: usize) -> (usize, String) {
    let title = story.chapters.get(chapter).cloned().unwrap_or_default();
    (chapter.saturating_add(1), title)
}

/// The layers of one of a cast member's expressions.
pub(crate) fn look(story: &Story, who: &str, expression: &str) -> Option<Look> {
    story.cast.get(who)?.look(expression)
}

/// Starts scene `index`: clears the stage and, on a new chapter, shows its card.
/// Returns whether the card now waits.
fn enter(story: &Story, s: &mut State, index: usize, out: &mut Vec<Command>) -> bool {
    let Some(scene) = story.scenes.get(index) else {
        // Only a state from outside this story points past the end: treat it as the end.
        s.scene = story.scenes.len();
        return false;
    };
    // An event picture ends with its scene; the view is told, or it would stay up.
    set_picture(story, s, out, None);
    s.scene = index;
    s.step = 0;
    s.stage.cast.clear();
    s.marks.scene_start = Some(Mark::of(s));
    out.push(Command::SceneStart {
        id: scene.id.clone(),
        title: scene.title.clone(),
    });
    if s.chapter != Some(scene.chapter) {
        s.chapter = Some(scene.chapter);
        s.waiting = Waiting::Pause;
        let (number, title) = chapter_card(story, scene.chapter);
        out.push(Command::ChapterCard { number, title });
        return true;
    }
    false
}

#[cfg(test)]
mod restore_tests;
#[cfg(test)]
mod tests;
