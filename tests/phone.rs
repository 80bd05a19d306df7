//! Phones and tablets, headless on the fixture story with Bevy's real UI layout: in a
//! portrait window (390x844, a common phone; 720x1280) at the largest text size every
//! text and button of the story and of every screen over it lies inside the window (or
//! in a list that scrolls); the picture sits at the top and the dialogue box below it,
//! its words no smaller than in a 1280x720 window; turning the window re-lays it; and
//! touch works: a tap reads on, a swipe down rolls back a line, a swipe up hides the
//! interface, a long press does what a right click does.

mod common;

use std::path::Path;
use std::time::Duration;

use after_the_rain::input::Gestures;
use after_the_rain::overlays::quick_menu::QuickAction;
use after_the_rain::play::{Playback, Reading};
use after_the_rain::screens::title::TitleItem;
use after_the_rain::session::Overlay;
use after_the_rain::settings::ReaderSettings;
use after_the_rain::theme::WindowShape;
use after_the_rain::theme::widgets::{Menu, MenuFocus, MenuItem};
use after_the_rain::views::dialogue::{LineText, PlateText, Reveal};
use bevy::camera::RenderTargetInfo;
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::text::RemSize;
use bevy::ui::UiGlobalTransform;
use bevy::window::{PrimaryWindow, WindowResolution};
use common::screens::{
    next_line_by, on_screen, overlay, pick_on_title, shown, to_laid_out_title, visit_story_screens,
    visit_title_screens,
};
use common::{
    copy_of_fixture, fixture_assets, fresh_folder, headless_game_saving_in, press, replace,
    run_until,
};

const PHONE: (u32, u32) = (390, 844);
const TALL: (u32, u32) = (720, 1280);
const LARGEST: f32 = 1.5;

/// What the reader has been through: the credits rolled (Chapters shows on the title)
/// and one event picture seen (the gallery has a tile to open).
fn seasoned_reader(saves: &Path) {
    std::fs::create_dir_all(saves).expect("a folder");
    std::fs::write(
        saves.join("progress.ron"),
        r#"(pictures: ["parting"], finished: true, chapters: {})"#,
    )
    .expect("written");
}

/// The game in a `width` x `height` window, its UI laid out as in a real one.
fn game_in_window(saves: &Path, size: (u32, u32)) -> App {
    game_of_in_window(&fixture_assets(), saves, size)
}

/// The game of the story in `assets` in a `width` x `height` window.
fn game_of_in_window(assets: &Path, saves: &Path, (width, height): (u32, u32)) -> App {
    let mut app = headless_game_saving_in(assets, saves);
    // Bevy's UI with its picking, which reads the window's messages (the window itself
    // is spawned below, as no windowing backend runs here).
    app.init_asset::<bevy::mesh::Mesh>()
        .init_asset::<bevy::mesh::skinning::SkinnedMeshInverseBindposes>();
    app.add_plugins((
        bevy::window::WindowPlugin {
            primary_window: None,
            exit_condition: bevy::window::ExitCondition::DontExit,
            close_when_requested: false,
            ..default()
        },
        bevy::picking::DefaultPickingPlugins,
        bevy::image::TextureAtlasPlugin,
        // (Buttons answer a touch only when they are known to be visible.)
        bevy::camera::visibility::VisibilityPlugin,
        bevy::ui::UiPlugin,
    ));
    app.add_systems(
        PostUpdate,
        camera_sees_the_window.before(bevy::ui::UiSystems::Prepare),
    );
    app.world_mut().spawn((
        Window {
            resolution: WindowResolution::new(width, height),
            ..default()
        },
        PrimaryWindow,
    ));
    app
}

/// With no renderer, nobody tells the camera how big its window is: the UI lays out
/// against the camera's target, and the stage is seen through its projection, so the
/// test sets both as the renderer would.
fn camera_sees_the_window(
    window: Single<&Window, With<PrimaryWindow>>,
    mut cameras: Query<(&mut Camera, &mut Projection)>,
) {
    for (mut camera, mut projection) in &mut cameras {
        let size = window.physical_size();
        camera.computed.target_info = Some(RenderTargetInfo {
            physical_size: size,
            scale_factor: window.scale_factor(),
        });
        projection.update(size.x as f32, size.y as f32);
        camera.computed.clip_from_view = projection.get_clip_from_view();
    }
}

