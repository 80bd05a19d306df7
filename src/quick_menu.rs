//! The quick menu under the dialogue box (Back, History, Save, Load, Q.Save, Q.Load)
//! and the keys that do the same: L for the history, F2 and F3 for the save and load
//! screens, F5 quick save, F9 quick load. Rollback's keys and wheel live in `play`.

use bevy::prelude::*;
use bevy::render::view::screenshot::ScreenshotCaptured;

use crate::assets::GameAssets;
use crate::menu::Overlay;
use crate::play::{PlaySystems, Verb};
use crate::saves::{LastView, SaveAction, photograph};
use crate::screens::Screen;
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Game), spawn)
        .add_systems(
            Update,
            (clicks, keys)
                .before(PlaySystems)
                .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
        );
}

/// What a quick-menu button or key does.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickAction {
    Back,
    History,
    Save,
    Load,
    QuickSave,
    QuickLoad,
}

impl QuickAction {
    const ALL: [(QuickAction, &str); 6] = [
        (QuickAction::Back, "Back"),
        (QuickAction::History, "History"),
        (QuickAction::Save, "Save"),
        (QuickAction::Load, "Load"),
        (QuickAction::QuickSave, "Q.Save"),
        (QuickAction::QuickLoad, "Q.Load"),
    ];
}

fn spawn(mut commands: Commands, assets: Res<GameAssets>) {
    commands
        .spawn((
            DespawnOnExit(Screen::Game),
            Node {
                position_type: PositionType::Absolute,
                bottom: vh(0.2),
                width: percent(100),
                justify_content: JustifyContent::Center,
                column_gap: vw(1.6),
                ..default()
            },
            GlobalZIndex(4),
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
                    children![(
                        Text::new(label),
                        TextFont::from(&assets.sans).with_font_size(FontSize::Vh(1.9)),
                        TextColor(theme::NARRATION.with_alpha(0.75)),
                    )],
                ));
            }
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
                colour.0 = if lit {
                    theme::ACCENT
                } else {
                    theme::NARRATION.with_alpha(0.75)
                };
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

fn keys(keys: Res<ButtonInput<KeyCode>>, mut commands: Commands, mut doing: Doing) {
    for (key, action) in [
        (KeyCode::KeyL, QuickAction::History),
        (KeyCode::F2, QuickAction::Save),
        (KeyCode::F3, QuickAction::Load),
        (KeyCode::F5, QuickAction::QuickSave),
        (KeyCode::F9, QuickAction::QuickLoad),
    ] {
        if keys.just_pressed(key) {
            doing.act(&mut commands, action);
        }
    }
}

/// Where quick actions go.
#[derive(bevy::ecs::system::SystemParam)]
struct Doing<'w> {
    verbs: MessageWriter<'w, Verb>,
    saves: MessageWriter<'w, SaveAction>,
    overlay: ResMut<'w, NextState<Overlay>>,
    last_view: ResMut<'w, LastView>,
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
                self.last_view.0 = None;
                photograph(commands).observe(
                    |captured: On<ScreenshotCaptured>, mut view: ResMut<LastView>| {
                        view.0 = Some(captured.image.clone());
                    },
                );
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
        }
    }
}
