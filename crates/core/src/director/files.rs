//! Which files each part of the story needs, so the engine can load a chapter before
//! the reader reaches it and let go of the ones left behind.

use std::collections::{BTreeMap, BTreeSet};

use super::{Picture, look};
use crate::story::{Op, Story};

/// Every file a chapter's scenes name: the places it goes to and their ambience, every
/// layer of the expressions it shows (with the blinking eyes and speaking mouths), its
/// music, ambience and sounds, thunder (far and near) if it storms, and the rain heard
/// through walls if it rains.
pub fn chapter_files(story: &Story, chapter: usize) -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    let ops = story
        .scenes
        .iter()
        .filter(|s| s.chapter == chapter)
        .flat_map(|s| &s.ops);
    for op in ops {
        match op {
            Op::Place(place, _) => {
                if let Some(place) = story.places.get(place) {
                    files.insert(place.background.clone());
                    files.extend(named(&story.ambience, &place.ambience));
                }
            }
            Op::Picture(Some(id)) => {
                files.extend(story.pictures.get(id).map(|p| p.file.clone()));
            }
            // A cast member who comes on without an expression comes on neutral.
            Op::Show {
                who, expression, ..
            } => {
                let expression = expression.as_deref().unwrap_or(crate::story::NEUTRAL);
                files.extend(look_files(story, who, expression));
            }
            Op::Say {
                who,
                expression: Some(expression),
                ..
            } => files.extend(look_files(story, who, expression)),
            Op::Music(name) => files.extend(named(&story.music, name)),
            Op::Ambience(name) => files.extend(named(&story.ambience, name)),
            Op::Sfx(name) => files.extend(story.sounds.get(name).cloned()),
            Op::Weather { rain, thunder } => {
                if *thunder {
                    files.extend(named(&story.sounds, &story.thunder));
                    files.extend(named(&story.sounds, &story.thunder_near));
                }
                if *rain > 0.0 {
                    files.extend(named(&story.ambience, &story.rain));
                }
            }
            _ => {}
        }
    }
    files
}

/// Every layer file of one expression.
fn look_files(story: &Story, who: &str, expression: &str) -> Vec<String> {
    look(story, who, expression).map_or_else(Vec::new, |l| l.files().cloned().collect())
}

/// The files a picture shows and plays: what must be there before it is drawn.
pub fn picture_files(story: &Story, picture: &Picture) -> BTreeSet<String> {
    let mut files: BTreeSet<String> = picture
        .place
        .iter()
        .map(|place| place.background.clone())
        .chain(picture.event.iter().map(|(_, file)| file.clone()))
        .chain(
            picture
                .cast
                .iter()
                .flat_map(|actor| actor.look.files().cloned()),
        )
        .chain(picture.music.clone())
        .chain(picture.ambience.clone())
        .collect();
    if picture.thunder {
        files.extend(named(&story.sounds, &story.thunder));
        files.extend(named(&story.sounds, &story.thunder_near));
    }
    let indoors = picture
        .place
        .as_ref()
        .and_then(|shown| story.places.get(&shown.id))
        .is_some_and(|p| p.indoors);
    if indoors && picture.rain > 0.0 {
        files.extend(named(&story.ambience, &story.rain));
    }
    files
}

/// The file `name` plays, from one of the story's sound tables.
fn named(table: &BTreeMap<String, String>, name: &Option<String>) -> Option<String> {
    name.as_ref().and_then(|n| table.get(n)).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::director::{StartAt, screen_picture, snapshot, start_at};
    use crate::story::check_folder;

    fn shipped_story() -> Story {
        let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets");
        check_folder(&assets)
            .story
            .expect("the shipped story checks")
    }

    #[test]
    fn a_chapter_needs_every_layer_of_the_faces_it_shows() {
        let story = crate::story::tests::story_with(crate::story::tests::ONE).expect("valid");
        let files = chapter_files(&story, 0);
        for layer in [
            "rey/crossed.png",
            "rey/eyes_open.png",
            "rey/brows_angry.png",
            "rey/mouth_rest.png",
            "rey/eyes_closed.png",
            "rey/mouth_talk_1.png",
            "rey/mouth_talk_2.png",
        ] {
            assert!(files.contains(layer), "{layer}: {files:?}");
        }
        // Kylo is only heard in chapter one, and Rey's other body never shows.
        assert!(!files.contains("kylo/coat.png"));
        assert!(!files.contains("rey/staff.png"));
    }

    #[test]
    fn each_chapter_names_its_own_places_and_not_the_last_chapters() {
        let story = shipped_story();
        let first = chapter_files(&story, 0);
        let last = chapter_files(&story, story.chapters.len() - 1);
        let opening =
            start_at(&story, &StartAt::Scene(story.scenes[0].id.clone())).expect("the first scene");
        let picture = snapshot(&story, &opening);
        assert!(picture_files(&story, &picture).is_subset(&first));
        assert!(
            !last.is_subset(&first),
            "the last chapter needs nothing new"
        );
        assert!(first.len() < story.files().len() / 2, "{first:?}");
    }

    #[test]
    fn the_chapters_and_screens_together_need_every_file_the_story_has() {
        let story = shipped_story();
        let mut files: BTreeSet<String> = (0..story.chapters.len())
            .flat_map(|c| chapter_files(&story, c))
            .collect();
        files.extend(picture_files(
            &story,
            &screen_picture(&story, &story.title_screen),
        ));
        files.extend(picture_files(
            &story,
            &screen_picture(&story, &story.credits_screen),
        ));
        let all: BTreeSet<String> = story.files().into_iter().collect();
        assert!(files.is_subset(&all), "{:?}", files.difference(&all));
        // What no chapter needs can only be an expression the cast has but never shows.
        let unneeded: Vec<_> = all.difference(&files).collect();
        assert!(
            unneeded.iter().all(|f| f.starts_with("images/cast/")),
            "{unneeded:?}"
        );
    }
}
