//! The reader's controls, headless: skip stops at the first unread line and at a
//! choice, auto-forward reads on by itself and a click stops it, H hides the interface
//! until the next input, a gamepad reads on and rolls back, and nothing moves behind an
//! open menu.

mod common;

use std::time::Duration;

use after_the_rain::director::{Command, Waiting};
use after_the_rain::play::{Playback, Reading};
use after_the_rain::session::{Cue, Overlay};
use after_the_rain::settings::ReaderSettings;
use after_the_rain::theme::widgets::{Menu, MenuFocus};
use after_the_rain::views::dialogue::{Interface, LineText, Reveal};
use bevy::prelude::*;
use common::{
    connect_pad, fixture_assets, fresh_folder, headless_game_saving_in, pad_press, press, run_for,
    run_until, to_title,
};

fn shown(app: &App) -> String {
    app.world().resource::<Reveal>().line()
}

fn reading(app: &App) -> &Reading {
    app.world().resource::<Reading>()
}

fn focus(app: &App) -> Option<Menu> {
    app.world().get_resource::<MenuFocus>().map(|f| f.menu)
}

/// Reads on with Space until a new line is fully out; returns it.
fn next_line(app: &mut App) -> String {
    let before = shown(app);
    run_until(app, "the next line", Duration::from_secs(20), |app| {
        let done = app.world().resource::<Reveal>().done();
        if shown(app) != before && done && !shown(app).is_empty() {
            return true;
        }
        press(app, KeyCode::Space);
        false
    });
    shown(app)
}

fn new_game(app: &mut App) {
    to_title(app);
    // Continue (when there is a save) comes first; New Game is the one after it.
    let items = app
        .world()
        .resource::<after_the_rain::screens::title::TitleItems>()
        .0
        .clone();
    let new = items
        .iter()
        .position(|i| *i == after_the_rain::screens::title::TitleItem::NewGame)
        .expect("New Game");
    for _ in 0..new {
        press(app, KeyCode::ArrowDown);
    }
    press(app, KeyCode::Enter);
}

#[test]
fn skip_passes_read_lines_and_stops_at_the_first_unread_one() {
    let saves = fresh_folder("skip");
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    new_game(&mut app);
    let lines: Vec<String> = (0..5).map(|_| next_line(&mut app)).collect();
    // Back to the title and in again: the first five lines are read now.
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::ArrowUp);
    press(&mut app, KeyCode::Enter);
    new_game(&mut app);
    run_until(&mut app, "the first line", Duration::from_secs(20), |app| {
        if shown(app) != lines[0] {
            press(app, KeyCode::Space);
        }
        shown(app) == lines[0]
    });
    press(&mut app, KeyCode::Tab);
    run_until(&mut app, "skip to stop", Duration::from_secs(20), |app| {
        app.update();
        !reading(app).skipping
    });
    for _ in 0..5 {
        app.update();
    }
    // It read through the five, and stopped at the sixth, which is new.
    assert_ne!(shown(&app), lines[4]);
    assert!(
        !lines.contains(&shown(&app)),
        "stopped at {:?}",
        shown(&app)
    );
    let at = shown(&app);
    for _ in 0..20 {
        app.update();
    }
    assert_eq!(shown(&app), at, "skip stays off at an unread line");
    let _ = std::fs::remove_dir_all(saves);
}

#[test]
fn skip_with_unread_allowed_stops_at_a_choice() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("skip-choice"));
    app.world_mut().resource_mut::<ReaderSettings>().skip_unread = true;
    new_game(&mut app);
    next_line(&mut app);
    press(&mut app, KeyCode::Tab);
    run_until(
        &mut app,
        "the first choice",
        Duration::from_secs(60),
        |app| {
            app.update();
            focus(app) == Some(Menu::Choice)
        },
    );
    for _ in 0..5 {
        app.update();
    }
    assert!(
        !reading(&app).skipping,
        "skip turned itself off at the choice"
    );
    assert_eq!(
        focus(&app),
        Some(Menu::Choice),
        "the choice waits for the reader"
    );
}

/// The sound effects the story has cued so far.
#[derive(Resource, Default)]
struct Effects(usize);

fn count_effects(mut cues: MessageReader<Cue>, mut effects: ResMut<Effects>) {
    effects.0 += cues
        .read()
        .filter(|Cue(c)| matches!(c, Command::Sfx(_)))
        .count();
}

/// The sound effects cued on the way from a new game to the first choice, read on
/// with Space or skipped with Tab.
fn effects_before_the_first_choice(skipping: bool) -> usize {
    let saves = fresh_folder(if skipping { "skip-quiet" } else { "read-loud" });
    let mut app = headless_game_saving_in(&fixture_assets(), &saves);
    app.world_mut().resource_mut::<ReaderSettings>().skip_unread = true;
    app.init_resource::<Effects>()
        .add_systems(PostUpdate, count_effects);
    new_game(&mut app);
    if skipping {
        press(&mut app, KeyCode::Tab);
    }
    let next = if skipping { None } else { Some(KeyCode::Space) };
    run_until(
        &mut app,
        "the first choice",
        Duration::from_secs(90),
        |app| {
            if let Some(key) = next {
                press(app, key);
            }
            app.update();
            focus(app) == Some(Menu::Choice)
        },
    );
    let _ = std::fs::remove_dir_all(saves);
    app.world().resource::<Effects>().0
}

