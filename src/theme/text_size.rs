//! Reading text (lines, names, buttons, menus) follows the reader's text size.

use bevy::prelude::*;

use crate::settings::ReaderSettings;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, size_text.before(bevy::ui::UiSystems::Prepare));
}

/// The size a text was made at, before the reader's text size; `None` for display
/// titles, which keep theirs.
#[derive(Component)]
struct MadeAt(Option<f32>);

/// Text this large or smaller (in % of the window's height) is for reading, and grows
/// with the reader's text size; larger is a display title.
const READING_TEXT_MAX_VH: f32 = 4.0;

fn size_text(
    mut commands: Commands,
    settings: Res<ReaderSettings>,
    mut new: Query<(Entity, &mut TextFont), Without<MadeAt>>,
    mut known: Query<(&mut TextFont, &MadeAt)>,
) {
    let scale = settings.text_scale();
    for (entity, mut font) in &mut new {
        let made_at = match font.font_size {
            FontSize::Vh(vh) if vh <= READING_TEXT_MAX_VH => Some(vh),
            _ => None,
        };
        if let Some(vh) = made_at.filter(|_| scale != 1.0) {
            font.font_size = FontSize::Vh(vh * scale);
        }
        commands.entity(entity).insert(MadeAt(made_at));
    }
    if settings.is_changed() {
        for (mut font, made_at) in &mut known {
            if let MadeAt(Some(vh)) = made_at {
                font.set_if_neq(TextFont {
                    font_size: FontSize::Vh(vh * scale),
                    ..font.clone()
                });
            }
        }
    }
}
