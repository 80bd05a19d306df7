//! The stage: a 1920×1080 world (letterboxed to any window) holding the background,
//! the cast and the rain, and the curtain that fades the screen through black.

mod cast;
mod rain;

use bevy::camera::ScalingMode;
use bevy::prelude::*;

use crate::assets::LoadedStory;
use crate::director::{Command, Transition};
use crate::play::{Cue, PlaySystems, ShowPicture};
use crate::screens::Screen;
use crate::stillness::Moving;

/// The stage's size in world units: backgrounds are drawn at this size.
pub const STAGE_SIZE: Vec2 = Vec2::new(1920.0, 1080.0);

/// Seconds for the curtain to close or open.
const CURTAIN_SECONDS: f32 = 0.6;
const DISSOLVE_SECONDS: f32 = 0.9;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(ClearColor(Color::BLACK))
        .init_resource::<Curtain>()
        .add_systems(Startup, (spawn_camera, spawn_curtain))
        .add_systems(OnExit(Screen::Game), |mut curtain: ResMut<Curtain>| {
            *curtain = Curtain::default();
        })
        .add_systems(
            Update,
            (show_pictures, backdrop_cues, fade_sprites, draw_curtain)
                .chain()
                .after(PlaySystems),
        )
        .add_plugins((cast::plugin, rain::plugin));
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Camera2d,
        Projection::Orthographic(OrthographicProjection {
            scaling_mode: ScalingMode::AutoMin {
                min_width: STAGE_SIZE.x,
                min_height: STAGE_SIZE.y,
            },
            ..OrthographicProjection::default_2d()
        }),
    ));
}

/// A full-screen black veil over the stage, below cards and menus.
#[derive(Resource, Debug, Default)]
pub struct Curtain {
    alpha: f32,
    target: f32,
}

impl Curtain {
    pub fn close(&mut self) {
        self.target = 1.0;
    }
    pub fn open(&mut self) {
        self.target = 0.0;
    }
    pub fn is_closed(&self) -> bool {
        self.alpha >= 1.0 && self.target >= 1.0
    }
    pub fn moving(&self) -> bool {
        self.alpha != self.target
    }
}

#[derive(Component)]
struct CurtainVeil;

/// A restored moment: its place at once, with the curtain open.
fn show_pictures(
    mut commands: Commands,
    mut pictures: MessageReader<ShowPicture>,
    story: LoadedStory,
    mut curtain: ResMut<Curtain>,
    backdrops: Query<Entity, With<Backdrop>>,
) {
    let Some(story) = story.get() else {
        return;
    };
    for ShowPicture(picture) in pictures.read() {
        *curtain = Curtain::default();
        for old in &backdrops {
            commands.entity(old).despawn();
        }
        if let Some((_, background, _)) = &picture.place {
            commands.spawn(backdrop(story.image(background), 1.0, 0.0));
        }
    }
}

fn backdrop(image: Handle<Image>, alpha: f32, z: f32) -> impl Bundle {
    (
        Backdrop,
        DespawnOnExit(Screen::Game),
        Sprite {
            image,
            custom_size: Some(STAGE_SIZE),
            color: Color::WHITE.with_alpha(alpha),
            ..default()
        },
        Transform::from_xyz(0.0, 0.0, z),
    )
}

fn spawn_curtain(mut commands: Commands) {
    commands.spawn((
        CurtainVeil,
        crate::theme::full_screen(),
        BackgroundColor(Color::NONE),
        GlobalZIndex(10),
        Pickable::IGNORE,
    ));
}

fn draw_curtain(
    time: Res<Time>,
    mut curtain: ResMut<Curtain>,
    mut veil: Single<&mut BackgroundColor, With<CurtainVeil>>,
    mut moving: ResMut<Moving>,
) {
    if curtain.moving() {
        moving.now();
        let step = time.delta_secs() / CURTAIN_SECONDS;
        let target = curtain.target;
        curtain.alpha = if curtain.alpha < target {
            (curtain.alpha + step).min(target)
        } else {
            (curtain.alpha - step).max(target)
        };
    }
    veil.set_if_neq(BackgroundColor(Color::BLACK.with_alpha(curtain.alpha)));
}

/// The background picture of the current place.
#[derive(Component)]
struct Backdrop;

/// Fades a sprite's alpha towards `target`; despawns it at zero when `then_despawn`.
#[derive(Component, Debug)]
pub struct Fade {
    pub target: f32,
    pub per_second: f32,
    pub then_despawn: bool,
}

fn backdrop_cues(
    mut commands: Commands,
    mut cues: MessageReader<Cue>,
    story: LoadedStory,
    backdrops: Query<Entity, With<Backdrop>>,
) {
    let Some(story) = story.get() else {
        return;
    };
    for Cue(command) in cues.read() {
        let Command::Place {
            background,
            transition,
            ..
        } = command
        else {
            continue;
        };
        let dissolve = *transition == Transition::Dissolve && !backdrops.is_empty();
        for old in &backdrops {
            if dissolve {
                // Keep the old picture until the new one covers it.
                commands.entity(old).insert(Fade {
                    target: 0.0,
                    per_second: 0.5 / DISSOLVE_SECONDS,
                    then_despawn: true,
                });
            } else {
                commands.entity(old).despawn();
            }
        }
        let (alpha, z) = if dissolve { (0.0, 0.1) } else { (1.0, 0.0) };
        let mut new = commands.spawn(backdrop(story.image(background), alpha, z));
        if dissolve {
            new.insert(Fade {
                target: 1.0,
                per_second: 1.0 / DISSOLVE_SECONDS,
                then_despawn: false,
            });
        }
    }
}

fn fade_sprites(
    mut commands: Commands,
    time: Res<Time>,
    mut sprites: Query<(Entity, &mut Sprite, &Fade)>,
    mut moving: ResMut<Moving>,
) {
    if !sprites.is_empty() {
        moving.now();
    }
    for (entity, mut sprite, fade) in &mut sprites {
        let alpha = sprite.color.alpha();
        let step = fade.per_second * time.delta_secs();
        let alpha = if alpha < fade.target {
            (alpha + step).min(fade.target)
        } else {
            (alpha - step).max(fade.target)
        };
        sprite.color.set_alpha(alpha);
        if alpha == fade.target {
            if fade.then_despawn && alpha <= 0.0 {
                commands.entity(entity).despawn();
            } else {
                commands.entity(entity).remove::<Fade>();
            }
        }
    }
}
