//! Marks: dots for days and bars for longer periods, stacked in rows above the axis; the
//! glyphs of uncertain and open-ended dates; and the quiet band of spans of time below the
//! axis.
//!
//! A span is an entry whose TIMEX3 type is DURATION, anchored to a date ("the last 20
//! years" ending at the article's date). Such ranges are context rather than events, and
//! drawn at full strength they would run across the whole chart and dominate it. They get
//! a thin, light line each, in rows of their own under the axis, labelled in small type at
//! their start, so the point events read first.

use super::font::Metrics;
use super::labels::Row;
use super::layout::{Item, PAPER, Prim, Rect, Rgba, Sizes};
use super::scale::{Join, TimeScale};
use crate::value::Mod;

/// Most rows of stacked marks in the band; beyond them marks overlap in the top row.
pub const MAX_ROWS: usize = 10;
/// Most rows of spans under the axis; spans beyond them go without a label.
pub const MAX_SPAN_ROWS: usize = 8;

/// Stacks marks in rows from the axis up: days first (so same-day events form a column of
/// dots), then periods, each in the lowest row where it touches nothing. Returns a row per
/// entry of `which` (other entries get row 0).
pub(crate) fn stack(items: &[Item], which: &[usize], marks: &[(f64, f64)], pad: f64) -> Vec<usize> {
    let mut order: Vec<usize> = which.to_vec();
    // Days first, in time order; then periods from the shortest up, so long ranges ride on
    // top and short bars stay near the axis.
    order.sort_by(|&a, &b| {
        let key = |i: usize| {
            let w = if items[i].point {
                0.0
            } else {
                marks[i].1 - marks[i].0
            };
            (!items[i].point, w, marks[i].0)
        };
        let (ka, kb) = (key(a), key(b));
        ka.0.cmp(&kb.0)
            .then(ka.1.total_cmp(&kb.1))
            .then(ka.2.total_cmp(&kb.2))
            .then(a.cmp(&b))
    });
    let mut rows: Vec<Row> = Vec::new();
    let mut out = vec![0; items.len()];
    for i in order {
        let (a, b) = (marks[i].0 - pad / 2.0, marks[i].1 + pad / 2.0);
        let r = match rows.iter().position(|l| l.free(a, b)) {
            Some(r) => r,
            None if rows.len() < MAX_ROWS => {
                rows.push(Row::default());
                rows.len() - 1
            }
            None => MAX_ROWS - 1,
        };
        rows[r].take(a, b);
        out[i] = r;
    }
    out
}

/// The mark of one event: a dot, a bar, faded ends when fuzzy, a chevron for
/// before/after.
pub(crate) fn mark_prims(prims: &mut Vec<Prim>, it: &Item, r: &Rect, s: &Sizes) {
    let c = it.color;
    let cy = (r.y0 + r.y1) / 2.0;
    if it.point {
        dot(prims, ((r.x0 + r.x1) / 2.0, cy), s.dot_r, c, it.fuzzy);
    } else if it.fuzzy {
        faded_bar(prims, r, c, s);
    } else {
        prims.push(Prim::Rect {
            r: *r,
            color: c.alpha(0.85),
        });
    }
    chevron(prims, it.modifier, r, c, s);
}

/// A dot: solid for a day, a ring with a centre for an approximate day.
pub fn dot(prims: &mut Vec<Prim>, c: (f64, f64), r: f64, color: Rgba, fuzzy: bool) {
    if fuzzy {
        prims.push(Prim::Circle {
            c,
            r,
            color: color.alpha(0.25),
            filled: true,
        });
        prims.push(Prim::Circle {
            c,
            r,
            color,
            filled: false,
        });
        prims.push(Prim::Circle {
            c,
            r: r * 0.35,
            color,
            filled: true,
        });
    } else {
        prims.push(Prim::Circle {
            c,
            r,
            color,
            filled: true,
        });
        prims.push(Prim::Circle {
            c,
            r,
            color: PAPER.alpha(0.9),
            filled: false,
        });
    }
}

/// A bar with a solid core and ends that fade out: the eye reads the edges as uncertain.
pub(crate) fn faded_bar(prims: &mut Vec<Prim>, r: &Rect, c: Rgba, s: &Sizes) {
    let w = r.x1 - r.x0;
    let fade = (w * 0.35).min(40.0 * s.k);
    let steps = if fade >= 6.0 { 6 } else { 2 };
    let core = Rect {
        x0: r.x0 + fade,
        x1: r.x1 - fade,
        ..*r
    };
    if core.x1 > core.x0 {
        prims.push(Prim::Rect {
            r: core,
            color: c.alpha(0.85),
        });
    }
    for k in 0..steps {
        let t0 = k as f64 / steps as f64;
        let t1 = (k + 1) as f64 / steps as f64;
        let a = 0.85 * (k as f64 + 0.5) / steps as f64;
        prims.push(Prim::Rect {
            r: Rect {
                x0: r.x0 + fade * t0,
                x1: r.x0 + fade * t1,
                ..*r
            },
            color: c.alpha(a),
        });
        prims.push(Prim::Rect {
            r: Rect {
                x0: r.x1 - fade * t1,
                x1: r.x1 - fade * t0,
                ..*r
            },
            color: c.alpha(a),
        });
    }
}

