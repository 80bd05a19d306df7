//! One input layer: keyboard, mouse, touch and gamepad become the reader's [`Action`]s
//! once a frame, before anything else runs. No other system reads raw keys, so a
//! control is changed (or a gamepad button added) here alone.
//!
//! | action | keyboard | mouse, touch | gamepad |
//! | --- | --- | --- | --- |
//! | advance, confirm | Space, Enter | left click, tap | A (south) |
//! | roll back / forward | PageUp / PageDown | wheel up / down, swipe down / | LB / RB |
//! | skip while held / toggle | Ctrl / Tab | | RT held / |
//! | auto-forward | A | | X (west) |
//! | hide the interface | H | middle click, swipe up | Y (north) |
//! | history | L | | Select |
//! | save / load screens | F2 / F3 | | (Start, then Save or Load) |
//! | quick save / load | F5 / F9 | | |
//! | menu, back out | Esc | right click, long press | B (east), Start |
//! | fullscreen | F11, Alt+Enter | | |
//! | screenshot | S | | |
//! | move in menus | ↑ ↓ ← → | | d-pad, left stick |
//! | remove the lit save | Delete, Backspace | | X (west) |

mod touch;

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::prelude::*;

pub use touch::{Gesture, Gestures};

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(touch::plugin);
    app.init_resource::<Actions>().add_systems(
        PreUpdate,
        read_input
            .in_set(ReadInput)
            .after(bevy::input::InputSystems),
    );
}

/// Where raw input becomes actions; everything that reads [`Actions`] runs after it.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReadInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Advance,
    Back,
    Forward,
    /// Held: skip while down.
    SkipHeld,
    SkipToggle,
    Auto,
    Hide,
    History,
    Save,
    Load,
    QuickSave,
    QuickLoad,
    /// Out of a menu, or the question about leaving the story.
    Cancel,
    Fullscreen,
    Screenshot,
    Up,
    Down,
    /// Lowers a setting's value (a volume); `Right` raises it.
    Left,
    Right,
    Confirm,
    Delete,
    Top,
    Bottom,
}

/// This frame's actions.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Actions {
    done: Vec<Action>,
    /// A number key pressed (0 for "1"), to pick a choice.
    pub number: Option<usize>,
    /// Lines scrolled by the wheel, up positive.
    pub wheel: f32,
    /// Any key, button or click at all: what brings a hidden interface back.
    pub anything: bool,
}

impl Actions {
    pub fn did(&self, action: Action) -> bool {
        self.done.contains(&action)
    }

    /// Adds `action` to this frame's, as its key would: for input that comes from
    /// outside the window (the browser's screen-reader region).
    pub fn push(&mut self, action: Action) {
        self.done.push(action);
        self.anything = true;
    }
}

const DIGITS: [KeyCode; 9] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
];

