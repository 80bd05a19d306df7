//! The story as checked data, with no Bevy in it: what the director plays.
//!
//! Writers edit [`model`] shapes in RON; [`build`] parses and checks them and flattens
//! every scene into a list of [`Op`]s, so the director only ever follows indices.

mod build;
mod flow;
mod folder;
pub mod graph;
pub mod model;
mod scan;
mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub use build::{
    Checked, MAX_LINE_CHARS, MAX_WAIT_SECONDS, Source, StoryError, StoryErrors, build, check,
    check_asset_path, parse_manifest, parse_scene,
};
pub use flow::{At, Next};
pub use folder::{STORY_MEDIA, check_folder, read_folder, scene_files};
pub use model::{Condition, Expression, FaceBox, MAX_TILT, Point, Spot, Transition};

/// Where the manifest lives, relative to `assets/`.
pub const MANIFEST_PATH: &str = "story/story.ron";

#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub title: String,
    pub cast: BTreeMap<String, Cast>,
    pub places: BTreeMap<String, Place>,
    /// Event pictures by id, variants as `id:variant`.
    pub pictures: BTreeMap<String, EventPicture>,
    pub music: BTreeMap<String, String>,
    pub ambience: BTreeMap<String, String>,
    pub sounds: BTreeMap<String, String>,
    pub chapters: Vec<String>,
    /// Every scene, in playing order.
    pub scenes: Vec<Scene>,
    /// What the title screen shows and plays.
    pub title_screen: ScreenSetting,
    /// What plays under the credits.
    pub credits_screen: ScreenSetting,
    /// The `sounds` name played with each flash of lightning.
    pub thunder: Option<String>,
    /// The `sounds` name played when the lightning strikes close.
    pub thunder_near: Option<String>,
    /// The `ambience` name heard through the walls of indoor places while it rains.
    pub rain: Option<String>,
    /// What the reader reads for each sound, when captions are on.
    pub captions: Captions,
    /// Where the manifest first names each file, so a missing picture or sound can be
    /// blamed on the line that names it.
    pub mentions: BTreeMap<String, Location>,
}

/// A screen outside the story (the title, the credits): music and ambience are names
/// in the story's tables, the background a path under `assets/`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScreenSetting {
    pub background: Option<String>,
    pub music: Option<String>,
    pub ambience: Option<String>,
    /// 0.0 (none) to 1.0 (downpour).
    pub rain: f32,
}

/// Captions by sound name, one table for each of `music`, `ambience` and `sounds`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Captions {
    pub music: BTreeMap<String, String>,
    pub ambience: BTreeMap<String, String>,
    pub sounds: BTreeMap<String, String>,
}

/// A place in a story file, shown as `story/story.ron:12:17`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    /// In characters, not bytes.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// A cast member as layers: bodies, face parts and the expressions combining them.
/// Every name an expression uses is checked to be there.
#[derive(Debug, Clone, PartialEq)]
pub struct Cast {
    pub name: String,
    pub colour: [u8; 3],
    /// Body name to picture file.
    pub bodies: BTreeMap<String, String>,
    /// Where the face parts go on a body, in the body's pixels.
    pub face: FaceBox,
    /// Face part name to picture file.
    pub parts: BTreeMap<String, String>,
    /// Parts drawn unmirrored when the member faces left (a scar on one cheek).
    pub one_sided: BTreeSet<String>,
    /// One-sided part name to its picture on the face turned to the left.
    pub facing_left: BTreeMap<String, String>,
    pub expressions: BTreeMap<String, Expression>,
    pub hologram: bool,
    /// Seated bodies and how much lower than standing they are set, in the body's pixels.
    pub seated: BTreeMap<String, u32>,
    /// Leaning bodies and how much nearer the one they face they are set, in the body's
    /// pixels.
    pub leaning: BTreeMap<String, u32>,
    /// Bodies that lie (in a bed): they keep their place and size when they speak.
    pub lying: BTreeSet<String>,
    /// Body name to the picture of its light (a lit blade), never dimmed.
    pub glows: BTreeMap<String, String>,
    /// Body name to its head layer's picture (bodies without one have the head painted in).
    pub heads: BTreeMap<String, String>,
    /// Where the head layers go on a body, in the body's pixels.
    pub head: FaceBox,
    /// The point a tilting head turns about, in the body's pixels.
    pub pivot: Point,
}

impl FaceBox {
    /// The pivot a member without one in the manifest tilts about: the middle of the face
    /// box's bottom edge, 100 pixels up (about the jaw).
    pub fn default_pivot(&self) -> Point {
        Point {
            x: self.x + self.width / 2,
            y: (self.y + self.height).saturating_sub(100),
        }
    }
}