fn resize(app: &mut App, (width, height): (u32, u32)) {
    let world = app.world_mut();
    let mut windows = world.query_filtered::<&mut Window, With<PrimaryWindow>>();
    let mut window = windows.single_mut(world).expect("the window");
    window.resolution.set(width as f32, height as f32);
}

fn window_size(app: &mut App) -> Vec2 {
    let world = app.world_mut();
    let mut windows = world.query_filtered::<&Window, With<PrimaryWindow>>();
    let window = windows.single(world).expect("the window");
    Vec2::new(window.width(), window.height())
}

/// A few frames: what just opened is sized, laid out, and laid out again with its
/// final text sizes.
fn settle(app: &mut App) {
    for _ in 0..4 {
        app.update();
    }
}

/// The list that scrolls `entity` into view, if one does.
fn scrolled_by(world: &World, mut entity: Entity) -> Option<Entity> {
    while let Some(parent) = world.get::<ChildOf>(entity) {
        entity = parent.parent();
        if world
            .get::<Node>(entity)
            .is_some_and(|n| n.overflow.y == OverflowAxis::Scroll)
        {
            return Some(entity);
        }
    }
    None
}

/// Where a node is drawn, in logical pixels.
fn rect_of(world: &World, entity: Entity) -> Rect {
    let node = world.get::<ComputedNode>(entity).expect("laid out");
    let centre = world
        .get::<UiGlobalTransform>(entity)
        .expect("placed")
        .translation;
    let scale = node.inverse_scale_factor();
    Rect::from_center_size(centre * scale, node.size() * scale)
}

