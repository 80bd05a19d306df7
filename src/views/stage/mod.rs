//! The stage: a 1920×1080 world (letterboxed to any landscape window, its middle at the
//! top of a portrait one) holding the background, the cast, an event picture over them, the
//! rain, and the curtain that fades the screen through black.

mod cast;
pub mod rain;

pub(crate) use cast::Blink;

use bevy::camera::ScalingMode;
use bevy::prelude::*;

use crate::assets;
use crate::director::{Command, Transition};
use crate::session::{Busy, Cue, Curtain, PlaySystems, Screen, ShowPicture};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::theme::{UPRIGHT_STAGE_WIDTH, WindowShape};
use crate::tween::Tween;

/// The stage's size in world units: backgrounds are drawn at this size.
pub const STAGE_SIZE: Vec2 = Vec2::new(1920.0, 1080.0);

/// Seconds for the curtain to close or open.
const CURTAIN_SECONDS: f32 = 0.6;
const DISSOLVE_SECONDS: f32 = 0.9;
/// Event pictures lie over the cast (z 1 to 2) and under the rain (z 5).
const EVENT_Z: f32 = 3.0;
/// A shake (a blow, a blast): how long it lasts, how far the picture jolts at first (in
/// stage units), and how many times a second it goes from side to side.
const SHAKE_SECONDS: f32 = 0.45;
const SHAKE_REACH: f32 = 22.0;
const SHAKE_RATE: f32 = 11.0;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(ClearColor(Color::BLACK))
        .add_systems(Startup, (spawn_camera, spawn_mask))
        .add_systems(Update, hang_stage)
        .add_systems(OnEnter(Screen::Game), spawn_curtain)
        .add_systems(
            Update,
            (
                show_pictures,
                backdrop_cues,
                event_cues,
                shake,
                draw_curtain,
            )
                .chain()
                .after(PlaySystems),
        )
        .add_plugins((cast::plugin, rain::plugin));
}

/// No multisampling: Bevy draws 4x MSAA by default, which costs every frame four samples
/// a pixel and a resolve (on a software renderer most of a still frame's cost, which a
/// blink pays twice), for a 2D stage of axis-aligned pictures whose soft edges are in
/// the pictures themselves; only the thin raindrops lean, and they stay soft at 2 px.
fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Camera2d,
        bevy::render::view::Msaa::Off,
        Projection::Orthographic(OrthographicProjection {
            scaling_mode: stage_scaling(WindowShape::default()),
            ..OrthographicProjection::default_2d()
        }),
    ));
}

/// In portrait the stage's middle hangs from the window's top edge at full width,
/// leaving the space below it to the words; in landscape the whole stage sits in the
/// middle, letterboxed.
fn hang_stage(
    shape: Res<WindowShape>,
    mut projections: Query<&mut Projection, With<Camera2d>>,
    mut mask: Single<&mut Visibility, With<BelowTheStage>>,
) {
    if !shape.is_changed() {
        return;
    }
    **mask = if shape.portrait() {
        Visibility::Inherited
    } else {
        Visibility::Hidden
    };
    let origin = Vec2::new(0.5, stage_origin_y(*shape));
    let scaling = stage_scaling(*shape);
    for mut projection in &mut projections {
        if let Projection::Orthographic(ortho) = &mut *projection {
            if ortho.viewport_origin != origin {
                ortho.viewport_origin = origin;
            }
            // (The shape changed: a new frame is due anyway.)
            ortho.scaling_mode = scaling;
        }
    }
}

/// The whole stage in landscape; in portrait its middle at the window's width.
fn stage_scaling(shape: WindowShape) -> ScalingMode {
    if shape.portrait() {
        ScalingMode::FixedHorizontal {
            viewport_width: UPRIGHT_STAGE_WIDTH,
        }
    } else {
        ScalingMode::AutoMin {
            min_width: STAGE_SIZE.x,
            min_height: STAGE_SIZE.y,
        }
    }
}

/// Black under the stage, over the rain: upright, the window shows the world below the
/// picture, where raindrops finish falling.
#[derive(Component)]
struct BelowTheStage;

fn spawn_mask(mut commands: Commands) {
    let size = Vec2::new(STAGE_SIZE.x * 2.0, STAGE_SIZE.x * 4.0);
    commands.spawn((
        BelowTheStage,
        Name::new("Below the stage"),
        Sprite::from_color(Color::BLACK, size),
        Transform::from_xyz(0.0, -STAGE_SIZE.y / 2.0 - size.y / 2.0, 9.0),
        Visibility::Hidden,
    ));
}

/// Where the world's origin (the stage's middle) sits up the window, 0 at its bottom:
/// the middle in landscape; in portrait, half a stage below the top edge.
fn stage_origin_y(shape: WindowShape) -> f32 {
    if !shape.portrait() {
        return 0.5;
    }
    let seen_height = UPRIGHT_STAGE_WIDTH * shape.0.y / shape.0.x;
    1.0 - STAGE_SIZE.y / 2.0 / seen_height
}

/// A full-screen black veil over the stage, below cards and menus: the screen goes
/// through black between scenes.
#[derive(Component)]
struct CurtainVeil;

