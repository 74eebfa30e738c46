//! The chart's geometry, computed once and drawn by either backend: where every mark,
//! stem, label, tick and legend entry goes.
//!
//! Structure, top to bottom: title, subtitle, legend and key; an annotation row (article
//! dates, segment names); label lanes; the mark band (dots for days, bars for longer
//! periods, stacked where they would touch); the time axis with its ticks; a footer.
//!
//! Labels sit in lanes above the band, each on a stem (leader line) that drops to its
//! mark. A label goes in the lowest lane where it touches no other label, no other stem
//! and no article-date line, and where its own stem crosses no label below it; it goes to
//! the right of its stem when there is room, else to the left. When more labels are
//! wanted than lanes allow, the surest events get them and the rest stay marks with a
//! tooltip.

use chrono::{Datelike, NaiveDate};

use super::ChartOptions;
use super::axis;
use super::font::{self, Metrics};
use super::scale::{Join, TimeScale};
use super::when::{self, Style};
use crate::chronology::{Chronology, Entry};
use crate::value::{Granularity, Mod};

/// A colour with opacity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgba {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Opacity, 0..=1.
    pub a: f64,
}

impl Rgba {
    /// An opaque colour from `0xRRGGBB`.
    pub const fn hex(rgb: u32) -> Rgba {
        Rgba {
            r: (rgb >> 16) as u8,
            g: (rgb >> 8) as u8,
            b: rgb as u8,
            a: 1.0,
        }
    }

    /// The same colour at opacity `a`.
    pub const fn alpha(self, a: f64) -> Rgba {
        Rgba { a, ..self }
    }
}

/// Text colour for headings and labels.
pub const INK: Rgba = Rgba::hex(0x1B1B1B);
/// Secondary text.
pub const MUTED: Rgba = Rgba::hex(0x595959);
/// Tertiary text (still 4.5:1 on white).
pub const FAINT: Rgba = Rgba::hex(0x757575);
/// Grid lines.
pub const GRID: Rgba = Rgba::hex(0xE4E4E4);
/// The axis line.
pub const AXIS: Rgba = Rgba::hex(0x3D3D3D);
/// Background of alternate segments.
pub const SHADE: Rgba = Rgba::hex(0xF4F4F1);
/// The page.
pub const PAPER: Rgba = Rgba::hex(0xFFFFFF);
/// Colour of sources beyond the palette.
pub const OTHER: Rgba = Rgba::hex(0x8C8C8C);

/// Source colours: the Okabe–Ito palette (safe for the common colour-vision deficiencies)
/// without its yellow, which is too light for marks on white.
pub const PALETTE: [Rgba; 7] = [
    Rgba::hex(0x0072B2),
    Rgba::hex(0xD55E00),
    Rgba::hex(0x009E73),
    Rgba::hex(0xCC79A7),
    Rgba::hex(0xE69F00),
    Rgba::hex(0x56B4E9),
    Rgba::hex(0x000000),
];

/// Horizontal alignment of text at its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at x.
    Start,
    /// Text is centred on x.
    Middle,
    /// Text ends at x.
    End,
}

/// A line of text.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Anchor x.
    pub x: f64,
    /// Baseline y.
    pub y: f64,
    /// Plotters font size (ascent + descent in pixels).
    pub size: f64,
    /// Bold face.
    pub bold: bool,
    /// Colour.
    pub color: Rgba,
    /// Alignment.
    pub anchor: Anchor,
    /// The text (already cleaned of control characters).
    pub text: String,
}

/// One drawing primitive, in pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Prim {
    /// A filled rectangle.
    Rect {
        /// Corners.
        r: Rect,
        /// Fill.
        color: Rgba,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f64, f64),
        /// End.
        to: (f64, f64),
        /// Stroke.
        color: Rgba,
        /// Stroke width.
        width: f64,
    },
    /// A circle.
    Circle {
        /// Centre.
        c: (f64, f64),
        /// Radius.
        r: f64,
        /// Fill (or stroke colour when not filled).
        color: Rgba,
        /// Filled disc or ring.
        filled: bool,
    },
    /// A filled polygon.
    Polygon {
        /// Corners.
        points: Vec<(f64, f64)>,
        /// Fill.
        color: Rgba,
    },
    /// Text.
    Text(TextRun),
}

/// A group of primitives: one event, the axis, the legend... SVG writes it as `<g>` with
/// a `<title>` tooltip when it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// CSS class: `event`, `axis`, `legend`...
    pub class: &'static str,
    /// Tooltip.
    pub title: Option<String>,
    /// What to draw, in order.
    pub prims: Vec<Prim>,
}

/// An axis-aligned box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// Whether two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// Where one entry ended up.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// Index into `Chronology::entries`.
    pub entry: usize,
    /// The mark's box.
    pub mark: Rect,
    /// The label's box, when it got one.
    pub label: Option<Rect>,
    /// The stem: x, top y, bottom y.
    pub stem: Option<(f64, f64, f64)>,
    /// Whether the label text was shortened.
    pub shortened: bool,
}

/// A laid-out chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The title.
    pub title: String,
    /// A one-paragraph description for screen readers.
    pub description: String,
    /// What to draw, in paint order.
    pub groups: Vec<Group>,
    /// Where each entry went, in entry order.
    pub placements: Vec<Placement>,
    /// The time scale.
    pub scale: TimeScale,
}

/// Sizes, scaled with the chart width.
struct Sizes {
    k: f64,
    margin: f64,
    title: f64,
    subtitle: f64,
    legend: f64,
    label: f64,
    tick: f64,
    small: f64,
    lane_h: f64,
    row_h: f64,
    dot_r: f64,
    bar_h: f64,
    gutter: f64,
    label_max: f64,
}

