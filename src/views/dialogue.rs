//! The words on screen: the dialogue box (name plate in the speaker's colour, narration
//! in italics, a typewriter reveal and a steady continue mark), the choice menu and
//! the chapter title card.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::director::{Command, Line, Showing, Spot};
use crate::play::Playback;
use crate::session::{Busy, Cue, FinishNow, PlaySystems, Screen, SessionApp, ShowPicture, Verb};
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::theme::widgets::{self, Activate, Menu, MenuFocus};
use crate::theme::{self, WindowShape};
use crate::tween::Tween;
use crate::views::stage::rain::Sheltered;

const CARD_FADE_SECONDS: f32 = 0.7;

pub(super) fn plugin(app: &mut App) {
    app.init_session_resource::<Reveal>()
        .init_resource::<SpeakerAt>()
        .add_systems(OnEnter(Screen::Game), spawn_box)
        .add_systems(
            Update,
            (
                show_pictures,
                fit_box,
                line_cues,
                plate_under_speaker.after(SpeakerPlaced),
                reveal,
                show_continue_mark,
                choice_cues,
                place_choices,
                cards,
            )
                .chain()
                .after(PlaySystems)
                .run_if(in_state(Screen::Game)),
        );
}

/// The line being revealed, letter by letter.
#[derive(Resource, Debug, Default)]
pub struct Reveal {
    letters: Vec<char>,
    shown: f32,
    /// Who says it, by the name on the plate (none for narration).
    speaker: Option<String>,
    /// Who says it, by their id in the story.
    speaker_id: Option<String>,
}

/// Where the speaker's bust stands across the window (0 its left edge, 1 its right), by
/// their id: the stage tells, in [`SpeakerPlaced`], and the name plate stands under it.
/// For a voice from off stage, where nobody stands; `None` for narration.
#[derive(Resource, Debug, Default, PartialEq)]
pub struct SpeakerAt(pub Option<(String, f32)>);

/// The systems that set [`SpeakerAt`]: the name plate is placed after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct SpeakerPlaced;

impl Reveal {
    pub fn done(&self) -> bool {
        self.shown >= self.letters.len() as f32
    }
    /// The whole line being shown.
    pub fn line(&self) -> String {
        self.letters.iter().collect()
    }
    /// The name on the plate; none for narration.
    pub fn speaker(&self) -> Option<&str> {
        self.speaker.as_deref()
    }

    /// Shows the whole line at once.
    fn finish(&mut self) {
        self.shown = self.letters.len() as f32;
    }
}

#[derive(Component)]
struct DialogueBox;

/// What H (or a middle click) hides to show the picture alone.
#[derive(Component)]
pub struct Interface;
#[derive(Component)]
struct NamePlate;
/// The words on the name plate.
#[derive(Component)]
pub struct PlateText;
/// The revealed and the not-yet-revealed parts of the line; the hidden part is laid out
/// too, so words don't jump from line to line as they appear.
#[derive(Component)]
struct Revealed;
#[derive(Component)]
struct Unrevealed;
#[derive(Component)]
struct ContinueMark;
#[derive(Component)]
struct ChoiceList;
#[derive(Component)]
struct Card;

/// The text of the dialogue box, whose first span is the revealed part of the line.
#[derive(Component, Debug, Default)]
pub struct LineText;

