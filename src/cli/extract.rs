//! extract (in progress)
use clap::Args;
/// Arguments of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {}
/// Runs `extract`.
pub fn run(_: &ExtractArgs) -> crate::Result<i32> {
    Ok(0)
}
