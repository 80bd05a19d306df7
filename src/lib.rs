//! After the Rain: a visual novel. The story core ([`story`], [`director`]) is plain
//! Rust; the Bevy plugins around it only present what the director decides.

pub mod director;
pub mod story;
