//! The game without a window, GPU or sound device, for whole-game tests.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bevy::asset::AssetMetaCheck;
use bevy::image::{CompressedImageFormats, ImageLoader};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::text::TextPlugin;
use bevy::time::TimeUpdateStrategy;

use after_the_rain::assets::streaming::Wanted;
use after_the_rain::assets::{GameAssets, StoryAsset};
use after_the_rain::saves::Store;
use after_the_rain::session::Screen;
use after_the_rain::storage::Folder;
use after_the_rain::story::Story;
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput, NativeKey};

#[allow(dead_code)]
pub mod screens;

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
        bevy::log::LogPlugin {
            filter: after_the_rain::log_filter(),
            ..default()
        },
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
    // Simulated time: every frame is a sixtieth of a second, however busy the machine.
    app.insert_resource(TimeUpdateStrategy::ManualDuration(FRAME));
    app
}

/// One frame of simulated time.
pub const FRAME: Duration = Duration::from_nanos(1_000_000_000 / 60);

/// Runs `seconds` of simulated time.
#[allow(dead_code)]
pub fn run_for(app: &mut App, seconds: f32) {
    for _ in 0..frames_in(Duration::from_secs_f32(seconds)) {
        app.update();
    }
}

fn frames_in(time: Duration) -> usize {
    (time.as_secs_f64() * 60.0).ceil() as usize
}

/// The shipped game's assets: for tests about the shipped story, which say so.
pub fn project_assets() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// The small test story of `tests/fixture/story/` on the game's real pictures, sounds
/// and fonts, as an assets folder: what tests of the engine run on.
#[allow(dead_code)]
pub fn fixture_assets() -> PathBuf {
    static MADE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    MADE.get_or_init(|| {
        let root = fresh_folder("fixture");
        std::fs::create_dir_all(&root).expect("a folder");
        link_game_files(&root);
        link(&fixture_story(), &root.join("story"));
        root
    })
    .clone()
}

/// A copy of the test story and of the game's pictures, that a test may change or
/// break (sounds and fonts are linked: no test changes them).
#[allow(dead_code)]
pub fn copy_of_fixture(name: &str) -> PathBuf {
    let root = fresh_folder(name);
    std::fs::create_dir_all(&root).expect("a folder");
    for folder in ["fonts", "audio"] {
        link(&project_assets().join(folder), &root.join(folder));
    }
    copy(&project_assets().join("images"), &root.join("images"));
    copy(&fixture_story(), &root.join("story"));
    root
}

fn fixture_story() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture/story")
}

/// The game's pictures, sounds and fonts, linked (not copied) into `root`.
fn link_game_files(root: &Path) {
    for folder in ["fonts", "images", "audio"] {
        link(&project_assets().join(folder), &root.join(folder));
    }
}

fn link(from: &Path, to: &Path) {
    #[cfg(unix)]
    std::os::unix::fs::symlink(from, to).expect("a link");
    #[cfg(not(unix))]
    copy(from, to);
}

/// Runs frames until `done`, failing after `limit` of simulated time. Files load on
/// other threads in real time while frames run as fast as they can, so frames that
/// only wait for files do not count against the limit: the test fails on a story that
/// never gets there, not on a busy machine.
pub fn run_until(
    app: &mut App,
    what: &str,
    limit: Duration,
    mut done: impl FnMut(&mut App) -> bool,
) {
    let mut frames = 0;
    // A hang guard for files that never arrive.
    let mut waiting_for_files = 0u64;
    while !done(app) {
        assert!(frames <= frames_in(limit), "gave up waiting for {what}");
        assert!(
            waiting_for_files < 5_000_000,
            "gave up waiting for files while waiting for {what}"
        );
        app.update();
        if loading(app) {
            waiting_for_files += 1;
            std::thread::yield_now();
        } else {
            frames += 1;
        }
    }
}

