//! The reader's settings, one resource kept by Bevy's own `bevy_settings` (a TOML file
//! in the user's config folder on desktop, localStorage in the browser). The screen
//! that changes them is `overlays::settings`; the views apply them (volumes in
//! `views::audio`, text size in `theme::text_size`).

use std::time::Duration;

use bevy::prelude::*;
use bevy::settings::{ReflectSettingsGroup, SaveSettings, SettingsGroup};

use crate::storage::Store;

/// The name the settings file is kept under (`~/.config/org.after-the-rain.game/` on
/// Linux), also the macOS app's bundle identifier.
pub const SETTINGS_APP: &str = "org.after-the-rain.game";

/// What the game gives `bevy_settings` as its name: [`SETTINGS_APP`], a folder in the
/// system's settings folder (Linux: `$XDG_CONFIG_HOME`, `~/.config`; Windows:
/// `%LOCALAPPDATA%`; the browser: the prefix of its localStorage key). Except on macOS,
/// where Bevy's choice, `~/Library/Preferences`, is for the system's own property lists
/// ("you should never create files in this directory yourself", Apple's File System
/// Programming Guide): there the settings go with the saves, into the game's folder in
/// `~/Library/Application Support` (an absolute path, which `bevy_settings` joins as is).
pub fn settings_app() -> String {
    #[cfg(target_os = "macos")]
    if let Some(folder) = crate::storage::data_folder() {
        return folder.to_string_lossy().into_owned();
    }
    SETTINGS_APP.to_string()
}

pub(super) fn plugin(app: &mut App) {
    app.register_type::<ReaderSettings>()
        .init_resource::<ReaderSettings>();
}

/// Everything the reader can set. Fields left out of the file keep their defaults.
#[derive(Resource, SettingsGroup, Reflect, Debug, Clone, PartialEq)]
#[reflect(Resource, SettingsGroup, Default)]
#[settings_group(group = "reader")]
pub struct ReaderSettings {
    /// Letters a second the typewriter shows; 0 shows each line at once.
    pub text_speed: f32,
    /// Seconds auto-forward waits after a line, plus a little for each letter.
    pub auto_pause: f32,
    /// Whether skip passes over lines not read yet.
    pub skip_unread: bool,
    pub master_volume: f32,
    pub music_volume: f32,
    pub ambience_volume: f32,
    pub effects_volume: f32,
    pub mute: bool,
    pub fullscreen: bool,
    /// How much larger than designed the words are: 1, 1.25 or 1.5.
    pub text_size: f32,
    /// No flashes: lightning dims the picture softly instead, and holograms hold still.
    pub reduce_motion: bool,
    /// A few words in a corner for each sound as it begins.
    pub captions: bool,
}

impl Default for ReaderSettings {
    fn default() -> Self {
        Self {
            text_speed: 50.0,
            auto_pause: 1.2,
            skip_unread: false,
            master_volume: 0.9,
            music_volume: 0.8,
            ambience_volume: 0.9,
            effects_volume: 1.0,
            mute: false,
            fullscreen: false,
            text_size: 1.0,
            reduce_motion: false,
            captions: false,
        }
    }
}

/// The text sizes the reader steps through.
pub const TEXT_SIZES: [f32; 3] = [1.0, 1.25, 1.5];

impl ReaderSettings {
    /// The reader's text size, kept within the steps offered whatever the file says.
    pub fn text_scale(&self) -> f32 {
        self.text_size.clamp(TEXT_SIZES[0], TEXT_SIZES[2])
    }

    /// How long auto-forward waits once a line of `letters` is shown.
    pub fn auto_wait(&self, letters: usize) -> Duration {
        Duration::from_secs_f32(self.auto_pause.clamp(0.2, 10.0) + letters as f32 * 0.035)
    }
}

/// Saves the settings as they change (the file is written on another thread). Not
/// later: a still window may not run another frame for a long while (`stillness`).
/// In the browser `bevy_settings` stops the game when localStorage is full (saves with
/// thumbnails can fill it), so it is asked only when a settings-sized write fits.
pub fn save_now(commands: &mut Commands, store: &Store) {
    // On desktop a full disk only fails the write; no probe is needed there.
    if !cfg!(target_arch = "wasm32") || room_for_settings(store) {
        commands.queue(SaveSettings::IfChanged);
    } else {
        warn!("the storage is full: the settings apply now but are not kept");
    }
}

/// Whether a value the size of the settings (a few hundred bytes) can be written.
fn room_for_settings(store: &Store) -> bool {
    const PROBE: &str = "settings-room";
    let fits = store.0.write(PROBE, &[b' '; 1024]).is_ok();
    // The probe only measured; it need not stay.
    let _ = store.0.remove(PROBE);
    fits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Storage;

    /// Storage with no room left, like a browser's full localStorage.
    struct Full;
    impl Storage for Full {
        fn read(&self, _: &str) -> Result<Option<Vec<u8>>, String> {
            Ok(None)
        }
        fn write(&self, _: &str, _: &[u8]) -> Result<(), String> {
            Err("full".into())
        }
        fn remove(&self, _: &str) -> Result<(), String> {
            Ok(())
        }
    }

    #[test]
    fn settings_are_not_written_into_a_full_storage() {
        assert!(!room_for_settings(&Store(Box::new(Full))));
        let folder = std::env::temp_dir().join(format!("room-{}", std::process::id()));
        let store = Store(Box::new(crate::storage::Folder(folder.clone())));
        assert!(room_for_settings(&store), "a folder with room takes them");
        let left = std::fs::read_dir(&folder).map_or(0, |d| d.count());
        assert_eq!(left, 0, "the probe leaves nothing behind");
        let _ = std::fs::remove_dir_all(folder);
    }
}
