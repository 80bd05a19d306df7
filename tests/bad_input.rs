//! Mistakes in the files a writer edits never crash the game: the loading screen names
//! the file, line and column, and says what was expected.

mod common;

use std::path::Path;
use std::time::Duration;

use after_the_rain::screens::loading::LoadErrors;
use after_the_rain::session::Screen;
use bevy::prelude::*;
use common::{copy_of_assets, headless_game, replace, run_until};

/// Runs the game on `assets` until the loading screen shows errors; returns them.
fn load_errors(assets: &Path) -> Vec<String> {
    let mut app = headless_game(assets);
    run_until(
        &mut app,
        "an error on the loading screen",
        Duration::from_secs(60),
        |app| !app.world().resource::<LoadErrors>().0.is_empty(),
    );
    // It stays on the loading screen, still running, rather than going on or crashing.
    for _ in 0..20 {
        app.update();
    }
    let screen = *app.world().resource::<State<Screen>>().get();
    assert_eq!(screen, Screen::Loading);
    let _ = std::fs::remove_dir_all(assets);
    app.world().resource::<LoadErrors>().0.clone()
}

#[test]
fn a_misspelt_spot_in_a_scene_is_shown_with_its_place() {
    let root = copy_of_assets("spot");
    let scene = root.join("story/ch1/rain.ron");
    let text = std::fs::read_to_string(&scene).expect("the chapter");
    let line = text
        .lines()
        .position(|l| l.contains("Show(\"kylo\", Right)"))
        .expect("Kylo enters")
        + 1;
    replace(&scene, "Show(\"kylo\", Right)", "Show(\"kylo\", Rihgt)");
    let errors = load_errors(&root);
    let expected =
        format!("story/ch1/rain.ron:{line}:22: Unexpected variant named `Rihgt` in enum `Spot`");
    assert!(errors.iter().any(|e| e.contains(&expected)), "{errors:?}");
}

#[test]
fn an_unknown_cast_member_is_shown_with_what_was_expected() {
    let root = copy_of_assets("cast");
    replace(
        &root.join("story/ch1/rain.ron"),
        "Say(\"kylo\", \"No.\")",
        "Say(\"vader\", \"No.\")",
    );
    let errors = load_errors(&root);
    assert!(
        errors.iter().any(|e| e.contains("story/ch1/rain.ron:")
            && e.contains("unknown cast member `vader`: expected one of droid, finn, kylo")),
        "{errors:?}"
    );
}

#[test]
fn a_missing_picture_is_named() {
    let root = copy_of_assets("image");
    std::fs::remove_file(root.join("images/cast/rey/hurt.png")).expect("removed");
    let errors = load_errors(&root);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("images/cast/rey/hurt.png")),
        "{errors:?}"
    );
}
