//! Saves under hostile conditions, in the whole game, headless, on the test story:
//! Continue passes over a damaged newest save (and names it) to the next good one; a
//! file far too big to be a save is refused without being read; reading on autosaves
//! every so often, and loading an older save autosaves at once, so that after a crash
//! (the app dropped without quitting) Continue comes back to where the reader was.

mod common;

use std::time::Duration;

use after_the_rain::director::{self, Bookmark, Input, Moment, Waiting};
use after_the_rain::notice::Notice;
use after_the_rain::play::Playback;
use after_the_rain::save::{SAVE_VERSION, SaveFile};
use after_the_rain::saves::{
    AutosaveEvery, Page, SaveAction, Slot, SlotContent, Store, read_save, read_slot,
};
use after_the_rain::session::Screen;
use after_the_rain::story::{Story, check_folder};
use bevy::prelude::*;
use common::{
    fixture_assets, fresh_folder, headless_game_saving_in, press, run_for, run_until, screen,
    to_title,
};

fn playback(app: &App) -> &Playback {
    app.world().resource::<Playback>()
}

fn slot(page: u8, index: u8) -> Slot {
    Slot {
        page: Page::Number(page),
        index,
    }
}

/// The test story's state at its `n`th line (taking the first option of choices).
fn state_at_line(n: usize) -> (Story, director::State) {
    let story = check_folder(&fixture_assets())
        .story
        .expect("the test story");
    let mut state = director::State::default();
    let mut lines = 0;
    loop {
        let input = match state.waiting {
            Waiting::Choice => Input::Choose(0),
            _ => Input::Advance,
        };
        state = director::play(&story, &state, input).expect("plays").0;
        if state.waiting == Waiting::Line {
            lines += 1;
            if lines == n {
                return (story, state);
            }
        }
    }
}

/// A save file of `state`, saved at `saved_at`.
fn save_of(story: &Story, state: &director::State, saved_at: u64) -> String {
    SaveFile {
        version: SAVE_VERSION,
        saved_at,
        chapter: "Chapter 1".into(),
        line: "…".into(),
        moment: Moment::of(story, state).expect("a line"),
    }
    .to_text()
}

/// Whether an autosave holds the reader's place at `state`.
fn autosaved(app: &App, story: &Story, state: &director::State) -> bool {
    let place = Bookmark::of(story, state);
    let store = app.world().resource::<Store>();
    Page::Auto
        .slots()
        .filter_map(|slot| read_save(store, slot).ok())
        .any(|file| Some(file.moment.place) == place)
}

