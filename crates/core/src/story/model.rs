//! The story as writers type it: the shapes of `assets/story/story.ron` (the manifest)
//! and of each scene file. `story::build` turns these into a checked [`super::Story`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// `assets/story/story.ron`: the cast, the places, the sounds and the chapters.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub title: String,
    pub cast: BTreeMap<String, CastEntry>,
    pub places: BTreeMap<String, PlaceEntry>,
    /// Full-screen event pictures for the story's peaks, by id: `Picture("kiss")`.
    #[serde(default)]
    pub pictures: BTreeMap<String, PictureEntry>,
    #[serde(default)]
    pub music: BTreeMap<String, String>,
    #[serde(default)]
    pub ambience: BTreeMap<String, String>,
    #[serde(default)]
    pub sounds: BTreeMap<String, String>,
    pub chapters: Vec<ChapterEntry>,
    /// What the title and credits screens show and play, so the engine names nothing
    /// from this particular story.
    #[serde(default)]
    pub screens: ScreensEntry,
    /// A `sounds` name played with each flash of lightning.
    #[serde(default)]
    pub thunder: Option<String>,
    /// A `sounds` name played instead of `thunder` when the lightning strikes close.
    #[serde(default)]
    pub thunder_near: Option<String>,
    /// An `ambience` name: the rain itself, heard muffled through the walls of an
    /// `indoors` place while it rains outside.
    #[serde(default)]
    pub rain: Option<String>,
    /// Short words for what is heard, shown to readers who turn captions on.
    #[serde(default)]
    pub captions: CaptionsEntry,
}

/// Captions by sound name, one table for each kind of sound: `thunder: "thunder, close"`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaptionsEntry {
    #[serde(default)]
    pub music: BTreeMap<String, String>,
    #[serde(default)]
    pub ambience: BTreeMap<String, String>,
    #[serde(default)]
    pub sounds: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreensEntry {
    #[serde(default)]
    pub title: ScreenEntry,
    #[serde(default)]
    pub credits: ScreenEntry,
}

/// One screen outside the story: each part may be left out.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreenEntry {
    /// An image under `assets/`.
    #[serde(default)]
    pub background: Option<String>,
    /// A `music` name.
    #[serde(default)]
    pub music: Option<String>,
    /// An `ambience` name.
    #[serde(default)]
    pub ambience: Option<String>,
    /// Rain over the screen, 0.0 (none) to 1.0 (downpour).
    #[serde(default)]
    pub rain: f32,
}