fn spawn_box(mut commands: Commands, assets: Res<GameAssets>) {
    commands.spawn((
        DialogueBox,
        Name::new("Dialogue box"),
        Interface,
        DespawnOnExit(Screen::Game),
        Visibility::Hidden,
        Node {
            position_type: PositionType::Absolute,
            left: percent(9),
            right: percent(9),
            bottom: vh(3.0),
            min_height: vh(23.0),
            padding: UiRect::axes(vw(3.0), vh(3.2)),
            border_radius: BorderRadius::all(px(18)),
            ..default()
        },
        BackgroundColor(theme::PANEL),
        Sheltered,
        theme::layer::DIALOGUE,
        children![
            (
                NamePlate,
                Name::new("Name plate"),
                Node {
                    position_type: PositionType::Absolute,
                    top: vh(-4.6),
                    left: vw(2.0),
                    padding: UiRect::axes(vw(1.4), vh(0.8)),
                    border_radius: BorderRadius::all(px(10)),
                    ..default()
                },
                BackgroundColor(theme::PANEL),
                Sheltered,
                children![(
                    PlateText,
                    // The speaker's name is said with the line.
                    crate::accessibility::Unspoken,
                    Text::default(),
                    TextFont::from(&assets.sans_bold).with_font_size(theme::UI_SIZE),
                    TextColor(theme::TEXT),
                )],
            ),
            (
                LineText,
                Label,
                Text::default(),
                TextFont::from(&assets.serif).with_font_size(theme::STORY_SIZE),
                TextColor(theme::TEXT),
                children![
                    (
                        Revealed,
                        TextSpan::default(),
                        TextFont::from(&assets.serif).with_font_size(theme::STORY_SIZE),
                        TextColor(theme::TEXT),
                    ),
                    (
                        Unrevealed,
                        TextSpan::default(),
                        TextFont::from(&assets.serif).with_font_size(theme::STORY_SIZE),
                        TextColor(Color::NONE),
                    ),
                ],
            ),
            (
                ContinueMark,
                Node {
                    position_type: PositionType::Absolute,
                    right: vw(1.6),
                    bottom: vh(1.8),
                    width: vh(2.4),
                    height: vh(2.4),
                    border_radius: BorderRadius::MAX,
                    ..default()
                },
                BackgroundColor(Color::NONE),
            ),
        ],
    ));
}

/// The dialogue box's parts that change from line to line.
type BoxParts<'w, 's> = (
    Single<'w, 's, &'static mut Visibility, With<DialogueBox>>,
    Single<'w, 's, (&'static mut Node, &'static mut UiTransform), With<NamePlate>>,
    Single<
        'w,
        's,
        (
            &'static mut Text,
            &'static mut TextColor,
            &'static mut TextFont,
        ),
        (With<PlateText>, Without<TextSpan>),
    >,
    Query<
        'w,
        's,
        (
            &'static mut TextFont,
            &'static mut TextColor,
            Has<Unrevealed>,
        ),
        With<TextSpan>,
    >,
);

/// Where the name plate stands on the box: under the one who speaks rather than under
/// whoever stands on the left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlateSide {
    /// Someone on the stage's left half.
    Left,
    /// Someone in the middle.
    Middle,
    /// Someone on the stage's right half.
    Right,
    /// A voice from off stage: in the middle, the name in italics, so it is not taken for
    /// whoever stands there.
    Offstage,
}

/// Shows `line` in the box, from its first letter, the name plate at `side`.
fn put_line(
    Line { speaker, text }: &Line,
    side: PlateSide,
    assets: &GameAssets,
    reveal: &mut Reveal,
    (dialogue, plate, plate_text, spans): &mut BoxParts,
) {
    ***dialogue = Visibility::Inherited;
    let (plate, shift) = &mut **plate;
    plate.display = if speaker.is_some() {
        Display::Flex
    } else {
        Display::None
    };
    // In the middle, the plate's left edge at the box's middle, moved back by half its
    // own width.
    let (left, right, back) = match side {
        PlateSide::Left => (vw(2.0), Val::Auto, 0.0),
        PlateSide::Middle | PlateSide::Offstage => (percent(50), Val::Auto, -50.0),
        PlateSide::Right => (Val::Auto, vw(2.0), 0.0),
    };
    plate.left = left;
    plate.right = right;
    let back = Val2::percent(back, 0.0);
    if shift.translation != back {
        shift.translation = back;
    }
    if let Some(speaker) = speaker {
        let (name, colour, name_font) = &mut **plate_text;
        name.0 = speaker.name.clone();
        let [r, g, b] = speaker.colour;
        colour.0 = Color::srgb_u8(r, g, b);
        let font = match side {
            PlateSide::Offstage => &assets.serif_italic,
            _ => &assets.sans_bold,
        };
        name_font.font = font.into();
    }
    // Narration is set in italics and a cooler, dimmer colour.
    let (font, colour) = match speaker {
        Some(_) => (&assets.serif, theme::TEXT),
        None => (&assets.serif_italic, theme::NARRATION),
    };
    for (mut span_font, mut span_colour, hidden) in spans {
        span_font.font = font.into();
        if !hidden {
            span_colour.0 = colour;
        }
    }
    *reveal = Reveal {
        letters: text.chars().collect(),
        shown: 0.0,
        speaker: speaker.as_ref().map(|s| s.name.clone()),
        speaker_id: speaker.as_ref().map(|s| s.id.clone()),
    };
}

