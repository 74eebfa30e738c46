//! The visible text of an HTML page: tags removed, entities decoded, block elements on
//! their own lines, scripts and styles dropped.

/// Elements whose content is never visible text.
const HIDDEN: [&str; 6] = ["script", "style", "noscript", "template", "svg", "title"];

/// Elements that start a new line of text.
const BLOCKS: [&str; 27] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "hr",
    "title",
    "main",
];

/// Decodes an HTML entity at the start of `s` (which begins with `&`): the text and the
/// entity's length. Unknown entities are left as written.
fn entity(s: &str) -> Option<(String, usize)> {
    let end = s[..s.len().min(12)].find(';')?;
    let name = &s[1..end];
    let text = match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" | "#39" => "'",
        "nbsp" => " ",
        "mdash" => "—",
        "ndash" => "–",
        "rsquo" => "’",
        "lsquo" => "‘",
        "rdquo" => "”",
        "ldquo" => "“",
        "hellip" => "…",
        _ => {
            let code = if let Some(h) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                u32::from_str_radix(h, 16).ok()?
            } else {
                name.strip_prefix('#')?.parse().ok()?
            };
            return char::from_u32(code).map(|c| (c.to_string(), end + 1));
        }
    };
    Some((text.to_string(), end + 1))
}

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The visible text of `html`, and its `<title>` when it has one.
pub(super) fn to_text(html: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title = None;
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        match bytes[i] {
            b'<' => {
                if html[i..].starts_with("<!--") {
                    i = html[i..]
                        .find("-->")
                        .map(|j| i + j + 3)
                        .unwrap_or(html.len());
                    continue;
                }
                let end = html[i..].find('>').map(|j| i + j + 1).unwrap_or(html.len());
                let tag = &html[i..end];
                let name = tag_name(tag);
                let closing = tag.starts_with("</");
                if !closing
                    && name == "title"
                    && title.is_none()
                    && let Some(j) = html[end..].to_ascii_lowercase().find("</title")
                {
                    let (t, _) = to_text(&html[end..end + j]);
                    let t = t.trim().to_string();
                    if !t.is_empty() {
                        title = Some(t);
                    }
                }
                if !closing && HIDDEN.contains(&name.as_str()) && !tag.ends_with("/>") {
                    let close = format!("</{name}");
                    i = html[end..]
                        .to_ascii_lowercase()
                        .find(&close)
                        .map(|j| end + j)
                        .and_then(|j| html[j..].find('>').map(|k| j + k + 1))
                        .unwrap_or(html.len());
                    out.push('\n');
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push('\n');
                }
                i = end;
            }
            b'&' => match entity(&html[i..]) {
                Some((t, n)) => {
                    out.push_str(&t);
                    i += n;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            },
            _ => {
                let next = html[i..]
                    .find(['<', '&'])
                    .map(|j| i + j)
                    .unwrap_or(html.len());
                out.push_str(&html[i..next]);
                i = next;
            }
        }
    }
    // Collapse runs of spaces inside lines, and drop empty lines: each block is one line.
    let text = out
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    (text, title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_keeps_blocks_apart_and_drops_scripts() {
        let (text, title) = to_text(
            "<html><head><title>Strike &amp; aftermath</title><script>var x = '<p>';</script></head>\
             <body><h1>Drone strike</h1><p>On <b>Saturday</b>, the US&nbsp;military struck.</p>\
             <p>It&#8217;s over.</p></body></html>",
        );
        assert_eq!(
            text,
            "Drone strike\nOn Saturday, the US military struck.\nIt’s over."
        );
        assert_eq!(title.as_deref(), Some("Strike & aftermath"));
    }
}
