//! A scripted tour for `make screenshots`: it plays the story by itself (always the
//! first option) and saves PNGs of the real window at the title and at chosen lines.
//! Started by `--screenshots DIR --at 3,12,20` on the command line. Lines count from the
//! first on screen: the story's first, or with `--beat` or `--scene` the one it starts on.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use crate::assets::streaming::Wanted;
use crate::director::{Command, Showing};
use crate::play::Reading;
use crate::saves::SaveAction;
use crate::screens::title::{TitleItem, TitleItems};
use crate::session::{Cue, Overlay, PlaySystems, Screen, ShowPicture, Verb};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::theme::widgets::{Menu, MenuFocus, MenuPicked};
use crate::views::dialogue::Reveal;
use crate::views::stage::Blink;

/// Frames to let fades and the typewriter settle before a shot.
const SETTLE_FRAMES: u32 = 45;
/// Seconds ahead a blink keeps the camera waiting.
const BLINK_MARGIN: f64 = 0.25;

#[derive(Resource, Debug, Clone)]
pub struct Tour {
    pub dir: PathBuf,
    /// Line numbers (from 1, the first line on screen) to photograph.
    pub at: Vec<usize>,
    /// Photograph the overlays over the title, and after the last line each overlay over
    /// it (at normal and largest text), the picture with the interface hidden, and a
    /// choice reached by rolling back.
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

/// One step of the tour's look at the menus, after its lines.
#[derive(Debug, Clone, Copy)]
enum Look {
    /// Open an overlay (or close them all) and photograph the screen as `file`.
    Shoot(Overlay, &'static str),
    QuickSave,
    /// The reader's text size from now on.
    TextSize(f32),
    Hide,
    /// Read on to the next choice, take its first option, read the next line, then roll
    /// back to the choice.
    RollBackToAChoice,
}

/// Over the title, before the story: overlays as they cover the title's words.
const OVER_THE_TITLE: [Look; 2] = [
    Look::Shoot(Overlay::Settings, "title-settings.png"),
    Look::Shoot(Overlay::Load, "title-load.png"),
];

/// After the last line: each overlay over that line, at normal and at the largest text
/// size, the picture with the interface hidden, and a choice reached by rollback.
const OVER_A_LINE: [Look; 16] = [
    Look::QuickSave,
    Look::Shoot(Overlay::History, "history.png"),
    Look::Shoot(Overlay::Gallery, "gallery.png"),
    Look::Shoot(Overlay::Save, "save.png"),
    Look::Shoot(Overlay::Load, "load.png"),
    Look::Shoot(Overlay::Settings, "settings.png"),
    Look::Shoot(Overlay::Leave, "leave.png"),
    Look::TextSize(1.5),
    Look::Shoot(Overlay::Settings, "settings-largest.png"),
    Look::Shoot(Overlay::None, "line-largest.png"),
    Look::TextSize(1.0),
    Look::Hide,
    Look::Shoot(Overlay::None, "hidden.png"),
    Look::RollBackToAChoice,
    Look::Shoot(Overlay::None, "choice-rollback.png"),
    Look::TextSize(1.5),
];

#[derive(Resource, Default)]
struct Progress {
    frames: u32,
    lines: usize,
    /// A picture waiting to be taken: its file name, frames waited, frames to wait.
    pending: Option<(String, u32, u32)>,
    choices: usize,
    /// The next look over the title, and over the last line.
    title_looks: usize,
    line_looks: Option<usize>,
    /// Rolling back to a choice: 1 reading on to it, 2 chosen, 3 rolled back.
    rollback: u8,
    /// Frames since the screen last changed.
    screen_frames: u32,
    finished_at: Option<u32>,
}

impl Progress {
    /// One more line on screen: photographed if the tour asks for it.
    fn read_a_line(&mut self, tour: &Tour) {
        self.lines += 1;
        if tour.at.contains(&self.lines) && self.line_looks.is_none() {
            let name = format!("line-{:03}.png", self.lines);
            self.pending = Some((name, 0, SETTLE_FRAMES));
        }
    }
}

fn tour(
    mut commands: Commands,
    tour: Res<Tour>,
    mut progress: ResMut<Progress>,
    screen: Res<State<Screen>>,
    focus: Option<Res<MenuFocus>>,
    title_items: Option<Res<TitleItems>>,
    mut cues: MessageReader<Cue>,
    mut pictures: MessageReader<ShowPicture>,
    mut picked: MessageWriter<MenuPicked>,
    mut verbs: MessageWriter<Verb>,
    mut exit: MessageWriter<AppExit>,
    mut moving: ResMut<Moving>,
    mut overlay: ResMut<NextState<Overlay>>,
    mut saves: MessageWriter<SaveAction>,
    (mut reading, mut settings, blinks): (ResMut<Reading>, ResMut<ReaderSettings>, Query<&Blink>),
    (wanted, server, reveal, clock): (Res<Wanted>, Res<AssetServer>, Res<Reveal>, Res<Time<Real>>),
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
    // A picture on its way: wait for the screen to settle, then take it.
    if let Some((name, waited, settle)) = progress.pending.as_mut() {
        // A moment whose pictures are still on their way (a jump to a beat) shows the
        // loading card: the settling starts when they are in.
        *waited = if wanted.ready(&server) {
            *waited + 1
        } else {
            0
        };
        // Nobody is photographed mid-blink, eyes shut as if asleep: the blink may come
        // later in this frame, so one due in the next few frames waits too. And a line
        // is photographed whole, once it has typed out.
        let now = clock.elapsed_secs_f64();
        let blinking = blinks.iter().any(|b| b.shut_within(now, BLINK_MARGIN));
        if *waited >= *settle && !blinking && reveal.done() {
            // One picture of the window a frame: the next step waits for the next.
            let took = !name.is_empty();
            if took {
                shoot(std::mem::take(name));
            }
            progress.pending = None;
            if took {
                return;
            }
        }
        if *screen.get() != Screen::Game {
            return;
        }
    }
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
            if progress.screen_frames <= SETTLE_FRAMES + 30 || progress.pending.is_some() {
                return;
            }
            if tour.menus && progress.title_looks < OVER_THE_TITLE.len() {
                if let Some(Look::Shoot(over, name)) = OVER_THE_TITLE.get(progress.title_looks) {
                    overlay.set(*over);
                    progress.pending = Some(((*name).into(), 0, SETTLE_FRAMES));
                }
                progress.title_looks += 1;
                return;
            }
            overlay.set(Overlay::None);
            let new_game =
                title_items.and_then(|items| items.0.iter().position(|i| *i == TitleItem::NewGame));
            if let Some(index) = new_game {
                picked.write(MenuPicked {
                    menu: Menu::Title,
                    index,
                });
            }
        }
        Screen::Game => {
            // A start at a beat or a scene shows its first line whole, as a picture
            // rather than a cue: that is line 1. (Later pictures are rollbacks.)
            let starts_on_a_line = pictures
                .read()
                .filter(|ShowPicture(p)| matches!(p.showing, Showing::Line(_)))
                .count()
                > 0;
            if starts_on_a_line && progress.lines == 0 {
                progress.read_a_line(&tour);
            }
            let mut chose_at_a_choice = false;
            for Cue(command) in cues.read() {
                match command {
                    Command::Line(_) => {
                        progress.read_a_line(&tour);
                        if progress.rollback == 2 {
                            // Read one line past the choice: back to it.
                            verbs.write(Verb::Back);
                            progress.rollback = 3;
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
                        chose_at_a_choice = progress.rollback == 1;
                    }
                    _ => {}
                }
            }
            if chose_at_a_choice {
                progress.rollback = 2;
            }
            if progress.pending.is_some() {
                return;
            }
            let lines_done = progress.lines >= tour.at.iter().copied().max().unwrap_or(0);
            let rolling = matches!(progress.rollback, 1 | 2);
            if lines_done && !rolling {
                if !tour.menus {
                    progress.finished_at = Some(frames);
                    return;
                }
                let step = progress.line_looks.map_or(0, |n| n + 1);
                progress.line_looks = Some(step);
                match OVER_A_LINE.get(step) {
                    Some(Look::Shoot(over, name)) => {
                        overlay.set(*over);
                        progress.pending = Some(((*name).into(), 0, SETTLE_FRAMES));
                    }
                    // (A quick save takes its own picture: one picture of the window a frame.)
                    Some(Look::QuickSave) => {
                        saves.write(SaveAction::QuickSave);
                        progress.pending = Some((String::new(), 0, 10));
                    }
                    Some(Look::TextSize(size)) => {
                        settings.text_size = *size;
                        // The last look: the choice again at the largest size.
                        if step + 1 == OVER_A_LINE.len() {
                            progress.pending =
                                Some(("choice-rollback-largest.png".into(), 0, SETTLE_FRAMES));
                        }
                    }
                    Some(Look::Hide) => reading.hidden = true,
                    Some(Look::RollBackToAChoice) => {
                        reading.hidden = false;
                        overlay.set(Overlay::None);
                        progress.rollback = 1;
                    }
                    None => {
                        settings.text_size = 1.0;
                        progress.finished_at = Some(frames);
                    }
                }
                return;
            }
            if progress.rollback == 3 || !frames.is_multiple_of(2) {
                return;
            }
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
