//! A tilting head, headless, in simulated time: an expression's `tilt` turns the head
//! layer and every face part together about the manifest's neck pivot, by the
//! manifest's angle; on the right half the angle is mirrored with the body and Kylo's
//! scar stays unmirrored on his own cheek, turning with the head; a change of tilt eases
//! over a moment, and at once with reduce motion; blinks and the talking mouth go on on
//! a tilted head.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use bevy::prelude::*;
use common::screens::{game_at, read_to, typing};
use common::{copy_of_fixture, replace, run_for};

/// Kylo's soft face leans this far toward the one he faces.
const TILT: f32 = 8.0;
/// The body's canvas, the fixture's face box for Kylo, and the head box and pivot added.
const CANVAS: Vec2 = Vec2::new(900.0, 1400.0);
const FACE: (f32, f32, f32, f32) = (280.0, 152.0, 340.0, 476.0);
const HEAD: (f32, f32, f32, f32) = (220.0, 42.0, 460.0, 622.0);
const PIVOT: Vec2 = Vec2::new(450.0, 560.0);

/// One layer over a bust as drawn: its name (`head`, `eyes_open`, `scar`), file, whether
/// it is mirrored, and where it sits on the body.
#[derive(Debug, Clone)]
struct Drawn {
    name: String,
    file: String,
    flipped: bool,
    at: Transform,
}

/// The layers over `who`'s bust now, and whether the body is mirrored.
fn layers(app: &mut App, who: &str) -> (bool, Vec<Drawn>) {
    let world = app.world_mut();
    let server = world.resource::<AssetServer>().clone();
    let mut busts = world.query::<(&Name, &Sprite, &Children)>();
    let mut parts = world.query::<(&Name, &Sprite, &Transform)>();
    let world = &*world;
    let (_, body, children) = busts
        .iter(world)
        .find(|(name, ..)| name.as_str() == who)
        .unwrap_or_else(|| panic!("{who} is on stage"));
    let drawn = children
        .iter()
        .filter_map(|child| parts.get(world, child).ok())
        .map(|(name, sprite, transform)| Drawn {
            name: name.to_string(),
            file: server
                .get_path(&sprite.image)
                .map(|p| p.path().to_string_lossy().into_owned())
                .unwrap_or_default(),
            flipped: sprite.flip_x,
            at: *transform,
        })
        .collect();
    (body.flip_x, drawn)
}

fn layer<'a>(drawn: &'a [Drawn], name: &str) -> &'a Drawn {
    drawn
        .iter()
        .find(|d| d.name.starts_with(name))
        .unwrap_or_else(|| panic!("no {name} in {drawn:?}"))
}

/// The angle a layer is turned by, in degrees (counter-clockwise on screen).
fn angle(at: &Transform) -> f32 {
    at.rotation.to_euler(EulerRot::XYZ).2.to_degrees()
}

/// Where a layer of `boxed` (x, y, width, height on the canvas) must be when the head
/// leans `tilt` degrees, facing left or right: the box's centre turned about the pivot.
fn expected(boxed: (f32, f32, f32, f32), faces_left: bool, tilt: f32) -> (Vec2, f32) {
    let side = if faces_left { -1.0 } else { 1.0 };
    let (x, y, w, h) = boxed;
    let centre = Vec2::new(
        (x + w / 2.0 - CANVAS.x / 2.0) * side,
        CANVAS.y / 2.0 - y - h / 2.0,
    );
    let pivot = Vec2::new((PIVOT.x - CANVAS.x / 2.0) * side, CANVAS.y / 2.0 - PIVOT.y);
    // + leans toward the way he faces: clockwise facing right, mirrored facing left.
    let degrees = -tilt * side;
    (
        pivot + Vec2::from_angle(degrees.to_radians()).rotate(centre - pivot),
        degrees,
    )
}

/// Every layer over Kylo's bust sits where a head leaning `tilt` puts it.
fn assert_leaning(drawn: &[Drawn], faces_left: bool, tilt: f32) {
    assert!(
        drawn.iter().any(|d| d.name == "head"),
        "a head layer: {drawn:?}"
    );
    for d in drawn {
        let boxed = if d.name == "head" { HEAD } else { FACE };
        let (place, degrees) = expected(boxed, faces_left, tilt);
        assert!(
            d.at.translation.truncate().distance(place) < 0.01,
            "{} at {} instead of {place} (tilt {tilt}, facing left: {faces_left})",
            d.name,
            d.at.translation
        );
        assert!(
            (angle(&d.at) - degrees).abs() < 0.001,
            "{} turned {} instead of {degrees}",
            d.name,
            angle(&d.at)
        );
    }
}

/// The fixture with a head layer for Kylo's coat and a `soft` face leaning [`TILT`], the
/// scene changed by `scene` (pairs of text and its replacement).
fn tilting_fixture(name: &str, scene: &[(&str, &str)]) -> PathBuf {
    let assets = copy_of_fixture(name);
    let manifest = assets.join("story/story.ron");
    replace(
        &manifest,
        r#""coat": "images/cast/kylo/body_coat.png",
            },"#,
        r#""coat": "images/cast/kylo/body_coat.png",
            },
            heads: {"coat": "images/cast/kylo/head.png"},
            head: (x: 220, y: 42, width: 460, height: 622),
            pivot: (x: 450, y: 560),"#,
    );
    replace(
        &manifest,
        r#""asleep": (body: "coat""#,
        &format!(
            r#""soft": (body: "coat", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest", extras: ["scar"], tilt: {TILT}),
                "asleep": (body: "coat""#
        ),
    );
    let storm = assets.join("story/one/storm.ron");
    for (from, to) in scene {
        replace(&storm, from, to);
    }
    assets
}

