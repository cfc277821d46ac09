using System.Net;
using System.Text;

namespace Parse.Holdout.Layouts;

/// <summary>The generator's own HTML layouts (printed by Chromium, or turned into DOCX by pandoc): a plain single
/// column, two columns with a sidebar, and a table with headings in the left cell.</summary>
internal static class HtmlLayouts
{
    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Page(Content c, string css, string body) =>
        $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{E(c.Resume.Basics.Name)}}</title>
        <style>
        @page { size: A4; margin: 14mm 15mm; }
        body { font-family: {{c.Style.Font}}; font-size: 10pt; color: #222; line-height: 1.3; margin: 0; }
        a { color: inherit; text-decoration: none; }
        h1 { font-size: 22pt; margin: 0; }
        h2 { font-size: 11.5pt; color: {{c.Style.Accent}}; text-transform: uppercase; letter-spacing: 0.04em; margin: 12px 0 4px; border-bottom: 1px solid #ccc; }
        ul { margin: 2px 0 6px; padding-left: 16px; list-style-type: "{{c.Style.Bullet}}  "; }
        li { margin: 1px 0; }
        .row { display: flex; justify-content: space-between; gap: 12px; }
        .muted { color: #555; }
        .entry { margin-bottom: 6px; break-inside: avoid; }
        {{css}}
        </style></head><body>
        {{body}}
        </body></html>
        """;

    private static string Contact(Content c, string sep) =>
        string.Join(E(sep), c.ContactPieces().Select(p => c.Href(p) is { } h ? $"<a href=\"{E(h)}\">{E(p)}</a>" : E(p)));

    public static string Plain(Content c)
    {
        var sb = new StringBuilder();
        sb.Append($"<header><h1>{E(c.Name)}</h1>");
        if (c.Resume.Basics.Label is { } label)
        {
            sb.Append($"<div class=\"label\">{E(label)}</div>");
        }
        sb.Append($"<div class=\"contact\">{Contact(c, c.Style.ContactSep)}</div></header>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<section><h2>{E(c.Heading(section))}</h2>{Section(c, section)}</section>");
        }
        return Page(c, ".label { font-size: 12pt; color: #444; } .contact { margin-top: 4px; font-size: 9.5pt; }", sb.ToString());
    }

    public static string TwoColumn(Content c)
    {
        string[] side = ["skills", "languages", "interests", "certificates"];
        var main = new StringBuilder();
        var aside = new StringBuilder();
        aside.Append("<h2>Contact</h2>");
        foreach (var piece in c.ContactPieces())
        {
            aside.Append($"<div class=\"contact\">{(c.Href(piece) is { } h ? $"<a href=\"{E(h)}\">{E(piece)}</a>" : E(piece))}</div>");
        }
        foreach (var section in c.Sections())
        {
            var target = side.Contains(section) ? aside : main;
            target.Append($"<section><h2>{E(c.Heading(section))}</h2>{(side.Contains(section) ? SideSection(c, section) : Section(c, section))}</section>");
        }
        var head = $"<header><h1>{E(c.Name)}</h1>{(c.Resume.Basics.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}</header>";
        var css = """
            .cols { display: flex; gap: 18px; }
            aside { width: 30%; flex: none; background: #f3f3f3; padding: 8px; box-sizing: border-box; font-size: 9pt; }
            aside .contact { word-break: break-all; margin: 2px 0; }
            aside .kw { display: inline-block; margin: 1px 6px 1px 0; }
            main { flex: 1; }
            .label { font-size: 12pt; color: #444; margin-bottom: 8px; }
            """;
        return Page(c, css, $"{head}<div class=\"cols\"><aside>{aside}</aside><main>{main}</main></div>");
    }

    public static string Table(Content c)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"top\"><tr><td class=\"who\">");
        sb.Append($"<h1>{E(c.Name)}</h1>{(c.Resume.Basics.Label is { } l ? $"<div>{E(l)}</div>" : "")}</td><td><table class=\"contact\">");
        var b = c.Resume.Basics;
        void Row(string key, string? value, string? href = null)
        {
            if (value is not null)
            {
                sb.Append($"<tr><th>{key}</th><td>{(href is not null ? $"<a href=\"{E(href)}\">{E(value)}</a>" : E(value))}</td></tr>");
            }
        }
        Row("Email", b.Email, "mailto:" + b.Email);
        Row("Phone", b.Phone);
        Row("Location", c.Location.Length > 0 ? c.Location : null);
        if (b.Url is { } u)
        {
            Row("Website", c.Style.ProfileDisplay == "url" ? u : Style.NoScheme(u), u);
        }
        foreach (var p in b.Profiles ?? [])
        {
            Row(p.Network, c.Style.ProfileDisplay == "network" ? p.Username : c.Style.ProfileText(p), p.Url);
        }
        sb.Append("</table></td></tr></table><table class=\"body\">");
        foreach (var section in c.Sections())
        {
            sb.Append($"<tr><th>{E(c.Heading(section).ToUpperInvariant())}</th><td>{Section(c, section)}</td></tr>");
        }
        sb.Append("</table>");
        var css = """
            table { border-collapse: collapse; width: 100%; }
            .top td { vertical-align: top; }
            .who { width: 45%; }
            .contact th { text-align: left; font-weight: normal; color: #777; padding-right: 8px; width: 70px; }
            .contact td, .contact th { font-size: 9pt; vertical-align: top; word-break: break-all; }
            .body { margin-top: 12px; }
            .body > tbody > tr > th { width: 24%; text-align: left; vertical-align: top; color: %ACCENT%; font-size: 10.5pt; padding: 8px 10px 0 0; }
            .body > tbody > tr > td { padding-top: 8px; vertical-align: top; }
            """.Replace("%ACCENT%", c.Style.Accent);
        return Page(c, css, sb.ToString());
    }

    private static string Dated(Content c, string first, string dates)
    {
        return c.DatePlacement switch
        {
            "inline" => $"<div><b>{E(first)}</b> | {E(dates)}</div>",
            "below" => $"<div><b>{E(first)}</b></div><div class=\"muted\">{E(dates)}</div>",
            // The space between the two keeps words apart where the flex row is gone (pandoc).
            _ => $"<div class=\"row\"><b>{E(first)}</b> <span>{E(dates)}</span></div>",
        };
    }

    private static string Items(IEnumerable<string> items) => $"<ul>{string.Concat(items.Select(i => $"<li>{E(i)}</li>"))}</ul>";

    public static string Section(Content c, string section)
    {
        var r = c.Resume;
        var s = c.Style;
        var sb = new StringBuilder();
        switch (section)
        {
            case "summary":
                sb.Append($"<p>{E(r.Basics.Summary!)}</p>");
                break;
            case "work":
                foreach (var w in r.Work!)
                {
                    var (first, second) = c.WorkTitles(w);
                    sb.Append("<div class=\"entry\">").Append(Dated(c, first, s.Range(w.StartDate, w.EndDate)));
                    sb.Append($"<div class=\"muted\">{E(second)}{(w.Location is { } loc ? " · " + E(loc) : "")}</div>");
                    sb.Append(Items(w.Highlights)).Append("</div>");
                }
                break;
            case "education":
                foreach (var e in r.Education!)
                {
                    sb.Append("<div class=\"entry\">").Append(Dated(c, e.Institution, s.Range(e.StartDate, e.EndDate)));
                    sb.Append($"<div>{E(c.Degree(e))}{(e.Score is { } g ? " · " + E(g) : "")}</div>");
                    if (e.Courses is { } courses)
                    {
                        sb.Append($"<div class=\"muted\">Courses: {E(string.Join(", ", courses))}</div>");
                    }
                    sb.Append("</div>");
                }
                break;
            case "skills":
                foreach (var g in r.Skills!)
                {
                    sb.Append($"<div><b>{E(g.Name)}:</b> {E(string.Join(", ", g.Keywords))}</div>");
                }
                break;
            case "projects":
                foreach (var p in r.Projects!)
                {
                    var dates = p.StartDate is not null ? s.Range(p.StartDate, p.EndDate) : null;
                    sb.Append("<div class=\"entry\">").Append(dates is not null ? Dated(c, p.Name, dates) : $"<div><b>{E(p.Name)}</b></div>");
                    sb.Append($"<div>{E(p.Description)}</div>");
                    if (p.Keywords is { } k)
                    {
                        sb.Append($"<div class=\"muted\">{E(string.Join(", ", k))}</div>");
                    }
                    if (p.Url is { } u)
                    {
                        sb.Append($"<div><a href=\"{E(u)}\">{E(Style.NoScheme(u))}</a></div>");
                    }
                    sb.Append("</div>");
                }
                break;
            case "certificates":
                sb.Append(Items(r.Certificates!.Select(c.Certificate)));
                break;
            case "volunteer":
                foreach (var v in r.Volunteer!)
                {
                    sb.Append("<div class=\"entry\">").Append(Dated(c, s.TitleFirst ? v.Position : v.Organization, s.Range(v.StartDate, v.EndDate)));
                    sb.Append($"<div class=\"muted\">{E(s.TitleFirst ? v.Organization : v.Position)}</div>");
                    if (v.Summary is { } sum)
                    {
                        sb.Append($"<div>{E(sum)}</div>");
                    }
                    sb.Append("</div>");
                }
                break;
            case "awards":
                sb.Append(Items(r.Awards!.Select(c.Award)));
                break;
            case "publications":
                sb.Append(Items(r.Publications!.Select(c.Publication)));
                break;
            case "languages":
                sb.Append($"<p>{E(string.Join(", ", r.Languages!.Select(c.Language)))}</p>");
                break;
            case "interests":
                sb.Append($"<p>{E(string.Join(", ", r.Interests!.Select(i => i.Name)))}</p>");
                break;
            case "references":
                sb.Append(string.Concat(r.References!.Select(x => $"<p>{E(c.Reference(x))}</p>")));
                break;
        }
        return sb.ToString();
    }

    private static string SideSection(Content c, string section)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        switch (section)
        {
            case "skills":
                foreach (var g in r.Skills!)
                {
                    sb.Append($"<div><b>{E(g.Name)}</b></div><div>{string.Concat(g.Keywords.Select(k => $"<span class=\"kw\">{E(k)}</span> "))}</div>");
                }
                break;
            case "languages":
                sb.Append(string.Concat(r.Languages!.Select(l => $"<div>{E(l.Name)} — {E(l.Fluency)}</div>")));
                break;
            case "interests":
                sb.Append(string.Concat(r.Interests!.Select(i => $"<div>{E(i.Name)}</div>")));
                break;
            case "certificates":
                sb.Append(string.Concat(r.Certificates!.Select(x => $"<div class=\"entry\"><b>{E(x.Name)}</b><br>{E(x.Issuer)}, {E(c.Style.Date(x.Date))}</div>")));
                break;
        }
        return sb.ToString();
    }
}
