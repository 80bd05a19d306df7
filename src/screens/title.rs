//! The title screen: the backdrop in light rain, the title, and Continue (the newest
//! save, when there is one), New Game, Load and Quit.

use bevy::prelude::*;

use crate::assets::{GameAssets, LoadedStory};
use crate::director::screen_picture;
use crate::menu::{self, Menu, MenuFocus, MenuPicked};
use crate::saves::{SaveAction, Slot, Store, newest};
use crate::session::{Overlay, Screen, ShowPicture};
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn)
        .add_systems(OnExit(Screen::Title), |mut commands: Commands| {
            commands.remove_resource::<MenuFocus>();
        })
        .add_systems(
            Update,
            pick.run_if(in_state(Screen::Title).and_then(in_state(Overlay::None))),
        );
}

/// The title menu's items, in order; a `MenuPicked` index points into it.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct TitleItems(pub Vec<TitleItem>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleItem {
    Continue,
    NewGame,
    Load,
    Settings,
    Quit,
}

impl TitleItem {
    fn label(self) -> &'static str {
        match self {
            TitleItem::Continue => "Continue",
            TitleItem::NewGame => "New Game",
            TitleItem::Load => "Load",
            TitleItem::Settings => "Settings",
            TitleItem::Quit => "Quit",
        }
    }
}

fn spawn(
    mut commands: Commands,
    assets: Res<GameAssets>,
    story: LoadedStory,
    store: Res<Store>,
    mut pictures: MessageWriter<ShowPicture>,
) {
    // Said in the log, where `make bench` and the web test time the launch to it.
    info!("the title screen is up");
    let saved = newest(&store, Slot::every()).is_some();
    let items: Vec<TitleItem> = [
        (TitleItem::Continue, saved),
        (TitleItem::NewGame, true),
        (TitleItem::Load, saved),
        (TitleItem::Settings, true),
        (TitleItem::Quit, true),
    ]
    .into_iter()
    .filter_map(|(item, shown)| shown.then_some(item))
    .collect();
    let story = story.get().map(|s| &s.story);
    let title = story.map_or("After the Rain".to_string(), |s| s.title.clone());
    commands.insert_resource(MenuFocus::on(Menu::Title));
    commands
        .spawn((DespawnOnExit(Screen::Title), theme::centred_column(vh(2.0))))
        .with_children(|column| {
            column.spawn((
                Text::new(title),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(11.0)),
                TextColor(theme::TEXT),
                Node {
                    margin: UiRect::bottom(vh(1.0)),
                    ..default()
                },
            ));
            column.spawn((
                Text::new("a visual novel"),
                TextFont::from(&assets.serif_italic).with_font_size(FontSize::Vh(3.2)),
                TextColor(theme::NARRATION),
                Node {
                    margin: UiRect::bottom(vh(6.0)),
                    ..default()
                },
            ));
            for (i, item) in items.iter().enumerate() {
                column.spawn(menu::button(&assets, item.label(), Menu::Title, i));
            }
        });
    commands.insert_resource(TitleItems(items));
    // The backdrop, rain and sound the story's manifest gives the title screen.
    if let Some(story) = story {
        pictures.write(ShowPicture(screen_picture(story, &story.title_screen)));
    }
}

fn pick(
    mut picked: MessageReader<MenuPicked>,
    items: Res<TitleItems>,
    mut next: ResMut<NextState<Screen>>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut saves: MessageWriter<SaveAction>,
    mut exit: MessageWriter<AppExit>,
) {
    for pick in picked.read().filter(|p| p.menu == Menu::Title) {
        match items.0.get(pick.index) {
            Some(TitleItem::Continue) => {
                saves.write(SaveAction::Continue);
            }
            Some(TitleItem::NewGame) => next.set(Screen::Game),
            Some(TitleItem::Load) => overlay.set(Overlay::Load),
            Some(TitleItem::Settings) => overlay.set(Overlay::Settings),
            Some(TitleItem::Quit) => {
                exit.write(AppExit::Success);
            }
            None => {}
        }
    }
}
