//! Parsing and checking: RON text in, a [`Story`] whose every name resolves out.
//! Every error names the file, line and column, and says what was expected.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::DeserializeOwned;

use super::model::{CastEntry, ChoiceOption, Manifest, SceneFile, ScreenEntry, Step};
use super::scan::{Node, Pos, scan};
use super::text;
use super::{
    At, Captions, Cast, ChoiceOp, EYES_CLOSED, EventPicture, FaceBox, Location, MAX_TILT, Next, Op,
    Place, Scene, ScreenSetting, Story, TALK_MOUTHS,
};

/// A mistake in a story file, pointing at where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for StoryError {}

/// All the mistakes found in one go, so a writer can fix them together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryErrors(pub Vec<StoryError>);

impl fmt::Display for StoryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for StoryErrors {}

/// A story file's path (relative to `assets/`) and text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub text: String,
}

impl Source {
    /// A file read as bytes.
    pub fn from_bytes(path: &str, bytes: &[u8]) -> Source {
        Source {
            path: path.to_string(),
            text: String::from_utf8_lossy(bytes).into_owned(),
        }
    }
}

/// What [`check`] found: the story when it has no errors, every error, and every
/// warning (legal, but likely a mistake).
#[derive(Debug, Clone)]
pub struct Checked {
    pub story: Option<Story>,
    pub errors: Vec<StoryError>,
    pub warnings: Vec<StoryError>,
}

/// The longest pause a `Wait` may ask for. Longer looks like the game has frozen.
pub const MAX_WAIT_SECONDS: f32 = 60.0;

/// The most characters a line may have and still fit the dialogue box at the largest
/// text size: the box holds about five lines of about 66 characters there.
pub const MAX_LINE_CHARS: usize = 330;

fn error_at(file: &str, at: Pos, message: String) -> StoryError {
    StoryError {
        file: file.to_string(),
        line: at.line,
        column: at.column,
        message,
    }
}

fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, StoryError> {
    if let Some((at, message)) = text::before_parsing(text) {
        return Err(error_at(file, at, message));
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| {
            let at = Pos {
                line: e.span.start.line,
                column: e.span.start.col,
            };
            match text::relocate(text, &e.code, at) {
                Some((at, message)) => error_at(file, at, message),
                None => error_at(file, at, parse_message(&e.code)),
            }
        })
}

/// The parser's message, with the nearest valid name where a writer misspelt one. The
/// parser's own words come first (tests and writers may already know them).
fn parse_message(code: &ron::Error) -> String {
    let text = code.to_string();
    let (found, expected) = match code {
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        }
        | ron::Error::NoSuchStructField {
            expected, found, ..
        } => (found, expected),
        _ => return text,
    };
    let what = text.split(", expected").next().unwrap_or(&text);
    let hint = nearest(found, expected)
        .map(|n| format!("did you mean `{n}`? "))
        .unwrap_or_default();
    format!("{what}: {hint}expected one of {}", expected.join(", "))
}

pub fn parse_manifest(source: &Source) -> Result<Manifest, StoryError> {
    parse(&source.path, &source.text)
}

/// One scene file's shape, unchecked (names are resolved by [`build`]).
pub fn parse_scene(source: &Source) -> Result<SceneFile, StoryError> {
    parse(&source.path, &source.text)
}

/// Parses and checks the manifest and every scene file it lists.
/// `scenes` holds the scene files that could be read; a listed file missing from it is
/// reported as unreadable. The same as [`check`], without the warnings.
pub fn build(manifest: &Source, scenes: &[Source]) -> Result<Story, StoryErrors> {
    let checked = check(manifest, scenes);
    match checked.story {
        Some(story) if checked.errors.is_empty() => Ok(story),
        _ => Err(StoryErrors(checked.errors)),
    }
}

/// Errors and warnings in one slot each, filled as the files are read.
#[derive(Default)]
struct Report {
    errors: Vec<StoryError>,
    warnings: Vec<StoryError>,
}

impl Report {
    fn error(&mut self, file: &str, at: Pos, message: String) {
        self.errors.push(error_at(file, at, message));
    }

    fn warn(&mut self, file: &str, at: Pos, message: String) {
        self.warnings.push(error_at(file, at, message));
    }
}

