//! What the plugins share, and nothing else: the screens and overlays, the messages
//! between the bridge ([`crate::play`]) and the views, and the one set-up of a reading
//! session. It imports no plugin of ours, so every plugin may import it without
//! making a circle.

use bevy::prelude::*;

use crate::director::{Command, Picture, State};

/// The game's screens: loading, then the title, then the story.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Loading,
    Title,
    /// The story is playing.
    Game,
    Credits,
}

/// A screen laid over the title or the story. The story moves only under `None`.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Overlay {
    #[default]
    None,
    Save,
    Load,
    History,
    Settings,
    /// "Return to the title screen?"
    Leave,
    /// The event pictures seen (from the title).
    Gallery,
    /// Start any chapter (from the title, once the credits have rolled).
    Chapters,
}

/// Systems that turn input into cues; presentation runs after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlaySystems;

/// One presentation command, for whichever plugin shows or plays it.
#[derive(Message, Debug, Clone, PartialEq)]
pub struct Cue(pub Command);

/// Put this whole picture on screen now: no fades, no typewriter.
#[derive(Message, Debug, Clone, PartialEq)]
pub struct ShowPicture(pub Picture);

/// The story reached a moment worth an autosave: a chapter's first line, or a choice.
#[derive(Message, Debug, Clone, Copy)]
pub struct Autosave;

/// What the reader asks for.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Verb {
    Advance,
    Choose(usize),
    /// Roll back one line (or choice).
    Back,
    /// Roll forward again over lines rolled back.
    Forward,
    /// Carry on from this state (a reloaded story): a new timeline starts there.
    Restore(Box<State>),
    /// Carry on from this loaded save; rolling back returns to where the reader was.
    Load(Box<State>),
}

/// Where a new game starts: the story's beginning, or a state loaded from a save.
#[derive(Resource, Debug, Clone, Default)]
pub struct StartFrom(pub Option<State>);

/// The bridge asks the stage to darken the screen (before a new scene) or to light it.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curtain {
    Close,
    Open,
}

/// On an entity that is still presenting something the reader should see before the
/// story moves on (the typewriter, the curtain). The bridge sends nothing new while one
/// exists; an advance then sends [`FinishNow`] instead.
#[derive(Component, Debug, Default)]
pub struct Busy;

/// The reader is in a hurry: every view finishes what it is presenting at once.
#[derive(Message, Debug, Clone, Copy)]
pub struct FinishNow;

/// One reading session's set-up: a plugin declares the resources that belong to a
/// session, and each is fresh whenever the story starts (a new game, a loaded save,
/// a return from the title). Entities go with `DespawnOnExit(Screen::Game)`.
pub trait SessionApp {
    fn init_session_resource<R: Resource + Default>(&mut self) -> &mut Self;
}

impl SessionApp for App {
    fn init_session_resource<R: Resource + Default>(&mut self) -> &mut Self {
        self.init_resource::<R>()
            .add_systems(OnEnter(Screen::Game), |mut commands: Commands| {
                commands.insert_resource(R::default());
            })
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .init_state::<Overlay>()
        .init_resource::<StartFrom>()
        .add_message::<Cue>()
        .add_message::<Verb>()
        .add_message::<ShowPicture>()
        .add_message::<Autosave>()
        .add_message::<Curtain>()
        .add_message::<FinishNow>();
}
