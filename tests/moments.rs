//! The story's peaks, headless on the fixture story: an event picture dissolves in over
//! the place, survives a quick save and load, rollback and a hot reload, and unlocks its gallery tile
//! for good (across a restart); Chapters appears on the title only after the credits,
//! and starts a chapter at its first line with the reader's own choices.

mod common;

use std::time::Duration;

use after_the_rain::director::{self, Showing, Waiting};
use after_the_rain::overlays::gallery::{Tiles, Viewing};
use after_the_rain::play::Playback;
use after_the_rain::progress::Progress;
use after_the_rain::screens::title::{TitleItem, TitleItems};
use after_the_rain::session::{Overlay, Screen, StartFrom};
use after_the_rain::theme::widgets::MenuFocus;
use after_the_rain::views::dialogue::Reveal;
use after_the_rain::views::stage::EventShown;
use bevy::prelude::*;
use common::{
    copy_of_fixture, fixture_assets, fresh_folder, headless_dev_game, headless_game_saving_in,
    press, run_until, run_until_outside, screen, skip_until, to_title,
};

fn playback(app: &App) -> &Playback {
    app.world().resource::<Playback>()
}

fn focus(app: &App) -> Option<MenuFocus> {
    app.world().get_resource::<MenuFocus>().copied()
}

/// The line a state shows, as the director sees it.
fn shown_in(story: &after_the_rain::story::Story, state: &director::State) -> String {
    match director::snapshot(story, state).showing {
        Showing::Line(line) => line.text,
        _ => String::new(),
    }
}

fn shown_line(app: &App) -> String {
    app.world().resource::<Reveal>().line()
}

/// The event picture on stage: its file and how opaque it is.
fn event_shown(app: &mut App) -> Option<(String, f32)> {
    let world = app.world_mut();
    let mut shown = world.query_filtered::<&Sprite, With<EventShown>>();
    let sprite = shown.iter(world).next()?.clone();
    let server = world.resource::<AssetServer>();
    let path = server
        .get_path(&sprite.image)?
        .path()
        .to_string_lossy()
        .into_owned();
    Some((path, sprite.color.alpha()))
}

/// Reads on to the line `text`, clicking through lines and skipping.
fn skip_to_line(app: &mut App, text: &str) {
    skip_until(app, text, KeyCode::Digit1, |app| {
        playback(app).stop.is_some() && shown_line(app) == text
    });
}

/// Picks `item` on the title screen with the arrow keys and Enter.
fn pick_on_title(app: &mut App, item: TitleItem) {
    let items = app.world().resource::<TitleItems>().0.clone();
    let at = items
        .iter()
        .position(|i| *i == item)
        .unwrap_or_else(|| panic!("{item:?} is not on the title: {items:?}"));
    while focus(app).map(|f| f.index) != Some(at) {
        press(app, KeyCode::ArrowDown);
    }
    press(app, KeyCode::Enter);
}

fn title_items(app: &App) -> Vec<TitleItem> {
    app.world().resource::<TitleItems>().0.clone()
}

