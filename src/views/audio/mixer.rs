//! kira, playing what [`Mix`] says: music, ambience and effects are tracks under a main
//! track whose limiter keeps the sum from reaching full scale. The ambience track holds
//! two tracks of its own, each with a low-pass filter: the place's ambience (shaded by
//! the weather outdoors) and the rain heard through walls; the effects track holds the
//! thunder's, filtered by the strike's distance. With no sound device kira's mixer is
//! built on a silent backend that plays nothing, and the game goes on the same.
//!
//! A still line must cost next to nothing (issue 17), so the mixer does no work it can
//! leave: a track with nothing to play (the music between pieces, the rain through
//! walls when it does not rain, the thunder between strikes) is paused, which kira
//! skips, filter and all. kira itself is patched in (vendor/kira) so that each file's
//! decoder thread fills its buffer in one go and looks for room about ten times a second
//! rather than a thousand, and a sound's or track's volume costs two powf a block, not
//! one a frame (docs/performance.md, "Sound at a still line").

use std::time::Duration;

use bevy::prelude::*;
use kira::backend::{Backend, Renderer};
use kira::sound::PlaybackState;
use kira::track::{MainTrackBuilder, TrackBuilder, TrackHandle};
use kira::{AudioManager, AudioManagerSettings, Decibels, DefaultBackend, Easing, Tween};

use super::dsp::{LimiterBuilder, LowPassBuilder, LowPassHandle};
use super::{Effect, FADE_SECONDS, Mix, Shade, Volumes};
use crate::assets;
use crate::assets::sound::{PlayingSound, Sound, SoundData};

/// The main track's limiter: a compressor with a fast attack and a high ratio above
/// `threshold_db`, then a hard ceiling for the few samples its attack lets through.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limiter {
    pub threshold_db: f64,
    pub ratio: f64,
    pub attack: Duration,
    pub release: Duration,
    /// No sample goes above this (dBFS).
    pub ceiling_db: f32,
}

pub const LIMITER: Limiter = Limiter {
    threshold_db: -4.0,
    ratio: 30.0,
    attack: Duration::from_micros(500),
    release: Duration::from_millis(150),
    ceiling_db: -2.5,
};

/// The main track, with the limiter on it: kira's compressor and hard clip, computed
/// once a block where kira computes them every sample (see [`super::dsp`]).
pub fn main_track() -> MainTrackBuilder {
    MainTrackBuilder::new().with_effect(LimiterBuilder(LIMITER))
}

/// kira's settings for `backend`, with the limiter on the main track.
fn settings<B: Backend>(backend: B::Settings) -> AudioManagerSettings<B> {
    let defaults = AudioManagerSettings::<Silent>::default();
    AudioManagerSettings {
        main_track_builder: main_track(),
        backend_settings: backend,
        capacities: defaults.capacities,
        internal_buffer_size: defaults.internal_buffer_size,
    }
}

/// How much sound the device is handed at a time. The driver's default (about 10 ms
/// through PulseAudio) runs dry whenever a busy machine keeps the audio thread waiting
/// that long, and the reader hears a gap; a tenth of a second rides over such waits, and
/// in a visual novel nothing needs sound sooner than that after a click.
#[cfg(not(target_arch = "wasm32"))]
const DEVICE_BUFFER_SECONDS: f32 = 0.1;

