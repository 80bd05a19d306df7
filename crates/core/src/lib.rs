//! The story core of After the Rain, with no Bevy in it: the story as checked data
//! ([`story`]) and the director that plays it ([`director`]). The game crate presents
//! what these decide; everything here is plain Rust, fast to build and to test.

pub mod director;
mod hash;
pub mod save;
pub mod story;
