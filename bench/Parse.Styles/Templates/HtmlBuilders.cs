using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>Resumes as online builders and office suites print them, written here in their structure: the Europass
/// online CV (since 2020), Google Docs' Serif template, Reactive Resume, Resume.io, Zety and a resume.md-style page.</summary>
internal static class HtmlBuilders
{
    /// <summary>The Europass online editor's PDF: the name over labelled personal lines ("Email address:", "Phone
    /// number:"), capital headings over a rule, each job as its title in capitals, then "Company [ dd/MM/yyyy – Current
    /// ]", then the place; language skills as "Mother tongue(s)" plus a grid of CEFR levels.</summary>
    public static string EuropassOnline(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder($"<div class=\"name\">{E(b.Name)}</div>");
        var personal = new List<(string, string)> { ("Email address", $"<a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>") };
        if (b.Phone is { } p) personal.Add(("Phone number", E(p)));
        if (b.Url is { } u) personal.Add(("Website", $"<a href=\"{E(u)}\">{E(u)}</a>"));
        foreach (var pr in b.Profiles ?? []) personal.Add((pr.Network, $"<a href=\"{E(pr.Url)}\">{E(pr.Url)}</a>"));
        if (c.Location.Length > 0) personal.Add(("Address", E(c.Location)));
        sb.Append("<div class=\"personal\">").Append(string.Concat(personal.Select(x => $"<span><b>{E(x.Item1)}:</b> {x.Item2}</span> "))).Append("</div>");
        string Range(string start, string? end) => $"[ {Look.Date(start, "dd/MM/yyyy")} – {Look.Date(end, "dd/MM/yyyy", "Current")} ]";
        foreach (var section in c.Sections())
        {
            var heading = section switch { "work" => "Work experience", "education" => "Education and training", "languages" => "Language skills", "skills" => "Digital skills", _ => c.Heading(section) };
            sb.Append($"<h2>{E(heading.ToUpperInvariant())}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position.ToUpperInvariant())}</div><div>{E(w.Name)} <span class=\"d\">{E(Range(w.StartDate, w.EndDate))}</span></div>");
                        if (w.Location is { } loc) sb.Append($"<div class=\"place\">{E(loc)}</div>");
                        sb.Append(Items(w.Highlights)).Append("</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"t\">{E(e.StudyType.ToUpperInvariant())}</div><div>{E(e.Institution)} <span class=\"d\">{E(Range(e.StartDate, e.EndDate))}</span></div><div><b>Field(s) of study:</b> {E(e.Area)}</div>");
                        if (e.Score is { } g) sb.Append($"<div><b>Final grade:</b> {E(g)}</div>");
                        sb.Append("</div>");
                    }
                    break;
                case "languages":
                    var (native, others) = (r.Languages!.FirstOrDefault(l => l.Fluency.Contains("Native", StringComparison.OrdinalIgnoreCase)), r.Languages!);
                    if (native is not null) sb.Append($"<div>Mother tongue(s): <b>{E(native.Name)}</b></div>");
                    var rest = others.Where(l => l != native).ToList();
                    if (rest.Count > 0)
                    {
                        sb.Append($"<div>Other language(s):</div><table class=\"cefr\"><tr><th></th><th colspan=\"2\">UNDERSTANDING</th><th colspan=\"2\">SPEAKING</th><th>WRITING</th></tr><tr><th></th><th>Listening</th><th>Reading</th><th>Spoken production</th><th>Spoken interaction</th><th></th></tr>");
                        foreach (var l in rest)
                        {
                            var level = new[] { "B1", "B2", "C1", "C2" }[random.Next(4)];
                            sb.Append($"<tr><td><b>{E(l.Name)}</b></td>{string.Concat(Enumerable.Repeat($"<td>{level}</td>", 5))}</tr>");
                        }
                        sb.Append("</table><div class=\"muted\">Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user</div>");
                    }
                    break;
                case "skills":
                    sb.Append($"<div>{E(string.Join(" | ", Look.Keywords(r)))}</div>");
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .name { font-size: 22pt; font-weight: bold; color: #0c4da2; margin-bottom: 6px; }
            .personal span { margin-right: 12px; font-size: 9pt; }
            h2 { font-size: 11pt; color: #0c4da2; border-bottom: 1px solid #0c4da2; margin: 14px 0 6px; padding-bottom: 2px; }
            .t { font-weight: bold; font-size: 10pt; }
            .d { color: #555; font-size: 9pt; }
            .place { color: #555; font-size: 9pt; }
            .cefr { border-collapse: collapse; font-size: 8.5pt; margin: 4px 0; }
            .cefr td, .cefr th { border: 1px solid #bbb; padding: 2px 6px; text-align: center; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Sans\", sans-serif", 9.5);
    }

    /// <summary>Google Docs' Serif template: a large serif name with the title under it on the left and the contact
    /// stacked on the right; small-capital coloured headings; each job "Company, Place — Title" with its dates in grey
    /// small capitals under it.</summary>
    public static string GoogleSerif(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var contact = new List<string>();
        if (c.Location.Length > 0) contact.Add(E(c.Location));
        if (b.Phone is { } p) contact.Add(E(p));
        contact.Add($"<a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>");
        if (b.Url is { } u) contact.Add($"<a href=\"{E(u)}\">{E(Style.NoScheme(u))}</a>");
        var sb = new StringBuilder($"<table class=\"head\"><tr><td><div class=\"name\">{E(b.Name)}</div>{(b.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}</td><td class=\"contact\">{string.Join("<br>", contact)}</td></tr></table>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div><b>{E(w.Name)}</b>{(w.Location is { } loc ? ", " + E(loc) : "")} — <i>{E(w.Position)}</i></div><div class=\"date\">{E(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " - ", "PRESENT").ToUpperInvariant())}</div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div><b>{E(e.Institution)}</b> — <i>{E(c.Degree(e))}</i></div><div class=\"date\">{E(Look.Range(e.StartDate, e.EndDate, "MMMM yyyy", " - ").ToUpperInvariant())}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(Items(r.Skills!.Select(g => $"{g.Name}: {string.Join(", ", g.Keywords)}")));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .head { width: 100%; border-collapse: collapse; margin-bottom: 10px; }
            .head td { vertical-align: top; }
            .name { font-size: 30pt; font-family: "DejaVu Serif", serif; }
            .label { font-size: 11pt; color: #555; }
            .contact { text-align: right; font-size: 9pt; color: #444; }
            h2 { font-variant: small-caps; font-weight: normal; color: #b45f06; font-size: 13pt; margin: 14px 0 4px; }
            .date { font-variant: small-caps; font-size: 8.5pt; color: #666; margin: 1px 0 2px; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Serif\", serif", 10.5);
    }

    /// <summary>Reactive Resume: a coloured left sidebar with the picture's circle, contact behind icons, skill groups
    /// as a name, a level word and the keywords under it, languages with their fluency; a main column whose entries put
    /// the organisation left and dates right, the title left and place right.</summary>
    public static string ReactiveResume(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var side = new StringBuilder("<div class=\"photo\"></div>");
        side.Append($"<div class=\"name\">{E(b.Name)}</div>{(b.Label is { } l ? $"<div class=\"headline\">{E(l)}</div>" : "")}");
        side.Append("<div class=\"contact\">").Append(string.Concat(IconContact(c).Select(x => $"<div>{x}</div>"))).Append("</div>");
        var levels = new[] { "Beginner", "Intermediate", "Advanced", "Expert" };
        if (r.Skills is { Count: > 0 })
        {
            side.Append($"<h3>{E(c.Heading("skills"))}</h3>");
            foreach (var g in r.Skills)
            {
                side.Append($"<div class=\"skill\"><b>{E(g.Name)}</b><div class=\"lvl\">{levels[random.Next(levels.Length)]}</div><div class=\"kw\">{E(string.Join(", ", g.Keywords))}</div></div>");
            }
        }
        if (r.Languages is { Count: > 0 })
        {
            side.Append($"<h3>{E(c.Heading("languages"))}</h3>").Append(string.Concat(r.Languages.Select(x => $"<div class=\"skill\"><b>{E(x.Name)}</b><div class=\"lvl\">{E(x.Fluency)}</div></div>")));
        }
        var main = new StringBuilder();
        foreach (var section in c.Sections().Where(x => x is not ("skills" or "languages")))
        {
            main.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"row\"><b>{E(w.Name)}</b><span>{E(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " - "))}</span></div><div class=\"row\"><span>{E(w.Position)}</span><span>{E(w.Location ?? "")}</span></div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"row\"><b>{E(e.Institution)}</b><span>{E(Look.Range(e.StartDate, e.EndDate, "MMMM yyyy", " - "))}</span></div><div class=\"row\"><span>{E(e.Area)}</span><span>{E(e.StudyType)}</span></div>{(e.Score is { } g ? $"<div>{E(g)}</div>" : "")}</div>");
                    }
                    break;
                default:
                    main.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .wrap { display: flex; gap: 16px; }
            aside { width: 31%; background: #f1f5f9; padding: 12px; box-sizing: border-box; font-size: 9pt; min-height: 270mm; }
            .photo { width: 80px; height: 80px; border-radius: 50%; background: #cbd5e1; margin: 0 auto 8px; }
            aside .name { font-size: 16pt; font-weight: bold; text-align: center; }
            .headline { text-align: center; color: #475569; margin-bottom: 8px; }
            .contact div { margin: 3px 0; word-break: break-all; }
            h3, h2 { color: #0f766e; border-bottom: 1px solid #0f766e; font-size: 11pt; margin: 12px 0 5px; }
            .skill { margin: 4px 0; } .lvl { font-size: 8pt; color: #64748b; } .kw { font-size: 8.5pt; }
            main { flex: 1; }
            .row { display: flex; justify-content: space-between; }
            """;
        return Page(c, css, $"<div class=\"wrap\"><aside>{side}</aside><main>{main}</main></div>", "\"DejaVu Sans\", sans-serif", 9.5);
    }

    /// <summary>Resume.io's sidebar templates: the main column has "Title, Company, Place" bold on one line with the
    /// dates in grey capitals under it; a right sidebar holds "Details" (place, phone, e-mail on separate lines),
    /// "Links" and skills with a level word beside a bar.</summary>
    public static string ResumeIo(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var main = new StringBuilder($"<div class=\"name\">{E(b.Name)}</div>{(b.Label is { } l ? $"<div class=\"label\">{E(l.ToUpperInvariant())}</div>" : "")}");
        foreach (var section in c.Sections().Where(x => x is not ("skills" or "languages")))
        {
            main.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)}, {E(w.Name)}{(w.Location is { } loc ? ", " + E(loc) : "")}</div><div class=\"date\">{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " — ").ToUpperInvariant())}</div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"t\">{E(c.Degree(e))}, {E(e.Institution)}</div><div class=\"date\">{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " — ").ToUpperInvariant())}</div></div>");
                    }
                    break;
                default:
                    main.Append(Other(c, section));
                    break;
            }
        }
        var side = new StringBuilder("<h3>Details</h3>");
        if (c.Location.Length > 0) side.Append($"<div>{E(c.Location)}</div>");
        if (b.Phone is { } p) side.Append($"<div>{E(p)}</div>");
        side.Append($"<div><a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a></div>");
        var links = new List<(string, string)>();
        if (b.Url is { } u) links.Add(("Website", u));
        foreach (var pr in b.Profiles ?? []) links.Add((pr.Network, pr.Url));
        if (links.Count > 0)
        {
            side.Append("<h3>Links</h3>").Append(string.Concat(links.Select(x => $"<div><a href=\"{E(x.Item2)}\">{E(x.Item1)}</a></div>")));
        }
        var levels = new[] { "Skillful", "Experienced", "Expert" };
        if (r.Skills is { Count: > 0 })
        {
            side.Append($"<h3>{E(c.Heading("skills"))}</h3>");
            foreach (var k in Look.Keywords(r))
            {
                side.Append($"<div class=\"sk\"><span>{E(k)}</span><span class=\"lv\">{levels[random.Next(levels.Length)]}</span></div><div class=\"bar\"><i style=\"width:{random.Next(50, 100)}%\"></i></div>");
            }
        }
        if (r.Languages is { Count: > 0 })
        {
            side.Append($"<h3>{E(c.Heading("languages"))}</h3>").Append(string.Concat(r.Languages.Select(x => $"<div class=\"sk\"><span>{E(x.Name)}</span><span class=\"lv\">{E(x.Fluency)}</span></div>")));
        }
        var css = """
            .wrap { display: flex; gap: 22px; }
            main { flex: 1; }
            aside { width: 28%; font-size: 9pt; }
            .name { font-size: 22pt; font-weight: bold; }
            .label { font-size: 9pt; letter-spacing: .1em; color: #555; margin-bottom: 6px; }
            h2 { font-size: 13pt; margin: 14px 0 4px; }
            h3 { font-size: 11pt; margin: 12px 0 4px; }
            .t { font-weight: bold; }
            .date { font-size: 8pt; color: #888; letter-spacing: .05em; margin: 1px 0 2px; }
            .sk { display: flex; justify-content: space-between; margin-top: 4px; }
            .lv { color: #777; font-size: 8pt; }
            .bar { height: 3px; background: #ddd; } .bar i { display: block; height: 3px; background: #1a91f0; }
            """;
        return Page(c, css, $"<div class=\"wrap\"><main>{main}</main><aside>{side}</aside></div>", "\"Liberation Sans\", sans-serif", 10);
    }

    /// <summary>Zety's gutter templates: a left gutter a quarter of the page wide holds each section's heading and each
    /// entry's dates ("2019-03 - Current"); the body beside it has the title bold and "Company, Place" under it; skills
    /// as keywords beside five rating dots in two columns.</summary>
    public static string ZetyGutter(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder($"<div class=\"name\">{E(b.Name)}</div>");
        sb.Append($"<div class=\"contact\">{string.Join(" <span class=\"sep\">◆</span> ", PlainContact(c))}</div>");
        string Row(string left, string body) => $"<div class=\"row\"><div class=\"gut\">{left}</div><div class=\"body\">{body}</div></div>";
        foreach (var section in c.Sections())
        {
            sb.Append($"<div class=\"row head\"><div class=\"gut\"><h2>{E(c.Heading(section))}</h2></div><div class=\"body rule\"></div></div>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append(Row(E(Look.Range(w.StartDate, w.EndDate, "yyyy-MM", " - ", "Current")), $"<div class=\"t\">{E(w.Position)}</div><div class=\"co\">{E(w.Name)}{(w.Location is { } loc ? ", " + E(loc) : "")}</div>{Items(w.Highlights)}"));
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append(Row(E(Look.Range(e.StartDate, e.EndDate, "yyyy-MM", " - ")), $"<div class=\"t\">{E(c.Degree(e))}</div><div class=\"co\">{E(e.Institution)}</div>"));
                    }
                    break;
                case "skills":
                    sb.Append(Row("", $"<div class=\"grid\">{string.Concat(Look.Keywords(r).Select(k => $"<div class=\"sk\"><span>{E(k)}</span>{Dots(random)}</div>"))}</div>"));
                    break;
                default:
                    sb.Append(Row("", Other(c, section)));
                    break;
            }
        }
        var css = """
            .name { font-size: 24pt; font-weight: bold; color: #1f3a5f; }
            .contact { font-size: 9pt; margin: 4px 0 8px; } .sep { color: #1f3a5f; font-size: 7pt; }
            .row { display: flex; gap: 14px; margin-bottom: 6px; }
            .gut { width: 24%; flex: none; font-size: 9pt; color: #444; }
            .body { flex: 1; }
            .head { align-items: center; margin-top: 10px; }
            h2 { font-size: 12pt; color: #1f3a5f; margin: 0; }
            .rule { border-top: 2px solid #1f3a5f; }
            .t { font-weight: bold; } .co { font-style: italic; }
            .grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 20px; }
            .sk { display: flex; justify-content: space-between; }
            """;
        return Page(c, css, sb.ToString(), "\"DejaVu Sans\", sans-serif", 9.5);
    }

    /// <summary>resume.md's page (Markdown rendered to HTML and printed): a centred name, contact joined by bullets, h2
    /// headings over a rule, each job an h3 of the company with the dates floated right, the title in italics under it.
    /// Floats, not flexbox, so old WebKit (wkhtmltopdf) prints it as a browser does.</summary>
    public static string MarkdownResume(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder($"<h1>{E(c.Resume.Basics.Name)}</h1><div class=\"contact\">{string.Join(" • ", PlainContact(c))}</div>");
        var style = c.Style;
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<h3>{E(w.Name)}<span class=\"d\">{E(style.Range(w.StartDate, w.EndDate))}</span></h3><p class=\"t\"><em>{E(w.Position)}</em>{(w.Location is { } loc ? $" <span class=\"d\">{E(loc)}</span>" : "")}</p>{Items(w.Highlights)}");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<h3>{E(e.Institution)}<span class=\"d\">{E(style.Range(e.StartDate, e.EndDate))}</span></h3><p class=\"t\"><em>{E(c.Degree(e))}</em></p>");
                    }
                    break;
                case "skills":
                    sb.Append(Items(r.Skills!.Select(g => $"{g.Name}: {string.Join(", ", g.Keywords)}")));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            h1 { text-align: center; font-size: 22pt; margin: 0 0 2px; font-weight: normal; }
            .contact { text-align: center; font-size: 9pt; margin-bottom: 8px; }
            h2 { font-size: 12pt; border-bottom: 1px solid #999; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .04em; }
            h3 { font-size: 10.5pt; margin: 8px 0 0; }
            .d { float: right; font-weight: normal; font-size: 9.5pt; }
            p.t { margin: 0 0 2px; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Serif\", serif", 10.5);
    }
}