/// The default sound device at its own rate and channels, with the longer buffer (when
/// the device allows it).
#[cfg(not(target_arch = "wasm32"))]
fn device_settings() -> Option<kira::backend::cpal::CpalBackendSettings> {
    use kira::backend::cpal::cpal::traits::{DeviceTrait, HostTrait};
    use kira::backend::cpal::cpal::{BufferSize, SupportedBufferSize};
    let device = kira::backend::cpal::cpal::default_host().default_output_device()?;
    let config = device.default_output_config().ok().map(|supported| {
        let mut config = supported.config();
        let wanted = (config.sample_rate as f32 * DEVICE_BUFFER_SECONDS) as u32;
        config.buffer_size = match supported.buffer_size() {
            SupportedBufferSize::Range { min, max } => {
                BufferSize::Fixed(wanted.clamp(*min, (*max).max(*min)))
            }
            SupportedBufferSize::Unknown => BufferSize::Fixed(wanted),
        };
        config
    })?;
    Some(kira::backend::cpal::CpalBackendSettings {
        // Named, kira does not look for a new default device every half second, which
        // on Linux is a new connection to the sound server each time (and a restart
        // with the driver's short buffer when a busy machine makes one fail). The sound
        // server (PulseAudio, PipeWire) follows the reader's default output itself;
        // elsewhere kira's look is how the game follows headphones plugged in.
        device: cfg!(target_os = "linux").then_some(device),
        config: Some(config),
    })
}

/// In the browser the page's audio context decides.
#[cfg(target_arch = "wasm32")]
fn device_settings() -> Option<kira::backend::cpal::CpalBackendSettings> {
    None
}

/// kira's mixer and its tracks, on the main thread (in the browser kira's output must
/// stay on the thread that made it).
pub struct Mixer {
    /// Kept alive for the tracks; everything is done through them, but for the
    /// device's errors, read from it.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    manager: Box<dyn std::any::Any>,
    /// Whether a sound device plays the mix.
    pub device: bool,
    limiter: Limiter,
    music: Channel,
    ambience: TrackHandle,
    place: Channel,
    outside: Channel,
    effects: Channel,
    thunder: Channel,
    /// What was last sent to kira, to send only changes.
    volumes: Option<Volumes>,
    weather: Option<Shade>,
    walls: Option<Shade>,
}

/// A track, its low-pass filter, and the loop it plays.
struct Channel {
    track: TrackHandle,
    filter: Option<LowPassHandle>,
    /// The file asked for last, whether it plays yet or not.
    asked: Option<String>,
    loading: Option<Handle<Sound>>,
    playing: Option<PlayingSound>,
    /// Sounds started here that may still be heard: loops fading out, thunder.
    sounding: Vec<PlayingSound>,
    /// Paused, with nothing to play: kira skips the track, its filter and its volume.
    resting: bool,
}

impl Mixer {
    /// kira on the sound device, or on a silent backend if there is none.
    fn start() -> Self {
        // With the longer buffer, then as the driver likes it if the device refuses.
        let device = match device_settings() {
            Some(longer) => AudioManager::<DefaultBackend>::new(settings(longer)).or_else(|e| {
                warn!("the sound device refused a longer buffer ({e:?}); trying its own");
                AudioManager::<DefaultBackend>::new(settings(default()))
            }),
            None => AudioManager::<DefaultBackend>::new(settings(default())),
        };
        match device {
            Ok(manager) => match Self::with(manager, true) {
                Ok(mixer) => return mixer,
                Err(e) => warn!("the sound device's mixer is full: {e:?}"),
            },
            Err(e) => warn!("no sound device ({e:?}): the game goes on in silence"),
        }
        let manager =
            AudioManager::<Silent>::new(settings(())).unwrap_or_else(|never| match never {});
        Self::with(manager, false).expect("a silent mixer has room for its tracks")
    }