/// The closed eyes every member has: a blink, or sleep when an expression uses them.
pub const EYES_CLOSED: &str = "eyes_closed";
/// The two speaking mouths every member has.
pub const TALK_MOUTHS: [&str; 2] = ["mouth_talk_1", "mouth_talk_2"];

/// One expression of one member, resolved to files: what the cast view draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    /// The body's picture.
    pub body: String,
    /// Where the face parts go on the body, in the body's pixels.
    pub face: FaceBox,
    pub eyes: Layer,
    pub brows: Layer,
    /// The closed mouth, shown whenever the member is not speaking.
    pub mouth: Layer,
    /// Drawn over the rest, in order.
    pub extras: Vec<Layer>,
    /// The member's closed eyes, shown for a blink.
    pub blink: String,
    /// The member's two speaking mouths.
    pub talk: [String; 2],
    /// The expression's eyes are closed (asleep, unconscious): no blinking.
    pub asleep: bool,
    /// How much lower than standing the body is set (it sits or kneels), in the body's
    /// pixels; 0 standing.
    pub drop: u32,
    /// How much nearer the one they face the body is set (it leans in), in the body's
    /// pixels; 0 upright.
    pub lean: u32,
    /// The body lies (in a bed): it keeps its place and size when the member speaks.
    pub lying: bool,
    /// What on the body gives light, laid over the bust and never dimmed.
    pub glow: Option<String>,
    /// The body's head layer, if its head is not painted in: laid at `head_box`, under
    /// the face parts.
    pub head: Option<String>,
    /// Where the head layer goes on the body, in the body's pixels.
    pub head_box: FaceBox,
    /// The point the head and the face parts turn about, in the body's pixels.
    pub pivot: Point,
    /// How far the head leans, in degrees: + toward the way the member faces, - away.
    pub tilt: f32,
}

/// One face part of a look.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    /// The part's name, such as `eyes_open` or `scar`.
    pub part: String,
    pub file: String,
    /// Drawn unmirrored when the member faces left, so it stays on their own side.
    pub one_sided: bool,
    /// A one-sided part's picture on the face turned to the left, if it has its own.
    pub facing_left: Option<String>,
}

impl Look {
    /// The face parts in drawing order: eyes, brows, mouth, then the extras.
    pub fn parts(&self) -> impl Iterator<Item = &Layer> {
        [&self.eyes, &self.brows, &self.mouth]
            .into_iter()
            .chain(&self.extras)
    }

    /// Every file the look may show: the body, its parts, the blink and the speaking
    /// mouths.
    pub fn files(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.body)
            .chain(&self.head)
            .chain(&self.glow)
            .chain(
                self.parts()
                    .flat_map(|l| std::iter::once(&l.file).chain(&l.facing_left)),
            )
            .chain(std::iter::once(&self.blink))
            .chain(&self.talk)
    }
}

impl Cast {
    /// The layers of one of the member's expressions, if they have it.
    pub fn look(&self, expression: &str) -> Option<Look> {
        let e = self.expressions.get(expression)?;
        let layer = |part: &str| {
            Some(Layer {
                part: part.to_string(),
                file: self.parts.get(part)?.clone(),
                one_sided: self.one_sided.contains(part),
                facing_left: self.facing_left.get(part).cloned(),
            })
        };
        let [talk_1, talk_2] = TALK_MOUTHS.map(|m| self.parts.get(m).cloned());
        Some(Look {
            body: self.bodies.get(&e.body)?.clone(),
            face: self.face,
            eyes: layer(&e.eyes)?,
            brows: layer(&e.brows)?,
            mouth: layer(&e.mouth)?,
            extras: e.extras.iter().map(|x| layer(x)).collect::<Option<_>>()?,
            blink: self.parts.get(EYES_CLOSED)?.clone(),
            talk: [talk_1?, talk_2?],
            asleep: e.eyes == EYES_CLOSED,
            drop: self.seated.get(&e.body).copied().unwrap_or(0),
            lean: self.leaning.get(&e.body).copied().unwrap_or(0),
            lying: self.lying.contains(&e.body),
            glow: self.glows.get(&e.body).cloned(),
            head: self.heads.get(&e.body).cloned(),
            head_box: self.head,
            pivot: self.pivot,
            tilt: e.tilt,
        })
    }

    /// Every picture the member has: bodies, head layers and face parts.
    pub fn files(&self) -> impl Iterator<Item = &String> {
        self.bodies
            .values()
            .chain(self.heads.values())
            .chain(self.glows.values())
            .chain(self.parts.values())
            .chain(self.facing_left.values())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub background: String,
    pub light: [u8; 3],
    /// Under a roof: rain outside is heard muffled.
    pub indoors: bool,
    pub ambience: Option<String>,
}

/// A full-screen painting of one of the story's moments.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPicture {
    pub file: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub id: String,
    pub title: Option<String>,
    /// Index into [`Story::chapters`].
    pub chapter: usize,
    pub file: String,
    pub ops: Vec<Op>,
}

