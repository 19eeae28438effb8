//! The web chat in a real browser: written in the next commit.