#[test]
fn an_event_picture_survives_save_rollback_and_load_and_stays_in_the_gallery() {
    let saves = fresh_folder("moments");
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    assert!(title_items(&app).contains(&TitleItem::Gallery));
    assert!(!title_items(&app).contains(&TitleItem::Chapters));
    pick_on_title(&mut app, TitleItem::NewGame);
    skip_to_line(&mut app, "The rain went on.");
    run_until(&mut app, "the picture in", Duration::from_secs(3), |app| {
        event_shown(app).is_some_and(|(_, alpha)| alpha >= 1.0)
    });
    assert_eq!(
        event_shown(&mut app).map(|(file, _)| file),
        Some("images/places/lake.webp".to_string()),
        "the parting is painted over the clearing"
    );
    assert!(
        app.world()
            .resource::<Progress>()
            .pictures
            .contains("parting"),
        "seen once, it is the gallery's"
    );

    press(&mut app, KeyCode::F5); // quick save, on the picture
    press(&mut app, KeyCode::PageUp); // back to the line before it
    assert_eq!(shown_line(&app), "Stay, then.");
    assert_eq!(
        event_shown(&mut app),
        None,
        "before the picture, no picture"
    );
    press(&mut app, KeyCode::PageDown);
    assert_eq!(shown_line(&app), "The rain went on.");
    assert!(
        event_shown(&mut app).is_some(),
        "rolled forward, it is back"
    );

    // Read on past it, then load the save: the picture comes back with the line.
    skip_to_line(&mut app, "The storm passed over the trees.");
    run_until(
        &mut app,
        "the picture gone",
        Duration::from_secs(3),
        |app| event_shown(app).is_none(),
    );
    press(&mut app, KeyCode::F9);
    run_until(&mut app, "the save loaded", Duration::from_secs(5), |app| {
        shown_line(app) == "The rain went on."
    });
    assert_eq!(
        event_shown(&mut app),
        Some(("images/places/lake.webp".to_string(), 1.0)),
        "a save made on a picture restores it at once"
    );
    drop(app);

    // A new session on the same saves: the gallery still has the picture.
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    pick_on_title(&mut app, TitleItem::Gallery);
    app.update();
    assert_eq!(
        *app.world().resource::<State<Overlay>>().get(),
        Overlay::Gallery
    );
    let tiles = app.world().resource::<Tiles>().0.clone();
    let seen: Vec<(&str, bool)> = tiles.iter().map(|t| (t.id.as_str(), t.seen)).collect();
    assert_eq!(
        seen,
        [("parting", true), ("ward:warm", false), ("ward", false)],
        "story order, and only the seen one open"
    );
    press(&mut app, KeyCode::Enter); // the first tile
    app.update();
    assert_eq!(
        app.world().get_resource::<Viewing>().map(|v| v.index),
        Some(0),
        "a seen tile opens full screen"
    );
    press(&mut app, KeyCode::ArrowRight); // the only seen one: it stays
    assert_eq!(
        app.world().get_resource::<Viewing>().map(|v| v.index),
        Some(0)
    );
    press(&mut app, KeyCode::Escape);
    assert!(app.world().get_resource::<Viewing>().is_none());
    press(&mut app, KeyCode::ArrowRight); // onto a locked tile
    press(&mut app, KeyCode::Enter);
    app.update();
    assert!(
        app.world().get_resource::<Viewing>().is_none(),
        "a locked tile stays shut"
    );
    press(&mut app, KeyCode::Escape);
    app.update();
    assert_eq!(
        *app.world().resource::<State<Overlay>>().get(),
        Overlay::None
    );
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn a_reloaded_story_keeps_the_event_picture() {
    let assets = copy_of_fixture("moments-reload");
    let file = assets.join("story/one/storm.ron");
    let original = std::fs::read_to_string(&file).expect("readable");
    let mut app = headless_dev_game(&assets);
    to_title(&mut app);
    // Straight to the line under the picture, as a loaded save would put the reader.
    let story = common::story(&app);
    let mut state = director::State::default();
    while shown_in(&story, &state) != "The rain went on." {
        let input = match state.waiting {
            Waiting::Choice => director::Input::Choose(0),
            _ => director::Input::Advance,
        };
        state = director::play(&story, &state, input).expect("plays").0;
    }
    app.insert_resource(StartFrom(Some(state)));
    pick_on_title(&mut app, TitleItem::NewGame);
    run_until(&mut app, "the picture in", Duration::from_secs(3), |app| {
        event_shown(app).is_some()
    });
    // The writer rewords the line: the story reloads at it, the picture still there.
    let reworded = original.replace("The rain went on.", "The rain kept on.");
    std::fs::write(&file, &reworded).expect("written");
    run_until_outside(&mut app, "the reworded line", |app| {
        shown_line(app) == "The rain kept on."
    });
    app.update();
    assert_eq!(
        event_shown(&mut app).map(|(file, _)| file),
        Some("images/places/lake.webp".to_string()),
        "the picture survives the reload"
    );
}

#[test]
fn chapters_appear_after_the_credits_and_start_with_the_readers_own_choices() {
    let saves = fresh_folder("chapters");
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    pick_on_title(&mut app, TitleItem::NewGame);
    // The second option at every choice: not the story's first choices.
    skip_until(&mut app, "the credits", KeyCode::Digit2, |app| {
        screen(app) == Screen::Credits
    });
    let entered_three = app.world().resource::<Progress>().chapters.get(&2).cloned();
    let entered_three = entered_three.expect("chapter 3's variables were kept");
    run_until(
        &mut app,
        "the title again",
        Duration::from_secs(120),
        |app| {
            press(app, KeyCode::Space);
            screen(app) == Screen::Title
        },
    );
    app.update();
    assert!(app.world().resource::<Progress>().finished);
    assert!(title_items(&app).contains(&TitleItem::Chapters));

    pick_on_title(&mut app, TitleItem::Chapters);
    app.update();
    assert_eq!(
        *app.world().resource::<State<Overlay>>().get(),
        Overlay::Chapters
    );
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::ArrowDown);
    press(&mut app, KeyCode::Enter); // Chapter 3
    run_until(&mut app, "chapter 3", Duration::from_secs(10), |app| {
        screen(app) == Screen::Game && playback(app).stop.is_some()
    });
    let stop = playback(&app).stop.clone().expect("a line");
    assert_eq!(stop.chapter, Some(2));
    assert_eq!(stop.waiting, Waiting::Line);
    assert_eq!(shown_line(&app), "The medbay hummed.", "its first line");
    assert_eq!(stop.vars, entered_three, "with the reader's own choices");
    let _ = std::fs::remove_dir_all(saves);
}
