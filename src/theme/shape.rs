//! The window's shape. A window taller than wide (a phone or tablet held upright) is
//! laid out in portrait: the stage's picture at the top at full width (its middle, taller
//! than the whole stage would be), the words in the space below it, menus in one column.
//! Wider windows keep the landscape layout.

use bevy::prelude::*;
use bevy::window::PrimaryWindow;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<WindowShape>()
        .add_systems(PreUpdate, follow_window)
        .add_systems(PostUpdate, orient.before(bevy::ui::UiSystems::Prepare));
}

/// The primary window's size in logical pixels, kept by [`follow_window`] (1280x720
/// until there is a window, as in the headless tests).
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct WindowShape(pub Vec2);

impl Default for WindowShape {
    fn default() -> Self {
        WindowShape(Vec2::new(1280.0, 720.0))
    }
}

/// How much of the 1920x1080 stage's width a portrait window shows: its middle, so the
/// picture is taller (on a phone, faces a player can read) than the whole 16:9 stage at
/// the window's width would be; the cast stands closer together to stay in it.
pub const UPRIGHT_STAGE_WIDTH: f32 = 1000.0;
const STAGE_HEIGHT: f32 = 1080.0;

/// A common phone's width: held upright it, and any wider window, reads at the text
/// sizes of a window [`READING_HEIGHT`] high.
const PHONE_WIDTH: f32 = 390.0;
/// A 1280x720 window's height.
const READING_HEIGHT: f32 = 720.0;

impl WindowShape {
    pub fn portrait(self) -> bool {
        self.0.y > self.0.x
    }

    /// How tall the stage's picture is drawn: the window's height in landscape (the
    /// picture is letterboxed in it); in portrait, where only the stage's middle
    /// [`UPRIGHT_STAGE_WIDTH`] shows at the window's width, that middle's height.
    pub fn picture_height(self) -> f32 {
        if self.portrait() {
            self.0.x * STAGE_HEIGHT / UPRIGHT_STAGE_WIDTH
        } else {
            self.0.y
        }
    }

    /// The height text sizes (`FontSize::Vh`) are taken from: the window's in
    /// landscape. In portrait that would make words too wide for the width, so there
    /// a phone or a tablet reads at a 1280x720 window's sizes, a narrower phone in
    /// proportion to its width.
    pub fn text_height(self) -> f32 {
        if self.portrait() {
            (self.0.x * READING_HEIGHT / PHONE_WIDTH)
                .min(READING_HEIGHT)
                .min(self.0.y)
        } else {
            self.0.y
        }
    }
}

fn follow_window(
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    mut shape: ResMut<WindowShape>,
) {
    let Some(window) = window else { return };
    let size = Vec2::new(window.width(), window.height());
    // A minimised window is 0x0: keep the last shape rather than lay out for nothing.
    if size.min_element() > 0.0 && shape.0 != size {
        shape.0 = size;
    }
}

/// A node laid out differently in portrait: the [`Node`] it is spawned with is its
/// landscape layout, this one its portrait layout. Turning the window swaps them whole,
/// so it is for nodes no system changes after they are spawned.
#[derive(Component, Clone)]
pub struct InPortrait(pub Node);

/// The landscape layout of an [`InPortrait`] node, kept while portrait shows.
#[derive(Component)]
struct InLandscape(Node);

fn orient(
    mut commands: Commands,
    shape: Res<WindowShape>,
    mut nodes: Query<(Entity, &mut Node, &InPortrait, Option<&InLandscape>)>,
    mut was_portrait: Local<bool>,
) {
    let portrait = shape.portrait();
    let turned = portrait != *was_portrait;
    *was_portrait = portrait;
    for (entity, mut node, InPortrait(upright), landscape) in &mut nodes {
        match landscape {
            None => {
                commands.entity(entity).insert(InLandscape(node.clone()));
                if portrait {
                    *node = upright.clone();
                }
            }
            Some(InLandscape(wide)) if turned => {
                *node = if portrait { upright } else { wide }.clone();
            }
            Some(_) => {}
        }
    }
}
