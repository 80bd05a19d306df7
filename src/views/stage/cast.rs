//! The cast on stage. Each member is a bust drawn in layers: a body with the face parts
//! of their expression laid over it in the face box. Busts fade in and out, cross-fade
//! when an expression changes, slide when they move and take the colour of the place's
//! light. On the right half of the stage a bust is mirrored to face the middle (and at
//! Centre to face the others when they all stand on the left), except its one-sided
//! parts (Kylo's scar), which stay on the member's own cheek. What on a body gives light
//! (a lit blade) is a layer of its own that is never dimmed; someone lying in a bed does
//! not step forward when they speak; a leaning body (a kiss) stands nearer the one it
//! faces. Someone at a far spot stands smaller and fainter
//! behind everyone near, and walks in when moved near. A one-sided part may have its own
//! picture for the face turned left (heads are drawn in three-quarter view). The stage
//! tells the dialogue box where the speaker's bust stands, for the name plate.
//!
//! The view also acts: everyone blinks now and then, each on their own seeded timer;
//! the speaker's mouth moves while their line types; the speaker stands lit and in
//! front while listeners dim and sit a little back. Busts that overlap (the near spots)
//! keep their stacking whoever speaks: the one who came on or moved last stands in front,
//! and the speaker is marked by light alone. A blink costs two frames (eyes shut,
//! eyes open): the window is asked for a frame at those moments, not kept busy.
//! Holograms are blue, see-through and flicker (their scanlines are in their art).
//!
//! A body may have its head as a layer of its own (under the face parts): an expression's
//! tilt turns the head and every face part together about the neck's pivot, mirrored on
//! the right half, easing to a new tilt over [`TILT_SECONDS`] (at once with reduce
//! motion). A one-sided part turns with the head, on the member's own cheek.

use std::ops::RangeInclusive;
use std::time::Duration;

use bevy::prelude::*;

use crate::assets::{self, LoadedStory, StoryAsset};
use crate::dice::Dice;
use crate::director::{Command, FaceBox, Layer, Look, Showing, Spot};
use crate::play::Reading;
use crate::session::{Cue, PlaySystems, Screen, SessionApp, ShowPicture};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::story::Point;
use crate::tween::{Presence, Tween};
use crate::views::dialogue::{self, Reveal};

/// Every body is painted on a canvas this size (the face box is in its pixels).
const CANVAS: Vec2 = Vec2::new(900.0, 1400.0);
/// The busts' scale on the 1080-high stage when the dialogue box leaves room for it.
const BUST_SCALE: f32 = 0.74;
/// The largest a bust grows to keep its shoulders above a tall dialogue box.
const BUST_SCALE_MAX: f32 = 0.9;
/// How far above the face box the hair may reach, and below it the shoulders, in the
/// body's pixels: what the dialogue box must never hide.
const HAIR_ABOVE_FACE: f32 = 60.0;
const SHOULDERS_BELOW_FACE: f32 = 90.0;
/// Space kept between the shoulders and the box, and above the hair, in stage units.
const CLEARANCE: f32 = 16.0;
const FADE_SECONDS: f32 = 0.4;
const SLIDE_SPEED: f32 = 1400.0;
/// In portrait, how far in from the stage's middle people stand, against landscape: at
/// the sides of the middle [`crate::theme::UPRIGHT_STAGE_WIDTH`] a portrait window shows.
const UPRIGHT_SPREAD: f32 = 0.55;
/// How fast someone sits down or gets up, in the body's pixels a second.
const SIT_SPEED: f32 = 500.0;
/// A listener's light and size beside the speaker's. Light as light (linear), not as the
/// screen's numbers: dimmed in sRGB numbers, dark skin and dark cloth went nearly black.
const LISTENING_LIGHT: f32 = 0.45;
const LISTENING_SIZE: f32 = 0.96;
/// How long the light and size take to follow who speaks.
const FOCUS_SECONDS: f32 = 0.15;
/// The speaker stands in front of everyone else whose bust theirs does not overlap.
const SPEAKER_IN_FRONT: f32 = 0.5;
/// The nearest two busts may stand without overlapping, in stage units: closer than
/// this (a near spot beside the middle or the other near spot) their bodies cross.
const OVERLAP: f32 = 480.0;
/// The depth of the rearmost bust, and the step between one bust and the next in front.
const BACK_Z: f32 = 1.0;
const STACK_STEP: f32 = 0.1;
/// Seconds between one blink and the next, and how long the eyes stay shut.
const BLINK_EVERY: RangeInclusive<f32> = 2.5..=6.0;
const BLINK_SHUT: RangeInclusive<f32> = 0.12..=0.15;
/// Someone due to blink within this many seconds of another's blink blinks with them.
const BLINK_JOIN: f64 = 1.0;
/// Seconds each mouth shape holds while speaking.
const MOUTH_HOLDS: RangeInclusive<f32> = 0.09..=0.12;
const HOLOGRAM_TINT: Vec3 = Vec3::new(0.45, 0.78, 1.0);
/// How long a head takes to lean to a new expression's tilt.
const TILT_SECONDS: f32 = 0.15;
/// Someone at a far spot: their size and light beside someone near, and the row of their
/// body (about the eyes) that stays at the height it has near, as on level ground seen
/// from eye height.
const FAR_SIZE: f32 = 0.6;
const FAR_LIGHT: f32 = 0.8;
const HORIZON_ROW: f32 = 480.0;
/// How long walking in from a far spot (or off to one) takes.
const FAR_SECONDS: f32 = 0.6;
/// The depth of the rearmost far bust: behind every near one, in front of the place.
const FAR_Z: f32 = 0.3;

pub(super) fn plugin(app: &mut App) {
    app.init_session_resource::<StageLight>()
        .init_session_resource::<Speakers>()
        .init_session_resource::<Placings>()
        .init_resource::<Stand>()
        .add_systems(
            Update,
            (
                fit_stand,
                show_pictures,
                cast_cues,
                face_the_others,
                blink,
                speak,
                lean,
                slide_and_light,
                fade_afterimages,
                tell_where_the_speaker_stands.in_set(dialogue::SpeakerPlaced),
            )
                .chain()
                .after(PlaySystems),
        );
}

/// The colour of the current place's light, laid over the cast.
#[derive(Resource, Debug)]
struct StageLight(Vec3);

impl Default for StageLight {
    fn default() -> Self {
        Self(Vec3::ONE)
    }
}

/// Where busts stand: their scale and the height of their canvas's bottom edge, chosen
/// so that the dialogue box leaves every face and shoulder line in view.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
struct Stand {
    scale: f32,
    floor: f32,
    /// How far out from the middle the side spots are: 1 for the whole stage, less in
    /// portrait, where only the stage's middle shows.
    spread: f32,
    /// The top of the dialogue box (with its name plate) on the stage: a far bust's cut-off
    /// bottom stays behind it. In portrait, where the box covers none of the picture, the
    /// picture's bottom edge.
    box_top: f32,
}

impl Stand {
    /// Where a bust whose spot is `x` stands in this window: the sides come in with
    /// the spread; the near spots, already close, stay where they are.
    fn x(&self, x: f32) -> f32 {
        if x.abs() <= spot_x(Spot::NearRight) {
            x
        } else {
            x * self.spread
        }
    }
}

impl Default for Stand {
    fn default() -> Self {
        Stand {
            scale: BUST_SCALE,
            floor: -super::STAGE_SIZE.y / 2.0,
            spread: 1.0,
            box_top: -super::STAGE_SIZE.y / 2.0,
        }
    }
}

