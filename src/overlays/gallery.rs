//! The gallery, from the title screen: a tile for each of the story's event pictures,
//! locked until the reader has seen it in any session. A seen tile opens the picture
//! full screen; Left and Right (a click, the d-pad) go through the seen ones, Esc (a
//! right click, B) goes back to the tiles, and again to the title.

use bevy::prelude::*;

use crate::assets::{self, GameAssets, LoadedStory};
use crate::input::{Action, Actions};
use crate::progress::Progress;
use crate::session::Overlay;
use crate::theme;
use crate::theme::widgets::{self, Activate, Menu, MenuFocus};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Overlay::Gallery), open)
        .add_systems(OnExit(Overlay::Gallery), |mut commands: Commands| {
            commands.remove_resource::<Viewing>();
        })
        .add_systems(Update, keys.run_if(in_state(Overlay::Gallery)));
}

/// How many tiles a row holds.
const COLUMNS: usize = 3;

/// The tiles: each picture's id, file and title, and whether the reader has seen it.
#[derive(Resource, Debug, Clone)]
pub struct Tiles(pub Vec<Tile>);

#[derive(Debug, Clone)]
pub struct Tile {
    pub id: String,
    pub file: String,
    pub title: String,
    pub seen: bool,
}

/// The picture open full screen (an index into [`Tiles`]), and its entity.
#[derive(Resource, Debug)]
pub struct Viewing {
    pub index: usize,
    entity: Entity,
    /// Opened this frame: the key that opened it must not also turn the page.
    fresh: bool,
}

fn open(
    mut commands: Commands,
    assets: Res<GameAssets>,
    server: Res<AssetServer>,
    story: LoadedStory,
    progress: Res<Progress>,
) {
    let tiles: Vec<Tile> = story.get().map_or_else(Vec::new, |loaded| {
        let story = &loaded.story;
        story
            .gallery()
            .into_iter()
            .filter_map(|id| {
                let picture = story.pictures.get(id)?;
                Some(Tile {
                    id: id.to_string(),
                    file: picture.file.clone(),
                    title: picture.title.clone(),
                    seen: progress.pictures.contains(id),
                })
            })
            .collect()
    });
    let seen = tiles.iter().filter(|t| t.seen).count();
    commands.insert_resource(MenuFocus::on(Menu::Gallery));
    commands
        .spawn((
            Name::new("Gallery"),
            DespawnOnExit(Overlay::Gallery),
            theme::screen_column(vh(1.5)),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            theme::layer::OVERLAY,
        ))
        .with_children(|column| {
            column.spawn((
                Text::new("Gallery"),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(6.0)),
                TextColor(theme::TEXT),
            ));
            column.spawn((
                Text::new(format!("{seen} of {} moments found", tiles.len())),
                TextFont::from(&assets.serif_italic).with_font_size(theme::UI_SIZE),
                TextColor(theme::NARRATION),
            ));
            let grid = Node {
                display: Display::Grid,
                grid_template_columns: RepeatedGridTrack::auto(COLUMNS as u16),
                column_gap: vw(1.5),
                row_gap: vh(1.5),
                margin: UiRect::vertical(vh(1.5)),
                ..default()
            };
            column
                .spawn((
                    // Upright, two tiles a row.
                    theme::InPortrait(Node {
                        grid_template_columns: RepeatedGridTrack::flex(2, 1.0),
                        column_gap: vw(3.0),
                        row_gap: vh(1.0),
                        width: percent(100),
                        ..grid.clone()
                    }),
                    grid,
                ))
                .with_children(|grid| {
                    for (i, tile) in tiles.iter().enumerate() {
                        spawn_tile(grid, &assets, &server, tile, i);
                    }
                });
            column
                .spawn(widgets::button(&assets, "Back", Menu::Gallery, tiles.len()))
                .observe(|_: On<Activate>, mut overlay: ResMut<NextState<Overlay>>| {
                    overlay.set(Overlay::None);
                });
        });
    commands.insert_resource(Tiles(tiles));
}

/// A tile: the picture small, with its title; or a locked tile that says so.
fn spawn_tile(
    grid: &mut ChildSpawnerCommands,
    assets: &GameAssets,
    server: &AssetServer,
    tile: &Tile,
    index: usize,
) {
    let title = if tile.seen {
        tile.title.clone()
    } else {
        "Not found yet".to_string()
    };
    grid.spawn((
        Button,
        widgets::MenuItem {
            menu: Menu::Gallery,
            index,
        },
        Name::new(format!("Gallery tile {}", tile.id)),
        Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(6)),
            row_gap: px(6),
            border_radius: BorderRadius::all(px(8)),
            ..default()
        },
        BackgroundColor(theme::BUTTON),
        AccessibleLabel::new(title.clone()),
    ))
    .observe(open_picture)
    .with_children(|button| {
        let mut frame = button.spawn((
            Node {
                // 16:9, a fifth of the window's width.
                width: vw(20.0),
                height: vw(11.25),
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                ..default()
            },
            // Upright, as wide as the tile.
            theme::InPortrait(Node {
                width: percent(100),
                aspect_ratio: Some(16.0 / 9.0),
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                ..default()
            }),
            BackgroundColor(theme::OVERLAY_BACKDROP),
            Pickable::IGNORE,
        ));
        if tile.seen {
            frame.insert(ImageNode::new(assets::picture(server, &tile.file)));
        } else {
            frame.with_child((
                Text::new("?"),
                TextFont::from(&assets.serif).with_font_size(FontSize::Vh(6.0)),
                TextColor(theme::NARRATION),
                Pickable::IGNORE,
            ));
        }
        button.spawn((
            Text::new(title),
            TextLayout::justify(Justify::Center),
            TextFont::from(&assets.sans).with_font_size(FontSize::Vh(2.2)),
            TextColor(if tile.seen {
                theme::TEXT
            } else {
                theme::NARRATION
            }),
            Pickable::IGNORE,
        ));
    });
}

