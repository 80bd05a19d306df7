//! Mistakes in the files a writer edits never crash the game: the loading screen (or,
//! for a chapter's picture, the loading card) names the file, line and column, and says
//! what was expected.

mod common;

use std::path::Path;
use std::time::Duration;

use after_the_rain::assets::streaming::LoadingCard;
use after_the_rain::director::{StartAt, start_at};
use after_the_rain::play::Playback;
use after_the_rain::session::{Screen, StartFrom};
use bevy::prelude::*;
use common::{
    copy_of_fixture, headless_game, load_errors, press, replace, run_until, screen, to_title,
};

#[test]
fn a_misspelt_spot_in_a_scene_is_shown_with_its_place() {
    let root = copy_of_fixture("spot");
    let scene = root.join("story/one/storm.ron");
    let text = std::fs::read_to_string(&scene).expect("the chapter");
    let line = text
        .lines()
        .position(|l| l.contains("Show(\"kylo\", Right)"))
        .expect("Kylo enters")
        + 1;
    replace(&scene, "Show(\"kylo\", Right)", "Show(\"kylo\", Rihgt)");
    let errors = load_errors(&root);
    let expected =
        format!("story/one/storm.ron:{line}:22: Unexpected variant named `Rihgt` in enum `Spot`");
    assert!(errors.iter().any(|e| e.contains(&expected)), "{errors:?}");
}

#[test]
fn an_unknown_cast_member_is_shown_with_what_was_expected() {
    let root = copy_of_fixture("cast");
    replace(
        &root.join("story/one/storm.ron"),
        "Say(\"kylo\", \"Only me.\")",
        "Say(\"vader\", \"Only me.\")",
    );
    let errors = load_errors(&root);
    assert!(
        errors.iter().any(|e| e.contains("story/one/storm.ron:")
            && e.contains("unknown cast member `vader`: expected one of finn, kylo, rey")),
        "{errors:?}"
    );
}

#[test]
fn a_missing_title_picture_is_named_where_the_story_names_it() {
    let root = copy_of_fixture("title-image");
    std::fs::remove_file(root.join("images/places/title.webp")).expect("removed");
    let line = manifest_line(&root, "images/places/title.webp");
    let errors = load_errors(&root);
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("story/story.ron:{line}:"))
                && e.contains("cannot load `images/places/title.webp`")),
        "{errors:?}"
    );
}

/// A picture a later chapter needs is missing: the game gets there, names the file and
/// where the story names it on the loading card, and goes on without it on a click.
#[test]
fn a_missing_chapter_picture_is_named_on_the_loading_card_and_can_be_passed() {
    let root = copy_of_fixture("image");
    std::fs::remove_file(root.join("images/cast/rey/tear.png")).expect("removed");
    let mut app = headless_game(&root);
    to_title(&mut app);
    let story = common::story(&app);
    let state = start_at(&story, &StartAt::Scene("ward".into())).expect("reaches Chapter 3");
    app.insert_resource(StartFrom(Some(state)));
    press(&mut app, KeyCode::Enter);
    run_until(
        &mut app,
        "the missing picture named",
        Duration::from_secs(30),
        |app| card_text(app).is_some_and(|t| t.contains("tear.png")),
    );
    let line = manifest_line(&root, "images/cast/rey/tear.png");
    let text = card_text(&mut app).expect("the card");
    assert!(
        text.contains(&format!("story/story.ron:{line}:"))
            && text.contains("cannot load `images/cast/rey/tear.png`"),
        "{text}"
    );
    // The story waits on the card until the reader goes on.
    let before = app.world().resource::<Playback>().state.clone();
    for _ in 0..20 {
        app.update();
    }
    assert_eq!(app.world().resource::<Playback>().state, before);
    press(&mut app, KeyCode::Enter);
    run_until(&mut app, "the card to go", Duration::from_secs(5), |app| {
        card_text(app).is_none()
    });
    assert_eq!(screen(&app), Screen::Game);
    let _ = std::fs::remove_dir_all(&root);
}

/// A package unpacked without its `assets` folder (or the program copied away from it):
/// the loading screen says so in plain words, naming the folder, and the game waits
/// there. (`tests/dist.rs` starts the real packaged program so and reads its log.)
#[test]
fn a_missing_assets_folder_is_said_in_plain_words_on_the_loading_screen() {
    let missing = common::fresh_folder("no-assets").join("assets");
    let mut app = headless_game(&missing);
    app.insert_resource(after_the_rain::assets::folder::AssetFolder(missing.clone()));
    let on_screen = |app: &mut App| {
        let world = app.world_mut();
        let mut texts = world.query::<&Text>();
        texts
            .iter(world)
            .map(|t| t.0.clone())
            .find(|t| t.contains("The game's files are missing"))
    };
    run_until(
        &mut app,
        "the message on the loading screen",
        Duration::from_secs(30),
        |app| on_screen(app).is_some(),
    );
    let text = on_screen(&mut app).expect("the message");
    assert!(
        text.contains(&format!("there is no folder {}", missing.display())),
        "{text}"
    );
    for _ in 0..20 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::Loading);
}

/// The loading card's words, if it is up.
fn card_text(app: &mut App) -> Option<String> {
    let world = app.world_mut();
    let mut cards = world.query_filtered::<Entity, With<LoadingCard>>();
    cards.iter(world).next()?;
    let mut texts = world.query::<&Text>();
    texts
        .iter(world)
        .map(|t| t.0.clone())
        .find(|t| t.starts_with("Loading") || t.contains("could not be loaded"))
}

/// The line of the manifest under `assets` that names `path`.
fn manifest_line(assets: &Path, path: &str) -> usize {
    let manifest = std::fs::read_to_string(assets.join("story/story.ron")).expect("manifest");
    manifest
        .lines()
        .position(|l| l.contains(path))
        .expect("named")
        + 1
}