#[derive(Component, Debug)]
struct Actor {
    who: String,
    /// Where they are going.
    x: f32,
    /// 0 listening, 1 lit as the speaker, moving between the two over
    /// [`FOCUS_SECONDS`].
    focus: f32,
    /// Fading out (the [`Presence`] going to 0) before they go.
    leaving: bool,
    hologram: bool,
    /// When they came on stage or last moved (a [`Placings`] number): of two busts
    /// that overlap, the later stands in front.
    placed: u64,
    /// How far below standing they are now, in the body's pixels, moving to their look's
    /// `drop` as they sit down or get up.
    drop: f32,
    /// At a far spot, or going to one.
    far: bool,
    /// 0 near, 1 far, moving between the two over [`FAR_SECONDS`].
    distance: f32,
}

/// Counts the times anyone came on stage or moved, to number each bust's
/// [`Actor::placed`].
#[derive(Resource, Debug, Default)]
struct Placings(u64);

impl Placings {
    fn next(&mut self) -> u64 {
        self.0 += 1;
        self.0
    }
}

/// Who says the current line (`None` for narration), and who spoke last: the one the
/// stage looks at, lit and in front until someone else speaks (`None` until anyone
/// has).
#[derive(Resource, Debug, Default)]
struct Speakers {
    now: Option<String>,
    lit: Option<String>,
}

impl Speakers {
    fn lit(&self, who: &str) -> bool {
        self.lit.as_deref().is_none_or(|id| id == who)
    }

    fn speaking(&self, who: &str) -> bool {
        self.now.as_deref() == Some(who)
    }
}

/// A bust's face: its look and the two parts that move by themselves.
#[derive(Component, Debug)]
struct Face {
    look: Look,
    eyes: Entity,
    mouth: Entity,
    open_eyes: Handle<Image>,
    shut_eyes: Handle<Image>,
    closed_mouth: Handle<Image>,
    talking_mouths: [Handle<Image>; 2],
}

/// One face part laid over a body (or the head layer, under the face parts): where on
/// the body it goes, and its place in the stack of parts.
#[derive(Component, Debug)]
struct FacePart {
    one_sided: bool,
    /// A one-sided part's pictures facing right and facing left, when it has one for
    /// each: a mark on a head in three-quarter view is drawn for each way it turns.
    facings: Option<[Handle<Image>; 2]>,
    at: FaceBox,
    layer: usize,
    /// The body's light (a lit blade): over everything, never dimmed, and held still
    /// when the head leans.
    glows: bool,
}

impl FacePart {
    /// Where the part sits on a body facing left or right whose head leans `tilt`.
    fn pose(&self, faces_left: bool, pivot: Point, tilt: f32) -> Transform {
        let tilt = if self.glows { 0.0 } else { tilt };
        part_pose(self.at, self.layer, faces_left, pivot, tilt)
    }
}

/// How far a bust's head leans now, in degrees (+ toward the way the member faces),
/// easing from `from` to its look's tilt `to` as `done` goes from 0 to 1.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
struct Tilt {
    from: f32,
    to: f32,
    done: f32,
    /// The side the parts were last placed for.
    faces_left: bool,
}

impl Tilt {
    fn upright_at(tilt: f32, faces_left: bool) -> Self {
        Tilt {
            from: tilt,
            to: tilt,
            done: 1.0,
            faces_left,
        }
    }

    /// The lean now: eased in and out between the two tilts.
    fn now(&self) -> f32 {
        let t = self.done.clamp(0.0, 1.0);
        self.from + (self.to - self.from) * t * t * (3.0 - 2.0 * t)
    }

    /// Starts leaning from where the head is now to `to`.
    fn lean_to(&mut self, to: f32) {
        if to != self.to {
            *self = Tilt {
                from: self.now(),
                to,
                done: 0.0,
                faces_left: self.faces_left,
            };
        }
    }
}

/// When a member next blinks, and while they blink, when their eyes open again
/// (seconds of real time: a still window sleeps, and its first frame's step is cut).
#[derive(Component, Debug, Default)]
pub(crate) struct Blink {
    next: f64,
    shut_until: Option<f64>,
}

impl Blink {
    /// Shut for a blink at `now` or within `soon` seconds of it (not asleep: asleep
    /// eyes are the expression's own).
    pub(crate) fn shut_within(&self, now: f64, soon: f64) -> bool {
        self.shut_until.is_some() || self.next <= now + soon
    }
}

/// The mouth while speaking: shape 0 is the expression's own, 1 and 2 the talking
/// shapes; each holds until `next`.
#[derive(Component, Debug, Default)]
struct Mouth {
    talking: bool,
    shape: usize,
    next: f64,
}

/// A fading copy of a bust's old expression laid over the new one.
#[derive(Component)]
struct Afterimage(Color);

fn spot_x(at: Spot) -> f32 {
    match at {
        Spot::Left => -520.0,
        Spot::Centre => 0.0,
        Spot::Right => 520.0,
        // Close enough that the shoulders overlap: whoever was placed last stands in front.
        Spot::NearLeft => -165.0,
        Spot::NearRight => 165.0,
        // Far off, between the middle and the sides: behind whoever stands near.
        Spot::FarLeft => -330.0,
        Spot::Far => 0.0,
        Spot::FarRight => 330.0,
    }
}

fn light_of([r, g, b]: [u8; 3]) -> Vec3 {
    Vec3::new(r as f32, g as f32, b as f32) / 255.0
}

/// A number in `range` from the seeded dice.
fn roll(dice: &mut Dice, range: &RangeInclusive<f32>) -> f64 {
    f64::from(range.start() + dice.0.f32() * (range.end() - range.start()))
}

/// Where a face part sits on its body, in the body's pixels from its centre: the face
/// box, mirrored with the body when it faces left.
fn part_at(face: FaceBox, faces_left: bool, layer: usize) -> Vec3 {
    let centre = Vec2::new(
        face.x as f32 + face.width as f32 / 2.0 - CANVAS.x / 2.0,
        CANVAS.y / 2.0 - face.y as f32 - face.height as f32 / 2.0,
    );
    let side = if faces_left { -1.0 } else { 1.0 };
    // Each layer a hair above the one before, all above the body.
    Vec3::new(centre.x * side, centre.y, 0.001 * (layer as f32 + 1.0))
}

/// Where a part of `part`'s box and layer sits on a body facing left or right whose head
/// leans `tilt` degrees about `pivot` (in the body's pixels): turned about the pivot with
/// the head, the angle mirrored with the body. A one-sided part is drawn unmirrored at
/// the mirrored box, so it turns with the head on the member's own cheek.
fn part_pose(at: FaceBox, layer: usize, faces_left: bool, pivot: Point, tilt: f32) -> Transform {
    let side = if faces_left { -1.0 } else { 1.0 };
    let centre = part_at(at, faces_left, layer);
    let pivot = Vec2::new(
        (pivot.x as f32 - CANVAS.x / 2.0) * side,
        CANVAS.y / 2.0 - pivot.y as f32,
    );
    // The art faces right: leaning forward turns the head clockwise, and mirrored,
    // the other way.
    let turn = Rot2::degrees(-tilt * side);
    let moved = pivot + turn * (centre.truncate() - pivot);
    Transform {
        translation: moved.extend(centre.z),
        rotation: Quat::from_rotation_z(turn.as_radians()),
        ..default()
    }
}

/// A part turns with the body, unless it belongs to one side of the face: that one is
/// drawn as painted, so it stays on the member's own side.
fn part_flipped(one_sided: bool, faces_left: bool) -> bool {
    faces_left && !one_sided
}

/// A bust's colour at full light: what gives light is not dimmed with a listener, nor
/// tinted by the place's light; it fades in and out with the bust.
fn undimmed(colour: Color) -> Color {
    Color::WHITE.with_alpha(colour.alpha())
}