impl Sizes {
    fn new(width: f64) -> Sizes {
        let k = (width / 1600.0).clamp(0.6, 3.0);
        Sizes {
            k,
            margin: 44.0 * k,
            title: 30.0 * k,
            subtitle: 16.5 * k,
            legend: 14.5 * k,
            label: 15.0 * k,
            tick: 13.0 * k,
            small: 12.5 * k,
            lane_h: 22.0 * k,
            row_h: 12.0 * k,
            dot_r: 4.6 * k,
            bar_h: 8.0 * k,
            gutter: 30.0 * k,
            label_max: (width * 0.26).clamp(150.0 * k, 380.0 * k),
        }
    }
}

/// Most label lanes; beyond them events stay marks with tooltips.
const MAX_LANES: usize = 32;
/// Most rows of stacked marks in the band; beyond them marks overlap in the top row.
const MAX_ROWS: usize = 10;
/// Narrowest and widest chart.
const WIDTH_RANGE: (u32, u32) = (240, 16000);

/// Baseline of a line of text whose box (ascent + descent) starts at `top`.
fn baseline(top: f64, size: f64) -> f64 {
    top + 0.8 * size
}

fn day_num(d: NaiveDate) -> f64 {
    d.num_days_from_ce() as f64
}

/// Short display name of a source: its file name.
fn source_name(id: &str) -> &str {
    id.rsplit(['/', '\\']).find(|s| !s.is_empty()).unwrap_or(id)
}

/// Per entry: everything the layout needs.
struct Item {
    start: f64,
    end: f64,
    point: bool,
    fuzzy: bool,
    modifier: Option<Mod>,
    color: Rgba,
    date: String,
    event: String,
    tooltip: String,
    priority: (i64, u8),
}

/// Occupied intervals of one lane, sorted by start.
#[derive(Default, Clone)]
struct Lane(Vec<(f64, f64)>);

impl Lane {
    fn free(&self, a: f64, b: f64) -> bool {
        let i = self.0.partition_point(|&(_, e)| e <= a);
        self.0.get(i).is_none_or(|&(s, _)| s >= b)
    }
    fn take(&mut self, a: f64, b: f64) {
        let i = self.0.partition_point(|&(s, _)| s < a);
        self.0.insert(i, (a, b));
    }
}

/// A label's horizontal extent and side, found by [`place_labels`].
#[derive(Clone, Copy)]
struct LabelSpot {
    lane: usize,
    stem: f64,
    x0: f64,
    x1: f64,
}

