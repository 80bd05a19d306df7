//! The writer's loop, headless: a development run reads to a line of Chapter 2, and the
//! scene file is rewritten under it. After each save the reader is where they should
//! be, and the box and the mistakes overlay show what they should.

mod common;

use std::path::Path;
use std::time::Duration;

use after_the_rain::director::{StartAt, start_at};
use after_the_rain::play::Playback;
use after_the_rain::session::Screen;
use after_the_rain::session::StartFrom;
use after_the_rain::tools::dev::ReloadMistakes;
use after_the_rain::views::dialogue::Reveal;
use bevy::prelude::*;
use common::{
    copy_of_fixture, headless_dev_game, press, run_until, run_until_outside, screen, story,
    to_title,
};

const FINN: &str = "Careful with that crate, my foot is under it.";
const REY: &str = "Then move your foot, Finn.";

fn shown(app: &App) -> String {
    app.world().resource::<Reveal>().line()
}

fn mistakes(app: &App) -> Vec<String> {
    app.world().resource::<ReloadMistakes>().0.clone()
}

/// Writes the scene file anew (as an editor saves it), then runs frames until `done`.
fn save_as(app: &mut App, file: &Path, text: &str, what: &str, done: impl FnMut(&mut App) -> bool) {
    std::fs::write(file, text).expect("written");
    run_until_outside(app, what, done);
    for _ in 0..5 {
        app.update();
    }
}

#[test]
fn edits_to_the_current_scene_show_at_the_readers_place() {
    let assets = copy_of_fixture("hot-reload");
    let file = assets.join("story/two/field.ron");
    let original = std::fs::read_to_string(&file).expect("readable");
    let mut app = headless_dev_game(&assets);
    to_title(&mut app);
    // Start at Finn's first line of Chapter 2, as `--scene field` would.
    let state = start_at(&story(&app), &StartAt::Scene("field".into())).expect("reaches it");
    app.insert_resource(StartFrom(Some(state)));
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Game);
    run_until(&mut app, "Finn's line", Duration::from_secs(10), |app| {
        if shown(app) != FINN {
            press(app, KeyCode::Space);
        }
        shown(app) == FINN && app.world().resource::<Reveal>().done()
    });

    // Reworded: the box shows the new words at once.
    let reworded = original.replace(
        FINN,
        "Drop that on my foot once more and Poe hears about it.",
    );
    save_as(&mut app, &file, &reworded, "the reworded line", |app| {
        shown(app) == "Drop that on my foot once more and Poe hears about it."
    });

    // A line inserted before: the reader stays on the same line.
    let inserted = reworded.replace(
        "        Say(\"finn\",",
        "        Narrate(\"The sun was merciless.\"),\n        Say(\"finn\",",
    );
    save_as(
        &mut app,
        &file,
        &inserted,
        "the line after the insert",
        |app| {
            story(app).scenes.iter().any(|s| {
                s.ops
                    .iter()
                    .any(|op| format!("{op:?}").contains("The sun was merciless."))
            })
        },
    );
    assert_eq!(
        shown(&app),
        "Drop that on my foot once more and Poe hears about it."
    );

    // The line deleted: the nearest earlier line.
    let deleted = inserted.replace(
        "        Say(\"finn\", \"Drop that on my foot once more and Poe hears about it.\"),\n",
        "",
    );
    assert_ne!(deleted, inserted);
    save_as(
        &mut app,
        &file,
        &deleted,
        "the line before the deleted one",
        |app| shown(app) == "The sun was merciless.",
    );

    // Broken syntax: the last good story plays on, and the mistakes are listed.
    let broken = deleted.replace(
        &format!("Say(\"rey:smiling\", \"{REY}\"),"),
        "Say(\"rey:smiling\" \"oops\"),",
    );
    save_as(&mut app, &file, &broken, "the mistakes overlay", |app| {
        !mistakes(app).is_empty()
    });
    let listed = mistakes(&app).join("\n");
    assert!(listed.contains("story/two/field.ron:"), "{listed}");
    assert_eq!(shown(&app), "The sun was merciless.");
    assert_eq!(screen(&app), Screen::Game);
    let before = app.world().resource::<Playback>().stop.clone();
    assert!(before.is_some());

    // Fixed: the overlay goes, and reading goes on in the new story.
    save_as(&mut app, &file, &deleted, "the fix", |app| {
        mistakes(app).is_empty()
    });
    assert_eq!(shown(&app), "The sun was merciless.");
    run_until(&mut app, "Rey's answer", Duration::from_secs(10), |app| {
        press(app, KeyCode::Space);
        shown(app) == REY
    });
    let _ = std::fs::remove_dir_all(assets);
}
