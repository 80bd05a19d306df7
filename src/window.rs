//! The window: fullscreen (F11) and the reader's own screenshots (S), which go to their
//! pictures folder on desktop (made if missing, never overwriting one) and are a
//! download in the browser. Each is confirmed by a notice.

use bevy::prelude::*;
use bevy::render::view::screenshot::save_to_disk;
use bevy::window::{MonitorSelection, PrimaryWindow, WindowMode};

use crate::input::{Action, Actions};
use crate::notice::Notice;
use crate::saves::photograph;
use crate::settings::ReaderSettings;
use crate::storage::Store;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (fullscreen, screenshot));
}

fn fullscreen(
    actions: Res<Actions>,
    mut commands: Commands,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
    mut settings: ResMut<ReaderSettings>,
    store: Res<Store>,
) {
    if actions.did(Action::Fullscreen) {
        settings.fullscreen = !settings.fullscreen;
        crate::settings::save_now(&mut commands, &store);
    }
    if settings.is_changed() {
        for mut window in &mut windows {
            let mode = if settings.fullscreen {
                WindowMode::BorderlessFullscreen(MonitorSelection::Current)
            } else {
                WindowMode::Windowed
            };
            if window.mode != mode {
                window.mode = mode;
            }
        }
    }
}

fn screenshot(actions: Res<Actions>, mut commands: Commands, mut notice: ResMut<Notice>) {
    if !actions.did(Action::Screenshot) {
        return;
    }
    match screenshot_path() {
        Ok(path) => {
            info!("screenshot: {}", path.display());
            notice.say(&format!("Screenshot saved: {}", path.display()));
            photograph(&mut commands).observe(save_to_disk(path));
        }
        Err(why) => notice.say(&format!("No screenshot: {why}")),
    }
}

/// Where S saves a picture: the user's pictures folder on desktop (made if it is not
/// there; a download in the browser), named by the time, with a number after a name
/// already taken.
fn screenshot_path() -> Result<std::path::PathBuf, String> {
    let stem = format!(
        "after-the-rain-{}",
        crate::clock::local_date(crate::clock::now()).replace([' ', ':'], "-")
    );
    #[cfg(target_arch = "wasm32")]
    return Ok(std::path::PathBuf::from(format!("{stem}.png")));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let dir = dirs::picture_dir()
            .or_else(|| dirs::home_dir().map(|home| home.join("Pictures")))
            .or_else(dirs::data_dir)
            .ok_or("no pictures folder is known on this system")?;
        free_name(&dir, &stem)
    }
}

/// `dir/stem.png`, or `dir/stem-2.png` and so on if taken; `dir` is made if missing.
#[cfg(not(target_arch = "wasm32"))]
fn free_name(dir: &std::path::Path, stem: &str) -> Result<std::path::PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    (1..1000)
        .map(|n| match n {
            1 => dir.join(format!("{stem}.png")),
            n => dir.join(format!("{stem}-{n}.png")),
        })
        .find(|path| !path.exists())
        .ok_or_else(|| format!("too many screenshots named {stem} in {}", dir.display()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_screenshot_makes_its_folder_and_never_overwrites() {
        let dir = std::env::temp_dir()
            .join(format!("shots-{}", std::process::id()))
            .join("Pictures");
        let first = free_name(&dir, "after-the-rain-x").expect("a name");
        assert!(dir.is_dir(), "the folder was made");
        std::fs::write(&first, b"png").expect("write");
        let second = free_name(&dir, "after-the-rain-x").expect("a name");
        assert_ne!(first, second, "a second screenshot in the same minute");
        assert!(second.ends_with("after-the-rain-x-2.png"));
        let _ = std::fs::remove_dir_all(dir.parent().expect("parent"));
    }
}
