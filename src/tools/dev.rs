//! The writer's loop: in a development run (`make dev`, or `--dev`) Bevy watches the
//! asset files, and a saved scene file reloads the story while the game runs. The reader
//! stays where they were (the same `resume` as saves), and the stage is drawn again from
//! the new story. A reload with mistakes keeps the last good story playing and lists the
//! mistakes over it until they are fixed. `--scene ID` and `--beat 3.2` start there.

use bevy::asset::AssetLoadFailedEvent;
use bevy::prelude::*;

use crate::assets::{LoadedStory, StoryAsset};
use crate::director::{Found, Moment, StartAt, resume, start_at};
use crate::notice::Notice;
use crate::play::Playback;
use crate::session::{Screen, StartFrom, Verb};
use crate::stillness::StillWait;
use crate::story::Story;
use crate::theme;

pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<DevRun>()
        .init_resource::<ReloadMistakes>()
        .add_systems(Startup, (spawn_mistakes, look_often))
        .add_systems(Update, find_start.run_if(in_state(Screen::Loading)))
        .add_systems(
            OnEnter(Screen::Title),
            jump_in.before(crate::screens::title::spawn),
        )
        .add_systems(
            Update,
            (keep_last_good, reload_failed, show_mistakes).chain(),
        );
}

/// What the command line asked of a development run.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct DevRun {
    /// Watch the files and reload the story when they change.
    pub watch: bool,
    pub start: Option<StartAt>,
    /// The start was found: the title leaves for it the moment it arrives.
    jumping: bool,
}

impl DevRun {
    /// Reads `--dev`, `--scene ID` and `--beat N.N` (a start needs no `--dev`).
    pub fn from_args(args: impl Iterator<Item = String>) -> DevRun {
        let mut run = DevRun::default();
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--dev" => run.watch = true,
                "--scene" => run.start = args.next().map(StartAt::Scene),
                "--beat" => run.start = args.next().map(StartAt::Beat),
                _ => {}
            }
        }
        run
    }
}

/// A development run draws a saved file's change without waiting for a key press.
fn look_often(run: Res<DevRun>, mut wait: ResMut<StillWait>) {
    if run.watch {
        wait.0 = std::time::Duration::from_millis(250);
    }
}

/// The story as it was before the newest reload, to find the reader's place in it.
#[derive(Resource)]
struct LastGood(Story);

/// Mistakes in the newest reload, worded for the writer; empty when it was good.
#[derive(Resource, Default, Debug)]
pub struct ReloadMistakes(pub Vec<String>);

#[derive(Component)]
struct MistakesText;

/// Keeps a copy of each good story; when one replaces another during the story, puts
/// the reader back at their place in the new one.
fn keep_last_good(
    mut commands: Commands,
    mut events: MessageReader<AssetEvent<StoryAsset>>,
    story: LoadedStory,
    last: Option<Res<LastGood>>,
    playback: Res<Playback>,
    screen: Res<State<Screen>>,
    mut verbs: MessageWriter<Verb>,
    mut notice: ResMut<Notice>,
    mut mistakes: ResMut<ReloadMistakes>,
) {
    let changed = events.read().any(|e| {
        matches!(
            e,
            AssetEvent::LoadedWithDependencies { .. } | AssetEvent::Modified { .. }
        )
    });
    let Some(new) = story.get().map(|s| &s.story).filter(|_| changed) else {
        return;
    };
    if !mistakes.0.is_empty() {
        mistakes.0.clear();
    }
    if let (Some(old), Some(stop), Screen::Game) = (&last, &playback.stop, screen.get())
        && let Some(moment) = Moment::of(&old.0, stop)
    {
        match resume(new, &moment) {
            Ok(resumed) => {
                if resumed.found != Found::Same {
                    notice.say(&format!("Story reloaded: {:?}.", resumed.found));
                }
                verbs.write(Verb::Restore(Box::new(resumed.state)));
            }
            Err(e) => notice.say(&format!("Story reloaded, but {e}.")),
        }
    }
    commands.insert_resource(LastGood(new.clone()));
}

fn reload_failed(
    mut failed: MessageReader<AssetLoadFailedEvent<StoryAsset>>,
    mut mistakes: ResMut<ReloadMistakes>,
    screen: Res<State<Screen>>,
) {
    // The loading screen shows the first load's mistakes itself.
    if *screen == Screen::Loading {
        return;
    }
    for event in failed.read() {
        // Bevy names the loader first; the writer needs only our own lines.
        let message = crate::assets::without_backtrace(&event.error.to_string());
        let ours = message
            .split_once("StoryLoader': ")
            .map_or(&*message, |m| m.1);
        // Said once, here: Bevy's own log of it is off (see `crate::log_filter`).
        error!("{ours}");
        mistakes.0 = ours.lines().map(str::to_string).collect();
    }
}

fn spawn_mistakes(mut commands: Commands) {
    commands.spawn((
        MistakesText,
        Text::default(),
        TextFont::from_font_size(FontSize::Px(18.0)),
        TextColor(theme::WARNING),
        BackgroundColor(Color::BLACK.with_alpha(0.85)),
        Node {
            position_type: PositionType::Absolute,
            top: px(0),
            left: px(0),
            right: px(0),
            padding: UiRect::all(px(16)),
            display: Display::None,
            ..default()
        },
        crate::theme::layer::DEV,
        Pickable::IGNORE,
    ));
}

fn show_mistakes(
    mistakes: Res<ReloadMistakes>,
    mut text: Single<(&mut Text, &mut Node), With<MistakesText>>,
) {
    if !mistakes.is_changed() {
        return;
    }
    let (text, node) = &mut *text;
    node.display = if mistakes.0.is_empty() {
        Display::None
    } else {
        Display::Flex
    };
    text.0 = format!(
        "The story was not reloaded; the last good version plays on. Fix these and save again:\n\n{}",
        mistakes.0.join("\n")
    );
}

/// `--scene` or `--beat`: found as soon as the story is read, so the loading screen
/// also waits for that chapter's files and one loading screen covers the whole jump.
fn find_start(
    mut commands: Commands,
    mut run: ResMut<DevRun>,
    story: LoadedStory,
    mut notice: ResMut<Notice>,
) {
    let Some(story) = story.get() else {
        return;
    };
    let Some(start) = run.start.take() else {
        return;
    };
    match start_at(&story.story, &start) {
        Some(state) => {
            commands.insert_resource(StartFrom(Some(state)));
            run.jumping = true;
        }
        None => notice.say(&format!("The story never reaches {start:?}.")),
    }
}

/// Straight from the title into the story, before the title is drawn.
fn jump_in(mut run: ResMut<DevRun>, mut next: ResMut<NextState<Screen>>) {
    if std::mem::take(&mut run.jumping) {
        next.set(Screen::Game);
    }
}
