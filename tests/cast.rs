//! The cast acts, headless, in simulated time with the seeded dice: the speaker's mouth
//! moves while their line types and rests when it is out or hurried, a listener's mouth
//! stays closed, everyone blinks, an asleep member never opens their eyes, reduce
//! motion stops mouths and blinks, Kylo's scar stays on his own cheek wherever he
//! stands, someone in the middle turns to the others, and someone far off stands small
//! and behind until they walk in, and a face changed twice in one frame is one face.
//! Each member is found by the files their layers show.

mod common;

use std::collections::BTreeSet;

use bevy::prelude::*;
use common::screens::{game_at, read_to, typing};
use common::{FRAME, copy_of_fixture, fixture_assets, press, replace, run_for};

/// One face part as drawn: its file, whether it is mirrored, and where it sits on the
/// body (in the body's pixels from its centre).
#[derive(Debug, Clone, PartialEq)]
struct Part {
    file: String,
    flipped: bool,
    x: f32,
}

/// A member's bust as drawn: whether the body is mirrored, and its face parts.
#[derive(Debug, Clone, PartialEq)]
struct Bust {
    flipped: bool,
    parts: Vec<Part>,
}

impl Bust {
    /// The parts whose file names start with `kind` (`eyes_`, `mouth_`, `scar`).
    fn parts_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Part> {
        self.parts.iter().filter(move |p| {
            p.file
                .rsplit('/')
                .next()
                .is_some_and(|f| f.starts_with(kind))
        })
    }

    /// The part whose file name starts with `kind`.
    fn part<'a>(&'a self, kind: &'a str) -> &'a Part {
        self.parts_of(kind)
            .next()
            .unwrap_or_else(|| panic!("no {kind} part in {self:?}"))
    }

    fn eyes(&self) -> String {
        self.part("eyes_").file.clone()
    }

    fn mouth(&self) -> String {
        self.part("mouth_").file.clone()
    }
}

