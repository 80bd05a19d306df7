//! The one fade of the game: a [`Tween`] takes an entity's opacity (its sprite, its
//! background, its text or its [`Presence`]) to a target over some seconds, and can be
//! told to finish now. The curtain, dissolves, the cast coming and going and the
//! chapter card all use it.

use bevy::prelude::*;

use crate::session::{Busy, FinishNow};
use crate::stillness::Moving;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, run_tweens);
}

/// Takes the entity's opacity to `to` in `seconds`, from wherever it is when it starts.
#[derive(Component, Debug, Clone)]
pub struct Tween {
    from: Option<f32>,
    to: f32,
    seconds: f32,
    elapsed: f32,
    despawn_at_end: bool,
}

impl Tween {
    pub fn to(to: f32, seconds: f32) -> Self {
        Tween {
            from: None,
            to,
            seconds,
            elapsed: 0.0,
            despawn_at_end: false,
        }
    }

    /// The entity (and its children) goes when the tween ends.
    pub fn then_despawn(self) -> Self {
        Tween {
            despawn_at_end: true,
            ..self
        }
    }
}

/// An opacity that another system folds into its own colour (an actor's, whose colour
/// also carries the light and a hologram's flicker).
#[derive(Component, Debug, Clone, Copy, Default)]
pub struct Presence(pub f32);

/// The parts of an entity a tween may fade; it fades the first it finds, in the order
/// of [`opacity`].
type Faded = (
    Option<&'static mut Sprite>,
    Option<&'static mut BackgroundColor>,
    Option<&'static mut TextColor>,
    Option<&'static mut Presence>,
);
type FadedItem<'a> = (
    Option<Mut<'a, Sprite>>,
    Option<Mut<'a, BackgroundColor>>,
    Option<Mut<'a, TextColor>>,
    Option<Mut<'a, Presence>>,
);

// Text before background: every UI node has a (transparent) background, text too.
fn opacity((sprite, background, text, presence): &FadedItem) -> f32 {
    if let Some(p) = presence {
        p.0
    } else if let Some(s) = sprite {
        s.color.alpha()
    } else if let Some(t) = text {
        t.0.alpha()
    } else if let Some(b) = background {
        b.0.alpha()
    } else {
        0.0
    }
}

fn set_opacity((sprite, background, text, presence): &mut FadedItem, alpha: f32) {
    if let Some(p) = presence {
        p.0 = alpha;
    } else if let Some(s) = sprite {
        s.color.set_alpha(alpha);
    } else if let Some(t) = text {
        t.0.set_alpha(alpha);
    } else if let Some(b) = background {
        b.0.set_alpha(alpha);
    }
}

fn run_tweens(
    mut commands: Commands,
    time: Res<Time>,
    mut hurry: MessageReader<FinishNow>,
    mut tweens: Query<(Entity, &mut Tween, Faded)>,
    mut moving: ResMut<Moving>,
) {
    let finish_now = hurry.read().count() > 0;
    for (entity, mut tween, mut faded) in &mut tweens {
        moving.now();
        let from = *tween.from.get_or_insert(opacity(&faded));
        tween.elapsed += time.delta_secs();
        let t = if finish_now || tween.seconds <= 0.0 {
            1.0
        } else {
            (tween.elapsed / tween.seconds).min(1.0)
        };
        set_opacity(&mut faded, from + (tween.to - from) * t);
        if t >= 1.0 {
            if tween.despawn_at_end {
                commands.entity(entity).try_despawn();
            } else {
                commands.entity(entity).try_remove::<(Tween, Busy)>();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chapter card's words are UI text, which also has a (clear) background: the
    /// tween must bring up the words.
    #[test]
    fn a_tween_on_text_fades_the_words() {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .init_resource::<Moving>()
            .add_message::<FinishNow>()
            .add_plugins(plugin);
        let words = app
            .world_mut()
            .spawn((
                Text::new("Chapter One"),
                TextColor(Color::WHITE.with_alpha(0.0)),
                BackgroundColor(Color::NONE),
                Tween::to(1.0, 0.0),
            ))
            .id();
        app.update();
        let world = app.world();
        assert_eq!(
            world.get::<TextColor>(words).map(|c| c.0.alpha()),
            Some(1.0)
        );
        assert_eq!(
            world.get::<BackgroundColor>(words).map(|c| c.0.alpha()),
            Some(0.0)
        );
    }
}