/// Parses and checks the manifest and every scene file it lists, as [`build`] does,
/// and also looks for what is legal but likely a mistake.
pub fn check(manifest: &Source, scenes: &[Source]) -> Checked {
    let parsed = match parse_manifest(manifest) {
        Ok(parsed) => parsed,
        Err(e) => {
            return Checked {
                story: None,
                errors: vec![e],
                warnings: Vec::new(),
            };
        }
    };
    let mut report = Report::default();
    let root = scan(&manifest.text);
    let root = root.as_ref().unwrap_or(Node::empty());
    given_twice(&manifest.path, &manifest.text, root, &mut report);
    let mut story = check_manifest(&parsed, &manifest.path, root, &mut report);

    // Parse every scene first: jumps may point forwards.
    let mut files = Vec::new();
    let mut scene_ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut listed = BTreeSet::new();
    let chapter_nodes = root.field("chapters").unwrap_or(root);
    for (chapter, entry) in parsed.chapters.iter().enumerate() {
        let list = chapter_nodes
            .item(chapter)
            .and_then(|c| c.arg("scenes", 1))
            .unwrap_or(chapter_nodes);
        for (k, path) in entry.scenes.iter().enumerate() {
            let at = list.item(k).unwrap_or(list).at;
            if let Err(why) = check_asset_path(path) {
                report.error(&manifest.path, at, why);
                continue;
            }
            if !listed.insert(path.as_str()) {
                report.error(
                    &manifest.path,
                    at,
                    format!("`{path}` is listed twice: expected each scene file once"),
                );
                continue;
            }
            let Some(source) = scenes.iter().find(|s| &s.path == path) else {
                report.error(
                    &manifest.path,
                    at,
                    format!("cannot read the scene file `{path}`"),
                );
                continue;
            };
            match parse::<SceneFile>(path, &source.text) {
                Ok(file) => {
                    let node = scan(&source.text).unwrap_or_else(|| Node::empty().clone());
                    given_twice(path, &source.text, &node, &mut report);
                    let id_at = node.field("id").unwrap_or(&node).at;
                    if file.id.trim().is_empty() {
                        report.warn(
                            path,
                            id_at,
                            "an empty scene id: expected a name for `Jump` to use".to_string(),
                        );
                    }
                    if scene_ids.contains_key(&file.id) {
                        report.error(
                            path,
                            id_at,
                            format!(
                                "duplicate scene id `{}`: expected an id no other scene uses",
                                file.id
                            ),
                        );
                    } else {
                        scene_ids.insert(file.id.clone(), files.len());
                    }
                    files.push((chapter, source, file, node));
                }
                Err(e) => report.errors.push(e),
            }
        }
    }

    let mut usage = Usage::default();
    let mut places = Vec::new();
    for (chapter, source, file, node) in files {
        let steps = node.field("steps").unwrap_or(&node).elements();
        let mut compiler = SceneCompiler {
            story: &story,
            scene_ids: &scene_ids,
            file: &source.path,
            ops: Vec::new(),
            at: Vec::new(),
            options_at: BTreeMap::new(),
            said_at: BTreeMap::new(),
            report: &mut report,
            usage: &mut usage,
        };
        compiler.steps(&file.steps, steps, node.at);
        unseen_speakers(
            &story,
            &compiler.ops,
            &compiler.said_at,
            &source.path,
            compiler.report,
        );
        let (ops, at, options_at) = (compiler.ops, compiler.at, compiler.options_at);
        places.push(ScenePlaces {
            id: node.field("id").unwrap_or(&node).at,
            ops: at,
            options: options_at,
        });
        story.scenes.push(Scene {
            id: file.id,
            title: file.title,
            chapter,
            file: source.path.clone(),
            ops,
        });
    }

    if report.errors.is_empty() {
        whole_story_warnings(&story, &places, &usage, &mut report);
    }
    Checked {
        story: report.errors.is_empty().then_some(story),
        errors: report.errors,
        warnings: report.warnings,
    }
}

/// A map key written twice: RON would keep the last one and drop the first silently.
fn given_twice(file: &str, text: &str, root: &Node, report: &mut Report) {
    for (at, first, key) in text::duplicate_keys(text, root) {
        report.error(
            file,
            at,
            format!(
                "{key} is given twice in this map (first at line {}, column {}): expected each key once",
                first.line, first.column
            ),
        );
    }
}

/// Warns where a cast member speaks with `Say` while not on stage on some way to the
/// line: a line from someone unseen reads as if someone else said it, unless it is
/// written as a `Voice`. Each scene starts with an empty stage.
fn unseen_speakers(
    story: &Story,
    ops: &[Op],
    said_at: &BTreeMap<usize, Pos>,
    file: &str,
    report: &mut Report,
) {
    // Who is surely on stage before each op (on every way to it within the scene);
    // `None` where no way reaches yet.
    let mut before: Vec<Option<BTreeSet<&str>>> = vec![None; ops.len() + 1];
    if let Some(first) = before.first_mut() {
        *first = Some(BTreeSet::new());
    }
    let mut todo = vec![0usize];
    while let Some(i) = todo.pop() {
        let Some(Some(on)) = before.get(i).cloned() else {
            continue;
        };
        let Some(op) = ops.get(i) else { continue };
        let mut after = on;
        let next: Vec<usize> = match op {
            Op::Show { who, .. } => {
                after.insert(who);
                vec![i + 1]
            }
            Op::Hide(who) => {
                after.remove(who.as_str());
                vec![i + 1]
            }
            Op::Choice(options) => options.iter().map(|o| o.at).collect(),
            Op::Unless(_, else_at) => vec![i + 1, *else_at],
            Op::Goto(at) => vec![*at],
            Op::Jump(_) => Vec::new(),
            _ => vec![i + 1],
        };
        for n in next {
            let Some(slot) = before.get_mut(n) else {
                continue;
            };
            let merged = match slot {
                None => after.clone(),
                Some(old) => old.intersection(&after).copied().collect(),
            };
            if slot.as_ref() != Some(&merged) {
                *slot = Some(merged);
                todo.push(n);
            }
        }
    }
    for (i, op) in ops.iter().enumerate() {
        if let (
            Op::Say {
                who,
                offstage: false,
                ..
            },
            Some(Some(on)),
            Some(at),
        ) = (op, before.get(i), said_at.get(&i))
            && !on.contains(who.as_str())
            // An unknown name is already an error there.
            && story.cast.contains_key(who)
        {
            report.warn(
                file,
                *at,
                format!(
                    "`{who}` speaks but is not on stage here: expected a `Show(\"{who}\", ...)` before the line, or `Voice(\"{who}\", ...)` for a voice from off stage"
                ),
            );
        }
    }
}

/// Why a path a story file names is not allowed, if it isn't: every file the story
/// names must stay inside `assets/`, and Bevy's asset paths give `:` and `#` meanings
/// of their own (some such strings make it panic).
pub fn check_asset_path(path: &str) -> Result<(), String> {
    let why = if path.trim().is_empty() {
        "is empty"
    } else if path.contains('\\') {
        "has a backslash"
    } else if path.starts_with('/') {
        "is absolute"
    } else if path.contains(':') {
        "names a drive or a URL"
    } else if path.contains('#') {
        "has a `#`"
    } else if path.split('/').any(|part| part == "..") {
        "climbs out of assets/ with `..`"
    } else if path.split('/').any(|part| part.is_empty() || part == ".") {
        "has an empty or `.` part"
    } else if path.chars().any(char::is_control) {
        "has a control character"
    } else {
        return Ok(());
    };
    Err(format!(
        "the path `{path}` {why}: expected a path inside assets/ with `/` between folders, such as \"images/places/lake.png\""
    ))
}