/// Lays out a chronology.
pub fn layout(chron: &Chronology, opts: &ChartOptions) -> Chart {
    let width = opts.width.clamp(WIDTH_RANGE.0, WIDTH_RANGE.1);
    let w = width as f64;
    let s = Sizes::new(w);
    let m = font::metrics();
    let title = match font::clean(&opts.title) {
        t if t.is_empty() => "Chronology".to_string(),
        t => t,
    };

    // Sources and colours, in document order, then any source only rows name.
    let mut sources: Vec<(String, usize)> =
        chron.documents.iter().map(|d| (d.id.clone(), 0)).collect();
    for e in &chron.entries {
        match sources.iter_mut().find(|(id, _)| *id == e.source) {
            Some(s) => s.1 += 1,
            None => sources.push((e.source.clone(), 1)),
        }
    }
    sources.retain(|(_, n)| *n > 0);
    let color_of = |src: &str| {
        let i = sources
            .iter()
            .position(|(id, _)| id == src)
            .unwrap_or(usize::MAX);
        if sources.len() <= PALETTE.len() || i < PALETTE.len() - 1 {
            PALETTE.get(i).copied().unwrap_or(OTHER)
        } else {
            OTHER
        }
    };

    let one_year = {
        let days = chron
            .entries
            .iter()
            .filter(|e| matches!(e.granularity, Granularity::Day | Granularity::Time));
        let mut years = days.map(|e| e.start.year());
        let first = years.next();
        first.is_some() && years.all(|y| Some(y) == first)
    };
    let items: Vec<Item> = chron
        .entries
        .iter()
        .map(|e| item(e, color_of(&e.source), one_year))
        .collect();

    // Article dates.
    let mut dcts: Vec<NaiveDate> = chron
        .documents
        .iter()
        .filter_map(|d| d.dct.as_deref())
        .filter_map(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
        .collect();
    dcts.sort();
    dcts.dedup();

    let x0 = s.margin;
    let x1 = w - s.margin;
    let spans: Vec<(f64, f64)> = items.iter().map(|i| (i.start, i.end)).collect();
    let dct_days: Vec<f64> = dcts.iter().map(|d| day_num(*d)).collect();
    let scale = TimeScale::fit(&spans, &dct_days, x0, x1, s.gutter);

    // Marks: x extents.
    let marks: Vec<(f64, f64)> = items
        .iter()
        .map(|it| {
            if it.point {
                let c = scale.x((it.start + it.end) / 2.0);
                (c - s.dot_r, c + s.dot_r)
            } else {
                let (a, b) = (scale.x(it.start), scale.x(it.end));
                let min = 3.0 * s.k;
                if b - a < min {
                    let c = (a + b) / 2.0;
                    (c - min / 2.0, c + min / 2.0)
                } else {
                    (a, b)
                }
            }
        })
        .collect();
    let rows = stack_marks(&items, &marks, 2.0 * s.k);
    let band_rows = rows.iter().map(|r| r + 1).max().unwrap_or(1).min(MAX_ROWS);

    // Labels.
    let dct_x: Vec<f64> = dct_days.iter().map(|d| scale.x(d + 0.5)).collect();
    let (label_widths, spots) = place_labels(&items, &marks, m, &s, &dct_x, x0, x1);
    let lanes = spots
        .iter()
        .flatten()
        .map(|sp| sp.lane + 1)
        .max()
        .unwrap_or(0);
    let labelled = spots.iter().filter(|sp| sp.is_some()).count();
    let line_h = s.label * 1.2;
    let max_lines = label_widths
        .iter()
        .map(|l| l.lines.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let lane_h = s.lane_h + (max_lines - 1) as f64 * line_h;

    // ---- Vertical structure.
    let mut groups: Vec<Group> = Vec::new();
    let mut header = Group {
        class: "header",
        title: None,
        prims: Vec::new(),
    };
    let mut y = s.margin * 0.7;
    let (title_fit, _) = m.fit(&title, s.title, true, x1 - x0);
    header.prims.push(Prim::Text(TextRun {
        x: x0,
        y: baseline(y, s.title),
        size: s.title,
        bold: true,
        color: INK,
        anchor: Anchor::Start,
        text: title_fit,
    }));
    y += s.title * 1.25;
    let subtitle = subtitle(chron, sources.len(), labelled);
    let (sub_fit, _) = m.fit(&subtitle, s.subtitle, false, x1 - x0);
    header.prims.push(Prim::Text(TextRun {
        x: x0,
        y: baseline(y, s.subtitle),
        size: s.subtitle,
        bold: false,
        color: MUTED,
        anchor: Anchor::Start,
        text: sub_fit,
    }));
    y += s.subtitle * 1.5;
    let legend_bottom = legend(&mut groups, m, &s, &sources, &color_of, x0, x1, y);
    y = legend_bottom + 10.0 * s.k;
    groups.insert(0, header);

    if items.is_empty() {
        let h = (y + s.margin).ceil() as u32;
        let mut groups = groups;
        groups.insert(0, background(w, h as f64));
        return Chart {
            width,
            height: h,
            description: format!("{title}: no dated events."),
            title,
            groups,
            placements: Vec::new(),
            scale,
        };
    }

    let annot_top = y;
    let annot_h = s.small * 1.6;
    let lanes_top = annot_top + annot_h + 4.0 * s.k;
    let lanes_bottom = lanes_top + lanes as f64 * lane_h;
    let band_top = lanes_bottom + 6.0 * s.k;
    let band_bottom = band_top + band_rows as f64 * s.row_h;
    let axis_y = band_bottom + 5.0 * s.k;
    let ticks_bottom = axis_y + 8.0 * s.k + s.tick * 2.6;
    let footer_top = ticks_bottom + 12.0 * s.k;
    let height = (footer_top + s.small * 1.4 + s.margin * 0.5).ceil();

    groups.insert(0, background(w, height));

    // ---- Segment shading and grid.
    let ticks = axis::ticks(&scale, m, s.tick, 14.0 * s.k);
    let mut grid = Group {
        class: "grid",
        title: None,
        prims: Vec::new(),
    };
    for (i, seg) in scale.segments.iter().enumerate() {
        if scale.segments.len() > 1 && i % 2 == 1 {
            grid.prims.push(Prim::Rect {
                r: Rect {
                    x0: seg.x0,
                    y0: lanes_top,
                    x1: seg.x1,
                    y1: axis_y,
                },
                color: SHADE,
            });
        }
    }
    for t in ticks.iter().flatten() {
        grid.prims.push(Prim::Line {
            from: (t.x, lanes_top),
            to: (t.x, axis_y),
            color: if t.major {
                GRID.alpha(1.0)
            } else {
                GRID.alpha(0.7)
            },
            width: 1.0,
        });
    }
    groups.push(grid);

    // ---- Article dates and segment names.
    let mut annot = Group {
        class: "annotations",
        title: None,
        prims: Vec::new(),
    };
    let mut taken: Vec<(f64, f64)> = Vec::new();
    let annot_base = baseline(annot_top + annot_h * 0.15, s.small);
    for (i, (&x, d)) in dct_x.iter().zip(&dcts).enumerate() {
        dashed(
            &mut annot.prims,
            x,
            annot_top + 2.0 * s.k,
            axis_y,
            AXIS.alpha(0.75),
            1.0 * s.k.max(1.0),
            4.0 * s.k,
        );
        let text = if dcts.len() == 1 {
            format!("Article date {}", when::day(*d, Style::Short, true))
        } else if i == 0 {
            format!("Articles {}", when::day(*d, Style::Short, true))
        } else {
            when::day(*d, Style::Short, true)
        };
        let tw = m.width(&text, s.small, true);
        let (tx, anchor, a, b) = if x + 5.0 * s.k + tw <= x1 + s.margin * 0.6 {
            (x + 5.0 * s.k, Anchor::Start, x, x + 5.0 * s.k + tw)
        } else {
            (x - 5.0 * s.k, Anchor::End, x - 5.0 * s.k - tw, x)
        };
        if taken
            .iter()
            .any(|&(p, q)| a < q + 6.0 * s.k && p < b + 6.0 * s.k)
        {
            continue;
        }
        taken.push((a, b));
        annot.prims.push(Prim::Text(TextRun {
            x: tx,
            y: annot_base,
            size: s.small,
            bold: true,
            color: AXIS,
            anchor,
            text,
        }));
    }
    groups.push(annot);

    // ---- Axis.
    let mut ax = Group {
        class: "axis",
        title: None,
        prims: Vec::new(),
    };
    let lw = (1.2 * s.k).max(1.0);
    for (i, seg) in scale.segments.iter().enumerate() {
        ax.prims.push(Prim::Line {
            from: (seg.x0, axis_y),
            to: (seg.x1, axis_y),
            color: AXIS,
            width: lw,
        });
        match seg.join {
            Some(Join::Cut) => {
                let prev = &scale.segments[i - 1];
                for x in [prev.x1, seg.x0] {
                    let h = 6.0 * s.k;
                    ax.prims.push(Prim::Line {
                        from: (x - h * 0.45, axis_y + h),
                        to: (x + h * 0.45, axis_y - h),
                        color: AXIS,
                        width: lw,
                    });
                }
            }
            Some(Join::ScaleChange) => {
                let h = 5.0 * s.k;
                ax.prims.push(Prim::Polygon {
                    points: vec![
                        (seg.x0, axis_y - h),
                        (seg.x0 + h * 0.8, axis_y),
                        (seg.x0, axis_y + h),
                        (seg.x0 - h * 0.8, axis_y),
                    ],
                    color: AXIS,
                });
            }
            None => {}
        }
    }
    let tick_base = baseline(axis_y + 7.0 * s.k, s.tick);
    for t in ticks.iter().flatten() {
        ax.prims.push(Prim::Line {
            from: (t.x, axis_y),
            to: (t.x, axis_y + 4.0 * s.k),
            color: AXIS,
            width: lw * 0.8,
        });
        ax.prims.push(Prim::Text(TextRun {
            x: t.x,
            y: tick_base,
            size: s.tick,
            bold: false,
            color: MUTED,
            anchor: Anchor::Middle,
            text: t.label.clone(),
        }));
        if let Some(c) = &t.context {
            let lw = m.width(&t.label, s.tick, false);
            ax.prims.push(Prim::Text(TextRun {
                x: t.x - lw / 2.0,
                y: tick_base + s.tick * 1.25,
                size: s.tick,
                bold: true,
                color: AXIS,
                anchor: Anchor::Start,
                text: c.clone(),
            }));
        }
    }
    groups.push(ax);

    // ---- Events: marks and stems first (all of them), so no stem paints over a label.
    let lane_top = |lane: usize| lanes_bottom - (lane as f64 + 1.0) * lane_h;
    let row_center = |row: usize| band_bottom - (row.min(MAX_ROWS - 1) as f64 + 0.5) * s.row_h;
    let mut placements = Vec::with_capacity(items.len());
    let mut event_groups = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        let (mx0, mx1) = marks[i];
        let cy = row_center(rows[i]);
        let mut prims = Vec::new();
        let mark = if it.point {
            Rect {
                x0: mx0,
                y0: cy - s.dot_r,
                x1: mx1,
                y1: cy + s.dot_r,
            }
        } else {
            Rect {
                x0: mx0,
                y0: cy - s.bar_h / 2.0,
                x1: mx1,
                y1: cy + s.bar_h / 2.0,
            }
        };
        let mut placement = Placement {
            entry: i,
            mark,
            label: None,
            stem: None,
            shortened: false,
        };
        if let Some(sp) = spots[i] {
            let top = lane_top(sp.lane) + 3.0 * s.k + s.label * 0.2;
            let bottom = mark.y0;
            prims.push(Prim::Line {
                from: (sp.stem, top),
                to: (sp.stem, bottom),
                color: it.color.alpha(0.55),
                width: (1.0 * s.k).max(1.0),
            });
            placement.stem = Some((sp.stem, top, bottom));
        }
        mark_prims(&mut prims, it, &mark, &s);
        if let Some(sp) = spots[i] {
            let l = &label_widths[i];
            let top = lane_top(sp.lane);
            let base = top + 3.0 * s.k + s.label * 0.85;
            let gap = m.width(" ", s.label, false);
            prims.push(Prim::Text(TextRun {
                x: sp.x0,
                y: base,
                size: s.label,
                bold: true,
                color: INK,
                anchor: Anchor::Start,
                text: l.date.clone(),
            }));
            for (j, line) in l.lines.iter().enumerate() {
                let x = if j == 0 {
                    sp.x0 + l.date_w + gap
                } else {
                    sp.x0
                };
                prims.push(Prim::Text(TextRun {
                    x,
                    y: base + j as f64 * line_h,
                    size: s.label,
                    bold: false,
                    color: INK,
                    anchor: Anchor::Start,
                    text: line.clone(),
                }));
            }
            placement.label = Some(Rect {
                x0: sp.x0,
                y0: top + 1.0,
                x1: sp.x1,
                y1: top + lane_h - 1.0,
            });
            placement.shortened = l.shortened;
        }
        placements.push(placement);
        event_groups.push(Group {
            class: "event",
            title: Some(it.tooltip.clone()),
            prims,
        });
    }
    groups.extend(event_groups);

    // ---- Footer.
    let mut footer = Group {
        class: "footer",
        title: None,
        prims: Vec::new(),
    };
    let note = footer_note(items.len(), labelled, scale.segments.len() > 1);
    let (note, _) = m.fit(&note, s.small, false, x1 - x0);
    footer.prims.push(Prim::Text(TextRun {
        x: x0,
        y: baseline(footer_top, s.small),
        size: s.small,
        bold: false,
        color: FAINT,
        anchor: Anchor::Start,
        text: note,
    }));
    groups.push(footer);

    let description = format!(
        "{title}. {}. Time runs left to right{}.",
        subtitle,
        if scale.segments.len() > 1 {
            ", on an axis split into segments at different scales"
        } else {
            ""
        }
    );
    Chart {
        width,
        height: height as u32,
        title,
        description,
        groups,
        placements,
        scale,
    }
}

fn background(w: f64, h: f64) -> Group {
    Group {
        class: "background",
        title: None,
        prims: vec![Prim::Rect {
            r: Rect {
                x0: 0.0,
                y0: 0.0,
                x1: w,
                y1: h,
            },
            color: PAPER,
        }],
    }
}

fn item(e: &Entry, color: Rgba, one_year: bool) -> Item {
    let point = matches!(e.granularity, Granularity::Day | Granularity::Time) && e.start == e.end;
    let modifier = when::effective_mod(e);
    let event = match font::clean(&e.event) {
        t if t.is_empty() => match font::clean(&e.timex) {
            t if t.is_empty() => "(no event)".to_string(),
            t => format!("“{t}”"),
        },
        t => t,
    };
    let date = font::clean(&when::phrase(e, Style::Short, !one_year));
    let long = when::phrase(e, Style::Long, true);
    let mut tooltip = format!("{long}: {event}");
    let timex = font::clean(&e.timex);
    if !timex.is_empty() {
        tooltip.push_str(&format!("\nAs written: “{timex}” ({})", e.value));
    }
    tooltip.push_str(&format!("\nSource: {}", font::clean(&e.source)));
    let quote = font::clean(&e.quote);
    if !quote.is_empty() {
        tooltip.push_str(&format!("\n{quote}"));
    }
    let start = day_num(e.start);
    Item {
        start,
        end: day_num(e.end) + 1.0,
        point,
        fuzzy: modifier.is_some_and(Mod::is_fuzzy),
        modifier,
        color,
        date,
        event,
        tooltip,
        priority: (
            -((e.confidence.clamp(0.0, 1.0) * 10.0).round() as i64),
            e.granularity as u8,
        ),
    }
}

/// A label: the date in bold, then the event, wrapped over at most a few lines.
#[derive(Debug, Clone, PartialEq)]
struct LabelText {
    date: String,
    /// The event's lines; the first follows the date on the same line.
    lines: Vec<String>,
    date_w: f64,
    width: f64,
    shortened: bool,
}

/// Label text fitted to `max` pixels per line over at most `max_lines` lines, words kept
/// whole where possible, an ellipsis where the text had to stop.
fn label_text(m: &Metrics, s: &Sizes, it: &Item, max: f64, max_lines: usize) -> LabelText {
    let size = s.label;
    let date = it.date.clone();
    let date_w = m.width(&date, size, true);
    let gap = m.width(" ", size, false);
    let mut lines: Vec<String> = Vec::new();
    let mut rest: &str = &it.event;
    let mut shortened = false;
    for li in 0..max_lines.max(1) {
        if rest.is_empty() {
            break;
        }
        let avail = if li == 0 { max - date_w - gap } else { max }.max(0.0);
        if li + 1 >= max_lines {
            let (t, cut) = m.fit(rest, size, false, avail);
            shortened |= cut;
            lines.push(t);
            rest = "";
            break;
        }
        let mut end = 0;
        for idx in rest
            .match_indices(' ')
            .map(|(i, _)| i)
            .chain(std::iter::once(rest.len()))
        {
            if m.width(&rest[..idx], size, false) <= avail {
                end = idx;
            } else {
                break;
            }
        }
        if end == 0 {
            if li == 0 {
                // Not even one word fits beside the date: start the text on the next line.
                lines.push(String::new());
                continue;
            }
            let (t, cut) = m.fit(rest, size, false, avail);
            shortened |= cut;
            lines.push(t);
            rest = "";
            break;
        }
        lines.push(rest[..end].trim_end().to_string());
        rest = rest[end..].trim_start();
    }
    shortened |= !rest.is_empty();
    let width = lines
        .iter()
        .enumerate()
        .map(|(i, l)| m.width(l, size, false) + if i == 0 { date_w + gap } else { 0.0 })
        .fold(date_w, f64::max);
    LabelText {
        date,
        lines,
        date_w,
        width,
        shortened,
    }
}

/// Stacks marks in rows from the axis up: days first (so same-day events form a column of
/// dots), then periods, each in the lowest row where it touches nothing.
fn stack_marks(items: &[Item], marks: &[(f64, f64)], pad: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
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
    let mut rows: Vec<Lane> = Vec::new();
    let mut out = vec![0; items.len()];
    for i in order {
        let (a, b) = (marks[i].0 - pad / 2.0, marks[i].1 + pad / 2.0);
        let r = match rows.iter().position(|l| l.free(a, b)) {
            Some(r) => r,
            None if rows.len() < MAX_ROWS => {
                rows.push(Lane::default());
                rows.len() - 1
            }
            None => MAX_ROWS - 1,
        };
        rows[r].take(a, b);
        out[i] = r;
    }
    out
}

/// How to choose the side of the stem each label goes on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    /// Right, unless it would leave the chart.
    Right,
    /// Left, unless it would leave the chart.
    Left,
    /// The side with fewer stems within a label's width, so a label does not wall off its
    /// neighbours.
    Open,
}

