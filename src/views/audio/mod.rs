//! Sound: what the story and the sky ask to be heard ([`Mix`]), and kira playing it
//! ([`mixer`]). Music and ambience loop and cross-fade when they change; effects play
//! once. Outdoors, while it rains, the ambience follows the picture's rain, quieter and
//! duller as it eases; an indoor place hears the rain muffled through its walls on top
//! of its own ambience. Each lightning flash is followed by its thunder, later and
//! softer the farther the strike. What is heard is also said in words ([`Heard`]), for
//! the captions.

mod dsp;
pub mod mixer;

use bevy::prelude::*;

use crate::assets::sound::Sound;
use crate::assets::streaming::{StreamingSystems, Wanted};
use crate::assets::{self, LoadedStory};
use crate::director::{Command, Picture};
use crate::play::Reading;
use crate::session::{Cue, PlaySystems, Screen, ShowPicture};
use crate::settings::ReaderSettings;
use crate::story::Story;
use crate::views::stage::rain::{ShownRain, Strike, Weather};

/// How long music and ambience take to cross-fade.
pub const FADE_SECONDS: f32 = 2.0;
/// How long an effect may wait for its file before it is too late to play.
const LATE_SECONDS: f32 = 2.0;
/// Closer than this (0 overhead, 1 far away), a strike's thunder is the near one.
pub const NEAR: f32 = 0.25;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Mix>()
        .add_message::<Heard>()
        .add_plugins(mixer::plugin)
        .add_systems(OnEnter(Screen::Game), quiet)
        .add_systems(
            Update,
            (
                sound_cues,
                show_pictures,
                strikes,
                follow_weather,
                effects_due,
                volumes,
                mixer::play_mix,
            )
                .chain()
                .after(PlaySystems)
                .after(StreamingSystems),
        );
}

/// A sound begins, in a few words (the story's caption), for the captions.
#[derive(Message, Debug, Clone, PartialEq)]
pub struct Heard(pub String);

/// What is to be heard now. kira plays it ([`mixer`]); with no sound device nothing is
/// heard, and all this is kept the same, so the game and its tests go on alike.
#[derive(Resource, Debug, Default)]
pub struct Mix {
    /// The files looping on the music and ambience tracks.
    pub music: Option<String>,
    pub ambience: Option<String>,
    /// The rain heard through the walls of an indoor place.
    pub outside: Option<String>,
    /// Whether the story is in a place under a roof.
    pub indoors: bool,
    /// The place's ambience, as the weather shades it.
    pub weather: Shade,
    /// The rain through the walls.
    pub walls: Shade,
    /// Each track's level from the reader's volumes.
    pub volumes: Volumes,
    /// Effects waiting for their moment (thunder, for its distance) or their file.
    waiting: Vec<Effect>,
    /// Effects to start now: the mixer takes them.
    pub due: Vec<Effect>,
    /// Lightning flashes seen, their thunder cued, and thunder a skip left out.
    pub strikes: usize,
    pub thunder_cued: usize,
    pub thunder_left_out: usize,
}

/// A track's level and brightness (its low-pass filter's cutoff).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shade {
    pub level_db: f32,
    pub cutoff_hz: f32,
}

impl Shade {
    /// As the file is.
    pub const OPEN: Shade = Shade {
        level_db: 0.0,
        cutoff_hz: 20_000.0,
    };
}

impl Default for Shade {
    fn default() -> Self {
        Self::OPEN
    }
}

/// The place's ambience outdoors in `rain` (0 to 1): full and bright in a downpour,
/// quieter and duller as it eases; as it is when it does not rain.
pub fn open_air(rain: f32) -> Shade {
    if rain <= 0.0 {
        return Shade::OPEN;
    }
    let rain = rain.min(1.0);
    Shade {
        level_db: -12.0 * (1.0 - rain),
        // 1.5 kHz in a drizzle, 18 kHz in a downpour, evenly in pitch between.
        cutoff_hz: 1_500.0 * 12.0f32.powf(rain),
    }
}

/// Rain heard through walls: low and muffled, a little more of it in a downpour.
pub fn through_walls(rain: f32) -> Shade {
    let rain = rain.clamp(0.0, 1.0);
    Shade {
        level_db: -8.0 - 10.0 * (1.0 - rain),
        cutoff_hz: 350.0 + 450.0 * rain,
    }
}

/// Thunder from a strike `distance` away (0 overhead, 1 far): louder and sharper near.
pub fn thunder_at(distance: f32, indoors: bool) -> Shade {
    let far = distance.clamp(0.0, 1.0);
    let open = Shade {
        level_db: -9.0 * far,
        cutoff_hz: 18_000.0 * (1_200.0f32 / 18_000.0).powf(far),
    };
    if indoors {
        Shade {
            level_db: open.level_db - 4.0,
            cutoff_hz: open.cutoff_hz.min(800.0),
        }
    } else {
        open
    }
}

