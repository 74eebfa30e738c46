//! The embedded typeface (DejaVu Sans, see `assets/fonts/LICENSE-DejaVu.txt`): text
//! measurement for the layout, and its registration with plotters for the PNG backend,
//! so a chart looks the same on any machine, with or without system fonts.
//!
//! Sizes are plotters font sizes: the font is scaled so that ascent plus descent spans
//! `size` pixels, and the baseline of a line of text drawn at `y` with a top anchor lies
//! at `y + size / 2`. The SVG writer converts these to CSS `font-size` with
//! [`css_font_size`] so both outputs put every glyph in the same place.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, GlyphId};

/// DejaVu Sans, regular.
pub static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family name the embedded fonts are registered under with plotters.
pub const FAMILY: &str = "chronicler-sans";

/// The CSS font stack written into SVG: the embedded face first, then faces with similar
/// (or narrower) widths, so text measured with DejaVu never comes out wider.
pub const CSS_FONT_STACK: &str =
    "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Noto Sans', Arial, Helvetica, sans-serif";

/// Measures text set in the embedded face.
pub struct Metrics {
    faces: [Face; 2],
}

struct Face {
    font: FontRef<'static>,
    /// Advance of each ASCII character, in units of the plotters size.
    ascii: [f32; 128],
    ascii_ids: [GlyphId; 128],
    /// Units per plotters size unit: 1 / (ascent - descent).
    scale: f32,
    /// CSS font-size per plotters size unit.
    css: f32,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Option<Face> {
        let font = FontRef::try_from_slice(bytes).ok()?;
        let height = font.height_unscaled();
        if height <= 0.0 {
            return None;
        }
        let scale = 1.0 / height;
        let upem = font.units_per_em().unwrap_or(height);
        let mut ascii = [0.0; 128];
        let mut ascii_ids = [GlyphId(0); 128];
        for (i, slot) in ascii.iter_mut().enumerate() {
            let id = font.glyph_id(char::from(i as u8));
            ascii_ids[i] = id;
            *slot = font.h_advance_unscaled(id) * scale;
        }
        Some(Face {
            css: upem / height,
            font,
            ascii,
            ascii_ids,
            scale,
        })
    }

    fn width(&self, text: &str) -> f32 {
        let mut w = 0.0;
        let mut prev: Option<GlyphId> = None;
        for c in text.chars() {
            let (id, adv) = if (c as u32) < 128 {
                (self.ascii_ids[c as usize], self.ascii[c as usize])
            } else {
                let id = self.font.glyph_id(c);
                (id, self.font.h_advance_unscaled(id) * self.scale)
            };
            if let Some(p) = prev {
                w += self.font.kern_unscaled(p, id) * self.scale;
            }
            w += adv;
            prev = Some(id);
        }
        w
    }
}

static METRICS: OnceLock<Option<Metrics>> = OnceLock::new();

/// The shared metrics of the embedded face.
pub fn metrics() -> &'static Metrics {
    METRICS
        .get_or_init(|| {
            Some(Metrics {
                faces: [Face::new(REGULAR)?, Face::new(BOLD)?],
            })
        })
        .as_ref()
        // The fonts are compiled in and checked by a test; this cannot fail at run time.
        .expect("the embedded DejaVu Sans fonts parse")
}

/// The CSS `font-size` that draws glyphs as large as plotters' `size` does.
pub fn css_font_size(size: f64) -> f64 {
    size * metrics().faces[0].css as f64
}

impl Metrics {
    /// The advance width of `text` at plotters size `size`, in pixels.
    pub fn width(&self, text: &str, size: f64, bold: bool) -> f64 {
        self.faces[bold as usize].width(text) as f64 * size
    }

    /// `text` cut to fit `max` pixels, at a word boundary when one is near, with an ellipsis;
    /// the second value says whether it was cut.
    pub fn fit(&self, text: &str, size: f64, bold: bool, max: f64) -> (String, bool) {
        if self.width(text, size, bold) <= max {
            return (text.to_string(), false);
        }
        let ell = self.width("…", size, bold);
        let budget = max - ell;
        if budget <= 0.0 {
            return (String::new(), true);
        }
        let face = &self.faces[bold as usize];
        let mut w = 0.0;
        let mut cut = 0;
        for (i, c) in text.char_indices() {
            let mut b = [0u8; 4];
            w += face.width(c.encode_utf8(&mut b)) as f64 * size;
            if w > budget {
                break;
            }
            cut = i + c.len_utf8();
        }
        let head = &text[..cut];
        // Prefer a word boundary if it keeps at least two thirds of what fits.
        let head = match head.rfind(' ') {
            Some(sp) if sp * 3 >= head.len() * 2 => &head[..sp],
            _ => head,
        };
        let head = head.trim_end_matches([' ', ',', ';', ':', '-', '–', '(']);
        if head.is_empty() {
            // A lone ellipsis says nothing.
            return (String::new(), true);
        }
        (format!("{head}…"), true)
    }
}

/// Registers the embedded faces with plotters (once per process) under [`FAMILY`].
pub fn register() -> crate::Result<()> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        use plotters::style::{FontStyle, register_font};
        register_font(FAMILY, FontStyle::Normal, REGULAR).is_ok()
            && register_font(FAMILY, FontStyle::Bold, BOLD).is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err(crate::Error::Usage(
            "cannot load the embedded chart font".into(),
        ))
    }
}

/// Makes text safe to lay out and to write into XML: control characters dropped, runs of
/// white space (newlines, tabs) collapsed to one space, ends trimmed.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') {
            continue;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_fonts_load_and_measure() {
        let m = metrics();
        let w = m.width("Taliban", 13.0, false);
        assert!(w > 30.0 && w < 80.0, "{w}");
        assert!(m.width("Taliban", 13.0, true) > w);
        assert!(m.width("Taliban", 26.0, false) > 1.9 * w);
        assert_eq!(m.width("", 13.0, false), 0.0);
        assert!(m.width("Kabul – Кабул – كابل", 13.0, false) > 0.0);
        register().unwrap();
    }

    #[test]
    fn long_text_is_cut_at_a_word_with_an_ellipsis() {
        let m = metrics();
        let text = "US military carried out a drone strike against a suspected IS-K planner";
        let (cut, was) = m.fit(text, 13.0, false, 150.0);
        assert!(was);
        assert!(cut.ends_with('…'));
        assert!(m.width(&cut, 13.0, false) <= 150.0);
        assert!(text.starts_with(cut.trim_end_matches('…')));
        assert_eq!(m.fit("short", 13.0, false, 150.0), ("short".into(), false));
        assert_eq!(m.fit(text, 13.0, false, 1.0).0, "");
        let (cut, _) = m.fit("ééééééééééééééééééééééééééééééé", 13.0, false, 60.0);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn text_is_cleaned_for_layout_and_xml() {
        assert_eq!(clean("  a\n\tb\u{0}c  \u{7}"), "a bc");
        assert_eq!(clean(""), "");
    }
}
