//! The cast on stage: busts at left, centre or right that fade in and out, cross-fade
//! when an expression changes, slide when they move, and dim while someone else speaks.

use bevy::prelude::*;

use super::Fade;
use crate::assets::{GameAssets, StoryAsset};
use crate::director::{Command, Spot};
use crate::play::{Cue, PlaySystems};
use crate::screens::Screen;

/// Busts are painted at 900×1400; this is their size on the 1080-high stage.
const BUST_SIZE: Vec2 = Vec2::new(900.0 * 0.74, 1400.0 * 0.74);
const FADE_SECONDS: f32 = 0.4;
const SLIDE_SPEED: f32 = 1400.0;
/// How bright someone is while another person speaks.
const LISTENING: f32 = 0.72;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            cast_cues.run_if(resource_exists::<GameAssets>),
            slide_and_light,
        )
            .chain()
            .after(PlaySystems),
    );
}

#[derive(Component, Debug)]
struct Actor {
    who: String,
    x: f32,
    brightness: f32,
    speaking: bool,
}

/// A fading copy of an old expression laid over the new one.
#[derive(Component)]
struct Afterimage;

fn spot_x(at: Spot) -> f32 {
    match at {
        Spot::Left => -520.0,
        Spot::Centre => 0.0,
        Spot::Right => 520.0,
    }
}

fn bust(image: Handle<Image>, at: Spot, alpha: f32) -> Sprite {
    Sprite {
        image,
        custom_size: Some(BUST_SIZE),
        // The art faces right; on the right it turns to face the middle.
        flip_x: at == Spot::Right,
        color: Color::WHITE.with_alpha(alpha),
        ..default()
    }
}

fn fade(target: f32, then_despawn: bool) -> Fade {
    Fade {
        target,
        per_second: 1.0 / FADE_SECONDS,
        then_despawn,
    }
}

fn cast_cues(
    mut commands: Commands,
    mut cues: MessageReader<Cue>,
    assets: Res<GameAssets>,
    stories: Res<Assets<StoryAsset>>,
    mut actors: Query<(Entity, &mut Actor, &mut Sprite, &Transform)>,
) {
    let Some(story) = stories.get(&assets.story) else {
        return;
    };
    let bottom = -super::STAGE_SIZE.y / 2.0 + BUST_SIZE.y / 2.0;
    for Cue(command) in cues.read() {
        match command {
            Command::SceneStart { .. } => {
                for (entity, ..) in &actors {
                    commands.entity(entity).despawn();
                }
            }
            Command::Show {
                who,
                image,
                at,
                entering,
            } => {
                let image = story.image(image);
                let existing = actors.iter_mut().find(|(_, a, ..)| &a.who == who);
                match (entering, existing) {
                    (false, Some((_, mut actor, mut sprite, transform))) => {
                        if sprite.image != image {
                            commands.spawn((
                                Afterimage,
                                DespawnOnExit(Screen::Game),
                                sprite.clone(),
                                Transform::from_translation(transform.translation + Vec3::Z * 0.01),
                                fade(0.0, true),
                            ));
                            sprite.image = image;
                        }
                        sprite.flip_x = *at == Spot::Right;
                        actor.x = spot_x(*at);
                    }
                    _ => {
                        let z = 1.0 + actors.iter().len() as f32 * 0.1;
                        commands.spawn((
                            Actor {
                                who: who.clone(),
                                x: spot_x(*at),
                                brightness: 1.0,
                                speaking: true,
                            },
                            DespawnOnExit(Screen::Game),
                            bust(image, *at, 0.0),
                            Transform::from_xyz(spot_x(*at), bottom, z),
                            fade(1.0, false),
                        ));
                    }
                }
            }
            Command::Move { who, at } => {
                for (_, mut actor, mut sprite, _) in &mut actors {
                    if &actor.who == who {
                        actor.x = spot_x(*at);
                        sprite.flip_x = *at == Spot::Right;
                    }
                }
            }
            Command::Hide { who } => {
                for (entity, actor, ..) in &actors {
                    if &actor.who == who {
                        commands
                            .entity(entity)
                            .remove::<Actor>()
                            .insert(fade(0.0, true));
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

fn slide_and_light(time: Res<Time>, mut actors: Query<(&mut Actor, &mut Sprite, &mut Transform)>) {
    let dt = time.delta_secs();
    for (mut actor, mut sprite, mut transform) in &mut actors {
        let dx = actor.x - transform.translation.x;
        transform.translation.x += dx.clamp(-SLIDE_SPEED * dt, SLIDE_SPEED * dt);
        let target = if actor.speaking { 1.0 } else { LISTENING };
        actor.brightness += (target - actor.brightness) * (dt * 8.0).min(1.0);
        let b = actor.brightness;
        let alpha = sprite.color.alpha();
        sprite.color = Color::srgba(b, b, b, alpha);
    }
}
