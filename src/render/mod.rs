//! Drawing a chronology as a timeline chart, in SVG or PNG, with plotters.
//!
//! One small module per job: [`scale`] maps days to pixels over a segmented axis,
//! [`axis`] picks ticks, [`marks`] stacks and draws the marks, [`labels`] writes and
//! places the labels, [`layout`] puts the whole chart together,
//! [`draw`] paints that layout with plotters, and [`mod@svg`] / [`mod@png`] are the two
//! backends. [`when`] writes dates in words; [`font`] embeds the typeface.
//!
//! ```
//! use chronicler::render::{self, ChartOptions, sample};
//! let svg = render::svg(&sample::seed(), &ChartOptions::default());
//! assert!(svg.starts_with("<svg"));
//! assert!(svg.contains("drone strike"));
//! ```

pub mod axis;
pub mod draw;
pub mod font;
pub mod labels;
pub mod layout;
pub mod marks;
pub mod png;
pub mod sample;
pub mod scale;
pub mod svg;
pub mod when;

use crate::chronology::Chronology;

pub use layout::{Chart, layout};

/// How to draw a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartOptions {
    /// The title at the top.
    pub title: String,
    /// Width in pixels (240..=16000; values outside are clamped). Type sizes scale with
    /// it, so a 3200-pixel PNG is a sharper copy of the 1600-pixel one.
    pub width: u32,
}

impl Default for ChartOptions {
    fn default() -> ChartOptions {
        ChartOptions {
            title: "Chronology".into(),
            width: 1600,
        }
    }
}

/// The chart as an SVG document.
pub fn svg(chronology: &Chronology, options: &ChartOptions) -> String {
    svg::render(&layout(chronology, options))
}

/// The chart as PNG bytes.
pub fn png(chronology: &Chronology, options: &ChartOptions) -> crate::Result<Vec<u8>> {
    png::render(&layout(chronology, options))
}