/// Lays `look`'s face parts over `bust`, in the bust's `colour` (its light, dimming and
/// fade): a settled bust is not coloured again, so new parts must start in its colour.
/// The head (if the body's is a layer of its own) and the parts lean `tilt` degrees.
fn dress(
    commands: &mut Commands,
    server: &AssetServer,
    bust: Entity,
    look: &Look,
    faces_left: bool,
    colour: Color,
    tilt: f32,
) -> Face {
    // `glows`: the body's light, not a face part (whatever the writer named the parts).
    let mut spawn = |layer: usize, part: &Layer, at: FaceBox, glows: bool| {
        let facings = part.facing_left.as_ref().map(|left| {
            [
                assets::picture(server, &part.file),
                assets::picture(server, left),
            ]
        });
        let image = match &facings {
            Some(pictures) => pictures[usize::from(faces_left)].clone(),
            None => assets::picture(server, &part.file),
        };
        let part_of = FacePart {
            one_sided: part.one_sided,
            facings,
            at,
            layer,
            glows,
        };
        let pose = part_of.pose(faces_left, look.pivot, tilt);
        commands
            .spawn((
                Name::new(part.part.clone()),
                part_of,
                Sprite {
                    image,
                    custom_size: Some(Vec2::new(at.width as f32, at.height as f32)),
                    flip_x: part_flipped(part.one_sided, faces_left),
                    color: if glows { undimmed(colour) } else { colour },
                    ..default()
                },
                pose,
                ChildOf(bust),
            ))
            .id()
    };
    if let Some(head) = &look.head {
        let layer = Layer {
            part: "head".into(),
            file: head.clone(),
            one_sided: false,
            facing_left: None,
        };
        spawn(0, &layer, look.head_box, false);
    }
    let eyes = spawn(1, &look.eyes, look.face, false);
    spawn(2, &look.brows, look.face, false);
    let mouth = spawn(3, &look.mouth, look.face, false);
    for (i, extra) in look.extras.iter().enumerate() {
        spawn(4 + i, extra, look.face, false);
    }
    if let Some(glow) = &look.glow {
        let layer = Layer {
            part: "glow".into(),
            file: glow.clone(),
            one_sided: false,
            facing_left: None,
        };
        let canvas = FaceBox {
            x: 0,
            y: 0,
            width: CANVAS.x as u32,
            height: CANVAS.y as u32,
        };
        spawn(5 + look.extras.len(), &layer, canvas, true);
    }
    Face {
        look: look.clone(),
        eyes,
        mouth,
        open_eyes: assets::picture(server, &look.eyes.file),
        shut_eyes: assets::picture(server, &look.blink),
        closed_mouth: assets::picture(server, &look.mouth.file),
        talking_mouths: look.talk.clone().map(|m| assets::picture(server, &m)),
    }
}

/// Puts `actor` on stage at `at` looking like `look`, facing the middle: fading in, or
/// there at once.
#[allow(clippy::too_many_arguments)]
fn spawn_bust(
    commands: &mut Commands,
    server: &AssetServer,
    dice: &mut Dice,
    now: f64,
    actor: Actor,
    look: &Look,
    at: Spot,
    fade_in: bool,
) {
    let bust = commands
        .spawn((
            Name::new(actor.who.clone()),
            Presence(if fade_in { 0.0 } else { 1.0 }),
            DespawnOnExit(Screen::Game),
            Sprite {
                image: assets::picture(server, &look.body),
                custom_size: Some(CANVAS),
                // The art faces right; on the right it turns to the middle.
                flip_x: at.faces_left(),
                color: Color::NONE,
                ..default()
            },
            Transform::from_xyz(actor.x, 0.0, BACK_Z),
            Blink {
                next: now + roll(dice, &BLINK_EVERY),
                shut_until: None,
            },
            Mouth::default(),
            Tilt::upright_at(look.tilt, at.faces_left()),
            actor,
        ))
        .id();
    if fade_in {
        commands.entity(bust).insert(Tween::to(1.0, FADE_SECONDS));
    }
    let face = dress(
        commands,
        server,
        bust,
        look,
        at.faces_left(),
        Color::NONE,
        look.tilt,
    );
    commands.entity(bust).insert(face);
}

/// Turns a bust and its face parts to face left or right, the head leaning `tilt`.
fn turn(
    faces_left: bool,
    tilt: f32,
    sprite: &mut Sprite,
    face: &Face,
    children: Option<&Children>,
    parts: &mut Query<(&FacePart, &mut Sprite, &mut Transform), Without<Actor>>,
) {
    sprite.flip_x = faces_left;
    for child in children.into_iter().flatten() {
        if let Ok((part, mut sprite, mut transform)) = parts.get_mut(*child) {
            sprite.flip_x = part_flipped(part.one_sided, faces_left);
            if let Some(pictures) = &part.facings {
                sprite.image = pictures[usize::from(faces_left)].clone();
            }
            *transform = part.pose(faces_left, face.look.pivot, tilt);
        }
    }
}

/// Whether someone standing at `x` faces left: on the right half, toward the middle;
/// in the middle, toward the others when they all stand on the left (the art faces
/// right, which it keeps with no one there or people on both sides).
fn faces_left(x: f32, others: &[f32]) -> bool {
    if x == 0.0 {
        !others.is_empty() && others.iter().all(|&o| o < 0.0)
    } else {
        x > 0.0
    }
}

/// Everyone turns to face the others: see [`faces_left`]. Only when someone came,
/// moved or is leaving (their `Actor` changed), not every frame.
fn face_the_others(
    mut busts: Query<(&Actor, &mut Sprite, &Face, &mut Tilt, Option<&Children>)>,
    mut parts: Query<(&FacePart, &mut Sprite, &mut Transform), Without<Actor>>,
    changed: Query<(), Changed<Actor>>,
) {
    if changed.is_empty() {
        return;
    }
    let stage: Vec<(String, f32)> = busts
        .iter()
        .filter(|(actor, ..)| !actor.leaving)
        .map(|(actor, ..)| (actor.who.clone(), actor.x))
        .collect();
    for (actor, mut sprite, face, mut tilt, children) in &mut busts {
        let others: Vec<f32> = stage
            .iter()
            .filter(|(who, _)| *who != actor.who)
            .map(|&(_, x)| x)
            .collect();
        let left = faces_left(actor.x, &others);
        if left != tilt.faces_left && !actor.leaving {
            turn(left, tilt.now(), &mut sprite, face, children, &mut parts);
            tilt.faces_left = left;
        }
    }
}

/// Keeps the busts' faces and shoulders above the dialogue box at any window shape and
/// text size.
fn fit_stand(
    story: LoadedStory,
    mut loaded: MessageReader<AssetEvent<StoryAsset>>,
    settings: Res<ReaderSettings>,
    window: Option<Single<Ref<Window>>>,
    mut stand: ResMut<Stand>,
    mut fitted_once: Local<bool>,
) {
    // The story's cast may arrive (or be saved again) after the window last changed.
    let story_came = loaded.read().count() > 0;
    let (Some(story), Some(window)) = (story.get(), window) else {
        return;
    };
    if *fitted_once && !story_came && !window.is_changed() && !settings.is_changed() {
        return;
    }
    *fitted_once = true;
    let (hair, shoulders) = hair_and_shoulders(&story.story);
    let size = Vec2::new(window.width(), window.height());
    let fitted = stand_for(
        size,
        dialogue::box_top(size, settings.text_scale()),
        hair,
        shoulders,
    );
    if *stand != fitted {
        *stand = fitted;
    }
}