/// Where the plate goes for `line`, said by someone standing in `cast` or not.
fn plate_side<'a>(line: &Line, mut cast: impl Iterator<Item = (&'a str, Spot)>) -> PlateSide {
    let Some(speaker) = &line.speaker else {
        return PlateSide::Left;
    };
    match cast.find(|(who, _)| *who == speaker.id) {
        Some((_, Spot::Centre | Spot::Far)) => PlateSide::Middle,
        None => PlateSide::Offstage,
        Some((_, at)) if at.faces_left() => PlateSide::Right,
        Some(_) => PlateSide::Left,
    }
}

/// The name plate stands under the speaker's bust, wherever on the stage it is (a near
/// spot, far off, walking in), inside the box. Until the stage says where (a window
/// with no picture yet) it stays at the speaker's side, as `put_line` put it.
fn plate_under_speaker(
    at: Res<SpeakerAt>,
    reveal: Res<Reveal>,
    window: Option<Single<&Window>>,
    dialogue: Single<(&ComputedNode, &UiGlobalTransform), With<DialogueBox>>,
    mut plate: Single<(&mut Node, &mut UiTransform, &ComputedNode), With<NamePlate>>,
) {
    let (Some((who, across)), Some(window)) = (&at.0, window) else {
        return;
    };
    if reveal.speaker_id.as_ref() != Some(who) {
        return;
    }
    let (size, centre) = (dialogue.0.size(), dialogue.1.translation);
    let scale = dialogue.0.inverse_scale_factor();
    let (node, shift, plate_size) = &mut *plate;
    let (left, width, plate) = (
        (centre.x - size.x / 2.0) * scale,
        size.x * scale,
        plate_size.size().x * plate_size.inverse_scale_factor(),
    );
    // The plate's middle under the bust, its ends kept a little inside the box's.
    let margin = 12.0;
    let middle = (across * window.width() - left).clamp(
        plate / 2.0 + margin,
        (width - plate / 2.0 - margin).max(plate / 2.0 + margin),
    );
    let want = px(middle - plate / 2.0);
    if node.left != want || node.right != Val::Auto {
        node.left = want;
        node.right = Val::Auto;
    }
    if shift.translation != Val2::ZERO {
        shift.translation = Val2::ZERO;
    }
}

fn line_cues(
    mut cues: MessageReader<Cue>,
    assets: Res<GameAssets>,
    playback: Res<Playback>,
    mut reveal: ResMut<Reveal>,
    mut parts: BoxParts,
) {
    // The story waits at each line, so the stage is the one the line is read on.
    let cast = &playback.state.stage.cast;
    for Cue(command) in cues.read() {
        match command {
            Command::SceneStart { .. } | Command::End => **parts.0 = Visibility::Hidden,
            Command::Line(line) => {
                let side = plate_side(line, cast.iter().map(|(w, o)| (w.as_str(), o.at)));
                put_line(line, side, &assets, &mut reveal, &mut parts);
            }
            _ => {}
        }
    }
}