/// A restored moment: its place at once, with the curtain open.
fn show_pictures(
    mut commands: Commands,
    mut pictures: MessageReader<ShowPicture>,
    server: Res<AssetServer>,
    // (The title and credits have no curtain.)
    mut veils: Query<(Entity, &mut BackgroundColor), With<CurtainVeil>>,
    backdrops: Query<Entity, Or<(With<Backdrop>, With<EventShown>)>>,
) {
    for ShowPicture(picture) in pictures.read() {
        for (veil, mut colour) in &mut veils {
            commands.entity(veil).remove::<(Tween, Busy)>();
            colour.0 = Color::NONE;
        }
        for old in &backdrops {
            // (One fading out may have gone this frame.)
            commands.entity(old).try_despawn();
        }
        if let Some(place) = &picture.place {
            commands.spawn(backdrop(
                assets::picture(&server, &place.background),
                1.0,
                0.0,
            ));
        }
        if let Some((_, file)) = &picture.event {
            commands.spawn(event(assets::picture(&server, file), 1.0));
        }
    }
}

/// The event picture on screen (a painting of one of the story's moments).
#[derive(Component)]
pub struct EventShown;

fn event(image: Handle<Image>, alpha: f32) -> impl Bundle {
    (
        EventShown,
        Name::new("Event picture"),
        full_stage(image, alpha, EVENT_Z),
    )
}

/// An event picture dissolves in over the stage, or away from it.
fn event_cues(
    mut commands: Commands,
    mut cues: MessageReader<Cue>,
    server: Res<AssetServer>,
    shown: Query<Entity, With<EventShown>>,
) {
    for Cue(command) in cues.read() {
        let Command::Picture { file, .. } = command else {
            continue;
        };
        // The one going sinks below, so the new picture covers it as it comes.
        for old in &shown {
            // `try_`: a picture still fading out from a moment ago may go this frame.
            commands.entity(old).try_remove::<EventShown>().try_insert((
                Transform::from_xyz(0.0, 0.0, EVENT_Z - 0.1),
                Tween::to(0.0, DISSOLVE_SECONDS).then_despawn(),
            ));
        }
        if let Some(file) = file {
            commands.spawn((
                event(assets::picture(&server, file), 0.0),
                Tween::to(1.0, DISSOLVE_SECONDS),
            ));
        }
    }
}

/// A `Shake` jolts the camera from side to side, dying away over [`SHAKE_SECONDS`]: the
/// place, the cast and the rain move, the words stay put. Reduce motion keeps it still.
fn shake(
    mut cues: MessageReader<Cue>,
    settings: Res<ReaderSettings>,
    time: Res<Time>,
    mut left: Local<f32>,
    mut cameras: Query<&mut Transform, With<Camera2d>>,
    mut moving: ResMut<Moving>,
) {
    for Cue(command) in cues.read() {
        if matches!(command, Command::Shake) && !settings.reduce_motion {
            *left = SHAKE_SECONDS;
        }
    }
    if *left <= 0.0 {
        return;
    }
    *left = (*left - time.delta_secs()).max(0.0);
    let gone = SHAKE_SECONDS - *left;
    let x =
        SHAKE_REACH * (*left / SHAKE_SECONDS) * (std::f32::consts::TAU * SHAKE_RATE * gone).sin();
    for mut camera in &mut cameras {
        camera.translation.x = x;
    }
    moving.now();
}

fn backdrop(image: Handle<Image>, alpha: f32, z: f32) -> impl Bundle {
    (Backdrop, Name::new("Place"), full_stage(image, alpha, z))
}

/// A picture covering the whole stage at depth `z` (a place, an event picture).
fn full_stage(image: Handle<Image>, alpha: f32, z: f32) -> impl Bundle {
    (
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
        Name::new("Curtain"),
        DespawnOnExit(Screen::Game),
        crate::theme::full_screen(),
        BackgroundColor(Color::NONE),
        crate::theme::layer::CURTAIN,
        Pickable::IGNORE,
    ));
}

/// The curtain closes or opens as the bridge asks; the bridge waits while it moves.
fn draw_curtain(
    mut commands: Commands,
    mut asked: MessageReader<Curtain>,
    veil: Single<Entity, With<CurtainVeil>>,
) {
    for curtain in asked.read() {
        let alpha = if *curtain == Curtain::Close { 1.0 } else { 0.0 };
        commands
            .entity(*veil)
            .insert((Tween::to(alpha, CURTAIN_SECONDS), Busy));
    }
}

/// The background picture of the current place.
#[derive(Component)]
struct Backdrop;

fn backdrop_cues(
    mut commands: Commands,
    mut cues: MessageReader<Cue>,
    server: Res<AssetServer>,
    backdrops: Query<Entity, With<Backdrop>>,
) {
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
                // Keep the old picture until the new one covers it. (`try_`: an older
                // one, fading out from a dissolve a moment ago, may go this frame.)
                commands
                    .entity(old)
                    .try_insert(Tween::to(0.0, 2.0 * DISSOLVE_SECONDS).then_despawn());
            } else {
                commands.entity(old).try_despawn();
            }
        }
        let (alpha, z) = if dissolve { (0.0, 0.1) } else { (1.0, 0.0) };
        let mut new = commands.spawn(backdrop(assets::picture(&server, background), alpha, z));
        if dissolve {
            new.insert(Tween::to(1.0, DISSOLVE_SECONDS));
        }
    }
}