fn read_input(
    keys: Res<ButtonInput<KeyCode>>,
    mouse: Res<ButtonInput<MouseButton>>,
    gestures: Res<Gestures>,
    overlay: Option<Res<State<crate::session::Overlay>>>,
    mut wheel: MessageReader<MouseWheel>,
    gamepads: Query<&Gamepad>,
    over_buttons: Query<&Interaction, With<Button>>,
    mut stick_was: Local<[bool; 4]>,
    mut actions: ResMut<Actions>,
) {
    let pad_pressed = |b: GamepadButton| gamepads.iter().any(|g| g.just_pressed(b));
    // The left stick moves in menus as the d-pad does: once each time it is pushed past
    // half way (up, down, left, right).
    let stick = gamepads
        .iter()
        .map(Gamepad::left_stick)
        .fold(
            Vec2::ZERO,
            |a, b| if b.length() > a.length() { b } else { a },
        );
    let stick_now = [stick.y > 0.5, stick.y < -0.5, stick.x < -0.5, stick.x > 0.5];
    let pushed: [bool; 4] = std::array::from_fn(|i| stick_now[i] && !stick_was[i]);
    *stick_was = stick_now;
    let pad_held = |b: GamepadButton| gamepads.iter().any(|g| g.pressed(b));
    let alt = keys.any_pressed([KeyCode::AltLeft, KeyCode::AltRight]);
    let enter = keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter]);
    // A click on a button is that button's (the UI handles it), not a click to read on.
    let on_button = over_buttons.iter().any(|i| *i != Interaction::None);
    let tapped = gestures.did(Gesture::Tap);
    // Swipes are the story's: over a screen they are a finger dragging a list.
    let in_story = overlay.is_none_or(|o| *o.get() == crate::session::Overlay::None);
    let swiped = |g: Gesture| in_story && gestures.did(g);
    let scrolled: f32 = wheel
        .read()
        .map(|w| match w.unit {
            MouseScrollUnit::Line => w.y,
            MouseScrollUnit::Pixel => w.y / 40.0,
        })
        .sum();

    let key = |k: KeyCode| keys.just_pressed(k);
    let mut done = Vec::new();
    let mut when = |action: Action, happened: bool| {
        if happened {
            done.push(action);
        }
    };
    when(
        Action::Advance,
        (mouse.just_pressed(MouseButton::Left) && !on_button)
            || tapped
            || key(KeyCode::Space)
            || (enter && !alt)
            || pad_pressed(GamepadButton::South),
    );
    when(
        Action::Confirm,
        key(KeyCode::Space) || (enter && !alt) || pad_pressed(GamepadButton::South),
    );
    when(
        Action::Back,
        scrolled > 0.0
            || key(KeyCode::PageUp)
            || pad_pressed(GamepadButton::LeftTrigger)
            || swiped(Gesture::SwipeDown),
    );
    when(
        Action::Forward,
        scrolled < 0.0 || key(KeyCode::PageDown) || pad_pressed(GamepadButton::RightTrigger),
    );
    when(
        Action::SkipHeld,
        keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight])
            || pad_held(GamepadButton::RightTrigger2),
    );
    when(Action::SkipToggle, key(KeyCode::Tab));
    when(
        Action::Auto,
        key(KeyCode::KeyA) || pad_pressed(GamepadButton::West),
    );
    when(
        Action::Hide,
        key(KeyCode::KeyH)
            || mouse.just_pressed(MouseButton::Middle)
            || pad_pressed(GamepadButton::North)
            || swiped(Gesture::SwipeUp),
    );
    when(
        Action::History,
        key(KeyCode::KeyL) || pad_pressed(GamepadButton::Select),
    );
    when(Action::Save, key(KeyCode::F2));
    when(Action::Load, key(KeyCode::F3));
    when(Action::QuickSave, key(KeyCode::F5));
    when(Action::QuickLoad, key(KeyCode::F9));
    when(
        Action::Cancel,
        key(KeyCode::Escape)
            || mouse.just_pressed(MouseButton::Right)
            || gestures.did(Gesture::LongPress)
            || pad_pressed(GamepadButton::East)
            || pad_pressed(GamepadButton::Start),
    );
    when(Action::Fullscreen, key(KeyCode::F11) || (enter && alt));
    when(Action::Screenshot, key(KeyCode::KeyS));
    when(
        Action::Up,
        key(KeyCode::ArrowUp) || pad_pressed(GamepadButton::DPadUp) || pushed[0],
    );
    when(
        Action::Down,
        key(KeyCode::ArrowDown) || pad_pressed(GamepadButton::DPadDown) || pushed[1],
    );
    when(
        Action::Left,
        key(KeyCode::ArrowLeft) || pad_pressed(GamepadButton::DPadLeft) || pushed[2],
    );
    when(
        Action::Right,
        key(KeyCode::ArrowRight) || pad_pressed(GamepadButton::DPadRight) || pushed[3],
    );
    // X reads on by itself in the story (auto-forward); on the save and load screens,
    // where nothing reads on, it removes the lit save.
    when(
        Action::Delete,
        key(KeyCode::Delete) || key(KeyCode::Backspace) || pad_pressed(GamepadButton::West),
    );
    when(Action::Top, key(KeyCode::Home));
    when(Action::Bottom, key(KeyCode::End));

    let anything = keys.get_just_pressed().next().is_some()
        || mouse.get_just_pressed().next().is_some()
        || !gestures.0.is_empty()
        || gamepads
            .iter()
            .any(|g| g.get_just_pressed().next().is_some())
        || pushed.contains(&true);
    let number = DIGITS.iter().position(|d| keys.just_pressed(*d));
    let next = Actions {
        done,
        number,
        wheel: scrolled,
        anything,
    };
    actions.set_if_neq(next);
}