/// How long thunder takes to arrive from a strike `distance` away: 0.3 to 3 seconds.
pub fn thunder_delay(distance: f32) -> f32 {
    0.3 + 2.7 * distance.clamp(0.0, 1.0)
}

/// The music, ambience and effects tracks' levels (dB) from the reader's volumes.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Volumes {
    pub music_db: f32,
    pub ambience_db: f32,
    pub effects_db: f32,
}

impl Volumes {
    pub fn of(settings: &ReaderSettings) -> Self {
        let level = |volume: f32| {
            let amplitude = settings.master_volume.clamp(0.0, 1.0) * volume.clamp(0.0, 1.0);
            if settings.mute || amplitude <= 0.0 {
                kira::Decibels::SILENCE.0
            } else {
                20.0 * amplitude.log10()
            }
        };
        Self {
            music_db: level(settings.music_volume),
            ambience_db: level(settings.ambience_volume),
            effects_db: level(settings.effects_volume),
        }
    }
}

/// An effect to play once.
#[derive(Debug, Clone)]
pub struct Effect {
    pub path: String,
    sound: Handle<Sound>,
    /// Seconds left before it is heard (below zero, how late its file is).
    wait: f32,
    /// For thunder: how its distance shades it.
    pub thunder: Option<Shade>,
    caption: Option<String>,
}

impl Mix {
    fn set_music(&mut self, path: Option<String>, story: &Story, heard: &mut MessageWriter<Heard>) {
        if self.music == path {
            return;
        }
        match &path {
            Some(path) => {
                info!("now looping {path}");
                heard.write_batch(story.music_caption(path).map(|c| Heard(c.to_string())));
            }
            None if self.music.is_some() => {
                heard.write(Heard("music fades".to_string()));
            }
            None => {}
        }
        self.music = path;
    }

    fn set_ambience(
        &mut self,
        path: Option<String>,
        story: &Story,
        heard: &mut MessageWriter<Heard>,
    ) {
        if self.ambience == path {
            return;
        }
        if let Some(path) = &path {
            // Said in the log (the browser's console), where the web test listens for it.
            info!("now looping {path}");
            heard.write_batch(story.ambience_caption(path).map(|c| Heard(c.to_string())));
        }
        self.ambience = path;
    }

    fn set_place(&mut self, story: &Story, place: Option<&String>) {
        self.indoors = place
            .and_then(|p| story.places.get(p))
            .is_some_and(|p| p.indoors);
    }

    /// Plays `path` once, after `wait` seconds (as soon as its file is in).
    fn cue_effect(
        &mut self,
        server: &AssetServer,
        path: &str,
        wait: f32,
        thunder: Option<Shade>,
        caption: Option<&str>,
    ) {
        self.waiting.push(Effect {
            path: path.to_string(),
            sound: assets::sound(server, path),
            wait,
            thunder,
            caption: caption.map(str::to_string),
        });
    }
}

fn quiet(mut mix: ResMut<Mix>) {
    mix.music = None;
    mix.ambience = None;
}

