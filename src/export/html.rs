//! One self-contained HTML page: the chart inline as SVG, then a table of every dated
//! event (event, date as written, normalized value, source with the quote) that sorts by
//! any column on a click. No external scripts, styles or fonts; all text is escaped. The
//! page is also well-formed XML (script and style in CDATA sections), so XML tools can
//! read it.

use crate::chronology::Chronology;
use crate::render::svg::escape;
use crate::render::when::{self, Style};
use crate::render::{self, ChartOptions};

const STYLE: &str = r#"
body{margin:0;padding:24px 32px;font-family:'DejaVu Sans','Bitstream Vera Sans',Verdana,'Noto Sans',Arial,sans-serif;color:#1b1b1b;background:#fff}
.chart{overflow-x:auto;margin:0 0 24px}
.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{text-align:left;vertical-align:top;padding:6px 10px;border-bottom:1px solid #e4e4e4}
th{cursor:pointer;user-select:none;border-bottom:2px solid #3d3d3d;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \25B2"}
th[aria-sort=descending]::after{content:" \25BC"}
td.value{font-family:'DejaVu Sans Mono',monospace;white-space:nowrap}
blockquote{margin:4px 0 0;color:#595959}
.source{color:#595959;font-size:.9em}
"#;

const SCRIPT: &str = r#"
(function () {
  var table = document.getElementById('chronology');
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    th.tabIndex = 0;
    var sort = function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-sort');
        var y = b.cells[col].getAttribute('data-sort');
        var c = x.localeCompare(y);
        if (c === 0) { c = a.rowIndex - b.rowIndex; }
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
  });
})();
"#;

/// Writes the page: title, chart and sortable table.
pub fn write(chronology: &Chronology, title: &str) -> String {
    let svg = render::svg(
        chronology,
        &ChartOptions {
            title: title.to_string(),
            ..ChartOptions::default()
        },
    );
    let mut out = String::with_capacity(svg.len() + chronology.entries.len() * 600 + 4096);
    out.push_str("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str("<style>/*<![CDATA[*/");
    out.push_str(STYLE);
    out.push_str("/*]]>*/</style>\n</head>\n<body>\n");
    out.push_str("<div class=\"chart\">\n");
    out.push_str(&svg);
    out.push_str("</div>\n");
    out.push_str("<table id=\"chronology\">\n<thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Date as written</th><th scope=\"col\">Normalized</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
    let ids = super::entry_ids(chronology);
    for (i, (e, id)) in chronology.entries.iter().zip(&ids).enumerate() {
        let order = format!("{}|{}|{i:08}", e.start, e.end);
        out.push_str(&format!("<tr id=\"{}\">", escape(id)));
        out.push_str(&format!(
            "<td data-sort=\"{}\">{}</td>",
            escape(&e.event.to_lowercase()),
            escape(&e.event)
        ));
        out.push_str(&format!(
            "<td data-sort=\"{}\">{}</td>",
            escape(&order),
            escape(&e.timex)
        ));
        out.push_str(&format!(
            "<td class=\"value\" data-sort=\"{}\" title=\"{}\">{}<br/>{}</td>",
            escape(&order),
            escape(&format!("{} – {}", e.start, e.end)),
            escape(&e.value.to_string()),
            escape(&when::phrase(e, Style::Long, true))
        ));
        out.push_str(&format!(
            "<td data-sort=\"{}\"><span class=\"source\">{}</span>",
            escape(&format!("{}|{:012}", e.source, e.char_start)),
            escape(&e.source)
        ));
        if !e.quote.is_empty() {
            out.push_str(&format!("<blockquote>{}</blockquote>", escape(&e.quote)));
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n<script>//<![CDATA[");
    out.push_str(SCRIPT);
    out.push_str("//]]></script>\n</body>\n</html>\n");
    out
}
