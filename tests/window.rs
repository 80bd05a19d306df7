//! The real game in a real window: runs the built binary under Xvfb (software Vulkan)
//! with its screenshot tour, and looks at what it drew as a player would see it.

use std::path::Path;
use std::process::Command;

use image::{GenericImageView, Rgba};

/// How many different colours a picture has, coarsely: a blank or broken frame has few.
fn colour_count(picture: &image::DynamicImage) -> usize {
    let mut seen = std::collections::HashSet::new();
    for (_, _, Rgba([r, g, b, _])) in picture.pixels() {
        seen.insert((r >> 3, g >> 3, b >> 3));
    }
    seen.len()
}

/// Share of pixels in the given rows as light as the story text (narration is the dimmest).
fn bright_share(picture: &image::DynamicImage, rows: std::ops::Range<u32>) -> f32 {
    let (w, _) = picture.dimensions();
    bright_share_in(picture, 0..w, rows)
}

/// The same, in a rectangle of the picture.
fn bright_share_in(
    picture: &image::DynamicImage,
    columns: std::ops::Range<u32>,
    rows: std::ops::Range<u32>,
) -> f32 {
    let mut bright = 0;
    let mut all = 0;
    for y in rows {
        for x in columns.clone() {
            let Rgba([r, g, b, _]) = picture.get_pixel(x, y);
            all += 1;
            if r > 170 && g > 170 && b > 170 {
                bright += 1;
            }
        }
    }
    bright as f32 / all as f32
}

/// Plays the game's screenshot tour with `args` in a 1280x720 window under Xvfb, into
/// a new folder.
fn tour(name: &str, args: &[&str]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "after-the-rain-shots-{name}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let status = Command::new("timeout")
        .args(["900", "xvfb-run", "-a", "-s", "-screen 0 1280x720x24"])
        .arg(env!("CARGO_BIN_EXE_after_the_rain"))
        .arg("--screenshots")
        .arg(&dir)
        .args(args)
        .env("BEVY_ASSET_ROOT", env!("CARGO_MANIFEST_DIR"))
        // Its autosaves go with the pictures, not into the user's data folder.
        .env("AFTER_THE_RAIN_DATA", &dir)
        .status()
        .expect("xvfb-run is installed (make test installs it)");
    assert!(status.success(), "the game exited with {status}");
    dir
}

/// A picture of the project's assets at the window's size, as the stage draws it.
fn asset_at_window_size(path: &str) -> image::DynamicImage {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(path);
    image::open(&file)
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
        .resize_exact(1280, 720, image::imageops::FilterType::Triangle)
}

/// The mean difference of two pictures inside a rectangle (0 to 255 a channel).
fn difference_in(
    a: &image::DynamicImage,
    b: &image::DynamicImage,
    columns: std::ops::Range<u32>,
    rows: std::ops::Range<u32>,
) -> f32 {
    let (w, h) = (columns.end - columns.start, rows.end - rows.start);
    mean_difference(
        &a.crop_imm(columns.start, rows.start, w, h),
        &b.crop_imm(columns.start, rows.start, w, h),
    )
}

