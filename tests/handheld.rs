//! Handhelds, headless on the fixture story: at a 1280x800 window (a Steam Deck) every
//! text on every screen is at least 12 px high at the default text size, and a gamepad
//! alone opens, uses and leaves every screen: the title, settings, the gallery,
//! chapters, the story, the history, the question before leaving, and the save and
//! load screens.

mod common;

use std::path::Path;
use std::time::Duration;

use after_the_rain::overlays::gallery::{Tiles, Viewing};
use after_the_rain::overlays::history::HistoryList;
use after_the_rain::play::Playback;
use after_the_rain::screens::title::TitleItem;
use after_the_rain::session::{Overlay, Screen};
use after_the_rain::settings::ReaderSettings;
use after_the_rain::theme::widgets::{Menu, MenuFocus};
use after_the_rain::views::dialogue::Reveal;
use bevy::input::gamepad::{RawGamepadAxisChangedEvent, RawGamepadEvent};
use bevy::prelude::*;
use bevy::text::RemSize;
use bevy::window::{PrimaryWindow, WindowResolution};
use common::screens::{
    focus, next_line_by, notice, on_screen, overlay, shown, texts, title_item, to_laid_out_title,
    visit_story_screens, visit_title_screens,
};
use common::{
    connect_pad, fixture_assets, fresh_folder, headless_game_saving_in, pad_press, press,
    run_until, screen,
};

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

/// The game in a 1280x800 window, as on a Steam Deck.
fn handheld_game(saves: &Path) -> App {
    let mut app = headless_game_saving_in(&fixture_assets(), saves);
    app.world_mut().spawn((
        Window {
            resolution: WindowResolution::new(1280, 800),
            ..default()
        },
        PrimaryWindow,
    ));
    app
}