/// A restored moment: its line shown whole, or its choices, and nothing left over.
fn show_pictures(
    mut commands: Commands,
    mut pictures: MessageReader<ShowPicture>,
    assets: Res<GameAssets>,
    mut reveal: ResMut<Reveal>,
    mut parts: BoxParts,
    leftovers: Query<Entity, Or<(With<ChoiceList>, With<Card>)>>,
) {
    for ShowPicture(picture) in pictures.read() {
        for entity in &leftovers {
            commands.entity(entity).despawn();
        }
        commands.remove_resource::<MenuFocus>();
        *reveal = Reveal::default();
        **parts.0 = Visibility::Hidden;
        let side =
            |line: &Line| plate_side(line, picture.cast.iter().map(|a| (a.who.as_str(), a.at)));
        match &picture.showing {
            Showing::Line(line) => {
                put_line(line, side(line), &assets, &mut reveal, &mut parts);
                reveal.finish();
            }
            Showing::Choices { options, before } => {
                if let Some(line) = before {
                    put_line(line, side(line), &assets, &mut reveal, &mut parts);
                    reveal.finish();
                }
                spawn_choices(&mut commands, &assets, options);
            }
            Showing::ChapterCard { .. } | Showing::Nothing => {}
        }
    }
}

/// The typewriter. While it types, the line is [`Busy`]: the story waits for it, and
/// an advance finishes it.
fn reveal(
    mut commands: Commands,
    time: Res<Time>,
    settings: Res<ReaderSettings>,
    mut hurry: MessageReader<FinishNow>,
    mut moving: ResMut<Moving>,
    mut reveal: ResMut<Reveal>,
    text: Single<(Entity, Has<Busy>), With<LineText>>,
    mut shown: Single<&mut TextSpan, (With<Revealed>, Without<Unrevealed>)>,
    mut hidden: Single<&mut TextSpan, (With<Unrevealed>, Without<Revealed>)>,
    mut last: Local<usize>,
) {
    if hurry.read().count() > 0 {
        reveal.finish();
    }
    if !reveal.done() {
        moving.now();
        // A text speed of 0 shows each line whole at once.
        match settings.text_speed {
            speed if speed > 0.0 => reveal.shown += speed * time.delta_secs(),
            _ => reveal.finish(),
        }
    }
    let (text, busy) = *text;
    if busy == reveal.done() {
        if busy {
            commands.entity(text).remove::<Busy>();
        } else {
            commands.entity(text).insert(Busy);
        }
    }
    let count = (reveal.shown as usize).min(reveal.letters.len());
    if reveal.is_changed() || count != *last {
        *last = count;
        shown.0 = reveal.letters[..count].iter().collect();
        hidden.0 = reveal.letters[count..].iter().collect();
    }
}

