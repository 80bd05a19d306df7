//! Restoring moments in the whole game, headless: a save made in Chapter 3 brings back
//! the same line, cast, place and sound after going to the title and choosing Continue;
//! rolling back across a choice lets the reader choose the other option; damaged saves
//! and saves from an edited story load or fail cleanly.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use after_the_rain::Mix;
use after_the_rain::director::{
    self, Input, Moment, Picture, Showing, Waiting, screen_picture, snapshot,
};
use after_the_rain::notice::Notice;
use after_the_rain::play::Playback;
use after_the_rain::save::{SAVE_VERSION, SaveFile};
use after_the_rain::saves::{Page, Slot, SlotContent, Store, read_slot};
use after_the_rain::session::Overlay;
use after_the_rain::session::Screen;
use after_the_rain::story::check_folder;
use after_the_rain::theme::widgets::{Menu, MenuFocus};
use after_the_rain::views::dialogue::Reveal;
use bevy::prelude::*;
use common::{
    fixture_assets, fresh_folder, headless_game_saving_in, press, run_until, screen, skip_until,
    story, to_title,
};

fn playback(app: &App) -> &Playback {
    app.world().resource::<Playback>()
}

fn focus(app: &App) -> Option<Menu> {
    app.world().get_resource::<MenuFocus>().map(|f| f.menu)
}

/// The files drawn on stage now: the backdrop and the cast.
fn drawn(app: &mut App) -> BTreeSet<String> {
    let world = app.world_mut();
    let mut sprites = world.query::<&Sprite>();
    let handles: Vec<Handle<Image>> = sprites
        .iter(world)
        .map(|s| s.image.clone())
        .filter(|h| *h != Handle::default())
        .collect();
    let server = world.resource::<AssetServer>();
    handles
        .iter()
        .filter_map(|h| {
            server
                .get_path(h)
                .map(|p| p.path().to_string_lossy().into_owned())
        })
        .collect()
}

/// What the picture says should be drawn.
fn expected_drawing(picture: &Picture) -> BTreeSet<String> {
    picture
        .place
        .iter()
        .map(|p| p.background.clone())
        // Each member as their layers: the body and the face parts, eyes open and
        // mouth closed (nobody blinks or speaks in the first frames of a restored line).
        .chain(picture.cast.iter().flat_map(|a| {
            std::iter::once(a.look.body.clone()).chain(a.look.parts().map(|l| l.file.clone()))
        }))
        .collect()
}

fn shown_line(app: &App) -> String {
    app.world().resource::<Reveal>().line()
}

fn ambience(app: &App) -> Option<String> {
    app.world().resource::<Mix>().ambience.clone()
}

#[test]
fn a_save_in_chapter_three_continues_from_the_title_with_the_same_line_stage_and_sound() {
    let saves = fresh_folder("continue");
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    app.update();
    let story = story(&app);
    assert_eq!(
        drawn(&mut app),
        expected_drawing(&screen_picture(&story, &story.title_screen)),
        "the title screen shows its picture"
    );
    press(&mut app, KeyCode::Enter); // New Game: the only save-less choice on top
    assert_eq!(screen(&app), Screen::Game);
    skip_until(&mut app, "Chapter 3", KeyCode::Digit1, |app| {
        playback(app).stop.as_ref().is_some_and(|s| {
            s.chapter == Some(2) && s.waiting == Waiting::Line && s.beats.len() >= 6
        })
    });
    let saved = playback(&app).stop.clone().expect("a line shows");
    let picture = snapshot(&story, &saved);
    assert_eq!(drawn(&mut app), expected_drawing(&picture));

    press(&mut app, KeyCode::F5); // quick save
    let notice = app.world().resource::<Notice>().text.clone();
    assert!(notice.starts_with("Saved"), "{notice}");

    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::ArrowUp);
    press(&mut app, KeyCode::Enter); // "Return to title"
    assert_eq!(screen(&app), Screen::Title);
    press(&mut app, KeyCode::Enter); // Continue has the focus
    run_until(&mut app, "the story again", Duration::from_secs(5), |app| {
        playback(app).stop.is_some()
    });
    for _ in 0..3 {
        app.update();
    }

    assert_eq!(screen(&app), Screen::Game);
    assert_eq!(playback(&app).stop.as_ref(), Some(&saved));
    let Showing::Line(line) = &picture.showing else {
        panic!("a line was saved")
    };
    assert_eq!(shown_line(&app), line.text, "the same line, shown whole");
    assert!(app.world().resource::<Reveal>().done());
    assert_eq!(
        drawn(&mut app),
        expected_drawing(&picture),
        "the same place and cast"
    );
    // The same ambience, once the moment's files are in (sound starts with its picture).
    let expected = picture.ambience.clone();
    run_until(
        &mut app,
        "the same ambience",
        Duration::from_secs(5),
        |app| ambience(app) == expected,
    );
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn rolling_back_across_a_choice_lets_the_reader_choose_the_other_option() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("rollback"));
    to_title(&mut app);
    press(&mut app, KeyCode::Enter);
    skip_until(&mut app, "the first choice", KeyCode::Digit1, |app| {
        focus(app) == Some(Menu::Choice)
    });
    let story = story(&app);
    let asking = playback(&app).stop.clone().expect("a choice shows");
    let after = |option| {
        let (state, _) = director::play(&story, &asking, Input::Choose(option)).expect("chooses");
        match snapshot(&story, &state).showing {
            Showing::Line(line) => line.text,
            other => panic!("{other:?}"),
        }
    };
    let (first, second) = (after(0), after(1));
    assert_ne!(first, second, "the two options lead to different lines");

    press(&mut app, KeyCode::Digit1);
    run_until(
        &mut app,
        "the first option's line",
        Duration::from_secs(10),
        |app| {
            press(app, KeyCode::Space);
            shown_line(app) == first
        },
    );
    // Back, one line at a time, until the choice is asked again.
    let mut steps = 0;
    while focus(&app) != Some(Menu::Choice) {
        press(&mut app, KeyCode::PageUp);
        steps += 1;
        assert!(steps < 10, "the choice never came back");
    }
    assert_eq!(playback(&app).stop.as_ref(), Some(&asking));
    press(&mut app, KeyCode::Digit2);
    run_until(
        &mut app,
        "the second option's line",
        Duration::from_secs(10),
        |app| {
            press(app, KeyCode::Space);
            shown_line(app) == second
        },
    );
}