/// The highest hair and the lowest shoulders of anyone in `story`, in the body's pixels,
/// measured from the face boxes.
fn hair_and_shoulders(story: &crate::story::Story) -> (f32, f32) {
    let faces = story.cast.values().map(|c| c.face);
    let hair = faces.clone().map(|f| f.y as f32).fold(CANVAS.y, f32::min) - HAIR_ABOVE_FACE;
    let shoulders =
        faces.map(|f| (f.y + f.height) as f32).fold(0.0, f32::max) + SHOULDERS_BELOW_FACE;
    (hair, shoulders)
}

/// The stand in a window of `window` logical pixels whose dialogue box (with its name
/// plate) reaches `box_top` pixels above the window's bottom, for busts whose hair
/// starts at row `hair` of the body and whose shoulders end at row `shoulders`.
///
/// A taller box raises the busts by making them larger, feet on the stage's floor; if
/// the head would then leave the stage, they stand smaller between the box and the top.
fn stand_for(window: Vec2, box_top: f32, hair: f32, shoulders: f32) -> Stand {
    let stage = super::STAGE_SIZE;
    if window.x <= 0.0 || window.y <= 0.0 || shoulders <= hair {
        return Stand::default();
    }
    // In portrait the box stands below the picture and covers none of it; the picture
    // is the stage's middle, and people at the sides stand closer in to be in it.
    if window.y > window.x {
        return Stand {
            spread: UPRIGHT_SPREAD,
            ..Stand::default()
        };
    }
    // The camera shows at least the whole stage; a taller window shows more above and
    // below it, a wider one more at the sides.
    let seen_height = stage.y.max(stage.x * window.y / window.x);
    let box_top = -seen_height / 2.0 + box_top / window.y * seen_height + CLEARANCE;
    let floor = -stage.y / 2.0;
    let ceiling = stage.y / 2.0 - CLEARANCE;
    let needed = (box_top - floor) / (CANVAS.y - shoulders);
    let largest = ((ceiling - floor) / (CANVAS.y - hair)).min(BUST_SCALE_MAX);
    if needed <= largest {
        return Stand {
            scale: needed.max(BUST_SCALE),
            floor,
            spread: 1.0,
            box_top: box_top - CLEARANCE,
        };
    }
    let scale = ((ceiling - box_top) / (shoulders - hair)).max(0.1);
    Stand {
        scale,
        floor: ceiling - (CANVAS.y - hair) * scale,
        spread: 1.0,
        box_top: box_top - CLEARANCE,
    }
}

/// Where a bust of `size` stands: its feet on the stand's floor, or, seated, `drop` of
/// its own pixels lower (the seat is below the stand's floor and its face keeps clear of
/// the dialogue box, since the fitted stand shows every row down to the lowest
/// shoulders: see `seated_faces_stay_above_the_dialogue_box`).
fn height(stand: Stand, size: f32, drop: f32) -> f32 {
    stand.floor + CANVAS.y * size / 2.0 - drop * size
}

/// Where a bust of `size` stands `distance` of the way to a far spot (0 near, 1 far),
/// `drop` below standing: as it shrinks into the distance its [`HORIZON_ROW`] stays where
/// it is near, so the feet rise up the ground, but never so far that its cut-off bottom
/// comes out from behind the dialogue box.
fn far_height(stand: Stand, size: f32, drop: f32, distance: f32) -> f32 {
    let near = height(stand, size, drop);
    if distance <= 0.0 {
        return near;
    }
    let far_size = size * 1.0.lerp(FAR_SIZE, distance);
    let level = near + (CANVAS.y / 2.0 - HORIZON_ROW) * (size - far_size);
    let hidden = stand.box_top.max(stand.floor) + CANVAS.y * far_size / 2.0;
    level.min(hidden).max(height(stand, far_size, drop))
}

/// A restored moment's cast, on stage at once in the place's light.
#[allow(clippy::too_many_arguments)]
fn show_pictures(
    mut commands: Commands,
    mut pictures: MessageReader<ShowPicture>,
    story: LoadedStory,
    server: Res<AssetServer>,
    time: Res<Time<Real>>,
    mut dice: ResMut<Dice>,
    mut light: ResMut<StageLight>,
    mut speakers: ResMut<Speakers>,
    mut placings: ResMut<Placings>,
    actors: Query<Entity, Or<(With<Actor>, With<Afterimage>)>>,
) {
    let Some(story) = story.get() else {
        return;
    };
    for ShowPicture(picture) in pictures.read() {
        for entity in &actors {
            commands.entity(entity).despawn();
        }
        light.0 = light_of(picture.place.as_ref().map_or([255; 3], |p| p.light));
        // Whoever isn't speaking is dimmed, as they would be. The line shows whole, so
        // nobody's mouth moves.
        *speakers = Speakers {
            now: None,
            lit: match &picture.showing {
                Showing::Line(line) => line.speaker.as_ref().map(|s| s.id.clone()),
                _ => None,
            },
        };
        // The picture lists the cast in the order they were placed: numbered so again,
        // whoever came on or moved last stands in front of anyone they overlap.
        for on in &picture.cast {
            let hologram = story.story.cast.get(&on.who).is_some_and(|c| c.hologram);
            let placed = placings.next();
            let actor = Actor::arriving(
                &on.who,
                &on.look,
                on.at,
                hologram,
                placed,
                speakers.lit(&on.who),
            );
            let now = time.elapsed_secs_f64();
            spawn_bust(
                &mut commands,
                &server,
                &mut dice,
                now,
                actor,
                &on.look,
                on.at,
                false,
            );
        }
    }
}

impl Actor {
    /// Someone arriving on stage at `at` as `look`, placed as the [`Placings`] number
    /// `placed`, lit as the speaker or not.
    fn arriving(who: &str, look: &Look, at: Spot, hologram: bool, placed: u64, lit: bool) -> Self {
        Actor {
            who: who.to_string(),
            x: spot_x(at),
            focus: if lit { 1.0 } else { 0.0 },
            leaving: false,
            hologram,
            placed,
            drop: look.drop as f32,
            far: at.far(),
            distance: if at.far() { 1.0 } else { 0.0 },
        }
    }
}

type Busts<'w, 's> = Query<
    'w,
    's,
    (
        Entity,
        &'static mut Actor,
        &'static mut Sprite,
        &'static Transform,
        &'static mut Face,
        &'static mut Tilt,
        Option<&'static Children>,
    ),
>;

