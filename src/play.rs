//! The bridge between the reader and the director: the reader's verbs go in, and the
//! director's commands come out as [`Cue`] messages, one after another, held back while
//! the screen goes through black so that nothing changes before it is dark.
//!
//! Rolling back, rolling forward and loading a save don't play commands: they put a
//! whole [`director::Picture`] on screen at once, through a [`ShowPicture`] message.

use std::collections::VecDeque;

use bevy::prelude::*;

use crate::assets::LoadedStory;
use crate::director::{self, Command, Input, InputError, State, Timeline, Transition, Waiting};
use crate::input::{Action, Actions};
use crate::notice::Notice;
use crate::read_lines::ReadLines;
use crate::session::{
    Autosave, Busy, Cue, Curtain, FinishNow, Overlay, PlaySystems, Screen, SessionApp, ShowPicture,
    StartFrom, Verb,
};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::theme::widgets::MenuFocus;

pub(super) fn plugin(app: &mut App) {
    app.init_session_resource::<Playback>()
        .init_session_resource::<Reading>()
        .add_systems(OnEnter(Screen::Game), start)
        .add_systems(
            Update,
            (reader_verbs, direct, pump)
                .chain()
                .in_set(PlaySystems)
                .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
        );
}

/// The director's state and the commands not yet presented.
#[derive(Resource, Debug, Default)]
pub struct Playback {
    pub state: State,
    queue: VecDeque<Command>,
    /// Counts down a pause or chapter card, then advances.
    auto: Option<Timer>,
    pub timeline: Timeline,
    /// The line or choice the reader is at or passed last: what saves and rollback use.
    pub stop: Option<State>,
    /// A chapter card was shown: autosave at its first line.
    autosave_next: bool,
    /// The reader had read the current line before (in any session): skip may pass it.
    pub seen_before: bool,
    /// The curtain was asked to close and not yet to open.
    dark: bool,
    /// Letters in the line last sent to the screen: auto-forward waits longer for more.
    letters: usize,
}

impl Playback {
    /// Whether commands are still on their way to the screen.
    pub fn presenting(&self) -> bool {
        !self.queue.is_empty()
    }
}

/// How long a chapter card stays up unless clicked away.
const CARD_SECONDS: f32 = 3.5;

fn start(mut from: ResMut<StartFrom>, mut verbs: MessageWriter<Verb>) {
    verbs.write(match from.0.take() {
        Some(state) => Verb::Restore(Box::new(state)),
        None => Verb::Advance,
    });
}

/// How the reader is reading: skipping, on auto-forward, or looking at the picture
/// with the interface hidden.
#[derive(Resource, Debug, Default)]
pub struct Reading {
    /// Skip turned on with Tab (Ctrl skips only while held).
    pub skipping: bool,
    /// Skipping this frame (with Tab or Ctrl held): sound effects are left out, so a
    /// skip does not play every effect it passes at once.
    fast: bool,
    pub auto: bool,
    pub hidden: bool,
    auto_wait: Option<Timer>,
}

impl Reading {
    /// Skipping this frame: effects (thunder too) are left out.
    pub fn fast(&self) -> bool {
        self.fast
    }
}

