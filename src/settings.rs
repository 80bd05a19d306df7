//! The reader's settings, one resource kept by Bevy's own `bevy_settings` (a TOML file
//! in the user's config folder on desktop, localStorage in the browser). A damaged file
//! gives the defaults. Volumes apply live to the kira channels.

use std::time::Duration;

use bevy::prelude::*;
use bevy::settings::{ReflectSettingsGroup, SaveSettingsDeferred, SettingsGroup};
use bevy_kira_audio::prelude::*;

use crate::audio::{AmbienceChannel, EffectsChannel, MusicChannel};

pub(super) fn plugin(app: &mut App) {
    app.register_type::<ReaderSettings>()
        .init_resource::<ReaderSettings>()
        .add_systems(Update, apply_volumes);
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
        }
    }
}

impl ReaderSettings {
    /// How long auto-forward waits once a line of `letters` is shown.
    pub fn auto_wait(&self, letters: usize) -> Duration {
        Duration::from_secs_f32(self.auto_pause.clamp(0.2, 10.0) + letters as f32 * 0.035)
    }
}

/// Saves the settings a moment after they change (several changes make one write).
pub fn save_soon(commands: &mut Commands) {
    commands.queue(SaveSettingsDeferred(Duration::from_secs_f32(0.5)));
}

fn apply_volumes(
    settings: Res<ReaderSettings>,
    music: Res<AudioChannel<MusicChannel>>,
    ambience: Res<AudioChannel<AmbienceChannel>>,
    effects: Res<AudioChannel<EffectsChannel>>,
) {
    if !settings.is_changed() {
        return;
    }
    let master = if settings.mute {
        0.0
    } else {
        settings.master_volume.clamp(0.0, 1.0)
    };
    let level = |v: f32| Decibels(amplitude_to_db(master * v.clamp(0.0, 1.0)));
    music.set_volume(level(settings.music_volume));
    ambience.set_volume(level(settings.ambience_volume));
    effects.set_volume(level(settings.effects_volume));
}

/// An amplitude from 0 to 1 as decibels (silence is kira's silence).
fn amplitude_to_db(amplitude: f32) -> f32 {
    if amplitude <= 0.0 {
        Decibels::SILENCE.0
    } else {
        20.0 * amplitude.log10()
    }
}
