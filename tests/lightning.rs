//! Lightning, headless on the test story's storm, in simulated time with the seeded
//! dice: a flash lights the picture, while the dialogue box and its name plate over it
//! look as they did, so the words keep their contrast. A shake (a blow) jolts the picture
//! and sets it back, and a flash lights it in its own colour, unless the reader reduces
//! motion.

mod common;

use std::time::Duration;

use bevy::prelude::*;
use common::fixture_assets;
use common::run_until;
use common::screens::game_at;

/// The colour a reader sees where `layers` (bottom to top) lie over a picture of colour
/// `picture`: blended as the GPU blends the interface, in linear light.
fn seen(picture: Color, layers: &[Color]) -> Srgba {
    let mut under = picture.to_linear();
    for layer in layers {
        let over = layer.to_linear();
        let mix = |o: f32, u: f32| o * over.alpha + u * (1.0 - over.alpha);
        under = LinearRgba::rgb(
            mix(over.red, under.red),
            mix(over.green, under.green),
            mix(over.blue, under.blue),
        );
    }
    Color::from(under).to_srgba()
}

/// The UI node named `name`: its layer (0 for one inside its parent's) and its colour.
fn node(app: &mut App, name: &str) -> (i32, Color) {
    let world = app.world_mut();
    let mut nodes = world.query::<(&Name, Option<&GlobalZIndex>, &BackgroundColor)>();
    nodes
        .iter(world)
        .find(|(n, ..)| n.as_str() == name)
        .map(|(_, z, colour)| (z.map_or(0, |z| z.0), colour.0))
        .unwrap_or_else(|| panic!("no {name}"))
}

fn flash(app: &mut App) -> Color {
    node(app, "Lightning").1
}

#[test]
fn lightning_lights_the_picture_but_not_the_dialogue_box() {
    let mut app = game_at(&fixture_assets(), "Who's there?", |_| {});
    run_until(&mut app, "no flash", Duration::from_secs(5), |app| {
        flash(app).alpha() == 0.0
    });
    let (flash_layer, dark) = node(&mut app, "Lightning");
    let (box_layer, box_at_rest) = node(&mut app, "Dialogue box");
    let (_, plate_at_rest) = node(&mut app, "Name plate");
    // The storm's first strike comes within seconds.
    run_until(&mut app, "a flash", Duration::from_secs(20), |app| {
        flash(app).alpha() > 0.4
    });
    let lit = flash(&mut app);
    let (_, box_in_flash) = node(&mut app, "Dialogue box");
    let (_, plate_in_flash) = node(&mut app, "Name plate");

    // The clearing in the rain where the box lies over it: its mean colour there.
    let clearing = Color::srgb_u8(8, 13, 13);
    assert!(flash_layer < box_layer, "the flash is under the box");
    let (before, during) = (seen(clearing, &[dark]), seen(clearing, &[lit]));
    assert!(
        during.red - before.red > 0.3,
        "the flash lights the picture: {before:?} to {during:?}"
    );
    for (what, rest, flashing) in [
        ("dialogue box", box_at_rest, box_in_flash),
        ("name plate", plate_at_rest, plate_in_flash),
    ] {
        let before = seen(clearing, &[dark, rest]);
        let during = seen(clearing, &[lit, flashing]);
        let change = [
            during.red - before.red,
            during.green - before.green,
            during.blue - before.blue,
        ]
        .map(f32::abs)
        .into_iter()
        .fold(0.0, f32::max);
        assert!(
            change < 2.0 / 255.0,
            "the {what} greys in the flash: {before:?} to {during:?}"
        );
    }
}

/// Where the camera stands across the stage after each frame of `seconds`.
fn camera_xs(app: &mut App, seconds: f32) -> Vec<f32> {
    let frames = (seconds / common::FRAME.as_secs_f32()).ceil() as usize;
    (0..frames)
        .map(|_| {
            app.update();
            let world = app.world_mut();
            let mut cameras = world.query_filtered::<&Transform, With<Camera2d>>();
            cameras.single(world).expect("one camera").translation.x
        })
        .collect()
}

/// A `Shake` jolts the picture from side to side for a moment and sets it back where it
/// was; with reduce motion the picture stays still.
#[test]
fn a_shake_jolts_the_picture_and_settles_unless_motion_is_reduced() {
    let assets = common::copy_of_fixture("shake");
    common::replace(
        &assets.join("story/one/storm.ron"),
        r#"Sfx("splash"),"#,
        r#"Sfx("splash"), Shake,"#,
    );
    for reduce in [false, true] {
        let mut app = game_at(&assets, "Something fell into the mud.", |settings| {
            settings.reduce_motion = reduce;
        });
        let xs = camera_xs(&mut app, 1.0);
        let reach = xs.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        let sides = xs.iter().any(|&x| x > 5.0) && xs.iter().any(|&x| x < -5.0);
        if reduce {
            assert_eq!(reach, 0.0, "still with reduce motion: {xs:?}");
        } else {
            assert!(sides, "jolts to both sides: {xs:?}");
        }
        assert_eq!(xs.last(), Some(&0.0), "back where it was: {xs:?}");
    }
}

/// A `Flash` lights the picture in its own colour (a red blade swung in the dark) and
/// fades; with reduce motion it only dims.
#[test]
fn a_flash_lights_the_picture_in_its_colour_and_fades() {
    let assets = common::copy_of_fixture("flash");
    common::replace(
        &assets.join("story/one/storm.ron"),
        r#"Sfx("splash"),"#,
        r##"Sfx("splash"), Weather(rain: 1.0, thunder: false), Flash("#ff3020"),"##,
    );
    for reduce in [false, true] {
        let mut app = game_at(&assets, "Something fell into the mud.", |settings| {
            settings.reduce_motion = reduce;
        });
        let frames = (2.0 / common::FRAME.as_secs_f32()).ceil() as usize;
        let seen: Vec<Color> = (0..frames)
            .map(|_| {
                app.update();
                node(&mut app, "Lightning").1
            })
            .collect();
        let lit = seen
            .iter()
            .map(|c| {
                let c = c.to_srgba();
                (c.red - c.green) * c.alpha
            })
            .fold(0.0f32, f32::max);
        if reduce {
            assert!(lit < 0.01, "only dims with reduce motion: {seen:?}");
        } else {
            assert!(lit > 0.2, "a red flash: {seen:?}");
        }
        assert_eq!(
            seen.last().map(|c| c.alpha()),
            Some(0.0),
            "and fades: {seen:?}"
        );
    }
}
