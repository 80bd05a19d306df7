//! Where the game's files are on the desktop, and a plain message when they are not
//! there (a package unpacked without its `assets` folder, or the program copied away
//! from it).
//!
//! Bevy looks for `assets` under `BEVY_ASSET_ROOT`, else under `CARGO_MANIFEST_DIR`,
//! else beside the program. A downloaded game has its folder beside the program, and
//! that wins here over a `CARGO_MANIFEST_DIR` left in the environment, so the game
//! starts the same from any working directory. (In a macOS `.app` the folder is in
//! `Contents/Resources`, where Apple keeps an app's files.)

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::screens::loading::LoadErrors;

/// The folder the game's files are read from, when the game checks that it is there
/// (the game's own `main` inserts it; headless tests set their folder themselves).
#[derive(Resource, Debug, Clone)]
pub struct AssetFolder(pub PathBuf);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Startup,
        say_if_missing.run_if(resource_exists::<AssetFolder>),
    );
}

/// The game's `assets` folder: `BEVY_ASSET_ROOT/assets` when that is set (tests and
/// `make screenshots`), else the one beside the program when there is one (a package),
/// else the project's (`cargo run`), else where it would be beside the program (the
/// loading screen then says it is missing).
pub fn locate() -> PathBuf {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let beside_program = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf));
    locate_from(
        var("BEVY_ASSET_ROOT").map(PathBuf::from),
        beside_program,
        var("CARGO_MANIFEST_DIR").map(PathBuf::from),
    )
}

fn locate_from(
    asset_root: Option<PathBuf>,
    program_dir: Option<PathBuf>,
    manifest_dir: Option<PathBuf>,
) -> PathBuf {
    if let Some(root) = asset_root {
        return root.join("assets");
    }
    let mut shipped = program_dir.iter().flat_map(|dir| {
        [
            dir.join("assets"),
            // A macOS app: Contents/MacOS/after_the_rain, Contents/Resources/assets.
            dir.join("../Resources/assets"),
        ]
    });
    if let Some(found) = shipped.clone().find(|folder| folder.is_dir()) {
        return found;
    }
    if let Some(project) = manifest_dir.map(|dir| dir.join("assets"))
        && project.is_dir()
    {
        return project;
    }
    shipped.next().unwrap_or_else(|| PathBuf::from("assets"))
}

/// What the reader is told when the folder is missing.
pub fn missing_message(folder: &Path) -> String {
    format!(
        "The game's files are missing: there is no folder {} beside the program. \
         Unpack the whole download again and start the game from there, \
         with its `assets` folder next to it.",
        folder.display()
    )
}

fn say_if_missing(folder: Res<AssetFolder>, mut errors: ResMut<LoadErrors>) {
    if folder.0.is_dir() {
        info!("the game's files are in {}", folder.0.display());
        return;
    }
    let message = missing_message(&folder.0);
    error!("{message}");
    // First, and set apart from the files it explains.
    errors.0.insert(0, format!("{message}\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(parts: &[&str]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "after-the-rain-folder-{}-{}",
            std::process::id(),
            parts.join("-").replace('/', "_")
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for part in parts {
            std::fs::create_dir_all(dir.join(part)).expect("a folder");
        }
        std::fs::create_dir_all(&dir).expect("a folder");
        dir
    }

    #[test]
    fn the_folder_beside_the_program_wins_over_a_stray_manifest_dir() {
        let package = folder_with(&["assets"]);
        let project = folder_with(&["project/assets"]);
        let found = locate_from(None, Some(package.clone()), Some(project.join("project")));
        assert_eq!(found, package.join("assets"));
        // Run from the build folder (cargo run): the project's own.
        let build = folder_with(&["debug"]);
        let found = locate_from(
            None,
            Some(build.join("debug")),
            Some(project.join("project")),
        );
        assert_eq!(found, project.join("project/assets"));
        // BEVY_ASSET_ROOT always wins, as it does in Bevy.
        let found = locate_from(Some(project.clone()), Some(package.clone()), None);
        assert_eq!(found, project.join("assets"));
        // Nothing anywhere: the place beside the program, for the message.
        let found = locate_from(None, Some(build.join("debug")), None);
        assert_eq!(found, build.join("debug/assets"));
        for dir in [package, project, build] {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    #[test]
    fn a_mac_app_has_its_files_in_resources() {
        let app = folder_with(&["Contents/MacOS", "Contents/Resources/assets"]);
        let found = locate_from(None, Some(app.join("Contents/MacOS")), None);
        assert!(found.is_dir());
        assert!(found.ends_with("Resources/assets"), "{}", found.display());
        let _ = std::fs::remove_dir_all(app);
    }
}
