//! Tools for writers and developers, apart from the game: the development run (hot
//! reload, starting anywhere) and the screenshot tour.

pub mod dev;
pub mod screenshots;