/// The reader's actions become verbs: advance (or skip, or auto-forward), choose, roll
/// back and forward, and hide the interface until the next input.
fn reader_verbs(
    actions: Res<Actions>,
    focus: Option<Res<MenuFocus>>,
    mut reading: ResMut<Reading>,
    playback: Res<Playback>,
    busy: Query<(), With<Busy>>,
    settings: Res<ReaderSettings>,
    time: Res<Time>,
    mut moving: ResMut<Moving>,
    mut verbs: MessageWriter<Verb>,
    mut notice: ResMut<Notice>,
) {
    reading.fast = false;
    if reading.hidden {
        // Any input brings the interface back, and does nothing else.
        if actions.anything {
            reading.hidden = false;
        }
        return;
    }
    if actions.did(Action::Hide) {
        reading.hidden = true;
        return;
    }
    if actions.did(Action::Back) {
        verbs.write(Verb::Back);
    } else if actions.did(Action::Forward) {
        verbs.write(Verb::Forward);
    }
    if actions.did(Action::SkipToggle) {
        reading.skipping = !reading.skipping;
    }
    if actions.did(Action::Auto) {
        reading.auto = !reading.auto;
    }
    let choosing = focus.is_some();
    // Skip reads on a line a frame over what was read before (any line, if the reader
    // says so); it stops at a choice and at the first unread line.
    let may_skip = playback.seen_before || settings.skip_unread;
    if reading.skipping && (choosing || !may_skip) {
        reading.skipping = false;
        // Stopped by an unread line: say why, or Tab seems to do nothing.
        if !may_skip {
            notice.say("Skip stops at lines not read yet (Settings: skip unread lines too).");
        }
    }
    let skip = (reading.skipping || actions.did(Action::SkipHeld)) && may_skip && !choosing;
    reading.fast = skip;
    if skip || (actions.did(Action::Advance) && !choosing) {
        // A click of the reader's own stops auto-forward.
        if !skip {
            reading.auto = false;
        }
        reading.auto_wait = None;
        verbs.write(Verb::Advance);
        return;
    }
    // Auto-forward: once the line is out, wait a while (longer for longer lines).
    let line_out =
        busy.is_empty() && !playback.presenting() && playback.state.waiting == Waiting::Line;
    if !(reading.auto && line_out && !choosing) {
        reading.auto_wait = None;
        return;
    }
    moving.now();
    let letters = playback.letters;
    let wait = reading
        .auto_wait
        .get_or_insert_with(|| Timer::new(settings.auto_wait(letters), TimerMode::Once));
    if wait.tick(time.delta()).is_finished() {
        reading.auto_wait = None;
        verbs.write(Verb::Advance);
    }
}

/// Hands the first verb that fits the moment to the director, or rolls the timeline.
fn direct(
    mut verbs: MessageReader<Verb>,
    mut playback: ResMut<Playback>,
    busy: Query<(), With<Busy>>,
    mut hurry: MessageWriter<FinishNow>,
    mut pictures: MessageWriter<ShowPicture>,
    mut autosave: MessageWriter<Autosave>,
    time: Res<Time>,
    story: LoadedStory,
    mut moving: ResMut<Moving>,
    mut read: ResMut<ReadLines>,
    mut notice: ResMut<Notice>,
) {
    // A pause's timer and commands waiting to be shown need frames to run.
    if playback.auto.is_some() || !playback.queue.is_empty() {
        moving.now();
    }
    let Some(story) = story.get().map(|s| &s.story) else {
        return;
    };
    let timed_out = playback
        .auto
        .as_mut()
        .is_some_and(|t| t.tick(time.delta()).is_finished());
    let verbs: Vec<Verb> = verbs.read().cloned().collect();
    let verbs = verbs.into_iter().chain(timed_out.then_some(Verb::Advance));
    for verb in verbs {
        let input = match verb {
            Verb::Back | Verb::Forward | Verb::Restore(_) | Verb::Load(_) => {
                let here = playback
                    .stop
                    .clone()
                    .unwrap_or_else(|| playback.state.clone());
                let to = match verb {
                    Verb::Back => playback.timeline.back(&here),
                    Verb::Forward => playback.timeline.forward(&here),
                    Verb::Restore(state) => {
                        playback.timeline = Timeline::default();
                        Some(*state)
                    }
                    Verb::Load(state) => {
                        playback.timeline.leave(here);
                        Some(*state)
                    }
                    _ => None,
                };
                if let Some(state) = to {
                    read.mark(story, &state);
                    playback.seen_before = true;
                    restore(&mut playback, state, story, &mut pictures);
                    break;
                }
                continue;
            }
            // While there is still something to present, an advance only hurries it.
            Verb::Advance if !playback.queue.is_empty() || !busy.is_empty() => {
                hurry.write(FinishNow);
                continue;
            }
            Verb::Advance => Input::Advance,
            Verb::Choose(n) => Input::Choose(n),
        };
        match director::play(story, &playback.state, input) {
            Ok((state, commands)) => {
                if commands
                    .iter()
                    .any(|c| matches!(c, Command::ChapterCard { .. }))
                {
                    playback.autosave_next = true;
                }
                if Timeline::is_stop(&state) {
                    playback.seen_before = read.mark(story, &state);
                    if let Some(left) = playback.stop.replace(state.clone()) {
                        playback.timeline.read_on(left, &state);
                    }
                    if std::mem::take(&mut playback.autosave_next)
                        || state.waiting == Waiting::Choice
                    {
                        autosave.write(Autosave);
                    }
                }
                playback.state = state;
                playback.queue.extend(commands);
                playback.auto = None;
                break;
            }
            Err(InputError::Runaway(scene)) => {
                error!("scene `{scene}` loops without showing a line or a choice");
            }
            // The reader's place is not in this story (it changed under them): say so
            // rather than sit still.
            Err(InputError::Lost) => {
                error!(
                    "the reader's place is outside the story: {:?}",
                    playback.state
                );
                notice.say(
                    "This place is no longer in the story. Load a save or return to the title.",
                );
            }
            Err(InputError::NoSuchOption(n)) => warn!("there is no option {}", n + 1),
            // Advancing past the end, or while a choice waits: nothing to do.
            Err(e @ (InputError::Ended | InputError::NotNow)) => debug!("{e:?}"),
        }
    }
}