fn check_manifest(m: &Manifest, file: &str, root: &Node, report: &mut Report) -> Story {
    let mut mentions: BTreeMap<String, Location> = BTreeMap::new();
    let mut path = |report: &mut Report, path: &str, node: &Node| {
        if let Err(why) = check_asset_path(path) {
            report.error(file, node.at, why);
        }
        mentions.entry(path.to_string()).or_insert(Location {
            file: file.to_string(),
            line: node.at.line,
            column: node.at.column,
        });
    };

    let table = root.field("cast").unwrap_or(root);
    let mut cast = BTreeMap::new();
    for (id, entry) in &m.cast {
        let (key, node) = table.entry(id).unwrap_or((table, table));
        if id.trim().is_empty() {
            report.warn(file, key.at, empty("cast id"));
        }
        if entry.name.trim().is_empty() {
            let at = node.field("name").unwrap_or(node).at;
            report.warn(file, at, empty(&format!("name plate for `{id}`")));
        }
        let colour = parse_colour(&entry.colour).unwrap_or_else(|| {
            let at = node.field("colour").unwrap_or(node).at;
            report.error(
                file,
                at,
                format!(
                    "bad colour `{}` for `{id}`: expected \"#rrggbb\"",
                    entry.colour
                ),
            );
            [255, 255, 255]
        });
        if !entry.expressions.contains_key(super::NEUTRAL) {
            report.error(
                file,
                key.at,
                format!("`{id}` has no `neutral` expression: expected one"),
            );
        }
        check_layers(id, entry, node, file, report, &mut path);
        cast.insert(
            id.clone(),
            Cast {
                name: entry.name.clone(),
                colour,
                bodies: entry.bodies.clone(),
                face: entry.face,
                parts: entry.parts.clone(),
                one_sided: entry.one_sided.iter().cloned().collect(),
                facing_left: entry.facing_left.clone(),
                expressions: entry.expressions.clone(),
                hologram: entry.hologram,
                seated: entry.seated.clone(),
                leaning: entry.leaning.clone(),
                lying: entry.lying.iter().cloned().collect(),
                glows: entry.glows.clone(),
                heads: entry.heads.clone(),
                head: entry.head.unwrap_or(FaceBox {
                    x: 0,
                    y: 0,
                    width: 0,
                    height: 0,
                }),
                pivot: entry.pivot.unwrap_or(entry.face.default_pivot()),
            },
        );
    }

    let table = root.field("places").unwrap_or(root);
    let mut places = BTreeMap::new();
    for (id, entry) in &m.places {
        let (key, node) = table.entry(id).unwrap_or((table, table));
        if id.trim().is_empty() {
            report.warn(file, key.at, empty("place id"));
        }
        path(
            report,
            &entry.background,
            node.field("background").unwrap_or(node),
        );
        if let Some(a) = &entry.ambience
            && !m.ambience.contains_key(a)
        {
            let at = node.field("ambience").unwrap_or(node).at;
            report.error(file, at, unknown("ambience", a, m.ambience.keys()));
        }
        let light = match &entry.light {
            None => [255, 255, 255],
            Some(hex) => parse_colour(hex).unwrap_or_else(|| {
                let at = node.field("light").unwrap_or(node).at;
                report.error(
                    file,
                    at,
                    format!("bad light `{hex}` for `{id}`: expected \"#rrggbb\""),
                );
                [255, 255, 255]
            }),
        };
        // A variant (`Place("medbay:bed", Dissolve)`) is the same place in another
        // picture: its light and ambience, its own background.
        let variants = node.field("variants").unwrap_or(node);
        for (name, background) in &entry.variants {
            let (_, at) = variants.entry(name).unwrap_or((variants, variants));
            path(report, background, at);
            let place = Place {
                background: background.clone(),
                light,
                indoors: entry.indoors,
                ambience: entry.ambience.clone(),
            };
            places.insert(format!("{id}:{name}"), place);
        }
        places.insert(
            id.clone(),
            Place {
                background: entry.background.clone(),
                light,
                indoors: entry.indoors,
                ambience: entry.ambience.clone(),
            },
        );
    }

    let table = root.field("pictures").unwrap_or(root);
    let mut pictures = BTreeMap::new();
    for (id, entry) in &m.pictures {
        let (key, node) = table.entry(id).unwrap_or((table, table));
        if id.trim().is_empty() || id.contains(':') {
            report.error(
                file,
                key.at,
                format!(
                    "picture id `{id}`: expected a name without `:` (variants go in `variants`)"
                ),
            );
        }
        if entry.title.trim().is_empty() {
            let at = node.field("title").unwrap_or(node).at;
            report.warn(file, at, empty(&format!("gallery title for `{id}`")));
        }
        path(report, &entry.file, node.field("file").unwrap_or(node));
        // A variant (`Picture("kiss:she_reaches")`) is the same moment painted
        // another way: the same title, its own file.
        let variants = node.field("variants").unwrap_or(node);
        for (name, picture) in &entry.variants {
            let (_, at) = variants.entry(name).unwrap_or((variants, variants));
            path(report, picture, at);
            let variant = EventPicture {
                file: picture.clone(),
                title: entry.title.clone(),
            };
            pictures.insert(format!("{id}:{name}"), variant);
        }
        pictures.insert(
            id.clone(),
            EventPicture {
                file: entry.file.clone(),
                title: entry.title.clone(),
            },
        );
    }

    for (kind, files) in [
        ("music", &m.music),
        ("ambience", &m.ambience),
        ("sounds", &m.sounds),
    ] {
        let table = root.field(kind).unwrap_or(root);
        for (name, sound) in files {
            let (key, node) = table.entry(name).unwrap_or((table, table));
            if name.trim().is_empty() {
                report.warn(file, key.at, empty(&format!("name in `{kind}`")));
            }
            path(report, sound, node);
        }
    }

    if m.chapters.is_empty() {
        let at = root.field("chapters").unwrap_or(root).at;
        report.error(file, at, "no chapters: expected at least one".to_string());
    }

    let screens = root.field("screens").unwrap_or(root);
    let mut screen = |name: &str, entry: &ScreenEntry, report: &mut Report| {
        let node = screens.field(name).unwrap_or(screens);
        if let Some(background) = &entry.background {
            path(report, background, node.field("background").unwrap_or(node));
        }
        for (kind, name, table) in [
            ("music", &entry.music, &m.music),
            ("ambience", &entry.ambience, &m.ambience),
        ] {
            if let Some(name) = name
                && !table.contains_key(name)
            {
                let at = node.field(kind).unwrap_or(node).at;
                report.error(file, at, unknown(kind, name, table.keys()));
            }
        }
        if !(0.0..=1.0).contains(&entry.rain) {
            let at = node.field("rain").unwrap_or(node).at;
            report.error(
                file,
                at,
                format!("rain is {}: expected a number from 0.0 to 1.0", entry.rain),
            );
        }
        ScreenSetting {
            background: entry.background.clone(),
            music: entry.music.clone(),
            ambience: entry.ambience.clone(),
            rain: entry.rain.clamp(0.0, 1.0),
        }
    };
    let title_screen = screen("title", &m.screens.title, report);
    let credits_screen = screen("credits", &m.screens.credits, report);
    for (field, name, kind, table) in [
        ("thunder", &m.thunder, "sound", &m.sounds),
        ("thunder_near", &m.thunder_near, "sound", &m.sounds),
        ("rain", &m.rain, "ambience", &m.ambience),
    ] {
        if let Some(name) = name
            && !table.contains_key(name)
        {
            let at = root.field(field).unwrap_or(root).at;
            report.error(file, at, unknown(kind, name, table.keys()));
        }
    }
    let captions_node = root.field("captions").unwrap_or(root);
    for (kind, captions, table) in [
        ("music", &m.captions.music, &m.music),
        ("ambience", &m.captions.ambience, &m.ambience),
        ("sounds", &m.captions.sounds, &m.sounds),
    ] {
        let node = captions_node.field(kind).unwrap_or(captions_node);
        for (name, caption) in captions {
            let (key, value) = node.entry(name).unwrap_or((node, node));
            if !table.contains_key(name) {
                let what = if kind == "sounds" { "sound" } else { kind };
                report.error(file, key.at, unknown(what, name, table.keys()));
            }
            if caption.trim().is_empty() {
                report.warn(
                    file,
                    value.at,
                    format!("an empty caption for `{name}`: expected a few words"),
                );
            }
        }
    }

    Story {
        title: m.title.clone(),
        cast,
        places,
        pictures,
        music: m.music.clone(),
        ambience: m.ambience.clone(),
        sounds: m.sounds.clone(),
        chapters: m.chapters.iter().map(|c| c.title.clone()).collect(),
        scenes: Vec::new(),
        title_screen,
        credits_screen,
        thunder: m.thunder.clone(),
        thunder_near: m.thunder_near.clone(),
        rain: m.rain.clone(),
        captions: Captions {
            music: m.captions.music.clone(),
            ambience: m.captions.ambience.clone(),
            sounds: m.captions.sounds.clone(),
        },
        mentions,
    }
}