/// Chapter 1 has thunder and a lightsaber before its first choice: read, they play;
/// skipped, none of them does (they would all sound at once).
#[test]
fn a_skip_plays_no_sound_effects() {
    let read = effects_before_the_first_choice(false);
    assert!(read >= 3, "reading on played {read} sound effects");
    let skipped = effects_before_the_first_choice(true);
    assert_eq!(skipped, 0, "a skip played {skipped} sound effects");
}

#[test]
fn the_text_size_grows_the_words_and_the_box() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("text-size"));
    new_game(&mut app);
    next_line(&mut app);
    let sizes = |app: &mut App| {
        let mut text = app
            .world_mut()
            .query_filtered::<(&TextFont, &ChildOf), With<LineText>>();
        let (font, parent) = text.single(app.world()).expect("the line's text");
        let FontSize::Vh(words) = font.font_size else {
            panic!("story text is sized to the window");
        };
        let Val::Vh(box_height) = app
            .world()
            .get::<Node>(parent.parent())
            .expect("the box")
            .min_height
        else {
            panic!("the box is sized to the window");
        };
        (words, box_height)
    };
    let (words, box_height) = sizes(&mut app);
    app.world_mut().resource_mut::<ReaderSettings>().text_size = 1.5;
    for _ in 0..3 {
        app.update();
    }
    let (larger_words, taller_box) = sizes(&mut app);
    assert!(
        (larger_words - words * 1.5).abs() < 0.01,
        "the words grow half as large again: {words} -> {larger_words}"
    );
    assert!(
        taller_box > box_height,
        "the box grows: {box_height} -> {taller_box}"
    );
}

#[test]
fn auto_forward_reads_on_after_a_while_and_a_click_stops_it() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("auto"));
    new_game(&mut app);
    let first = next_line(&mut app);
    press(&mut app, KeyCode::KeyA);
    assert!(reading(&app).auto);
    let settings = app.world().resource::<ReaderSettings>().clone();
    let wait = settings.auto_wait(first.chars().count());
    let start = app.world().resource::<Time>().elapsed();
    run_until(&mut app, "auto-forward", Duration::from_secs(20), |app| {
        shown(app) != first
    });
    let waited = app.world().resource::<Time>().elapsed() - start;
    assert!(
        waited >= wait.mul_f32(0.9),
        "read on after {waited:?}, before the {wait:?} it should wait"
    );
    // A click of the reader's own: reads on, and auto is off.
    press(&mut app, KeyCode::Space);
    assert!(!reading(&app).auto, "a click stops auto-forward");
}

#[test]
fn h_hides_the_interface_until_the_next_input() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("hide"));
    new_game(&mut app);
    let line = next_line(&mut app);
    let displays = |app: &mut App| {
        let world = app.world_mut();
        let mut nodes = world.query_filtered::<&Node, With<Interface>>();
        nodes.iter(world).map(|n| n.display).collect::<Vec<_>>()
    };
    press(&mut app, KeyCode::KeyH);
    assert!(displays(&mut app).iter().all(|d| *d == Display::None));
    press(&mut app, KeyCode::Space);
    assert!(displays(&mut app).iter().all(|d| *d == Display::Flex));
    assert_eq!(
        shown(&app),
        line,
        "the key that shows it again doesn't read on"
    );
}

#[test]
fn a_gamepad_reads_on_and_rolls_back() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("pad"));
    new_game(&mut app);
    let first = next_line(&mut app);
    let pad = connect_pad(&mut app);
    let pads = {
        let world = app.world_mut();
        let mut q = world.query::<&Gamepad>();
        q.iter(world).count()
    };
    assert_eq!(pads, 1, "the gamepad is connected");
    run_until(&mut app, "A to read on", Duration::from_secs(20), |app| {
        pad_press(app, pad, GamepadButton::South);
        shown(app) != first && app.world().resource::<Reveal>().done()
    });
    pad_press(&mut app, pad, GamepadButton::LeftTrigger);
    assert_eq!(shown(&app), first, "LB rolled back a line");
}