/// The label text of every item, fitted to a maximum width.
type Labels = Vec<LabelText>;

/// A tried arrangement: (labelled, lanes, label texts, spots, side policy, lines per label).
type Arrangement = (usize, usize, Labels, Vec<Option<LabelSpot>>, Side, usize);

/// Label shapes to try, in order of preference: (share of the widest label, lines).
const VARIANTS: [(f64, usize); 5] = [(1.0, 1), (0.6, 2), (0.5, 3), (0.42, 2), (0.42, 1)];
/// What charts with thousands of events try (one pass, to stay fast).
const VARIANTS_BIG: [(f64, usize); 1] = [(0.42, 1)];

/// A label position to try: stem x and the label's horizontal extent.
type Candidate = (f64, f64, f64);

/// Finds lanes for labels (see the module docs). Returns the label texts used and one
/// spot per item, `None` for items left without a label.
///
/// A stem must not cross a label below its own, so labels to the right of their stems
/// are placed from the latest event back (earlier events end up higher, like a
/// staircase), and labels to the left from the earliest forward. Each side policy is tried
/// at full label width, then with shorter labels; the first arrangement that labels
/// everything wins, else the one that labels most. When not everything fits, the labels
/// go to the surest, most precise events.
#[allow(clippy::too_many_arguments)]
fn place_labels(
    items: &[Item],
    marks: &[(f64, f64)],
    m: &Metrics,
    s: &Sizes,
    dct_x: &[f64],
    x0: f64,
    x1: f64,
) -> (Labels, Vec<Option<LabelSpot>>) {
    let stems: Vec<f64> = {
        let mut v: Vec<f64> = marks.iter().map(|&(a, b)| (a + b) / 2.0).collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let everything: Vec<usize> = (0..items.len()).collect();
    let mut best: Option<Arrangement> = None;
    // Big charts try fewer variants, to stay fast.
    let big = items.len() > 2000;
    let variants: &[(f64, usize)] = if big { &VARIANTS_BIG } else { &VARIANTS };
    let sides: &[Side] = if big {
        &[Side::Open]
    } else {
        &[Side::Open, Side::Right, Side::Left]
    };
    for &(f, lines) in variants {
        let labels: Labels = items
            .iter()
            .map(|it| label_text(m, s, it, s.label_max * f, lines))
            .collect();
        for &side in sides {
            let spots = place_subset(
                &everything,
                items,
                marks,
                &labels,
                &stems,
                side,
                dct_x,
                s,
                x0,
                x1,
            );
            let n = spots.iter().flatten().count();
            let lanes = spots
                .iter()
                .flatten()
                .map(|p| p.lane + 1)
                .max()
                .unwrap_or(0);
            // More labels win; among equals, the earlier (longer, one-line) variant, then
            // fewer lanes.
            let better = best
                .as_ref()
                .is_none_or(|b| n > b.0 || (n == b.0 && lines == b.5 && lanes < b.1));
            if better {
                best = Some((n, lanes, labels.clone(), spots, side, lines));
            }
        }
        if best.as_ref().is_some_and(|b| b.0 == items.len()) {
            break;
        }
    }
    let Some((n, _, labels, spots, side, _)) = best else {
        return (Vec::new(), Vec::new());
    };
    if n == items.len() {
        return (labels, spots);
    }
    // Not everything fits: let the surest, most precise events claim lanes first, then
    // lay out the ones that got a label again in the staircase order.
    let mut by_priority: Vec<usize> = (0..items.len()).collect();
    by_priority.sort_by_key(|&i| (items[i].priority, i));
    let cands: Vec<Vec<Candidate>> = (0..items.len())
        .map(|i| candidates(i, items, marks, &labels, &stems, side, s, x0, x1))
        .collect();
    let chosen = place_in_order(&by_priority, &cands, &labels, dct_x, s);
    if chosen.iter().flatten().count() <= n {
        return (labels, spots);
    }
    let keep: Vec<usize> = (0..items.len()).filter(|&i| chosen[i].is_some()).collect();
    let again = place_subset(&keep, items, marks, &labels, &stems, side, dct_x, s, x0, x1);
    if again.iter().flatten().count() >= chosen.iter().flatten().count() {
        (labels, again)
    } else {
        (labels, chosen)
    }
}

/// The positions to try for item `i`, preferred side first. A dot has one stem; a bar
/// may carry its stem at several points along its length.
#[allow(clippy::too_many_arguments)]
fn candidates(
    i: usize,
    items: &[Item],
    marks: &[(f64, f64)],
    labels: &Labels,
    stems: &[f64],
    side: Side,
    s: &Sizes,
    x0: f64,
    x1: f64,
) -> Vec<Candidate> {
    let gap = 5.0 * s.k;
    let width = labels[i].width;
    let (ma, mb) = marks[i];
    let inset = ((mb - ma) / 2.0).min(4.0 * s.k);
    let positions: Vec<f64> = if items[i].point {
        vec![(ma + mb) / 2.0]
    } else {
        let (a, b) = (ma + inset, mb - inset);
        let n = (((b - a) / (40.0 * s.k)) as usize).min(6);
        (0..=n)
            .map(|k| {
                if n == 0 {
                    a
                } else {
                    a + (b - a) * k as f64 / n as f64
                }
            })
            .collect()
    };
    let fits = |c: &Candidate| c.1 >= x0 - s.margin * 0.5 && c.2 <= x1 + s.margin * 0.5;
    // A label to the right hangs off the bar's end first, one to the left off its start:
    // that way it covers only stems placed before it in the staircase order.
    let right: Vec<Candidate> = positions
        .iter()
        .rev()
        .map(|&x| (x, x + gap, x + gap + width))
        .filter(fits)
        .collect();
    let left: Vec<Candidate> = positions
        .iter()
        .map(|&x| (x, x - gap - width, x - gap))
        .filter(fits)
        .collect();
    let count =
        |a: f64, b: f64| stems.partition_point(|&x| x <= b) - stems.partition_point(|&x| x < a);
    let left_first = match (right.first(), left.first()) {
        (Some(_), None) | (None, None) => false,
        (None, Some(_)) => true,
        (Some(r), Some(l)) => match side {
            Side::Right => false,
            Side::Left => true,
            Side::Open => count(r.1, r.2) > count(l.1, l.2),
        },
    };
    if left_first {
        left.into_iter().chain(right).collect()
    } else {
        right.into_iter().chain(left).collect()
    }
}

/// Places the labels of `subset`: left-side labels from the earliest event forward, then
/// right-side labels from the latest back.
#[allow(clippy::too_many_arguments)]
fn place_subset(
    subset: &[usize],
    items: &[Item],
    marks: &[(f64, f64)],
    labels: &Labels,
    stems: &[f64],
    side: Side,
    dct_x: &[f64],
    s: &Sizes,
    x0: f64,
    x1: f64,
) -> Vec<Option<LabelSpot>> {
    let cands: Vec<Vec<Candidate>> = (0..items.len())
        .map(|i| candidates(i, items, marks, labels, stems, side, s, x0, x1))
        .collect();
    let is_left = |i: usize| cands[i].first().is_some_and(|c| c.1 < c.0);
    let mut order: Vec<usize> = subset.iter().copied().filter(|&i| is_left(i)).collect();
    order.extend(subset.iter().rev().copied().filter(|&i| !is_left(i)));
    place_in_order(&order, &cands, labels, dct_x, s)
}

/// Places labels one by one in `order`, each in the lowest lane that works.
fn place_in_order(
    order: &[usize],
    cands: &[Vec<Candidate>],
    labels: &Labels,
    dct_x: &[f64],
    s: &Sizes,
) -> Vec<Option<LabelSpot>> {
    let half_stem = 1.0 * s.k;
    let pad = 6.0 * s.k;
    // Per lane: the label boxes in it, and the x of every stem passing through it. Stems
    // may share an x (events on the same day); labels may touch neither.
    let mut boxes: Vec<Lane> = vec![Lane::default(); MAX_LANES];
    let mut stems: Vec<Vec<f64>> = vec![Vec::new(); MAX_LANES];
    let stems_clear = |xs: &Vec<f64>, a: f64, b: f64| {
        xs.partition_point(|&x| x < a - half_stem) == xs.partition_point(|&x| x <= b + half_stem)
    };
    // Article-date lines run through every lane: labels keep off them, stems may share them.
    let dct_free = |a: f64, b: f64| dct_x.iter().all(|&x| x < a || x > b);
    let mut out = vec![None; cands.len()];
    for &i in order {
        if labels[i].width <= 0.0 {
            continue;
        }
        let candidates = &cands[i];
        // The preferred side in every lane first, then the other side: switching sides
        // low down would wall off the stems of the events placed after this one.
        let split = candidates
            .iter()
            .position(|c| (c.1 < c.0) != (candidates[0].1 < candidates[0].0))
            .unwrap_or(candidates.len());
        'sides: for group in [&candidates[..split], &candidates[split..]] {
            // Whether each candidate's stem is still clear in every lane up to the current one.
            let mut stem_ok = vec![true; group.len()];
            for lane in 0..MAX_LANES {
                for (c, &(stem, a, b)) in group.iter().enumerate() {
                    stem_ok[c] = stem_ok[c] && boxes[lane].free(stem - half_stem, stem + half_stem);
                    if !stem_ok[c] {
                        continue;
                    }
                    let (pa, pb) = (a - pad / 2.0, b + pad / 2.0);
                    if dct_free(a - pad / 4.0, b + pad / 4.0)
                        && boxes[lane].free(pa, pb)
                        && stems_clear(&stems[lane], pa, pb)
                    {
                        boxes[lane].take(pa, pb);
                        for xs in &mut stems[..=lane] {
                            let at = xs.partition_point(|&x| x < stem);
                            xs.insert(at, stem);
                        }
                        out[i] = Some(LabelSpot {
                            lane,
                            stem,
                            x0: a,
                            x1: b,
                        });
                        break 'sides;
                    }
                }
                // Once every stem is blocked, no lane higher up can be reached.
                if !stem_ok.iter().any(|&ok| ok) {
                    break;
                }
            }
        }
    }
    out
}

