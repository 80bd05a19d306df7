//! Chapters, on the title screen once the credits have rolled: start any chapter from
//! its first line, with the choices the reader had made when they last entered it (or,
//! for a chapter they never reached, the story's first options), and say which.

use bevy::prelude::*;

use crate::assets::{GameAssets, LoadedStory};
use crate::director::start_chapter;
use crate::input::{Action, Actions};
use crate::notice::Notice;
use crate::progress::Progress;
use crate::session::{Overlay, Screen, StartFrom};
use crate::theme;
use crate::theme::widgets::{self, Activate, Menu, MenuFocus};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Chapters), open)
        .add_systems(Update, close_keys.run_if(in_state(Overlay::Chapters)));
}

/// A chapter's button: its number from 0.
#[derive(Component, Debug, Clone, Copy)]
struct ChapterButton(usize);

/// What a chapter's button says about the choices it starts with.
pub fn label(number: usize, title: &str, own_choices: bool) -> String {
    let with = if own_choices {
        "with your choices"
    } else {
        "with the first choices"
    };
    format!("{}. {title}   ({with})", number + 1)
}

fn open(
    mut commands: Commands,
    assets: Res<GameAssets>,
    story: LoadedStory,
    progress: Res<Progress>,
) {
    let chapters = story
        .get()
        .map_or_else(Vec::new, |s| s.story.chapters.clone());
    commands.insert_resource(MenuFocus::on(Menu::Chapters));
    commands
        .spawn((
            Name::new("Chapters"),
            DespawnOnExit(Overlay::Chapters),
            theme::screen_column(vh(1.2)),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::OVERLAY,
        ))
        .with_children(|column| {
            column.spawn((
                Text::new("Chapters"),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(6.0)),
                TextColor(theme::TEXT),
            ));
            column.spawn((
                Text::new(
                    "Each starts at its first line with the choices you had made when you last reached it.",
                ),
                TextFont::from(&assets.serif_italic).with_font_size(theme::UI_SIZE),
                TextColor(theme::NARRATION),
                TextLayout::justify(Justify::Center),
                Node {
                    max_width: vw(80.0),
                    margin: UiRect::bottom(vh(2.0)),
                    ..default()
                },
            ));
            for (i, title) in chapters.iter().enumerate() {
                let own = progress.chapters.contains_key(&i);
                column
                    .spawn((
                        widgets::button(&assets, &label(i, title, own), Menu::Chapters, i),
                        ChapterButton(i),
                    ))
                    .observe(start);
            }
            column
                .spawn(widgets::button(
                    &assets,
                    "Back",
                    Menu::Chapters,
                    chapters.len(),
                ))
                .observe(|_: On<Activate>, mut overlay: ResMut<NextState<Overlay>>| {
                    overlay.set(Overlay::None);
                });
        });
}

fn start(
    activate: On<Activate>,
    buttons: Query<&ChapterButton>,
    story: LoadedStory,
    progress: Res<Progress>,
    mut from: ResMut<StartFrom>,
    mut screen: ResMut<NextState<Screen>>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut notice: ResMut<Notice>,
) {
    let (Ok(ChapterButton(chapter)), Some(loaded)) = (buttons.get(activate.entity), story.get())
    else {
        return;
    };
    match start_chapter(&loaded.story, *chapter, progress.chapters.get(chapter)) {
        Some(state) => {
            from.0 = Some(state);
            screen.set(Screen::Game);
            overlay.set(Overlay::None);
        }
        None => notice.say("This chapter cannot be reached from the start of the story."),
    }
}

fn close_keys(actions: Res<Actions>, mut overlay: ResMut<NextState<Overlay>>) {
    if actions.did(Action::Cancel) {
        overlay.set(Overlay::None);
    }
}