    fn with<B: Backend + 'static>(
        mut manager: AudioManager<B>,
        device: bool,
    ) -> Result<Self, kira::ResourceLimitReached> {
        let music = Channel::new(manager.add_sub_track(TrackBuilder::new())?, None);
        let mut ambience = manager.add_sub_track(TrackBuilder::new())?;
        let place = Channel::filtered(|b| ambience.add_sub_track(b))?;
        let outside = Channel::filtered(|b| ambience.add_sub_track(b))?;
        let mut effects = manager.add_sub_track(TrackBuilder::new())?;
        let thunder = Channel::filtered(|b| effects.add_sub_track(b))?;
        Ok(Self {
            manager: Box::new(manager),
            device,
            limiter: LIMITER,
            music,
            ambience,
            place,
            outside,
            effects: Channel::new(effects, None),
            thunder,
            volumes: None,
            weather: None,
            walls: None,
        })
    }

    /// Says in the log when the sound device ran dry or failed since the last frame, so
    /// a gap the reader hears has a cause on record (tools/capture-mix.sh counts them).
    fn report_device_errors(&mut self) {
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(manager) = self.manager.downcast_mut::<AudioManager<DefaultBackend>>() {
            let backend = manager.backend_mut();
            let mut count = 0;
            let mut last = None;
            while let Some(error) = backend.pop_error() {
                count += 1;
                last = Some(error);
            }
            if let Some(error) = last {
                warn!("sound device: {count} error(s), the last: {error}");
            }
        }
    }

    /// The limiter on the main track.
    pub fn limiter(&self) -> Limiter {
        self.limiter
    }
}

impl Channel {
    fn new(track: TrackHandle, filter: Option<LowPassHandle>) -> Self {
        Self {
            track,
            filter,
            asked: None,
            loading: None,
            playing: None,
            sounding: Vec::new(),
            resting: false,
        }
    }

    /// A track with a low-pass filter, open to start with.
    fn filtered(
        add: impl FnOnce(TrackBuilder) -> Result<TrackHandle, kira::ResourceLimitReached>,
    ) -> Result<Self, kira::ResourceLimitReached> {
        let mut builder = TrackBuilder::new();
        let filter = builder.add_effect(LowPassBuilder {
            cutoff: f64::from(Shade::OPEN.cutoff_hz),
        });
        Ok(Self::new(add(builder)?, Some(filter)))
    }

    /// Fades out what plays if `want` is another file, and starts `want` looping (fading
    /// in) once its file is in.
    fn keep_looping(
        &mut self,
        want: &Option<String>,
        server: &AssetServer,
        sounds: &Assets<Sound>,
        device: bool,
    ) {
        if self.asked != *want {
            if let Some(mut old) = self.playing.take() {
                old.stop(fade());
                self.sounding.push(old);
            }
            self.asked.clone_from(want);
            self.loading = want.as_ref().map(|path| assets::sound(server, path));
        }
        let Some(handle) = &self.loading else {
            return;
        };
        if let Some(sound) = sounds.get(handle) {
            if device {
                // A loop fades in from silence: waking the track with it is not heard.
                self.wake();
                self.playing = play(&mut self.track, sound, true);
            }
            self.loading = None;
        } else if server.load_state(handle).is_failed() {
            // Said on the loading card; the rest of the sound goes on without it.
            self.loading = None;
        }
    }

    /// Resumes the track if it rests. kira fades a resumed track in over its first
    /// block (128 frames, under 3 ms), so an effect's track is woken while the effect
    /// still waits, not with it, and its attack is heard whole.
    fn wake(&mut self) {
        if self.resting {
            self.track.resume(at_once());
            self.resting = false;
        }
    }

    /// Pauses the track once nothing on it plays, fades or is on its way.
    fn rest_if_idle(&mut self) {
        self.sounding
            .retain(|sound| sound.state() != PlaybackState::Stopped);
        let idle = self.playing.is_none() && self.loading.is_none() && self.sounding.is_empty();
        if idle && !self.resting {
            self.track.pause(at_once());
            self.resting = true;
        }
    }

    fn shade(&mut self, shade: Shade, last: &mut Option<Shade>, tween: Tween) {
        if *last == Some(shade) {
            return;
        }
        self.track.set_volume(Decibels(shade.level_db), tween);
        if let Some(filter) = &mut self.filter {
            filter.set_cutoff(f64::from(shade.cutoff_hz), tween);
        }
        *last = Some(shade);
    }
}

fn fade() -> Tween {
    Tween {
        duration: Duration::from_secs_f32(FADE_SECONDS),
        ..default()
    }
}

