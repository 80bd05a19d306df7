//! The credits: after the last line the names roll up over black, then the title
//! screen returns. A click or a key skips them.

use bevy::prelude::*;

use crate::assets::{GameAssets, LoadedStory};
use crate::director::screen_picture;
use crate::input::Actions;
use crate::session::{Screen, ShowPicture};
use crate::theme;

/// How fast the credits roll, in window heights per second.
const ROLL_SPEED: f32 = 0.06;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Credits), spawn)
        .add_systems(Update, roll.run_if(in_state(Screen::Credits)));
}

/// (heading, lines) of each block of the credits.
const BLOCKS: &[(&str, &[&str])] = &[
    ("Story, script, art and sound", &["The After the Rain team"]),
    ("Made with", &["Bevy", "bevy_asset_loader", "kira"]),
    (
        "Type",
        &[
            "EB Garamond by Georg Duffner",
            "Lato by Łukasz Dziedzic",
            "both under the SIL Open Font License",
        ],
    ),
    (
        "",
        &[
            "A non-commercial fan work.",
            "Star Wars and its characters belong to their owners.",
        ],
    ),
];

#[derive(Component)]
struct Roll {
    /// Where its top edge is, in window heights from the top (1.0 = just below).
    top: f32,
}

#[derive(Component)]
struct Frame;

fn spawn(
    mut commands: Commands,
    assets: Res<GameAssets>,
    story: LoadedStory,
    mut pictures: MessageWriter<ShowPicture>,
) {
    let story = story.get().map(|s| &s.story);
    let title = story.map_or("After the Rain".to_string(), |s| s.title.clone());
    // What plays the reader out comes from the story's manifest.
    if let Some(story) = story {
        pictures.write(ShowPicture(screen_picture(story, &story.credits_screen)));
    }
    let heading = |text: &str| {
        (
            Text::new(text),
            TextFont::from(&assets.sans).with_font_size(FontSize::Vh(2.2)),
            TextColor(theme::ACCENT),
            Node {
                margin: UiRect::top(vh(5.0)),
                ..default()
            },
        )
    };
    let line = |text: &str| {
        (
            Text::new(text),
            TextFont::from(&assets.serif).with_font_size(FontSize::Vh(3.4)),
            TextColor(theme::TEXT),
        )
    };
    commands
        .spawn((
            Frame,
            DespawnOnExit(Screen::Credits),
            Node {
                width: percent(100),
                height: percent(100),
                overflow: Overflow::clip(),
                ..default()
            },
            BackgroundColor(Color::BLACK),
        ))
        .with_children(|screen| {
            screen
                .spawn((
                    Roll { top: 1.0 },
                    Node {
                        position_type: PositionType::Absolute,
                        width: percent(100),
                        top: vh(100.0),
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        row_gap: vh(0.8),
                        ..default()
                    },
                ))
                .with_children(|roll| {
                    roll.spawn((
                        Text::new(title),
                        TextFont::from(&assets.serif).with_font_size(FontSize::Vh(9.0)),
                        TextColor(theme::TEXT),
                    ));
                    for (head, lines) in BLOCKS {
                        roll.spawn(heading(head));
                        for text in *lines {
                            roll.spawn(line(text));
                        }
                    }
                    roll.spawn(heading("Thank you for reading."));
                });
        });
}

fn roll(
    time: Res<Time>,
    actions: Res<Actions>,
    mut roll: Single<(&mut Roll, &mut Node, &ComputedNode)>,
    frame: Single<&ComputedNode, (With<Frame>, Without<Roll>)>,
    mut next: ResMut<NextState<Screen>>,
) {
    let (roll, node, computed) = &mut *roll;
    roll.top -= ROLL_SPEED * time.delta_secs();
    node.top = vh(100.0 * roll.top);
    let height = computed.size().y / frame.size().y.max(1.0);
    let passed = computed.size().y > 0.0 && roll.top < -height;
    let skipped = actions.anything;
    if passed || skipped {
        next.set(Screen::Title);
    }
}
