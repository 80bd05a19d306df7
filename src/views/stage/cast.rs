//! The cast on stage: busts at left, centre or right that fade in and out, cross-fade
//! when an expression changes, slide when they move, dim while someone else speaks and
//! take the colour of the place's light. Holograms are blue, see-through and flicker.

use bevy::prelude::*;

use crate::assets::{self, LoadedStory};
use crate::director::{Command, Showing, Spot};
use crate::session::{Cue, PlaySystems, Screen, SessionApp, ShowPicture};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::tween::{Presence, Tween};

/// Busts are painted at 900×1400; this is their size on the 1080-high stage.
const BUST_SIZE: Vec2 = Vec2::new(900.0 * 0.74, 1400.0 * 0.74);
const FADE_SECONDS: f32 = 0.4;
const SLIDE_SPEED: f32 = 1400.0;
/// How bright someone is while another person speaks.
const LISTENING: f32 = 0.72;
const HOLOGRAM_TINT: Vec3 = Vec3::new(0.45, 0.78, 1.0);

pub(super) fn plugin(app: &mut App) {
    app.init_session_resource::<StageLight>().add_systems(
        Update,
        (show_pictures, cast_cues, slide_and_light)
            .chain()
            .after(PlaySystems),
    );
}

/// The colour of the current place's light, laid over the cast.
#[derive(Resource, Debug)]
struct StageLight(Vec3);

impl Default for StageLight {
    fn default() -> Self {
        Self(Vec3::ONE)
    }
}

#[derive(Component, Debug)]
struct Actor {
    who: String,
    x: f32,
    brightness: f32,
    speaking: bool,
    /// Fading out (the [`Presence`] going to 0) before they go.
    leaving: bool,
    hologram: bool,
}

/// A fading copy of an old expression laid over the new one.
#[derive(Component)]
struct Afterimage;

/// One of the faint lines laid over a hologram; the `band` line sweeps down.
#[derive(Component)]
struct ScanLine {
    band: bool,
}

const SCAN_LINES: usize = 90;

fn spot_x(at: Spot) -> f32 {
    match at {
        Spot::Left => -520.0,
        Spot::Centre => 0.0,
        Spot::Right => 520.0,
        Spot::NearLeft => -170.0,
        Spot::NearRight => 170.0,
    }
}

fn light_of([r, g, b]: [u8; 3]) -> Vec3 {
    Vec3::new(r as f32, g as f32, b as f32) / 255.0
}

impl Actor {
    /// Someone arriving on stage at `at`, about to fade in.
    fn arriving(who: &str, at: Spot, hologram: bool) -> Self {
        Actor {
            who: who.to_string(),
            x: spot_x(at),
            brightness: 1.0,
            speaking: true,
            leaving: false,
            hologram,
        }
    }
}

/// Puts `actor` on stage as the picture `image`, facing the middle: fading in, or
/// there at once.
fn spawn_actor(
    commands: &mut Commands,
    actor: Actor,
    image: Handle<Image>,
    at: Spot,
    z: f32,
    fade_in: bool,
) {
    let bottom = -super::STAGE_SIZE.y / 2.0 + BUST_SIZE.y / 2.0;
    let hologram = actor.hologram;
    let name = Name::new(actor.who.clone());
    let mut actor = commands.spawn((
        name,
        actor,
        Presence(if fade_in { 0.0 } else { 1.0 }),
        DespawnOnExit(Screen::Game),
        Sprite {
            image,
            custom_size: Some(BUST_SIZE),
            // The art faces right; on the right it turns to the middle.
            flip_x: at.faces_left(),
            color: Color::NONE,
            ..default()
        },
        Transform::from_xyz(spot_x(at), bottom, z),
    ));
    if fade_in {
        actor.insert(Tween::to(1.0, FADE_SECONDS));
    }
    if hologram {
        actor.with_children(|parent| {
            for i in 0..=SCAN_LINES {
                let y = BUST_SIZE.y * (i as f32 / SCAN_LINES as f32 - 0.5);
                parent.spawn((
                    ScanLine {
                        band: i == SCAN_LINES,
                    },
                    Sprite::from_color(Color::NONE, Vec2::new(BUST_SIZE.x * 0.8, 3.0)),
                    Transform::from_xyz(0.0, y, 0.01),
                ));
            }
        });
    }
}

/// A restored moment's cast, on stage at once in the place's light.
fn show_pictures(
    mut commands: Commands,
    mut pictures: MessageReader<ShowPicture>,
    story: LoadedStory,
    server: Res<AssetServer>,
    mut light: ResMut<StageLight>,
    actors: Query<Entity, Or<(With<Actor>, With<Afterimage>)>>,
) {
    let Some(story) = story.get() else {
        return;
    };
    for ShowPicture(picture) in pictures.read() {
        for entity in &actors {
            commands.entity(entity).despawn();
        }
        light.0 = light_of(picture.place.as_ref().map_or([255; 3], |p| p.light));
        let speaker = match &picture.showing {
            Showing::Line(line) => line.speaker.as_ref().map(|s| s.id.as_str()),
            _ => None,
        };
        for (i, on) in picture.cast.iter().enumerate() {
            let hologram = story.story.cast.get(&on.who).is_some_and(|c| c.hologram);
            // There at once; whoever isn't speaking is dimmed, as they would be.
            let speaking = speaker.is_none_or(|id| id == on.who);
            let actor = Actor {
                speaking,
                brightness: if speaking { 1.0 } else { LISTENING },
                ..Actor::arriving(&on.who, on.at, hologram)
            };
            let z = 1.0 + i as f32 * 0.1;
            spawn_actor(
                &mut commands,
                actor,
                assets::picture(&server, &on.image),
                on.at,
                z,
                false,
            );
        }
    }
}

