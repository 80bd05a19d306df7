//! Rain: streaks falling over the stage, as many as the weather asks, and lightning
//! every few seconds while the scene wants thunder; each flash is a [`Strike`] at a
//! distance the dice decide, which the sound follows with its thunder.

use bevy::prelude::*;

use super::STAGE_SIZE;
use crate::dice::Dice;
use crate::director::Command;
use crate::session::{Cue, PlaySystems, SessionApp, ShowPicture};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::theme;

/// Drops on screen in a downpour (rain 1.0).
const MAX_DROPS: usize = 650;
/// Drops added or removed per second as the weather changes, so rain eases in and out.
const DROPS_PER_SECOND: f32 = 500.0;
/// The wind's lean, in radians from vertical.
const LEAN: f32 = 0.18;

pub(super) fn plugin(app: &mut App) {
    app.init_session_resource::<Weather>()
        .init_session_resource::<Thunder>()
        .init_session_resource::<ShownRain>()
        .add_message::<Strike>()
        .add_systems(Startup, spawn_flash)
        .add_systems(
            Update,
            (weather_cues, flash_cues, keep_drop_count, fall, thunder)
                .chain()
                .after(PlaySystems),
        );
}

/// What the sky is doing now.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq)]
pub struct Weather {
    pub rain: f32,
    pub thunder: bool,
}

/// The rain the picture shows now, from 0 to 1: it follows [`Weather`] as the drops
/// come and go, so what is heard can ease with what is seen.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq)]
pub struct ShownRain(pub f32);

/// A flash of lightning, `distance` away: 0 overhead, 1 far off.
#[derive(Message, Debug, Clone, Copy, PartialEq)]
pub struct Strike {
    pub distance: f32,
}

#[derive(Resource)]
struct Thunder {
    next: Timer,
    /// 1 at a strike (or a `Flash`), falling to 0.
    flash: f32,
    /// The flash's light: lightning's, or a `Flash` step's colour.
    light: Vec3,
}

/// Lightning's blue-white.
const LIGHTNING: Vec3 = Vec3::new(0.85, 0.9, 1.0);

impl Default for Thunder {
    fn default() -> Self {
        Thunder {
            next: Timer::from_seconds(4.0, TimerMode::Once),
            flash: 0.0,
            light: LIGHTNING,
        }
    }
}

#[derive(Component)]
struct Drop {
    speed: f32,
}

#[derive(Component)]
struct Flash;

/// A see-through panel of the interface over the picture (the dialogue box, its name
/// plate, the quick menu's bar, captions), in [`theme::PANEL`]'s colour. The flash lies
/// under it, but the flash glowing through would grey it and dim its words, so while the
/// picture flashes the panel shuts it out. (Over a storm's dark places the panel looks
/// the same either way.)
#[derive(Component)]
pub struct Sheltered;

/// How bright a flash is before a sheltered panel shuts out the picture wholly: it
/// closes as the flash rises, so nothing jumps.
const SHELTER_FROM: f32 = 0.05;

fn weather_cues(
    mut cues: MessageReader<Cue>,
    mut pictures: MessageReader<ShowPicture>,
    mut weather: ResMut<Weather>,
) {
    let cued = cues.read().filter_map(|Cue(command)| match command {
        Command::Weather { rain, thunder } => Some((*rain, *thunder)),
        _ => None,
    });
    let restored = pictures.read().map(|ShowPicture(p)| (p.rain, p.thunder));
    for (rain, thunder) in cued.chain(restored) {
        *weather = Weather { rain, thunder };
    }
}

fn keep_drop_count(
    mut commands: Commands,
    time: Res<Time>,
    weather: Res<Weather>,
    drops: Query<Entity, With<Drop>>,
    mut budget: Local<f32>,
    mut dice: ResMut<Dice>,
    mut shown: ResMut<ShownRain>,
) {
    let dice = &mut dice.0;
    let want = (weather.rain.clamp(0.0, 1.0) * MAX_DROPS as f32) as usize;
    let have = drops.iter().len();
    *budget += DROPS_PER_SECOND * time.delta_secs();
    let change = (*budget as usize).min(want.abs_diff(have));
    *budget -= change as f32;
    // No more than a drop is saved up while the rain holds, so a change of weather
    // always eases in at DROPS_PER_SECOND (the sound eases with it, `ShownRain`).
    *budget = budget.min(1.0);
    if want > have {
        for _ in 0..change {
            let length = dice.f32() * 40.0 + 28.0;
            let alpha = dice.f32() * 0.22 + 0.14;
            commands.spawn((
                Name::new("Raindrop"),
                Drop {
                    speed: 1500.0 + dice.f32() * 900.0,
                },
                Sprite {
                    color: Color::srgba(0.72, 0.82, 0.95, alpha),
                    custom_size: Some(Vec2::new(2.0, length)),
                    ..default()
                },
                Transform::from_xyz(
                    drop_x(dice.f32()),
                    STAGE_SIZE.y / 2.0 + dice.f32() * STAGE_SIZE.y,
                    5.0,
                )
                .with_rotation(Quat::from_rotation_z(LEAN)),
            ));
        }
    } else {
        for entity in drops.iter().take(change) {
            commands.entity(entity).despawn();
        }
    }
    let now = if want > have {
        have + change
    } else {
        have - change
    };
    shown.set_if_neq(ShownRain(now as f32 / MAX_DROPS as f32));
}