/// Puts the reader at `state` at once: what was still to be presented is dropped.
fn restore(
    playback: &mut Playback,
    state: State,
    story: &crate::story::Story,
    pictures: &mut MessageWriter<ShowPicture>,
) {
    let picture = director::snapshot(story, &state);
    playback.letters = match &picture.showing {
        director::Showing::Line(line) => line.text.chars().count(),
        _ => 0,
    };
    pictures.write(ShowPicture(picture));
    playback.queue.clear();
    playback.auto = None;
    playback.autosave_next = false;
    playback.stop = Timeline::is_stop(&state).then(|| state.clone());
    playback.state = state;
    playback.dark = false;
}

/// Sends queued commands on as cues, closing the curtain first where a command needs
/// the screen dark and opening it again at the next thing to read. While a view is
/// busy (the curtain still moving), the rest waits.
fn pump(
    mut playback: ResMut<Playback>,
    reading: Res<Reading>,
    busy: Query<(), With<Busy>>,
    mut curtain: MessageWriter<Curtain>,
    mut cues: MessageWriter<Cue>,
) {
    while let Some(next) = playback.queue.front() {
        if !busy.is_empty() {
            return;
        }
        let needs_dark = matches!(
            next,
            Command::SceneStart { .. }
                | Command::End
                | Command::Place {
                    transition: Transition::Fade,
                    ..
                }
        );
        if needs_dark && !playback.dark {
            curtain.write(Curtain::Close);
            playback.dark = true;
            return;
        }
        let to_read = matches!(
            next,
            Command::Line(_) | Command::Choices(_) | Command::Pause(_)
        );
        if to_read && playback.dark {
            curtain.write(Curtain::Open);
            playback.dark = false;
        }
        let Some(command) = playback.queue.pop_front() else {
            return;
        };
        match &command {
            Command::Pause(s) => playback.auto = Some(Timer::from_seconds(*s, TimerMode::Once)),
            Command::ChapterCard { .. } => {
                playback.auto = Some(Timer::from_seconds(CARD_SECONDS, TimerMode::Once));
            }
            Command::Line(line) => playback.letters = line.text.chars().count(),
            Command::Sfx(_) if reading.fast => continue,
            _ => {}
        }
        cues.write(Cue(command));
        // A view that starts on this cue says so next frame: give it that frame.
        if to_read {
            return;
        }
    }
}
