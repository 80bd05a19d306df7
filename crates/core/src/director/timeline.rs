//! Rollback: the states the reader stopped at (lines and choices), to step back through
//! and forward again, as in Ren'Py. The same list is the history the backlog shows.

use std::collections::VecDeque;

use super::{State, Waiting};

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
