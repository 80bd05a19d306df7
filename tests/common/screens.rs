//! The story's screens one after another, for tests that check each the same way
//! (the handheld's text sizes, the phone's fit).

use std::path::Path;
use std::time::Duration;

use after_the_rain::overlays::gallery::{Tiles, Viewing};
use after_the_rain::screens::title::{TitleItem, TitleItems};
use after_the_rain::session::Overlay;
use after_the_rain::settings::ReaderSettings;
use after_the_rain::theme::widgets::{Menu, MenuFocus};
use after_the_rain::views::dialogue::Reveal;
use bevy::prelude::*;

use super::{fresh_folder, headless_game_saving_in, press, run_until, to_title};

pub fn overlay(app: &App) -> Overlay {
    *app.world().resource::<State<Overlay>>().get()
}

pub fn focus(app: &App) -> Option<MenuFocus> {
    app.world().get_resource::<MenuFocus>().copied()
}

/// The line in the box, as far as it has typed.
pub fn shown(app: &App) -> String {
    app.world().resource::<Reveal>().line()
}

/// Whether `entity` is drawn: neither it nor a parent is hidden or left out of the
/// layout (the development run's error overlay, for one, waits hidden).
pub fn on_screen(world: &World, mut entity: Entity) -> bool {
    loop {
        if world
            .get::<Node>(entity)
            .is_some_and(|n| n.display == Display::None)
            || world.get::<Visibility>(entity) == Some(&Visibility::Hidden)
        {
            return false;
        }
        match world.get::<ChildOf>(entity) {
            Some(parent) => entity = parent.parent(),
            None => return true,
        }
    }
}

/// The current line is still typing.
pub fn typing(app: &App) -> bool {
    !app.world().resource::<Reveal>().done()
}

/// A new game on `assets` with the settings `set`, read on with Space up to the moment
/// the line `text` starts to type.
pub fn game_at(assets: &Path, text: &str, set: impl FnOnce(&mut ReaderSettings)) -> App {
    let mut app = headless_game_saving_in(assets, &fresh_folder("reading"));
    to_title(&mut app);
    {
        let mut settings = app.world_mut().resource_mut::<ReaderSettings>();
        // Slow letters, so a short line types for most of a second.
        settings.text_speed = 10.0;
        set(&mut settings);
    }
    // A fresh saves folder: New Game is the first item.
    press(&mut app, KeyCode::Enter);
    read_to(&mut app, text);
    app
}

/// Reads on until the line `text` starts to type.
pub fn read_to(app: &mut App, text: &str) {
    run_until(app, text, Duration::from_secs(60), |app| {
        if shown(app) == text {
            return true;
        }
        if !typing(app) {
            press(app, KeyCode::Space);
        }
        false
    });
}

pub fn notice(app: &App) -> String {
    app.world()
        .resource::<after_the_rain::notice::Notice>()
        .text
        .clone()
}

/// The title, shown and laid out.
pub fn to_laid_out_title(app: &mut App) {
    to_title(app);
    app.update();
}

pub fn title_item(app: &App, item: TitleItem) -> usize {
    app.world()
        .resource::<TitleItems>()
        .0
        .iter()
        .position(|i| *i == item)
        .unwrap_or_else(|| panic!("{item:?} on the title"))
}

/// Picks `item` on the title with the keyboard.
pub fn pick_on_title(app: &mut App, item: TitleItem) {
    let at = title_item(app, item);
    app.insert_resource(MenuFocus {
        menu: Menu::Title,
        index: at,
    });
    press(app, KeyCode::Enter);
}

/// Reads on with `act` until a new line is out whole; returns it.
pub fn next_line_by(app: &mut App, mut act: impl FnMut(&mut App)) -> String {
    let before = shown(app);
    run_until(app, "the next line", Duration::from_secs(30), |app| {
        let done = app.world().resource::<Reveal>().done();
        if shown(app) != before && done && !shown(app).is_empty() {
            return true;
        }
        act(app);
        false
    });
    shown(app)
}

/// From the title: settings, chapters, the gallery and a seen picture in it, each
/// passed to `visit` with its name; back on the title at the end.
pub fn visit_title_screens(app: &mut App, mut visit: impl FnMut(&mut App, &str)) {
    for (item, expected, what) in [
        (TitleItem::Settings, Overlay::Settings, "settings"),
        (TitleItem::Chapters, Overlay::Chapters, "chapters"),
        (TitleItem::Gallery, Overlay::Gallery, "the gallery"),
    ] {
        pick_on_title(app, item);
        assert_eq!(overlay(app), expected);
        visit(app, what);
        if expected == Overlay::Gallery {
            // A seen picture open full screen, with its title and how to go on.
            let seen = app
                .world()
                .resource::<Tiles>()
                .0
                .iter()
                .position(|t| t.seen)
                .expect("a seen tile");
            app.insert_resource(MenuFocus {
                menu: Menu::Gallery,
                index: seen,
            });
            press(app, KeyCode::Enter);
            assert!(app.world().get_resource::<Viewing>().is_some());
            visit(app, "a gallery picture");
            press(app, KeyCode::Escape);
        }
        press(app, KeyCode::Escape);
        assert_eq!(overlay(app), Overlay::None);
    }
}

pub fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut texts = world.query::<&Text>();
    texts.iter(world).map(|t| t.0.clone()).collect()
}

/// From a line of the story (quick-saved first, so the load screen has a slot): each
/// overlay over it, a question over the save screen's slots, then on to the next choice;
/// `visit` is called on each with its name, and the story is left at the choice.
pub fn visit_story_screens(app: &mut App, mut visit: impl FnMut(&mut App, &str)) {
    press(app, KeyCode::F5);
    for (key, expected, what) in [
        (KeyCode::KeyL, Overlay::History, "the history"),
        (
            KeyCode::Escape,
            Overlay::Leave,
            "the question before leaving",
        ),
        (KeyCode::F2, Overlay::Save, "the save screen"),
        (KeyCode::F3, Overlay::Load, "the load screen"),
    ] {
        press(app, key);
        assert_eq!(overlay(app), expected, "{what}");
        visit(app, what);
        press(app, KeyCode::Escape);
        assert_eq!(overlay(app), Overlay::None);
    }
    // A save, then another over it: the question.
    press(app, KeyCode::F2);
    app.insert_resource(MenuFocus {
        menu: Menu::Slots,
        index: 0,
    });
    press(app, KeyCode::Enter);
    app.update();
    press(app, KeyCode::Enter);
    assert!(
        texts(app).iter().any(|t| t.starts_with("Save over")),
        "the question is up"
    );
    visit(app, "a question over the slots");
    press(app, KeyCode::Escape);
    press(app, KeyCode::Escape);
    run_until(app, "a choice", Duration::from_secs(60), |app| {
        let choosing = focus(app).is_some_and(|f| f.menu == Menu::Choice);
        if !choosing {
            press(app, KeyCode::Space);
        }
        choosing
    });
    visit(app, "a choice");
}
