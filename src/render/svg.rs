//! SVG output: a plotters [`DrawingBackend`] that writes compact SVG into a shared string,
//! with every group of the chart as a `<g>` carrying a `<title>` tooltip. Text stays text
//! (searchable, selectable), set in the embedded face's CSS stack at the sizes the layout
//! measured.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;

use plotters::prelude::*;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};

use super::draw::{Hooks, paint};
use super::font::{CSS_FONT_STACK, css_font_size};
use super::layout::{Chart, Group};

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 forbids.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

fn hex(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn opacity(out: &mut String, attr: &str, a: f64) {
    if a < 0.999 {
        let _ = write!(out, " {attr}=\"{}\"", (a * 1000.0).round() / 1000.0);
    }
}

/// The SVG backend: appends elements to a string shared with the group hooks.
struct SvgBackend {
    buf: Rc<RefCell<String>>,
    size: (u32, u32),
}

impl DrawingBackend for SvgBackend {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        p: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let mut b = self.buf.borrow_mut();
        let _ = write!(
            b,
            "<rect x=\"{}\" y=\"{}\" width=\"1\" height=\"1\" fill=\"{}\"",
            p.0,
            p.1,
            hex(color)
        );
        opacity(&mut b, "fill-opacity", color.alpha);
        b.push_str("/>\n");
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let w = style.stroke_width().max(1);
        // Odd widths on pixel rows/columns land on the pixel centre to stay crisp.
        let half = if w % 2 == 1 { 0.5 } else { 0.0 };
        let (dx, dy) = if from.0 == to.0 {
            (half, 0.0)
        } else if from.1 == to.1 {
            (0.0, half)
        } else {
            (0.0, 0.0)
        };
        let mut b = self.buf.borrow_mut();
        let _ = write!(
            b,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"",
            from.0 as f64 + dx,
            from.1 as f64 + dy,
            to.0 as f64 + dx,
            to.1 as f64 + dy,
            hex(color)
        );
        if w != 1 {
            let _ = write!(b, " stroke-width=\"{w}\"");
        }
        opacity(&mut b, "stroke-opacity", color.alpha);
        b.push_str("/>\n");
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let mut b = self.buf.borrow_mut();
        let _ = write!(
            b,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
            ul.0,
            ul.1,
            (br.0 - ul.0).max(0),
            (br.1 - ul.1).max(0)
        );
        if fill {
            let _ = write!(b, " fill=\"{}\"", hex(color));
            opacity(&mut b, "fill-opacity", color.alpha);
        } else {
            let _ = write!(b, " fill=\"none\" stroke=\"{}\"", hex(color));
            opacity(&mut b, "stroke-opacity", color.alpha);
        }
        b.push_str("/>\n");
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let pts: Vec<BackendCoord> = path.into_iter().collect();
        if pts.len() == 2 {
            return self.draw_line(pts[0], pts[1], style);
        }
        let color = style.color();
        if color.alpha <= 0.0 || pts.is_empty() {
            return Ok(());
        }
        let mut b = self.buf.borrow_mut();
        b.push_str("<polyline fill=\"none\" points=\"");
        for (i, p) in pts.iter().enumerate() {
            let _ = write!(b, "{}{},{}", if i > 0 { " " } else { "" }, p.0, p.1);
        }
        let _ = write!(
            b,
            "\" stroke=\"{}\" stroke-width=\"{}\"",
            hex(color),
            style.stroke_width()
        );
        opacity(&mut b, "stroke-opacity", color.alpha);
        b.push_str("/>\n");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let mut b = self.buf.borrow_mut();
        b.push_str("<polygon points=\"");
        for (i, p) in path.into_iter().enumerate() {
            let _ = write!(b, "{}{},{}", if i > 0 { " " } else { "" }, p.0, p.1);
        }
        let _ = write!(b, "\" fill=\"{}\"", hex(color));
        opacity(&mut b, "fill-opacity", color.alpha);
        b.push_str("/>\n");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let mut b = self.buf.borrow_mut();
        let _ = write!(
            b,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
            center.0, center.1, radius
        );
        if fill {
            let _ = write!(b, " fill=\"{}\"", hex(color));
            opacity(&mut b, "fill-opacity", color.alpha);
        } else {
            let _ = write!(
                b,
                " fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"",
                hex(color),
                style.stroke_width().max(1)
            );
            opacity(&mut b, "stroke-opacity", color.alpha);
        }
        b.push_str("/>\n");
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let size = style.size();
        // The layout asks for a top anchor: the baseline is half a size below `pos`.
        let base = pos.1 as f64 + size / 2.0;
        let mut b = self.buf.borrow_mut();
        let _ = write!(
            b,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"",
            pos.0,
            (base * 10.0).round() / 10.0,
            (css_font_size(size) * 100.0).round() / 100.0
        );
        match style.anchor().h_pos {
            HPos::Left => {}
            HPos::Center => b.push_str(" text-anchor=\"middle\""),
            HPos::Right => b.push_str(" text-anchor=\"end\""),
        }
        if matches!(style.style(), FontStyle::Bold) {
            b.push_str(" font-weight=\"bold\"");
        }
        let _ = write!(b, " fill=\"{}\"", hex(color));
        opacity(&mut b, "fill-opacity", color.alpha);
        b.push('>');
        escape_into(&mut b, text);
        b.push_str("</text>\n");
        Ok(())
    }
}

/// Writes `<g>` and `<title>` around each group.
struct SvgHooks(Rc<RefCell<String>>);

impl Hooks for SvgHooks {
    fn begin(&mut self, g: &Group) {
        let mut b = self.0.borrow_mut();
        let _ = write!(b, "<g class=\"{}\">", g.class);
        if let Some(t) = &g.title {
            b.push_str("<title>");
            escape_into(&mut b, t);
            b.push_str("</title>");
        }
        b.push('\n');
    }
    fn end(&mut self, _: &Group) {
        self.0.borrow_mut().push_str("</g>\n");
    }
}

/// Renders a laid-out chart as an SVG document.
pub fn render(chart: &Chart) -> String {
    let mut head = String::with_capacity(256 + chart.groups.len() * 400);
    let _ = writeln!(
        head,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         role=\"img\" aria-labelledby=\"chronicler-title chronicler-desc\" font-family=\"{}\">",
        escape(CSS_FONT_STACK),
        w = chart.width,
        h = chart.height,
    );
    head.push_str("<title id=\"chronicler-title\">");
    escape_into(&mut head, &chart.title);
    head.push_str("</title>\n<desc id=\"chronicler-desc\">");
    escape_into(&mut head, &chart.description);
    head.push_str("</desc>\n");
    head.push_str(
        "<style>.event:hover line{stroke-opacity:1}.event:hover text{text-decoration:underline}</style>\n",
    );
    let buf = Rc::new(RefCell::new(head));
    let backend = SvgBackend {
        buf: Rc::clone(&buf),
        size: (chart.width, chart.height),
    };
    let root = backend.into_drawing_area();
    let mut hooks = SvgHooks(Rc::clone(&buf));
    // The string backend cannot fail (`fmt::Write` into a `String`), so errors are
    // impossible here; the text written so far is still returned whole.
    let _ = paint(&root, chart, &mut hooks);
    drop(root);
    let mut out = buf.take();
    out.push_str("</svg>\n");
    out
}
