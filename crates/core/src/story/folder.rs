//! Reading a story from an assets folder on disk, the way the game's loader reads it,
//! for the `check` and `graph` commands and for tests.

use std::path::Path;

use super::MANIFEST_PATH;
use super::build::{Checked, Source, StoryError, check, check_asset_path, parse_manifest};

/// The folders of `assets/` whose files only the story uses, so each must be named.
pub const STORY_MEDIA: [&str; 2] = ["images", "audio"];

/// Reads the manifest and every scene file it lists from `assets`. A scene file that
/// can't be read (or whose path leaves `assets/`) is left out; `build` reports it where
/// the manifest names it. Only an unreadable manifest is an error here.
pub fn read_folder(assets: &Path) -> Result<(Source, Vec<Source>), StoryError> {
    let manifest = match std::fs::read(assets.join(MANIFEST_PATH)) {
        Ok(bytes) => Source::from_bytes(MANIFEST_PATH, &bytes),
        Err(e) => {
            return Err(StoryError {
                file: MANIFEST_PATH.to_string(),
                line: 1,
                column: 1,
                message: format!("cannot read the file: {e}"),
            });
        }
    };
    let scenes = scene_files(&manifest)
        .into_iter()
        .filter_map(|path| {
            Some(Source::from_bytes(
                &path,
                &std::fs::read(assets.join(&path)).ok()?,
            ))
        })
        .collect();
    Ok((manifest, scenes))
}

/// The scene files the manifest lists, those whose paths stay inside `assets/` (the
/// others are reported by `build` where the manifest names them). The game's loader
/// and [`read_folder`] both read these, so the story is read one way.
pub fn scene_files(manifest: &Source) -> Vec<String> {
    let Ok(parsed) = parse_manifest(manifest) else {
        return Vec::new();
    };
    parsed
        .chapters
        .into_iter()
        .flat_map(|c| c.scenes)
        .filter(|path| check_asset_path(path).is_ok())
        .collect()
}

/// Everything `make check` reports for the story in `assets`: the errors and warnings
/// of [`check`], plus named files missing from the folder (errors) and pictures or
/// sounds in it that the story never names (warnings).
pub fn check_folder(assets: &Path) -> Checked {
    let (manifest, scenes) = match read_folder(assets) {
        Ok(sources) => sources,
        Err(e) => {
            return Checked {
                story: None,
                errors: vec![e],
                warnings: Vec::new(),
            };
        }
    };
    let mut checked = check(&manifest, &scenes);
    let Some(story) = &checked.story else {
        return checked;
    };
    let mut missing = Vec::new();
    for file in story.files() {
        if !assets.join(&file).is_file() {
            let (line, column) = story
                .named_at(&file)
                .map_or((1, 1), |at| (at.line, at.column));
            missing.push(StoryError {
                file: MANIFEST_PATH.to_string(),
                line,
                column,
                message: format!("cannot find `{file}` in the assets folder"),
            });
        }
    }
    let mut present = Vec::new();
    for folder in STORY_MEDIA {
        list_files(assets, folder, &mut present);
    }
    present.sort();
    for file in story.unused(present.iter().map(String::as_str)) {
        checked.warnings.push(StoryError {
            file: MANIFEST_PATH.to_string(),
            line: 1,
            column: 1,
            message: format!(
                "`{file}` is in the assets folder but the story never uses it: expected the manifest to name it, or the file removed"
            ),
        });
    }
    if !missing.is_empty() {
        checked.story = None;
        checked.errors.extend(missing);
    }
    checked
}

/// Every file under `assets/<folder>`, as a `/`-separated path relative to `assets/`;
/// hidden files are skipped.
fn list_files(assets: &Path, folder: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(assets.join(folder)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = format!("{folder}/{name}");
        match entry.file_type() {
            Ok(t) if t.is_dir() => list_files(assets, &path, out),
            Ok(t) if t.is_file() => out.push(path),
            _ => {}
        }
    }
}