/// The smallest text on screen, in logical pixels, and its words: every text node and
/// span with words in it, its size resolved as Bevy's text pipeline resolves it (against
/// the window's logical size and the rem size).
fn smallest_text(app: &mut App) -> (f32, String) {
    let world = app.world_mut();
    let viewport = {
        let mut windows = world.query_filtered::<&Window, With<PrimaryWindow>>();
        let window = windows.single(world).expect("the window");
        Vec2::new(window.width(), window.height())
    };
    let rem = world.get_resource::<RemSize>().map_or(16.0, |r| r.0);
    let mut texts = world.query::<(Entity, &TextFont, Option<&Text>, Option<&TextSpan>)>();
    texts
        .iter(world)
        .filter(|(entity, ..)| on_screen(world, *entity))
        .filter_map(|(_, font, text, span)| {
            let words = text.map(|t| t.0.clone()).or(span.map(|s| s.0.clone()))?;
            (!words.trim().is_empty()).then(|| (font.font_size.eval(viewport, rem), words))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .expect("text on screen")
}

/// Checks the smallest text of `what` and returns it, for the report.
fn check_text(app: &mut App, what: &str) -> (f32, String) {
    // A frame for the text size to be applied to what just opened.
    app.update();
    let (size, words) = smallest_text(app);
    assert!(
        size >= 12.0,
        "{what}: {words:?} is {size:.1} px high at 1280x800 (at least 12 wanted)"
    );
    println!("{what}: smallest text {size:.1} px ({words:?})");
    (size, words)
}

/// Pushes the left stick to `value` on `axis` and lets it back, a frame each.
fn stick(app: &mut App, pad: Entity, axis: GamepadAxis, value: f32) {
    for value in [value, 0.0] {
        app.world_mut()
            .write_message(RawGamepadEvent::Axis(RawGamepadAxisChangedEvent::new(
                pad, axis, value,
            )));
        app.update();
    }
}

/// Moves the light of `menu` to item `index` with the d-pad.
fn pad_to(app: &mut App, pad_id: Entity, menu: Menu, index: usize) {
    for _ in 0..30 {
        let lit = focus(app).expect("a menu has the focus");
        assert_eq!(lit.menu, menu);
        if lit.index == index {
            return;
        }
        pad_press(app, pad_id, GamepadButton::DPadDown);
    }
    panic!("the d-pad never reached item {index} of {menu:?}");
}

/// Picks `item` on the title with the d-pad and A.
fn pad_pick_on_title(app: &mut App, pad_id: Entity, item: TitleItem) {
    let at = title_item(app, item);
    pad_to(app, pad_id, Menu::Title, at);
    pad_press(app, pad_id, GamepadButton::South);
}

/// Reads on with A until a new line is out whole.
fn pad_next_line(app: &mut App, pad_id: Entity) -> String {
    next_line_by(app, |app| pad_press(app, pad_id, GamepadButton::South))
}

#[test]
fn every_text_is_at_least_12_px_high_in_a_1280x800_window() {
    let saves = fresh_folder("handheld-text");
    seasoned_reader(&saves);
    let mut app = handheld_game(&saves);
    to_laid_out_title(&mut app);
    let mut smallest = vec![check_text(&mut app, "the title")];

    visit_title_screens(&mut app, |app, what| smallest.push(check_text(app, what)));

    // The story: a line in the box, the name plate, the quick menu.
    let at = title_item(&app, TitleItem::NewGame);
    app.insert_resource(MenuFocus {
        menu: Menu::Title,
        index: at,
    });
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, "a spoken line", Duration::from_secs(60), |app| {
        let spoken = app.world().resource::<Playback>().stop.is_some()
            && texts(app).iter().any(|t| t == "Rey" || t == "Kylo Ren");
        if !spoken {
            press(app, KeyCode::Space);
        }
        spoken && app.world().resource::<Reveal>().done()
    });
    smallest.push(check_text(&mut app, "the story"));
    visit_story_screens(&mut app, |app, what| smallest.push(check_text(app, what)));

    let (size, words) = smallest
        .into_iter()
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .expect("screens checked");
    println!("the smallest text of all: {size:.1} px ({words:?})");
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn a_gamepad_alone_uses_every_screen() {
    let saves = fresh_folder("handheld-pad");
    seasoned_reader(&saves);
    let mut app = handheld_game(&saves);
    let p = connect_pad(&mut app);
    to_laid_out_title(&mut app);

    // Settings: move to the text size, step it up with the d-pad, and back out.
    pad_pick_on_title(&mut app, p, TitleItem::Settings);
    assert_eq!(overlay(&app), Overlay::Settings);
    pad_press(&mut app, p, GamepadButton::DPadDown);
    // The left stick moves as the d-pad does.
    stick(&mut app, p, GamepadAxis::LeftStickY, -1.0);
    assert_eq!(focus(&app).map(|f| f.index), Some(2), "on the text size");
    pad_press(&mut app, p, GamepadButton::DPadRight);
    assert_eq!(
        app.world().resource::<ReaderSettings>().text_size,
        1.25,
        "the text size stepped up"
    );
    pad_press(&mut app, p, GamepadButton::DPadLeft);
    assert_eq!(app.world().resource::<ReaderSettings>().text_size, 1.0);
    pad_press(&mut app, p, GamepadButton::South);
    assert_eq!(app.world().resource::<ReaderSettings>().text_size, 1.25);
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::None, "B left the settings");
    assert_eq!(
        focus(&app).map(|f| f.menu),
        Some(Menu::Title),
        "the title has the pad again"
    );

    // The gallery: open the seen tile full screen, then back to the tiles and out.
    pad_pick_on_title(&mut app, p, TitleItem::Gallery);
    assert_eq!(overlay(&app), Overlay::Gallery);
    let seen = app
        .world()
        .resource::<Tiles>()
        .0
        .iter()
        .position(|t| t.seen)
        .expect("a seen tile");
    pad_to(&mut app, p, Menu::Gallery, seen);
    pad_press(&mut app, p, GamepadButton::South);
    assert_eq!(
        app.world().get_resource::<Viewing>().map(|v| v.index),
        Some(seen),
        "A opened the picture"
    );
    pad_press(&mut app, p, GamepadButton::East);
    assert!(
        app.world().get_resource::<Viewing>().is_none(),
        "B closed it"
    );
    assert_eq!(overlay(&app), Overlay::Gallery);
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::None);

    // Chapters: the d-pad moves down the list; B goes back.
    pad_pick_on_title(&mut app, p, TitleItem::Chapters);
    assert_eq!(overlay(&app), Overlay::Chapters);
    pad_press(&mut app, p, GamepadButton::DPadDown);
    assert_eq!(
        focus(&app).map(|f| (f.menu, f.index)),
        Some((Menu::Chapters, 1))
    );
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::None);

    // The story, read with A.
    pad_pick_on_title(&mut app, p, TitleItem::NewGame);
    assert_eq!(screen(&app), Screen::Game);
    let first = pad_next_line(&mut app, p);
    let second = pad_next_line(&mut app, p);
    assert_ne!(first, second);

    // The history: Select opens it, the d-pad and LB scroll it, Select closes it.
    pad_press(&mut app, p, GamepadButton::Select);
    assert_eq!(overlay(&app), Overlay::History);
    // (Headless there is no layout: the list is given the size a window would.)
    {
        let world = app.world_mut();
        let mut lists = world.query_filtered::<&mut ComputedNode, With<HistoryList>>();
        let mut node = lists.single_mut(world).expect("the list");
        node.size = Vec2::new(1280.0, 800.0);
        node.content_size = Vec2::new(1280.0, 3000.0);
    }
    app.update();
    let scrolled = |app: &mut App| {
        let world = app.world_mut();
        let mut lists = world.query_filtered::<&ScrollPosition, With<HistoryList>>();
        lists.single(world).expect("the list").y
    };
    let end = scrolled(&mut app);
    assert_eq!(end, 2200.0, "it opens at the newest line");
    pad_press(&mut app, p, GamepadButton::DPadUp);
    assert_eq!(scrolled(&mut app), end - 60.0, "the d-pad scrolled up");
    pad_press(&mut app, p, GamepadButton::LeftTrigger);
    assert!(scrolled(&mut app) < end - 600.0, "LB scrolled a page up");
    pad_press(&mut app, p, GamepadButton::RightTrigger);
    pad_press(&mut app, p, GamepadButton::DPadDown);
    assert_eq!(
        scrolled(&mut app),
        end,
        "RB and the d-pad scrolled back down"
    );
    pad_press(&mut app, p, GamepadButton::Select);
    assert_eq!(overlay(&app), Overlay::None);
    assert_eq!(shown(&app), second, "the history read nothing on");

    // Start: the question before leaving, and from it the save screen.
    pad_press(&mut app, p, GamepadButton::Start);
    assert_eq!(overlay(&app), Overlay::Leave);
    assert_eq!(
        focus(&app).map(|f| (f.menu, f.index)),
        Some((Menu::Confirm, 1)),
        "Keep reading is lit"
    );
    pad_press(&mut app, p, GamepadButton::DPadDown);
    pad_press(&mut app, p, GamepadButton::South);
    assert_eq!(overlay(&app), Overlay::Save, "Save, under the question");
    pad_press(&mut app, p, GamepadButton::South);
    assert!(
        saves.join("1-1.ron").exists(),
        "A saved in the first slot: {}",
        notice(&app)
    );
    assert_eq!(notice(&app), "Saved in page 1, slot 1.");
    // X asks to delete the lit save; B says no.
    pad_press(&mut app, p, GamepadButton::West);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t == "Delete the save in page 1, slot 1?"),
        "X asks before deleting"
    );
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::Save, "B closed the question only");
    assert!(saves.join("1-1.ron").exists(), "the save is still there");
    // RB and LB turn the pages.
    pad_press(&mut app, p, GamepadButton::RightTrigger);
    assert!(texts(&mut app).iter().any(|t| t == "[2]"), "RB: page 2");
    pad_press(&mut app, p, GamepadButton::LeftTrigger);
    assert!(texts(&mut app).iter().any(|t| t == "[1]"), "LB: page 1");
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::None);
    assert_eq!(shown(&app), second);

    // Read on, then load the save from the question's Load.
    pad_next_line(&mut app, p);
    pad_press(&mut app, p, GamepadButton::Start);
    pad_to(&mut app, p, Menu::Confirm, 3);
    pad_press(&mut app, p, GamepadButton::South);
    assert_eq!(overlay(&app), Overlay::Load);
    pad_to(&mut app, p, Menu::Slots, 0);
    pad_press(&mut app, p, GamepadButton::South);
    assert_eq!(overlay(&app), Overlay::None, "A loaded the save");
    run_until(&mut app, "the saved line", Duration::from_secs(10), |app| {
        shown(app) == second
    });

    // Settings from the question, and back.
    pad_press(&mut app, p, GamepadButton::Start);
    pad_to(&mut app, p, Menu::Confirm, 4);
    pad_press(&mut app, p, GamepadButton::South);
    assert_eq!(overlay(&app), Overlay::Settings);
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::None);

    // Start, B: the question and out of it; Start, up, A: back to the title.
    pad_press(&mut app, p, GamepadButton::Start);
    assert_eq!(overlay(&app), Overlay::Leave);
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::None);
    assert_eq!(screen(&app), Screen::Game);
    pad_press(&mut app, p, GamepadButton::Start);
    pad_press(&mut app, p, GamepadButton::DPadUp);
    pad_press(&mut app, p, GamepadButton::South);
    app.update();
    assert_eq!(screen(&app), Screen::Title, "Return to title");

    // And the title's Load, with the pad.
    pad_pick_on_title(&mut app, p, TitleItem::Load);
    assert_eq!(overlay(&app), Overlay::Load);
    pad_press(&mut app, p, GamepadButton::East);
    assert_eq!(overlay(&app), Overlay::None);
    assert_eq!(screen(&app), Screen::Title);
    let _ = std::fs::remove_dir_all(saves);
}