/// Writes a save file into `slot` of the folder `saves`, as text.
fn put(saves: &Path, slot: Slot, text: &str) {
    std::fs::create_dir_all(saves).expect("a folder");
    std::fs::write(saves.join(slot.key()), text).expect("written");
}

#[test]
fn damaged_newer_and_edited_story_saves_load_or_fail_cleanly() {
    let saves = fresh_folder("damaged");
    let story = check_folder(&fixture_assets())
        .story
        .expect("the test story");
    // A save at a real line, whose line has since been reworded: its hash is off.
    let mut state = director::State::default();
    while !(state.waiting == Waiting::Line && state.beats.len() >= 3) {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        state = director::play(&story, &state, input).expect("plays").0;
    }
    let mut moment = Moment::of(&story, &state).expect("a line shows");
    moment.place.hash ^= 1;
    let edited = SaveFile {
        version: SAVE_VERSION,
        saved_at: 100,
        chapter: "Chapter 1".into(),
        line: "…".into(),
        moment,
    };
    let slot = |index| Slot {
        page: Page::Number(1),
        index,
    };
    put(
        &saves,
        slot(0),
        "(version: 1, moment: (place: (scene: \"rain\", li",
    );
    put(
        &saves,
        slot(1),
        &edited.to_text().replace("(version:2,", "(version:99,"),
    );
    put(&saves, slot(2), &edited.to_text());
    // The game starts with these saves in its folder.
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    let store = app.world().resource::<Store>();
    assert!(
        matches!(read_slot(store, slot(0)), SlotContent::Broken(why) if why.contains("damaged"))
    );
    assert!(
        matches!(read_slot(store, slot(1)), SlotContent::Broken(why) if why.contains("newer version"))
    );

    // Continue loads the newest save that can be read: the edited story's.
    assert_eq!(screen(&app), Screen::Title);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, "the story", Duration::from_secs(5), |app| {
        playback(app).stop.is_some()
    });
    let resumed = playback(&app).stop.clone().expect("resumed");
    assert_eq!(
        (resumed.scene, resumed.step),
        (state.scene, state.step),
        "at the line whose words changed"
    );

    // The load screen shows every slot, the damaged ones with what is wrong.
    press(&mut app, KeyCode::F3);
    app.update();
    assert_eq!(
        *app.world().resource::<State<Overlay>>().get(),
        Overlay::Load
    );
    // Picking the damaged slot leaves the reader where they are, told why.
    press(&mut app, KeyCode::Enter);
    app.update();
    assert_eq!(
        *app.world().resource::<State<Overlay>>().get(),
        Overlay::Load
    );
    let notice = app.world().resource::<Notice>().text.clone();
    assert!(notice.contains("damaged"), "{notice}");
    assert_eq!(playback(&app).stop.as_ref(), Some(&resumed));
    let _ = std::fs::remove_dir_all(saves);
}
