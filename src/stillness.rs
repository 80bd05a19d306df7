//! Drawing only when something moves. A visual novel spends most of its time on a still
//! line; redrawing it sixty times a second would keep a laptop's fan (and, with software
//! rendering, both cores) busy for nothing. Each view says when it is animating through
//! [`Moving`]; when none is, the window waits for input (or a minute; a tenth of a
//! second while a gamepad is connected) before the next frame.

use std::time::Duration;

use bevy::diagnostic::FrameCount;
use bevy::prelude::*;
#[cfg(not(target_arch = "wasm32"))]
use bevy::winit::WinitUserEvent;
use bevy::winit::{EventLoopProxyWrapper, UpdateMode, WinitSettings};

use crate::input::Actions;
use crate::screens::loading::LoadErrors;
use crate::session::Screen;

/// The longest wait between frames while nothing moves; input from the window wakes it
/// at once. Nothing in the game needs a frame while still (settings are saved as they
/// change, timers and fades keep frames coming), and with software rendering one frame
/// of the still picture costs about 0.15 s of CPU: so, rarely.
const STILL_WAIT: Duration = Duration::from_secs(60);
/// A gamepad's buttons reach the game only in a frame (the window knows nothing of
/// them): while one is connected, look this often.
const GAMEPAD_WAIT: Duration = Duration::from_millis(100);
/// Frames drawn after the last movement or input: what they set off (a screen change,
/// a button lighting up) gets drawn before the window goes still.
const SETTLE_FRAMES: u32 = 8;
/// After a long still wait, the first frame's time step is cut to this, so an animation
/// that starts then (a new line's typewriter) begins at its start, not half-way.
const LONGEST_STEP: Duration = Duration::from_millis(100);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Moving>()
        .init_resource::<StillWait>()
        .add_systems(Startup, |mut time: ResMut<Time<Virtual>>| {
            time.set_max_delta(LONGEST_STEP);
        })
        .add_systems(Update, loading_and_credits_move)
        .add_systems(Last, choose_update_mode);
}

/// The loading bar and the credits roll are always on the move; but a loading screen
/// that shows an error (a story that does not parse, a missing file) is still: it waits
/// for the reader to close the game (or, in a development run, for the file to be saved
/// again, which [`StillWait`] looks for), and drawing its bar sixty times a second kept a
/// core busy for nothing.
fn loading_and_credits_move(
    screen: Option<Res<State<Screen>>>,
    errors: Option<Res<LoadErrors>>,
    mut moving: ResMut<Moving>,
) {
    let Some(screen) = screen else {
        return;
    };
    let moves = match screen.get() {
        Screen::Loading => errors.is_none_or(|errors| errors.0.is_empty() || errors.is_changed()),
        Screen::Credits => true,
        _ => false,
    };
    if moves {
        moving.now();
    }
}

/// The longest wait between frames while nothing moves. A development run looks more
/// often, so a saved file shows without a key press.
#[derive(Resource, Debug)]
pub struct StillWait(pub Duration);

impl Default for StillWait {
    fn default() -> Self {
        StillWait(STILL_WAIT)
    }
}

/// Set by any view that animates this frame (rain, a fade, the typewriter, …).
#[derive(Resource, Debug, Default)]
pub struct Moving {
    now: bool,
    frames_left: u32,
    /// The soonest moment a view asked to be drawn again, from this frame.
    next: Option<Duration>,
}

impl Moving {
    pub fn now(&mut self) {
        self.now = true;
    }

    /// Asks for one frame `after` from now, and none before unless something else
    /// moves: for a change that happens at a moment (a blink), not an animation. The
    /// window's update mode stays as it is (winit draws an extra frame whenever it
    /// changes): an alarm wakes it instead.
    pub fn frame_in(&mut self, after: Duration) {
        self.next = Some(self.next.map_or(after, |next| next.min(after)));
    }
}

