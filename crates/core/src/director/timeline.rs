//! Rollback: the states the reader stopped at (lines and choices), to step back through
//! and forward again, as in Ren'Py. The same list is the history the backlog shows.

use std::collections::VecDeque;

use super::{Input, State, Waiting, play};
use crate::story::{Op, Story};

/// The reader's stops before the current one, and the ones rolled back over.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    past: VecDeque<State>,
    /// About how many bytes `past` holds.
    past_bytes: usize,
    /// Stops rolled back over, the nearest last.
    future: Vec<State>,
}

impl Timeline {
    /// How many stops are kept: more than the 250 lines the backlog shows.
    pub const LIMIT: usize = 300;
    /// And how many bytes they may hold at most (a state loaded from a big save is big).
    pub const BYTES: usize = 4 << 20;

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
        self.push(left);
    }

    /// Keeps `state` as the latest stop behind, forgetting the oldest beyond the limits.
    fn push(&mut self, state: State) {
        self.past_bytes = self.past_bytes.saturating_add(state.weight());
        self.past.push_back(state);
        while self.past.len() > Self::LIMIT || self.past_bytes > Self::BYTES {
            let Some(oldest) = self.past.pop_front() else {
                break;
            };
            self.past_bytes = self.past_bytes.saturating_sub(oldest.weight());
        }
    }

    /// The reader left stop `left` for somewhere else (a loaded save): one step back
    /// returns there; what was rolled back over is forgotten.
    pub fn leave(&mut self, left: State) {
        self.future.clear();
        self.push(left);
    }

    /// One stop back from `current`, if there is one.
    pub fn back(&mut self, current: &State) -> Option<State> {
        let previous = self.past.pop_back()?;
        self.past_bytes = self.past_bytes.saturating_sub(previous.weight());
        self.future.push(current.clone());
        Some(previous)
    }

    /// One stop forward again, if the reader rolled back.
    pub fn forward(&mut self, current: &State) -> Option<State> {
        let next = self.future.pop()?;
        self.push(current.clone());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stops_kept_are_bounded_in_bytes_not_only_in_number() {
        let mut big = State {
            waiting: Waiting::Line,
            ..State::default()
        };
        // About 100 KB of variables, as a hostile save can bring.
        for n in 0..2_000 {
            big.vars.insert(format!("variable number {n:>20}"), n);
        }
        assert!(big.weight() > 100_000);
        let mut timeline = Timeline::default();
        for _ in 0..Timeline::LIMIT {
            timeline.read_on(big.clone(), &big);
        }
        let kept: usize = timeline.past().map(State::weight).sum();
        assert!(kept <= Timeline::BYTES, "{kept} bytes kept");
        assert!(timeline.past().count() < Timeline::LIMIT);
        assert!(timeline.back(&big).is_some());
    }
}
