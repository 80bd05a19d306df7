//! Sound through kira, on three channels: music, ambience and effects. Music and
//! ambience loop and cross-fade when they change; effects play once. With no sound
//! device kira only warns, and the game goes on in silence.

use std::time::Duration;

use bevy::prelude::*;
use bevy_kira_audio::prelude::*;

use crate::assets;
use crate::assets::streaming::{StreamingSystems, Wanted};
use crate::director::{Command, Picture};
use crate::session::{Cue, PlaySystems, Screen, ShowPicture};
use crate::settings::ReaderSettings;

const FADE_SECONDS: f32 = 2.0;

/// Gain on every channel, under the reader's volumes: the master's headroom. kira sums
/// the channels with no limiter, and bevy_kira_audio 0.26 gives no way to put one (or
/// any effect) on kira's main track, so the mix keeps this much room under full scale
/// instead. Chapter 1's loudest moment adds up to +1.35 dBFS at worst (every file's
/// peak, docs/performance.md); -3 dB keeps it under -1.5 dBFS with every volume at 100%,
/// which leaves room for kira's resampling to overshoot. The files themselves are
/// levelled per channel by tools/make-sounds.sh.
pub const MASTER_HEADROOM_DB: f32 = -3.0;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(bevy_kira_audio::AudioPlugin)
        .add_audio_channel::<MusicChannel>()
        .add_audio_channel::<AmbienceChannel>()
        .add_audio_channel::<EffectsChannel>()
        .init_resource::<NowPlaying>()
        .add_systems(OnEnter(Screen::Game), quiet)
        .add_systems(
            Update,
            (sound_cues, show_pictures)
                .after(PlaySystems)
                .after(StreamingSystems),
        )
        .add_systems(Update, apply_volumes);
}

#[derive(Resource)]
pub struct MusicChannel;
#[derive(Resource)]
pub struct AmbienceChannel;
#[derive(Resource)]
pub struct EffectsChannel;

/// What each looping channel was last told to play: the file and its instance.
#[derive(Resource, Debug, Default)]
pub struct NowPlaying {
    pub music: Option<(String, Handle<AudioInstance>)>,
    pub ambience: Option<(String, Handle<AudioInstance>)>,
}

fn fade() -> AudioTween {
    AudioTween::linear(Duration::from_secs_f32(FADE_SECONDS))
}

/// Fades out whatever plays on `channel` and, if given, fades `next` in looping.
fn crossfade<T: Resource>(
    channel: &AudioChannel<T>,
    now: &mut Option<(String, Handle<AudioInstance>)>,
    next: Option<(&String, Handle<AudioSource>)>,
) {
    if now.as_ref().map(|n| &n.0) == next.as_ref().map(|n| n.0) {
        return;
    }
    channel.stop().fade_out(fade());
    *now = next.map(|(path, source)| {
        // Said in the log (the browser's console), where the web test listens for it.
        info!("now looping {path}");
        let instance = channel.play(source).looped().fade_in(fade()).handle();
        (path.clone(), instance)
    });
}

fn quiet(
    music: Res<AudioChannel<MusicChannel>>,
    ambience: Res<AudioChannel<AmbienceChannel>>,
    mut now: ResMut<NowPlaying>,
) {
    crossfade(&music, &mut now.music, None);
    crossfade(&ambience, &mut now.ambience, None);
}

/// A file to play, and its sound (which plays once it has loaded).
fn source<'a>(
    server: &AssetServer,
    path: &'a Option<String>,
) -> Option<(&'a String, Handle<AudioSource>)> {
    let path = path.as_ref()?;
    Some((path, assets::sound(server, path)))
}

fn sound_cues(
    mut cues: MessageReader<Cue>,
    server: Res<AssetServer>,
    music: Res<AudioChannel<MusicChannel>>,
    ambience: Res<AudioChannel<AmbienceChannel>>,
    effects: Res<AudioChannel<EffectsChannel>>,
    mut now: ResMut<NowPlaying>,
) {
    for Cue(command) in cues.read() {
        match command {
            Command::Music(path) => crossfade(&music, &mut now.music, source(&server, path)),
            Command::Ambience(path) => {
                crossfade(&ambience, &mut now.ambience, source(&server, path))
            }
            Command::Sfx(path) => {
                effects.play(assets::sound(&server, path));
            }
            _ => {}
        }
    }
}

/// A restored moment's music and ambience: what already plays goes on, the rest changes.
/// While the moment's files are still arriving (a loading card holds the picture back),
/// its sound waits too, so both start together.
fn show_pictures(
    mut pictures: MessageReader<ShowPicture>,
    server: Res<AssetServer>,
    music: Res<AudioChannel<MusicChannel>>,
    ambience: Res<AudioChannel<AmbienceChannel>>,
    mut now: ResMut<NowPlaying>,
    wanted: Res<Wanted>,
    mut waiting: Local<Option<Picture>>,
) {
    if let Some(ShowPicture(picture)) = pictures.read().last() {
        *waiting = Some(picture.clone());
    }
    if !wanted.ready(&server) {
        return;
    }
    if let Some(picture) = waiting.take() {
        crossfade(&music, &mut now.music, source(&server, &picture.music));
        crossfade(
            &ambience,
            &mut now.ambience,
            source(&server, &picture.ambience),
        );
    }
}

/// A channel's level in the mix: its volume times the master's, under the headroom.
fn channel_level(settings: &ReaderSettings, volume: f32) -> Decibels {
    let amplitude = settings.master_volume.clamp(0.0, 1.0) * volume.clamp(0.0, 1.0);
    if settings.mute || amplitude <= 0.0 {
        return Decibels::SILENCE;
    }
    Decibels(20.0 * amplitude.log10() + MASTER_HEADROOM_DB)
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
    music.set_volume(channel_level(&settings, settings.music_volume));
    ambience.set_volume(channel_level(&settings, settings.ambience_volume));
    effects.set_volume(channel_level(&settings, settings.effects_volume));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_volume_at_full_keeps_the_headroom() {
        let s = ReaderSettings {
            master_volume: 1.0,
            ..default()
        };
        assert!((channel_level(&s, 1.0).0 - MASTER_HEADROOM_DB).abs() < 1e-4);
        let half = channel_level(&s, 0.5).0 - MASTER_HEADROOM_DB;
        assert!(
            (half + 6.02).abs() < 0.01,
            "half volume is 6 dB down: {half}"
        );
        assert_eq!(channel_level(&s, 0.0), Decibels::SILENCE);
        let muted = ReaderSettings { mute: true, ..s };
        assert_eq!(channel_level(&muted, 1.0), Decibels::SILENCE);
    }
}