#[test]
fn a_tilted_face_turns_the_head_and_the_parts_about_the_pivot_and_mirrors_at_right() {
    let assets = tilting_fixture(
        "tilt-sides",
        &[
            // Alone at Centre he faces as painted (beside Rey he would turn to her).
            (
                r#"Show("kylo", Right)"#,
                r#"Hide("rey"),
        Show("kylo:soft", Centre)"#,
            ),
            (
                r#"Say("rey", "Then go."),"#,
                r#"Move("kylo", Right),
        Say("rey", "Then go."),"#,
            ),
        ],
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    // He speaks leaning: the mouth talks and every layer keeps the lean.
    let mut mouths = BTreeSet::new();
    while typing(&app) {
        app.update();
        let (flipped, drawn) = layers(&mut app, "kylo");
        assert!(!flipped, "alone at Centre the art faces right");
        assert_leaning(&drawn, false, TILT);
        mouths.insert(layer(&drawn, "mouth_").file.clone());
    }
    assert!(
        mouths.contains("images/cast/kylo/mouth_talk_1.png")
            && mouths.contains("images/cast/kylo/mouth_talk_2.png"),
        "{mouths:?}"
    );
    let (_, centre) = layers(&mut app, "kylo");
    assert_eq!(
        layer(&centre, "head").file,
        "images/cast/kylo/head.png",
        "the body's head layer"
    );
    // The head leans toward the viewer's right: clockwise, its top moved right.
    assert!(angle(&layer(&centre, "head").at) < 0.0);

    // At Right the body, the head and the lean are mirrored...
    read_to(&mut app, "Then go.");
    run_for(&mut app, 0.5);
    let (flipped, right) = layers(&mut app, "kylo");
    assert!(flipped);
    assert_leaning(&right, true, TILT);
    assert!(angle(&layer(&right, "head").at) > 0.0);
    assert!(layer(&right, "head").flipped && layer(&right, "eyes_").flipped);
    // ...but the scar is drawn as painted, turned with the head, in the same place on the
    // mirrored face as the eyes' box: on his own cheek.
    let scar = layer(&right, "scar");
    assert!(!scar.flipped);
    let eyes = layer(&right, "eyes_");
    assert!(
        scar.at
            .translation
            .truncate()
            .distance(eyes.at.translation.truncate())
            < 0.01
    );
    assert_eq!(scar.at.rotation, eyes.at.rotation);
    let centre_scar = layer(&centre, "scar");
    assert!(!centre_scar.flipped);
    assert!((angle(&scar.at) + angle(&centre_scar.at)).abs() < 0.001);

    // Blinks go on on the leaning head.
    let mut shut = false;
    for _ in 0..(8 * 60) {
        app.update();
        let (_, drawn) = layers(&mut app, "kylo");
        assert_leaning(&drawn, true, TILT);
        shut |= layer(&drawn, "eyes_").file == "images/cast/kylo/eyes_closed.png";
    }
    assert!(shut, "Kylo blinks within 8 s");
}

/// The angle of Kylo's head on each frame for `seconds`.
fn head_angles(app: &mut App, seconds: f32) -> Vec<f32> {
    (0..(seconds * 60.0) as usize)
        .map(|_| {
            app.update();
            let (_, drawn) = layers(app, "kylo");
            angle(&layer(&drawn, "head").at)
        })
        .collect()
}

/// Neutral at Right, then soft as Rey speaks.
const NEW_FACE: &[(&str, &str)] = &[(
    r#"Say("rey", "Then go."),"#,
    r#"Show("kylo:soft", Right),
        Say("rey", "Then go."),"#,
)];

#[test]
fn a_new_tilt_eases_in_over_a_moment() {
    let assets = tilting_fixture("tilt-ease", NEW_FACE);
    let mut app = game_at(&assets, "Only me.", |_| {});
    let (_, upright) = layers(&mut app, "kylo");
    assert_leaning(&upright, true, 0.0);
    read_to(&mut app, "Then go.");
    let (_, starting) = layers(&mut app, "kylo");
    let first = angle(&layer(&starting, "head").at);
    assert!(first.abs() < TILT * 0.5, "{first}: it starts near upright");
    let angles = head_angles(&mut app, 0.4);
    // Mirrored at Right: leaning toward the middle turns it counter-clockwise.
    for pair in angles.windows(2) {
        assert!(pair[1] >= pair[0] - 1e-4, "the lean only grows: {angles:?}");
    }
    let at = |seconds: f32| angles[(seconds * 60.0) as usize - 1];
    assert!(at(0.05) < TILT * 0.9, "not at once: {angles:?}");
    assert!(
        (at(0.2) - TILT).abs() < 1e-3,
        "there within 0.2 s: {angles:?}"
    );
    let (_, leaning) = layers(&mut app, "kylo");
    assert_leaning(&leaning, true, TILT);
}

#[test]
fn reduce_motion_leans_at_once() {
    let assets = tilting_fixture("tilt-still", NEW_FACE);
    let mut app = game_at(&assets, "Only me.", |settings| {
        settings.reduce_motion = true
    });
    read_to(&mut app, "Then go.");
    let (_, drawn) = layers(&mut app, "kylo");
    assert_leaning(&drawn, true, TILT);
    for a in head_angles(&mut app, 0.3) {
        assert!((a - TILT).abs() < 1e-3);
    }
}
