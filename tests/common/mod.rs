//! The game without a window, GPU or sound device, for whole-game tests.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bevy::asset::AssetMetaCheck;
use bevy::image::{CompressedImageFormats, ImageLoader};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::text::TextPlugin;

use after_the_rain::assets::{GameAssets, StoryAsset};
use after_the_rain::saves::Store;
use after_the_rain::saves::storage::Folder;
use after_the_rain::session::Screen;
use after_the_rain::story::Story;
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput, NativeKey};

/// The game on the assets in `assets` (a folder like the project's `assets/`), keeping
/// its saves in a folder of its own.
#[allow(dead_code)]
pub fn headless_game(assets: &Path) -> App {
    headless_game_saving_in(assets, &fresh_folder("saves"))
}

/// A new empty folder under the system's temporary folder.
pub fn fresh_folder(what: &str) -> PathBuf {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "after-the-rain-test-{what}-{}-{n}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The game on `assets`, with its saves in `saves` (kept from one app to the next).
#[allow(dead_code)]
pub fn headless_game_saving_in(assets: &Path, saves: &Path) -> App {
    headless(assets, saves, false)
}

/// The game as a development run: it reloads the story when its files change.
#[allow(dead_code)]
pub fn headless_dev_game(assets: &Path) -> App {
    headless(assets, &fresh_folder("dev-saves"), true)
}

fn headless(assets: &Path, saves: &Path, watch: bool) -> App {
    let mut app = App::new();
    app.insert_resource(Store(Box::new(Folder(saves.to_path_buf()))));
    app.add_plugins((
        MinimalPlugins,
        bevy::log::LogPlugin::default(),
        AssetPlugin {
            file_path: assets.to_string_lossy().into_owned(),
            meta_check: AssetMetaCheck::Never,
            watch_for_changes_override: Some(watch),
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

/// Presses and releases `key`, a frame for each.
#[allow(dead_code)]
pub fn press(app: &mut App, key: KeyCode) {
    hold(app, key, true);
    hold(app, key, false);
}

/// Puts `key` down (or lets it up) and runs a frame.
#[allow(dead_code)]
pub fn hold(app: &mut App, key: KeyCode, down: bool) {
    app.world_mut().write_message(KeyboardInput {
        key_code: key,
        logical_key: Key::Unidentified(NativeKey::Unidentified),
        state: if down {
            ButtonState::Pressed
        } else {
            ButtonState::Released
        },
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
    app.update();
}

#[allow(dead_code)]
pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// The story the game loaded.
#[allow(dead_code)]
pub fn story(app: &App) -> Story {
    let assets = app.world().resource::<GameAssets>();
    let stories = app.world().resource::<Assets<StoryAsset>>();
    stories
        .get(&assets.story)
        .expect("story loaded")
        .story
        .clone()
}

/// Runs frames until the title screen shows.
#[allow(dead_code)]
pub fn to_title(app: &mut App) {
    run_until(app, "the title screen", Duration::from_secs(60), |app| {
        screen(app) == Screen::Title
    });
}

/// A copy of the project's assets in a fresh folder, to break on purpose.
#[allow(dead_code)]
pub fn copy_of_assets(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("after-the-rain-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy(&project_assets(), &root);
    root
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("readable") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copied");
        }
    }
}

#[allow(dead_code)]
pub fn replace(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).expect("readable");
    assert!(text.contains(from), "{} has no `{from}`", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).expect("written");
}
