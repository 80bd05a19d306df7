//! A scripted tour for `make screenshots`: it plays the story by itself (always the
//! first option) and saves PNGs of the real window at the title and at chosen lines.
//! Started by `--screenshots DIR --at 3,12,20` on the command line.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use crate::director::Command;
use crate::menu::{Menu, MenuFocus, MenuPicked};
use crate::play::Reading;
use crate::saves::SaveAction;
use crate::screens::title::{TitleItem, TitleItems};
use crate::session::{Cue, Overlay, PlaySystems, Screen, Verb};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;

/// Frames to let fades and the typewriter settle before a shot.
const SETTLE_FRAMES: u32 = 90;

#[derive(Resource, Debug, Clone)]
pub struct Tour {
    pub dir: PathBuf,
    /// Line numbers (from 1) to photograph.
    pub at: Vec<usize>,
    /// After the last line: quick save, then photograph the history, save, load and
    /// settings screens and the picture with the interface hidden.
    pub menus: bool,
    /// The window's size, from `--window WxH` (to see other shapes than 16:9).
    pub window: Option<(u32, u32)>,
}

impl Tour {
    /// Reads `--screenshots DIR [--at N,N,…]` from the command line.
    pub fn from_args(args: impl Iterator<Item = String>) -> Option<Self> {
        let args: Vec<String> = args.collect();
        let value = |flag: &str| {
            args.iter()
                .position(|a| a == flag)
                .and_then(|i| args.get(i + 1))
        };
        let dir = PathBuf::from(value("--screenshots")?);
        let at = value("--at")
            .map(|list| {
                list.split(',')
                    .filter_map(|n| n.trim().parse().ok())
                    .collect()
            })
            .unwrap_or_else(|| vec![3]);
        let menus = args.iter().any(|a| a == "--menus");
        let window = value("--window").and_then(|size| {
            let (w, h) = size.split_once('x')?;
            Some((w.parse().ok()?, h.parse().ok()?))
        });
        Some(Self {
            dir,
            at,
            menus,
            window,
        })
    }
}

pub fn plugin(app: &mut App) {
    if let Some(tour) = app.world().get_resource::<Tour>()
        && let Err(e) = std::fs::create_dir_all(&tour.dir)
    {
        error!("cannot make {}: {e}", tour.dir.display());
    }
    app.add_systems(
        Startup,
        |tour: Res<Tour>, mut window: Single<&mut Window>| {
            if let Some((w, h)) = tour.window {
                window.resolution.set(w as f32, h as f32);
            }
        },
    )
    .init_resource::<Progress>()
    .add_systems(Update, tour.after(PlaySystems));
}

#[derive(Resource, Default)]
struct Progress {
    frames: u32,
    lines: usize,
    /// A picture waiting to be taken: its file name, frames waited, frames to wait.
    pending: Option<(String, u32, u32)>,
    choices: usize,
    /// Which of the menu pictures comes next, once the lines are done.
    menus: Option<usize>,
    /// Frames since the screen last changed.
    screen_frames: u32,
    finished_at: Option<u32>,
}

