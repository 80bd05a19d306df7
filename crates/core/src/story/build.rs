//! Parsing and checking: RON text in, a [`Story`] whose every name resolves out.
//! Every error names the file, line and column, and says what was expected.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;

use super::model::{Manifest, SceneFile, Step};
use super::{Cast, ChoiceOp, Op, Place, Scene, Story};

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

fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, StoryError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| StoryError {
            file: file.to_string(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })
}

pub fn parse_manifest(source: &Source) -> Result<Manifest, StoryError> {
    parse(&source.path, &source.text)
}

/// Parses and checks the manifest and every scene file it lists.
/// `scenes` holds the scene files that could be read; a listed file missing from it is
/// reported as unreadable.
pub fn build(manifest: &Source, scenes: &[Source]) -> Result<Story, StoryErrors> {
    let parsed = parse_manifest(manifest).map_err(|e| StoryErrors(vec![e]))?;
    let mut errors = Vec::new();
    let at = Locator::new(&manifest.path, &manifest.text);
    let story = check_manifest(&parsed, &at, &mut errors);

    // Parse every scene first: jumps may point forwards.
    let mut files = Vec::new();
    let mut scene_ids: BTreeMap<String, usize> = BTreeMap::new();
    for (chapter, entry) in parsed.chapters.iter().enumerate() {
        for path in &entry.scenes {
            let Some(source) = scenes.iter().find(|s| &s.path == path) else {
                errors.push(at.error(path, format!("cannot read the scene file `{path}`")));
                continue;
            };
            match parse::<SceneFile>(path, &source.text) {
                Ok(file) => {
                    if scene_ids.contains_key(&file.id) {
                        let here = Locator::new(path, &source.text);
                        errors.push(here.error(
                            &file.id,
                            format!(
                                "duplicate scene id `{}`: expected an id no other scene uses",
                                file.id
                            ),
                        ));
                    } else {
                        scene_ids.insert(file.id.clone(), files.len());
                    }
                    files.push((chapter, source, file));
                }
                Err(e) => errors.push(e),
            }
        }
    }

    let mut story = story;
    for (chapter, source, file) in files {
        let mut compiler = SceneCompiler {
            story: &story,
            scene_ids: &scene_ids,
            at: Locator::new(&source.path, &source.text),
            ops: Vec::new(),
            errors: &mut errors,
        };
        compiler.steps(&file.steps);
        let ops = compiler.ops;
        story.scenes.push(Scene {
            id: file.id,
            title: file.title,
            chapter,
            file: source.path.clone(),
            ops,
        });
    }

    if errors.is_empty() {
        Ok(story)
    } else {
        Err(StoryErrors(errors))
    }
}

fn check_manifest(m: &Manifest, at: &Locator, errors: &mut Vec<StoryError>) -> Story {
    let mut cast = BTreeMap::new();
    for (id, entry) in &m.cast {
        let colour = parse_colour(&entry.colour).unwrap_or_else(|| {
            errors.push(at.error(
                &entry.colour,
                format!(
                    "bad colour `{}` for `{id}`: expected \"#rrggbb\"",
                    entry.colour
                ),
            ));
            [255, 255, 255]
        });
        if !entry.expressions.contains_key("neutral") {
            errors.push(at.error(
                id,
                format!("`{id}` has no `neutral` expression: expected one"),
            ));
        }
        cast.insert(
            id.clone(),
            Cast {
                name: entry.name.clone(),
                colour,
                expressions: entry.expressions.clone(),
                hologram: entry.hologram,
            },
        );
    }
    let mut places = BTreeMap::new();
    for (id, entry) in &m.places {
        if let Some(a) = &entry.ambience
            && !m.ambience.contains_key(a)
        {
            errors.push(at.error(a, unknown("ambience", a, m.ambience.keys())));
        }
        let light = match &entry.light {
            None => [255, 255, 255],
            Some(hex) => parse_colour(hex).unwrap_or_else(|| {
                errors.push(at.error(
                    hex,
                    format!("bad light `{hex}` for `{id}`: expected \"#rrggbb\""),
                ));
                [255, 255, 255]
            }),
        };
        places.insert(
            id.clone(),
            Place {
                background: entry.background.clone(),
                light,
                ambience: entry.ambience.clone(),
            },
        );
    }
    if m.chapters.is_empty() {
        errors.push(at.error("chapters", "no chapters: expected at least one".to_string()));
    }
    Story {
        title: m.title.clone(),
        cast,
        places,
        music: m.music.clone(),
        ambience: m.ambience.clone(),
        sounds: m.sounds.clone(),
        chapters: m.chapters.iter().map(|c| c.title.clone()).collect(),
        scenes: Vec::new(),
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

fn unknown<'a>(kind: &str, name: &str, known: impl Iterator<Item = &'a String>) -> String {
    let known: Vec<&str> = known.map(String::as_str).collect();
    format!(
        "unknown {kind} `{name}`: expected one of {}",
        known.join(", ")
    )
}

/// Finds where things are written, for error positions. Serde forgets positions once a
/// file has parsed, so we search the text: each step moves the cursor forward to its
/// own keyword, and a bad value is looked for from there.
struct Locator<'a> {
    file: &'a str,
    text: &'a str,
    from: usize,
}

