// No console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use bevy::asset::AssetMetaCheck;
use bevy::prelude::*;
use bevy::window::WindowResolution;

use after_the_rain::settings::{ReaderSettings, settings_app};
use after_the_rain::tools::dev::DevRun;
use after_the_rain::tools::screenshots;
use bevy::settings::SettingsPlugin;

fn main() -> AppExit {
    // kira's stream through PulseAudio's ALSA plugin keeps little buffered, and a busy
    // CPU starves it: tools/capture-mix.sh counted 23-43 gaps of 10-100 ms in two minutes
    // of Chapter 1, none with libpulse asked for 150 ms. A novel needs no lower latency.
    // (kira's cpal backend could ask for a buffer size, but cpal's ALSA backend would
    // then refuse devices that cannot give that exact size.) A value set outside wins.
    #[cfg(target_os = "linux")]
    if std::env::var_os("PULSE_LATENCY_MSEC").is_none() {
        // SAFETY: the first thing the program does, before any other thread exists.
        unsafe { std::env::set_var("PULSE_LATENCY_MSEC", "150") };
    }
    // glibc's malloc raises its mmap threshold to the size of each large block freed
    // (up to 32 MiB), so after the first picture is decoded and sent to the renderer,
    // the next ones land in its arenas, which keep the memory when they are freed. A
    // fixed 1 MiB threshold gives pictures and sounds mappings of their own, returned
    // when freed: the peak over 60 lines fell from about 710 to 560 MiB (release build,
    // docs/performance.md). A value set outside (MALLOC_MMAP_THRESHOLD_) wins.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_none() {
        // SAFETY: mallopt only changes a malloc setting; any value is valid.
        unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20) };
    }
    let dev = DevRun::from_args(launch_args().into_iter());
    // On the desktop the files are read from an absolute path: the `assets` folder
    // beside the program in a package, whatever the working directory (src/assets/folder.rs).
    #[cfg(not(target_arch = "wasm32"))]
    let assets = after_the_rain::assets::folder::locate();
    #[cfg(not(target_arch = "wasm32"))]
    let file_path = assets.to_string_lossy().into_owned();
    #[cfg(target_arch = "wasm32")]
    let file_path = "assets".to_string();
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "After the Rain".to_string(),
                    resolution: WindowResolution::new(1280, 720),
                    fit_canvas_to_parent: true,
                    ..default()
                }),
                ..default()
            })
            // A file that fails to load is logged once by the game, without the
            // backtrace Bevy's own log of it carries when RUST_BACKTRACE is set.
            .set(bevy::log::LogPlugin {
                filter: after_the_rain::log_filter(),
                ..default()
            })
            // Assets come from our own folder (or web server, which can't list
            // folders); there are no .meta files to look for.
            .set(AssetPlugin {
                file_path,
                meta_check: AssetMetaCheck::Never,
                // A development run reloads the story when a file changes.
                watch_for_changes_override: Some(dev.watch),
                ..default()
            }),
    )
    .insert_resource(dev)
    // A storm of its own each time; tests keep the fixed seed.
    .insert_resource(after_the_rain::dice::Dice::unseeded())
    // The reader's settings are read from their file (or the browser) before the game
    // starts, so the first frame already uses them.
    .register_type::<ReaderSettings>()
    .add_plugins(SettingsPlugin::new(&settings_app()))
    .add_plugins(after_the_rain::plugin);
    // A missing folder is said in plain words on the loading screen and in the log.
    #[cfg(not(target_arch = "wasm32"))]
    app.insert_resource(after_the_rain::assets::folder::AssetFolder(assets));
    if let Some(tour) = screenshots::Tour::from_args(std::env::args()) {
        app.insert_resource(tour).add_plugins(screenshots::plugin);
    }
    app.run()
}

/// The command line; in the browser, the page's query read as flags, so that
/// `?scene=ID` or `?beat=6.1` starts there.
fn launch_args() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .flat_map(|(key, value)| [format!("--{key}"), value.to_string()])
            .collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    std::env::args().collect()
}
