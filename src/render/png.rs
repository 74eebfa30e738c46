//! PNG output: plotters' bitmap backend with the embedded font, encoded in memory.

use plotters::prelude::*;

use super::draw::{NoHooks, paint};
use super::font;
use super::layout::Chart;
use crate::error::{Error, Result};

/// Largest number of pixels a PNG may have (guards against absurd sizes).
const MAX_PIXELS: u64 = 120_000_000;

/// Renders a laid-out chart as PNG bytes (8-bit RGB).
pub fn render(chart: &Chart) -> Result<Vec<u8>> {
    font::register()?;
    let (w, h) = (chart.width, chart.height.max(1));
    if w as u64 * h as u64 > MAX_PIXELS {
        return Err(Error::Usage(format!(
            "the chart would be {w}×{h} pixels, too large for a PNG; use SVG or a smaller --width"
        )));
    }
    let mut rgb = vec![255u8; w as usize * h as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
        paint(&root, chart, &mut NoHooks).map_err(Error::Usage)?;
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let err = |e: png::EncodingError| Error::Usage(format!("cannot encode PNG: {e}"));
        let mut writer = enc.write_header().map_err(err)?;
        writer.write_image_data(&rgb).map_err(err)?;
        writer.finish().map_err(err)?;
    }
    Ok(out)
}