/// Open-ended values get a chevron on their open side.
fn chevron(prims: &mut Vec<Prim>, m: Option<Mod>, r: &Rect, c: Rgba, s: &Sizes) {
    let cy = (r.y0 + r.y1) / 2.0;
    let h = (r.y1 - r.y0) / 2.0 + 1.0 * s.k;
    match m {
        Some(Mod::Before) | Some(Mod::OnOrBefore) => prims.push(Prim::Polygon {
            points: vec![
                (r.x0 - 2.0 * s.k, cy - h),
                (r.x0 - 2.0 * s.k - h, cy),
                (r.x0 - 2.0 * s.k, cy + h),
            ],
            color: c,
        }),
        Some(Mod::After) | Some(Mod::OnOrAfter) => prims.push(Prim::Polygon {
            points: vec![
                (r.x1 + 2.0 * s.k, cy - h),
                (r.x1 + 2.0 * s.k + h, cy),
                (r.x1 + 2.0 * s.k, cy + h),
            ],
            color: c,
        }),
        _ => {}
    }
}

/// A span's line: thin and light, with end ticks, left open across cut stretches of the
/// axis (as the axis itself is).
pub(crate) fn span_prims(
    prims: &mut Vec<Prim>,
    r: &Rect,
    color: Rgba,
    scale: &TimeScale,
    s: &Sizes,
) {
    let mut pieces = vec![(r.x0, r.x1)];
    for (i, seg) in scale.segments.iter().enumerate() {
        if seg.join != Some(Join::Cut) {
            continue;
        }
        let (ga, gb) = (scale.segments[i - 1].x1, seg.x0);
        pieces = pieces
            .into_iter()
            .flat_map(|(a, b)| {
                if a < ga && b > gb {
                    vec![(a, ga - 2.0 * s.k), (gb + 2.0 * s.k, b)]
                } else {
                    vec![(a, b)]
                }
            })
            .collect();
    }
    for (a, b) in pieces {
        prims.push(Prim::Rect {
            r: Rect {
                x0: a,
                x1: b.max(a + 1.0),
                ..*r
            },
            color: color.alpha(0.4),
        });
    }
    let cy = (r.y0 + r.y1) / 2.0;
    let h = 3.5 * s.k;
    for x in [r.x0, r.x1] {
        prims.push(Prim::Line {
            from: (x, cy - h),
            to: (x, cy + h),
            color: color.alpha(0.75),
            width: (1.2 * s.k).max(1.0),
        });
    }
}

/// Where the spans go: a row per span of `which` (in time order), and whether it got its
/// label. `extents` gives each span's bar and label x extents.
pub fn stack_spans(
    which: &[usize],
    bars: &[(f64, f64)],
    labels: &[(f64, f64)],
    pad: f64,
) -> Vec<(usize, bool)> {
    let mut rows: Vec<Row> = Vec::new();
    let mut out = Vec::with_capacity(which.len());
    for (k, _) in which.iter().enumerate() {
        let (ba, bb) = bars[k];
        let (la, lb) = labels[k];
        let (a, b) = (ba.min(la) - pad, bb.max(lb) + pad);
        let r = match rows.iter().position(|r| r.free(a, b)) {
            Some(r) => Some(r),
            None if rows.len() < MAX_SPAN_ROWS => {
                rows.push(Row::default());
                Some(rows.len() - 1)
            }
            None => None,
        };
        match r {
            Some(r) => {
                rows[r].take(a, b);
                out.push((r, true));
            }
            // No room for the label: the line alone, in the last row.
            None => out.push((rows.len().saturating_sub(1), false)),
        }
    }
    out
}

/// The label of a span: its date in bold and its event, on one line cut to `max`.
pub fn span_label(m: &Metrics, size: f64, date: &str, event: &str, max: f64) -> (String, f64) {
    let date_w = m.width(date, size, true);
    let space = m.width(" ", size, false);
    let (text, _) = m.fit(event, size, false, (max - date_w - space).max(0.0));
    let w = date_w + if text.is_empty() { 0.0 } else { space } + m.width(&text, size, false);
    (text, w)
}