/// A cast member drawn in layers (as Ren'Py's `layeredimage`): a body (outfit and pose)
/// with face parts laid over it inside the face box. An expression is a named choice of
/// one body and one part of each kind.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CastEntry {
    /// What the name plate says.
    pub name: String,
    /// The name plate's colour, `"#rrggbb"`.
    pub colour: String,
    /// Body name to image file (relative to `assets/`); every body is the same size,
    /// the figure facing the viewer's right.
    pub bodies: BTreeMap<String, String>,
    /// Where the face parts go on a body, in the body's pixels.
    pub face: FaceBox,
    /// Face part name to image file, each the size of the face box: `eyes_*`, `brows_*`,
    /// `mouth_*` and extras. `eyes_closed`, `mouth_talk_1` and `mouth_talk_2` are
    /// required (blinking, sleep and speech use them).
    pub parts: BTreeMap<String, String>,
    /// Parts that belong to one side of the face (a scar): drawn unmirrored inside the
    /// mirrored face box, so they stay on the member's own side.
    #[serde(default)]
    pub one_sided: Vec<String>,
    /// One-sided parts as drawn on the face turned to the left (the bust mirrored), by
    /// name: on a head drawn in three-quarter view a mark on the far cheek is not where
    /// the mirror of the near one would be. Without one, the part is laid unmirrored.
    #[serde(default)]
    pub facing_left: BTreeMap<String, String>,
    /// Expression name to its layers. `neutral` is required.
    pub expressions: BTreeMap<String, Expression>,
    /// Drawn as a flickering blue hologram.
    #[serde(default)]
    pub hologram: bool,
    /// Bodies that sit (on a bench, on the ground) or kneel, by name, and how much lower
    /// than a standing body the stage sets them, in the body's pixels. The head stays at
    /// the face box on the canvas; the whole picture goes down.
    #[serde(default)]
    pub seated: BTreeMap<String, u32>,
    /// Bodies that lean toward the one they face (a kiss, a whisper), by name, and how
    /// much nearer to them the stage sets the picture, in the body's pixels.
    #[serde(default)]
    pub leaning: BTreeMap<String, u32>,
    /// Bodies that lie (in a bed), by name: the speaker's step forward would lift them
    /// out of it, so they keep their place and size and are marked by light alone.
    #[serde(default)]
    pub lying: Vec<String>,
    /// Body name to a picture of what on it gives light (a lit blade): the body's size,
    /// laid over the whole bust and never dimmed with a listener.
    #[serde(default)]
    pub glows: BTreeMap<String, String>,
    /// Body name to its head layer (relative to `assets/`): the head with its hair, ears,
    /// nose and fixed marks, a picture the size of `head`, laid over the body there. An
    /// expression may tilt its body's head (and the face parts with it) only if the body
    /// has one.
    #[serde(default)]
    pub heads: BTreeMap<String, String>,
    /// Where the head layers go on a body, in the body's pixels (required with `heads`).
    #[serde(default)]
    pub head: Option<FaceBox>,
    /// The point a tilting head turns about, in the body's pixels: the neck. Without it,
    /// the middle of the face box's bottom edge, 100 pixels up (about the jaw).
    #[serde(default)]
    pub pivot: Option<Point>,
}

/// A point on a body's canvas, in pixels from its top left corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub x: u32,
    pub y: u32,
}

/// A rectangle on a body's canvas, in pixels from its top left corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaceBox {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// One expression: a body and the face parts over it, by name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expression {
    pub body: String,
    pub eyes: String,
    pub brows: String,
    /// A closed mouth: the member shows it whenever they are not speaking.
    pub mouth: String,
    /// Drawn over the rest, in order (a tear, a blush, rain on the skin, a scar).
    #[serde(default)]
    pub extras: Vec<String>,
    /// How far the head leans, in degrees: + toward the way the member faces (toward the
    /// middle of the stage), - away; at most [`MAX_TILT`] either way, 0 upright.
    #[serde(default)]
    pub tilt: f32,
}

/// The furthest an expression may tilt the head, in degrees either way.
pub const MAX_TILT: f32 = 15.0;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceEntry {
    pub background: String,
    /// The colour of the place's light on the cast, `"#rrggbb"` (white when left out).
    #[serde(default)]
    pub light: Option<String>,
    /// Under a roof: rain outside is heard muffled, through the walls.
    #[serde(default)]
    pub indoors: bool,
    /// An `ambience` name that starts when the story arrives here.
    #[serde(default)]
    pub ambience: Option<String>,
    /// The same place in other pictures (the medbay with someone in the bed), by name:
    /// a scene goes to one with `Place("medbay:bed", Dissolve)`.
    #[serde(default)]
    pub variants: BTreeMap<String, String>,
}

/// An event picture: a painting of one moment, laid over the place.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureEntry {
    pub file: String,
    /// What the gallery calls it.
    pub title: String,
    /// The same moment painted another way (a choice the reader made), by name:
    /// `Picture("kiss:she_reaches")`. Each is its own tile in the gallery.
    #[serde(default)]
    pub variants: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterEntry {
    pub title: String,
    /// Scene files, relative to `assets/`, in playing order.
    pub scenes: Vec<String>,
}

/// One scene file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SceneFile {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    pub steps: Vec<Step>,
}

