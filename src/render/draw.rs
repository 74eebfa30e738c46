//! Paints a laid-out [`Chart`] with plotters, onto any backend: drawing area → elements
//! (rectangles, paths, circles, polygons, text) → present.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::DrawingBackend;

use super::font::FAMILY;
use super::layout::{Anchor, Chart, Group, Prim, Rgba};

/// Called around every group, so a backend can wrap it (SVG: `<g>` with a `<title>`).
pub trait Hooks {
    /// Before the group's primitives are drawn.
    fn begin(&mut self, group: &Group);
    /// After them.
    fn end(&mut self, group: &Group);
}

/// Hooks that do nothing (bitmap output).
pub struct NoHooks;

impl Hooks for NoHooks {
    fn begin(&mut self, _: &Group) {}
    fn end(&mut self, _: &Group) {}
}

fn color(c: Rgba) -> RGBAColor {
    RGBAColor(c.r, c.g, c.b, c.a.clamp(0.0, 1.0))
}

fn px(v: f64) -> i32 {
    if v.is_finite() {
        v.round().clamp(-1e6, 1e6) as i32
    } else {
        0
    }
}

/// Draws every group of `chart` on `root`, then presents it.
pub fn paint<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    hooks: &mut dyn Hooks,
) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| format!("cannot draw the chart: {e}");
    for g in &chart.groups {
        hooks.begin(g);
        for p in &g.prims {
            draw_prim(root, p).map_err(err)?;
        }
        hooks.end(g);
    }
    root.present().map_err(err)
}

fn draw_prim<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Prim,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    match p {
        Prim::Rect { r, color: c } => {
            let (x0, y0) = (px(r.x0), px(r.y0));
            let (x1, y1) = (px(r.x1).max(x0 + 1), px(r.y1).max(y0 + 1));
            root.draw(&Rectangle::new([(x0, y0), (x1, y1)], color(*c).filled()))
        }
        Prim::Line {
            from,
            to,
            color: c,
            width,
        } => {
            let style = ShapeStyle {
                color: color(*c),
                filled: false,
                stroke_width: (width.round() as u32).max(1),
            };
            root.draw(&PathElement::new(
                vec![(px(from.0), px(from.1)), (px(to.0), px(to.1))],
                style,
            ))
        }
        Prim::Circle {
            c,
            r,
            color: col,
            filled,
        } => {
            let style = ShapeStyle {
                color: color(*col),
                filled: *filled,
                stroke_width: 1,
            };
            root.draw(&Circle::new((px(c.0), px(c.1)), px(*r).max(1), style))
        }
        Prim::Polygon { points, color: c } => {
            let pts: Vec<(i32, i32)> = points.iter().map(|p| (px(p.0), px(p.1))).collect();
            root.draw(&Polygon::new(pts, color(*c).filled()))
        }
        Prim::Text(t) => {
            if t.text.is_empty() {
                return Ok(());
            }
            let h = match t.anchor {
                Anchor::Start => HPos::Left,
                Anchor::Middle => HPos::Center,
                Anchor::End => HPos::Right,
            };
            let style = if t.bold {
                FontStyle::Bold
            } else {
                FontStyle::Normal
            };
            let font = FontDesc::new(FontFamily::Name(FAMILY), t.size, style)
                .color(&color(t.color))
                .pos(Pos::new(h, VPos::Top));
            // With a top anchor, plotters puts the baseline half a size below `y`.
            root.draw(&Text::new(
                t.text.as_str(),
                (px(t.x), px(t.y - t.size / 2.0)),
                font,
            ))
        }
    }
}