/// For pausing and resuming a track with nothing on it: there is nothing to fade.
fn at_once() -> Tween {
    Tween {
        duration: Duration::ZERO,
        ..default()
    }
}

/// Short enough to follow the picture frame by frame, long enough not to click.
fn glide() -> Tween {
    Tween {
        duration: Duration::from_millis(120),
        easing: Easing::Linear,
        ..default()
    }
}

/// Starts `sound` on `track`: looping with a fade-in, or once.
fn play(track: &mut TrackHandle, sound: &Sound, looping: bool) -> Option<PlayingSound> {
    let data = sound
        .data()
        .map_err(|e| warn!("a sound could not be played: {e}"))
        .ok()?;
    let data = if looping {
        data.loop_region(..).fade_in_tween(fade())
    } else {
        data
    };
    start(track, data)
}

/// Starts `data` on `track`.
fn start(track: &mut TrackHandle, data: SoundData) -> Option<PlayingSound> {
    track
        .play(data)
        .map_err(|e| warn!("a sound could not be played: {e:?}"))
        .ok()
}

/// Sends the mix to kira: volumes, the weather's shading, the loops, the effects due.
pub(super) fn play_mix(
    mixer: Option<NonSendMut<Mixer>>,
    mut mix: ResMut<Mix>,
    server: Res<AssetServer>,
    sounds: Res<Assets<Sound>>,
) {
    let due: Vec<Effect> = mix.due.drain(..).collect();
    let Some(mut mixer) = mixer else {
        return;
    };
    let mixer = &mut *mixer;
    mixer.report_device_errors();
    let device = mixer.device;
    if mixer.volumes != Some(mix.volumes) {
        let v = mix.volumes;
        mixer.music.track.set_volume(Decibels(v.music_db), glide());
        mixer.ambience.set_volume(Decibels(v.ambience_db), glide());
        mixer
            .effects
            .track
            .set_volume(Decibels(v.effects_db), glide());
        mixer.volumes = Some(v);
    }
    mixer.place.shade(mix.weather, &mut mixer.weather, glide());
    mixer.outside.shade(mix.walls, &mut mixer.walls, glide());
    mixer
        .music
        .keep_looping(&mix.music, &server, &sounds, device);
    mixer
        .place
        .keep_looping(&mix.ambience, &server, &sounds, device);
    mixer
        .outside
        .keep_looping(&mix.outside, &server, &sounds, device);
    if !device {
        return;
    }
    // Thunder waits at least 0.3 s for its strike's distance: its track (and the effects
    // track it is on) wakes then.
    let thunder_waits = mix.waiting.iter().any(|e| e.thunder.is_some());
    if thunder_waits || due.iter().any(|e| e.thunder.is_some()) {
        mixer.effects.wake();
        mixer.thunder.wake();
    }
    for effect in due {
        let Some(sound) = sounds.get(&effect.sound) else {
            continue;
        };
        // Said in the log, where tools/capture-mix.sh finds when each effect began.
        info!("sound {}", effect.path);
        match effect.thunder {
            Some(shade) => {
                // Strikes come seconds apart: the thunder track takes each one's distance.
                mixer.thunder.shade(shade, &mut None, Tween::default());
                let playing = play(&mut mixer.thunder.track, sound, false);
                mixer.thunder.sounding.extend(playing);
            }
            None => {
                // A resting effects track wakes with the effect, which waits out the
                // track's fade-in (its first block, under 3 ms) so its attack is whole.
                let woken = mixer.effects.resting;
                mixer.effects.wake();
                let playing = match sound.data() {
                    Ok(data) if woken => start(
                        &mut mixer.effects.track,
                        data.start_time(kira::StartTime::Delayed(WOKEN_TRACK_WAIT)),
                    ),
                    _ => play(&mut mixer.effects.track, sound, false),
                };
                mixer.effects.sounding.extend(playing);
            }
        }
    }
    mixer.music.rest_if_idle();
    mixer.place.rest_if_idle();
    mixer.outside.rest_if_idle();
    if !thunder_waits {
        mixer.thunder.rest_if_idle();
        // The effects track rests too, once nothing on it (the thunder's track is)
        // sounds: kira then skips it, its volume and its sub-track.
        if mixer.thunder.resting {
            mixer.effects.rest_if_idle();
        }
    }
}

