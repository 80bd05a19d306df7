//! A picture of the story's shape for writers: chapters, scenes, choices with their
//! options, the tests on variables, jumps and the end, as Mermaid (which GitHub draws
//! in `docs/story-graph.md`) and as Graphviz DOT. Lines of dialogue are left out; only
//! the places where the story can go more than one way are drawn.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::{At, Condition, Next, Op, Story};

/// One box of the picture.
struct Node {
    id: String,
    label: String,
    shape: Shape,
    /// The chapter it is drawn in; `None` for the end.
    chapter: Option<usize>,
}

#[derive(Clone, Copy)]
enum Shape {
    Scene,
    Choice,
    Test,
    End,
}

struct Edge {
    from: String,
    to: String,
    label: String,
}

struct Graph {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

/// Where the story goes from one op on: the next drawn node, and what was passed on
/// the way (variables set, a jump taken).
fn follow(
    story: &Story,
    ids: &[BTreeMap<usize, String>],
    scene: usize,
    op: usize,
    label: &mut Vec<String>,
) -> String {
    // Every op is passed at most once per walk; a longer walk is a loop with no choice.
    let limit = story.scenes.iter().map(|s| s.ops.len() + 1).sum::<usize>();
    let mut at = At { scene, op };
    for _ in 0..=limit {
        let here = story.scenes.get(at.scene).and_then(|s| s.ops.get(at.op));
        match here {
            Some(Op::Choice(_) | Op::Unless(..)) => {
                let drawn = ids.get(at.scene).and_then(|m| m.get(&at.op)).cloned();
                return drawn.unwrap_or_else(|| END.to_string());
            }
            Some(Op::Jump(_)) => label.push("jump".to_string()),
            Some(Op::Set(var, value)) => label.push(format!("{var} = {value}")),
            Some(Op::Add(var, value)) => label.push(format!("{var} {value:+}")),
            // The event pictures on the way, so a picture painted by a choice shows.
            Some(Op::Picture(Some(id))) => label.push(format!("picture {id}")),
            _ => {}
        }
        let jumped = matches!(here, Some(Op::Jump(_)));
        match story.next(at) {
            // Into another scene (its end, or a jump): that scene's node.
            Next::To(to) if to.scene != at.scene || jumped => return scene_id(to.scene),
            Next::To(to) => at = to,
            _ => return END.to_string(),
        }
    }
    END.to_string()
}

const END: &str = "the_end";

fn scene_id(scene: usize) -> String {
    format!("s{scene}")
}

/// Choices and tests are numbered in each scene (`s0_c1`, `s0_t2`), not by op index,
/// so the picture changes only where the story's shape does.
fn drawn_ids(story: &Story) -> Vec<BTreeMap<usize, String>> {
    story
        .scenes
        .iter()
        .enumerate()
        .map(|(k, scene)| {
            let mut n = 0usize;
            let mut ids = BTreeMap::new();
            for (i, op) in scene.ops.iter().enumerate() {
                let kind = match op {
                    Op::Choice(_) => "c",
                    Op::Unless(..) => "t",
                    _ => continue,
                };
                n += 1;
                ids.insert(i, format!("s{k}_{kind}{n}"));
            }
            ids
        })
        .collect()
}

fn condition(c: &Condition) -> String {
    match c {
        Condition::Is(v, n) => format!("{v} is {n}?"),
        Condition::AtLeast(v, n) => format!("{v} at least {n}?"),
        Condition::Below(v, n) => format!("{v} below {n}?"),
    }
}

fn graph(story: &Story) -> Graph {
    let ids = drawn_ids(story);
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    let mut edge = |from: &str, to: String, label: Vec<String>| {
        edges.push(Edge {
            from: from.to_string(),
            to,
            label: label.join(" · "),
        });
    };
    for (k, scene) in story.scenes.iter().enumerate() {
        let id = scene_id(k);
        let label = match &scene.title {
            Some(title) if !title.eq_ignore_ascii_case(&scene.id) => {
                format!("{} ({title})", scene.id)
            }
            _ => scene.id.clone(),
        };
        nodes.push(Node {
            id: id.clone(),
            label,
            shape: Shape::Scene,
            chapter: Some(scene.chapter),
        });
        let mut label = Vec::new();
        let to = follow(story, &ids, k, 0, &mut label);
        edge(&id, to, label);
        for (i, op) in scene.ops.iter().enumerate() {
            let Some(id) = ids.get(k).and_then(|m| m.get(&i)).cloned() else {
                continue;
            };
            match op {
                Op::Choice(options) => {
                    nodes.push(Node {
                        id: id.clone(),
                        label: "choice".to_string(),
                        shape: Shape::Choice,
                        chapter: Some(scene.chapter),
                    });
                    for option in options {
                        let mut label = vec![option.text.clone()];
                        label.extend(option.set.iter().map(|(v, n)| format!("{v} = {n}")));
                        label.extend(option.add.iter().map(|(v, n)| format!("{v} {n:+}")));
                        let to = follow(story, &ids, k, option.at, &mut label);
                        edge(&id, to, label);
                    }
                }
                Op::Unless(when, else_at) => {
                    nodes.push(Node {
                        id: id.clone(),
                        label: condition(when),
                        shape: Shape::Test,
                        chapter: Some(scene.chapter),
                    });
                    let mut yes = vec!["yes".to_string()];
                    let to = follow(story, &ids, k, i + 1, &mut yes);
                    edge(&id, to, yes);
                    let mut no = vec!["no".to_string()];
                    let to = follow(story, &ids, k, *else_at, &mut no);
                    edge(&id, to, no);
                }
                _ => {}
            }
        }
    }
    nodes.push(Node {
        id: END.to_string(),
        label: "the end".to_string(),
        shape: Shape::End,
        chapter: None,
    });
    Graph { nodes, edges }
}

/// Mermaid's quoted labels take entity codes for quotes and angle brackets.
fn mermaid_text(text: &str) -> String {
    text.replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
}

/// The story's shape as a Mermaid flowchart.
pub fn mermaid(story: &Story) -> String {
    let g = graph(story);
    let mut out = String::from("flowchart TD\n");
    let box_of = |n: &Node| {
        let text = mermaid_text(&n.label);
        match n.shape {
            Shape::Scene => format!("{}[\"{text}\"]", n.id),
            Shape::Choice => format!("{}{{\"{text}\"}}", n.id),
            Shape::Test => format!("{}{{{{\"{text}\"}}}}", n.id),
            Shape::End => format!("{}([\"{text}\"])", n.id),
        }
    };
    for (c, title) in story.chapters.iter().enumerate() {
        let _ = writeln!(
            out,
            "    subgraph ch{c}[\"Chapter {}: {}\"]",
            c + 1,
            mermaid_text(title)
        );
        for n in g.nodes.iter().filter(|n| n.chapter == Some(c)) {
            let _ = writeln!(out, "        {}", box_of(n));
        }
        out.push_str("    end\n");
    }
    for n in g.nodes.iter().filter(|n| n.chapter.is_none()) {
        let _ = writeln!(out, "    {}", box_of(n));
    }
    let mut seen = BTreeSet::new();
    for e in &g.edges {
        if !seen.insert((&e.from, &e.to, &e.label)) {
            continue;
        }
        if e.label.is_empty() {
            let _ = writeln!(out, "    {} --> {}", e.from, e.to);
        } else {
            let _ = writeln!(
                out,
                "    {} -->|\"{}\"| {}",
                e.from,
                mermaid_text(&e.label),
                e.to
            );
        }
    }
    out
}

fn dot_text(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The story's shape as a Graphviz digraph.
pub fn dot(story: &Story) -> String {
    let g = graph(story);
    let mut out = String::from("digraph story {\n    node [fontname=\"sans-serif\"];\n");
    let line = |n: &Node| {
        let shape = match n.shape {
            Shape::Scene => "box",
            Shape::Choice => "diamond",
            Shape::Test => "hexagon",
            Shape::End => "oval",
        };
        format!(
            "{} [label=\"{}\", shape={shape}];",
            n.id,
            dot_text(&n.label)
        )
    };
    for (c, title) in story.chapters.iter().enumerate() {
        let _ = writeln!(out, "    subgraph cluster_{c} {{");
        let _ = writeln!(
            out,
            "        label=\"Chapter {}: {}\";",
            c + 1,
            dot_text(title)
        );
        for n in g.nodes.iter().filter(|n| n.chapter == Some(c)) {
            let _ = writeln!(out, "        {}", line(n));
        }
        out.push_str("    }\n");
    }
    for n in g.nodes.iter().filter(|n| n.chapter.is_none()) {
        let _ = writeln!(out, "    {}", line(n));
    }
    let mut seen = BTreeSet::new();
    for e in &g.edges {
        if !seen.insert((&e.from, &e.to, &e.label)) {
            continue;
        }
        if e.label.is_empty() {
            let _ = writeln!(out, "    {} -> {};", e.from, e.to);
        } else {
            let _ = writeln!(
                out,
                "    {} -> {} [label=\"{}\"];",
                e.from,
                e.to,
                dot_text(&e.label)
            );
        }
    }
    out.push_str("}\n");
    out
}

/// `docs/story-graph.md`: the Mermaid picture with a word on how it is made.
pub fn markdown(story: &Story) -> String {
    format!(
        "# The story's shape\n\n\
         Generated by `make graph` from `assets/story/`; do not edit by hand (a test checks\n\
         it matches the story). Boxes are scenes, diamonds are choices (each arrow is an\n\
         option, with the variables it sets), hexagons test a variable (`yes` and `no`).\n\
         `docs/story-graph.dot` holds the same picture for Graphviz.\n\n\
         ```mermaid\n{}```\n",
        mermaid(story)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::tests::{ONE, story_with};

    #[test]
    fn choices_tests_and_the_end_are_drawn() {
        let story = story_with(ONE).expect("valid");
        assert_eq!(
            mermaid(&story),
            "flowchart TD
    subgraph ch0[\"Chapter 1: One\"]
        s0[\"one\"]
        s0_c1{\"choice\"}
        s0_t2{{\"cold is 1?\"}}
    end
    subgraph ch1[\"Chapter 2: Two\"]
        s1[\"two\"]
    end
    the_end([\"the end\"])
    s0 --> s0_c1
    s0_c1 -->|\"Hit him. · cold = 1\"| s0_t2
    s0_c1 -->|\"Wait.\"| s0_t2
    s0_t2 -->|\"yes\"| s1
    s0_t2 -->|\"no\"| s1
    s1 --> the_end
"
        );
        let dot = dot(&story);
        assert!(
            dot.contains("s0_c1 -> s0_t2 [label=\"Hit him. · cold = 1\"];"),
            "{dot}"
        );
        assert!(
            dot.contains("s0_t2 [label=\"cold is 1?\", shape=hexagon];"),
            "{dot}"
        );
    }
}
