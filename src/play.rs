//! The bridge between the reader and the director: the reader's verbs go in, and the
//! director's commands come out as [`Cue`] messages, one after another, held back while
//! the screen goes through black so that nothing changes before it is dark.

use std::collections::VecDeque;

use bevy::prelude::*;

use crate::assets::LoadedStory;
use crate::dialogue::Reveal;
use crate::director::{self, Command, Input, InputError, State, Transition};
use crate::menu::{Menu, MenuFocus, MenuPicked};
use crate::screens::Screen;
use crate::stage::Curtain;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Cue>()
        .add_message::<Verb>()
        .init_resource::<Playback>()
        .add_systems(OnEnter(Screen::Game), start)
        .add_systems(
            Update,
            (reader_verbs, direct, pump)
                .chain()
                .in_set(PlaySystems)
                .run_if(in_state(Screen::Game)),
        );
}

/// Systems that turn input into cues; presentation runs after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlaySystems;

/// One presentation command, for whichever plugin shows or plays it.
#[derive(Message, Debug, Clone, PartialEq)]
pub struct Cue(pub Command);

/// What the reader asks for.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Advance,
    Choose(usize),
}

/// The director's state and the commands not yet presented.
#[derive(Resource, Debug, Default)]
pub struct Playback {
    pub state: State,
    queue: VecDeque<Command>,
    /// Counts down a pause or chapter card, then advances.
    auto: Option<Timer>,
}

/// How long a chapter card stays up unless clicked away.
const CARD_SECONDS: f32 = 3.5;

fn start(mut playback: ResMut<Playback>, mut verbs: MessageWriter<Verb>) {
    *playback = Playback::default();
    verbs.write(Verb::Advance);
}

/// Click, Space or Enter advance (Ctrl held skips) when no menu is open; a picked
/// choice chooses.
fn reader_verbs(
    keys: Res<ButtonInput<KeyCode>>,
    mouse: Res<ButtonInput<MouseButton>>,
    focus: Option<Res<MenuFocus>>,
    mut picked: MessageReader<MenuPicked>,
    mut verbs: MessageWriter<Verb>,
) {
    for pick in picked.read().filter(|p| p.menu == Menu::Choice) {
        verbs.write(Verb::Choose(pick.index));
    }
    // Holding Ctrl skips ahead, a line a frame, as in other visual novels.
    let skipping = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    let advance = skipping
        || mouse.just_pressed(MouseButton::Left)
        || keys.any_just_pressed([KeyCode::Space, KeyCode::Enter, KeyCode::NumpadEnter]);
    if advance && focus.is_none() {
        verbs.write(Verb::Advance);
    }
}

/// Hands the first verb that fits the moment to the director.
fn direct(
    mut verbs: MessageReader<Verb>,
    mut playback: ResMut<Playback>,
    mut reveal: ResMut<Reveal>,
    time: Res<Time>,
    story: LoadedStory,
) {
    let Some(story) = story.get().map(|s| &s.story) else {
        return;
    };
    let timed_out = playback
        .auto
        .as_mut()
        .is_some_and(|t| t.tick(time.delta()).is_finished());
    let verbs: Vec<Verb> = verbs.read().copied().collect();
    let verbs = verbs.into_iter().chain(timed_out.then_some(Verb::Advance));
    for verb in verbs {
        // While there is still something to present, an advance only hurries it.
        if verb == Verb::Advance && (!playback.queue.is_empty() || !reveal.done()) {
            reveal.finish();
            continue;
        }
        let input = match verb {
            Verb::Advance => Input::Advance,
            Verb::Choose(n) => Input::Choose(n),
        };
        match director::play(story, &playback.state, input) {
            Ok((state, commands)) => {
                playback.state = state;
                playback.queue.extend(commands);
                playback.auto = None;
                break;
            }
            Err(InputError::Runaway(scene)) => {
                error!("scene `{scene}` loops without showing a line or a choice");
            }
            Err(_) => {}
        }
    }
}

/// Sends queued commands on as cues, closing the curtain first where a command needs
/// the screen dark and opening it again at the next thing to read.
fn pump(
    mut playback: ResMut<Playback>,
    mut curtain: ResMut<Curtain>,
    mut cues: MessageWriter<Cue>,
) {
    while let Some(command) = playback.queue.front() {
        if curtain.moving() {
            return;
        }
        let needs_dark = matches!(
            command,
            Command::SceneStart { .. }
                | Command::Place {
                    transition: Transition::Fade,
                    ..
                }
        );
        if needs_dark && !curtain.is_closed() {
            curtain.close();
            return;
        }
        let to_read = matches!(
            command,
            Command::Line(_) | Command::Choices(_) | Command::Pause(_)
        );
        if to_read && curtain.is_closed() {
            curtain.open();
        }
        let seconds = match command {
            Command::Pause(s) => Some(*s),
            Command::ChapterCard { .. } => Some(CARD_SECONDS),
            _ => None,
        };
        if let Some(seconds) = seconds {
            playback.auto = Some(Timer::from_seconds(seconds, TimerMode::Once));
        }
        if let Some(command) = playback.queue.pop_front() {
            cues.write(Cue(command));
        }
    }
}
