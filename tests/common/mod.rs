//! The game without a window, GPU or sound device, for whole-game tests.

use std::path::Path;
use std::time::{Duration, Instant};

use bevy::asset::AssetMetaCheck;
use bevy::image::{CompressedImageFormats, ImageLoader};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::text::TextPlugin;

/// The game on the assets in `assets` (a folder like the project's `assets/`).
pub fn headless_game(assets: &Path) -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        bevy::log::LogPlugin::default(),
        AssetPlugin {
            file_path: assets.to_string_lossy().into_owned(),
            meta_check: AssetMetaCheck::Never,
            ..default()
        },
        ImagePlugin::default(),
        TextPlugin,
        StatesPlugin,
        bevy::input::InputPlugin,
        after_the_rain::plugin,
    ));
    // Bevy's renderer registers the PNG loader; with no renderer we do it ourselves.
    app.register_asset_loader(ImageLoader::new(CompressedImageFormats::NONE));
    app
}

pub fn project_assets() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// Runs frames, a few milliseconds apart, until `done` or the time limit.
pub fn run_until(
    app: &mut App,
    what: &str,
    limit: Duration,
    mut done: impl FnMut(&mut App) -> bool,
) {
    let start = Instant::now();
    while !done(app) {
        assert!(start.elapsed() < limit, "gave up waiting for {what}");
        app.update();
        std::thread::sleep(Duration::from_millis(4));
    }
}