/// Chapter 7's cell, photographed from beat 7.3: three people at the door, Rey and Ben
/// close on the bench, and the kiss painted as an event picture.
#[test]
fn the_cell_shows_three_on_stage_then_two_close_then_the_kiss() {
    let dir = tour("cell", &["--beat", "7.3", "--at", "2,17,40"]);
    let open = |name: &str| {
        let path: &Path = &dir.join(name);
        image::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    // Head height, above the dialogue box; each spot's middle column on a 1280 window
    // (Left, Centre and Right at 293, 640 and 987; NearLeft and NearRight at 553, 727).
    let heads = 130..420;
    let band = |x: u32| x - 30..x + 30;

    let three = open("line-002.png");
    let cell = asset_at_window_size("images/places/cell.webp");
    for (spot, x) in [("Left", 293), ("Centre", 640), ("Right", 987)] {
        let d = difference_in(&three, &cell, band(x), heads.clone());
        assert!(d > 10.0, "nobody drawn at {spot} ({d} from the bare cell)");
    }

    let close = open("line-017.png");
    let night = asset_at_window_size("images/places/cell_night.webp");
    for (spot, x) in [("NearLeft", 553), ("NearRight", 727)] {
        let d = difference_in(&close, &night, band(x), heads.clone());
        assert!(d > 10.0, "nobody drawn at {spot} ({d} from the bare cell)");
    }
    // Close means close: the outer edges of the stage are bare (the bare place itself
    // differs by about 0.1 there).
    for (side, columns) in [("left", 20..140), ("right", 1140..1260)] {
        let d = difference_in(&close, &night, columns, heads.clone());
        assert!(d < 3.0, "someone stands at the {side} edge ({d})");
    }

    // The second, slow kiss: the painting covers the cell (the first, clumsy one is the
    // variant where she reaches for him).
    let kiss = open("line-040.png");
    let painted = asset_at_window_size("images/events/kiss.webp");
    let on_painting = difference_in(&kiss, &painted, 0..1280, 0..450);
    let on_cell = difference_in(&kiss, &night, 0..1280, 0..450);
    assert!(
        on_painting < 3.0 && on_cell > 10.0,
        "the kiss is not painted over the cell: {on_painting} from the painting, {on_cell} from the cell"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_shipped_game_draws_its_screens_in_a_window() {
    let dir = tour("screens", &["--at", "3", "--menus"]);

    let open = |name: &str| {
        let path: &Path = &dir.join(name);
        image::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let title = open("title.png");
    let scene = open("line-003.png");
    assert_eq!(title.dimensions(), (1280, 720));
    assert!(colour_count(&title) > 200, "the title screen looks blank");
    assert!(colour_count(&scene) > 200, "the rain scene looks blank");
    // The line's letters stand out in the dialogue box at the bottom, and not above it.
    assert!(
        bright_share(&scene, 560..700) > 0.002,
        "no text in the dialogue box"
    );
    // After the line: the history lists what was read, and the load screen shows the
    // quick save made at it, with its thumbnail.
    // The chapter's card: its number and title over black.
    let card = open("chapter-1.png");
    assert!(
        bright_share(&card, 290..410) > 0.002,
        "the chapter card shows no words"
    );
    let history = open("history.png");
    assert!(
        bright_share(&history, 80..640) > 0.004,
        "no lines in the history"
    );
    let load = open("load.png");
    // The first slot's picture, where an empty slot is one flat colour. (A flash of
    // lightning at the moment of saving pales the picture and takes away two thirds of its colours.)
    let thumbnail = load.crop_imm(115, 90, 320, 175);
    let empty = load.crop_imm(480, 90, 320, 175);
    assert!(colour_count(&empty) < 10, "an empty slot is flat");
    assert!(
        colour_count(&thumbnail) > 60,
        "the quick save's slot shows no thumbnail"
    );
    // At the largest text size the same line's letters cover far more of the box.
    let largest = open("line-largest.png");
    let (normal, large) = (
        bright_share(&scene, 480..720),
        bright_share(&largest, 380..720),
    );
    assert!(
        large > normal * 1.4,
        "the largest text size shows larger words: {normal} -> {large}"
    );
    // Every row of the settings screen fits the window at that size: the Back button,
    // the last, is on screen.
    let settings = open("settings-largest.png");
    assert!(
        bright_share(&settings, 560..620) > 0.002,
        "the settings screen's last rows are cut off"
    );
    // An overlay hides what is under it: the settings over the title and over the
    // story's line look the same.
    let (over_title, over_line) = (open("title-settings.png"), open("settings.png"));
    let difference = mean_difference(&over_title, &over_line);
    assert!(
        difference < 4.0,
        "what is under the settings shows through: {difference}"
    );
    // The question before leaving is on screen.
    assert!(
        bright_share(&open("leave.png"), 200..520) > 0.002,
        "no question before leaving"
    );
    // A choice reached by rolling back shows the line that led to it in the box, at
    // both text sizes.
    // (The box's first line of words, left of the bust at Centre.)
    for name in ["choice-rollback.png", "choice-rollback-largest.png"] {
        assert!(
            bright_share_in(&open(name), 140..480, 490..600) > 0.01,
            "{name}: no line under the choice"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The mean difference of two same-sized pictures, per colour channel (0 to 255).
fn mean_difference(a: &image::DynamicImage, b: &image::DynamicImage) -> f32 {
    let (a, b) = (a.to_rgb8(), b.to_rgb8());
    let total: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f32 / a.as_raw().len().max(1) as f32
}
