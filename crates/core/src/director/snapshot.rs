//! The whole picture of a moment, derived from the state alone: what a rollback, a
//! loaded save or a hot reload puts on screen at once, with no fades and no typewriter.

use super::{
    Line, Look, OnStage, Spot, Stage, State, Waiting, chapter_card, look, moment::current_op,
    speaker,
};
use crate::story::{Op, ScreenSetting, Story};

/// Everything on screen and playing at one moment. Files are paths under `assets/`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Picture {
    pub place: Option<PlaceShown>,
    /// The event picture over the place: its id and file.
    pub event: Option<(String, String)>,
    /// Who is on stage, in the order they were placed (the latest last, in front).
    pub cast: Vec<Actor>,
    pub rain: f32,
    pub thunder: bool,
    pub music: Option<String>,
    pub ambience: Option<String>,
    pub showing: Showing,
}

/// The place on screen: its id, its background and the colour of its light on the cast.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceShown {
    pub id: String,
    pub background: String,
    pub light: [u8; 3],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub who: String,
    pub look: Look,
    pub at: Spot,
}

/// What the reader is looking at.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Showing {
    #[default]
    Nothing,
    Line(Line),
    /// A choice's options, and the line that led to it (shown with them, so a choice
    /// reached by rollback or a loaded save has its context).
    Choices {
        options: Vec<String>,
        before: Option<Line>,
    },
    ChapterCard {
        number: usize,
        title: String,
    },
}

/// The picture of `state` in `story`.
pub fn snapshot(story: &Story, state: &State) -> Picture {
    let stage = &state.stage;
    let scene = story.scenes.get(state.scene);
    let op = current_op(state).and_then(|i| scene?.ops.get(i));
    let showing = match (state.waiting, op) {
        (_, Some(Op::Narrate(text))) => Showing::Line(Line {
            speaker: None,
            text: text.clone(),
        }),
        (_, Some(Op::Say { who, text, .. })) => Showing::Line(Line {
            speaker: speaker(story, stage, who),
            text: text.clone(),
        }),
        (_, Some(Op::Choice(options))) => Showing::Choices {
            options: options.iter().map(|o| o.text.clone()).collect(),
            before: current_op(state).and_then(|at| line_before(story, state, at)),
        },
        // A pause at a scene's first step is its chapter card.
        (Waiting::Pause, _) if state.step == 0 => match scene {
            Some(scene) => {
                let (number, title) = chapter_card(story, scene.chapter);
                Showing::ChapterCard { number, title }
            }
            None => Showing::Nothing,
        },
        _ => Showing::Nothing,
    };
    Picture {
        place: stage.place.as_ref().and_then(|id| {
            let place = story.places.get(id)?;
            Some(PlaceShown {
                id: id.clone(),
                background: place.background.clone(),
                light: place.light,
            })
        }),
        event: stage.picture.as_ref().and_then(|id| {
            let picture = story.pictures.get(id)?;
            Some((id.clone(), picture.file.clone()))
        }),
        cast: placing_order(stage)
            .into_iter()
            .filter_map(|(who, on)| {
                Some(Actor {
                    who: who.clone(),
                    look: look(story, who, &on.expression)?,
                    at: on.at,
                })
            })
            .collect(),
        rain: stage.rain,
        thunder: stage.thunder,
        music: stage
            .music
            .as_ref()
            .and_then(|m| story.music.get(m).cloned()),
        ambience: stage
            .ambience
            .as_ref()
            .and_then(|a| story.ambience.get(a).cloned()),
        showing,
    }
}

/// The cast in the order they were placed; ties (a save from before the order was kept)
/// by name.
fn placing_order(stage: &Stage) -> Vec<(&String, &OnStage)> {
    let mut cast: Vec<_> = stage.cast.iter().collect();
    cast.sort_by_key(|(_, on)| on.placed);
    cast
}

/// The nearest line before op `at` in the reader's scene, as it would be shown.
fn line_before(story: &Story, state: &State, at: usize) -> Option<Line> {
    let ops = &story.scenes.get(state.scene)?.ops;
    ops.get(..at)?.iter().rev().find_map(|op| match op {
        Op::Narrate(text) => Some(Line {
            speaker: None,
            text: text.clone(),
        }),
        Op::Say { who, text, .. } => Some(Line {
            speaker: speaker(story, &state.stage, who),
            text: text.clone(),
        }),
        _ => None,
    })
}

/// The picture of a screen outside the story: the title, or the credits.
pub fn screen_picture(story: &Story, screen: &ScreenSetting) -> Picture {
    let file = |name: &Option<String>, table: &std::collections::BTreeMap<String, String>| {
        name.as_ref().and_then(|n| table.get(n).cloned())
    };
    Picture {
        place: screen.background.clone().map(|background| PlaceShown {
            id: String::new(),
            background,
            light: [255; 3],
        }),
        rain: screen.rain,
        music: file(&screen.music, &story.music),
        ambience: file(&screen.ambience, &story.ambience),
        ..Picture::default()
    }
}