fn choose_update_mode(
    mut moving: ResMut<Moving>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
    mut alarm: Local<Alarm>,
    actions: Res<Actions>,
    wait: Res<StillWait>,
    gamepads: Query<(), With<Gamepad>>,
    settings: Option<ResMut<WinitSettings>>,
    frames: Option<Res<FrameCount>>,
) {
    let input = actions.is_changed();
    if std::mem::take(&mut moving.now) || input {
        moving.frames_left = SETTLE_FRAMES;
    }
    moving.frames_left = moving.frames_left.saturating_sub(1);
    let mut next = moving.next.take();
    if let (Some(after), Some(proxy)) = (next, proxy) {
        next = alarm.ring_in(after, &proxy);
    }
    let mode = if moving.frames_left > 0 {
        UpdateMode::Continuous
    } else {
        let wait = if gamepads.is_empty() {
            wait.0
        } else {
            wait.0.min(GAMEPAD_WAIT)
        };
        UpdateMode::reactive_low_power(next.map_or(wait, |next| wait.min(next)))
    };
    // RUST_LOG=after_the_rain::stillness=debug counts the frames a still line draws.
    debug!("frame {}: {mode:?}", frames.map_or(0, |frames| frames.0));
    if let Some(mut settings) = settings
        && settings.focused_mode != mode
    {
        settings.focused_mode = mode;
        settings.unfocused_mode = mode;
    }
}

/// A wake-up for the still window at a moment: a sleeping thread sends the event loop
/// a wake-up then, so the update mode (and its long wait) stays as it is.
#[derive(Default)]
struct Alarm {
    #[cfg(not(target_arch = "wasm32"))]
    set_for: Option<std::time::Instant>,
}

impl Alarm {
    /// Rings `after` from now, unless it is set to ring about then already. Gives back
    /// the wait the update mode must use instead where no alarm can be set (in a
    /// browser, with no threads).
    #[cfg(not(target_arch = "wasm32"))]
    fn ring_in(&mut self, after: Duration, proxy: &EventLoopProxyWrapper) -> Option<Duration> {
        let now = std::time::Instant::now();
        let at = now + after;
        // One set for a moment still to come, and at most a little later than this
        // one, will do: frames end at slightly different times, and the moment asked for
        // moves with them.
        let soon_enough = Duration::from_millis(50);
        if self
            .set_for
            .is_some_and(|set| set > now && set <= at + soon_enough)
        {
            return None;
        }
        self.set_for = Some(at);
        let proxy = (**proxy).clone();
        let rang = std::thread::Builder::new()
            .name("stillness alarm".into())
            .spawn(move || {
                std::thread::sleep(after);
                // The game may have closed meanwhile: nothing to wake.
                let _ = proxy.send_event(WinitUserEvent::WakeUp);
            });
        rang.is_err().then_some(after)
    }

    #[cfg(target_arch = "wasm32")]
    fn ring_in(&mut self, after: Duration, _proxy: &EventLoopProxyWrapper) -> Option<Duration> {
        Some(after)
    }
}

#[cfg(test)]
mod tests {
    use bevy::input::InputPlugin;
    use bevy::input::gamepad::{GamepadConnection, GamepadConnectionEvent};

    use super::*;

    fn wait_when_still(app: &mut App) -> UpdateMode {
        for _ in 0..=SETTLE_FRAMES {
            app.update();
        }
        app.world().resource::<WinitSettings>().focused_mode
    }

    #[test]
    fn a_still_window_sleeps_long_but_looks_often_for_a_gamepad() {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, InputPlugin, plugin))
            .init_resource::<Actions>()
            .insert_resource(WinitSettings::game());
        assert_eq!(
            wait_when_still(&mut app),
            UpdateMode::reactive_low_power(STILL_WAIT)
        );
        app.world_mut().resource_mut::<Moving>().now();
        app.update();
        assert_eq!(
            app.world().resource::<WinitSettings>().focused_mode,
            UpdateMode::Continuous,
            "something moves: every frame"
        );
        let pad = app.world_mut().spawn_empty().id();
        app.world_mut().write_message(GamepadConnectionEvent::new(
            pad,
            GamepadConnection::Connected {
                name: "test pad".into(),
                vendor_id: None,
                product_id: None,
            },
        ));
        assert_eq!(
            wait_when_still(&mut app),
            UpdateMode::reactive_low_power(GAMEPAD_WAIT)
        );
    }
}