#[allow(clippy::too_many_arguments)]
fn cast_cues(
    mut commands: Commands,
    mut cues: MessageReader<Cue>,
    story: LoadedStory,
    server: Res<AssetServer>,
    time: Res<Time<Real>>,
    mut dice: ResMut<Dice>,
    mut light: ResMut<StageLight>,
    mut speakers: ResMut<Speakers>,
    mut placings: ResMut<Placings>,
    mut busts: Busts,
    mut parts: Query<(&FacePart, &mut Sprite, &mut Transform), Without<Actor>>,
) {
    let Some(story) = story.get() else {
        return;
    };
    let now = time.elapsed_secs_f64();
    // Who comes on stage in this batch, drawn once it is read: when reading skips, a
    // Show, a Move and another Show of one member can arrive in one frame, before the
    // first Show's bust exists, and must change that one bust rather than add another.
    // Each is placed (numbered) when their Show or Move is read, in order with the rest.
    let mut arriving: Vec<(String, Look, Spot, u64)> = Vec::new();
    // Busts whose face changed in this batch.
    let mut redressed: Vec<Entity> = Vec::new();
    for Cue(command) in cues.read() {
        match command {
            Command::SceneStart { .. } => {
                for (entity, ..) in &busts {
                    commands.entity(entity).despawn();
                }
                arriving.clear();
                *speakers = Speakers::default();
            }
            Command::Place { place, .. } => {
                light.0 = light_of(story.story.places.get(place).map_or([255; 3], |p| p.light));
            }
            Command::Show {
                who,
                look,
                at,
                entering,
            } => {
                if let Some(coming) = arriving.iter_mut().find(|(w, ..)| w == who) {
                    if coming.2 != *at {
                        coming.3 = placings.next();
                    }
                    (coming.1, coming.2) = ((**look).clone(), *at);
                    continue;
                }
                let existing = busts
                    .iter_mut()
                    .find(|(_, a, ..)| &a.who == who && !a.leaving);
                match (entering, existing) {
                    (
                        false,
                        Some((
                            bust,
                            mut actor,
                            mut sprite,
                            transform,
                            mut face,
                            mut tilt,
                            children,
                        )),
                    ) => {
                        if face.look != **look {
                            // The face worn when the batch began fades out, once: a
                            // second change in one batch (skipping) finds it still there.
                            if !redressed.contains(&bust) {
                                redressed.push(bust);
                                afterimage(&mut commands, &sprite, transform, children, &parts);
                            }
                            // Whatever face it wears by then, the last change's included.
                            commands.entity(bust).despawn_children();
                            sprite.image = assets::picture(&server, &look.body);
                            let colour = sprite.color;
                            // The new face starts where the head leans now, and leans on.
                            *face = dress(
                                &mut commands,
                                &server,
                                bust,
                                look,
                                at.faces_left(),
                                colour,
                                tilt.now(),
                            );
                            tilt.lean_to(look.tilt);
                        } else {
                            turn(
                                at.faces_left(),
                                tilt.now(),
                                &mut sprite,
                                &face,
                                children,
                                &mut parts,
                            );
                        }
                        tilt.faces_left = at.faces_left();
                        sprite.flip_x = at.faces_left();
                        if actor.x != spot_x(*at) || actor.far != at.far() {
                            actor.placed = placings.next();
                        }
                        actor.x = spot_x(*at);
                        actor.far = at.far();
                    }
                    _ => arriving.push((who.clone(), (**look).clone(), *at, placings.next())),
                }
            }
            Command::Move { who, at } => {
                if let Some(coming) = arriving.iter_mut().find(|(w, ..)| w == who) {
                    (coming.2, coming.3) = (*at, placings.next());
                }
                // Whoever moves (even to where they stand) steps in front of anyone
                // they overlap.
                for (_, mut actor, mut sprite, _, face, mut tilt, children) in &mut busts {
                    if &actor.who == who && !actor.leaving {
                        actor.placed = placings.next();
                        actor.x = spot_x(*at);
                        actor.far = at.far();
                        turn(
                            at.faces_left(),
                            tilt.now(),
                            &mut sprite,
                            &face,
                            children,
                            &mut parts,
                        );
                        tilt.faces_left = at.faces_left();
                    }
                }
            }
            Command::Hide { who } => {
                arriving.retain(|(w, ..)| w != who);
                // (One already leaving is fading out, and may go this frame.)
                for (entity, mut actor, ..) in &mut busts {
                    if &actor.who == who && !actor.leaving {
                        actor.leaving = true;
                        commands
                            .entity(entity)
                            .try_insert(Tween::to(0.0, FADE_SECONDS).then_despawn());
                    }
                }
            }
            // The speaker steps forward and everyone else back; narration leaves the
            // stage as it is.
            Command::Line(line) => {
                speakers.now = line.speaker.as_ref().map(|s| s.id.clone());
                if speakers.now.is_some() {
                    speakers.lit = speakers.now.clone();
                }
            }
            _ => {}
        }
    }
    for (who, look, at, placed) in &arriving {
        let hologram = story.story.cast.get(who).is_some_and(|c| c.hologram);
        let lit = speakers.lit(who);
        let actor = Actor::arriving(who, look, *at, hologram, *placed, lit);
        spawn_bust(
            &mut commands,
            &server,
            &mut dice,
            now,
            actor,
            look,
            *at,
            true,
        );
    }
}

/// A copy of a bust as it looks now, fading out over it.
fn afterimage(
    commands: &mut Commands,
    sprite: &Sprite,
    transform: &Transform,
    children: Option<&Children>,
    parts: &Query<(&FacePart, &mut Sprite, &mut Transform), Without<Actor>>,
) {
    let copy = commands
        .spawn((
            Afterimage(sprite.color),
            Presence(1.0),
            DespawnOnExit(Screen::Game),
            sprite.clone(),
            Transform {
                translation: transform.translation + Vec3::Z * 0.05,
                ..*transform
            },
            Tween::to(0.0, FADE_SECONDS).then_despawn(),
        ))
        .id();
    for child in children.into_iter().flatten() {
        if let Ok((_, sprite, transform)) = parts.get(*child) {
            commands.spawn((sprite.clone(), *transform, ChildOf(copy)));
        }
    }
}

fn fade_afterimages(
    mut images: Query<(&Afterimage, &Presence, &mut Sprite, &Children)>,
    mut sprites: Query<&mut Sprite, Without<Afterimage>>,
) {
    for (Afterimage(colour), presence, mut sprite, children) in &mut images {
        let faded = colour.with_alpha(colour.alpha() * presence.0);
        sprite.color = faded;
        for entity in children.iter() {
            if let Ok(mut sprite) = sprites.get_mut(entity) {
                sprite.color = faded;
            }
        }
    }
}

/// Now and then everyone on stage closes their eyes for a moment, each on their own
/// timer; not while asleep, not with reduce motion, not behind a menu, and not under an
/// event picture (where a blink would cost two frames that show nothing new).
fn blink(
    time: Res<Time<Real>>,
    settings: Res<ReaderSettings>,
    mut dice: ResMut<Dice>,
    mut moving: ResMut<Moving>,
    mut busts: Query<(&Actor, &Face, &mut Blink)>,
    mut sprites: Query<&mut Sprite, With<FacePart>>,
    painted: Query<(), With<super::EventShown>>,
) {
    let now = time.elapsed_secs_f64();
    let still = settings.reduce_motion || !painted.is_empty();
    let awake = |actor: &Actor, face: &Face| !(still || face.look.asleep || actor.leaving);
    // Whoever is due within a moment of someone's blink blinks with them: each blink
    // costs the still window two frames, so blinks close together share them.
    let someone_blinks = busts.iter().any(|(actor, face, blink)| {
        awake(actor, face) && blink.shut_until.is_none() && now >= blink.next
    });
    let shut_until = now + roll(&mut dice, &BLINK_SHUT);
    for (actor, face, mut blink) in &mut busts {
        let eyes = |shut: bool, sprites: &mut Query<&mut Sprite, With<FacePart>>| {
            if let Ok(mut sprite) = sprites.get_mut(face.eyes) {
                sprite.image = if shut {
                    face.shut_eyes.clone()
                } else {
                    face.open_eyes.clone()
                };
            }
        };
        if !awake(actor, face) {
            if blink.shut_until.take().is_some() {
                eyes(false, &mut sprites);
            }
            blink.next = now + roll(&mut dice, &BLINK_EVERY);
            continue;
        }
        match blink.shut_until {
            Some(open) if now >= open => {
                eyes(false, &mut sprites);
                blink.shut_until = None;
                blink.next = now + roll(&mut dice, &BLINK_EVERY);
            }
            None if someone_blinks && now + BLINK_JOIN >= blink.next => {
                eyes(true, &mut sprites);
                blink.shut_until = Some(shut_until);
            }
            _ => {}
        }
        let wake = blink.shut_until.unwrap_or(blink.next);
        moving.frame_in(Duration::from_secs_f64((wake - now).max(0.0)));
    }
}

