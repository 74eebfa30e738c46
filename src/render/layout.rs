//! The chart's geometry, computed once and drawn by either backend: where every mark,
//! stem, label, tick and key entry goes.
//!
//! Structure, top to bottom: title, subtitle (count and span), legend of sources (when
//! there are several); the article dates; the label grid; the mark band (dots for days,
//! bars for longer periods, stacked where they would touch); the time axis with its ticks;
//! the spans of time the text mentions, quietly, in a band of their own; a footer with a
//! key to the marks drawn as the marks themselves, the source and the credit.
//!
//! Events on the same dates share one label and one stem ([`labels`] places them). Grid
//! lines and article-date lines stop where they meet a label, so text never sits on a
//! line.

use chrono::{Datelike, NaiveDate};

use super::ChartOptions;
use super::axis;
use super::font::{self, Metrics};
use super::labels::{self, Cluster, Frame, ROWS_PER_LINE};
use super::marks;
use super::scale::{Join, TimeScale};
use super::when::{self, Style};
use crate::chronology::{Chronology, Entry};
use crate::value::{Granularity, Mod, TimexType};

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
/// without its yellow, which is too light for marks on white, and with Paul Tol's wine
/// added, so eight sources (four stories told twice) each get a colour.
pub const PALETTE: [Rgba; 8] = [
    Rgba::hex(0x0072B2),
    Rgba::hex(0xD55E00),
    Rgba::hex(0x009E73),
    Rgba::hex(0xCC79A7),
    Rgba::hex(0xE69F00),
    Rgba::hex(0x56B4E9),
    Rgba::hex(0x882255),
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
    /// The label's box, when it got one: the lines that name this entry's event.
    pub label: Option<Rect>,
    /// When the same event is reported more than once on the same dates, it is written
    /// once: the later entries share the label of this entry (and its box).
    pub shares_label_of: Option<usize>,
    /// The stem: x, top y, bottom y.
    pub stem: Option<(f64, f64, f64)>,
    /// Whether the label text was shortened.
    pub shortened: bool,
    /// When the event is not written out but counted in its cluster's "+ n more" line:
    /// that line's box (the line's tooltip lists the event).
    pub grouped: Option<Rect>,
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
pub(crate) struct Sizes {
    /// Scale factor against a 1600-pixel chart.
    pub(crate) k: f64,
    /// Page margin.
    pub(crate) margin: f64,
    /// Title type size.
    pub(crate) title: f64,
    /// Subtitle type size.
    pub(crate) subtitle: f64,
    /// Legend type size.
    pub(crate) legend: f64,
    /// Label type size.
    pub(crate) label: f64,
    /// Height of a line of label text.
    pub(crate) line_h: f64,
    /// Height of a row of the label grid.
    pub(crate) row_h: f64,
    /// Tick label type size.
    pub(crate) tick: f64,
    /// Small type: notes, key, article dates, spans.
    pub(crate) small: f64,
    /// Height of a row of stacked marks.
    pub(crate) mark_row_h: f64,
    /// Radius of a day's dot.
    pub(crate) dot_r: f64,
    /// Thickness of a period's bar.
    pub(crate) bar_h: f64,
    /// Width of a cut in the axis.
    pub(crate) gutter: f64,
    /// Widest label.
    pub(crate) label_max: f64,
    /// Indent of the bulleted events in a cluster's label.
    pub(crate) bullet_indent: f64,
}

impl Sizes {
    fn new(width: f64) -> Sizes {
        let k = (width / 1600.0).clamp(0.6, 3.0);
        let label = 15.0 * k;
        let line_h = label * 1.22;
        Sizes {
            k,
            margin: 44.0 * k,
            title: 32.0 * k,
            subtitle: 17.0 * k,
            legend: 14.0 * k,
            label,
            line_h,
            row_h: line_h / ROWS_PER_LINE as f64,
            tick: 13.0 * k,
            small: 12.5 * k,
            mark_row_h: 12.0 * k,
            dot_r: 4.6 * k,
            bar_h: 8.0 * k,
            gutter: 30.0 * k,
            label_max: (width * 0.24).clamp(150.0 * k, 380.0 * k),
            bullet_indent: 14.0 * k,
        }
    }
}

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

/// The sources a row names: one id, or several joined with "; " when rows from different
/// sources were merged.
fn source_ids(source: &str) -> impl Iterator<Item = &str> {
    source.split("; ").map(str::trim).filter(|s| !s.is_empty())
}

/// Per entry: everything the layout needs.
pub(crate) struct Item {
    /// First day (days since 0001-01-01).
    pub(crate) start: f64,
    /// End of the last day.
    pub(crate) end: f64,
    /// A day (or a time of day): drawn as a dot.
    pub(crate) point: bool,
    /// Approximate edges (early, mid-, late, about).
    pub(crate) fuzzy: bool,
    /// The TIMEX3 mod that shapes it.
    pub(crate) modifier: Option<Mod>,
    /// A span of time (TIMEX3 DURATION): drawn quietly under the axis.
    pub(crate) span: bool,
    /// The source's colour.
    pub(crate) color: Rgba,
    /// The date as labels write it.
    pub(crate) date: String,
    /// The event phrase, cleaned for layout.
    pub(crate) event: String,
    /// The tooltip.
    pub(crate) tooltip: String,
    /// Lower is surer and more precise.
    pub(crate) priority: (i64, u8),
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

    // Sources and colours, in document order, then any source only rows name. A merged
    // row counts for each of its sources and takes the colour of the first.
    let mut sources: Vec<(String, usize)> =
        chron.documents.iter().map(|d| (d.id.clone(), 0)).collect();
    for e in &chron.entries {
        for id in source_ids(&e.source) {
            match sources.iter_mut().find(|(s, _)| s == id) {
                Some(s) => s.1 += 1,
                None => sources.push((id.to_string(), 1)),
            }
        }
    }
    sources.retain(|(_, n)| *n > 0);
    let color_of = |src: &str| {
        let first = source_ids(src).next().unwrap_or(src);
        let i = sources
            .iter()
            .position(|(id, _)| id == first)
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
            if it.point && !it.span {
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
    let main: Vec<usize> = (0..items.len()).filter(|&i| !items[i].span).collect();
    let span_ids: Vec<usize> = (0..items.len()).filter(|&i| items[i].span).collect();
    let rows = marks::stack(&items, &main, &marks, 2.0 * s.k);
    let band_rows = main
        .iter()
        .map(|&i| rows[i] + 1)
        .max()
        .unwrap_or(0)
        .min(marks::MAX_ROWS);

    // Labels of the events: one per date; where not every date gets one, neighbouring
    // dates share a label, in wider and wider groups, until every one does.
    let frame = Frame {
        metrics: m,
        sizes: &s,
        x0,
        x1,
        width: w,
    };
    let mut clusters = clusters(&items, &main, &marks);
    let (mut blocks, mut spots) = labels::place(&clusters, &items, &frame);
    // First, each date left without a label joins its nearest neighbour's label...
    for _ in 0..NEIGHBOUR_ROUNDS {
        if clusters.len() > NEIGHBOUR_MAX || spots.iter().all(Option::is_some) {
            break;
        }
        let unplaced: Vec<bool> = spots.iter().map(Option::is_none).collect();
        let wider = join_neighbours(&clusters, &items, &unplaced, one_year);
        if wider.len() == clusters.len() {
            break;
        }
        clusters = wider;
        (blocks, spots) = labels::place(&clusters, &items, &frame);
    }
    // ...then, if that is not enough, all dates closer than a gap share labels.
    for gap in GROUP_GAPS {
        if spots.iter().all(Option::is_some) {
            break;
        }
        let wider = group(
            &clusters,
            &items,
            (gap * s.label_max).max(2.0 * s.k),
            one_year,
        );
        if wider.len() == clusters.len() {
            continue;
        }
        clusters = wider;
        (blocks, spots) = labels::place(&clusters, &items, &frame);
    }
    let grid_rows = spots
        .iter()
        .flatten()
        .map(|sp| sp.row + sp.rows)
        .max()
        .unwrap_or(0);

    // Labels of the spans.
    let span_max = (s.label_max * 1.3).min(x1 - x0);
    let span_texts: Vec<(String, f64)> = span_ids
        .iter()
        .map(|&i| marks::span_label(m, s.small, &items[i].date, &items[i].event, span_max))
        .collect();
    let span_label_x: Vec<(f64, f64)> = span_ids
        .iter()
        .zip(&span_texts)
        .map(|(&i, (_, tw))| {
            let a = marks[i]
                .0
                .min(x1 + s.margin * 0.5 - tw)
                .max(x0 - s.margin * 0.5);
            (a, a + tw)
        })
        .collect();
    let span_bars: Vec<(f64, f64)> = span_ids.iter().map(|&i| marks[i]).collect();
    let span_rows = marks::stack_spans(&span_ids, &span_bars, &span_label_x, 14.0 * s.k);
    let span_row_count = span_rows.iter().map(|r| r.0 + 1).max().unwrap_or(0);

    let labelled = spots
        .iter()
        .zip(&clusters)
        .zip(&blocks)
        .filter(|((sp, _), _)| sp.is_some())
        .map(|((_, c), b)| c.distinct[..b.shown].iter().map(Vec::len).sum::<usize>())
        .sum::<usize>()
        + span_rows.iter().filter(|r| r.1).count();
    let grouped = spots
        .iter()
        .zip(&clusters)
        .zip(&blocks)
        .filter(|((sp, _), _)| sp.is_some())
        .map(|((_, c), b)| c.distinct[b.shown..].iter().map(Vec::len).sum::<usize>())
        .sum::<usize>();

    // ---- Header: title, subtitle, legend.
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
    y += s.title * 1.2;
    let subtitle = subtitle(chron, sources.len(), labelled, grouped);
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
    y += s.subtitle * 1.6;
    if sources.len() > 1 {
        y = legend(&mut groups, m, &s, &sources, &color_of, x0, x1, y) + 4.0 * s.k;
    }
    y += 8.0 * s.k;
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

    // ---- Vertical structure.
    let annot_top = y;
    let annot_h = if dcts.is_empty() { 0.0 } else { s.small * 1.6 };
    let lanes_top = annot_top + annot_h + 4.0 * s.k;
    let lanes_bottom = lanes_top + grid_rows as f64 * s.row_h;
    let band_top = lanes_bottom + 6.0 * s.k;
    let band_bottom = band_top + band_rows.max(1) as f64 * s.mark_row_h;
    let axis_y = band_bottom + 5.0 * s.k;
    let ticks_bottom = axis_y + 8.0 * s.k + s.tick * 2.6;
    let span_row_h = s.small * 1.25 + 12.0 * s.k;
    let zooms = zoomed(&scale);
    let zoom_top = ticks_bottom + 2.0 * s.k;
    let zoom_h = if zooms.is_empty() { 0.0 } else { s.small * 1.8 };
    let spans_top = ticks_bottom + zoom_h + 10.0 * s.k;
    let spans_rows_top = spans_top + s.small * 1.5;
    let spans_bottom = if span_ids.is_empty() {
        ticks_bottom + zoom_h
    } else {
        spans_rows_top + span_row_count as f64 * span_row_h
    };
    let footer_top = spans_bottom + 16.0 * s.k;
    let footer_line = s.small * 1.7;
    let height = (footer_top + 2.0 * footer_line + s.margin * 0.3).ceil();

    groups.insert(0, background(w, height));

    // ---- Where the labels go (needed before the lines they interrupt are drawn).
    let grid_top = |row: usize| lanes_bottom - row as f64 * s.row_h;
    let mut label_boxes: Vec<Rect> = Vec::new();
    for (sp, b) in spots.iter().zip(&blocks) {
        if let Some(sp) = sp {
            let top = grid_top(sp.row + sp.rows);
            label_boxes.push(Rect {
                x0: sp.x0,
                y0: top,
                x1: sp.x1,
                y1: top + b.lines.len() as f64 * s.line_h,
            });
        }
    }
    label_boxes.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let knock = |x: f64, y0: f64, y1: f64| open_stretches(x, y0, y1, &label_boxes, 4.0 * s.k);

    // ---- Segment shading and grid.
    let ticks = axis::ticks(&scale, m, s.tick, 14.0 * s.k);
    let mut grid = Group {
        class: "grid",
        title: None,
        prims: Vec::new(),
    };
    for &(i, _) in &zooms {
        let seg = &scale.segments[i];
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
    for t in ticks.iter().flatten() {
        for (a, b) in knock(t.x, lanes_top, axis_y) {
            grid.prims.push(Prim::Line {
                from: (t.x, a),
                to: (t.x, b),
                color: if t.major { GRID } else { GRID.alpha(0.7) },
                width: 1.0,
            });
        }
    }
    groups.push(grid);

    // ---- Article dates.
    let dct_x: Vec<f64> = dct_days.iter().map(|d| scale.x(d + 0.5)).collect();
    let mut annot = Group {
        class: "annotations",
        title: None,
        prims: Vec::new(),
    };
    let mut taken: Vec<(f64, f64)> = Vec::new();
    let annot_base = baseline(annot_top + annot_h * 0.15, s.small);
    for (i, (&x, d)) in dct_x.iter().zip(&dcts).enumerate() {
        for (a, b) in knock(x, annot_top + 2.0 * s.k, axis_y) {
            dashed(
                &mut annot.prims,
                x,
                a,
                b,
                AXIS.alpha(0.7),
                1.0 * s.k.max(1.0),
                4.0 * s.k,
            );
        }
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

    // ---- Axis, and what is zoomed in.
    groups.push(axis_group(&scale, &ticks, m, &s, axis_y));
    if !zooms.is_empty() {
        groups.push(zoom_captions(&scale, &zooms, m, &s, zoom_top));
    }

    // ---- Events: stem, mark and label lines, one group per entry, in entry order.
    let row_center =
        |row: usize| band_bottom - (row.min(marks::MAX_ROWS - 1) as f64 + 0.5) * s.mark_row_h;
    let mut prims_of: Vec<Vec<Prim>> = vec![Vec::new(); items.len()];
    let mut placements: Vec<Placement> = (0..items.len())
        .map(|i| Placement {
            entry: i,
            mark: Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 0.0,
                y1: 0.0,
            },
            label: None,
            shares_label_of: None,
            stem: None,
            shortened: false,
            grouped: None,
        })
        .collect();
    for &i in &main {
        let (mx0, mx1) = marks[i];
        let cy = row_center(rows[i]);
        let half = if items[i].point {
            s.dot_r
        } else {
            s.bar_h / 2.0
        };
        placements[i].mark = Rect {
            x0: mx0,
            y0: cy - half,
            x1: mx1,
            y1: cy + half,
        };
    }
    let mut more_groups: Vec<Group> = Vec::new();
    for ((c, b), sp) in clusters.iter().zip(&blocks).zip(&spots) {
        let Some(sp) = sp else { continue };
        let top = grid_top(sp.row + sp.rows);
        let first = c.members[0];
        // The stem: from the first line of the label down to the highest of the marks.
        let stem_top = top + s.line_h * 0.5;
        let stem_bottom = c
            .members
            .iter()
            .map(|&i| placements[i].mark.y0)
            .fold(f64::INFINITY, f64::min);
        let stem_color = c.color.alpha(0.6);
        let stem_w = (1.0 * s.k).max(1.0);
        prims_of[first].push(Prim::Line {
            from: (sp.stem, stem_top),
            to: (sp.stem, stem_bottom),
            color: stem_color,
            width: stem_w,
        });
        // A label to the left of its stem whose first line stops short of the stem gets
        // an elbow, so the stem visibly leads to its date.
        if sp.stem > sp.x1
            && let Some(l) = b.lines.first()
        {
            let end = sp.x0 + labels::line_width(m, &s, l);
            if sp.stem - end > 12.0 * s.k {
                prims_of[first].push(Prim::Line {
                    from: (end + 5.0 * s.k, stem_top),
                    to: (sp.stem, stem_top),
                    color: stem_color,
                    width: stem_w,
                });
            }
        }
        for &i in &c.members {
            placements[i].stem = Some((sp.stem, stem_top, stem_bottom));
        }
        // The lines, in the group of the event they belong to; the "+ n more" line in a
        // group of its own whose tooltip lists the events it stands for.
        let mut more_prims: Vec<Prim> = Vec::new();
        let space = m.width(" ", s.label, false);
        for (j, line) in b.lines.iter().enumerate() {
            let owner = c.distinct[line.owner][0];
            let ly = top + j as f64 * s.line_h;
            let base = baseline(ly + (s.line_h - s.label) / 2.0, s.label);
            let x = sp.x0 + line.dx;
            let prims = if line.more {
                &mut more_prims
            } else {
                &mut prims_of[owner]
            };
            if let Some(color) = line.bullet {
                prims.push(Prim::Circle {
                    c: (sp.x0 + 4.0 * s.k, ly + s.line_h * 0.52),
                    r: 2.5 * s.k,
                    color,
                    filled: true,
                });
            }
            let mut tx = x;
            if let Some(d) = &line.date {
                prims.push(Prim::Text(TextRun {
                    x: tx,
                    y: base,
                    size: s.label,
                    bold: true,
                    color: INK,
                    anchor: Anchor::Start,
                    text: d.clone(),
                }));
                tx += m.width(d, s.label, true) + space;
            }
            if !line.text.is_empty() {
                prims.push(Prim::Text(TextRun {
                    x: tx,
                    y: base,
                    size: s.label,
                    bold: false,
                    color: if line.more { MUTED } else { INK },
                    anchor: Anchor::Start,
                    text: line.text.clone(),
                }));
            }
        }
        if let Some(j) = b.lines.iter().position(|l| l.more) {
            let hidden: Vec<usize> = c.distinct[b.shown..].iter().flatten().copied().collect();
            let rect = Rect {
                x0: sp.x0,
                y0: top + j as f64 * s.line_h,
                x1: sp.x1,
                y1: top + (j + 1) as f64 * s.line_h,
            };
            let mut list = format!("{} more on {}:", hidden.len(), c.date);
            for &i in &hidden {
                placements[i].grouped = Some(rect);
                list.push_str(&format!("\n{}: {}", items[i].date, items[i].event));
            }
            more_groups.push(Group {
                class: "more",
                title: Some(list),
                prims: more_prims,
            });
        }
        // Each written event's box: its lines (the heading goes with the first).
        for (k, group) in c.distinct.iter().enumerate().take(b.shown) {
            let mine: Vec<usize> = (0..b.lines.len())
                .filter(|&j| b.lines[j].owner == k)
                .collect();
            let (Some(&lo), Some(&hi)) = (mine.first(), mine.last()) else {
                continue;
            };
            let rect = Rect {
                x0: sp.x0,
                y0: top + lo as f64 * s.line_h,
                x1: sp.x1,
                y1: top + (hi + 1) as f64 * s.line_h,
            };
            for (n, &i) in group.iter().enumerate() {
                placements[i].label = Some(rect);
                placements[i].shortened = b.shortened[k];
                if n > 0 {
                    placements[i].shares_label_of = Some(group[0]);
                }
            }
        }
    }
    for &i in &main {
        let mark = placements[i].mark;
        marks::mark_prims(&mut prims_of[i], &items[i], &mark, &s);
    }

    // ---- Spans, under the axis.
    if !span_ids.is_empty() {
        let mut caption = Group {
            class: "spans",
            title: None,
            prims: Vec::new(),
        };
        caption.prims.push(Prim::Text(TextRun {
            x: x0,
            y: baseline(spans_top, s.small),
            size: s.small,
            bold: true,
            color: FAINT,
            anchor: Anchor::Start,
            text: "Spans of time mentioned".into(),
        }));
        groups.push(caption);
    }
    for (k, &i) in span_ids.iter().enumerate() {
        let (row, has_label) = span_rows[k];
        let top = spans_rows_top + row as f64 * span_row_h;
        let bar_y = top + s.small * 1.25 + 3.0 * s.k;
        let th = 3.0 * s.k;
        let (a, b) = marks[i];
        let mark = Rect {
            x0: a,
            y0: bar_y - th / 2.0,
            x1: b,
            y1: bar_y + th / 2.0,
        };
        placements[i].mark = mark;
        marks::span_prims(&mut prims_of[i], &mark, items[i].color, &scale, &s);
        if has_label {
            let (text, _) = &span_texts[k];
            let (la, lb) = span_label_x[k];
            let base = baseline(top, s.small);
            prims_of[i].push(Prim::Text(TextRun {
                x: la,
                y: base,
                size: s.small,
                bold: true,
                color: MUTED,
                anchor: Anchor::Start,
                text: items[i].date.clone(),
            }));
            if !text.is_empty() {
                prims_of[i].push(Prim::Text(TextRun {
                    x: la + m.width(&items[i].date, s.small, true) + m.width(" ", s.small, false),
                    y: base,
                    size: s.small,
                    bold: false,
                    color: MUTED,
                    anchor: Anchor::Start,
                    text: text.clone(),
                }));
            }
            placements[i].label = Some(Rect {
                x0: la,
                y0: top,
                x1: lb,
                y1: top + s.small * 1.2,
            });
        }
    }
    for (i, prims) in prims_of.into_iter().enumerate() {
        groups.push(Group {
            class: "event",
            title: Some(items[i].tooltip.clone()),
            prims,
        });
    }
    groups.extend(more_groups);

    // ---- Footer: a key to the marks, then the notes.
    let mut footer = Group {
        class: "footer",
        title: None,
        prims: Vec::new(),
    };
    key(&mut footer.prims, m, &s, &items, &scale, x0, x1, footer_top);
    let note = footer_note(&sources, items.len(), labelled, grouped);
    let (note, _) = m.fit(&note, s.small, false, x1 - x0);
    footer.prims.push(Prim::Text(TextRun {
        x: x0,
        y: baseline(footer_top + footer_line, s.small),
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

/// Groups the entries of `main` that share their dates into clusters, in time order; the
/// entries of a cluster keep the chronology's order, and the same event text on the same
/// dates is one line.
fn clusters(items: &[Item], main: &[usize], marks: &[(f64, f64)]) -> Vec<Cluster> {
    let mut order: Vec<usize> = main.to_vec();
    order.sort_by(|&a, &b| {
        let (x, y) = (&items[a], &items[b]);
        x.start
            .total_cmp(&y.start)
            .then(x.end.total_cmp(&y.end))
            .then_with(|| x.date.cmp(&y.date))
            .then(a.cmp(&b))
    });
    let mut out: Vec<Cluster> = Vec::new();
    for i in order {
        let it = &items[i];
        let same = out.last().is_some_and(|c| {
            let f = &items[c.members[0]];
            f.start == it.start && f.end == it.end && f.date == it.date && f.point == it.point
        });
        if !same {
            out.push(Cluster {
                members: Vec::new(),
                distinct: Vec::new(),
                date: it.date.clone(),
                point: it.point,
                extent: marks[i],
                color: it.color,
                priority: it.priority,
                mixed: false,
            });
        }
        let Some(c) = out.last_mut() else { continue };
        c.members.push(i);
        c.extent = (c.extent.0.min(marks[i].0), c.extent.1.max(marks[i].1));
        c.priority = c.priority.min(it.priority);
        if c.color != it.color {
            c.color = AXIS;
        }
        let key = it.event.to_lowercase();
        match c
            .distinct
            .iter_mut()
            .find(|g| items[g[0]].event.to_lowercase() == key)
        {
            Some(g) => g.push(i),
            None => c.distinct.push(vec![i]),
        }
    }
    out
}

/// Gaps between neighbouring clusters' marks, in widths of a label, across which they
/// are grouped under one label when not every cluster got one: first marks that touch
/// (the times of one day), then wider and wider.
const GROUP_GAPS: [f64; 5] = [0.0, 0.1, 0.25, 0.5, 1.0];

/// Marks at most this wide (pixels) may always join a group.
const GROUP_MIN_BAR: f64 = 24.0;

/// Merges clusters (in time order) whose marks lie less than `gap` pixels apart into
/// groups: the heading names the group's dates, and each event keeps its own date.
fn group(clusters: &[Cluster], items: &[Item], gap: f64, one_year: bool) -> Vec<Cluster> {
    // Only clusters whose marks are narrower than the gap join groups: a bar that spans
    // the chart would otherwise swallow every date under it.
    let short = |c: &Cluster| c.extent.1 - c.extent.0 <= gap.max(GROUP_MIN_BAR);
    let join: Vec<bool> = clusters
        .windows(2)
        .map(|w| short(&w[0]) && short(&w[1]) && w[1].extent.0 - w[0].extent.1 < gap)
        .collect();
    merge_runs(clusters, items, &join, one_year)
}

/// Rounds of [`join_neighbours`] before grouping by gaps.
const NEIGHBOUR_ROUNDS: usize = 4;
/// Charts with more clusters than this group by gaps only (each round lays out every
/// label again).
const NEIGHBOUR_MAX: usize = 400;

/// Joins each cluster that got no label (`unplaced`) with its nearer neighbour whose mark
/// is short (see [`GROUP_MIN_BAR`]).
fn join_neighbours(
    clusters: &[Cluster],
    items: &[Item],
    unplaced: &[bool],
    one_year: bool,
) -> Vec<Cluster> {
    let short = |c: &Cluster| c.extent.1 - c.extent.0 <= GROUP_MIN_BAR;
    let n = clusters.len();
    let mut join = vec![false; n.saturating_sub(1)];
    for i in (0..n).filter(|&i| unplaced[i] && short(&clusters[i])) {
        let c = &clusters[i];
        let left =
            (i > 0 && short(&clusters[i - 1])).then(|| c.extent.0 - clusters[i - 1].extent.1);
        let right =
            (i + 1 < n && short(&clusters[i + 1])).then(|| clusters[i + 1].extent.0 - c.extent.1);
        match (left, right) {
            (Some(l), Some(r)) if r < l => join[i] = true,
            (Some(_), _) => join[i - 1] = true,
            (None, Some(_)) => join[i] = true,
            (None, None) => {}
        }
    }
    merge_runs(clusters, items, &join, one_year)
}

/// Merges runs of clusters where `join[i]` says cluster `i` joins cluster `i + 1`: the
/// heading names the group's dates, and each event keeps its own date.
fn merge_runs(clusters: &[Cluster], items: &[Item], join: &[bool], one_year: bool) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::new();
    for (k, c) in clusters.iter().enumerate() {
        match out.last_mut() {
            Some(g) if k > 0 && join[k - 1] => {
                g.members.extend_from_slice(&c.members);
                g.extent = (g.extent.0.min(c.extent.0), g.extent.1.max(c.extent.1));
                g.priority = g.priority.min(c.priority);
                g.point &= c.point;
                g.mixed = true;
                if g.color != c.color {
                    g.color = AXIS;
                }
            }
            _ => out.push(c.clone()),
        }
    }
    for g in out.iter_mut().filter(|g| g.mixed) {
        let day = |d: f64| NaiveDate::from_num_days_from_ce_opt(d as i32);
        let start = g
            .members
            .iter()
            .map(|&i| items[i].start)
            .fold(f64::MAX, f64::min);
        let end = g
            .members
            .iter()
            .map(|&i| items[i].end)
            .fold(f64::MIN, f64::max)
            - 1.0;
        if let (Some(a), Some(b)) = (day(start), day(end)) {
            g.date = if a == b {
                when::day(a, Style::Short, !one_year)
            } else {
                let r = when::range(a, b, Granularity::Day, Style::Short);
                if one_year {
                    r.trim_end_matches(&format!(" {}", b.year())).to_string()
                } else {
                    r
                }
            };
        }
        // One line per event and date, in time order.
        g.members.sort_by(|&a, &b| {
            items[a]
                .start
                .total_cmp(&items[b].start)
                .then(items[a].end.total_cmp(&items[b].end))
                .then(a.cmp(&b))
        });
        g.distinct.clear();
        let mut seen: std::collections::HashMap<(&str, String), usize> = Default::default();
        for &i in &g.members {
            let key = (items[i].date.as_str(), items[i].event.to_lowercase());
            match seen.get(&key) {
                Some(&k) => g.distinct[k].push(i),
                None => {
                    seen.insert(key, g.distinct.len());
                    g.distinct.push(vec![i]);
                }
            }
        }
        // A group whose dates all read the same is one date after all.
        let first = &items[g.members[0]].date;
        if g.members.iter().all(|&i| &items[i].date == first) {
            g.mixed = false;
            g.date = first.clone();
        }
    }
    out
}

/// The stretches of a vertical line at `x` from `y0` to `y1` that no label box covers
/// (boxes sorted by left edge, widened by `pad`).
fn open_stretches(x: f64, y0: f64, y1: f64, boxes: &[Rect], pad: f64) -> Vec<(f64, f64)> {
    let mut cover: Vec<(f64, f64)> = boxes
        .iter()
        .take_while(|b| b.x0 - pad <= x)
        .filter(|b| b.x1 + pad >= x)
        .map(|b| (b.y0 - pad / 2.0, b.y1 + pad / 2.0))
        .collect();
    cover.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::new();
    let mut y = y0;
    for (a, b) in cover {
        if a > y {
            out.push((y, a.min(y1)));
        }
        y = y.max(b);
        if y >= y1 {
            break;
        }
    }
    if y < y1 {
        out.push((y, y1));
    }
    out.retain(|(a, b)| b - a > 1.0);
    out
}

/// The axis line with its breaks, scale-change marks and ticks.
fn axis_group(
    scale: &TimeScale,
    ticks: &[Vec<axis::Tick>],
    m: &Metrics,
    s: &Sizes,
    axis_y: f64,
) -> Group {
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
                    points: diamond(seg.x0, axis_y, h),
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
    ax
}

/// Zoomed-in segments, with how many times wider a day is drawn there than in the
/// segments it joins without a cut (at least [`ZOOM_NOTE_RATIO`] times).
fn zoomed(scale: &TimeScale) -> Vec<(usize, f64)> {
    let segs = &scale.segments;
    let mut out = Vec::new();
    let mut a = 0;
    while a < segs.len() {
        // A run of segments joined by scale changes.
        let mut b = a;
        while b + 1 < segs.len() && segs[b + 1].join == Some(Join::ScaleChange) {
            b += 1;
        }
        // Within the run, a segment drawn at a larger scale than its neighbours on both
        // sides is zoomed in, by the ratio to the larger of their scales.
        for i in a..=b {
            let here = segs[i].px_per_day();
            let left = (i > a).then(|| segs[i - 1].px_per_day());
            let right = (i < b).then(|| segs[i + 1].px_per_day());
            let Some(around) = left.into_iter().chain(right).reduce(f64::max) else {
                continue;
            };
            let ratio = here / around.max(1e-12);
            if ratio >= ZOOM_NOTE_RATIO {
                out.push((i, ratio));
            }
        }
        a = b + 1;
    }
    out
}

/// A segment drawn at least this many times the scale of its neighbours is "zoomed in".
const ZOOM_NOTE_RATIO: f64 = 1.5;

/// A times sign with a round number: "×40", "×3", "×1.5".
fn times(ratio: f64) -> String {
    let r = if ratio >= 20.0 {
        (ratio / 10.0).round() * 10.0
    } else if ratio >= 3.0 {
        ratio.round()
    } else {
        (ratio * 2.0).round() / 2.0
    };
    format!("{r}×")
}

/// Under the tick labels, a bracket across each zoomed-in segment that says which dates it
/// holds and how much it is magnified; the segment is shaded above the axis to match.
fn zoom_captions(
    scale: &TimeScale,
    zooms: &[(usize, f64)],
    m: &Metrics,
    s: &Sizes,
    top: f64,
) -> Group {
    let mut g = Group {
        class: "zoom",
        title: None,
        prims: Vec::new(),
    };
    let day = |d: f64| NaiveDate::from_num_days_from_ce_opt(d as i32);
    let mid_y = top + s.small * 0.55;
    let lw = (1.0 * s.k).max(1.0);
    for &(i, ratio) in zooms {
        let seg = &scale.segments[i];
        let (Some(a), Some(b)) = (day(seg.d0.ceil()), day((seg.d1 - 1.0).floor().max(seg.d0)))
        else {
            continue;
        };
        let dates = when::range(a, b.max(a), Granularity::Day, Style::Short);
        let (xa, xb) = (seg.x0 + 2.0 * s.k, seg.x1 - 2.0 * s.k);
        // The longest wording that fits.
        let Some(text) = [
            format!("Shaded: {dates}, zoomed in {}", times(ratio)),
            format!("{dates}, zoomed in {}", times(ratio)),
            format!("zoomed in {}", times(ratio)),
            times(ratio),
        ]
        .into_iter()
        .find(|t| m.width(t, s.small, false) <= xb - xa) else {
            continue;
        };
        let tw = m.width(&text, s.small, false);
        let cx = (xa + xb) / 2.0;
        let pad = 6.0 * s.k;
        let cap = 4.0 * s.k;
        for (p, q) in [(xa, cx - tw / 2.0 - pad), (cx + tw / 2.0 + pad, xb)] {
            if q - p > 2.0 * pad {
                g.prims.push(Prim::Line {
                    from: (p, mid_y),
                    to: (q, mid_y),
                    color: FAINT,
                    width: lw,
                });
            }
        }
        for x in [xa, xb] {
            g.prims.push(Prim::Line {
                from: (x, mid_y - cap),
                to: (x, mid_y + cap * 0.2),
                color: FAINT,
                width: lw,
            });
        }
        g.prims.push(Prim::Text(TextRun {
            x: cx,
            y: baseline(top, s.small),
            size: s.small,
            bold: false,
            color: MUTED,
            anchor: Anchor::Middle,
            text,
        }));
    }
    g
}

fn diamond(x: f64, y: f64, h: f64) -> Vec<(f64, f64)> {
    vec![(x, y - h), (x + h * 0.8, y), (x, y + h), (x - h * 0.8, y)]
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
    let span = e.ty == TimexType::Duration;
    let point = matches!(e.granularity, Granularity::Day | Granularity::Time) && e.start == e.end;
    let modifier = when::effective_mod(e);
    let event = match font::clean(&e.event) {
        t if t.is_empty() => match font::clean(&e.timex) {
            t if t.is_empty() => "(no event)".to_string(),
            t => format!("“{t}”"),
        },
        t => t,
    };
    let date = font::clean(&when::phrase(e, Style::Short, !one_year || span));
    let long = when::phrase(e, Style::Long, true);
    let mut tooltip = format!("{long}: {event}");
    let timex = font::clean(&e.timex);
    if !timex.is_empty() {
        tooltip.push_str(&format!("\nAs written: “{timex}” ({})", e.value));
    }
    let sources: Vec<String> = source_ids(&e.source).map(font::clean).collect();
    tooltip.push_str(&format!(
        "\nSource{}: {}",
        if sources.len() > 1 { "s" } else { "" },
        sources.join(", ")
    ));
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
        span,
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

/// "21 dated events from 1 source, 2001–2021", plus how many are labelled when not all.
fn subtitle(chron: &Chronology, sources: usize, labelled: usize, grouped: usize) -> String {
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
    let g = if first.year() != last.year() {
        Granularity::Year
    } else if first.month() != last.month() {
        Granularity::Month
    } else {
        Granularity::Day
    };
    let span = when::range(first, last, g, Style::Short);
    let mut s = format!(
        "{n} dated event{} from {sources} source{}, {span}",
        if n == 1 { "" } else { "s" },
        if sources == 1 { "" } else { "s" },
    );
    if labelled < n {
        let marks_only = n - labelled - grouped;
        s.push_str(&format!(" · {labelled} written out"));
        if grouped > 0 {
            s.push_str(&format!(", {grouped} counted in “+ more” lines"));
        }
        if marks_only > 0 {
            s.push_str(&format!(", {marks_only} shown as marks only"));
        }
    }
    s
}

/// The last line: the source (for a one-source chart), what the SVG's tooltips hold, and
/// the credit.
fn footer_note(sources: &[(String, usize)], n: usize, labelled: usize, grouped: usize) -> String {
    let mut parts = Vec::new();
    if let [(id, _)] = sources {
        parts.push(format!("Source: {}", font::clean(source_name(id))));
    }
    if grouped > 0 {
        parts.push(
            "In the SVG, every mark shows its event and sentence on hover, and every “+ more” line lists its events"
                .into(),
        );
    } else if labelled < n {
        parts.push("In the SVG, every mark shows its event and sentence on hover".into());
    }
    parts.push("Chart: chronicler".into());
    format!("{}.", parts.join(". "))
}

/// A key to the kinds of marks the chart uses, drawn as the marks themselves.
#[allow(clippy::too_many_arguments)]
fn key(
    prims: &mut Vec<Prim>,
    m: &Metrics,
    s: &Sizes,
    items: &[Item],
    scale: &TimeScale,
    x0: f64,
    x1: f64,
    top: f64,
) {
    let color = MUTED;
    let cy = top + s.small * 0.5;
    let glyph_w = 22.0 * s.k;
    let mut entries: Vec<(&str, Vec<Prim>)> = Vec::new();
    let bar = |x: f64| Rect {
        x0: x,
        y0: cy - s.bar_h / 2.0,
        x1: x + glyph_w,
        y1: cy + s.bar_h / 2.0,
    };
    let main = || items.iter().filter(|i| !i.span);
    if main().any(|i| i.point) {
        let mut p = Vec::new();
        marks::dot(&mut p, (glyph_w / 2.0, cy), s.dot_r, color, false);
        entries.push(("a day", p));
    }
    if main().any(|i| !i.point) {
        entries.push((
            "a longer period",
            vec![Prim::Rect {
                r: bar(0.0),
                color: color.alpha(0.85),
            }],
        ));
    }
    if main().any(|i| i.fuzzy) {
        let mut p = Vec::new();
        marks::faded_bar(&mut p, &bar(0.0), color, s);
        entries.push(("approximate (early, mid-, late, about)", p));
    }
    if items.iter().any(|i| i.span) {
        let mut p = Vec::new();
        let th = 3.0 * s.k;
        let r = Rect {
            x0: 0.0,
            y0: cy - th / 2.0,
            x1: glyph_w,
            y1: cy + th / 2.0,
        };
        marks::span_prims(
            &mut p,
            &r,
            color,
            &TimeScale {
                segments: Vec::new(),
            },
            s,
        );
        entries.push(("a span of time (“the last 20 years”)", p));
    }
    let joins = |j: Join| scale.segments.iter().any(|g| g.join == Some(j));
    if joins(Join::Cut) {
        let h = 6.0 * s.k;
        let lw = (1.2 * s.k).max(1.0);
        let p = [glyph_w * 0.4, glyph_w * 0.6]
            .into_iter()
            .map(|x| Prim::Line {
                from: (x - h * 0.45, cy + h),
                to: (x + h * 0.45, cy - h),
                color: AXIS,
                width: lw,
            })
            .collect();
        entries.push(("years left out", p));
    }
    if joins(Join::ScaleChange) {
        entries.push((
            "the axis changes scale",
            vec![Prim::Polygon {
                points: diamond(glyph_w / 2.0, cy, 5.0 * s.k),
                color: AXIS,
            }],
        ));
    }
    let mut x = x0;
    for (text, glyph) in entries {
        let tw = m.width(text, s.small, false);
        if x + glyph_w + 6.0 * s.k + tw > x1 {
            break;
        }
        for p in glyph {
            prims.push(shift(p, x));
        }
        prims.push(Prim::Text(TextRun {
            x: x + glyph_w + 6.0 * s.k,
            y: cy + s.small * 0.3,
            size: s.small,
            bold: false,
            color: MUTED,
            anchor: Anchor::Start,
            text: text.to_string(),
        }));
        x += glyph_w + 6.0 * s.k + tw + 20.0 * s.k;
    }
}

/// A primitive moved right by `dx`.
fn shift(p: Prim, dx: f64) -> Prim {
    let r = |r: Rect| Rect {
        x0: r.x0 + dx,
        x1: r.x1 + dx,
        ..r
    };
    match p {
        Prim::Rect { r: rc, color } => Prim::Rect { r: r(rc), color },
        Prim::Line {
            from,
            to,
            color,
            width,
        } => Prim::Line {
            from: (from.0 + dx, from.1),
            to: (to.0 + dx, to.1),
            color,
            width,
        },
        Prim::Circle {
            c,
            r: rad,
            color,
            filled,
        } => Prim::Circle {
            c: (c.0 + dx, c.1),
            r: rad,
            color,
            filled,
        },
        Prim::Polygon { points, color } => Prim::Polygon {
            points: points.into_iter().map(|(x, y)| (x + dx, y)).collect(),
            color,
        },
        Prim::Text(t) => Prim::Text(TextRun { x: t.x + dx, ..t }),
    }
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
    fn no_label_overlaps_on_200_events_and_nearly_all_are_labelled_or_grouped() {
        let chart = layout(&sample::generated(200), &ChartOptions::default());
        assert_clean(&chart, "200");
        let labelled = chart
            .placements
            .iter()
            .filter(|p| p.label.is_some())
            .count();
        let grouped = chart
            .placements
            .iter()
            .filter(|p| p.grouped.is_some())
            .count();
        // Neighbouring dates share labels where not all fit; a few long bars may stay
        // marks only (their events are in the tooltips).
        assert!(labelled >= 40, "only {labelled} of 200 written out");
        assert!(labelled + grouped >= 190, "{labelled} + {grouped} of 200");
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