/// The bust of `who` on stage now, if they are on it.
fn bust(app: &mut App, who: &str) -> Option<Bust> {
    let world = app.world_mut();
    let server = world.resource::<AssetServer>().clone();
    let file = |image: &Handle<Image>| {
        server
            .get_path(image)
            .map(|p| p.path().to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut busts = world.query::<(&Name, &Sprite, &Children)>();
    let mut parts = world.query::<(&Sprite, &Transform)>();
    let world = &*world;
    let (_, body, children) = busts.iter(world).find(|(name, ..)| name.as_str() == who)?;
    Some(Bust {
        flipped: body.flip_x,
        parts: children
            .iter()
            .filter_map(|child| parts.get(world, child).ok())
            .map(|(sprite, transform)| Part {
                file: file(&sprite.image),
                flipped: sprite.flip_x,
                x: transform.translation.x,
            })
            .collect(),
    })
}

/// Runs `seconds` of simulated time, looking at `who`'s bust after each frame.
fn watch(app: &mut App, who: &str, seconds: f32) -> Vec<Bust> {
    let frames = (seconds / FRAME.as_secs_f32()).ceil() as usize;
    (0..frames)
        .map(|_| {
            app.update();
            bust(app, who).unwrap_or_else(|| panic!("{who} is on stage"))
        })
        .collect()
}

const KYLO_REST: &str = "images/cast/kylo/mouth_rest.png";
const KYLO_EYES: &str = "images/cast/kylo/eyes_open.png";
const KYLO_SHUT: &str = "images/cast/kylo/eyes_closed.png";
const REY_REST: &str = "images/cast/rey/mouth_rest.png";

#[test]
fn the_speaker_talks_while_the_line_types_and_listeners_keep_their_mouths_closed() {
    let mut app = game_at(&fixture_assets(), "Only me.", |_| {});
    let (mut kylo, mut rey) = (BTreeSet::new(), BTreeSet::new());
    while typing(&app) {
        app.update();
        kylo.insert(bust(&mut app, "kylo").expect("Kylo speaks").mouth());
        rey.insert(bust(&mut app, "rey").expect("Rey listens").mouth());
    }
    assert!(
        kylo.contains("images/cast/kylo/mouth_talk_1.png")
            && kylo.contains("images/cast/kylo/mouth_talk_2.png"),
        "{kylo:?}"
    );
    assert_eq!(rey, BTreeSet::from([REY_REST.to_string()]));
    // The line is out: his mouth rests, and stays so.
    for seen in watch(&mut app, "kylo", 1.0) {
        assert_eq!(seen.mouth(), KYLO_REST);
    }

    // A hurried line: the mouth closes with it.
    read_to(&mut app, "Then go.");
    let rey = watch(&mut app, "rey", 0.3);
    assert!(rey.iter().any(|b| b.mouth() != REY_REST), "Rey talks");
    press(&mut app, KeyCode::Space);
    assert!(!typing(&app));
    for seen in watch(&mut app, "rey", 0.5) {
        assert_eq!(seen.mouth(), REY_REST);
    }
}

/// How many times the eyes closed, and whether they are open at the end.
fn blinks(busts: &[Bust], open: &str, shut: &str) -> (usize, bool) {
    let eyes: Vec<String> = busts.iter().map(Bust::eyes).collect();
    for e in &eyes {
        assert!(e == open || e == shut, "{e}");
    }
    let closings = eyes
        .windows(2)
        .filter(|w| w[0] == open && w[1] == shut)
        .count();
    (closings, eyes.last().is_some_and(|e| e == open))
}

#[test]
fn everyone_blinks_now_and_then() {
    let mut app = game_at(&fixture_assets(), "Only me.", |_| {});
    let frames = watch(&mut app, "kylo", 7.0);
    let (closings, _) = blinks(&frames, KYLO_EYES, KYLO_SHUT);
    assert!(closings >= 1, "Kylo blinks within 7 s");
    // Each blink is short: never shut for more than a few frames running.
    let longest = frames
        .split(|b| b.eyes() == KYLO_EYES)
        .map(<[Bust]>::len)
        .max()
        .unwrap_or(0);
    assert!((1..=10).contains(&longest), "shut for {longest} frames");
}

#[test]
fn an_asleep_member_never_opens_their_eyes() {
    let assets = copy_of_fixture("asleep");
    replace(
        &assets.join("story/one/storm.ron"),
        r#"Show("kylo", Right)"#,
        r#"Show("kylo:asleep", Right)"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    for seen in watch(&mut app, "kylo", 8.0) {
        assert_eq!(seen.eyes(), KYLO_SHUT);
    }
}

/// Under an event picture nobody blinks: the painting hides them, and a blink would
/// only cost frames.
#[test]
fn nobody_blinks_under_an_event_picture() {
    // "The rain went on." is read over the painting, with Rey and Kylo on stage beneath.
    let mut app = game_at(&fixture_assets(), "The rain went on.", |_| {});
    let busts = watch(&mut app, "kylo", 7.0);
    let (shut, _) = blinks(&busts, KYLO_EYES, KYLO_SHUT);
    assert_eq!(shut, 0, "blinks under the painting");
}

#[test]
fn reduce_motion_stops_the_mouths_and_the_blinks() {
    let mut app = game_at(&fixture_assets(), "Only me.", |settings| {
        settings.reduce_motion = true;
    });
    assert!(typing(&app));
    for seen in watch(&mut app, "kylo", 8.0) {
        assert_eq!(
            (seen.mouth(), seen.eyes()),
            (KYLO_REST.into(), KYLO_EYES.into())
        );
    }
    for seen in watch(&mut app, "rey", 2.0) {
        assert_eq!(seen.eyes(), "images/cast/rey/eyes_open.png");
    }
}

#[test]
fn the_scar_stays_on_his_own_cheek_at_centre_and_at_right() {
    let assets = copy_of_fixture("scar");
    let scene = assets.join("story/one/storm.ron");
    // Alone at Centre he faces as painted (with Rey on stage he would turn to her).
    replace(
        &scene,
        r#"Show("kylo", Right)"#,
        r#"Hide("rey"),
        Show("kylo", Centre)"#,
    );
    replace(
        &scene,
        r#"Say("rey", "Then go."),"#,
        r#"Move("kylo", Right),
        Say("rey", "Then go."),"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    let centre = bust(&mut app, "kylo").expect("Kylo at Centre");
    read_to(&mut app, "Then go.");
    let right = bust(&mut app, "kylo").expect("Kylo at Right");

    // The body turns to face the middle, and his eyes with it...
    assert!(!centre.flipped && right.flipped);
    assert!(!centre.part("eyes_").flipped && right.part("eyes_").flipped);
    // ...but the scar is drawn as painted, at the same place on his face.
    assert_eq!(centre.part("scar"), right.part("scar"));
    assert!(!right.part("scar").flipped);

    // With a picture of its own for the face turned left, that one shows at Right, still
    // unmirrored and in the same place, and the first one again back at Centre.
    replace(
        &assets.join("story/story.ron"),
        r#"one_sided: ["scar"],"#,
        r#"one_sided: ["scar"], facing_left: {"scar": "images/cast/kylo/scar_left.png"},"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    let centre = bust(&mut app, "kylo").expect("Kylo at Centre");
    read_to(&mut app, "Then go.");
    let right = bust(&mut app, "kylo").expect("Kylo at Right");
    assert_eq!(centre.part("scar").file, "images/cast/kylo/scar.png");
    let left_scar = right.part("scar");
    assert_eq!(left_scar.file, "images/cast/kylo/scar_left.png");
    assert!(!left_scar.flipped && left_scar.x == centre.part("scar").x);
}

/// Someone in the middle turns to the others when they all stand on one side, eyes and
/// all, and turns back as painted (to the right) when someone stands there.
#[test]
fn someone_at_centre_faces_the_others() {
    let assets = copy_of_fixture("centre");
    let scene = assets.join("story/one/storm.ron");
    replace(&scene, r#"Show("kylo", Right)"#, r#"Show("kylo", Centre)"#);
    replace(
        &scene,
        r#"Say("rey", "Then go."),"#,
        r#"Move("rey", Right),
        Say("rey", "Then go."),"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    let to_her_left = bust(&mut app, "kylo").expect("Kylo at Centre");
    assert!(to_her_left.flipped, "Rey is at Left: {to_her_left:?}");
    assert!(to_her_left.part("eyes_").flipped);
    assert!(
        !to_her_left.part("scar").flipped,
        "his scar stays on his cheek"
    );
    read_to(&mut app, "Then go.");
    let to_her_right = bust(&mut app, "kylo").expect("Kylo at Centre");
    assert!(!to_her_right.flipped, "Rey is at Right: {to_her_right:?}");
    assert!(!to_her_right.part("eyes_").flipped);
}

/// The colours of `who`'s body and of each of their face parts.
fn colours(app: &mut App, who: &str) -> (Color, Vec<Color>) {
    let world = app.world_mut();
    let mut busts = world.query::<(&Name, &Sprite, &Children)>();
    let mut sprites = world.query::<&Sprite>();
    let world = &*world;
    let (_, body, children) = busts
        .iter(world)
        .find(|(name, ..)| name.as_str() == who)
        .unwrap_or_else(|| panic!("{who} is on stage"));
    let parts = children
        .iter()
        .filter_map(|child| sprites.get(world, child).ok())
        .map(|s| s.color)
        .collect();
    (body.color, parts)
}

/// A face changed on a bust that stands still (no slide, no change of light) is drawn
/// in the bust's colour: its new parts do not stay invisible.
#[test]
fn a_new_face_on_a_still_bust_is_drawn() {
    // Her face changes during narration, while Kylo (who spoke last) stays lit.
    let mut app = game_at(&fixture_assets(), "She did not look at it.", |_| {});
    run_for(&mut app, 1.0);
    let (body, parts) = colours(&mut app, "rey");
    assert!(body.alpha() > 0.9, "Rey is on stage: {body:?}");
    assert!(!parts.is_empty());
    for part in parts {
        assert_eq!(part, body, "a face part in another colour than its bust");
    }
}

/// `who`'s body on the stage (the bust with its face parts under it).
fn transform_of(app: &mut App, who: &str) -> Transform {
    let world = app.world_mut();
    let mut busts = world.query::<(&Name, &Transform, &Children)>();
    busts
        .iter(world)
        .find(|(name, ..)| name.as_str() == who)
        .map(|(_, transform, _)| *transform)
        .unwrap_or_else(|| panic!("{who} is on stage"))
}

/// Where `who`'s body stands: its height on the stage and its scale.
fn stands(app: &mut App, who: &str) -> (f32, f32) {
    let transform = transform_of(app, who);
    (transform.translation.y, transform.scale.y)
}

/// Gives `who` in the fixture's manifest (Rey, whose one body is `staff`, or Kylo, whose
/// is `coat`) a second body `body` painted as the first, the manifest line `about` it
/// (`seated: ...`, `lying: ...`), and an expression `expression` on it.
fn add_body(assets: &std::path::Path, who: &str, body: &str, about: &str, expression: &str) {
    let manifest = assets.join("story/story.ron");
    let (first, next) = if who == "rey" {
        ("staff", "hurt")
    } else {
        ("coat", "asleep")
    };
    let picture = format!(r#""images/cast/{who}/body_{first}.png","#);
    replace(
        &manifest,
        &format!("\"{first}\": {picture}\n            }},"),
        &format!(
            "\"{first}\": {picture}\n                \"{body}\": {picture}\n            }},\n            {about},"
        ),
    );
    replace(
        &manifest,
        &format!(r#""{next}": (body: "{first}""#),
        &format!(
            r#""{expression}": (body: "{body}", eyes: "eyes_open", brows: "brows_level", mouth: "mouth_rest"),
                "{next}": (body: "{first}""#
        ),
    );
}

/// A member whose body sits (the manifest's `seated`) is drawn lower than when they
/// stand at the same spot, by the seat's drop at the bust's scale, and gets there over a
/// moment.
#[test]
fn a_seated_body_is_drawn_lower_than_a_standing_one_at_the_same_spot() {
    let assets = copy_of_fixture("seated");
    add_body(
        &assets,
        "rey",
        "bench",
        r#"seated: {"bench": 150}"#,
        "sitting",
    );
    let scene = assets.join("story/one/storm.ron");
    replace(
        &scene,
        r#"Say("rey", "Then go.")"#,
        r#"Say("rey:sitting", "Then go.")"#,
    );
    // Both times she speaks at Left, lit: standing, then sitting.
    let mut app = game_at(&assets, "Who's there?", |_| {});
    run_for(&mut app, 1.0);
    let (standing, scale) = stands(&mut app, "rey");
    read_to(&mut app, "Then go.");
    let (sitting_down, _) = stands(&mut app, "rey");
    run_for(&mut app, 1.0);
    let (seated, seated_scale) = stands(&mut app, "rey");
    // She sits down over a moment, not in one jump.
    assert!(
        sitting_down > seated + 50.0 * scale,
        "{sitting_down} as she starts to sit, {seated} seated"
    );
    assert_eq!(scale, seated_scale, "the same size both times");
    // The standing body she leaves has faded out: one body of hers is drawn.
    let world = app.world_mut();
    let server = world.resource::<AssetServer>().clone();
    let mut sprites = world.query::<&Sprite>();
    let bodies = sprites
        .iter(world)
        .filter(|s| {
            server
                .get_path(&s.image)
                .is_some_and(|p| p.path().ends_with("rey/body_staff.png"))
        })
        .count();
    assert_eq!(bodies, 1, "Rey's bodies on stage");
    assert!(
        (standing - seated - 150.0 * scale).abs() < 0.01,
        "seated {seated} against standing {standing} at scale {scale}"
    );
}

/// Across the stage from where `who`'s body stands.
fn across(app: &mut App, who: &str) -> f32 {
    transform_of(app, who).translation.x
}

/// A body that leans in (the manifest's `leaning`: a kiss) stands nearer the one its
/// member faces, by the lean at the bust's scale, and upright again goes back.
#[test]
fn a_leaning_body_stands_nearer_the_one_it_faces() {
    let assets = copy_of_fixture("leaning");
    add_body(
        &assets,
        "rey",
        "kiss",
        r#"leaning: {"kiss": 60}"#,
        "kissing",
    );
    let scene = assets.join("story/one/storm.ron");
    replace(
        &scene,
        r#"Say("rey", "Then go.")"#,
        r#"Say("rey:kissing", "Then go.")"#,
    );
    // Rey at Left faces Kylo at Right.
    let mut app = game_at(&assets, "Only me.", |_| {});
    run_for(&mut app, 1.0);
    let upright = across(&mut app, "rey");
    let kylo = across(&mut app, "kylo");
    read_to(&mut app, "Then go.");
    run_for(&mut app, 1.0);
    let leaning = across(&mut app, "rey");
    let scale = stands(&mut app, "rey").1;
    assert!(kylo > upright, "he stands to her right");
    assert!(
        (leaning - upright - 60.0 * scale).abs() < 0.5,
        "leaning in at {leaning}, upright at {upright}, scale {scale}"
    );
}

/// A lit blade (the manifest's `glows`) keeps its full light while its holder listens
/// and the rest of her dims.
#[test]
fn a_glow_stays_bright_while_its_holder_listens() {
    let assets = copy_of_fixture("glow");
    replace(
        &assets.join("story/story.ron"),
        r#""staff": "images/cast/rey/body_staff.png",
            },"#,
        r#""staff": "images/cast/rey/body_staff.png",
            },
            glows: {"staff": "images/cast/rey/glow_rain_lit.png"},"#,
    );
    // Kylo speaks; Rey listens.
    let mut app = game_at(&assets, "Only me.", |_| {});
    run_for(&mut app, 1.0);
    let world = app.world_mut();
    let mut named = world.query::<(&Name, &Sprite)>();
    let glow = named
        .iter(world)
        .find(|(name, _)| name.as_str() == "glow")
        .map(|(_, sprite)| sprite.color)
        .expect("Rey's blade is drawn");
    let (body, _) = colours(&mut app, "rey");
    assert!(
        body.to_linear().red < 0.6,
        "the listener's body is dimmed: {body:?}"
    );
    assert_eq!(glow, Color::WHITE, "the blade at full light");
}

/// Someone lying in bed (the manifest's `lying`) or seated (`seated`, whose bench is
/// drawn with the body) keeps their place and size when they speak, where someone
/// standing steps forward: a step would lift them out of the bed or slide the bench.
#[test]
fn a_lying_body_does_not_step_forward_when_it_speaks() {
    stays_as_they_are_when_speaking("lying", r#"lying: ["bed"]"#);
}

#[test]
fn a_seated_body_does_not_step_forward_when_it_speaks() {
    stays_as_they_are_when_speaking("seated-speaker", r#"seated: {"bed": 150}"#);
}

fn stays_as_they_are_when_speaking(fixture: &str, manifest: &str) {
    let assets = copy_of_fixture(fixture);
    add_body(&assets, "kylo", "bed", manifest, "in_bed");
    let scene = assets.join("story/one/storm.ron");
    replace(
        &scene,
        r#"Show("kylo", Right)"#,
        r#"Show("kylo:in_bed", Right)"#,
    );
    // Who's there? Rey speaks. Only me. Kylo speaks. Then go. Rey again.
    let mut app = game_at(&assets, "Only me.", |_| {});
    run_for(&mut app, 1.0);
    let (kylo_speaking, rey_listening) = (
        (stands(&mut app, "kylo"), depth(&mut app, "kylo")),
        stands(&mut app, "rey").1,
    );
    read_to(&mut app, "Then go.");
    run_for(&mut app, 1.0);
    let (kylo_listening, rey_speaking) = (
        (stands(&mut app, "kylo"), depth(&mut app, "kylo")),
        stands(&mut app, "rey").1,
    );
    assert!(
        rey_speaking > rey_listening,
        "Rey, standing, steps forward to speak"
    );
    assert_eq!(
        kylo_speaking, kylo_listening,
        "Kylo ({manifest}) stays as he is"
    );
}

/// A member brought on, moved and shown again in one go (consecutive steps, or lines
/// skipped in one frame) is one bust, standing where the last step put them.
#[test]
fn show_move_and_show_in_one_frame_make_one_bust() {
    let assets = copy_of_fixture("one-bust");
    let scene = assets.join("story/one/storm.ron");
    replace(
        &scene,
        r#"Show("kylo", Right),"#,
        r#"Show("kylo", Right),
        Move("kylo", Centre),
        Show("kylo:asleep", Centre),"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    run_for(&mut app, 1.0);
    let world = app.world_mut();
    let mut busts = world.query::<(&Name, &Transform)>();
    let kylo: Vec<f32> = busts
        .iter(world)
        .filter(|(name, _)| name.as_str() == "kylo")
        .map(|(_, t)| t.translation.x)
        .collect();
    assert_eq!(kylo, [0.0], "one Kylo, at Centre");
    let eyes = bust(&mut app, "kylo").expect("Kylo").eyes();
    assert_eq!(eyes, KYLO_SHUT, "with the last Show's face");
}

/// How far toward the viewer `who`'s bust is drawn.
fn depth(app: &mut App, who: &str) -> f32 {
    let world = app.world_mut();
    let mut busts = world.query::<(&Name, &Transform, &Children)>();
    let (_, transform, _) = busts
        .iter(world)
        .find(|(name, ..)| name.as_str() == who)
        .unwrap_or_else(|| panic!("{who} is on stage"));
    transform.translation.z
}

/// Reads on to the line `text` and lets the stage settle; then whether Rey is drawn in
/// front of Kylo.
fn rey_in_front_at(app: &mut App, text: &str) -> bool {
    read_to(app, text);
    run_for(app, 1.0);
    depth(app, "rey") > depth(app, "kylo")
}

/// The fixture's storm with Rey at NearLeft and Kylo at NearRight (for her first two
/// looks), close enough to overlap.
fn stand_near(scene: &std::path::Path) {
    for (from, to) in [
        (r#""rey", Left)"#, r#""rey", NearLeft)"#),
        (r#""kylo", Right)"#, r#""kylo", NearRight)"#),
        (r#""rey:hurt", Left)"#, r#""rey:hurt", NearLeft)"#),
    ] {
        replace(scene, from, to);
    }
}

/// Busts that overlap keep their stacking while the lines go back and forth between
/// them: the one who came on or moved last stays in front, speaking or not. Busts that
/// stand apart still let the speaker step in front.
#[test]
fn overlapping_busts_keep_their_stacking_whoever_speaks() {
    let assets = copy_of_fixture("stacking");
    let scene = assets.join("story/one/storm.ron");
    // Both stand at the near spots, close enough to overlap; Kylo comes on after her.
    stand_near(&scene);
    replace(
        &scene,
        r#""rey:neutral", Left)"#,
        r#""rey:neutral", NearLeft)"#,
    );
    // In the next beat she steps to the middle, beside him: now she is the later.
    replace(
        &scene,
        r#"Say("kylo", "Not yet."),"#,
        r#"Move("rey", Centre),
        Say("kylo", "Not yet."),"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    run_for(&mut app, 1.0);
    assert!(!rey_in_front_at(&mut app, "Only me."), "Kylo came on last");
    assert!(
        !rey_in_front_at(&mut app, "Then go."),
        "Rey speaks, and Kylo, who came on last, stays in front"
    );
    assert!(
        rey_in_front_at(&mut app, "Not yet."),
        "Kylo speaks, and Rey, who moved last, stays in front"
    );

    // Apart, at Left and Right, the speaker steps in front.
    let mut app = game_at(&fixture_assets(), "Only me.", |_| {});
    assert!(!rey_in_front_at(&mut app, "Only me."), "Kylo speaks");
    assert!(rey_in_front_at(&mut app, "Then go."), "Rey speaks");
}

/// Someone brought on and someone else moved in one go (consecutive steps) stack in the
/// order the steps are written: the one moved after the arrival stands in front.
#[test]
fn an_arrival_and_a_move_in_one_go_stack_in_their_written_order() {
    let assets = copy_of_fixture("stacking-in-one-go");
    replace(
        &assets.join("story/one/storm.ron"),
        r#"Show("kylo", Right),"#,
        r#"Show("kylo", NearRight),
        Move("rey", NearLeft),"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    assert!(
        rey_in_front_at(&mut app, "Only me."),
        "Rey moved after he came on"
    );
}

/// Waits, pressing nothing, until the line `text` is back in the box (after a rollback
/// or a load); then lets the stage settle and says whether Rey is drawn in front.
fn rey_in_front_once_back_at(app: &mut App, text: &str) -> bool {
    common::run_until(app, text, std::time::Duration::from_secs(10), |app| {
        common::screens::shown(app) == text
    });
    run_for(app, 1.0);
    depth(app, "rey") > depth(app, "kylo")
}

/// A loaded save and a rollback stand overlapping busts as they stood: the one who came
/// on last stays in front, though the other's name comes later in the alphabet.
#[test]
fn a_loaded_save_and_a_rollback_keep_who_stands_in_front() {
    let assets = copy_of_fixture("stacking-restored");
    let scene = assets.join("story/one/storm.ron");
    // Rey at NearLeft, and Kylo comes on after her at NearRight: he stands in front.
    stand_near(&scene);
    let mut app = game_at(&assets, "Only me.", |_| {});
    assert!(!rey_in_front_at(&mut app, "Only me."), "Kylo came on last");
    press(&mut app, KeyCode::F5);

    // Read on a line, then roll back to his.
    read_to(&mut app, "Something fell into the mud.");
    press(&mut app, KeyCode::PageUp);
    assert!(
        !rey_in_front_once_back_at(&mut app, "Only me."),
        "rolled back, Kylo is still in front"
    );

    // Read on, then load the quick save.
    read_to(&mut app, "She did not look at it.");
    press(&mut app, KeyCode::F9);
    assert!(
        !rey_in_front_once_back_at(&mut app, "Only me."),
        "loaded, Kylo is still in front"
    );
}

/// Someone far off (across a field) stands smaller than someone near and behind them,
/// even while speaking; walking in to a near spot brings them to full size over a moment.
#[test]
fn someone_far_off_is_smaller_and_behind_until_they_walk_in() {
    let assets = copy_of_fixture("far");
    let scene = assets.join("story/one/storm.ron");
    replace(
        &scene,
        r#"Show("kylo", Right)"#,
        r#"Show("kylo", FarRight)"#,
    );
    replace(
        &scene,
        r#"Show("rey:neutral", Left)"#,
        r#"Move("kylo", Right), Show("rey:neutral", Left)"#,
    );
    let mut app = game_at(&assets, "Only me.", |_| {});
    run_for(&mut app, 1.0);
    let ((_, far), (_, rey)) = (stands(&mut app, "kylo"), stands(&mut app, "rey"));
    assert!(
        far < rey * 0.7,
        "far off, speaking, he is smaller: {far} against {rey}"
    );
    assert!(
        depth(&mut app, "kylo") < depth(&mut app, "rey"),
        "and behind her"
    );
    read_to(&mut app, "Then go.");
    let sizes: Vec<f32> = (0..60)
        .map(|_| {
            app.update();
            stands(&mut app, "kylo").1
        })
        .collect();
    let (_, near) = stands(&mut app, "kylo");
    let (_, rey) = stands(&mut app, "rey");
    assert!(
        near > rey * 0.9,
        "near, he is her size: {near} against {rey}"
    );
    let between = sizes
        .iter()
        .filter(|&&s| s > far + 0.01 && s < near - 0.01)
        .count();
    assert!(
        between >= 5,
        "he walks in over a moment, not at once: {sizes:?}"
    );
    read_to(&mut app, "Not yet.");
    run_for(&mut app, 1.0);
    assert!(
        depth(&mut app, "kylo") > depth(&mut app, "rey"),
        "near, he steps in front to speak"
    );
}

/// A member on stage whose face changes more than once in one frame (consecutive Shows,
/// or lines skipped in one go) wears the last face alone: one pair of eyes, one mouth.
#[test]
fn faces_changed_twice_in_one_frame_leave_one_face() {
    let assets = copy_of_fixture("one-face");
    let scene = assets.join("story/one/storm.ron");
    replace(
        &scene,
        r#"Show("rey:neutral", Left),"#,
        r#"Show("rey:neutral", Left),
        Show("rey:hurt", Left),
        Show("rey:neutral", Left),"#,
    );
    let mut app = game_at(&assets, "Then go.", |_| {});
    run_for(&mut app, 1.0);
    let rey = bust(&mut app, "rey").expect("Rey is on stage");
    let count = |kind: &str| rey.parts_of(kind).count();
    assert_eq!((count("eyes_"), count("mouth_")), (1, 1), "{rey:?}");
    assert_eq!(rey.eyes(), "images/cast/rey/eyes_open.png");
}
