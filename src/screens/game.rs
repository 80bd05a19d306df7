//! The story screen's own business: Esc asks before going back to the title (an
//! overlay, so nothing moves behind it), and the end of the story leads to the credits.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::director::Command;
use crate::input::{Action, Actions};
use crate::menu::{self, FocusBelow, Menu, MenuFocus, MenuPicked};
use crate::session::{Cue, Overlay, PlaySystems, Screen};
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Leave), ask_to_leave)
        .add_systems(
            Update,
            (
                open_question
                    .after(PlaySystems)
                    .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
                answer.run_if(in_state(Overlay::Leave)),
                the_end
                    .after(PlaySystems)
                    .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
            ),
        );
}

/// Esc (right click, B) asks; the story, its pauses and its chapter cards wait behind
/// the question.
fn open_question(actions: Res<Actions>, mut overlay: ResMut<NextState<Overlay>>) {
    if actions.did(Action::Cancel) {
        overlay.set(Overlay::Leave);
    }
}

fn ask_to_leave(mut commands: Commands, assets: Res<GameAssets>) {
    // "Keep reading" has the focus, so a reflexive Enter loses nothing.
    commands.insert_resource(MenuFocus {
        menu: Menu::Confirm,
        index: 1,
    });
    commands.spawn((
        DespawnOnExit(Overlay::Leave),
        theme::centred_column(vh(2.0)),
        BackgroundColor(Color::BLACK.with_alpha(0.6)),
        GlobalZIndex(30),
        children![
            (
                Text::new("Return to the title screen?"),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(4.5)),
                TextColor(theme::TEXT),
            ),
            (
                Text::new("Your place in the story will be lost unless it is saved."),
                TextFont::from(&assets.serif_italic).with_font_size(theme::UI_SIZE),
                TextColor(theme::NARRATION),
                Node {
                    margin: UiRect::bottom(vh(3.0)),
                    ..default()
                },
            ),
            menu::button(&assets, "Return to title", Menu::Confirm, 0),
            menu::button(&assets, "Keep reading", Menu::Confirm, 1),
        ],
    ));
}

fn answer(
    actions: Res<Actions>,
    mut picked: MessageReader<MenuPicked>,
    mut screen: ResMut<NextState<Screen>>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut below: ResMut<FocusBelow>,
) {
    if actions.did(Action::Cancel) {
        overlay.set(Overlay::None);
    }
    for pick in picked.read().filter(|p| p.menu == Menu::Confirm) {
        if pick.index == 0 {
            // The story's menus (a choice) are gone with it.
            below.0 = None;
            screen.set(Screen::Title);
        }
        overlay.set(Overlay::None);
    }
}

/// After the last line (the bridge has darkened the screen), the credits roll.
fn the_end(mut cues: MessageReader<Cue>, mut next: ResMut<NextState<Screen>>) {
    if cues.read().any(|c| c.0 == Command::End) {
        next.set(Screen::Credits);
    }
}
