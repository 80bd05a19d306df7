//! Rollback: the states the reader stopped at (lines and choices), to step back through
//! and forward again, as in Ren'Py. The same list is the history the backlog shows.

use std::collections::VecDeque;

use super::{Input, State, Waiting, play};
use crate::story::{Op, Story};

/// The reader's stops before the current one, and the ones rolled back over.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    past: VecDeque<State>,
    /// Stops rolled back over, the nearest last.
    future: Vec<State>,
}

impl Timeline {
    /// How many stops are kept: more than the 250 lines the backlog shows.
    pub const LIMIT: usize = 300;

    /// Whether the reader stops at `state` (a line or a choice).
    pub fn is_stop(state: &State) -> bool {
        matches!(state.waiting, Waiting::Line | Waiting::Choice)
    }

    /// The reader read on from stop `left` to stop `now`. Reading on over the stops
    /// rolled back over keeps the rest of them; anything else forgets them.
    pub fn read_on(&mut self, left: State, now: &State) {
        if self.future.last() == Some(now) {
            self.future.pop();
        } else {
            self.future.clear();
        }
        self.past.push_back(left);
        while self.past.len() > Self::LIMIT {
            self.past.pop_front();
        }
    }

    /// The reader left stop `left` for somewhere else (a loaded save): one step back
    /// returns there; what was rolled back over is forgotten.
    pub fn leave(&mut self, left: State) {
        self.future.clear();
        self.past.push_back(left);
        while self.past.len() > Self::LIMIT {
            self.past.pop_front();
        }
    }

    /// One stop back from `current`, if there is one.
    pub fn back(&mut self, current: &State) -> Option<State> {
        let previous = self.past.pop_back()?;
        self.future.push(current.clone());
        Some(previous)
    }

    /// One stop forward again, if the reader rolled back.
    pub fn forward(&mut self, current: &State) -> Option<State> {
        let next = self.future.pop()?;
        self.past.push_back(current.clone());
        Some(next)
    }

    /// The stops before the current one, oldest first.
    pub fn past(&self) -> impl DoubleEndedIterator<Item = &State> {
        self.past.iter()
    }

    pub fn can_go_forward(&self) -> bool {
        !self.future.is_empty()
    }
}

/// Which option the reader took at the choice `asked`, given the stop `next` they came
/// to after it (the history lists it): the one whose play, on through any pauses,
/// arrives there.
pub fn chosen_option(story: &Story, asked: &State, next: &State) -> Option<usize> {
    let Some(Op::Choice(options)) = story.scenes.get(asked.scene)?.ops.get(asked.step) else {
        return None;
    };
    (0..options.len()).find(|&n| {
        let mut at = play(story, asked, Input::Choose(n)).map(|(s, _)| s);
        // Pauses and chapter cards go on by themselves; a handful is plenty.
        for _ in 0..16 {
            match at {
                Ok(ref s) if s.waiting == Waiting::Pause => {
                    at = play(story, s, Input::Advance).map(|(s, _)| s)
                }
                _ => break,
            }
        }
        at.is_ok_and(|s| s == *next)
    })
}