fn cast_cues(
    mut commands: Commands,
    mut cues: MessageReader<Cue>,
    story: LoadedStory,
    server: Res<AssetServer>,
    mut light: ResMut<StageLight>,
    mut actors: Query<(Entity, &mut Actor, &mut Sprite, &Transform)>,
) {
    let Some(story) = story.get() else {
        return;
    };
    for Cue(command) in cues.read() {
        match command {
            Command::SceneStart { .. } => {
                for (entity, ..) in &actors {
                    commands.entity(entity).despawn();
                }
            }
            Command::Place { place, .. } => {
                light.0 = light_of(story.story.places.get(place).map_or([255; 3], |p| p.light));
            }
            Command::Show {
                who,
                image,
                at,
                entering,
            } => {
                let image = assets::picture(&server, image);
                let existing = actors
                    .iter_mut()
                    .find(|(_, a, ..)| &a.who == who && !a.leaving);
                match (entering, existing) {
                    (false, Some((_, mut actor, mut sprite, transform))) => {
                        if sprite.image != image {
                            commands.spawn((
                                Afterimage,
                                DespawnOnExit(Screen::Game),
                                sprite.clone(),
                                Transform::from_translation(transform.translation + Vec3::Z * 0.01),
                                Tween::to(0.0, FADE_SECONDS).then_despawn(),
                            ));
                            sprite.image = image;
                        }
                        sprite.flip_x = at.faces_left();
                        actor.x = spot_x(*at);
                    }
                    _ => {
                        let hologram = story.story.cast.get(who).is_some_and(|c| c.hologram);
                        let z = 1.0 + actors.iter().len() as f32 * 0.1;
                        let actor = Actor::arriving(who, *at, hologram);
                        spawn_actor(&mut commands, actor, image, *at, z, true);
                    }
                }
            }
            Command::Move { who, at } => {
                for (_, mut actor, mut sprite, _) in &mut actors {
                    if &actor.who == who {
                        actor.x = spot_x(*at);
                        sprite.flip_x = at.faces_left();
                    }
                }
            }
            Command::Hide { who } => {
                for (entity, mut actor, ..) in &mut actors {
                    if &actor.who == who {
                        actor.leaving = true;
                        commands
                            .entity(entity)
                            .insert(Tween::to(0.0, FADE_SECONDS).then_despawn());
                    }
                }
            }
            Command::Line(line) => {
                for (_, mut actor, ..) in &mut actors {
                    actor.speaking = line.speaker.as_ref().is_none_or(|s| s.id == actor.who);
                }
            }
            _ => {}
        }
    }
}

fn slide_and_light(
    time: Res<Time>,
    light: Res<StageLight>,
    settings: Res<ReaderSettings>,
    mut actors: Query<(&mut Actor, Ref<Presence>, &mut Sprite, &mut Transform), Without<ScanLine>>,
    mut lines: Query<(&ScanLine, &ChildOf, &mut Sprite, &mut Transform), Without<Actor>>,
    mut moving: ResMut<Moving>,
) {
    let dt = time.delta_secs();
    let t = time.elapsed_secs();
    for (mut actor, presence, mut sprite, mut transform) in &mut actors {
        let dx = actor.x - transform.translation.x;
        let target = if actor.speaking { 1.0 } else { LISTENING };
        let settled = dx == 0.0 && actor.brightness == target && !actor.hologram;
        if settled && !light.is_changed() && !presence.is_changed() {
            continue;
        }
        if !settled {
            moving.now();
        }
        transform.translation.x += dx.clamp(-SLIDE_SPEED * dt, SLIDE_SPEED * dt);
        actor.brightness += (target - actor.brightness) * (dt * 8.0).min(1.0);
        if (target - actor.brightness).abs() < 0.005 {
            actor.brightness = target;
        }
        let (rgb, alpha) = if actor.hologram {
            // A see-through blue image whose signal wavers and now and then breaks up.
            let still = settings.reduce_motion;
            let waver = if still {
                0.0
            } else {
                0.08 * (t * 13.0).sin() + 0.05 * (t * 31.0).sin()
            };
            let glitch = (t * 2.3).sin() > 0.985 && !still;
            transform.translation.x = actor.x + if glitch { 6.0 } else { 0.0 };
            (
                HOLOGRAM_TINT,
                0.62 + waver - if glitch { 0.25 } else { 0.0 },
            )
        } else {
            (light.0, 1.0)
        };
        let rgb = rgb * actor.brightness;
        sprite.color = Color::srgba(rgb.x, rgb.y, rgb.z, alpha * presence.0);
    }
    // Scan lines: faint rows over the projection, and one brighter band sweeping down.
    for (line, parent, mut sprite, mut transform) in &mut lines {
        let presence = actors.get(parent.parent()).map_or(0.0, |(_, p, ..)| p.0);
        let alpha = if line.band {
            let sweep = (t * 0.35).fract();
            transform.translation.y = BUST_SIZE.y * (0.5 - sweep);
            0.22
        } else {
            0.07
        };
        sprite.color = Color::srgba(0.55, 0.85, 1.0, alpha * presence);
    }
}
