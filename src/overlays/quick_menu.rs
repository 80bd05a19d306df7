//! The quick menu under the dialogue box (Back, History, Skip, Auto, Save, Load, Q.Save,
//! Q.Load) and the actions that do the same from keys and gamepads, plus hiding the
//! interface. Reading on and rolling back live in `play`; fullscreen and the reader's
//! screenshots in `window`.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::input::{Action, Actions};
use crate::play::Reading;
use crate::saves::{LastView, SaveAction, remember_view};
use crate::session::{Overlay, PlaySystems, Screen, Verb};
use crate::theme;
use crate::theme::widgets::Activate;
use crate::views::dialogue::Interface;
use crate::views::stage::rain::Sheltered;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Game), spawn)
        .add_systems(
            Update,
            (clicks, keys)
                .before(PlaySystems)
                .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
        )
        .add_systems(Update, show_interface);
}

/// A quick-menu word at rest; lit, it takes the accent colour.
const IDLE: Color = Color::srgba(0.78, 0.82, 0.88, 0.75);

/// What a quick-menu button or key does.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickAction {
    Back,
    History,
    Save,
    Load,
    QuickSave,
    QuickLoad,
    Skip,
    Auto,
    Settings,
}

impl QuickAction {
    const ALL: [(QuickAction, &str); 9] = [
        (QuickAction::Back, "Back"),
        (QuickAction::History, "History"),
        (QuickAction::Skip, "Skip"),
        (QuickAction::Auto, "Auto"),
        (QuickAction::Save, "Save"),
        (QuickAction::Load, "Load"),
        (QuickAction::QuickSave, "Q.Save"),
        (QuickAction::QuickLoad, "Q.Load"),
        (QuickAction::Settings, "Settings"),
    ];
}

fn spawn(mut commands: Commands, assets: Res<GameAssets>) {
    commands
        .spawn((
            Interface,
            Name::new("Quick menu"),
            DespawnOnExit(Screen::Game),
            Node {
                position_type: PositionType::Absolute,
                bottom: vh(0.2),
                width: percent(100),
                justify_content: JustifyContent::Center,
                ..default()
            },
            Pickable::IGNORE,
            theme::layer::QUICK_MENU,
        ))
        .with_children(|row| {
            // A dark backing, so the words keep their contrast over any picture (a light
            // bust, a bright sky).
            row.spawn((
                theme::QuickMenuBar,
                Node {
                    column_gap: vw(1.2),
                    padding: UiRect::axes(vw(1.0), vh(0.2)),
                    border_radius: BorderRadius::all(px(8)),
                    flex_wrap: FlexWrap::Wrap,
                    justify_content: JustifyContent::Center,
                    max_width: percent(100),
                    ..default()
                },
                // A phone's width holds about five words: two rows across the window.
                theme::InPortrait(Node {
                    width: percent(94),
                    padding: UiRect::all(px(4)),
                    border_radius: BorderRadius::all(px(8)),
                    flex_wrap: FlexWrap::Wrap,
                    justify_content: JustifyContent::SpaceEvenly,
                    ..default()
                }),
                BackgroundColor(theme::PANEL),
                Sheltered,
            ))
            .with_children(|bar| {
                for (action, label) in QuickAction::ALL {
                    bar.spawn((
                        action,
                        Button,
                        Node {
                            padding: UiRect::axes(px(6), px(2)),
                            ..default()
                        },
                        // Room for a fingertip, five to a row.
                        theme::InPortrait(Node {
                            padding: UiRect::axes(px(4), px(10)),
                            flex_basis: percent(19),
                            flex_grow: 1.0,
                            justify_content: JustifyContent::Center,
                            ..default()
                        }),
                        children![(
                            Text::new(label),
                            TextFont::from(&assets.sans).with_font_size(FontSize::Vh(1.9)),
                            TextColor(IDLE),
                        )],
                    ))
                    // What the browser's screen-reader region sends (src/web/aria.rs).
                    .observe(
                        move |_: On<Activate>, mut commands: Commands, mut doing: Doing| {
                            doing.act(&mut commands, action);
                        },
                    );
                }
            });
        });
}

fn clicks(
    buttons: Query<(&Interaction, &QuickAction, &Children), Changed<Interaction>>,
    mut colours: Query<&mut TextColor>,
    mut pressed: Local<Vec<QuickAction>>,
    mut commands: Commands,
    mut doing: Doing,
) {
    pressed.clear();
    for (interaction, action, children) in &buttons {
        let lit = *interaction != Interaction::None;
        for child in children {
            if let Ok(mut colour) = colours.get_mut(*child) {
                colour.0 = if lit { theme::ACCENT } else { IDLE };
            }
        }
        if *interaction == Interaction::Pressed {
            pressed.push(*action);
        }
    }
    for action in pressed.drain(..) {
        doing.act(&mut commands, action);
    }
}

fn keys(actions: Res<Actions>, mut commands: Commands, mut doing: Doing) {
    for (action, quick) in [
        (Action::History, QuickAction::History),
        (Action::Save, QuickAction::Save),
        (Action::Load, QuickAction::Load),
        (Action::QuickSave, QuickAction::QuickSave),
        (Action::QuickLoad, QuickAction::QuickLoad),
    ] {
        if actions.did(action) {
            doing.act(&mut commands, quick);
        }
    }
}

/// The interface shows unless the reader hid it; Skip and Auto light while on.
fn show_interface(
    reading: Res<Reading>,
    mut interface: Query<&mut Node, With<Interface>>,
    buttons: Query<(&QuickAction, &Children)>,
    mut colours: Query<&mut TextColor>,
) {
    if !reading.is_changed() {
        return;
    }
    let display = if reading.hidden {
        Display::None
    } else {
        Display::Flex
    };
    for mut node in &mut interface {
        node.display = display;
    }
    for (action, children) in &buttons {
        let on = match action {
            QuickAction::Skip => reading.skipping,
            QuickAction::Auto => reading.auto,
            _ => continue,
        };
        for child in children {
            if let Ok(mut colour) = colours.get_mut(*child) {
                colour.0 = if on { theme::ACCENT } else { IDLE };
            }
        }
    }
}

/// Fullscreen (F11, Alt+Enter) and a screenshot (S) work on every screen.
/// Where quick actions go.
#[derive(bevy::ecs::system::SystemParam)]
struct Doing<'w> {
    verbs: MessageWriter<'w, Verb>,
    saves: MessageWriter<'w, SaveAction>,
    overlay: ResMut<'w, NextState<Overlay>>,
    last_view: ResMut<'w, LastView>,
    reading: ResMut<'w, Reading>,
}

impl Doing<'_> {
    fn act(&mut self, commands: &mut Commands, action: QuickAction) {
        match action {
            QuickAction::Back => {
                self.verbs.write(Verb::Back);
            }
            QuickAction::History => self.overlay.set(Overlay::History),
            QuickAction::Save | QuickAction::Load => {
                // The picture as it is now, before the screen covers it: the thumbnail.
                remember_view(commands, &mut self.last_view);
                self.overlay.set(if action == QuickAction::Save {
                    Overlay::Save
                } else {
                    Overlay::Load
                });
            }
            QuickAction::QuickSave => {
                self.saves.write(SaveAction::QuickSave);
            }
            QuickAction::QuickLoad => {
                self.saves.write(SaveAction::QuickLoad);
            }
            QuickAction::Settings => self.overlay.set(Overlay::Settings),
            QuickAction::Skip => self.reading.skipping = !self.reading.skipping,
            QuickAction::Auto => self.reading.auto = !self.reading.auto,
        }
    }
}
