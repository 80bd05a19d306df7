//! Touch gestures: a tap reads on (as a click does), a swipe down rolls back a line, a
//! swipe up hides the interface (as H does), and a long press does what a right click
//! does (backs out of a screen; in the story, asks about returning to the title).
//! A touch that starts on a button is the button's (the UI handles it) and makes no
//! gesture. Times are the game's clock, so tests drive gestures frame by frame.

use bevy::input::touch::Touches;
use bevy::platform::collections::HashMap;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Gestures>().add_systems(
        PreUpdate,
        read_gestures
            .after(bevy::input::InputSystems)
            // Buttons know they are touched once the UI has looked.
            .after(bevy::ui::UiSystems::Focus)
            .before(super::ReadInput),
    );
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gesture {
    Tap,
    SwipeUp,
    SwipeDown,
    LongPress,
}

/// This frame's finished gestures.
#[derive(Resource, Debug, Default)]
pub struct Gestures(pub Vec<Gesture>);

impl Gestures {
    pub fn did(&self, gesture: Gesture) -> bool {
        self.0.contains(&gesture)
    }
}

/// Held this long without moving, a touch is a long press.
const LONG_PRESS_SECONDS: f64 = 0.5;
/// A finger moving less than this (logical pixels) is still: a tap or a long press.
const STILL: f32 = 16.0;
/// A swipe covers at least this far (logical pixels), mostly up or down.
const SWIPE: f32 = 60.0;

/// A finger on the glass: when it came down, and what it has done so far.
struct Press {
    since: f64,
    on_button: bool,
    long: bool,
}

fn read_gestures(
    touches: Res<Touches>,
    time: Res<Time>,
    over_buttons: Query<&Interaction, With<Button>>,
    mut presses: Local<HashMap<u64, Press>>,
    mut gestures: ResMut<Gestures>,
) {
    gestures.0.clear();
    let now = time.elapsed_secs_f64();
    let on_button = over_buttons.iter().any(|i| *i != Interaction::None);
    for touch in touches.iter_just_pressed() {
        presses.insert(
            touch.id(),
            Press {
                since: now,
                on_button,
                long: false,
            },
        );
    }
    for touch in touches.iter() {
        if let Some(press) = presses.get_mut(&touch.id())
            && !press.long
            && !press.on_button
            && now - press.since >= LONG_PRESS_SECONDS
            && touch.distance().length() < STILL
        {
            press.long = true;
            gestures.0.push(Gesture::LongPress);
        }
    }
    for touch in touches.iter_just_canceled() {
        presses.remove(&touch.id());
    }
    for touch in touches.iter_just_released() {
        let Some(press) = presses.remove(&touch.id()) else {
            continue;
        };
        if press.long || press.on_button {
            continue;
        }
        // Window coordinates grow downwards.
        let moved = touch.position() - touch.start_position();
        let gesture = if moved.y.abs() >= SWIPE && moved.y.abs() > moved.x.abs() {
            if moved.y > 0.0 {
                Gesture::SwipeDown
            } else {
                Gesture::SwipeUp
            }
        } else if moved.length() < STILL {
            Gesture::Tap
        } else {
            // A drag sideways, or not far enough: nothing.
            continue;
        };
        gestures.0.push(gesture);
    }
}
