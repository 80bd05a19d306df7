//! Every file the game cannot load is named on the loading screen, once, and with no
//! backtrace even when RUST_BACKTRACE asks for one: the manifest, a font, a scene file
//! that is not UTF-8; and so is a broken reload in the writer's overlay. Nothing waits
//! forever. One test, as it sets RUST_BACKTRACE for
//! the whole process before any app starts.

mod common;

use after_the_rain::tools::dev::ReloadMistakes;
use bevy::prelude::*;
use common::{copy_of_fixture, headless_dev_game, load_errors, run_until_outside, to_title};

fn assert_clean(errors: &[String]) {
    for (i, e) in errors.iter().enumerate() {
        assert!(!e.to_lowercase().contains("backtrace"), "{e}");
        assert!(!e.contains("   0: "), "{e}");
        assert!(!errors[..i].contains(e), "said twice: {e}");
    }
}

#[test]
fn a_file_that_cannot_be_loaded_is_named_once_without_a_backtrace() {
    // SAFETY: the first thing this test binary does, before any other thread starts.
    unsafe { std::env::set_var("RUST_BACKTRACE", "1") };

    let assets = copy_of_fixture("no-manifest");
    std::fs::remove_file(assets.join("story/story.ron")).expect("removed");
    let errors = load_errors(&assets);
    assert!(
        errors.iter().any(|e| e.contains("story/story.ron")),
        "{errors:?}"
    );
    assert_clean(&errors);

    // The fonts are linked into the copy: a folder of copies, less one font.
    let assets = copy_of_fixture("no-font");
    let fonts = assets.join("fonts");
    let real = std::fs::read_link(&fonts).expect("the fonts are linked");
    std::fs::remove_file(&fonts).expect("the link removed");
    std::fs::create_dir_all(&fonts).expect("a folder");
    for entry in std::fs::read_dir(&real).expect("the fonts") {
        let path = entry.expect("a font").path();
        let name = path.file_name().expect("a name").to_owned();
        if name != "Lato-Regular.ttf" {
            std::fs::copy(&path, fonts.join(name)).expect("copied");
        }
    }
    let errors = load_errors(&assets);
    assert!(
        errors.iter().any(|e| e.contains("fonts/Lato-Regular.ttf")),
        "{errors:?}"
    );
    assert_clean(&errors);

    let assets = copy_of_fixture("not-utf8");
    let scene = assets.join("story/one/storm.ron");
    let mut bytes = std::fs::read(&scene).expect("read");
    let at = bytes.iter().position(|b| *b == b'\n').expect("a line") + 1;
    bytes.insert(at, 0xff);
    std::fs::write(&scene, bytes).expect("written");
    let errors = load_errors(&assets);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("story/one/storm.ron:2:1") && errors[0].contains("UTF-8"),
        "{errors:?}"
    );
    assert_clean(&errors);

    // The writer's overlay, for a scene saved with a mistake during a development run.
    let assets = copy_of_fixture("reload-backtrace");
    let mut app = headless_dev_game(&assets);
    to_title(&mut app);
    let scene = assets.join("story/two/field.ron");
    let text = std::fs::read_to_string(&scene).expect("read");
    std::fs::write(&scene, text.replacen("steps: [", "steps: [ Oops(", 1)).expect("written");
    run_until_outside(&mut app, "the mistakes overlay", |app| {
        !app.world().resource::<ReloadMistakes>().0.is_empty()
    });
    let mistakes = app.world().resource::<ReloadMistakes>().0.clone();
    assert!(
        mistakes.iter().any(|m| m.contains("story/two/field.ron:")),
        "{mistakes:?}"
    );
    assert_clean(&mistakes);
    let _ = std::fs::remove_dir_all(assets);
}
