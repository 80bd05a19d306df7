//! The story screen's own business: Esc asks before going back to the title, and the
//! end of the story leads to the credits.

use bevy::prelude::*;

use super::Screen;
use crate::assets::GameAssets;
use crate::director::Command;
use crate::input::{Action, Actions};
use crate::menu::{self, Menu, MenuFocus, MenuPicked, Overlay};
use crate::play::{Cue, PlaySystems};
use crate::stage::Curtain;
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (ask_to_leave, answer, the_end)
            .chain()
            .after(PlaySystems)
            .run_if(in_state(Screen::Game).and_then(in_state(Overlay::None))),
    );
}

/// The "return to title?" panel, remembering which menu had the keyboard before it.
#[derive(Component)]
struct Confirm {
    previous: Option<MenuFocus>,
}

fn ask_to_leave(
    mut commands: Commands,
    actions: Res<Actions>,
    assets: Res<GameAssets>,
    focus: Option<Res<MenuFocus>>,
    open: Query<Entity, With<Confirm>>,
) {
    if !actions.did(Action::Cancel) {
        return;
    }
    if let Ok(panel) = open.single() {
        close(&mut commands, panel, None);
        return;
    }
    // "Keep reading" has the focus, so a reflexive Enter loses nothing.
    commands.insert_resource(MenuFocus {
        menu: Menu::Confirm,
        index: 1,
    });
    commands.spawn((
        Confirm {
            previous: focus.map(|f| *f),
        },
        DespawnOnExit(Screen::Game),
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
                Text::new("Your place in the story will be lost."),
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

fn close(commands: &mut Commands, panel: Entity, previous: Option<MenuFocus>) {
    commands.entity(panel).despawn();
    match previous {
        Some(focus) => commands.insert_resource(focus),
        None => commands.remove_resource::<MenuFocus>(),
    }
}

fn answer(
    mut commands: Commands,
    mut picked: MessageReader<MenuPicked>,
    panels: Query<(Entity, &Confirm)>,
    mut next: ResMut<NextState<Screen>>,
) {
    for pick in picked.read().filter(|p| p.menu == Menu::Confirm) {
        if pick.index == 0 {
            next.set(Screen::Title);
        } else if let Ok((panel, confirm)) = panels.single() {
            close(&mut commands, panel, confirm.previous);
        }
    }
}

/// After the last line the screen goes dark, then the credits roll.
fn the_end(
    mut cues: MessageReader<Cue>,
    mut curtain: ResMut<Curtain>,
    mut ending: Local<bool>,
    mut next: ResMut<NextState<Screen>>,
) {
    if cues.read().any(|c| c.0 == Command::End) {
        curtain.close();
        *ending = true;
    }
    if *ending && curtain.is_closed() {
        *ending = false;
        next.set(Screen::Credits);
    }
}
