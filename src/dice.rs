//! Chance, from one seeded source: rain, lightning and the cast's blinking draw from
//! it, so a headless test sees the same storm every run. The game seeds it from the
//! system at start (`main.rs`).

use bevy::prelude::*;

#[derive(Resource, Debug)]
pub struct Dice(pub fastrand::Rng);

/// The seed every app starts with unless it is given another.
const SEED: u64 = 0x00af_7e27_4a1e;

impl Default for Dice {
    fn default() -> Self {
        Self(fastrand::Rng::with_seed(SEED))
    }
}

impl Dice {
    /// Seeded from the system: a different storm every time the game is played.
    pub fn unseeded() -> Self {
        Self(fastrand::Rng::new())
    }
}