/// One step of a scene, as written.
///
/// A cast reference is `"rey"` or `"rey:angry"` (name, then an optional expression).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)] // a misspelt `otherwise:` must not be dropped silently
pub enum Step {
    /// Marks a beat of BEATS.md as passed: `Beat("1.1")`.
    Beat(String),
    /// Narration, with no name plate.
    Narrate(String),
    /// A line said by a cast member, optionally changing their expression.
    Say(String, String),
    /// A line said by a cast member who is not on stage (a call from the next room,
    /// a voice over the comm): their name plate shows and the stage stays as it is.
    Voice(String, String),
    /// Bring a cast member on stage (or change their expression or spot).
    Show(String, Spot),
    /// Walk a cast member already on stage to another spot.
    Move(String, Spot),
    Hide(String),
    /// Change what a cast member's name plate says from now on.
    Rename(String, String),
    /// Go to a place (its background and ambience). An event picture on screen goes.
    Place(String, Transition),
    /// Show an event picture over the place, with a dissolve: `Picture("kiss")`, or a
    /// variant, `Picture("kiss:she_reaches")`. The dialogue box stays over it.
    Picture(String),
    /// The event picture dissolves away, back to the place and the cast.
    HidePicture,
    Weather {
        rain: f32,
        thunder: bool,
    },
    Music(String),
    StopMusic,
    Ambience(String),
    StopAmbience,
    Sfx(String),
    /// The picture jolts from side to side for a moment (a blow, a blast), as Ren'Py's
    /// `hpunch`; not with reduce motion.
    Shake,
    /// The picture flashes with light of this colour, `"#rrggbb"`, and fades (a blade
    /// swung in the dark, a blast), as lightning does; with reduce motion it only dims.
    Flash(String),
    /// Pause for this many seconds (the reader may click through).
    Wait(f32),
    Set(String, i32),
    Add(String, i32),
    Choice(Vec<ChoiceOption>),
    If {
        when: Condition,
        then: Vec<Step>,
        #[serde(default)]
        otherwise: Vec<Step>,
    },
    /// Continue in another scene, by id.
    Jump(String),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub text: String,
    #[serde(default)]
    pub set: BTreeMap<String, i32>,
    #[serde(default)]
    pub add: BTreeMap<String, i32>,
    /// Steps played when this option is picked, before the story goes on.
    #[serde(default)]
    pub then: Vec<Step>,
    /// A scene to continue in instead of the step after the choice.
    #[serde(default)]
    pub jump: Option<String>,
}

/// A test on a story variable; variables never set count as 0.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    Is(String, i32),
    AtLeast(String, i32),
    Below(String, i32),
}

impl Condition {
    pub fn variable(&self) -> &str {
        match self {
            Condition::Is(v, _) | Condition::AtLeast(v, _) | Condition::Below(v, _) => v,
        }
    }

    pub fn holds(&self, value: i32) -> bool {
        match *self {
            Condition::Is(_, n) => value == n,
            Condition::AtLeast(_, n) => value >= n,
            Condition::Below(_, n) => value < n,
        }
    }
}

/// Where a cast member stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Spot {
    Left,
    Centre,
    Right,
    /// Close to the middle on the left: with someone at `NearRight`, the two stand
    /// close enough to touch (a head on a shoulder, a kiss).
    NearLeft,
    NearRight,
    /// Further off, behind everyone near (across a field, at the top of a ramp): smaller,
    /// fainter, the head at the height of the near heads' and the body's cut-off bottom
    /// behind the dialogue box. `Move` from one of these to a near spot walks them in.
    FarLeft,
    Far,
    FarRight,
}

impl Spot {
    /// The right half of the stage, where a bust is mirrored to face the middle.
    pub fn faces_left(self) -> bool {
        matches!(self, Spot::Right | Spot::NearRight | Spot::FarRight)
    }

    /// Behind everyone near: see [`Spot::Far`].
    pub fn far(self) -> bool {
        matches!(self, Spot::FarLeft | Spot::Far | Spot::FarRight)
    }
}

/// How the picture changes to a new place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Transition {
    Cut,
    /// Through black.
    Fade,
    /// The new picture dissolves over the old one.
    Dissolve,
}