/// While the speaker's line types, their mouth moves through the talking shapes and
/// their own; it rests when the line is out or hurried, while skipping, and with reduce
/// motion. Listeners keep their expression's closed mouth.
fn speak(
    time: Res<Time<Real>>,
    settings: Res<ReaderSettings>,
    reveal: Res<Reveal>,
    reading: Res<Reading>,
    speakers: Res<Speakers>,
    mut dice: ResMut<Dice>,
    mut busts: Query<(&Actor, &Face, &mut Mouth)>,
    mut sprites: Query<&mut Sprite, With<FacePart>>,
) {
    let now = time.elapsed_secs_f64();
    let typing = !reveal.done() && !reading.fast() && !settings.reduce_motion;
    for (actor, face, mut mouth) in &mut busts {
        let shape = if typing && speakers.speaking(&actor.who) && !actor.leaving {
            if mouth.talking && now < mouth.next {
                continue;
            }
            mouth.talking = true;
            mouth.next = now + roll(&mut dice, &MOUTH_HOLDS);
            // Any shape but the last, so the mouth never seems to stop.
            let skip = if dice.0.f32() < 0.5 { 1 } else { 2 };
            (mouth.shape + skip) % 3
        } else {
            mouth.talking = false;
            0
        };
        if shape == mouth.shape {
            continue;
        }
        mouth.shape = shape;
        if let Ok(mut sprite) = sprites.get_mut(face.mouth) {
            sprite.image = match shape {
                1 => face.talking_mouths[0].clone(),
                2 => face.talking_mouths[1].clone(),
                _ => face.closed_mouth.clone(),
            };
        }
    }
}

/// Heads lean to their expression's tilt over [`TILT_SECONDS`], at once with reduce
/// motion, the face parts turning with them.
fn lean(
    time: Res<Time>,
    settings: Res<ReaderSettings>,
    mut busts: Query<(&mut Tilt, &Face, Option<&Children>)>,
    mut parts: Query<(&FacePart, &mut Transform), Without<Tilt>>,
    mut moving: ResMut<Moving>,
) {
    for (mut tilt, face, children) in &mut busts {
        if tilt.done >= 1.0 {
            continue;
        }
        tilt.done = if settings.reduce_motion {
            1.0
        } else {
            (tilt.done + time.delta_secs() / TILT_SECONDS).min(1.0)
        };
        moving.now();
        let now = tilt.now();
        for child in children.into_iter().flatten() {
            if let Ok((part, mut transform)) = parts.get_mut(*child) {
                *transform = part.pose(tilt.faces_left, face.look.pivot, now);
            }
        }
    }
}

#[allow(clippy::type_complexity)]
fn slide_and_light(
    time: Res<Time>,
    light: Res<StageLight>,
    settings: Res<ReaderSettings>,
    stand: Res<Stand>,
    speakers: Res<Speakers>,
    mut busts: Query<
        (
            Entity,
            &mut Actor,
            Ref<Presence>,
            Ref<Face>,
            &mut Sprite,
            &mut Transform,
            Option<&Children>,
        ),
        Without<FacePart>,
    >,
    mut parts: Query<(&FacePart, &mut Sprite)>,
    mut moving: ResMut<Moving>,
) {
    let dt = time.delta_secs();
    let t = time.elapsed_secs();
    // Where each bust stands in this window, and when it was placed there: its depth.
    let stage: Vec<(Entity, Placed)> = busts
        .iter()
        .map(|(entity, actor, ..)| {
            let placed = Placed {
                x: stand.x(actor.x),
                placed: actor.placed,
                far: actor.far,
            };
            (entity, placed)
        })
        .collect();
    let placed: Vec<Placed> = stage.iter().map(|(_, p)| *p).collect();
    for (entity, mut actor, presence, face, mut sprite, mut transform, children) in &mut busts {
        // A body leaning in (a kiss) stands nearer the one it faces.
        let toward = if sprite.flip_x { -1.0 } else { 1.0 };
        let x = stand.x(actor.x) + toward * face.look.lean as f32 * stand.scale;
        if presence.is_added() {
            // Where they stand in this window, from their first frame.
            transform.translation.x = x;
        }
        let dx = x - transform.translation.x;
        let target = if speakers.lit(&actor.who) { 1.0 } else { 0.0 };
        let sat = face.look.drop as f32;
        // Someone seated, kneeling or lying, or far off, is marked by light alone: a step
        // forward would slide their bench or bed (drawn with the body) about, lift them
        // out of the bed, or bring them near.
        let by_light_alone = face.look.lying || face.look.drop > 0 || actor.far;
        let forward = |focus: f32| if by_light_alone { 0.0 } else { focus };
        let far = if actor.far { 1.0 } else { 0.0 };
        let settled = dx == 0.0
            && actor.focus == target
            && actor.drop == sat
            && actor.distance == far
            && !actor.hologram;
        let still = !light.is_changed() && !presence.is_changed() && !face.is_changed();
        let me = stage.iter().position(|(e, _)| *e == entity);
        let me = me.unwrap_or_default();
        let restacked = transform.translation.z != depth(&placed, me, forward(target));
        if settled && still && !stand.is_changed() && !restacked {
            continue;
        }
        if !settled {
            moving.now();
        }
        let step = dt / FOCUS_SECONDS;
        actor.focus += (target - actor.focus).clamp(-step, step);
        let walk = if settings.reduce_motion {
            f32::MAX
        } else {
            dt / FAR_SECONDS
        };
        actor.distance += (far - actor.distance).clamp(-walk, walk);
        let near_size = stand.scale
            * if by_light_alone {
                1.0
            } else {
                LISTENING_SIZE.lerp(1.0, actor.focus)
            };
        let size = near_size * 1.0.lerp(FAR_SIZE, actor.distance);
        transform.scale = Vec3::new(size, size, 1.0);
        transform.translation.x += dx.clamp(-SLIDE_SPEED * dt, SLIDE_SPEED * dt);
        // Sitting down or getting up takes a moment (the old body fades out where it was).
        let sit = if settings.reduce_motion {
            f32::MAX
        } else {
            SIT_SPEED * dt
        };
        actor.drop += (sat - actor.drop).clamp(-sit, sit);
        transform.translation.y = far_height(*stand, near_size, actor.drop, actor.distance);
        transform.translation.z = depth(&placed, me, forward(actor.focus));
        let brightness =
            LISTENING_LIGHT.lerp(1.0, actor.focus) * 1.0.lerp(FAR_LIGHT, actor.distance);
        let (rgb, alpha) = if actor.hologram {
            // A see-through blue image whose signal wavers and now and then breaks up.
            let still = settings.reduce_motion;
            let waver = if still {
                0.0
            } else {
                0.08 * (t * 13.0).sin() + 0.05 * (t * 31.0).sin()
            };
            let glitch = (t * 2.3).sin() > 0.985 && !still;
            transform.translation.x = x + if glitch { 6.0 } else { 0.0 };
            (
                HOLOGRAM_TINT,
                0.62 + waver - if glitch { 0.25 } else { 0.0 },
            )
        } else {
            (light.0, 1.0)
        };
        let lit = LinearRgba::from(Color::srgb(rgb.x, rgb.y, rgb.z)) * brightness;
        let colour = Color::from(lit.with_alpha(alpha * presence.0));
        sprite.color = colour;
        for child in children.into_iter().flatten() {
            if let Ok((part, mut sprite)) = parts.get_mut(*child) {
                sprite.color = if part.glows { undimmed(colour) } else { colour };
            }
        }
    }
}