/// A seen tile opens its picture full screen; a locked one stays shut.
fn open_picture(
    activate: On<Activate>,
    mut commands: Commands,
    items: Query<&widgets::MenuItem>,
    tiles: Res<Tiles>,
    assets: Res<GameAssets>,
    server: Res<AssetServer>,
) {
    let Ok(item) = items.get(activate.entity) else {
        return;
    };
    if tiles.0.get(item.index).is_some_and(|t| t.seen) {
        show_full(&mut commands, &tiles, item.index, &assets, &server);
    }
}

fn show_full(
    commands: &mut Commands,
    tiles: &Tiles,
    index: usize,
    assets: &GameAssets,
    server: &AssetServer,
) {
    let Some(tile) = tiles.0.get(index) else {
        return;
    };
    let seen = tiles.0.iter().filter(|t| t.seen).count();
    let place = tiles.0.iter().take(index + 1).filter(|t| t.seen).count();
    // The tiles' keys rest while the picture is open.
    commands.remove_resource::<MenuFocus>();
    let entity = commands
        .spawn((
            Name::new("Gallery picture"),
            DespawnOnExit(Overlay::Gallery),
            theme::full_screen(),
            BackgroundColor(Color::BLACK),
            theme::layer::QUESTION,
            children![(
                Node {
                    width: percent(100),
                    height: percent(100),
                    align_items: AlignItems::End,
                    justify_content: JustifyContent::Center,
                    ..default()
                },
                ImageNode::new(assets::picture(server, &tile.file)),
                AccessibleLabel::new(tile.title.clone()),
                children![(
                    Text::new(format!(
                        "{}   {place} of {seen}   (Left, Right: more   Esc: back)",
                        tile.title
                    )),
                    TextFont::from(&assets.sans).with_font_size(FontSize::Vh(2.2)),
                    TextColor(theme::TEXT),
                    Node {
                        margin: UiRect::bottom(vh(2.0)),
                        padding: UiRect::axes(px(14), px(6)),
                        border_radius: BorderRadius::all(px(8)),
                        ..default()
                    },
                    BackgroundColor(theme::PANEL),
                )],
            )],
        ))
        .id();
    commands.insert_resource(Viewing {
        index,
        entity,
        fresh: true,
    });
}

/// With a picture open: Left and Right (or a click) go to the previous or next seen
/// picture, round; Esc closes it. With the tiles: Left and Right move the light, Esc
/// goes back to the title.
fn keys(
    mut commands: Commands,
    actions: Res<Actions>,
    viewing: Option<ResMut<Viewing>>,
    tiles: Option<Res<Tiles>>,
    focus: Option<ResMut<MenuFocus>>,
    assets: Res<GameAssets>,
    server: Res<AssetServer>,
    mut overlay: ResMut<NextState<Overlay>>,
) {
    let Some(tiles) = tiles else { return };
    if let Some(mut viewing) = viewing {
        if std::mem::take(&mut viewing.fresh) {
            return;
        }
        if actions.did(Action::Cancel) {
            commands.entity(viewing.entity).despawn();
            commands.remove_resource::<Viewing>();
            commands.insert_resource(MenuFocus {
                menu: Menu::Gallery,
                index: viewing.index,
            });
            return;
        }
        let step = if actions.did(Action::Left) || actions.did(Action::Up) {
            Some(false)
        } else if actions.did(Action::Right)
            || actions.did(Action::Down)
            || actions.did(Action::Advance)
        {
            Some(true)
        } else {
            None
        };
        if let Some(forward) = step
            && let Some(next) = next_seen(&tiles.0, viewing.index, forward)
        {
            commands.entity(viewing.entity).despawn();
            show_full(&mut commands, &tiles, next, &assets, &server);
        }
        return;
    }
    if actions.did(Action::Cancel) {
        overlay.set(Overlay::None);
        return;
    }
    if let Some(mut focus) = focus {
        let count = tiles.0.len() + 1;
        if actions.did(Action::Right) {
            focus.index = (focus.index + 1) % count;
        }
        if actions.did(Action::Left) {
            focus.index = (focus.index + count - 1) % count;
        }
    }
}

/// The next (or previous) seen tile after `from`, going round.
fn next_seen(tiles: &[Tile], from: usize, forward: bool) -> Option<usize> {
    let count = tiles.len();
    (1..=count)
        .map(|step| {
            if forward {
                (from + step) % count
            } else {
                (from + count - step % count) % count
            }
        })
        .find(|&i| tiles.get(i).is_some_and(|t| t.seen))
}