/// A cast member's layers: every file a body or part names, the parts blinking and
/// speaking need, and every name an expression, `one_sided` or `seated` uses, each at
/// the string that is wrong.
fn check_layers(
    id: &str,
    entry: &CastEntry,
    node: &Node,
    file: &str,
    report: &mut Report,
    path: &mut impl FnMut(&mut Report, &str, &Node),
) {
    for (field, table) in [
        ("bodies", &entry.bodies),
        ("heads", &entry.heads),
        ("glows", &entry.glows),
        ("parts", &entry.parts),
        ("facing_left", &entry.facing_left),
    ] {
        let written = node.field(field).unwrap_or(node);
        for (name, image) in table {
            let (key, at) = written.entry(name).unwrap_or((written, written));
            if name.trim().is_empty() {
                report.warn(file, key.at, empty(&format!("name in `{field}` of `{id}`")));
            }
            path(report, image, at);
        }
    }
    if entry.bodies.is_empty() {
        let at = node.field("bodies").unwrap_or(node).at;
        report.error(
            file,
            at,
            format!("`{id}` has no bodies: expected at least one"),
        );
    }
    let parts_at = node.field("parts").unwrap_or(node).at;
    for (part, used_for) in [
        (EYES_CLOSED, "blinking and sleep use it"),
        (TALK_MOUTHS[0], "speaking uses it"),
        (TALK_MOUTHS[1], "speaking uses it"),
    ] {
        if !entry.parts.contains_key(part) {
            report.error(
                file,
                parts_at,
                format!("`{id}` has no `{part}` part: expected one ({used_for})"),
            );
        }
    }
    if entry.face.width == 0 || entry.face.height == 0 {
        let at = node.field("face").unwrap_or(node).at;
        report.error(
            file,
            at,
            format!("the face box of `{id}` is empty: expected a width and a height in the body's pixels"),
        );
    }
    let part_kind = format!("face part for `{id}`");
    let one_sided = node.field("one_sided").unwrap_or(node);
    for (k, part) in entry.one_sided.iter().enumerate() {
        if !entry.parts.contains_key(part) {
            let at = one_sided.item(k).unwrap_or(one_sided).at;
            report.error(file, at, unknown(&part_kind, part, entry.parts.keys()));
        }
    }
    let facing_left = node.field("facing_left").unwrap_or(node);
    for part in entry.facing_left.keys() {
        if !entry.one_sided.contains(part) {
            let (key, _) = facing_left
                .entry(part)
                .unwrap_or((facing_left, facing_left));
            let message = unknown(
                &format!("one-sided part for `{id}`"),
                part,
                entry.one_sided.iter(),
            );
            report.error(file, key.at, message);
        }
    }
    for (field, bodies) in [("seated", &entry.seated), ("leaning", &entry.leaning)] {
        let listed = node.field(field).unwrap_or(node);
        for body in bodies.keys() {
            if !entry.bodies.contains_key(body) {
                let (key, _) = listed.entry(body).unwrap_or((listed, listed));
                let message = unknown(
                    &format!("{field} body for `{id}`"),
                    body,
                    entry.bodies.keys(),
                );
                report.error(file, key.at, message);
            }
        }
    }
    let lying = node.field("lying").unwrap_or(node);
    for (k, body) in entry.lying.iter().enumerate() {
        if !entry.bodies.contains_key(body) {
            let at = lying.item(k).unwrap_or(lying).at;
            let message = unknown(&format!("lying body for `{id}`"), body, entry.bodies.keys());
            report.error(file, at, message);
        }
    }
    let glows = node.field("glows").unwrap_or(node);
    for body in entry.glows.keys() {
        if !entry.bodies.contains_key(body) {
            let (key, _) = glows.entry(body).unwrap_or((glows, glows));
            let message = unknown(
                &format!("body for `{id}`'s glow"),
                body,
                entry.bodies.keys(),
            );
            report.error(file, key.at, message);
        }
    }
    let heads = node.field("heads").unwrap_or(node);
    for body in entry.heads.keys() {
        if !entry.bodies.contains_key(body) {
            let (key, _) = heads.entry(body).unwrap_or((heads, heads));
            let message = unknown(
                &format!("body for `{id}`'s head"),
                body,
                entry.bodies.keys(),
            );
            report.error(file, key.at, message);
        }
    }
    if !entry.heads.is_empty() && entry.head.is_none_or(|b| b.width == 0 || b.height == 0) {
        let at = node.field("head").unwrap_or(heads).at;
        report.error(
            file,
            at,
            format!("`{id}` has head layers but no head box: expected `head: (x, y, width, height)` in the body's pixels"),
        );
    }
    let written = node.field("expressions").unwrap_or(node);
    for (name, expression) in &entry.expressions {
        let (_, e) = written.entry(name).unwrap_or((written, written));
        let tilt = expression.tilt;
        if tilt != 0.0 {
            let at = e.field("tilt").unwrap_or(e).at;
            if !tilt.is_finite() || tilt.abs() > MAX_TILT {
                report.error(
                    file,
                    at,
                    format!("tilt {tilt} of `{id}:{name}`: expected degrees from -{MAX_TILT} to {MAX_TILT}"),
                );
            } else if entry.bodies.contains_key(&expression.body)
                && !entry.heads.contains_key(&expression.body)
            {
                report.error(
                    file,
                    at,
                    format!(
                        "`{id}:{name}` tilts the head of body `{}`, which has none of its own: expected the body in `heads`",
                        expression.body
                    ),
                );
            }
        }
        if !entry.bodies.contains_key(&expression.body) {
            let at = e.field("body").unwrap_or(e).at;
            let message = unknown(
                &format!("body for `{id}`"),
                &expression.body,
                entry.bodies.keys(),
            );
            report.error(file, at, message);
        }
        for (field, part) in [
            ("eyes", &expression.eyes),
            ("brows", &expression.brows),
            ("mouth", &expression.mouth),
        ] {
            let at = e.field(field).unwrap_or(e).at;
            if !entry.parts.contains_key(part) {
                report.error(file, at, unknown(&part_kind, part, entry.parts.keys()));
            } else if !part.starts_with(&format!("{field}_")) {
                report.warn(
                    file,
                    at,
                    format!("`{part}` as the {field} of `{id}:{name}`: expected a `{field}_` part"),
                );
            } else if TALK_MOUTHS.contains(&part.as_str()) {
                report.warn(
                    file,
                    at,
                    format!("`{part}` as the mouth of `{id}:{name}`: expected a closed mouth (a listener shows it; speaking opens it)"),
                );
            }
        }
        let extras = e.field("extras").unwrap_or(e);
        for (k, part) in expression.extras.iter().enumerate() {
            if !entry.parts.contains_key(part) {
                let at = extras.item(k).unwrap_or(extras).at;
                report.error(file, at, unknown(&part_kind, part, entry.parts.keys()));
            }
        }
    }
}