/// How long an effect waits on an effects track woken for it: past the first block
/// (128 frames, 2.7 ms at 48 kHz) over which kira fades a resumed track in, with room.
const WOKEN_TRACK_WAIT: Duration = Duration::from_millis(10);

pub(super) fn plugin(app: &mut App) {
    app.insert_non_send(Mixer::start());
}

/// kira's output with no sound device: nothing is heard, and a test can render what
/// would be ([`Silent::render`]).
pub struct Silent {
    renderer: Option<Renderer>,
}

impl Silent {
    /// The next `frames` stereo frames of the mix, interleaved.
    pub fn render(&mut self, frames: usize) -> Vec<f32> {
        let mut out = vec![0.0; frames * 2];
        if let Some(renderer) = &mut self.renderer {
            renderer.on_start_processing();
            renderer.process(&mut out, 2);
        }
        out
    }
}

impl Backend for Silent {
    type Settings = ();
    type Error = std::convert::Infallible;

    fn setup(_settings: (), _buffer: usize) -> Result<(Self, u32), Self::Error> {
        Ok((Self { renderer: None }, SILENT_RATE))
    }

    fn start(&mut self, renderer: Renderer) -> Result<(), Self::Error> {
        self.renderer = Some(renderer);
        Ok(())
    }
}

/// The silent backend's sample rate.
pub const SILENT_RATE: u32 = 48_000;

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use kira::Frame;
    use kira::sound::static_sound::{StaticSoundData, StaticSoundSettings};

    use super::*;

    /// A sine at `amplitude` (1.0 is full scale), a second long.
    fn tone(amplitude: f32) -> StaticSoundData {
        let frames: Arc<[Frame]> = (0..SILENT_RATE)
            .map(|i| {
                let t = i as f32 / SILENT_RATE as f32;
                Frame::from_mono(amplitude * (std::f32::consts::TAU * 220.0 * t).sin())
            })
            .collect();
        StaticSoundData {
            sample_rate: SILENT_RATE,
            frames,
            settings: StaticSoundSettings::default(),
            slice: None,
        }
    }

    #[test]
    fn the_limiter_keeps_a_pile_of_loud_sounds_under_full_scale() {
        let mut manager =
            AudioManager::<Silent>::new(settings(())).unwrap_or_else(|never| match never {});
        // Three sounds at full scale at once: +9.5 dB over it, summed.
        for _ in 0..3 {
            manager.play(tone(1.0)).expect("room to play");
        }
        let out = manager.backend_mut().render(SILENT_RATE as usize / 2);
        let peak = out.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        let ceiling = Decibels(LIMITER.ceiling_db).as_amplitude();
        assert!(peak > 0.5, "the tones play: {peak}");
        assert!(
            peak <= ceiling + 1e-4,
            "peak {peak} over the ceiling {ceiling}"
        );
        // After the attack, the compressor does the work, not the ceiling: the last
        // tenth of a second stays near the threshold.
        let tail = out[out.len() - 9600..]
            .iter()
            .fold(0.0f32, |m, s| m.max(s.abs()));
        let threshold = Decibels(LIMITER.threshold_db as f32).as_amplitude();
        assert!(tail < threshold * 1.3, "held near the threshold: {tail}");
    }

    #[test]
    fn quiet_sounds_pass_the_limiter_untouched() {
        let mut manager =
            AudioManager::<Silent>::new(settings(())).unwrap_or_else(|never| match never {});
        manager.play(tone(0.25)).expect("room to play");
        let out = manager.backend_mut().render(SILENT_RATE as usize / 4);
        let peak = out.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        assert!((peak - 0.25).abs() < 0.01, "{peak}");
    }
}
