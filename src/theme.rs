//! Shared look of the UI: colours, text sizes and the layouts screens share.

use bevy::prelude::*;

pub const PANEL: Color = Color::srgba(0.03, 0.04, 0.07, 0.80);
pub const TEXT: Color = Color::srgb(0.93, 0.93, 0.90);
pub const NARRATION: Color = Color::srgb(0.78, 0.82, 0.88);
pub const BUTTON: Color = Color::srgba(0.06, 0.08, 0.12, 0.82);
pub const BUTTON_LIT: Color = Color::srgba(0.16, 0.26, 0.38, 0.95);
pub const ACCENT: Color = Color::srgb(0.56, 0.77, 0.90);
/// Something went wrong, said calmly.
pub const WARNING: Color = Color::srgb(1.0, 0.62, 0.55);

/// Story text size, relative to the window so it scales with it.
pub const STORY_SIZE: FontSize = FontSize::Vh(3.3);
pub const UI_SIZE: FontSize = FontSize::Vh(2.6);

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
pub fn centred_column(gap: Val) -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        row_gap: gap,
        ..full_screen()
    }
}