/// The box and the name plate grow with the reader's text size, and the box stays over
/// the picture: in a window taller than 16:9 the picture ends above the window's bottom,
/// and the box must not hang over its edge into the bar below. In portrait the box
/// fills the space between the picture and the quick menu instead.
fn fit_box(
    settings: Res<ReaderSettings>,
    shape: Res<WindowShape>,
    window: Option<Single<&Window>>,
    quick_menu: Query<&ComputedNode, With<theme::QuickMenuBar>>,
    mut dialogue: Single<&mut Node, (With<DialogueBox>, Without<NamePlate>)>,
    mut plate: Single<&mut Node, (With<NamePlate>, Without<DialogueBox>)>,
) {
    let scale = settings.text_scale();
    // Only a real change is written: a changed node costs a layout, and a frame.
    fn set<T: PartialEq>(field: &mut T, value: T) {
        if *field != value {
            *field = value;
        }
    }
    if shape.portrait() {
        // The quick menu's height, once laid out (hidden, it measures nothing).
        let below = quick_menu
            .iter()
            .map(|node| node.size().y * node.inverse_scale_factor())
            .find(|height| *height > 0.0);
        let frame = UprightBox::new(*shape, scale, below.unwrap_or(0.0));
        set(&mut dialogue.left, percent(3));
        set(&mut dialogue.right, percent(3));
        set(&mut dialogue.top, px(frame.top));
        set(&mut dialogue.bottom, px(frame.bottom));
        set(&mut dialogue.min_height, Val::Auto);
        // The line as high as its words, not the box: the choices go under it.
        set(&mut dialogue.align_items, AlignItems::FlexStart);
        set(
            &mut dialogue.padding,
            UiRect::axes(px(shape.0.x * 0.045), px(frame.text_height * 0.03)),
        );
        // The plate sits on the box's top edge, in the room left for it.
        set(&mut plate.top, Val::Auto);
        set(&mut plate.bottom, percent(100));
        set(
            &mut plate.padding,
            UiRect::axes(px(12), px(frame.text_height * 0.008)),
        );
        return;
    }
    let bottom = window.map_or(vh(3.0), |window| {
        px(BoxFrame::new(Vec2::new(window.width(), window.height()), scale).bottom)
    });
    set(&mut dialogue.left, percent(9));
    set(&mut dialogue.right, percent(9));
    set(&mut dialogue.top, Val::Auto);
    set(&mut dialogue.bottom, bottom);
    set(&mut dialogue.min_height, vh(box_height_vh(scale)));
    set(&mut dialogue.align_items, AlignItems::Default);
    set(&mut dialogue.padding, UiRect::axes(vw(3.0), vh(3.2)));
    set(&mut plate.top, vh(-plate_height_vh(scale)));
    set(&mut plate.bottom, Val::Auto);
    set(&mut plate.padding, UiRect::axes(vw(1.4), vh(0.8)));
}

/// The dialogue box in a portrait window, in logical pixels: its top below the picture
/// and the name plate over the box, its bottom above the quick menu.
struct UprightBox {
    /// From the window's top edge.
    top: f32,
    /// From the window's bottom edge.
    bottom: f32,
    /// The name plate's height, over the box's top edge.
    plate: f32,
    /// What text sizes are taken from ([`WindowShape::text_height`]).
    text_height: f32,
}

impl UprightBox {
    /// In a window of `shape`, at text size `scale`, over a quick menu `below` high.
    fn new(shape: WindowShape, scale: f32, below: f32) -> Self {
        let text_height = shape.text_height();
        // (With a little more room than the plate's words and padding take.)
        let plate = (plate_height_vh(scale) + 0.5) / 100.0 * text_height;
        let gap = shape.0.x * 0.025;
        UprightBox {
            top: shape.picture_height() + gap + plate,
            bottom: below + gap,
            plate,
            text_height,
        }
    }
}

/// The box's least height (it holds the longest line) and the name plate's height above
/// it, in hundredths of the window's height, at text size `scale`.
fn box_height_vh(scale: f32) -> f32 {
    23.0 + 14.0 * (scale - 1.0)
}

fn plate_height_vh(scale: f32) -> f32 {
    4.6 * scale
}

/// The most of the picture the box may cover while it rests on the picture.
const MOST_OF_PICTURE_COVERED: f32 = 0.4;

/// Where the dialogue box stands in a window, in logical pixels above its bottom edge.
struct BoxFrame {
    bottom: f32,
    /// The top of the name plate over the box: nothing above it is ever covered.
    top: f32,
}

impl BoxFrame {
    /// The box in a window of `window` logical pixels at text size `scale`. It rests on
    /// the picture's lower edge, never hanging into a bar below it, unless it would
    /// then cover more than [`MOST_OF_PICTURE_COVERED`] of the picture (a window much
    /// taller than 16:9, a phone held upright): then it moves down into the bar, under
    /// the picture when there is room, else just above the window's bottom edge.
    fn new(window: Vec2, scale: f32) -> Self {
        let picture = window.y.min(window.x * 9.0 / 16.0);
        let bar = (window.y - picture) / 2.0;
        let margin = picture * 0.03;
        let height = (box_height_vh(scale) + plate_height_vh(scale)) / 100.0 * window.y;
        let bottom = if margin + height <= picture * MOST_OF_PICTURE_COVERED {
            bar + margin
        } else {
            margin.max(bar - height)
        };
        BoxFrame {
            bottom,
            top: bottom + height,
        }
    }
}