/// Runs frames until `done`, for what waits on something outside the game (a file
/// edited on disk, seen by the file watcher): only a hang guard, in frames.
#[allow(dead_code)]
pub fn run_until_outside(app: &mut App, what: &str, mut done: impl FnMut(&mut App) -> bool) {
    let mut frames = 0u64;
    while !done(app) {
        frames += 1;
        assert!(frames < 5_000_000, "gave up waiting for {what}");
        app.update();
        std::thread::yield_now();
    }
}

/// Whether the game is waiting for files: the loading screen, or files the story
/// streams in.
fn loading(app: &App) -> bool {
    let server = app.world().resource::<AssetServer>();
    screen(app) == Screen::Loading
        || app
            .world()
            .get_resource::<Wanted>()
            .is_some_and(|wanted| wanted.loading(server))
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

/// A gamepad plugged in.
#[allow(dead_code)]
pub fn connect_pad(app: &mut App) -> Entity {
    use bevy::input::gamepad::{GamepadConnection, GamepadConnectionEvent};
    let pad = app.world_mut().spawn_empty().id();
    app.world_mut().write_message(GamepadConnectionEvent::new(
        pad,
        GamepadConnection::Connected {
            name: "test pad".into(),
            vendor_id: None,
            product_id: None,
        },
    ));
    app.update();
    app.update();
    pad
}

/// Presses and lets go of `button` on `pad`, a frame each.
#[allow(dead_code)]
pub fn pad_press(app: &mut App, pad: Entity, button: GamepadButton) {
    use bevy::input::gamepad::{RawGamepadButtonChangedEvent, RawGamepadEvent};
    for value in [1.0, 0.0] {
        app.world_mut()
            .write_message(RawGamepadEvent::Button(RawGamepadButtonChangedEvent::new(
                pad, button, value,
            )));
        app.update();
    }
}

/// Runs frames until the title screen shows.
#[allow(dead_code)]
pub fn to_title(app: &mut App) {
    run_until(app, "the title screen", Duration::from_secs(60), |app| {
        screen(app) == Screen::Title
    });
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

/// Runs the game on `assets` until the loading screen shows errors, checks that it stays
/// there (still running, not going on or crashing), removes `assets`, and returns them.
#[allow(dead_code)]
pub fn load_errors(assets: &Path) -> Vec<String> {
    let mut app = headless_game(assets);
    run_until(
        &mut app,
        "an error on the loading screen",
        Duration::from_secs(60),
        |app| {
            !app.world()
                .resource::<after_the_rain::screens::loading::LoadErrors>()
                .0
                .is_empty()
        },
    );
    for _ in 0..20 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Loading);
    let _ = std::fs::remove_dir_all(assets);
    app.world()
        .resource::<after_the_rain::screens::loading::LoadErrors>()
        .0
        .clone()
}

/// Reads on, holding Ctrl to skip (unread lines too) and taking `option` (a number key)
/// at every choice, until `done`; then lets what is on its way to the screen arrive.
#[allow(dead_code)]
pub fn skip_until(app: &mut App, what: &str, option: KeyCode, mut done: impl FnMut(&App) -> bool) {
    use after_the_rain::settings::ReaderSettings;
    use after_the_rain::theme::widgets::{Menu, MenuFocus};
    let choosing = |app: &App| {
        app.world()
            .get_resource::<MenuFocus>()
            .is_some_and(|f| f.menu == Menu::Choice)
    };
    // A new reader has read nothing: let skip pass unread lines too.
    app.world_mut().resource_mut::<ReaderSettings>().skip_unread = true;
    let mut frames = 0;
    hold(app, KeyCode::ControlLeft, true);
    while !done(app) {
        frames += 1;
        assert!(frames < 200_000, "never reached {what}");
        if choosing(app) {
            press(app, option);
        } else {
            app.update();
        }
    }
    hold(app, KeyCode::ControlLeft, false);
    for _ in 0..3 {
        app.update();
    }
}