fn sound_cues(
    mut cues: MessageReader<Cue>,
    server: Res<AssetServer>,
    story: LoadedStory,
    mut mix: ResMut<Mix>,
    mut heard: MessageWriter<Heard>,
) {
    let cues: Vec<&Cue> = cues.read().collect();
    let Some(story) = story.get().map(|s| &s.story) else {
        return;
    };
    for Cue(command) in cues {
        match command {
            Command::Music(path) => mix.set_music(path.clone(), story, &mut heard),
            Command::Ambience(path) => mix.set_ambience(path.clone(), story, &mut heard),
            Command::Sfx(path) => {
                mix.cue_effect(&server, path, 0.0, None, story.sound_caption(path))
            }
            Command::Place { place, .. } => mix.set_place(story, Some(place)),
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
    story: LoadedStory,
    mut mix: ResMut<Mix>,
    wanted: Res<Wanted>,
    mut waiting: Local<Option<Picture>>,
    mut heard: MessageWriter<Heard>,
) {
    if let Some(ShowPicture(picture)) = pictures.read().last() {
        *waiting = Some(picture.clone());
    }
    let Some(story) = story.get().map(|s| &s.story) else {
        return;
    };
    if !wanted.ready(&server) {
        return;
    }
    if let Some(picture) = waiting.take() {
        mix.set_place(story, picture.place.as_ref().map(|shown| &shown.id));
        mix.set_music(picture.music.clone(), story, &mut heard);
        mix.set_ambience(picture.ambience.clone(), story, &mut heard);
    }
}

/// Each lightning flash: its thunder, after the time the sound takes to arrive.
fn strikes(
    mut strikes: MessageReader<Strike>,
    reading: Res<Reading>,
    server: Res<AssetServer>,
    story: LoadedStory,
    mut mix: ResMut<Mix>,
) {
    for strike in strikes.read() {
        mix.strikes += 1;
        // A skip leaves thunder out, as the bridge leaves out the effects it passes.
        if reading.fast() {
            mix.thunder_left_out += 1;
            continue;
        }
        let Some(story) = story.get().map(|s| &s.story) else {
            continue;
        };
        let near = strike.distance < NEAR;
        let name = match (&story.thunder_near, &story.thunder) {
            (Some(near_one), _) if near => Some(near_one),
            (_, thunder) => thunder.as_ref(),
        };
        let Some((name, path)) = name.and_then(|n| Some((n, story.sounds.get(n)?))) else {
            continue;
        };
        let caption = story.captions.sounds.get(name).map(String::as_str);
        let shade = thunder_at(strike.distance, mix.indoors);
        let wait = thunder_delay(strike.distance);
        mix.cue_effect(&server, path, wait, Some(shade), caption);
        mix.thunder_cued += 1;
    }
}

/// The ambience follows the rain the picture shows, as it eases in and out.
fn follow_weather(
    shown: Res<ShownRain>,
    weather: Res<Weather>,
    story: LoadedStory,
    mut mix: ResMut<Mix>,
) {
    let rain = shown.0;
    let raining = weather.rain > 0.0 && rain > 0.0;
    let (open, walls, outside) = if mix.indoors {
        let outside = story
            .get()
            .and_then(|s| s.story.ambience.get(s.story.rain.as_ref()?))
            .filter(|_| raining)
            .cloned();
        (Shade::OPEN, through_walls(rain), outside)
    } else {
        // Rain that has stopped leaves the place's ambience as it is at once, while the
        // picture's last drops fall (and the story changes the ambience anyway).
        let open = if weather.rain > 0.0 {
            open_air(rain)
        } else {
            Shade::OPEN
        };
        (open, through_walls(0.0), None)
    };
    if mix.weather != open {
        mix.weather = open;
    }
    if mix.walls != walls {
        mix.walls = walls;
    }
    if mix.outside != outside {
        mix.outside = outside;
    }
}

/// Effects whose moment has come and whose file is in become due (and are captioned);
/// those whose file failed, or came too late, are dropped.
fn effects_due(
    time: Res<Time>,
    server: Res<AssetServer>,
    mut mix: ResMut<Mix>,
    mut heard: MessageWriter<Heard>,
) {
    let dt = time.delta_secs();
    let mut due = Vec::new();
    mix.waiting.retain_mut(|effect| {
        effect.wait -= dt;
        if effect.wait > 0.0 {
            return true;
        }
        let state = server.load_state(&effect.sound);
        if state.is_loaded() {
            due.push(effect.clone());
            false
        } else {
            !state.is_failed() && -effect.wait < LATE_SECONDS
        }
    });
    heard.write_batch(due.iter().filter_map(|e| e.caption.clone().map(Heard)));
    mix.due.extend(due);
}

fn volumes(settings: Res<ReaderSettings>, mut mix: ResMut<Mix>) {
    let volumes = Volumes::of(&settings);
    if mix.volumes != volumes {
        mix.volumes = volumes;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_volume_at_full_is_full_scale_and_half_is_six_db_down() {
        let s = ReaderSettings {
            master_volume: 1.0,
            music_volume: 1.0,
            ambience_volume: 0.5,
            effects_volume: 0.0,
            ..default()
        };
        let v = Volumes::of(&s);
        assert!(v.music_db.abs() < 1e-4);
        assert!((v.ambience_db + 6.02).abs() < 0.01, "{v:?}");
        assert_eq!(v.effects_db, kira::Decibels::SILENCE.0);
        let muted = Volumes::of(&ReaderSettings { mute: true, ..s });
        assert_eq!(muted.music_db, kira::Decibels::SILENCE.0);
    }

    #[test]
    fn rain_easing_outdoors_is_quieter_and_duller_and_no_rain_leaves_it_as_it_is() {
        let downpour = open_air(1.0);
        let easing = open_air(0.7);
        let drizzle = open_air(0.3);
        assert!(downpour.level_db > easing.level_db && easing.level_db > drizzle.level_db);
        assert!(downpour.cutoff_hz > easing.cutoff_hz && easing.cutoff_hz > drizzle.cutoff_hz);
        assert!(downpour.level_db > -0.1 && downpour.cutoff_hz > 15_000.0);
        assert!(downpour.level_db - drizzle.level_db > 6.0, "{drizzle:?}");
        assert_eq!(open_air(0.0), Shade::OPEN);
    }

    #[test]
    fn rain_through_walls_is_muffled_and_near_thunder_is_louder_sharper_and_sooner() {
        assert!(through_walls(1.0).cutoff_hz < 1_000.0);
        assert!(through_walls(1.0).level_db < -6.0);
        let (near, far) = (thunder_at(0.0, false), thunder_at(1.0, false));
        assert!(near.level_db > far.level_db && near.cutoff_hz > far.cutoff_hz);
        assert!(thunder_at(0.0, true).cutoff_hz <= 800.0);
        assert!((thunder_delay(0.0) - 0.3).abs() < 1e-6);
        assert!((thunder_delay(1.0) - 3.0).abs() < 1e-6);
    }
}