/// How high the dialogue box and its name plate reach in a window of `window` logical
/// pixels at text size `scale`, in pixels above the window's bottom: the stage keeps
/// faces above it.
pub fn box_top(window: Vec2, scale: f32) -> f32 {
    let shape = WindowShape(window);
    if shape.portrait() {
        // Under the picture, name plate and all: the whole picture is free.
        let frame = UprightBox::new(shape, scale, 0.0);
        return window.y - frame.top + frame.plate;
    }
    BoxFrame::new(window, scale).top
}

/// The choices sit between the top of the window and the top of the dialogue box,
/// whatever the box's height (it grows with the text size and the line), stacked up
/// from the box so they cover chests rather than faces. In portrait, where the picture
/// above is small, they sit in the box under the line.
fn place_choices(
    dialogue: Single<(&ComputedNode, &Node), (With<DialogueBox>, Without<ChoiceList>)>,
    line: Single<&ComputedNode, With<LineText>>,
    shape: Res<WindowShape>,
    window: Option<Single<&Window>>,
    mut lists: Query<&mut Node, With<ChoiceList>>,
) {
    let (computed, node) = *dialogue;
    let Some(window) = window else { return };
    let pixels = |val: Val| match val {
        Val::Px(px) => px,
        Val::Vh(vh) => vh / 100.0 * window.height(),
        _ => 0.0,
    };
    let (top, bottom) = if shape.portrait() {
        let line_height = line.size().y * line.inverse_scale_factor();
        let padding = pixels(node.padding.top);
        (
            px(pixels(node.top) + padding + line_height + padding),
            px(pixels(node.bottom) + padding),
        )
    } else {
        let box_height = computed.size().y * computed.inverse_scale_factor();
        // A little air between the lowest choice and the box's name plate.
        (
            px(0),
            px(pixels(node.bottom) + box_height + window.height() * 0.07),
        )
    };
    // Upright, inside the box's sides.
    let side = if shape.portrait() { percent(7) } else { px(0) };
    let stack = if shape.portrait() {
        JustifyContent::Center
    } else {
        JustifyContent::FlexEnd
    };
    for mut list in &mut lists {
        if list.justify_content != stack {
            list.justify_content = stack;
        }
        if list.bottom != bottom {
            list.bottom = bottom;
        }
        if list.top != top {
            list.top = top;
        }
        if list.left != side {
            list.left = side;
            list.right = side;
        }
    }
}

/// The continue mark: shown, steady, once the whole line is out. It doesn't blink, so
/// a still line costs no frames.
fn show_continue_mark(
    reveal: Res<Reveal>,
    focus: Option<Res<MenuFocus>>,
    mut mark: Single<&mut BackgroundColor, With<ContinueMark>>,
) {
    let waiting = reveal.done() && !reveal.letters.is_empty() && focus.is_none();
    mark.set_if_neq(BackgroundColor(theme::ACCENT.with_alpha(if waiting {
        0.95
    } else {
        0.0
    })));
}

fn choice_cues(mut commands: Commands, mut cues: MessageReader<Cue>, assets: Res<GameAssets>) {
    for Cue(command) in cues.read() {
        if let Command::Choices(options) = command {
            spawn_choices(&mut commands, &assets, options);
        }
    }
}