impl<'a> Locator<'a> {
    fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            from: 0,
        }
    }

    fn seek(&mut self, keyword: &str) {
        if let Some(i) = self.text[self.from..].find(keyword) {
            self.from += i;
        }
    }

    /// An error at the quoted string `value` (or the bare word), searched from the cursor.
    fn error(&self, value: &str, message: String) -> StoryError {
        let rest = &self.text[self.from..];
        let offset = rest
            .find(&format!("\"{value}\""))
            .or_else(|| rest.find(value))
            .map_or(self.from, |i| self.from + i);
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        StoryError {
            file: self.file.to_string(),
            line,
            column,
            message,
        }
    }
}

struct SceneCompiler<'a> {
    story: &'a Story,
    scene_ids: &'a BTreeMap<String, usize>,
    at: Locator<'a>,
    ops: Vec<Op>,
    errors: &'a mut Vec<StoryError>,
}

impl SceneCompiler<'_> {
    fn steps(&mut self, steps: &[Step]) {
        for step in steps {
            self.step(step);
        }
    }

    fn fail(&mut self, value: &str, message: String) {
        let e = self.at.error(value, message);
        self.errors.push(e);
    }

    fn step(&mut self, step: &Step) {
        self.at.seek(keyword(step));
        let op = match step {
            Step::Beat(id) => Op::Beat(id.clone()),
            Step::Narrate(text) => Op::Narrate(text.clone()),
            Step::Say(who, text) => {
                let (who, expression) = self.cast(who);
                Op::Say {
                    who,
                    expression,
                    text: text.clone(),
                }
            }
            Step::Show(who, at) => {
                let (who, expression) = self.cast(who);
                Op::Show {
                    who,
                    expression,
                    at: *at,
                }
            }
            Step::Move(who, at) => Op::Move {
                who: self.cast(who).0,
                at: *at,
            },
            Step::Hide(who) => Op::Hide(self.cast(who).0),
            Step::Rename(who, name) => Op::Rename(self.cast(who).0, name.clone()),
            Step::Place(place, transition) => {
                if !self.story.places.contains_key(place) {
                    self.fail(place, unknown("place", place, self.story.places.keys()));
                }
                Op::Place(place.clone(), *transition)
            }
            Step::Weather { rain, thunder } => {
                if !(0.0..=1.0).contains(rain) {
                    self.fail(
                        "rain",
                        format!("rain is {rain}: expected a number from 0.0 to 1.0"),
                    );
                }
                Op::Weather {
                    rain: rain.clamp(0.0, 1.0),
                    thunder: *thunder,
                }
            }
            Step::Music(name) => Op::Music(Some(self.sound("music", name))),
            Step::StopMusic => Op::Music(None),
            Step::Ambience(name) => Op::Ambience(Some(self.sound("ambience", name))),
            Step::StopAmbience => Op::Ambience(None),
            Step::Sfx(name) => Op::Sfx(self.sound("sound", name)),
            Step::Wait(seconds) => {
                if !(seconds.is_finite() && *seconds >= 0.0) {
                    self.fail(
                        "Wait",
                        format!("wait of {seconds}: expected seconds, 0 or more"),
                    );
                }
                Op::Wait(seconds.max(0.0))
            }
            Step::Set(var, value) => Op::Set(self.variable(var), *value),
            Step::Add(var, value) => Op::Add(self.variable(var), *value),
            Step::Choice(options) => return self.choice(options),
            Step::If {
                when,
                then,
                otherwise,
            } => {
                self.variable(when.variable());
                let unless = self.push(Op::Unless(when.clone(), 0));
                self.steps(then);
                let end_of_then = (!otherwise.is_empty()).then(|| self.push(Op::Goto(0)));
                let else_at = self.ops.len();
                self.steps(otherwise);
                self.ops[unless] = Op::Unless(when.clone(), else_at);
                if let Some(goto) = end_of_then {
                    self.ops[goto] = Op::Goto(self.ops.len());
                }
                return;
            }
            Step::Jump(scene) => Op::Jump(self.scene(scene)),
        };
        self.ops.push(op);
    }

    fn push(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.ops.len() - 1
    }

    fn choice(&mut self, options: &[super::model::ChoiceOption]) {
        if options.is_empty() {
            self.fail(
                "Choice",
                "a choice with no options: expected at least one".to_string(),
            );
            return;
        }
        let choice = self.push(Op::Choice(Vec::new()));
        let mut compiled = Vec::new();
        let mut ends = Vec::new();
        for option in options {
            let at = self.ops.len();
            for var in option.set.keys().chain(option.add.keys()) {
                self.variable(var);
            }
            self.steps(&option.then);
            match &option.jump {
                Some(scene) => {
                    let scene = self.scene(scene);
                    self.ops.push(Op::Jump(scene));
                }
                None => ends.push(self.push(Op::Goto(0))),
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
            self.ops[end] = Op::Goto(after);
        }
        self.ops[choice] = Op::Choice(compiled);
    }

    /// Splits `"rey:angry"` into a known cast member and expression.
    fn cast(&mut self, reference: &str) -> (String, Option<String>) {
        let (who, expression) = match reference.split_once(':') {
            Some((who, e)) => (who, Some(e.to_string())),
            None => (reference, None),
        };
        match self.story.cast.get(who) {
            None => self.fail(
                reference,
                unknown("cast member", who, self.story.cast.keys()),
            ),
            Some(cast) => {
                if let Some(e) = &expression
                    && !cast.expressions.contains_key(e)
                {
                    let message = unknown(
                        &format!("expression for `{who}`"),
                        e,
                        cast.expressions.keys(),
                    );
                    self.fail(reference, message);
                }
            }
        }
        (who.to_string(), expression)
    }

    fn sound(&mut self, kind: &str, name: &str) -> String {
        let table = match kind {
            "music" => &self.story.music,
            "ambience" => &self.story.ambience,
            _ => &self.story.sounds,
        };
        if !table.contains_key(name) {
            let message = unknown(kind, name, table.keys());
            self.fail(name, message);
        }
        name.to_string()
    }

    fn variable(&mut self, name: &str) -> String {
        if name.trim().is_empty() {
            self.fail(
                "\"\"",
                "an empty variable name: expected a name".to_string(),
            );
        }
        name.to_string()
    }

    fn scene(&mut self, id: &str) -> usize {
        match self.scene_ids.get(id) {
            Some(&i) => i,
            None => {
                self.fail(id, unknown("scene", id, self.scene_ids.keys()));
                0
            }
        }
    }
}

/// The word a step starts with in the file, to find it.
fn keyword(step: &Step) -> &'static str {
    match step {
        Step::Beat(_) => "Beat(",
        Step::Narrate(_) => "Narrate(",
        Step::Say(..) => "Say(",
        Step::Show(..) => "Show(",
        Step::Move(..) => "Move(",
        Step::Hide(_) => "Hide(",
        Step::Rename(..) => "Rename(",
        Step::Place(..) => "Place(",
        Step::Weather { .. } => "Weather(",
        Step::Music(_) => "Music(",
        Step::StopMusic => "StopMusic",
        Step::Ambience(_) => "Ambience(",
        Step::StopAmbience => "StopAmbience",
        Step::Sfx(_) => "Sfx(",
        Step::Wait(_) => "Wait(",
        Step::Set(..) => "Set(",
        Step::Add(..) => "Add(",
        Step::Choice(_) => "Choice(",
        Step::If { .. } => "If(",
        Step::Jump(_) => "Jump(",
    }
}