#[test]
fn continue_passes_over_a_damaged_newest_save_and_names_it() {
    let saves = fresh_folder("continue-damaged");
    std::fs::create_dir_all(&saves).expect("a folder");
    let (story, state) = state_at_line(5);
    std::fs::write(saves.join(slot(1, 0).key()), save_of(&story, &state, 100)).expect("written");
    // Newer, with its summary whole but the rest cut off (a crash while copying).
    let newer = save_of(&story, &state, 200);
    std::fs::write(saves.join(slot(2, 0).key()), &newer[..newer.len() / 2]).expect("written");
    // And 50 MB where a save should be.
    std::fs::write(saves.join(slot(3, 0).key()), vec![b'('; 50 << 20]).expect("written");

    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    let store = app.world().resource::<Store>();
    let huge = read_slot(store, slot(3, 0));
    assert!(
        matches!(&huge, SlotContent::Broken(why) if why.contains("too big")),
        "{huge:?}"
    );
    assert!(matches!(
        read_slot(store, slot(2, 0)),
        SlotContent::Saved(_)
    ));
    press(&mut app, KeyCode::Enter); // Continue has the focus
    run_until(&mut app, "the story", Duration::from_secs(10), |app| {
        playback(app).stop.is_some()
    });
    assert_eq!(screen(&app), Screen::Game);
    assert_eq!(
        playback(&app).stop.as_ref(),
        Some(&state),
        "the good save's line"
    );
    let notice = app.world().resource::<Notice>().text.clone();
    assert!(
        notice.contains("page 2, slot 1") && notice.contains("damaged"),
        "{notice}"
    );
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn after_loading_an_older_save_a_crash_comes_back_to_it() {
    let saves = fresh_folder("load-older");
    std::fs::create_dir_all(&saves).expect("a folder");
    let (story, older) = state_at_line(3);
    let (_, newer) = state_at_line(8);
    std::fs::write(saves.join(slot(1, 0).key()), save_of(&story, &older, 100)).expect("written");
    std::fs::write(saves.join(slot(1, 1).key()), save_of(&story, &newer, 200)).expect("written");
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    app.world_mut().write_message(SaveAction::Load(slot(1, 0)));
    run_until(&mut app, "the older save", Duration::from_secs(10), |app| {
        playback(app).stop.as_ref() == Some(&older)
    });
    run_until(
        &mut app,
        "an autosave there",
        Duration::from_secs(5),
        |app| autosaved(app, &story, &older),
    );
    // The game dies here: no quitting, no leaving the story.
    drop(app);
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    press(&mut app, KeyCode::Enter); // Continue
    run_until(
        &mut app,
        "the story again",
        Duration::from_secs(10),
        |app| playback(app).stop.is_some(),
    );
    assert_eq!(playback(&app).stop.as_ref(), Some(&older));
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn reading_on_autosaves_so_a_crash_loses_little() {
    let saves = fresh_folder("autosave-minute");
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    // A minute in the game; two seconds (of simulated time) here.
    app.insert_resource(AutosaveEvery(2.0));
    to_title(&mut app);
    press(&mut app, KeyCode::Enter); // New Game
    assert_eq!(screen(&app), Screen::Game);
    let story = common::story(&app);
    // Read on a few lines, then stay on one past the interval.
    let mut lines = Vec::new();
    run_until(&mut app, "four lines", Duration::from_secs(60), |app| {
        if let Some(stop) = &playback(app).stop
            && lines.last() != Some(stop)
        {
            lines.push(stop.clone());
        }
        if lines.len() < 4 {
            press(app, KeyCode::Space);
        }
        lines.len() >= 4
    });
    let here = playback(&app).stop.clone().expect("a line shows");
    run_for(&mut app, 2.5);
    assert_eq!(
        playback(&app).stop.as_ref(),
        Some(&here),
        "still reading it"
    );
    assert!(
        autosaved(&app, &story, &here),
        "no autosave where the reader is"
    );
    // The game dies: it comes back to this line.
    drop(app);
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    press(&mut app, KeyCode::Enter); // Continue
    run_until(
        &mut app,
        "the story again",
        Duration::from_secs(10),
        |app| playback(app).stop.is_some(),
    );
    assert_eq!(playback(&app).stop.as_ref(), Some(&here));
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn quitting_in_the_story_autosaves_where_the_reader_is() {
    let saves = fresh_folder("quit");
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    to_title(&mut app);
    press(&mut app, KeyCode::Enter); // New Game
    let story = common::story(&app);
    let mut lines = 0;
    let mut last = None;
    run_until(&mut app, "three lines", Duration::from_secs(60), |app| {
        let stop = playback(app).stop.clone();
        if stop.is_some() && stop != last {
            lines += 1;
            last = stop;
        }
        if lines < 3 {
            press(app, KeyCode::Space);
        }
        lines >= 3
    });
    let here = playback(&app).stop.clone().expect("a line shows");
    assert!(!autosaved(&app, &story, &here), "saved before quitting");
    // The window closed, or Quit: the app's last frame.
    app.world_mut().write_message(AppExit::Success);
    app.update();
    assert!(autosaved(&app, &story, &here), "no autosave on quitting");
    let _ = std::fs::remove_dir_all(saves);
}
