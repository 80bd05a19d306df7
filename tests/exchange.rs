//! Saves in the reader's hands, headless on the fixture story: from the load screen a
//! save is exported to a file in the export folder (the notice gives its path), and
//! imported back into an empty slot, where it loads; all saves go into one file that
//! another game's saves folder takes in whole; a damaged file gives a message naming it
//! and changes nothing.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use after_the_rain::exchange::ExportFolder;
use after_the_rain::session::Overlay;
use after_the_rain::theme::widgets::{Menu, MenuFocus};
use after_the_rain::views::dialogue::Reveal;
use bevy::prelude::*;
use common::screens::{notice, pick_on_title, shown};
use common::{fixture_assets, fresh_folder, headless_game_saving_in, press, run_until, to_title};

/// The load screen's buttons after the slots and the seven page tabs.
const EXPORT: usize = 6 + 7;
const EXPORT_ALL: usize = EXPORT + 1;
const IMPORT: usize = EXPORT + 2;

fn game(saves: &Path, exports: &Path) -> App {
    let mut app = headless_game_saving_in(&fixture_assets(), saves);
    app.insert_resource(ExportFolder(exports.to_path_buf()));
    app
}

fn overlay(app: &App) -> Overlay {
    *app.world().resource::<State<Overlay>>().get()
}

/// Lights item `index` of the load screen, as the arrow keys would.
fn light(app: &mut App, index: usize) {
    app.insert_resource(MenuFocus {
        menu: Menu::Slots,
        index,
    });
    app.update();
}

fn pick(app: &mut App, index: usize) {
    light(app, index);
    press(app, KeyCode::Enter);
    app.update();
}

