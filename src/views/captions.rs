//! Captions: for readers who turn them on (Settings), a few words for each sound as it
//! begins ("[thunder, close]", "[music: the rain theme]"), written in the story's
//! manifest. They stack in the top right corner, away from the dialogue box, fade after
//! a few seconds, and a screen reader reads each one as it comes.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::settings::ReaderSettings;
use crate::stillness::Moving;
use crate::theme;
use crate::views::audio::Heard;
use crate::views::stage::rain::Sheltered;

/// How long a caption stays.
const SHOWN_SECONDS: f32 = 4.5;
/// At most this many captions at once; the oldest goes first.
const MOST: usize = 3;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (show_captions, age_captions).chain());
}

/// The corner the captions stack in.
#[derive(Component)]
struct CaptionCorner;

/// One caption, and how long it has left.
#[derive(Component)]
pub struct Caption(Timer);

fn caption_corner() -> impl Bundle {
    (
        CaptionCorner,
        Name::new("Captions"),
        Node {
            position_type: PositionType::Absolute,
            top: vh(2.5),
            right: vw(2.0),
            max_width: vw(40.0),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::FlexEnd,
            row_gap: vh(0.8),
            ..default()
        },
        theme::layer::CAPTIONS,
        Pickable::IGNORE,
    )
}

fn show_captions(
    mut commands: Commands,
    mut heard: MessageReader<Heard>,
    settings: Res<ReaderSettings>,
    assets: Option<Res<GameAssets>>,
    corner: Query<Entity, With<CaptionCorner>>,
    shown: Query<(Entity, &Caption)>,
) {
    let words: Vec<String> = heard.read().map(|Heard(w)| w.clone()).collect();
    let (Some(assets), true, false) = (assets, settings.captions, words.is_empty()) else {
        return;
    };
    let corner = match corner.single() {
        Ok(corner) => corner,
        Err(_) => commands.spawn(caption_corner()).id(),
    };
    // Oldest first out, so no more than MOST stay.
    let mut shown: Vec<(Entity, f32)> =
        shown.iter().map(|(e, c)| (e, c.0.elapsed_secs())).collect();
    shown.sort_by(|a, b| b.1.total_cmp(&a.1));
    let extra = (shown.len() + words.len()).saturating_sub(MOST);
    for (entity, _) in shown.iter().take(extra) {
        commands.entity(*entity).despawn();
    }
    for words in words.iter().rev().take(MOST).rev() {
        let text = format!("[{words}]");
        commands.spawn((
            Caption(Timer::from_seconds(SHOWN_SECONDS, TimerMode::Once)),
            ChildOf(corner),
            Text::new(text.clone()),
            TextFont::from(&assets.sans).with_font_size(theme::UI_SIZE),
            TextColor(theme::TEXT),
            BackgroundColor(theme::PANEL),
            Sheltered,
            Node {
                padding: UiRect::axes(vw(0.8), vh(0.4)),
                ..default()
            },
            AccessibleLabel::new(text),
            Pickable::IGNORE,
        ));
    }
}

fn age_captions(
    mut commands: Commands,
    time: Res<Time>,
    mut captions: Query<(Entity, &mut Caption)>,
    settings: Res<ReaderSettings>,
    mut moving: ResMut<Moving>,
) {
    for (entity, mut caption) in &mut captions {
        moving.now();
        if caption.0.tick(time.delta()).is_finished() || !settings.captions {
            commands.entity(entity).despawn();
        }
    }
}