fn parse_colour(hex: &str) -> Option<[u8; 3]> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn empty(what: &str) -> String {
    format!("an empty {what}: expected a name")
}

/// "unknown place `lak`: did you mean `lake`? expected one of ...".
fn unknown<'a, S: AsRef<str> + ?Sized + 'a>(
    kind: &str,
    name: &str,
    known: impl Iterator<Item = &'a S>,
) -> String {
    let known: Vec<&str> = known.map(AsRef::as_ref).collect();
    if known.is_empty() {
        return format!("unknown {kind} `{name}`: the manifest names none");
    }
    let hint = nearest(name, &known)
        .map(|n| format!("did you mean `{n}`? "))
        .unwrap_or_default();
    format!(
        "unknown {kind} `{name}`: {hint}expected one of {}",
        known.join(", ")
    )
}

/// The known name closest to `name` by edit distance, if it is close enough to be a
/// slip of the keyboard rather than a different word.
pub(crate) fn nearest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let limit = (name.chars().count() / 3).max(1);
    known
        .iter()
        .map(|k| (edit_distance(&lower, &k.to_lowercase()), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Edit distance in characters, where swapping two neighbours counts as one slip
/// (optimal string alignment).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    // d[i * width + j]: the distance between a[..i] and b[..j].
    let mut d = vec![0usize; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            let value = match (i.checked_sub(1), j.checked_sub(1)) {
                (None, _) => j,
                (_, None) => i,
                (Some(pi), Some(pj)) => {
                    let (ca, cb) = (a.get(pi), b.get(pj));
                    let get = |i, j| d.get(at(i, j)).copied().unwrap_or(usize::MAX - 1);
                    let mut best = (get(pi, j) + 1)
                        .min(get(i, pj) + 1)
                        .min(get(pi, pj) + usize::from(ca != cb));
                    if let (Some(ppi), Some(ppj)) = (pi.checked_sub(1), pj.checked_sub(1))
                        && ca == b.get(ppj)
                        && a.get(ppi) == cb
                    {
                        best = best.min(get(ppi, ppj) + 1);
                    }
                    best
                }
            };
            if let Some(cell) = d.get_mut(at(i, j)) {
                *cell = value;
            }
        }
    }
    d.last().copied().unwrap_or(0)
}