/// The mark of one event: a dot, a bar, faded ends when fuzzy, a chevron for
/// before/after.
fn mark_prims(prims: &mut Vec<Prim>, it: &Item, r: &Rect, s: &Sizes) {
    let c = it.color;
    let cy = (r.y0 + r.y1) / 2.0;
    if it.point {
        let cx = (r.x0 + r.x1) / 2.0;
        if it.fuzzy {
            prims.push(Prim::Circle {
                c: (cx, cy),
                r: s.dot_r,
                color: c.alpha(0.25),
                filled: true,
            });
            prims.push(Prim::Circle {
                c: (cx, cy),
                r: s.dot_r,
                color: c,
                filled: false,
            });
            prims.push(Prim::Circle {
                c: (cx, cy),
                r: s.dot_r * 0.35,
                color: c,
                filled: true,
            });
        } else {
            prims.push(Prim::Circle {
                c: (cx, cy),
                r: s.dot_r,
                color: c,
                filled: true,
            });
            prims.push(Prim::Circle {
                c: (cx, cy),
                r: s.dot_r,
                color: PAPER.alpha(0.9),
                filled: false,
            });
        }
    } else if it.fuzzy {
        // A solid core with ends that fade out: the eye reads the edges as uncertain.
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
    } else {
        prims.push(Prim::Rect {
            r: *r,
            color: c.alpha(0.85),
        });
    }
    // Open-ended values get a chevron on their open side.
    let h = (r.y1 - r.y0) / 2.0 + 1.0 * s.k;
    match it.modifier {
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

/// Draws a vertical dashed line.
fn dashed(prims: &mut Vec<Prim>, x: f64, y0: f64, y1: f64, color: Rgba, width: f64, dash: f64) {
    let mut y = y0;
    while y < y1 {
        let e = (y + dash).min(y1);
        prims.push(Prim::Line {
            from: (x, y),
            to: (x, e),
            color,
            width,
        });
        y += dash * 2.0;
    }
}

fn subtitle(chron: &Chronology, sources: usize, labelled: usize) -> String {
    let n = chron.entries.len();
    if n == 0 {
        return "No dated events to draw.".into();
    }
    let first = chron
        .entries
        .iter()
        .map(|e| e.start)
        .min()
        .unwrap_or_default();
    let last = chron
        .entries
        .iter()
        .map(|e| e.end)
        .max()
        .unwrap_or_default();
    let span = if first.year() == last.year() {
        format!("{}", first.year())
    } else {
        format!("{}–{}", first.year(), last.year())
    };
    let mut s = format!(
        "{n} dated event{} from {sources} source{}, {span}",
        if n == 1 { "" } else { "s" },
        if sources == 1 { "" } else { "s" },
    );
    if labelled < n {
        s.push_str(&format!(
            " · {labelled} labelled, {} more shown as marks",
            n - labelled
        ));
    }
    s
}

fn footer_note(n: usize, labelled: usize, segmented: bool) -> String {
    let mut parts = vec!["Dots: single days · bars: longer periods · faded ends: approximate dates (early, mid-, late, about)".to_string()];
    if segmented {
        parts.push("the time axis changes scale at ◆ and skips empty years at //".into());
    }
    if labelled < n {
        parts.push("hover a mark for its event".into());
    }
    format!("{}. Chart: chronicler.", parts.join("; "))
}

/// Draws the legend (sources with counts) from `y`; returns the bottom of the legend.
#[allow(clippy::too_many_arguments)]
fn legend(
    groups: &mut Vec<Group>,
    m: &Metrics,
    s: &Sizes,
    sources: &[(String, usize)],
    color_of: &dyn Fn(&str) -> Rgba,
    x0: f64,
    x1: f64,
    y: f64,
) -> f64 {
    if sources.is_empty() {
        return y;
    }
    let line_h = s.legend * 1.5;
    let mut x = x0;
    let mut y = y;
    let mut others = 0;
    let mut other_sources = 0;
    let shown = if sources.len() <= PALETTE.len() {
        sources.len()
    } else {
        PALETTE.len() - 1
    };
    let mut entries: Vec<(String, String, Rgba)> = Vec::new();
    for (i, (id, n)) in sources.iter().enumerate() {
        if i < shown {
            entries.push((
                format!("{} ({n})", font::clean(source_name(id))),
                font::clean(id),
                color_of(id),
            ));
        } else {
            others += n;
            other_sources += 1;
        }
    }
    if other_sources > 0 {
        entries.push((
            format!("{other_sources} other sources ({others})"),
            format!("{other_sources} other sources"),
            OTHER,
        ));
    }
    for (text, full, color) in entries {
        let (text, _) = m.fit(&text, s.legend, false, (x1 - x0) * 0.5);
        let w = 2.0 * s.dot_r + 6.0 * s.k + m.width(&text, s.legend, false);
        if x > x0 && x + w > x1 {
            x = x0;
            y += line_h;
        }
        let cy = y + line_h * 0.45;
        groups.push(Group {
            class: "legend",
            title: Some(full),
            prims: vec![
                Prim::Circle {
                    c: (x + s.dot_r, cy),
                    r: s.dot_r,
                    color,
                    filled: true,
                },
                Prim::Text(TextRun {
                    x: x + 2.0 * s.dot_r + 6.0 * s.k,
                    y: cy + s.legend * 0.3,
                    size: s.legend,
                    bold: false,
                    color: INK,
                    anchor: Anchor::Start,
                    text,
                }),
            ],
        });
        x += w + 22.0 * s.k;
    }
    y + line_h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample;

    fn assert_clean(chart: &Chart, what: &str) {
        let labels: Vec<(usize, Rect)> = chart
            .placements
            .iter()
            .filter_map(|p| p.label.map(|l| (p.entry, l)))
            .collect();
        for (i, (ea, a)) in labels.iter().enumerate() {
            assert!(
                a.x0 >= 0.0 && a.x1 <= chart.width as f64,
                "{what}: label {ea} off the chart"
            );
            for (eb, b) in &labels[i + 1..] {
                assert!(
                    !a.overlaps(b),
                    "{what}: labels of {ea} and {eb} overlap: {a:?} {b:?}"
                );
            }
            for p in &chart.placements {
                assert!(
                    !a.overlaps(&p.mark),
                    "{what}: label {ea} covers the mark of {}",
                    p.entry
                );
                if let Some((x, top, bottom)) = p.stem
                    && p.entry != *ea
                {
                    let crosses = x > a.x0 && x < a.x1 && top < a.y1 && bottom > a.y0;
                    assert!(!crosses, "{what}: stem of {} crosses label {ea}", p.entry);
                }
            }
        }
    }

    #[test]
    fn no_label_overlaps_a_label_a_mark_or_a_stem_on_the_seed() {
        let chart = layout(&sample::seed(), &ChartOptions::default());
        assert_clean(&chart, "seed");
        // Every event of the small seed chronology gets its label.
        assert!(chart.placements.iter().all(|p| p.label.is_some()));
        // ...and the axis is segmented: 2001, then months, then days.
        assert!(chart.scale.segments.len() >= 3, "{:?}", chart.scale);
    }

    #[test]
    fn no_label_overlaps_on_200_events_and_most_get_one() {
        let chart = layout(&sample::generated(200), &ChartOptions::default());
        assert_clean(&chart, "200");
        let labelled = chart
            .placements
            .iter()
            .filter(|p| p.label.is_some())
            .count();
        assert!(labelled >= 100, "only {labelled} of 200 labelled");
    }

    #[test]
    fn narrow_and_wide_charts_stay_clean() {
        for width in [240, 700, 4000] {
            let chart = layout(
                &sample::generated(200),
                &ChartOptions {
                    width,
                    ..ChartOptions::default()
                },
            );
            assert_clean(&chart, &format!("width {width}"));
        }
    }

    #[test]
    fn marks_sit_at_their_dates_in_time_order() {
        let c = sample::seed();
        let chart = layout(&c, &ChartOptions::default());
        for (a, b) in chart.placements.iter().zip(chart.placements.iter().skip(1)) {
            let (ea, eb) = (&c.entries[a.entry], &c.entries[b.entry]);
            if ea.start == ea.end && eb.start == eb.end && ea.start < eb.start {
                assert!(a.mark.x0 < b.mark.x0);
            }
        }
    }
}
