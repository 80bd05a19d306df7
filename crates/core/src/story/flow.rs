//! The story's flow, defined once: where the story goes after each op. The checker
//! (which scenes are reached, which paths end), the graph and the director all follow
//! it, so they never disagree about what a choice, an `If`, a `Jump` or a scene's end
//! means.

use super::{Op, Story};

/// A point in the story: op `op` of scene `scene`. The op past a scene's last is its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct At {
    pub scene: usize,
    pub op: usize,
}

/// Where the story goes after an op.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// On to this point: the next op, a `Goto`'s target, or after a `Jump` or a scene's
    /// end the first op of another scene.
    To(At),
    /// One of the options, as the reader chooses.
    Choose(Vec<At>),
    /// `then` if the test holds, `otherwise` if not (an `If`).
    Test { then: At, otherwise: At },
    /// The end of the story.
    End,
}

impl Next {
    /// Every point the story may go to next, whatever the reader and the variables.
    pub fn successors(&self) -> Vec<At> {
        match self {
            Next::To(at) => vec![*at],
            Next::Choose(options) => options.clone(),
            Next::Test { then, otherwise } => vec![*then, *otherwise],
            Next::End => Vec::new(),
        }
    }
}

impl Story {
    /// Where the story goes after the op at `at`.
    pub fn next(&self, at: At) -> Next {
        let Some(scene) = self.scenes.get(at.scene) else {
            return Next::End;
        };
        let here = |op| At {
            scene: at.scene,
            op,
        };
        let start_of = |scene| At { scene, op: 0 };
        match scene.ops.get(at.op) {
            None if at.scene.saturating_add(1) < self.scenes.len() => {
                Next::To(start_of(at.scene + 1))
            }
            None => Next::End,
            Some(Op::Choice(options)) => Next::Choose(options.iter().map(|o| here(o.at)).collect()),
            Some(Op::Unless(_, else_at)) => Next::Test {
                then: here(at.op.saturating_add(1)),
                otherwise: here(*else_at),
            },
            Some(Op::Goto(target)) => Next::To(here(*target)),
            Some(Op::Jump(scene)) => Next::To(start_of(*scene)),
            Some(_) => Next::To(here(at.op.saturating_add(1))),
        }
    }
}
