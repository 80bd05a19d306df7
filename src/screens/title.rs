//! The title screen: the backdrop in light rain, the title, and Continue (the newest
//! save, when there is one), New Game, Load, Chapters (once the credits have rolled),
//! Gallery, Settings and Quit.

use bevy::prelude::*;

use crate::assets::{GameAssets, LoadedStory};
use crate::director::screen_picture;
use crate::progress::Progress;
use crate::saves::{SaveAction, Slot, Store, newest};
use crate::session::{Overlay, Screen, ShowPicture};
use crate::theme;
use crate::theme::widgets::{self, Activate, Menu, MenuFocus};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn.run_if(staying))
        .add_systems(OnExit(Screen::Title), |mut commands: Commands| {
            commands.remove_resource::<MenuFocus>();
        });
}

/// The title menu's items, in order.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct TitleItems(pub Vec<TitleItem>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleItem {
    Continue,
    NewGame,
    Load,
    Chapters,
    Gallery,
    Settings,
    Quit,
}

impl TitleItem {
    fn label(self) -> &'static str {
        match self {
            TitleItem::Continue => "Continue",
            TitleItem::NewGame => "New Game",
            TitleItem::Load => "Load",
            TitleItem::Chapters => "Chapters",
            TitleItem::Gallery => "Gallery",
            TitleItem::Settings => "Settings",
            TitleItem::Quit => "Quit",
        }
    }
}

/// Whether the title stays: a jump straight into the story (`--scene`) leaves it in
/// the frame it arrives, and then it must not show for that frame.
fn staying(next: Res<NextState<Screen>>) -> bool {
    !matches!(*next, NextState::Pending(_))
}

pub(crate) fn spawn(
    mut commands: Commands,
    assets: Res<GameAssets>,
    story: LoadedStory,
    store: Res<Store>,
    progress: Res<Progress>,
    mut pictures: MessageWriter<ShowPicture>,
) {
    // Said in the log, where `make bench` and the web test time the launch to it.
    info!("the title screen is up");
    let saved = newest(&store, Slot::every()).is_some();
    let story = story.get().map(|s| &s.story);
    let has_pictures = story.is_some_and(|s| !s.pictures.is_empty());
    let items: Vec<TitleItem> = [
        (TitleItem::Continue, saved),
        (TitleItem::NewGame, true),
        (TitleItem::Load, saved),
        (TitleItem::Chapters, progress.finished),
        (TitleItem::Gallery, has_pictures),
        (TitleItem::Settings, true),
        (TitleItem::Quit, true),
    ]
    .into_iter()
    .filter_map(|(item, shown)| shown.then_some(item))
    .collect();
    let title = story.map_or("After the Rain".to_string(), |s| s.title.clone());
    commands.insert_resource(MenuFocus::on(Menu::Title));
    commands
        .spawn((
            Name::new("Title menu"),
            DespawnOnExit(Screen::Title),
            theme::screen_column(vh(2.0)),
        ))
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
                column
                    .spawn(widgets::button(&assets, item.label(), Menu::Title, i))
                    .observe(item.action());
            }
        });
    commands.insert_resource(TitleItems(items));
    // The backdrop, rain and sound the story's manifest gives the title screen.
    if let Some(story) = story {
        pictures.write(ShowPicture(screen_picture(story, &story.title_screen)));
    }
}

impl TitleItem {
    /// What the item's button does.
    fn action(
        self,
    ) -> impl FnMut(
        On<Activate>,
        ResMut<NextState<Screen>>,
        ResMut<NextState<Overlay>>,
        MessageWriter<SaveAction>,
        MessageWriter<AppExit>,
    ) {
        move |_, mut next, mut overlay, mut saves, mut exit| match self {
            TitleItem::Continue => {
                saves.write(SaveAction::Continue);
            }
            TitleItem::NewGame => next.set(Screen::Game),
            TitleItem::Load => overlay.set(Overlay::Load),
            TitleItem::Chapters => overlay.set(Overlay::Chapters),
            TitleItem::Gallery => overlay.set(Overlay::Gallery),
            TitleItem::Settings => overlay.set(Overlay::Settings),
            TitleItem::Quit => {
                exit.write(AppExit::Success);
            }
        }
    }
}