/// The save files in `folder` and their bytes (not the read lines or the gallery's
/// progress kept beside them, which the game writes now and then as it runs).
fn files(folder: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let kept_beside = ["read-lines.ron", "progress.ron"];
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .filter(|p| {
                    p.file_name()
                        .is_none_or(|n| !kept_beside.iter().any(|k| n == *k))
                })
                .map(|p| {
                    let bytes = std::fs::read(&p).expect("readable");
                    (p, bytes)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A new game read to its second line, quick saved there; returns the line.
fn quick_saved_game(app: &mut App) -> String {
    to_title(app);
    pick_on_title(app, after_the_rain::screens::title::TitleItem::NewGame);
    let mut lines = Vec::new();
    run_until(app, "two lines", Duration::from_secs(60), |app| {
        let line = shown(app);
        if app.world().resource::<Reveal>().done()
            && !line.is_empty()
            && lines.last() != Some(&line)
        {
            lines.push(line);
        }
        if lines.len() >= 2 {
            return true;
        }
        press(app, KeyCode::Space);
        false
    });
    press(app, KeyCode::F5);
    lines.pop().expect("a line")
}

#[test]
fn a_save_exported_from_the_load_screen_imports_into_an_empty_slot_and_loads() {
    let saves = fresh_folder("export-saves");
    let exports = fresh_folder("exports");
    let mut app = game(&saves, &exports);
    let saved_line = quick_saved_game(&mut app);
    let quick = std::fs::read(saves.join("quick-1.ron")).expect("the quick save");

    // Export…, then the quick save (the load screen opens on its page).
    press(&mut app, KeyCode::F3);
    assert_eq!(overlay(&app), Overlay::Load);
    // A screen reader names the slot by the words laid out inside it.
    let start: String = saved_line.chars().take(12).collect();
    let labels: Vec<String> = app
        .world_mut()
        .query_filtered::<&AccessibleLabel, With<Button>>()
        .iter(app.world())
        .map(|l| l.0.to_string())
        .collect();
    assert!(
        labels.iter().any(|l| l.contains(&start)),
        "a button read as the saved line {start:?}: {labels:?}"
    );
    pick(&mut app, EXPORT);
    pick(&mut app, 0);
    let exported = files(&exports);
    assert_eq!(exported.len(), 1, "one file exported: {}", notice(&app));
    let (path, bytes) = exported.iter().next().expect("a file");
    assert_eq!(bytes, &quick, "the file is the save");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("after-the-rain-quick-save-1-"), "{name}");
    assert!(
        notice(&app).contains(&path.display().to_string()),
        "the notice says where: {}",
        notice(&app)
    );
    assert_eq!(overlay(&app), Overlay::Load, "still on the load screen");

    // The file holds a save already here: importing it writes nothing.
    pick(&mut app, IMPORT);
    assert!(notice(&app).contains("already here"), "{}", notice(&app));
    assert!(!saves.join("1-1.ron").exists());

    // The quick save deleted (after the question), the file brings it back: into the
    // first empty slot of the reader's own pages.
    light(&mut app, 0);
    press(&mut app, KeyCode::Delete);
    app.insert_resource(MenuFocus {
        menu: Menu::SlotQuestion,
        index: 0,
    });
    press(&mut app, KeyCode::Enter);
    app.update();
    assert!(!saves.join("quick-1.ron").exists(), "deleted");
    pick(&mut app, IMPORT);
    assert_eq!(
        std::fs::read(saves.join("1-1.ron")).ok().as_ref(),
        Some(&quick),
        "imported into page 1, slot 1: {}",
        notice(&app)
    );
    assert!(
        notice(&app).contains(&format!("Imported {name} into page 1, slot 1")),
        "{}",
        notice(&app)
    );
    assert!(
        app.world_mut()
            .query::<&Text>()
            .iter(app.world())
            .any(|t| t.0 == "[1]"),
        "the load screen turned to page 1"
    );
    // Again: it is already here, and nothing is written twice.
    pick(&mut app, IMPORT);
    assert!(notice(&app).contains("already here"), "{}", notice(&app));
    assert!(!saves.join("1-2.ron").exists());
    assert!(!saves.join("quick-1.ron").exists());

    // The screen turned to page 1: its first slot loads the imported save.
    press(&mut app, KeyCode::Escape);
    press(&mut app, KeyCode::Space);
    press(&mut app, KeyCode::Space);
    press(&mut app, KeyCode::F3);
    // Page 1's tab (after Auto and Quick), then its first slot.
    pick(&mut app, 6 + 2);
    pick(&mut app, 0);
    assert_eq!(overlay(&app), Overlay::None, "{}", notice(&app));
    run_until(&mut app, "the saved line", Duration::from_secs(10), |app| {
        shown(app) == saved_line
    });

    // Export all: one file holding every save, which a fresh game takes in whole.
    press(&mut app, KeyCode::F3);
    pick(&mut app, EXPORT_ALL);
    let bundle = files(&exports)
        .into_keys()
        .find(|p| p.to_string_lossy().contains("all-saves"))
        .unwrap_or_else(|| panic!("no file of all saves: {}", notice(&app)));
    let kept = files(&saves);
    let other_saves = fresh_folder("import-elsewhere");
    let other_exports = fresh_folder("exports-elsewhere");
    std::fs::create_dir_all(&other_exports).expect("a folder");
    std::fs::copy(&bundle, other_exports.join(bundle.file_name().unwrap())).expect("copied");
    let mut other = game(&other_saves, &other_exports);
    to_title(&mut other);
    other
        .world_mut()
        .resource_mut::<NextState<Overlay>>()
        .set(Overlay::Load);
    other.update();
    assert_eq!(overlay(&other), Overlay::Load);
    pick(&mut other, IMPORT);
    assert!(notice(&other).starts_with("Imported"), "{}", notice(&other));
    for (path, bytes) in kept {
        let name = path.file_name().unwrap();
        let name_text = name.to_string_lossy();
        let a_save = after_the_rain::saves::Slot::every().any(|s| s.key() == name_text);
        if a_save {
            assert_eq!(
                std::fs::read(other_saves.join(name)).ok(),
                Some(bytes),
                "{} came over into its own slot",
                name.to_string_lossy()
            );
        }
    }
    for folder in [saves, exports, other_saves, other_exports] {
        let _ = std::fs::remove_dir_all(folder);
    }
}

#[test]
fn a_damaged_file_is_named_with_what_is_wrong_and_changes_nothing() {
    let saves = fresh_folder("damaged-import-saves");
    let exports = fresh_folder("damaged-imports");
    let mut app = game(&saves, &exports);
    quick_saved_game(&mut app);
    let quick = std::fs::read_to_string(saves.join("quick-1.ron")).expect("the quick save");
    std::fs::create_dir_all(&exports).expect("a folder");
    press(&mut app, KeyCode::F3);
    assert_eq!(overlay(&app), Overlay::Load);
    let before = files(&saves);

    for (name, text, why) in [
        // A save cut off half-way.
        ("cut-off.ron", &quick[..quick.len() / 2], "damaged"),
        // A bundle of saves cut off half-way.
        (
            "all-cut-off.ron",
            "(after_the_rain_saves: 1, saves: [(slot: \"1-1.ron\", save: \"(vers",
            "damaged",
        ),
        // Not a save at all.
        ("notes.ron", "Dear diary, it rained.", "damaged"),
    ] {
        std::fs::write(exports.join(name), text).expect("written");
        pick(&mut app, IMPORT);
        let said = notice(&app);
        assert!(
            said.contains(name) && said.contains(why) && said.contains("not imported"),
            "{name}: {said}"
        );
        assert_eq!(files(&saves), before, "{name} changed the saves");
        assert_eq!(overlay(&app), Overlay::Load);
        std::fs::remove_file(exports.join(name)).expect("removed");
    }

    // With nothing to import, the notice says where to put files.
    pick(&mut app, IMPORT);
    assert!(
        notice(&app).contains(&exports.display().to_string()),
        "{}",
        notice(&app)
    );
    assert_eq!(files(&saves), before);
    for folder in [saves, exports] {
        let _ = std::fs::remove_dir_all(folder);
    }
}
