//! The story's pictures and sounds, streamed by chapter. Before the title only the
//! title's own files load; Chapter 1 loads while the title shows; while the reader reads
//! a chapter the next one loads in the background, and the files of chapters left
//! behind are let go. A reader who gets somewhere before its files (a fast skip, a save
//! loaded from the title) sees a loading card with progress, and the story waits.

use std::collections::{BTreeSet, HashMap};

use bevy::asset::{LoadState, UntypedAssetId};
use bevy::prelude::*;
use iyes_progress::prelude::*;

use crate::assets::{GameAssets, LoadedStory, StoryAsset, picture, sound};
use crate::director::{self, chapter_files, picture_files, screen_picture, snapshot};
use crate::play::Playback;
use crate::session::{Busy, FinishNow, PlaySystems, Screen, StartFrom};
use crate::stillness::Moving;
use crate::story::Story;
use crate::theme;

pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<Wanted>().add_systems(
        Update,
        (
            want,
            while_loading,
            title_files
                .track_progress::<Screen>()
                .run_if(in_state(Screen::Loading)),
            hold.run_if(in_state(Screen::Game)),
        )
            .chain()
            .in_set(StreamingSystems)
            .after(PlaySystems),
    );
}

/// Streaming's systems: what reads [`Wanted`] in a frame runs after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct StreamingSystems;

/// The files kept loaded, and which of them the reader needs now (the rest are for
/// what comes next).
#[derive(Resource, Debug, Default)]
pub struct Wanted {
    /// The screen and scene these were chosen for.
    at: Option<(Screen, Option<usize>)>,
    handles: HashMap<String, UntypedHandle>,
    now: BTreeSet<String>,
    /// Files that failed and that the reader has chosen to go on without.
    gone_without: BTreeSet<String>,
}

impl Wanted {
    /// Whether every file needed now has arrived (or failed): the moment can show.
    pub fn ready(&self, server: &AssetServer) -> bool {
        self.now.iter().all(|path| {
            self.handles.get(path).is_none_or(|h| {
                !matches!(
                    server.get_load_state(h.id()),
                    Some(LoadState::Loading | LoadState::NotLoaded)
                )
            })
        })
    }

    /// Whether any file kept (needed now or later) is still on its way.
    pub fn loading(&self, server: &AssetServer) -> bool {
        self.handles.values().any(|h| {
            matches!(
                server.get_load_state(h.id()),
                Some(LoadState::Loading | LoadState::NotLoaded)
            )
        })
    }

    /// How many of the files needed now are loaded (or failed), of how many, and the
    /// errors of those that failed.
    fn progress(&self, server: &AssetServer, story: &StoryAsset) -> (usize, Vec<String>) {
        let mut settled = 0;
        let mut failed = Vec::new();
        for path in &self.now {
            let Some(id) = self.handles.get(path).map(UntypedHandle::id) else {
                continue;
            };
            match server.get_load_state(id) {
                Some(LoadState::Loaded) => settled += 1,
                Some(LoadState::Failed(error)) => {
                    settled += 1;
                    if !self.gone_without.contains(path) {
                        let why = error.to_string();
                        failed.push(
                            story
                                .cannot_load(path, &why)
                                .unwrap_or_else(|| format!("cannot load `{path}`: {why}")),
                        );
                    }
                }
                _ => {}
            }
        }
        (settled, failed)
    }
}

/// What the reader needs now and next, for the screen they are on.
fn files_for(
    story: &Story,
    screen: Screen,
    playback: &Playback,
    start: Option<&director::State>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let screen_files = |setting| picture_files(story, &screen_picture(story, setting));
    match screen {
        // The title waits for its picture, not its sound: the sound can join a moment
        // later (and in the browser it waits for the reader's first click anyway).
        // A jump (`--scene`) goes straight on into the story: its files too.
        Screen::Loading => match start {
            Some(state) => story_files(story, state),
            None => {
                let mut picture = screen_files(&story.title_screen);
                picture.retain(|path| story.is_picture(path));
                (picture, BTreeSet::new())
            }
        },
        Screen::Title => (screen_files(&story.title_screen), chapter_files(story, 0)),
        Screen::Credits => (screen_files(&story.credits_screen), BTreeSet::new()),
        Screen::Game => story_files(story, &playback.state),
    }
}

/// The files for a reader at `state` now, and for the chapter after.
fn story_files(story: &Story, state: &director::State) -> (BTreeSet<String>, BTreeSet<String>) {
    let credits = || picture_files(story, &screen_picture(story, &story.credits_screen));
    let Some(chapter) = story.scenes.get(state.scene).map(|s| s.chapter) else {
        return (credits(), BTreeSet::new());
    };
    // The whole chapter, and whatever the stage still shows from before it.
    let mut now = chapter_files(story, chapter);
    now.extend(picture_files(story, &snapshot(story, state)));
    let next = match chapter.checked_add(1) {
        Some(next) if next < story.chapters.len() => chapter_files(story, next),
        _ => credits(),
    };
    (now, next)
}