fn spawn_choices(commands: &mut Commands, assets: &GameAssets, options: &[String]) {
    commands.insert_resource(MenuFocus::on(Menu::Choice));
    // Above the dialogue box (`place_choices` keeps them there), so the line that led to
    // the choice stays readable under them at any text size.
    commands
        .spawn((
            ChoiceList,
            Name::new("Choices"),
            Interface,
            DespawnOnExit(Screen::Game),
            Node {
                position_type: PositionType::Absolute,
                top: px(0),
                left: px(0),
                right: px(0),
                bottom: vh(30.0),
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                row_gap: vh(1.6),
                ..default()
            },
            theme::layer::CHOICES,
        ))
        .with_children(|list| {
            for (i, option) in options.iter().enumerate() {
                let label = format!("{}.  {}", i + 1, curly_quotes(option));
                list.spawn(widgets::button(assets, &label, Menu::Choice, i))
                    .observe(
                        move |_: On<Activate>,
                              mut commands: Commands,
                              mut verbs: MessageWriter<Verb>,
                              lists: Query<Entity, With<ChoiceList>>| {
                            verbs.write(Verb::Choose(i));
                            commands.remove_resource::<MenuFocus>();
                            for list in &lists {
                                commands.entity(list).despawn();
                            }
                        },
                    );
            }
        });
}

/// Straight quotes as the story's curly ones: “…”, ‘…’ and the apostrophe ’.
pub fn curly_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open = true;
    for c in text.chars() {
        let after_space = out
            .chars()
            .last()
            .is_none_or(|p: char| p.is_whitespace() || p == '“');
        match c {
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            '\'' => out.push(if after_space { '‘' } else { '’' }),
            _ => out.push(c),
        }
    }
    out
}

/// The chapter card fades in over black, holds, and fades out by the time the
/// director moves on (or at once, when the reader clicks).
fn cards(
    mut commands: Commands,
    mut cues: MessageReader<Cue>,
    assets: Res<GameAssets>,
    open: Query<(Entity, &Children), (With<Card>, Without<Tween>)>,
) {
    for Cue(command) in cues.read() {
        match command {
            Command::ChapterCard { number, title } => {
                let fade_in = Tween::to(1.0, CARD_FADE_SECONDS);
                commands.spawn((
                    Card,
                    Name::new("Chapter card"),
                    DespawnOnExit(Screen::Game),
                    theme::centred_column(vh(2.0)),
                    theme::layer::CHAPTER_CARD,
                    children![
                        (
                            Label,
                            Text::new(format!("Chapter {}", number_word(*number))),
                            TextFont::from(&assets.sans).with_font_size(FontSize::Vh(2.8)),
                            TextColor(theme::ACCENT.with_alpha(0.0)),
                            fade_in.clone(),
                        ),
                        (
                            Label,
                            Text::new(title.clone()),
                            TextFont::from(&assets.serif).with_font_size(FontSize::Vh(8.0)),
                            TextColor(theme::TEXT.with_alpha(0.0)),
                            fade_in,
                        ),
                    ],
                ));
            }
            // Anything else that shows means the card's time is over.
            Command::Line(_) | Command::Choices(_) | Command::SceneStart { .. } => {
                // (`try_`: a card already fading out may go this frame.)
                for (card, words) in &open {
                    for word in words {
                        commands
                            .entity(*word)
                            .try_insert(Tween::to(0.0, CARD_FADE_SECONDS));
                    }
                    commands
                        .entity(card)
                        .try_insert(Tween::to(0.0, CARD_FADE_SECONDS).then_despawn());
                }
            }
            _ => {}
        }
    }
}

fn number_word(n: usize) -> String {
    const WORDS: [&str; 12] = [
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
        "Twelve",
    ];
    WORDS
        .get(n.wrapping_sub(1))
        .map_or(n.to_string(), |w| w.to_string())
}

#[cfg(test)]
mod tests {
    use super::curly_quotes;

    #[test]
    fn choices_get_the_story_s_curly_quotes() {
        assert_eq!(
            curly_quotes(r#"Say "I'm not going." and 'leave'"#),
            "Say “I’m not going.” and ‘leave’"
        );
        assert_eq!(curly_quotes("Look away."), "Look away.");
    }
}
