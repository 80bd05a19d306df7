//! The title screen: the backdrop in light rain, the title, New Game and Quit.

use bevy::prelude::*;

use super::Screen;
use crate::assets::{GameAssets, LoadedStory};
use crate::director::Command;
use crate::menu::{self, Menu, MenuFocus, MenuPicked};
use crate::play::Cue;
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn)
        .add_systems(OnExit(Screen::Title), |mut commands: Commands| {
            commands.remove_resource::<MenuFocus>();
        })
        .add_systems(Update, pick.run_if(in_state(Screen::Title)));
}

fn spawn(
    mut commands: Commands,
    assets: Res<GameAssets>,
    story: LoadedStory,
    mut cues: MessageWriter<Cue>,
) {
    let story = story.get().map(|s| &s.story);
    let title = story.map_or("After the Rain".to_string(), |s| s.title.clone());
    commands.insert_resource(MenuFocus::on(Menu::Title));
    commands.spawn((
        DespawnOnExit(Screen::Title),
        Sprite {
            image: assets.title_backdrop.clone(),
            custom_size: Some(crate::stage::STAGE_SIZE),
            ..default()
        },
    ));
    commands.spawn((
        DespawnOnExit(Screen::Title),
        theme::centred_column(vh(2.0)),
        children![
            (
                Text::new(title),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(11.0)),
                TextColor(theme::TEXT),
                Node {
                    margin: UiRect::bottom(vh(1.0)),
                    ..default()
                },
            ),
            (
                Text::new("a visual novel"),
                TextFont::from(&assets.serif_italic).with_font_size(FontSize::Vh(3.2)),
                TextColor(theme::NARRATION),
                Node {
                    margin: UiRect::bottom(vh(6.0)),
                    ..default()
                },
            ),
            menu::button(&assets, "New Game", Menu::Title, 0),
            menu::button(&assets, "Quit", Menu::Title, 1),
        ],
    ));
    // The same rain the story uses, lighter, and no music.
    cues.write(Cue(Command::Music(None)));
    cues.write(Cue(Command::Weather {
        rain: 0.45,
        thunder: false,
    }));
    if let Some(rain) = story.and_then(|s| s.ambience.get("rain_light")) {
        cues.write(Cue(Command::Ambience(Some(rain.clone()))));
    }
}

fn pick(
    mut picked: MessageReader<MenuPicked>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for pick in picked.read().filter(|p| p.menu == Menu::Title) {
        match pick.index {
            0 => next.set(Screen::Game),
            _ => {
                exit.write(AppExit::Success);
            }
        }
    }
}
