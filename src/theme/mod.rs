//! The look every screen shares: colours, text sizes, layouts, the widgets (buttons and
//! menus) and the one table of UI layers.

pub mod shape;
pub mod text_size;
pub mod widgets;

pub use shape::{InPortrait, UPRIGHT_STAGE_WIDTH, WindowShape};

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((shape::plugin, widgets::plugin, text_size::plugin));
}

/// Every UI layer, bottom to top: the one place that says what covers what.
pub mod layer {
    use bevy::prelude::GlobalZIndex;

    /// Lightning's flash: over the picture, under the words.
    pub const FLASH: GlobalZIndex = GlobalZIndex(1);
    pub const DIALOGUE: GlobalZIndex = GlobalZIndex(2);
    pub const CHOICES: GlobalZIndex = GlobalZIndex(3);
    pub const QUICK_MENU: GlobalZIndex = GlobalZIndex(4);
    /// The curtain that fades the story through black covers the story, not menus.
    pub const CURTAIN: GlobalZIndex = GlobalZIndex(10);
    /// Captions of what is heard: over the curtain (sound goes on through black).
    pub const CAPTIONS: GlobalZIndex = GlobalZIndex(12);
    /// The card that holds the story while a chapter's files arrive.
    pub const LOADING_CARD: GlobalZIndex = GlobalZIndex(15);
    pub const CHAPTER_CARD: GlobalZIndex = GlobalZIndex(20);
    /// History, saves and settings, opaque over everything beneath.
    pub const OVERLAY: GlobalZIndex = GlobalZIndex(40);
    /// A question asked over an overlay (overwrite or delete a save).
    pub const QUESTION: GlobalZIndex = GlobalZIndex(50);
    pub const NOTICE: GlobalZIndex = GlobalZIndex(60);
    /// The writer's error overlay in a development run, over everything.
    pub const DEV: GlobalZIndex = GlobalZIndex(70);
}

/// Behind an overlay: opaque, so nothing beneath reads through it (a see-through dark
/// at 97% still let the title and the line show through in the window).
pub const OVERLAY_BACKDROP: Color = Color::srgb(0.02, 0.03, 0.05);
// Blended in linear light, a little see-through shows a lot: the box lets the picture
// glow through, buttons hide what is under them (rain streaks read through at 82%).
pub const PANEL: Color = Color::srgba(0.03, 0.04, 0.07, 0.88);
pub const TEXT: Color = Color::srgb(0.93, 0.93, 0.90);
pub const NARRATION: Color = Color::srgb(0.78, 0.82, 0.88);
pub const BUTTON: Color = Color::srgb(0.06, 0.08, 0.12);
pub const BUTTON_LIT: Color = Color::srgb(0.16, 0.26, 0.38);
pub const ACCENT: Color = Color::srgb(0.56, 0.77, 0.90);
/// Something went wrong, said calmly.
pub const WARNING: Color = Color::srgb(1.0, 0.62, 0.55);

/// Story text size, relative to the window so it scales with it.
pub const STORY_SIZE: FontSize = FontSize::Vh(3.3);
pub const UI_SIZE: FontSize = FontSize::Vh(2.6);

/// The quick menu's bar: in portrait the dialogue box stands on it.
#[derive(Component)]
pub struct QuickMenuBar;

/// A node covering the whole window, over whatever is below it.
pub fn full_screen() -> Node {
    Node {
        position_type: PositionType::Absolute,
        width: percent(100),
        height: percent(100),
        ..default()
    }
}

/// A progress bar `width` wide; `fill` marks the part whose width shows the progress.
pub fn progress_bar(width: Val, fill: impl Component) -> impl Bundle {
    (
        Node {
            width,
            height: px(5),
            border_radius: BorderRadius::all(px(3)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.15, 0.17, 0.2)),
        children![(
            fill,
            Node {
                width: percent(0),
                height: percent(100),
                border_radius: BorderRadius::all(px(3)),
                ..default()
            },
            BackgroundColor(ACCENT),
        )],
    )
}

/// A whole-window column whose children sit in the middle, `gap` apart.
/// The loading screen's and the loading card's one layout: words and a bar near the
/// bottom of a black screen, so a jump straight into the story reads as one wait.
pub fn loading_layout() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::FlexEnd,
        row_gap: vh(2.0),
        padding: UiRect::bottom(vh(8.0)),
        ..full_screen()
    }
}

/// How wide the loading bar is.
pub const LOADING_BAR_WIDTH: f32 = 30.0;

pub fn centred_column(gap: Val) -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        row_gap: gap,
        ..full_screen()
    }
}

/// A [`centred_column`] that, upright, keeps its words a little in from the window's
/// sides (they wrap there rather than touch the edge).
pub fn screen_column(gap: Val) -> (Node, InPortrait) {
    (
        centred_column(gap),
        InPortrait(Node {
            padding: UiRect::horizontal(percent(4)),
            ..centred_column(gap)
        }),
    )
}
