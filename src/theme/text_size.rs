//! Reading text (lines, names, buttons, menus) follows the reader's text size, and in a
//! portrait window every text made in `Vh` follows the window's width instead of its
//! height ([`WindowShape::text_height`]).

use bevy::prelude::*;

use super::shape::WindowShape;
use crate::settings::ReaderSettings;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, size_text.before(bevy::ui::UiSystems::Prepare));
}

/// The size a text was made at, in % of the window's height.
#[derive(Component, Clone, Copy)]
enum MadeAt {
    /// For reading: grows with the reader's text size.
    Reading(f32),
    /// A display title, which keeps its size.
    Display(f32),
    /// Made in pixels (or another unit): left as it is.
    Fixed,
}

/// Text this large or smaller (in % of the window's height) is for reading, and grows
/// with the reader's text size; larger is a display title.
const READING_TEXT_MAX_VH: f32 = 4.0;

impl MadeAt {
    fn of(size: FontSize) -> Self {
        match size {
            FontSize::Vh(vh) if vh <= READING_TEXT_MAX_VH => MadeAt::Reading(vh),
            FontSize::Vh(vh) => MadeAt::Display(vh),
            _ => MadeAt::Fixed,
        }
    }

    /// The size to show at text size `scale` in a window of `shape`.
    fn size(self, scale: f32, shape: WindowShape) -> Option<FontSize> {
        let vh = match self {
            MadeAt::Reading(vh) => vh * scale,
            MadeAt::Display(vh) => vh,
            MadeAt::Fixed => return None,
        };
        Some(if shape.portrait() {
            FontSize::Px(vh / 100.0 * shape.text_height())
        } else {
            FontSize::Vh(vh)
        })
    }
}

fn size_text(
    mut commands: Commands,
    settings: Res<ReaderSettings>,
    shape: Res<WindowShape>,
    mut new: Query<(Entity, &mut TextFont), Without<MadeAt>>,
    mut known: Query<(&mut TextFont, &MadeAt)>,
) {
    let scale = settings.text_scale();
    for (entity, mut font) in &mut new {
        let made_at = MadeAt::of(font.font_size);
        if let Some(size) = made_at.size(scale, *shape)
            && size != font.font_size
        {
            font.font_size = size;
        }
        commands.entity(entity).insert(made_at);
    }
    if settings.is_changed() || shape.is_changed() {
        for (mut font, made_at) in &mut known {
            if let Some(size) = made_at.size(scale, *shape) {
                font.set_if_neq(TextFont {
                    font_size: size,
                    ..font.clone()
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landscape_keeps_window_heights_and_portrait_follows_the_width() {
        let wide = WindowShape(Vec2::new(1280.0, 720.0));
        assert_eq!(
            MadeAt::Reading(3.0).size(1.5, wide),
            Some(FontSize::Vh(4.5))
        );
        assert_eq!(
            MadeAt::Display(6.0).size(1.5, wide),
            Some(FontSize::Vh(6.0))
        );
        // A 390-wide phone reads at a 1280x720 window's sizes.
        let phone = WindowShape(Vec2::new(390.0, 844.0));
        assert_eq!(
            MadeAt::Reading(5.0).size(1.0, phone),
            Some(FontSize::Px(36.0))
        );
        // A tablet too; a narrower phone in proportion.
        let tablet = WindowShape(Vec2::new(768.0, 1024.0));
        assert_eq!(
            MadeAt::Reading(5.0).size(1.0, tablet),
            Some(FontSize::Px(36.0))
        );
        let small = WindowShape(Vec2::new(195.0, 400.0));
        assert_eq!(
            MadeAt::Reading(5.0).size(1.0, small),
            Some(FontSize::Px(18.0))
        );
        assert_eq!(MadeAt::Fixed.size(1.5, phone), None);
    }
}