/// Where each op of one scene is written, for whole-story warnings.
struct ScenePlaces {
    id: Pos,
    ops: Vec<Pos>,
    /// For each choice op, where each option's text is.
    options: BTreeMap<usize, Vec<Pos>>,
}

/// Where each variable is set and read, across the story.
#[derive(Default)]
struct Usage {
    set: BTreeMap<String, Vec<(String, Pos)>>,
    read: BTreeMap<String, Vec<(String, Pos)>>,
}

struct SceneCompiler<'a> {
    story: &'a Story,
    scene_ids: &'a BTreeMap<String, usize>,
    file: &'a str,
    ops: Vec<Op>,
    at: Vec<Pos>,
    options_at: BTreeMap<usize, Vec<Pos>>,
    /// Where the speaker of each `Say` op is written.
    said_at: BTreeMap<usize, Pos>,
    report: &'a mut Report,
    usage: &'a mut Usage,
}

impl SceneCompiler<'_> {
    /// `nodes` are where the steps are written; `outer` stands in for a missing one.
    fn steps(&mut self, steps: &[Step], nodes: &[Node], outer: Pos) {
        for (i, step) in steps.iter().enumerate() {
            match nodes.get(i) {
                Some(node) => self.step(step, node),
                None => self.step(
                    step,
                    &Node {
                        at: outer,
                        ..Node::empty().clone()
                    },
                ),
            }
        }
    }

    fn fail(&mut self, at: Pos, message: String) {
        self.report.error(self.file, at, message);
    }

    fn step(&mut self, step: &Step, node: &Node) {
        let arg = |i: usize| node.item(i).unwrap_or(node).at;
        let op = match step {
            Step::Beat(id) => {
                if id.trim().is_empty() {
                    self.report.warn(self.file, arg(0), empty("beat id"));
                }
                Op::Beat(id.clone())
            }
            Step::Narrate(text) => {
                self.line(text, arg(0));
                Op::Narrate(text.clone())
            }
            Step::Say(who, text) => {
                let (who, expression) = self.cast(who, arg(0));
                self.line(text, arg(1));
                self.said_at.insert(self.ops.len(), arg(0));
                Op::Say {
                    who,
                    expression,
                    text: text.clone(),
                    offstage: false,
                }
            }
            Step::Voice(reference, text) => {
                let (who, expression) = self.cast(reference, arg(0));
                self.line(text, arg(1));
                if let Some(expression) = expression {
                    self.report.warn(
                        self.file,
                        arg(0),
                        format!(
                            "a voice from off stage shows no face, so `:{expression}` does nothing: expected `\"{who}\"`, or `Say` and a `Show` to see them"
                        ),
                    );
                }
                Op::Say {
                    who,
                    expression: None,
                    text: text.clone(),
                    offstage: true,
                }
            }
            Step::Show(who, at) => {
                let (who, expression) = self.cast(who, arg(0));
                Op::Show {
                    who,
                    expression,
                    at: *at,
                }
            }
            Step::Move(who, at) => Op::Move {
                who: self.cast(who, arg(0)).0,
                at: *at,
            },
            Step::Hide(who) => Op::Hide(self.cast(who, arg(0)).0),
            Step::Rename(who, name) => {
                if name.trim().is_empty() {
                    self.report.warn(self.file, arg(1), empty("name plate"));
                }
                Op::Rename(self.cast(who, arg(0)).0, name.clone())
            }
            Step::Place(place, transition) => {
                if !self.story.places.contains_key(place) {
                    let message = unknown("place", place, self.story.places.keys());
                    self.fail(arg(0), message);
                }
                Op::Place(place.clone(), *transition)
            }
            Step::Picture(picture) => {
                if !self.story.pictures.contains_key(picture) {
                    let message = unknown("picture", picture, self.story.pictures.keys());
                    self.fail(arg(0), message);
                }
                Op::Picture(Some(picture.clone()))
            }
            Step::HidePicture => Op::Picture(None),
            Step::Weather { rain, thunder } => {
                if !(0.0..=1.0).contains(rain) {
                    let at = node.arg("rain", 0).unwrap_or(node).at;
                    self.fail(
                        at,
                        format!("rain is {rain}: expected a number from 0.0 to 1.0"),
                    );
                }
                Op::Weather {
                    rain: rain.clamp(0.0, 1.0),
                    thunder: *thunder,
                }
            }
            Step::Music(name) => Op::Music(Some(self.sound("music", name, arg(0)))),
            Step::StopMusic => Op::Music(None),
            Step::Ambience(name) => Op::Ambience(Some(self.sound("ambience", name, arg(0)))),
            Step::StopAmbience => Op::Ambience(None),
            Step::Sfx(name) => Op::Sfx(self.sound("sound", name, arg(0))),
            Step::Shake => Op::Shake,
            Step::Flash(hex) => Op::Flash(parse_colour(hex).unwrap_or_else(|| {
                let message = format!("bad flash colour `{hex}`: expected \"#rrggbb\"");
                self.fail(arg(0), message);
                [255; 3]
            })),
            Step::Wait(seconds) => {
                if !(seconds.is_finite() && *seconds >= 0.0) {
                    self.fail(
                        arg(0),
                        format!("wait of {seconds}: expected seconds, 0 or more"),
                    );
                } else if *seconds > MAX_WAIT_SECONDS {
                    self.fail(
                        arg(0),
                        format!(
                            "wait of {seconds} seconds: expected at most {MAX_WAIT_SECONDS} (a longer pause looks like the game has frozen)"
                        ),
                    );
                }
                Op::Wait(seconds.clamp(0.0, MAX_WAIT_SECONDS))
            }
            Step::Set(var, value) => Op::Set(self.variable(var, arg(0), true), *value),
            Step::Add(var, value) => Op::Add(self.variable(var, arg(0), true), *value),
            Step::Choice(options) => return self.choice(options, node),
            Step::If {
                when,
                then,
                otherwise,
            } => {
                let when_node = node.arg("when", 0).unwrap_or(node);
                self.variable(
                    when.variable(),
                    when_node.item(0).unwrap_or(when_node).at,
                    false,
                );
                let unless = self.push(Op::Unless(when.clone(), 0), node.at);
                let then_nodes = node.arg("then", 1).map_or(&[][..], Node::elements);
                self.steps(then, then_nodes, node.at);
                let end_of_then = (!otherwise.is_empty()).then(|| self.push(Op::Goto(0), node.at));
                let else_at = self.ops.len();
                let otherwise_nodes = node.arg("otherwise", 2).map_or(&[][..], Node::elements);
                self.steps(otherwise, otherwise_nodes, node.at);
                self.patch(unless, Op::Unless(when.clone(), else_at));
                if let Some(goto) = end_of_then {
                    let end = self.ops.len();
                    self.patch(goto, Op::Goto(end));
                }
                return;
            }
            Step::Jump(scene) => Op::Jump(self.scene(scene, arg(0))),
        };
        self.push(op, node.at);
    }

    fn push(&mut self, op: Op, at: Pos) -> usize {
        self.ops.push(op);
        self.at.push(at);
        self.ops.len() - 1
    }

    /// Fills in a jump target once it is known.
    fn patch(&mut self, index: usize, op: Op) {
        if let Some(slot) = self.ops.get_mut(index) {
            *slot = op;
        }
    }

    /// A line of the box: too long a line would run out of it.
    fn line(&mut self, text: &str, at: Pos) {
        let chars = text.chars().count();
        if chars > MAX_LINE_CHARS {
            self.report.warn(
                self.file,
                at,
                format!(
                    "a line of {chars} characters: expected at most {MAX_LINE_CHARS}, so it fits the dialogue box at the largest text size (split it in two)"
                ),
            );
        }
    }

    fn choice(&mut self, options: &[ChoiceOption], node: &Node) {
        if options.is_empty() {
            self.fail(
                node.at,
                "a choice with no options: expected at least one".to_string(),
            );
            return;
        }
        let nodes = node.elements();
        let choice = self.push(Op::Choice(Vec::new()), node.at);
        let mut compiled = Vec::new();
        let mut ends = Vec::new();
        let mut texts = Vec::new();
        for (i, option) in options.iter().enumerate() {
            let option_node = nodes.get(i).unwrap_or(node);
            let text_at = option_node.field("text").unwrap_or(option_node).at;
            texts.push(text_at);
            let at = self.ops.len();
            for (key, map) in [("set", &option.set), ("add", &option.add)] {
                let written = option_node.field(key).unwrap_or(option_node);
                for var in map.keys() {
                    let var_at = written.entry(var).map_or(written.at, |(k, _)| k.at);
                    self.variable(var, var_at, true);
                }
            }
            let then_nodes = option_node.field("then").map_or(&[][..], Node::elements);
            self.steps(&option.then, then_nodes, option_node.at);
            match &option.jump {
                Some(scene) => {
                    let jump_at = option_node.field("jump").unwrap_or(option_node).at;
                    let scene = self.scene(scene, jump_at);
                    self.push(Op::Jump(scene), jump_at);
                }
                None => ends.push(self.push(Op::Goto(0), text_at)),
            }
            compiled.push(ChoiceOp {
                text: option.text.clone(),
                set: option.set.clone().into_iter().collect(),
                add: option.add.clone().into_iter().collect(),
                at,
            });
        }
        let after = self.ops.len();
        for end in ends {
            self.patch(end, Op::Goto(after));
        }
        self.patch(choice, Op::Choice(compiled));
        self.options_at.insert(choice, texts);
    }

    /// Splits `"rey:angry"` into a known cast member and expression.
    fn cast(&mut self, reference: &str, at: Pos) -> (String, Option<String>) {
        let (who, expression) = match reference.split_once(':') {
            Some((who, e)) => (who, Some(e.to_string())),
            None => (reference, None),
        };
        match self.story.cast.get(who) {
            None => {
                let message = unknown("cast member", who, self.story.cast.keys());
                self.fail(at, message);
            }
            Some(cast) => {
                if let Some(e) = &expression
                    && !cast.expressions.contains_key(e)
                {
                    let message = unknown(
                        &format!("expression for `{who}`"),
                        e,
                        cast.expressions.keys(),
                    );
                    self.fail(at, message);
                }
            }
        }
        (who.to_string(), expression)
    }

    fn sound(&mut self, kind: &str, name: &str, at: Pos) -> String {
        let table = match kind {
            "music" => &self.story.music,
            "ambience" => &self.story.ambience,
            _ => &self.story.sounds,
        };
        if !table.contains_key(name) {
            let message = unknown(kind, name, table.keys());
            self.fail(at, message);
        }
        name.to_string()
    }

    fn variable(&mut self, name: &str, at: Pos, set: bool) -> String {
        if name.trim().is_empty() {
            self.fail(at, "an empty variable name: expected a name".to_string());
        }
        let uses = if set {
            &mut self.usage.set
        } else {
            &mut self.usage.read
        };
        uses.entry(name.to_string())
            .or_default()
            .push((self.file.to_string(), at));
        name.to_string()
    }

    fn scene(&mut self, id: &str, at: Pos) -> usize {
        match self.scene_ids.get(id) {
            Some(&i) => i,
            None => {
                self.fail(at, unknown("scene", id, self.scene_ids.keys()));
                0
            }
        }
    }
}