#[test]
fn nothing_moves_behind_an_open_menu() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("menu"));
    new_game(&mut app);
    // The chapter card is up: a pause that ends by itself after a few seconds.
    run_until(
        &mut app,
        "the chapter card",
        Duration::from_secs(5),
        |app| app.world().resource::<Playback>().state.waiting == Waiting::Pause,
    );
    // The history, then Esc's question: behind each the card stays up, far longer
    // than its few seconds.
    for (key, overlay) in [
        (KeyCode::KeyL, Overlay::History),
        (KeyCode::Escape, Overlay::Leave),
    ] {
        press(&mut app, key);
        assert_eq!(*app.world().resource::<State<Overlay>>().get(), overlay);
        run_for(&mut app, 5.0);
        let playback = app.world().resource::<Playback>();
        assert_eq!(
            playback.state.waiting,
            Waiting::Pause,
            "the card is still up"
        );
        assert!(
            playback.stop.is_none(),
            "no line was read behind {overlay:?}"
        );
        press(&mut app, KeyCode::Escape);
    }
    run_until(&mut app, "the first line", Duration::from_secs(10), |app| {
        app.world().resource::<Playback>().stop.is_some()
    });
}

fn notice(app: &App) -> String {
    app.world()
        .resource::<after_the_rain::notice::Notice>()
        .text
        .clone()
}

/// The words on screen (every text node), to find what an overlay says.
fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut texts = world.query::<&Text>();
    texts.iter(world).map(|t| t.0.clone()).collect()
}

#[test]
fn a_quick_save_with_nothing_to_save_takes_no_picture() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("nothing-to-save"));
    to_title(&mut app);
    app.world_mut()
        .write_message(after_the_rain::saves::SaveAction::QuickSave);
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(notice(&app), "There is nothing to save here.");
    let world = app.world_mut();
    let mut pictures =
        world.query_filtered::<(), With<bevy::render::view::screenshot::Screenshot>>();
    assert_eq!(pictures.iter(world).count(), 0, "a picture was asked for");
}

#[test]
fn a_place_outside_the_story_is_said_not_sat_on() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("lost"));
    new_game(&mut app);
    next_line(&mut app);
    app.world_mut().resource_mut::<Playback>().state.scene = 9_999;
    press(&mut app, KeyCode::Space);
    app.update();
    assert!(
        notice(&app).contains("no longer in the story"),
        "{}",
        notice(&app)
    );
}

/// Reads on to the first choice, takes option `n` (from 1), and reads the next line.
fn choose_and_read_on(app: &mut App, n: usize) -> String {
    run_until(app, "the first choice", Duration::from_secs(60), |app| {
        if focus(app) == Some(Menu::Choice) {
            return true;
        }
        press(app, KeyCode::Space);
        false
    });
    let before = shown(app);
    press(app, [KeyCode::Digit1, KeyCode::Digit2][n - 1]);
    let after = next_line(app);
    assert_ne!(after, before);
    before
}

#[test]
fn a_choice_reached_by_rollback_shows_the_line_before_it_and_history_the_option_taken() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("choice-back"));
    new_game(&mut app);
    let before_the_choice = choose_and_read_on(&mut app, 1);
    let story = common::story(&app);
    let entries =
        after_the_rain::overlays::history::entries_read(app.world().resource::<Playback>(), &story);
    assert!(
        entries.contains(&after_the_rain::overlays::history::Entry::Chose(
            "Tell him to stay.".into()
        )),
        "{entries:?}"
    );
    let mut steps = 0;
    while focus(&app) != Some(Menu::Choice) {
        press(&mut app, KeyCode::PageUp);
        steps += 1;
        assert!(steps < 10, "the choice never came back");
    }
    app.update();
    assert_eq!(shown(&app), before_the_choice, "the line that led to it");
    assert!(app.world().resource::<Reveal>().done(), "shown whole");
}

#[test]
fn tab_on_an_unread_line_says_why_skip_stopped() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("tab-unread"));
    new_game(&mut app);
    next_line(&mut app);
    press(&mut app, KeyCode::Tab);
    app.update();
    assert!(!reading(&app).skipping);
    assert!(notice(&app).contains("not read yet"), "{}", notice(&app));
}

#[test]
fn a_quick_load_can_be_rolled_back_and_esc_knows_what_is_saved() {
    let mut app = headless_game_saving_in(&fixture_assets(), &fresh_folder("quick-load"));
    new_game(&mut app);
    let saved_at = next_line(&mut app);
    press(&mut app, KeyCode::F5);
    // Esc's question knows the place is saved.
    press(&mut app, KeyCode::Escape);
    app.update();
    assert!(texts(&mut app).iter().any(|t| t == "Your place is saved."));
    press(&mut app, KeyCode::Escape);
    next_line(&mut app);
    let read_to = next_line(&mut app);
    press(&mut app, KeyCode::Escape);
    app.update();
    assert!(
        texts(&mut app).iter().any(|t| t.contains("will be lost")),
        "after reading on, the place is not saved"
    );
    press(&mut app, KeyCode::Escape);
    // Quick load goes back to the save and says how to return.
    press(&mut app, KeyCode::F9);
    app.update();
    assert_eq!(shown(&app), saved_at);
    assert!(notice(&app).contains("Roll back"), "{}", notice(&app));
    press(&mut app, KeyCode::PageUp);
    app.update();
    assert_eq!(shown(&app), read_to, "rolled back to where the reader was");
}