/// Tells the dialogue box where the speaker's bust stands across the window, so the name
/// plate stands under it: seen from the camera at rest, not shaken. A voice from off
/// stage has its plate under nobody: in the widest gap between the busts.
fn tell_where_the_speaker_stands(
    speakers: Res<Speakers>,
    stand: Res<Stand>,
    busts: Query<(&Actor, &Transform)>,
    camera: Option<Single<(&Camera, &GlobalTransform), With<Camera2d>>>,
    mut at: ResMut<dialogue::SpeakerAt>,
) {
    let place = speakers.now.as_ref().zip(camera).and_then(|(who, camera)| {
        let (camera, view) = *camera;
        let mut rest = view.compute_transform();
        rest.translation.x = 0.0;
        let rest = GlobalTransform::from(rest);
        let width = camera.logical_viewport_size()?.x;
        let across = |at: Vec3| {
            let seen = camera.world_to_viewport(&rest, at.with_z(0.0)).ok()?;
            (width > 0.0).then(|| seen.x / width)
        };
        let standing = busts.iter().filter(|(actor, _)| !actor.leaving);
        let mut others = Vec::new();
        for (actor, transform) in standing {
            if &actor.who == who {
                return Some((who.clone(), across(transform.translation)?));
            }
            // Where they are going: the plate keeps still while they walk.
            others.push(across(transform.translation.with_x(stand.x(actor.x)))?);
        }
        Some((who.clone(), widest_gap(others)))
    });
    at.set_if_neq(dialogue::SpeakerAt(place));
}

/// The middle of the widest stretch of the window (0 to 1 across) with nobody's bust in
/// it, between busts or between a bust and the window's edge.
fn widest_gap(mut busts: Vec<f32>) -> f32 {
    busts.retain(|x| x.is_finite());
    busts.sort_by(f32::total_cmp);
    let mut edges = vec![0.0];
    edges.extend(busts.iter().map(|x| x.clamp(0.0, 1.0)));
    edges.push(1.0);
    edges
        .iter()
        .zip(edges.iter().skip(1))
        .map(|(left, right)| (right - left, (left + right) / 2.0))
        .fold(
            (-1.0, 0.5),
            |best, gap| if gap.0 > best.0 { gap } else { best },
        )
        .1
}

/// Where a bust stands and when it was placed there, for [`depth`].
#[derive(Debug, Clone, Copy)]
struct Placed {
    x: f32,
    placed: u64,
    far: bool,
}

