//! Notices: one short message at the top of the window ("Saved.", or what went wrong),
//! the one place every part of the game tells the reader something in passing.

use bevy::prelude::*;

use crate::assets::GameAssets;
use crate::stillness::Moving;
use crate::theme;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notice>()
        .add_systems(Startup, spawn_notice)
        .add_systems(Update, fade_notice.after(crate::session::PlaySystems));
}

/// A short message at the top of the window ("Saved.", or what went wrong).
#[derive(Resource, Default, Debug)]
pub struct Notice {
    pub text: String,
    seconds_left: f32,
    /// Frames to wait before it shows, so that a picture taken as it is said (a quick
    /// save's thumbnail) does not show it: the picture comes from a frame or two later
    /// (the renderer works a frame behind the game).
    frames_hidden: u8,
    /// How many notices have been said: a new one (even in the same words) is news to
    /// the screen readers' copy in the browser.
    pub count: u32,
}

const NOTICE_FRAMES_HIDDEN: u8 = 3;

impl Notice {
    pub fn say(&mut self, text: &str) {
        info!("{text}");
        self.text = text.to_string();
        self.seconds_left = 3.5;
        self.frames_hidden = NOTICE_FRAMES_HIDDEN;
        self.count = self.count.wrapping_add(1);
    }

    /// A longer message (one with a folder's path in it), up long enough to read.
    pub fn say_slowly(&mut self, text: &str) {
        self.say(text);
        self.seconds_left = 9.0;
    }
}

#[derive(Component)]
struct NoticeText;

#[derive(Component)]
struct NoticeBox;

/// Notices have one place: the top right corner, clear of every screen's heading (they
/// are centred) and of the dialogue box and quick menu (at the bottom). The box holds
/// its words, however many lines they wrap to.
fn spawn_notice(mut commands: Commands) {
    commands.spawn((
        NoticeBox,
        Name::new("Notice"),
        Node {
            position_type: PositionType::Absolute,
            top: vh(2.0),
            right: vw(2.0),
            max_width: vw(34.0),
            padding: UiRect::axes(vw(1.2), vh(0.8)),
            border_radius: BorderRadius::all(px(8)),
            ..default()
        },
        // A third of a window held upright is too narrow for a sentence.
        theme::InPortrait(Node {
            position_type: PositionType::Absolute,
            top: vh(1.5),
            right: vw(3.0),
            max_width: vw(80.0),
            padding: UiRect::axes(vw(3.0), vh(0.8)),
            border_radius: BorderRadius::all(px(8)),
            ..default()
        }),
        BackgroundColor(theme::PANEL.with_alpha(0.0)),
        theme::layer::NOTICE,
        Pickable::IGNORE,
        children![(
            NoticeText,
            Text::default(),
            TextFont::from_font_size(theme::UI_SIZE),
            TextColor(theme::TEXT.with_alpha(0.0)),
        )],
    ));
}

fn fade_notice(
    time: Res<Time>,
    mut moving: ResMut<Moving>,
    mut notice: ResMut<Notice>,
    assets: Option<Res<GameAssets>>,
    mut text: Single<(&mut Text, &mut TextFont, &mut TextColor), With<NoticeText>>,
    mut background: Single<&mut BackgroundColor, With<NoticeBox>>,
) {
    if notice.seconds_left <= 0.0 {
        return;
    }
    moving.now();
    let (words, font, colour) = &mut *text;
    if words.0 != notice.text {
        words.0 = notice.text.clone();
        // Set in the game's own type once it has loaded.
        if let Some(assets) = assets {
            font.font = (&assets.sans).into();
        }
    }
    let alpha = if notice.frames_hidden > 0 {
        notice.frames_hidden -= 1;
        0.0
    } else {
        notice.seconds_left = (notice.seconds_left - time.delta_secs()).max(0.0);
        notice.seconds_left.min(0.5) * 2.0
    };
    colour.0.set_alpha(alpha);
    background.0 = theme::PANEL.with_alpha(alpha * 0.9);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The notice's opacity after one more frame.
    fn notice_alpha(app: &mut App) -> f32 {
        app.update();
        let mut texts = app
            .world_mut()
            .query_filtered::<&TextColor, With<NoticeText>>();
        texts.single(app.world()).map_or(-1.0, |c| c.0.alpha())
    }

    /// A quick save's thumbnail is asked for in the frame it is made; its "Saved…"
    /// notice must not be in that picture.
    #[test]
    fn a_notice_shows_a_few_frames_after_it_is_said() {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .init_resource::<Moving>()
            .init_resource::<Notice>()
            .add_systems(Startup, spawn_notice)
            .add_systems(Update, fade_notice);
        assert_eq!(notice_alpha(&mut app), 0.0, "no notice yet");
        app.world_mut()
            .resource_mut::<Notice>()
            .say("Saved in Quick 1.");
        for frame in 0..NOTICE_FRAMES_HIDDEN {
            assert_eq!(
                notice_alpha(&mut app),
                0.0,
                "drawn {frame} frames after said"
            );
        }
        assert!(notice_alpha(&mut app) > 0.9, "not shown after the wait");
    }
}