/// The words of a text node, or of a button's text.
fn words(world: &World, entity: Entity) -> Option<String> {
    if let Some(text) = world.get::<Text>(entity) {
        return Some(text.0.clone());
    }
    world.get::<Button>(entity)?;
    let children = world.get::<Children>(entity)?;
    Some(
        children
            .iter()
            .filter_map(|c| world.get::<Text>(c).map(|t| t.0.clone()))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// What of `what` is not inside the window: every text and button on screen must lie
/// in it wholly, or (in a list that scrolls) across, with the list itself inside.
fn outside_the_window(app: &mut App, what: &str) -> Vec<String> {
    settle(app);
    let size = window_size(app);
    let window = Rect::from_corners(Vec2::ZERO, size).inflate(0.5);
    let world = app.world_mut();
    let mut nodes =
        world.query_filtered::<Entity, (With<ComputedNode>, Or<(With<Text>, With<Button>)>)>();
    let mut checked = 0;
    let mut outside = Vec::new();
    for entity in nodes.iter(world) {
        let Some(words) = words(world, entity) else {
            continue;
        };
        if words.trim().is_empty() || !on_screen(world, entity) {
            continue;
        }
        let rect = rect_of(world, entity);
        let fits = match scrolled_by(world, entity) {
            Some(list) => {
                let list = rect_of(world, list);
                window.contains(list.min)
                    && window.contains(list.max)
                    && rect.min.x >= window.min.x
                    && rect.max.x <= window.max.x
            }
            None => window.contains(rect.min) && window.contains(rect.max),
        };
        checked += 1;
        if !fits {
            outside.push(format!("{what}: {words:?} at {rect:?}"));
        }
    }
    assert!(checked > 0, "{what}: nothing on screen");
    println!("{what} at {size}: {checked} texts and buttons checked");
    outside
}

/// What covers a choice: each lies below the line that led to it and clear of the
/// quick menu, where a finger can reach it.
fn choices_in_the_clear(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let rects = |world: &mut World, menu: bool| -> Vec<Rect> {
        let mut q = world.query::<(Entity, Option<&MenuItem>, Option<&QuickAction>)>();
        let found: Vec<Entity> = q
            .iter(world)
            .filter(|(_, item, quick)| {
                if menu {
                    quick.is_some()
                } else {
                    item.is_some_and(|i| i.menu == Menu::Choice)
                }
            })
            .map(|(e, ..)| e)
            .collect();
        found.into_iter().map(|e| rect_of(world, e)).collect()
    };
    let choices = rects(world, false);
    let quick = rects(world, true);
    let mut lines = world.query_filtered::<Entity, With<LineText>>();
    let line = lines.single(world).expect("the line");
    let line = rect_of(world, line);
    assert!(!choices.is_empty(), "choices on screen");
    let mut covered = Vec::new();
    for choice in &choices {
        if choice.min.y < line.max.y {
            covered.push(format!("a choice at {choice:?} over the line at {line:?}"));
        }
        for button in &quick {
            if !choice.intersect(*button).is_empty() {
                covered.push(format!(
                    "a choice at {choice:?} under the quick menu's {button:?}"
                ));
            }
        }
    }
    covered
}

/// From the title, a new game read on with Space to its first spoken line, out whole.
fn to_a_spoken_line(app: &mut App) {
    pick_on_title(app, TitleItem::NewGame);
    run_until(app, "a spoken line", Duration::from_secs(60), |app| {
        let spoken = app.world().resource::<Playback>().stop.is_some()
            && app.world().resource::<Reveal>().speaker().is_some();
        if !spoken {
            press(app, KeyCode::Space);
        }
        spoken && app.world().resource::<Reveal>().done()
    });
}

fn every_screen_fits(size: (u32, u32)) {
    let saves = fresh_folder("phone-fits");
    seasoned_reader(&saves);
    let mut app = game_in_window(&saves, size);
    let mut outside = Vec::new();
    to_laid_out_title(&mut app);
    app.world_mut().resource_mut::<ReaderSettings>().text_size = LARGEST;
    outside.extend(outside_the_window(&mut app, "the title"));

    visit_title_screens(&mut app, |app, what| {
        outside.extend(outside_the_window(app, what))
    });

    to_a_spoken_line(&mut app);
    outside.extend(outside_the_window(&mut app, "the story"));
    visit_story_screens(&mut app, |app, what| {
        outside.extend(outside_the_window(app, what))
    });
    outside.extend(choices_in_the_clear(&mut app));
    // Back on the title, the Load it now offers.
    press(&mut app, KeyCode::Escape);
    app.insert_resource(MenuFocus {
        menu: Menu::Confirm,
        index: 0,
    });
    press(&mut app, KeyCode::Enter);
    to_laid_out_title(&mut app);
    outside.extend(outside_the_window(
        &mut app,
        "the title with Continue and Load",
    ));
    pick_on_title(&mut app, TitleItem::Load);
    assert_eq!(overlay(&app), Overlay::Load);
    outside.extend(outside_the_window(
        &mut app,
        "the load screen from the title",
    ));
    assert!(
        outside.is_empty(),
        "off a {size:?} window at the largest text size:\n{}",
        outside.join("\n")
    );
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn every_screen_fits_a_phone_at_the_largest_text_size() {
    every_screen_fits(PHONE);
}

#[test]
fn every_screen_fits_a_720x1280_window_at_the_largest_text_size() {
    every_screen_fits(TALL);
}

/// The rectangles of the dialogue box, its name plate and the quick menu's buttons, and
/// the size of the line's words.
struct Story {
    dialogue: Rect,
    plate: Rect,
    buttons: Vec<Rect>,
    words: f32,
}

fn story_layout(app: &mut App) -> Story {
    settle(app);
    let size = window_size(app);
    let world = app.world_mut();
    let rem = world.get_resource::<RemSize>().map_or(16.0, |r| r.0);
    let mut named = world.query::<(Entity, &Name)>();
    let find = |world: &World, named: &mut QueryState<(Entity, &Name)>, name: &str| {
        let entity = named
            .iter(world)
            .find(|(_, n)| n.as_str() == name)
            .map(|(e, _)| e)
            .unwrap_or_else(|| panic!("no {name}"));
        rect_of(world, entity)
    };
    let dialogue = find(world, &mut named, "Dialogue box");
    let plate = find(world, &mut named, "Name plate");
    let mut buttons = world.query_filtered::<Entity, With<QuickAction>>();
    let buttons = buttons.iter(world).map(|b| rect_of(world, b)).collect();
    let mut line = world.query_filtered::<&TextFont, With<LineText>>();
    let words = line
        .single(world)
        .expect("the line")
        .font_size
        .eval(size, rem);
    Story {
        dialogue,
        plate,
        buttons,
        words,
    }
}

/// The story at a spoken line in a window of `size` at text size `scale`.
fn reading_in(size: (u32, u32), scale: f32) -> App {
    let saves = fresh_folder("phone-story");
    let mut app = game_in_window(&saves, size);
    to_laid_out_title(&mut app);
    app.world_mut().resource_mut::<ReaderSettings>().text_size = scale;
    to_a_spoken_line(&mut app);
    app
}

#[test]
fn upright_the_box_stands_below_the_picture_with_words_as_large_as_on_a_laptop() {
    for scale in [1.0, LARGEST] {
        let laptop = story_layout(&mut reading_in((1280, 720), scale)).words;
        for size in [PHONE, TALL] {
            let mut app = reading_in(size, scale);
            let story = story_layout(&mut app);
            let (w, h) = (size.0 as f32, size.1 as f32);
            // The picture is the window's top at full width: the stage's middle, at
            // least a third taller than the whole 16:9 stage would be.
            let picture = WindowShape(Vec2::new(w, h)).picture_height();
            assert!(
                picture >= w * 9.0 / 16.0 * 1.33,
                "{w}x{h}: a picture {picture} high"
            );
            let here = format!("{w}x{h} at text size {scale}");
            assert!(
                story.plate.min.y >= picture - 0.5,
                "{here}: the name plate ({:?}) covers the picture (to {picture})",
                story.plate
            );
            assert!(
                story.dialogue.min.y >= story.plate.max.y - 1.0,
                "{here}: the name plate {:?} over the box {:?}",
                story.plate,
                story.dialogue
            );
            assert!(
                story.words >= laptop,
                "{here}: words of {} px, {laptop} px at 1280x720",
                story.words
            );
            // The box uses the space down to the quick menu, and stops above it.
            let menu_top = story
                .buttons
                .iter()
                .map(|b| b.min.y)
                .fold(f32::MAX, f32::min);
            assert!(
                story.dialogue.max.y <= menu_top,
                "{here}: box over the menu"
            );
            assert!(
                story.dialogue.height() > (h - picture) / 2.0,
                "{here}: the box ({:?}) leaves most of the space below the picture empty",
                story.dialogue
            );
            // Every quick-menu button lies inside the window's width.
            assert_eq!(story.buttons.len(), 9);
            for button in &story.buttons {
                assert!(
                    button.min.x >= 0.0 && button.max.x <= w && button.max.y <= h,
                    "{here}: a quick-menu button at {button:?}"
                );
            }
            println!(
                "{here}: box {:?}, words {:.1} px (1280x720: {laptop:.1})",
                story.dialogue, story.words
            );
        }
    }
}

#[test]
fn turning_the_window_re_lays_the_story() {
    let mut app = reading_in(PHONE, 1.0);
    let upright = story_layout(&mut app);
    resize(&mut app, (844, 390));
    let wide = story_layout(&mut app);
    // Landscape: the box over the picture's lower part, 9% in from each side.
    assert!(
        (wide.dialogue.min.x - 844.0 * 0.09).abs() < 1.0,
        "{:?}",
        wide.dialogue
    );
    assert!(wide.dialogue.max.y > 390.0 * 0.8, "{:?}", wide.dialogue);
    assert!(wide.dialogue.height() < 390.0 / 2.0, "{:?}", wide.dialogue);
    resize(&mut app, PHONE);
    let again = story_layout(&mut app);
    assert_eq!(again.dialogue, upright.dialogue, "upright again as before");
    assert_eq!(again.words, upright.words);

    // A screen opened in landscape is laid out again when the phone turns upright.
    resize(&mut app, (844, 390));
    app.world_mut().resource_mut::<ReaderSettings>().text_size = LARGEST;
    app.world_mut()
        .resource_mut::<NextState<Overlay>>()
        .set(Overlay::Settings);
    settle(&mut app);
    assert_eq!(overlay(&app), Overlay::Settings);
    resize(&mut app, PHONE);
    let outside = outside_the_window(&mut app, "settings turned upright");
    assert!(outside.is_empty(), "{}", outside.join("\n"));
}

/// A finger down at `from`, moved to `to` over `seconds`, and lifted.
fn touch(app: &mut App, from: Vec2, to: Vec2, seconds: f32) {
    let window = {
        let world = app.world_mut();
        let mut windows = world.query_filtered::<Entity, With<PrimaryWindow>>();
        windows.single(world).expect("the window")
    };
    let frames = (seconds * 60.0).round().max(1.0) as usize;
    let send = |app: &mut App, phase: TouchPhase, position: Vec2| {
        app.world_mut().write_message(TouchInput {
            phase,
            position,
            window,
            force: None,
            id: 7,
        });
        app.update();
    };
    send(app, TouchPhase::Started, from);
    for frame in 1..=frames {
        let at = from.lerp(to, frame as f32 / frames as f32);
        send(app, TouchPhase::Moved, at);
    }
    send(app, TouchPhase::Ended, to);
}

/// Reads on with taps in the middle of the dialogue box until a new line is out whole.
fn tap_to_next_line(app: &mut App, at: Vec2) -> String {
    next_line_by(app, |app| touch(app, at, at, 0.1))
}

/// Where `who`'s bust stands across the window, in logical pixels.
fn bust_x(app: &mut App, who: &str) -> f32 {
    let world = app.world_mut();
    let mut cameras = world.query_filtered::<(&Camera, &GlobalTransform), With<Camera2d>>();
    let (camera, view) = cameras.single(world).expect("the camera");
    let (camera, view) = (camera.clone(), *view);
    let mut busts = world.query::<(&Name, &Transform, &Sprite)>();
    let at = busts
        .iter(world)
        .find(|(name, ..)| name.as_str() == who)
        .map(|(_, transform, _)| transform.translation)
        .unwrap_or_else(|| panic!("{who} is on stage"));
    camera
        .world_to_viewport(&view, at.with_z(0.0))
        .expect("in view")
        .x
}

/// The typeface of the name on the plate.
fn plate_face(app: &mut App) -> String {
    let world = app.world_mut();
    let mut names = world.query_filtered::<&TextFont, With<PlateText>>();
    let font = names.single(world).expect("the name plate's words");
    format!("{:?}", font.font)
}

/// Whether the name plate stands under `x` (the speaker's bust), as near as it can while
/// it stays inside the box.
fn under(layout: &Story, x: f32) -> bool {
    let half = layout.plate.width() / 2.0 + 12.0;
    let (low, high) = (layout.dialogue.min.x + half, layout.dialogue.max.x - half);
    (layout.plate.center().x - x.clamp(low, high.max(low))).abs() < 3.0
}

/// The name plate stands under the one who speaks: under Rey's bust (on the stage's
/// left), under Kylo's (on its right), in the box's middle for him at Centre; his voice
/// from off stage, with Rey in the middle, has its plate under nobody; and in a landscape
/// window the choices stack up from the box, over chests rather than faces.
#[test]
fn the_name_plate_follows_the_speaker_and_choices_sit_low() {
    for size in [(1280, 720), PHONE] {
        let mut app = reading_in(size, 1.0);
        let here = format!("{}x{}", size.0, size.1);
        let speaker = |app: &App| app.world().resource::<Reveal>().speaker().map(String::from);
        assert_eq!(speaker(&app).as_deref(), Some("Rey"), "{here}");
        let rey = story_layout(&mut app);
        let rey_at = bust_x(&mut app, "rey");
        next_line_by(&mut app, |app| press(app, KeyCode::Space));
        assert_eq!(speaker(&app).as_deref(), Some("Kylo Ren"), "{here}");
        let kylo = story_layout(&mut app);
        let kylo_at = bust_x(&mut app, "kylo");
        let middle = rey.dialogue.center().x;
        assert!(
            rey.plate.max.x < middle && under(&rey, rey_at),
            "{here}: Rey's plate {:?} under her bust at {rey_at}, in the box {:?}",
            rey.plate,
            rey.dialogue
        );
        assert!(
            kylo.plate.min.x > middle && under(&kylo, kylo_at),
            "{here}: Kylo's plate {:?} under his bust at {kylo_at}, in the box {:?}",
            kylo.plate,
            kylo.dialogue
        );
        // In the middle, the plate is in the middle; heard from off stage while Rey
        // stands in the middle, it is beside her.
        let assets = copy_of_fixture("plate-middle");
        let scene = assets.join("story/one/storm.ron");
        replace(
            &scene,
            r#"Say("kylo", "Only me."),"#,
            r#"Move("kylo", Centre), Say("kylo", "Only me."),"#,
        );
        replace(
            &scene,
            r#"Say("kylo", "Not yet."),"#,
            r#"Hide("kylo"), Move("rey", Centre), Voice("kylo", "Not yet."),"#,
        );
        let mut app = game_of_in_window(&assets, &fresh_folder("phone-plate"), size);
        to_laid_out_title(&mut app);
        to_a_spoken_line(&mut app);
        let mut faces = Vec::new();
        for line in ["Only me.", "Not yet."] {
            while app.world().resource::<Reveal>().speaker() != Some("Kylo Ren") {
                next_line_by(&mut app, |app| press(app, KeyCode::Space));
            }
            let kylo = story_layout(&mut app);
            faces.push(plate_face(&mut app));
            let from_middle = (kylo.plate.center().x - kylo.dialogue.center().x).abs();
            if line == "Only me." {
                assert!(
                    from_middle < 4.0,
                    "{here}: at {line:?}, Kylo's plate {:?} in the middle of the box {:?}",
                    kylo.plate,
                    kylo.dialogue
                );
            } else {
                // Rey stands in the middle, as Kylo did.
                let (plate, dialogue) = (kylo.plate, kylo.dialogue);
                assert!(
                    from_middle > plate.width() / 2.0
                        && plate.min.x >= dialogue.min.x
                        && plate.max.x <= dialogue.max.x,
                    "{here}: at {line:?}, the voice's plate {plate:?} under Rey in the \
                     middle, or out of the box {dialogue:?}"
                );
            }
            next_line_by(&mut app, |app| press(app, KeyCode::Space));
        }
        assert_ne!(faces[0], faces[1], "{here}: a voice's name is set apart");
        if size.0 < size.1 {
            continue;
        }
        run_until(&mut app, "a choice", Duration::from_secs(60), |app| {
            let choosing = common::screens::focus(app).is_some_and(|f| f.menu == Menu::Choice);
            if !choosing {
                press(app, KeyCode::Space);
            }
            choosing
        });
        settle(&mut app);
        let world = app.world_mut();
        let mut items = world.query::<(Entity, &MenuItem)>();
        let choices: Vec<Entity> = items
            .iter(world)
            .filter(|(_, item)| item.menu == Menu::Choice)
            .map(|(e, _)| e)
            .collect();
        let lowest = choices
            .iter()
            .map(|&e| rect_of(world, e).max.y)
            .fold(0.0, f32::max);
        let top = story_layout(&mut app).plate.min.y;
        assert!(
            top - lowest < size.1 as f32 * 0.12,
            "{here}: the lowest choice ends at {lowest}, far above the box's plate at {top}"
        );
    }
}

#[test]
fn touch_reads_on_rolls_back_hides_and_backs_out() {
    let mut app = reading_in(PHONE, 1.0);
    let story = story_layout(&mut app);
    let in_box = story.dialogue.center();
    let first = shown(&app);

    // A tap reads on, as a click does.
    let second = tap_to_next_line(&mut app, in_box);
    assert_ne!(second, first, "a tap read on");

    // A swipe down rolls back one line.
    touch(
        &mut app,
        in_box - Vec2::Y * 100.0,
        in_box + Vec2::Y * 100.0,
        0.25,
    );
    run_until(&mut app, "the line before", Duration::from_secs(5), |app| {
        shown(app) == first
    });
    assert_eq!(overlay(&app), Overlay::None);
    let again = tap_to_next_line(&mut app, in_box);
    assert_eq!(again, second, "a tap reads on to the same line again");

    // A swipe up hides the interface; a tap brings it back without reading on.
    touch(&mut app, in_box, in_box - Vec2::Y * 200.0, 0.25);
    assert!(app.world().resource::<Reading>().hidden, "swipe up hid it");
    touch(&mut app, in_box, in_box, 0.1);
    assert!(!app.world().resource::<Reading>().hidden, "a tap showed it");
    assert_eq!(shown(&app), second, "and read nothing on");

    // A slow drag sideways is no gesture at all.
    touch(&mut app, in_box, in_box + Vec2::X * 120.0, 0.3);
    assert_eq!(shown(&app), second);
    assert!(!app.world().resource::<Reading>().hidden);

    // A long press does what a right click does: asks about returning to the title.
    touch(&mut app, in_box, in_box + Vec2::X * 3.0, 0.8);
    assert_eq!(
        overlay(&app),
        Overlay::Leave,
        "long press, as a right click"
    );
    assert!(app.world().resource::<Gestures>().0.is_empty());
    // And in the question, a long press backs out again, as a right click does.
    touch(&mut app, Vec2::new(20.0, 20.0), Vec2::new(20.0, 20.0), 0.8);
    assert_eq!(overlay(&app), Overlay::None);
    assert_eq!(shown(&app), second, "and the story is where it was");

    // A tap on a quick-menu button is that button's, not a tap to read on.
    let history = {
        let world = app.world_mut();
        let mut buttons = world.query::<(Entity, &QuickAction)>();
        let (entity, _) = buttons
            .iter(world)
            .find(|(_, a)| **a == QuickAction::History)
            .expect("History");
        rect_of(world, entity).center()
    };
    touch(&mut app, history, history, 0.1);
    assert_eq!(
        overlay(&app),
        Overlay::History,
        "the button opened the history"
    );
    press(&mut app, KeyCode::Escape);
    assert_eq!(shown(&app), second, "the tap on it read nothing on");
}