fn fall(
    time: Res<Time>,
    mut drops: Query<(&Drop, &mut Transform, &mut Visibility)>,
    mut moving: ResMut<Moving>,
    mut dice: ResMut<Dice>,
) {
    if !drops.is_empty() {
        moving.now();
    }
    let dir = Vec2::new(LEAN.sin(), -LEAN.cos());
    let dt = time.delta_secs();
    let picture = Rect::from_center_size(Vec2::ZERO, STAGE_SIZE);
    for (drop, mut transform, mut visibility) in &mut drops {
        transform.translation += (dir * drop.speed * dt).extend(0.0);
        // Rain stays in the picture: out at the bottom or the right, in again at the top.
        if transform.translation.y < -STAGE_SIZE.y / 2.0 - 40.0
            || transform.translation.x > STAGE_SIZE.x / 2.0
        {
            transform.translation.y = STAGE_SIZE.y / 2.0 + 40.0;
            transform.translation.x = drop_x(dice.0.f32());
        }
        // Drawn only over the picture, never in the bars around it.
        let inside = picture.contains(transform.translation.truncate());
        visibility.set_if_neq(if inside {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
}

/// Where a drop starts across the top: far enough left that the wind carries it over
/// the whole picture, and not into the letterbox bars; `across` runs from 0 to 1.
fn drop_x(across: f32) -> f32 {
    let drift = STAGE_SIZE.y * LEAN.tan();
    -STAGE_SIZE.x / 2.0 - drift + across * (STAGE_SIZE.x + drift)
}

fn spawn_flash(mut commands: Commands) {
    commands.spawn((
        Flash,
        Name::new("Lightning"),
        crate::theme::full_screen(),
        // Upright, the picture is the window's top, and only it flashes.
        crate::theme::InPortrait(Node {
            height: vw(100.0 * STAGE_SIZE.y / crate::theme::UPRIGHT_STAGE_WIDTH),
            ..crate::theme::full_screen()
        }),
        BackgroundColor(Color::NONE),
        // Over the picture, under the dialogue box: the words stay readable.
        crate::theme::layer::FLASH,
        Pickable::IGNORE,
    ));
}

/// The veil over the picture `flash` after a strike (1 at the strike, then falling to 0):
/// a bright double flicker of `light`, or with reduced motion a soft dimming and back.
fn lightning(flash: f32, reduce_motion: bool, light: Vec3) -> Color {
    if reduce_motion {
        return Color::srgba(0.0, 0.0, 0.02, 0.3 * (flash * std::f32::consts::PI).sin());
    }
    // Two short bumps with dark between: a bright flash and a fainter echo, then nothing.
    // (A long fading tail read as a grey veil over the picture, not as light.)
    let brightness = if flash > 0.8 {
        (flash - 0.8) / 0.2 * 0.85
    } else {
        (0.45 - (flash - 0.6).abs() * 5.6).max(0.0)
    };
    Color::srgba(light.x, light.y, light.z, brightness)
}

/// A `Flash` step lights the picture as lightning does, in its own colour.
fn flash_cues(mut cues: MessageReader<Cue>, mut state: ResMut<Thunder>) {
    for Cue(command) in cues.read() {
        if let Command::Flash([r, g, b]) = command {
            state.flash = 1.0;
            state.light = Vec3::new(*r as f32, *g as f32, *b as f32) / 255.0;
        }
    }
}

/// Lightning now and then: a double flicker of white, and a strike for the sound.
fn thunder(
    time: Res<Time>,
    weather: Res<Weather>,
    mut state: ResMut<Thunder>,
    mut flash: Single<&mut BackgroundColor, With<Flash>>,
    mut panels: Query<&mut BackgroundColor, (With<Sheltered>, Without<Flash>)>,
    settings: Res<ReaderSettings>,
    mut strikes: MessageWriter<Strike>,
    mut moving: ResMut<Moving>,
    mut dice: ResMut<Dice>,
) {
    if state.flash > 0.0 || weather.thunder {
        moving.now();
    }
    // Reduced motion: a slower, soft dimming instead of a flash.
    let fading = if settings.reduce_motion { 0.8 } else { 2.2 };
    state.flash = (state.flash - time.delta_secs() * fading).max(0.0);
    let veil = lightning(state.flash, settings.reduce_motion, state.light);
    flash.set_if_neq(BackgroundColor(veil));
    let shut = (veil.alpha() / SHELTER_FROM).min(1.0);
    let rest = theme::PANEL.alpha();
    for mut panel in &mut panels {
        panel.set_if_neq(BackgroundColor(
            theme::PANEL.with_alpha(rest + (1.0 - rest) * shut),
        ));
    }
    if !weather.thunder {
        return;
    }
    if state.next.tick(time.delta()).just_finished() {
        state.flash = 1.0;
        state.light = LIGHTNING;
        state.next = Timer::from_seconds(7.0 + dice.0.f32() * 9.0, TimerMode::Once);
        strikes.write(Strike {
            distance: dice.0.f32(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::lightning;
    use bevy::prelude::*;

    #[test]
    fn reduced_motion_turns_lightning_into_a_soft_dim() {
        let steps = (0..=100).map(|i| i as f32 / 100.0);
        let brightest = |reduce: bool| {
            steps
                .clone()
                .map(|f| {
                    let c = lightning(f, reduce, super::LIGHTNING);
                    c.to_srgba().red * c.alpha()
                })
                .fold(0.0, f32::max)
        };
        assert!(brightest(false) > 0.4, "lightning flashes white");
        assert!(brightest(true) < 0.01, "reduced motion never lightens");
        let darkest = steps
            .map(|f| lightning(f, true, super::LIGHTNING).alpha())
            .fold(0.0, f32::max);
        assert!(
            (0.2..=0.35).contains(&darkest),
            "it dims, softly: {darkest}"
        );
    }
}