/// One flattened step. Jumps inside a scene are indices into its `ops`.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Beat(String),
    Narrate(String),
    Say {
        who: String,
        expression: Option<String>,
        text: String,
        /// Said from off stage (`Voice`): the speaker is heard, not seen.
        offstage: bool,
    },
    Show {
        who: String,
        expression: Option<String>,
        at: Spot,
    },
    Move {
        who: String,
        at: Spot,
    },
    Hide(String),
    Rename(String, String),
    Place(String, Transition),
    /// Show an event picture (`Some`) or dissolve it away (`None`).
    Picture(Option<String>),
    Weather {
        rain: f32,
        thunder: bool,
    },
    Music(Option<String>),
    Ambience(Option<String>),
    Sfx(String),
    Shake,
    /// A flash of light of this colour.
    Flash([u8; 3]),
    Wait(f32),
    Set(String, i32),
    Add(String, i32),
    Choice(Vec<ChoiceOp>),
    /// Go to `else_at` unless the condition holds.
    Unless(Condition, usize),
    Goto(usize),
    /// Continue at the start of scene number `.0`.
    Jump(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOp {
    pub text: String,
    pub set: Vec<(String, i32)>,
    pub add: Vec<(String, i32)>,
    /// Where this option's own steps start.
    pub at: usize,
}

/// The expression every cast member has, and comes on with when a step names none.
pub const NEUTRAL: &str = "neutral";

impl Story {
    /// Every file under `assets/` the story refers to: what the checker makes sure
    /// exists (the game itself streams them by chapter, `director::chapter_files`).
    pub fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = self
            .cast
            .values()
            .flat_map(|c| c.files().cloned())
            .chain(self.places.values().map(|p| p.background.clone()))
            .chain(self.pictures.values().map(|p| p.file.clone()))
            .chain(self.music.values().cloned())
            .chain(self.ambience.values().cloned())
            .chain(self.sounds.values().cloned())
            .chain(self.title_screen.background.clone())
            .chain(self.credits_screen.background.clone())
            .collect();
        files.sort();
        files.dedup();
        files
    }

    /// Event picture ids in the order the story first shows them (then any it never
    /// shows): the gallery's tiles.
    pub fn gallery(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        let shown = self
            .scenes
            .iter()
            .flat_map(|s| &s.ops)
            .filter_map(|op| match op {
                Op::Picture(Some(id)) => Some(id.as_str()),
                _ => None,
            });
        for id in shown.chain(self.pictures.keys().map(String::as_str)) {
            if self.pictures.contains_key(id) && !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// Whether the story names `path` as a picture (a place, a screen or a cast member's
    /// body or face part) rather than a sound.
    pub fn is_picture(&self, path: &str) -> bool {
        self.places.values().any(|p| p.background == path)
            || self.pictures.values().any(|p| p.file == path)
            || self.cast.values().any(|c| c.files().any(|f| f == path))
            || [&self.title_screen, &self.credits_screen]
                .iter()
                .any(|s| s.background.as_deref() == Some(path))
    }

    /// The caption of the music playing `path`, if a name for that file has one.
    pub fn music_caption(&self, path: &str) -> Option<&str> {
        caption(&self.music, &self.captions.music, path)
    }

    /// The caption of the ambience playing `path`, if a name for that file has one.
    pub fn ambience_caption(&self, path: &str) -> Option<&str> {
        caption(&self.ambience, &self.captions.ambience, path)
    }

    /// The caption of the sound playing `path`, if a name for that file has one.
    pub fn sound_caption(&self, path: &str) -> Option<&str> {
        caption(&self.sounds, &self.captions.sounds, path)
    }

    /// Where the story names `path` (one of [`Story::files`]), if it does.
    pub fn named_at(&self, path: &str) -> Option<&Location> {
        self.mentions.get(path)
    }

    /// The files in `present` (paths under `assets/`) that the story never names.
    pub fn unused<'a>(&self, present: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
        let named = self.files();
        present
            .into_iter()
            .filter(|p| named.binary_search_by(|n| n.as_str().cmp(p)).is_err())
            .collect()
    }
}

/// The caption for a file: that of the first name (in order) that plays it and has one.
fn caption<'a>(
    files: &BTreeMap<String, String>,
    captions: &'a BTreeMap<String, String>,
    path: &str,
) -> Option<&'a str> {
    files
        .iter()
        .filter(|(_, file)| *file == path)
        .find_map(|(name, _)| captions.get(name))
        .map(String::as_str)
}

#[cfg(test)]
pub(crate) mod tests;