/// Warnings that need the whole story: scenes no path reaches, paths that never end,
/// variables only ever set or only ever read.
fn whole_story_warnings(story: &Story, places: &[ScenePlaces], usage: &Usage, report: &mut Report) {
    let graph = Flow::new(story);
    let reached = graph.reachable();
    let ends = graph.reaching_end();
    let reached_at = |node: usize| reached.get(node).copied().unwrap_or(false);
    let ends_at = |node: usize| ends.get(node).copied().unwrap_or(false);

    for (s, scene) in story.scenes.iter().enumerate() {
        let Some(place) = places.get(s) else { continue };
        if !reached_at(graph.node(s, 0)) {
            report.warn(
                &scene.file,
                place.id,
                format!(
                    "no path through the story reaches scene `{}`: expected a `Jump(\"{}\")` to it, or a scene before it that runs into it",
                    scene.id, scene.id
                ),
            );
            continue;
        }
        // The first step from which the end can no longer be reached, on a path that
        // could still reach it: that is where the reader gets stuck.
        for (i, op) in scene.ops.iter().enumerate() {
            let here = graph.node(s, i);
            if !reached_at(here) || !ends_at(here) {
                continue;
            }
            let at = place.ops.get(i).copied().unwrap_or(place.id);
            match op {
                Op::Choice(options) => {
                    for (k, option) in options.iter().enumerate() {
                        if !ends_at(graph.node(s, option.at)) {
                            let text_at = place
                                .options
                                .get(&i)
                                .and_then(|texts| texts.get(k))
                                .copied()
                                .unwrap_or(at);
                            report.warn(
                                &scene.file,
                                text_at,
                                format!(
                                    "after the option \"{}\" the story loops and never reaches its end: expected a way out of the loop",
                                    option.text
                                ),
                            );
                        }
                    }
                }
                _ => {
                    if graph.after(s, i).iter().any(|&n| !ends_at(n)) {
                        report.warn(
                            &scene.file,
                            at,
                            "from here the story can loop and never reach its end: expected a way out of the loop".to_string(),
                        );
                    }
                }
            }
        }
    }
    if let (Some(first), Some(place)) = (story.scenes.first(), places.first())
        && !ends_at(graph.node(0, 0))
    {
        report.warn(
            &first.file,
            place.ops.first().copied().unwrap_or(place.id),
            "the story loops from its very start and never reaches its end: expected a way out of the loop".to_string(),
        );
    }

    for (var, reads) in &usage.read {
        if !usage.set.contains_key(var) {
            for (file, at) in reads {
                report.warn(
                    file,
                    *at,
                    format!(
                        "the variable `{var}` is read but never set, so it is always 0: expected a `Set`, an `Add` or an option that sets it"
                    ),
                );
            }
        }
    }
    for (var, sets) in &usage.set {
        if !usage.read.contains_key(var)
            && let Some((file, at)) = sets.first()
        {
            report.warn(
                file,
                *at,
                format!(
                    "the variable `{var}` is set but never read: expected an `If` that tests it"
                ),
            );
        }
    }
}