fn tour(
    mut commands: Commands,
    tour: Res<Tour>,
    mut progress: ResMut<Progress>,
    screen: Res<State<Screen>>,
    focus: Option<Res<MenuFocus>>,
    title_items: Option<Res<TitleItems>>,
    mut cues: MessageReader<Cue>,
    mut picked: MessageWriter<MenuPicked>,
    mut verbs: MessageWriter<Verb>,
    mut exit: MessageWriter<AppExit>,
    mut moving: ResMut<Moving>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut saves: MessageWriter<SaveAction>,
    mut reading: ResMut<Reading>,
    mut settings: ResMut<ReaderSettings>,
    mut text_size: Local<Option<f32>>,
) {
    // The tour counts frames, so it keeps them coming.
    moving.now();
    progress.frames += 1;
    let frames = progress.frames;
    let mut shoot = |name: String| {
        let path = tour.dir.join(name);
        info!("screenshot: {}", path.display());
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path));
    };
    if let Some(end) = progress.finished_at {
        if frames > end + 30 {
            exit.write(AppExit::Success);
        }
        return;
    }
    if screen.is_changed() {
        progress.screen_frames = 0;
    }
    progress.screen_frames += 1;
    match screen.get() {
        Screen::Loading => {}
        Screen::Credits => {
            if progress.screen_frames == SETTLE_FRAMES {
                shoot("credits.png".into());
                progress.finished_at = Some(frames);
            }
        }
        Screen::Title => {
            if progress.screen_frames == SETTLE_FRAMES {
                shoot("title.png".into());
            }
            let new_game =
                title_items.and_then(|items| items.0.iter().position(|i| *i == TitleItem::NewGame));
            if progress.screen_frames == SETTLE_FRAMES + 30
                && let Some(index) = new_game
            {
                picked.write(MenuPicked {
                    menu: Menu::Title,
                    index,
                });
            }
        }
        Screen::Game => {
            for Cue(command) in cues.read() {
                match command {
                    Command::Line(_) => {
                        progress.lines += 1;
                        if tour.at.contains(&progress.lines) {
                            let name = format!("line-{:03}.png", progress.lines);
                            progress.pending = Some((name, 0, SETTLE_FRAMES));
                        }
                    }
                    // Every chapter card, and the first choice menu.
                    Command::ChapterCard { number, .. } => {
                        progress.pending = Some((format!("chapter-{number}.png"), 0, 40));
                    }
                    Command::Choices(_) => {
                        progress.choices += 1;
                        if progress.choices == 1 {
                            progress.pending = Some(("choice-1.png".into(), 0, SETTLE_FRAMES));
                        }
                    }
                    _ => {}
                }
            }
            if let Some((name, waited, settle)) = progress.pending.as_mut() {
                *waited += 1;
                if *waited >= *settle {
                    if !name.is_empty() {
                        shoot(std::mem::take(name));
                    }
                    progress.pending = None;
                    if progress.lines >= tour.at.iter().copied().max().unwrap_or(0) {
                        if !tour.menus {
                            progress.finished_at = Some(frames);
                        } else {
                            // Quick save, the history, the save and load screens, the settings screen
                            // and the line at the largest text size, the picture with the interface
                            // hidden, then done (the reader's text size as it was).
                            let step = progress.menus.map_or(0, |n| n + 1);
                            progress.menus = Some(step);
                            // (The quick save waits a step: one picture of the window a frame.)
                            let (next, shot) = match step {
                                0 => (Overlay::None, ""),
                                1 => {
                                    saves.write(SaveAction::QuickSave);
                                    (Overlay::None, "")
                                }
                                2 => (Overlay::History, "history.png"),
                                3 => (Overlay::Save, "save.png"),
                                4 => (Overlay::Load, "load.png"),
                                5 => {
                                    *text_size = Some(settings.text_size);
                                    settings.text_size = 1.5;
                                    (Overlay::Settings, "settings.png")
                                }
                                6 => (Overlay::None, "line-largest.png"),
                                7 => {
                                    settings.text_size = text_size.unwrap_or(1.0);
                                    reading.hidden = true;
                                    (Overlay::None, "hidden.png")
                                }
                                _ => {
                                    progress.finished_at = Some(frames);
                                    (Overlay::None, "")
                                }
                            };
                            overlay.set(next);
                            if progress.finished_at.is_none() {
                                progress.pending = Some((shot.into(), 0, SETTLE_FRAMES));
                            }
                        }
                    }
                }
                return;
            }
            if frames.is_multiple_of(2) {
                match focus.map(|f| f.menu) {
                    Some(Menu::Choice) => {
                        picked.write(MenuPicked {
                            menu: Menu::Choice,
                            index: 0,
                        });
                    }
                    _ => {
                        verbs.write(Verb::Advance);
                    }
                }
            }
        }
    }
}