/// The depth of bust `me` of `stage`, lit as the speaker by `focus` (0 to 1). Far busts
/// stand behind near ones; among each, busts stack in the order they were placed, the
/// latest nearest the viewer; the speaker steps in front of everyone only when their
/// bust overlaps nobody's.
fn depth(stage: &[Placed], me: usize, focus: f32) -> f32 {
    let mine = stage[me];
    let row = stage
        .iter()
        .enumerate()
        .filter(|&(i, p)| i != me && p.far == mine.far);
    let behind = row
        .clone()
        .filter(|&(i, p)| (p.placed, i) < (mine.placed, me))
        .count();
    let alone = row.clone().all(|(_, p)| (p.x - mine.x).abs() >= OVERLAP);
    let forward = if alone { SPEAKER_IN_FRONT * focus } else { 0.0 };
    let back = if mine.far { FAR_Z } else { BACK_Z };
    back + STACK_STEP * behind as f32 + forward
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::TEXT_SIZES;

    /// Rows of the shipped art: Kylo's hair is the highest, Leia's shoulders the lowest.
    const HAIR: f32 = 92.0;
    const SHOULDERS: f32 = 764.0;

    /// The test story, built as the game builds it.
    fn fixture_story() -> crate::story::Story {
        use crate::story::{build, read_folder};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture");
        let (manifest, scenes) = read_folder(&root).expect("the test story is there");
        build(&manifest, &scenes).expect("the test story builds")
    }

    #[test]
    fn the_stand_is_fitted_when_the_story_comes_after_the_window() {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, AssetPlugin::default()))
            .init_asset::<StoryAsset>()
            .init_asset::<Font>()
            .init_resource::<ReaderSettings>()
            .init_resource::<Stand>()
            .add_systems(Update, fit_stand);
        app.world_mut().spawn(Window {
            resolution: (1024, 768).into(),
            ..default()
        });
        // The window is there first, and nothing is fitted until the story is in.
        app.update();
        app.update();
        assert_eq!(*app.world().resource::<Stand>(), Stand::default());

        let story = fixture_story();
        let (hair, shoulders) = hair_and_shoulders(&story);
        let size = Vec2::new(1024.0, 768.0);
        let text = app.world().resource::<ReaderSettings>().text_scale();
        let fitted = stand_for(size, dialogue::box_top(size, text), hair, shoulders);
        assert_ne!(
            fitted,
            Stand::default(),
            "a 4:3 window needs a stand of its own"
        );

        let story = app
            .world_mut()
            .resource_mut::<Assets<StoryAsset>>()
            .add(StoryAsset { story });
        app.world_mut().insert_resource(assets::GameAssets {
            story,
            serif: default(),
            serif_italic: default(),
            sans: default(),
            sans_bold: default(),
        });
        // Nothing about the window changes: the story's arrival is enough.
        app.update();
        app.update();
        assert_eq!(*app.world().resource::<Stand>(), fitted);
    }

    #[test]
    fn the_dialogue_box_never_hides_a_face_or_a_shoulder_line() {
        let stage = super::super::STAGE_SIZE;
        for window in [
            Vec2::new(1920.0, 1080.0),
            Vec2::new(1280.0, 720.0),
            Vec2::new(2560.0, 1080.0),
            Vec2::new(1440.0, 1080.0),
            Vec2::new(1024.0, 768.0),
            Vec2::new(768.0, 1024.0),
            Vec2::new(1080.0, 1920.0),
            Vec2::new(390.0, 844.0),
        ] {
            for scale in TEXT_SIZES {
                let top = dialogue::box_top(window, scale);
                let stand = stand_for(window, top, HAIR, SHOULDERS);
                if window.y > window.x {
                    // Upright, the stage's middle hangs at the top at full width and
                    // the box (with its name plate) stands wholly under it.
                    let picture = crate::theme::WindowShape(window).picture_height();
                    assert!(
                        top <= window.y - picture,
                        "{window}: the box covers the picture"
                    );
                    assert_eq!(stand.scale, BUST_SCALE);
                    assert_eq!(stand.spread, UPRIGHT_SPREAD);
                    continue;
                }
                let seen = stage.y.max(stage.x * window.y / window.x);
                let box_top = -seen / 2.0 + top / window.y * seen;
                let row = |r: f32| stand.floor + (CANVAS.y - r) * stand.scale;
                let here = format!("{window} at text size {scale}: {stand:?}");
                assert!(row(SHOULDERS) >= box_top, "shoulders hidden in {here}");
                assert!(row(HAIR) <= stage.y / 2.0, "head cut off in {here}");
                assert!(
                    stand.floor <= -stage.y / 2.0 || window.y > window.x,
                    "floating in {here}"
                );
                assert!(stand.scale >= 0.45, "too small in {here}");
            }
        }
        // A wide window at the usual text size keeps the usual size.
        let wide = Vec2::new(1920.0, 1080.0);
        let stand = stand_for(wide, dialogue::box_top(wide, 1.0), HAIR, SHOULDERS);
        let usual = Stand::default();
        assert_eq!((stand.scale, stand.floor), (usual.scale, usual.floor));
    }

    #[test]
    fn a_seated_body_is_drawn_lower_than_a_standing_one() {
        let stand = Stand::default();
        let standing = height(stand, stand.scale, 0.0);
        let seated = height(stand, stand.scale, 140.0);
        assert_eq!(standing - seated, 140.0 * stand.scale);
        // Standing, the canvas's bottom edge is on the floor.
        assert_eq!(standing - CANVAS.y * stand.scale / 2.0, stand.floor);
    }

    /// The shipped members' seated bodies keep their chins above the lowest shoulder
    /// line of anyone standing, which the fitted stand keeps clear of the dialogue box
    /// at every window shape and text size.
    #[test]
    fn seated_faces_stay_above_the_dialogue_box() {
        let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        let story = crate::story::check_folder(&assets)
            .story
            .expect("the shipped story builds");
        let lowest_shoulders = story
            .cast
            .values()
            .map(|c| c.face.y + c.face.height)
            .max()
            .expect("a cast");
        let mut seated = 0;
        for (id, member) in &story.cast {
            for (body, drop) in &member.seated {
                seated += 1;
                let chin = member.face.y + member.face.height + drop;
                assert!(
                    chin <= lowest_shoulders + SHOULDERS_BELOW_FACE as u32,
                    "{id}'s {body} body sits so low that the box may hide the chin"
                );
            }
        }
        assert!(seated > 0, "someone sits");
    }

    #[test]
    fn the_middle_turns_to_the_others_only_when_they_all_stand_left() {
        let (left, right) = (spot_x(Spot::Left), spot_x(Spot::Right));
        assert!(faces_left(right, &[]) && !faces_left(left, &[right]));
        assert!(!faces_left(0.0, &[]), "alone, as painted");
        assert!(faces_left(0.0, &[left, spot_x(Spot::NearLeft)]));
        assert!(!faces_left(0.0, &[right]));
        assert!(!faces_left(0.0, &[left, right]), "both sides: as painted");
    }

    #[test]
    fn a_one_sided_part_stays_on_the_members_own_side() {
        let face = FaceBox {
            x: 280,
            y: 150,
            width: 340,
            height: 470,
        };
        // The box turns with the body...
        assert_eq!(part_at(face, false, 0).x, -part_at(face, true, 0).x);
        assert_eq!(part_at(face, false, 0).y, part_at(face, true, 0).y);
        // ...and its parts with it, but a scar is drawn as painted either way.
        assert!(part_flipped(false, true));
        assert!(!part_flipped(true, true));
        assert!(!part_flipped(true, false));
    }

    #[test]
    fn a_leaning_head_turns_about_the_pivot_and_mirrors_with_the_body() {
        let face = FaceBox {
            x: 280,
            y: 150,
            width: 340,
            height: 470,
        };
        let pivot = Point { x: 450, y: 520 };
        // Upright, a part sits where it always did.
        let upright = part_pose(face, 1, false, pivot, 0.0);
        assert_eq!(upright.translation, part_at(face, false, 1));
        assert_eq!(upright.rotation, Quat::IDENTITY);
        // Leaning forward (toward the viewer's right, unmirrored) turns it clockwise...
        let leaning = part_pose(face, 1, false, pivot, 6.0);
        let (_, angle) = leaning.rotation.to_axis_angle();
        let angle = angle * leaning.rotation.to_axis_angle().0.z.signum();
        assert!((angle + 6f32.to_radians()).abs() < 1e-5, "{angle}");
        // ...about the pivot, which stays where it is: the distance to it is kept.
        let p = Vec2::new(0.0, CANVAS.y / 2.0 - 520.0);
        let d0 = upright.translation.truncate().distance(p);
        let d1 = leaning.translation.truncate().distance(p);
        assert!((d0 - d1).abs() < 1e-3);
        assert!(
            leaning.translation.x > upright.translation.x,
            "the head leans right"
        );
        // Mirrored, everything is mirrored.
        let mirrored = part_pose(face, 1, true, pivot, 6.0);
        assert!((mirrored.translation.x + leaning.translation.x).abs() < 1e-3);
        assert!((mirrored.translation.y - leaning.translation.y).abs() < 1e-3);
        assert!(
            mirrored
                .rotation
                .abs_diff_eq(leaning.rotation.inverse(), 1e-6)
        );
    }

    /// Two busts at the near spots overlap: they keep the order they were placed in, and
    /// neither steps in front to speak. Busts far apart let the speaker step forward.
    #[test]
    fn overlapping_busts_stack_in_the_order_they_were_placed() {
        let at = |spot: Spot, placed| Placed {
            x: spot_x(spot),
            placed,
            far: spot.far(),
        };
        let near = [at(Spot::NearLeft, 7), at(Spot::NearRight, 3)];
        for focus in [0.0, 1.0] {
            assert!(depth(&near, 0, 1.0 - focus) > depth(&near, 1, focus));
        }
        let apart = [at(Spot::Left, 1), at(Spot::Centre, 2), at(Spot::Right, 3)];
        for me in 0..apart.len() {
            let speaking = depth(&apart, me, 1.0);
            let others = (0..apart.len()).filter(|&i| i != me);
            for other in others {
                assert!(speaking > depth(&apart, other, 0.0), "{me} steps in front");
            }
        }
        // A near spot beside the middle overlaps it: no stepping forward.
        let beside = [at(Spot::NearLeft, 1), at(Spot::Centre, 2)];
        assert!(depth(&beside, 0, 1.0) < depth(&beside, 1, 0.0));
        // Someone far off stands behind everyone near, even placed last and speaking.
        let across = [at(Spot::Left, 1), at(Spot::FarRight, 2), at(Spot::Right, 3)];
        for near in [0, 2] {
            assert!(depth(&across, 1, 1.0) < depth(&across, near, 0.0));
        }
    }

    /// A voice from off stage has its plate in the widest gap: the middle of an empty
    /// stage, beside someone alone in the middle, between two who stand apart, or the widest of
    /// several.
    #[test]
    fn an_offstage_voice_is_placed_in_the_widest_gap() {
        assert_eq!(widest_gap(vec![]), 0.5);
        assert_eq!(widest_gap(vec![0.5]), 0.25);
        assert_eq!(widest_gap(vec![0.75, 0.25]), 0.5);
        assert_eq!(widest_gap(vec![0.25, 0.5, 0.875]), 0.6875);
        assert_eq!(widest_gap(vec![0.125, 0.25]), 0.625);
    }

    /// A far bust is smaller with its eyes about where a near one's are, and the cut-off
    /// bottom of its body stays behind the dialogue box (in portrait, where the box is
    /// under the picture, it stands on the picture's floor).
    #[test]
    fn someone_far_off_stands_smaller_with_the_cut_hidden_behind_the_box() {
        for window in [
            Vec2::new(1280.0, 720.0),
            Vec2::new(1024.0, 768.0),
            Vec2::new(2560.0, 1080.0),
            Vec2::new(390.0, 844.0),
        ] {
            for scale in TEXT_SIZES {
                let stand = stand_for(window, dialogue::box_top(window, scale), HAIR, SHOULDERS);
                let (size, far_size) = (stand.scale, stand.scale * FAR_SIZE);
                let near = far_height(stand, size, 0.0, 0.0);
                let far = far_height(stand, size, 0.0, 1.0);
                let here = format!("{window} at text size {scale}: {stand:?}");
                assert_eq!(near, height(stand, size, 0.0), "{here}");
                let bottom = far - CANVAS.y * far_size / 2.0;
                assert!(
                    bottom <= stand.box_top.max(stand.floor) + 0.01,
                    "cut shows in {here}"
                );
                assert!(
                    bottom >= stand.floor - 0.01,
                    "sunk into the floor in {here}"
                );
                let eyes = |centre: f32, s: f32| centre + (CANVAS.y / 2.0 - HORIZON_ROW) * s;
                let shoulders = far + (CANVAS.y / 2.0 - SHOULDERS) * far_size;
                if window.x > window.y {
                    assert!(shoulders >= stand.box_top, "far shoulders hidden in {here}");
                    assert!(
                        eyes(near, size) - eyes(far, far_size) < 150.0,
                        "sunk in {here}"
                    );
                }
            }
        }
    }
}