/// The story's steps as a graph: one node per op of every scene plus one for each
/// scene's end, and a final node for the end of the story. Both ways of an `If` count,
/// so a path found stuck here is stuck whatever the variables hold.
struct Flow {
    /// The node of each scene's first op.
    starts: Vec<usize>,
    next: Vec<Vec<usize>>,
}

impl Flow {
    fn new(story: &Story) -> Self {
        let mut starts = Vec::new();
        let mut total = 0usize;
        for scene in &story.scenes {
            starts.push(total);
            total = total.saturating_add(scene.ops.len()).saturating_add(1);
        }
        let mut flow = Flow {
            starts,
            next: Vec::new(),
        };
        let end = total;
        for (s, scene) in story.scenes.iter().enumerate() {
            for i in 0..=scene.ops.len() {
                let next = story.next(At { scene: s, op: i });
                let nodes = match next {
                    Next::End => vec![end],
                    next => next
                        .successors()
                        .into_iter()
                        .map(|at| flow.node(at.scene, at.op))
                        .collect(),
                };
                flow.next.push(nodes);
            }
        }
        flow.next.push(Vec::new());
        flow
    }

    fn node(&self, scene: usize, op: usize) -> usize {
        self.starts
            .get(scene)
            .map_or(usize::MAX, |s| s.saturating_add(op))
    }

    /// Where the story may go after op `op` of scene `scene`.
    fn after(&self, scene: usize, op: usize) -> &[usize] {
        self.next
            .get(self.node(scene, op))
            .map_or(&[], Vec::as_slice)
    }

    fn reachable(&self) -> Vec<bool> {
        let mut seen = vec![false; self.next.len()];
        let mut todo = vec![0usize];
        while let Some(n) = todo.pop() {
            match seen.get_mut(n) {
                Some(s) if !*s => *s = true,
                _ => continue,
            }
            todo.extend(self.next.get(n).into_iter().flatten());
        }
        seen
    }

    fn reaching_end(&self) -> Vec<bool> {
        let mut back: Vec<Vec<usize>> = vec![Vec::new(); self.next.len()];
        for (n, next) in self.next.iter().enumerate() {
            for &m in next {
                if let Some(b) = back.get_mut(m) {
                    b.push(n);
                }
            }
        }
        let mut seen = vec![false; self.next.len()];
        let mut todo = vec![self.next.len().saturating_sub(1)];
        while let Some(n) = todo.pop() {
            match seen.get_mut(n) {
                Some(s) if !*s => *s = true,
                _ => continue,
            }
            todo.extend(back.get(n).into_iter().flatten());
        }
        seen
    }
}
