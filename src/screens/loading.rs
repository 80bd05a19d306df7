//! The loading screen: a progress bar, and any error in the story's files in plain words.

use bevy::asset::UntypedAssetLoadFailedEvent;
use bevy::prelude::*;
use iyes_progress::ProgressTracker;

use crate::assets::{self, StoryAsset};
use crate::session::Screen;
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LoadErrors>()
        .add_systems(OnEnter(Screen::Loading), spawn)
        .add_systems(
            Update,
            (collect_errors, show)
                .chain()
                .run_if(in_state(Screen::Loading)),
        );
}

/// What failed to load, worded for whoever edits the files.
#[derive(Resource, Debug, Default)]
pub struct LoadErrors(pub Vec<String>);

#[derive(Component)]
struct Bar;

#[derive(Component)]
struct ErrorText;

fn spawn(mut commands: Commands) {
    commands.spawn((
        Name::new("Loading screen"),
        DespawnOnExit(Screen::Loading),
        theme::loading_layout(),
        BackgroundColor(Color::BLACK),
        children![
            (
                ErrorText,
                Text::default(),
                TextFont::from_font_size(FontSize::Px(18.0)),
                TextColor(Color::srgb(1.0, 0.55, 0.5)),
                Node {
                    max_width: percent(85),
                    ..default()
                },
            ),
            theme::progress_bar(percent(theme::LOADING_BAR_WIDTH), Bar),
        ],
    ));
}

/// Every file that failed, whatever its type: bevy_asset_loader loads its collection
/// (the manifest, the fonts) untyped, so only the untyped message says why.
fn collect_errors(
    mut failed: MessageReader<UntypedAssetLoadFailedEvent>,
    stories: Res<Assets<StoryAsset>>,
    mut errors: ResMut<LoadErrors>,
) {
    for event in failed.read() {
        let message = assets::without_backtrace(&event.error.to_string());
        // Bevy prefixes which loader failed; the writer only needs our own message.
        let message = match message.split_once("StoryLoader': ") {
            Some((_, ours)) => ours.to_string(),
            None => message,
        };
        // A missing picture or sound: say which story line names it.
        let path = event.path.path().to_string_lossy().replace('\\', "/");
        let message = stories
            .iter()
            .find_map(|(_, s)| s.cannot_load(&path, &message))
            .unwrap_or_else(|| {
                if message.contains(&path) || message.contains(".ron:") {
                    message
                } else {
                    format!("cannot load `{path}`: {message}")
                }
            });
        // Once each (Bevy's own log of it is off, see `crate::log_filter`).
        if !errors.0.contains(&message) {
            error!("{message}");
            errors.0.push(message);
        }
    }
}

fn show(
    progress: Option<Res<ProgressTracker<Screen>>>,
    errors: Res<LoadErrors>,
    mut bar: Single<&mut Node, With<Bar>>,
    mut text: Single<&mut Text, With<ErrorText>>,
) {
    if let Some(progress) = progress {
        let p = progress.get_global_progress();
        bar.width = percent(100.0 * p.done as f32 / p.total.max(1) as f32);
    }
    if errors.is_changed() && !errors.0.is_empty() {
        text.0 = format!(
            "The game could not be loaded:\n\n{}\n\nFix or restore the file named (under assets/) and start the game again.",
            errors.0.join("\n")
        );
    }
}
