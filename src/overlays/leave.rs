//! The question before leaving the story: Esc (right click, B, Start) asks whether to
//! return to the title; the story, its pauses and its chapter cards wait behind it.
//! Under the question, Save, Load and Settings: the way to those screens with a gamepad
//! alone (and a save is one step away when the question says the place is not saved).

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::input::{Action, Actions};
use crate::play::Playback;
use crate::saves::{LastSaved, LastView, remember_view};
use crate::session::{Overlay, PlaySystems, Screen};
use crate::theme;
use crate::theme::widgets::{self, Activate, FocusBelow, Menu, MenuFocus};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Leave), ask_to_leave)
        .add_systems(
            Update,
            (
                open_question
                    .after(PlaySystems)
                    .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
                answer.run_if(in_state(Overlay::Leave)),
            ),
        );
}

fn open_question(
    mut commands: Commands,
    actions: Res<Actions>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut last_view: ResMut<LastView>,
) {
    if actions.did(Action::Cancel) {
        // The story as it is, for the thumbnail if the reader saves from here.
        remember_view(&mut commands, &mut last_view);
        overlay.set(Overlay::Leave);
    }
}

fn ask_to_leave(
    mut commands: Commands,
    assets: Res<GameAssets>,
    playback: Res<Playback>,
    last_saved: Res<LastSaved>,
) {
    let saved = playback.stop.is_some() && playback.stop == last_saved.0;
    let what_is_lost = if saved {
        "Your place is saved."
    } else {
        "Where you are now will be lost unless you save it first."
    };
    // "Keep reading" has the focus, so a reflexive Enter loses nothing.
    commands.insert_resource(MenuFocus {
        menu: Menu::Confirm,
        index: 1,
    });
    commands
        .spawn((
            Name::new("Leave question"),
            DespawnOnExit(Overlay::Leave),
            theme::screen_column(vh(2.0)),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::OVERLAY,
            children![
                (
                    Text::new("Return to the title screen?"),
                    TextFont::from(&assets.serif).with_font_size(FontSize::Vh(4.5)),
                    TextColor(theme::TEXT),
                    TextLayout::justify(Justify::Center),
                ),
                (
                    Text::new(what_is_lost),
                    TextLayout::justify(Justify::Center),
                    TextFont::from(&assets.serif_italic).with_font_size(theme::UI_SIZE),
                    TextColor(theme::NARRATION),
                    Node {
                        margin: UiRect::bottom(vh(3.0)),
                        ..default()
                    },
                ),
            ],
        ))
        .with_children(|column| {
            column
                .spawn(widgets::button(
                    &assets,
                    "Return to title",
                    Menu::Confirm,
                    0,
                ))
                .observe(
                    |_: On<Activate>,
                     mut screen: ResMut<NextState<Screen>>,
                     mut overlay: ResMut<NextState<Overlay>>,
                     mut below: ResMut<FocusBelow>| {
                        // The story's menus (a choice) are gone with it.
                        below.0 = None;
                        screen.set(Screen::Title);
                        overlay.set(Overlay::None);
                    },
                );
            column
                .spawn(widgets::button(&assets, "Keep reading", Menu::Confirm, 1))
                .observe(|_: On<Activate>, mut overlay: ResMut<NextState<Overlay>>| {
                    overlay.set(Overlay::None);
                });
            column
                .spawn(Node {
                    column_gap: vw(1.0),
                    margin: UiRect::top(vh(2.0)),
                    ..default()
                })
                .with_children(|row| {
                    for (i, (label, to)) in [
                        ("Save", Overlay::Save),
                        ("Load", Overlay::Load),
                        ("Settings", Overlay::Settings),
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        row.spawn(widgets::small_button(&assets, label, Menu::Confirm, 2 + i))
                            .observe(
                                move |_: On<Activate>, mut overlay: ResMut<NextState<Overlay>>| {
                                    overlay.set(to);
                                },
                            );
                    }
                });
        });
}

fn answer(actions: Res<Actions>, mut overlay: ResMut<NextState<Overlay>>) {
    if actions.did(Action::Cancel) {
        overlay.set(Overlay::None);
    }
}
