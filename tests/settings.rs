//! The reader's settings persist across a restart, through Bevy's `bevy_settings`, and a
//! damaged settings file gives the defaults. (One test in this file: it points the
//! config folder somewhere of its own before anything else runs.)

use after_the_rain::settings::{ReaderSettings, SETTINGS_APP};
use bevy::prelude::*;
use bevy::settings::{SaveSettingsSync, SettingsPlugin};

/// The settings as a freshly started game reads them.
fn start() -> App {
    let mut app = App::new();
    app.add_plugins(MinimalPlugins)
        .register_type::<ReaderSettings>()
        .add_plugins(SettingsPlugin::new(SETTINGS_APP));
    app.update();
    app
}

fn settings(app: &App) -> ReaderSettings {
    app.world()
        .get_resource::<ReaderSettings>()
        .cloned()
        .expect("the settings are loaded")
}

#[test]
fn settings_survive_a_restart_and_a_damaged_file_gives_defaults() {
    let config = std::env::temp_dir().join(format!("after-the-rain-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&config);
    // SAFETY: the only test in this binary, before any other thread reads the environment.
    unsafe { std::env::set_var("XDG_CONFIG_HOME", &config) };

    let mut app = start();
    assert_eq!(
        settings(&app),
        ReaderSettings::default(),
        "no file: the defaults"
    );
    {
        let mut s = app.world_mut().resource_mut::<ReaderSettings>();
        s.text_speed = 0.0;
        s.music_volume = 0.3;
        s.skip_unread = true;
    }
    app.world_mut().commands().queue(SaveSettingsSync::Always);
    app.update();
    drop(app);

    let again = settings(&start());
    assert_eq!(again.text_speed, 0.0);
    assert_eq!(again.music_volume, 0.3);
    assert!(again.skip_unread);

    let file = config.join(SETTINGS_APP).join("settings.toml");
    assert!(file.exists(), "written to {}", file.display());
    std::fs::write(&file, "[reader\ntext_speed = = \u{0}").expect("damaged");
    assert_eq!(
        settings(&start()),
        ReaderSettings::default(),
        "damaged: the defaults"
    );
    let _ = std::fs::remove_dir_all(&config);
}