/// Keeps the files of this moment and the next loaded, and lets go of the rest, each
/// time the reader changes screen or scene (or the story is reloaded).
fn want(
    mut wanted: ResMut<Wanted>,
    screen: Res<State<Screen>>,
    playback: Res<Playback>,
    story: LoadedStory,
    stories: Res<Assets<StoryAsset>>,
    mut reloaded: MessageReader<AssetEvent<StoryAsset>>,
    server: Res<AssetServer>,
    start: Res<StartFrom>,
) {
    // The story is read a frame before the loading state hands it over with the fonts:
    // the title's picture is asked for then (in a browser drawing in software, each
    // frame of the loading screen costs a fifth of a second or more).
    let Some(story) = story
        .get()
        .or_else(|| stories.iter().next().map(|(_, story)| story))
    else {
        return;
    };
    let screen = *screen.get();
    let start = start.0.as_ref().filter(|_| screen == Screen::Loading);
    let scene = match screen {
        Screen::Game => Some(playback.state.scene),
        _ => start.map(|s| s.scene),
    };
    let at = Some((screen, scene));
    let reloaded = reloaded.read().count() > 0;
    if at == wanted.at && !reloaded {
        return;
    }
    let (now, next) = files_for(&story.story, screen, &playback, start);
    let keep: BTreeSet<&String> = now.iter().chain(&next).collect();
    wanted.handles.retain(|path, _| keep.contains(path));
    for path in keep {
        if !wanted.handles.contains_key(path) {
            let handle = if story.story.is_picture(path) {
                picture(&server, path).untyped()
            } else {
                sound(&server, path).untyped()
            };
            wanted.handles.insert(path.clone(), handle);
        }
    }
    wanted.now = now;
    wanted.at = at;
}

/// Frames keep coming while files load, even those for later: a loaded file is taken in
/// (a picture sent to the GPU) only in a frame, and the reader's next click should not
/// wait for a chapter's worth of them.
fn while_loading(wanted: Res<Wanted>, server: Res<AssetServer>, mut moving: ResMut<Moving>) {
    if wanted.loading(&server) {
        moving.now();
    }
}

/// The loading screen waits for the title's picture.
fn title_files(wanted: Res<Wanted>, server: Res<AssetServer>) -> Progress {
    let loaded = |id: UntypedAssetId| matches!(server.get_load_state(id), Some(LoadState::Loaded));
    let done = wanted
        .handles
        .iter()
        .filter(|(path, h)| wanted.now.contains(*path) && loaded(h.id()))
        .count();
    Progress {
        // Until the story is read, its title files are not known: one thing to wait for.
        done: done as u32,
        total: if wanted.at.is_some() {
            wanted.now.len() as u32
        } else {
            1
        },
    }
}

/// The card over the stage while the reader's files load.
#[derive(Component)]
pub struct LoadingCard;

#[derive(Component)]
struct CardBar;

#[derive(Component)]
struct CardText;

/// While the files the reader needs now are loading, a loading card covers the stage
/// and the story waits. A file that fails is named, with where the story names it;
/// a click goes on without it.
fn hold(
    mut commands: Commands,
    mut wanted: ResMut<Wanted>,
    server: Res<AssetServer>,
    story: LoadedStory,
    assets: Res<GameAssets>,
    card: Query<Entity, With<LoadingCard>>,
    mut bar: Query<&mut Node, With<CardBar>>,
    mut text: Query<&mut Text, With<CardText>>,
    mut hurry: MessageReader<FinishNow>,
    mut moving: ResMut<Moving>,
) {
    let hurried = hurry.read().count() > 0;
    let Some(story) = story.get() else {
        return;
    };
    let (settled, failed) = wanted.progress(&server, story);
    let total = wanted.now.len();
    if settled >= total && failed.is_empty() {
        for card in &card {
            commands.entity(card).despawn();
        }
        return;
    }
    if card.is_empty() {
        commands.spawn(loading_card(&assets));
    }
    if settled < total {
        moving.now();
    }
    for mut bar in &mut bar {
        bar.width = percent(100.0 * settled as f32 / total.max(1) as f32);
    }
    let waiting = settled < total;
    let message = if waiting {
        "Loading…".to_string()
    } else {
        format!(
            "Some files could not be loaded:\n\n{}\n\nClick to go on without them.",
            failed.join("\n")
        )
    };
    for mut text in &mut text {
        if text.0 != message {
            if !waiting {
                failed.iter().for_each(|e| error!("{e}"));
            }
            text.0.clone_from(&message);
        }
    }
    // Once everything is in or has failed, a click goes on without what failed.
    if !waiting && hurried {
        let now = wanted.now.clone();
        wanted.gone_without.extend(now);
    }
}

fn loading_card(assets: &GameAssets) -> impl Bundle {
    (
        LoadingCard,
        Name::new("Loading card"),
        Busy,
        DespawnOnExit(Screen::Game),
        // Over the stage and the dialogue box, under a chapter's title card.
        crate::theme::layer::LOADING_CARD,
        BackgroundColor(Color::BLACK),
        theme::loading_layout(),
        children![
            (
                CardText,
                Label,
                Text::new("Loading…"),
                TextFont::from(&assets.sans).with_font_size(theme::UI_SIZE),
                TextColor(theme::TEXT),
                TextLayout::justify(Justify::Center),
                Node {
                    max_width: percent(85),
                    ..default()
                },
            ),
            theme::progress_bar(percent(theme::LOADING_BAR_WIDTH), CardBar),
        ],
    )
}
