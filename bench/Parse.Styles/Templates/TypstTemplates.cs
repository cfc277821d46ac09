using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>Typst resumes written here in the structure of the public Typst templates: RenderCV's classic theme (a
/// right column of place and dates, a degree column in education), RenderCV's moderncv theme (a left date column with
/// headings behind a bar) and brilliant-cv (a heading whose first letters are coloured before a rule, skill rows with a
/// right-aligned label column). Text goes in as string literals, so nothing a person writes is read as markup.</summary>
internal static class TypstTemplates
{
    /// <summary>A string literal in markup; the semicolon ends the expression so a following "." is text.</summary>
    private static string T(string s) => $"#\"{s.Replace("\\", "\\\\").Replace("\"", "\\\"")}\";";

    private static string Icon(int codePoint, bool brand = false) =>
        $"#text(font: \"Font Awesome 5 {(brand ? "Brands" : "Free")}\", weight: {(brand ? 400 : 900)}, size: 0.85em)[#str.from-unicode({codePoint})] ";

    private static string Link(string url, string shown) => $"#link({Quote(url)})[{T(shown)}]";

    private static string Quote(string s) => $"\"{s.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    private static IEnumerable<string> IconContact(Content c)
    {
        var b = c.Resume.Basics;
        if (c.Location.Length > 0) yield return Icon(HtmlKit.MapMarker) + T(c.Location);
        yield return Icon(HtmlKit.Envelope) + Link("mailto:" + b.Email, b.Email);
        if (b.Phone is { } p) yield return Icon(HtmlKit.PhoneIcon) + T(p);
        if (b.Url is { } u) yield return Icon(HtmlKit.Globe) + Link(u, Style.NoScheme(u));
        foreach (var pr in b.Profiles ?? [])
        {
            yield return Icon(pr.Network == "GitHub" ? HtmlKit.GitHub : HtmlKit.LinkedIn, brand: true) + Link(pr.Url, pr.Username);
        }
    }

    private static string Bullets(IEnumerable<string> items) => string.Concat(items.Select(h => $"- {T(h)}\n"));

    /// <summary>Sections a template leaves in a plain form: one paragraph per item.</summary>
    private static string Generic(Content c, string section)
    {
        var r = c.Resume;
        IEnumerable<string> lines = section switch
        {
            "summary" => [T(r.Basics.Summary!)],
            "projects" => r.Projects!.Select(p => $"*{T(p.Name)}*: {T(p.Description)}"),
            "certificates" => r.Certificates!.Select(x => T(c.Certificate(x))),
            "volunteer" => r.Volunteer!.Select(v => T($"{v.Position}, {v.Organization} ({c.Style.Range(v.StartDate, v.EndDate)})")),
            "awards" => r.Awards!.Select(a => T(c.Award(a))),
            "publications" => r.Publications!.Select(p => T(c.Publication(p))),
            "languages" => [T(string.Join(", ", r.Languages!.Select(c.Language)))],
            "interests" => [T(string.Join(", ", r.Interests!.Select(i => i.Name)))],
            "references" => r.References!.Select(x => T(c.Reference(x))),
            _ => [],
        };
        return string.Join(" \\\n", lines) + "\n\n";
    }

    private const string Page = "#set page(paper: \"a4\", margin: (x: 1.6cm, y: 1.4cm))\n#set par(justify: false, leading: 0.55em)\n";

    /// <summary>RenderCV's classic theme: a large centred name, a contact row of icons, bold coloured headings followed
    /// by a rule on their own line, each entry a two-column grid (organisation and title left; place over dates in a
    /// fixed right column), education with the degree's short form in a narrow column of its own.</summary>
    public static Source Classic(Content c, Random random)
    {
        var r = c.Resume;
        var s = new StringBuilder(Page);
        s.Append("#set text(font: \"Liberation Sans\", size: 10pt)\n#let accent = rgb(0, 79, 144)\n");
        s.Append("#show heading.where(level: 1): it => block(above: 12pt, below: 6pt)[#text(fill: accent, size: 13pt, weight: \"bold\", it.body) #v(-8pt) #line(length: 100%, stroke: 0.5pt + accent)]\n");
        s.Append($"#align(center)[#text(size: 26pt, fill: accent)[{T(r.Basics.Name)}]]\n#v(-4pt)\n");
        s.Append($"#align(center)[#text(size: 9pt)[{string.Join("#h(10pt)", IconContact(c))}]]\n");
        var dateFormat = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        foreach (var section in c.Sections())
        {
            s.Append($"= {T(c.Heading(section))}\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var right = (w.Location is { } loc ? T(loc) + " \\\n" : "") + T(Look.Range(w.StartDate, w.EndDate, dateFormat, " – "));
                        s.Append($"#grid(columns: (1fr, 4.2cm), column-gutter: 8pt, [*{T(w.Name)}*, {T(w.Position)}\n{Bullets(w.Highlights)}], align(right)[{right}])\n#v(4pt)\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        var degree = e.StudyType.Split(' ')[0].TrimEnd('\'', 's', ',');
                        var detail = e.Score is { } g ? $"\n- {T("GPA: " + g)}" : "";
                        s.Append($"#grid(columns: (1.2cm, 1fr, 4.2cm), column-gutter: 8pt, [*{T(degree)}*], [*{T(e.Institution)}*, {T(e.Area)}{detail}], align(right)[{T(Look.Range(e.StartDate, e.EndDate, dateFormat, " – "))}])\n#v(4pt)\n");
                    }
                    break;
                case "skills":
                    s.Append(string.Join(" \\\n", r.Skills!.Select(g => $"*{T(g.Name)}:* {T(string.Join(", ", g.Keywords))}"))).Append("\n\n");
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        return new Source(s.ToString());
    }

    /// <summary>RenderCV's moderncv theme: the name alone at the top left, contact on one row of icons; each heading a
    /// coloured bar in a left column beside the title; each entry a grid with its dates right-aligned in that left
    /// column and "Title, Organisation, Place" beside them.</summary>
    public static Source ModernCv(Content c, Random random)
    {
        var r = c.Resume;
        var s = new StringBuilder(Page);
        s.Append("#set text(font: \"DejaVu Sans\", size: 9.5pt)\n#let accent = rgb(0, 112, 192)\n#let datecol = 3.6cm\n");
        s.Append("#show heading.where(level: 1): it => block(above: 12pt, below: 7pt)[#grid(columns: (datecol, 1fr), column-gutter: 10pt, align(horizon, box(width: 100%, height: 5pt, fill: accent)), text(fill: accent, size: 13pt, weight: \"regular\", it.body))]\n");
        s.Append($"#text(size: 30pt, weight: \"light\")[{T(r.Basics.Name)}]\n\n");
        if (r.Basics.Label is { } label) s.Append($"#text(size: 13pt, fill: gray)[{T(label)}]\n\n");
        s.Append($"#text(size: 8.5pt)[{string.Join("#h(8pt)", IconContact(c))}]\n");
        var format = new[] { "MMM yyyy", "yyyy-MM", "MM/yyyy" }[random.Next(3)];
        string Row(string dates, string body) => $"#grid(columns: (datecol, 1fr), column-gutter: 10pt, align(right)[#text(size: 8.5pt)[{dates}]], [{body}])\n#v(3pt)\n";
        foreach (var section in c.Sections())
        {
            s.Append($"= {T(c.Heading(section))}\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var line = $"*{T(w.Position)}*, #emph[{T(w.Name)}]{(w.Location is { } loc ? ", " + T(loc) : "")}";
                        s.Append(Row(T(Look.Range(w.StartDate, w.EndDate, format, " – ")), $"{line}\n{Bullets(w.Highlights)}"));
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append(Row(T(Look.Range(e.StartDate, e.EndDate, format, " – ")), $"*{T(c.Degree(e))}*, #emph[{T(e.Institution)}]{(e.Score is { } g ? " \\\n" + T("GPA: " + g) : "")}"));
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!)
                    {
                        s.Append(Row($"*{T(g.Name)}*", T(string.Join(", ", g.Keywords))));
                    }
                    break;
                case "languages":
                    foreach (var l in r.Languages!)
                    {
                        s.Append(Row($"*{T(l.Name)}*", T(l.Fluency)));
                    }
                    break;
                default:
                    s.Append($"#grid(columns: (datecol, 1fr), column-gutter: 10pt, [], [{Generic(c, section)}])\n");
                    break;
            }
        }
        return new Source(s.ToString());
    }

    /// <summary>brilliant-cv: "First LAST" with the last name bold, a headline in small caps, contact icons separated by
    /// bars; each heading's first three letters in the accent colour and a rule filling the rest of its line; entries
    /// with the organisation bold and place right, the title in small caps and the dates right in italics; skills as rows
    /// of a right-aligned bold label beside keywords joined by bullets.</summary>
    public static Source Brilliant(Content c, Random random)
    {
        var r = c.Resume;
        var s = new StringBuilder(Page);
        s.Append("#set text(font: \"DejaVu Sans\", size: 9.5pt)\n#let accent = rgb(220, 53, 34)\n");
        var first = Look.First(r.Basics.Name);
        var last = Look.Rest(r.Basics.Name);
        s.Append($"#align(center)[#text(size: 28pt, weight: \"light\")[{T(first)}] #text(size: 28pt, weight: \"bold\")[{T(last)}]]\n");
        if (r.Basics.Label is { } label) s.Append($"#align(center)[#text(fill: accent, size: 10pt)[#smallcaps[{T(label)}]]]\n");
        s.Append($"#align(center)[#text(size: 8.5pt)[{string.Join(" #h(4pt)|#h(4pt) ", IconContact(c))}]]\n#v(6pt)\n");
        var format = random.Next(2) == 0 ? "MMM. yyyy" : "yyyy.MM";
        foreach (var section in c.Sections())
        {
            var heading = c.Heading(section);
            var cut = Math.Min(3, heading.Length);
            s.Append($"#block(above: 10pt, below: 6pt)[#grid(columns: (auto, 1fr), column-gutter: 6pt, text(size: 15pt, weight: \"bold\")[#text(fill: accent)[{T(heading[..cut])}]{T(heading[cut..])}], align(horizon, line(length: 100%, stroke: 0.9pt + gray)))]\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append($"#grid(columns: (1fr, auto), row-gutter: 4pt, [*{T(w.Name)}*], align(right)[#text(fill: accent, style: \"italic\")[{T(w.Location ?? "")}]], [#text(fill: gray.darken(30%))[#smallcaps[{T(w.Position)}]]], align(right)[#text(fill: gray.darken(30%), style: \"italic\", size: 8.5pt)[{T(Look.Range(w.StartDate, w.EndDate, format, " - "))}]])\n");
                        s.Append(Bullets(w.Highlights)).Append("#v(4pt)\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"#grid(columns: (1fr, auto), row-gutter: 4pt, [*{T(e.Institution)}*], [], [#text(fill: gray.darken(30%))[#smallcaps[{T(c.Degree(e))}]]], align(right)[#text(fill: gray.darken(30%), style: \"italic\", size: 8.5pt)[{T(Look.Range(e.StartDate, e.EndDate, format, " - "))}]])\n#v(4pt)\n");
                    }
                    break;
                case "skills":
                    var cells = r.Skills!.SelectMany(g => new[] { $"align(right)[*{T(g.Name)}*]", $"[{T(string.Join(" • ", g.Keywords))}]" });
                    s.Append($"#grid(columns: (2.8cm, 1fr), column-gutter: 10pt, row-gutter: 6pt, {string.Join(", ", cells)})\n");
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        return new Source(s.ToString());
    }

    /// <summary>RenderCV's engineeringresumes theme: a centred name, the contact on one row split by bars with no
    /// icons, bold headings followed by a full-width rule, each job one line "*Company*, Title -- Place" with the
    /// dates flush right and bullets under it, education "*School*, Degree in Area" with its dates right, skills as
    /// "*Group:* keywords" lines, everything in a serif text face.</summary>
    public static Source Engineering(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder(Page);
        s.Append("#set text(font: \"DejaVu Serif\", size: 10pt)\n#let accent = rgb(0, 79, 144)\n");
        s.Append("#show heading.where(level: 1): it => block(above: 10pt, below: 5pt)[#text(size: 12pt, weight: \"bold\", fill: accent, it.body) #v(-9pt) #line(length: 100%, stroke: 0.5pt)]\n");
        s.Append($"#align(center)[#text(size: 24pt, weight: \"bold\", fill: accent)[{T(b.Name)}]]\n#v(-6pt)\n");
        var contact = new List<string>();
        if (c.Location.Length > 0) contact.Add(T(c.Location));
        contact.Add(Link("mailto:" + b.Email, b.Email));
        if (b.Phone is { } p) contact.Add(T(p));
        if (b.Url is { } u) contact.Add(Link(u, Style.NoScheme(u)));
        foreach (var pr in b.Profiles ?? []) contact.Add(Link(pr.Url, Style.NoScheme(pr.Url)));
        s.Append($"#align(center)[#text(size: 9pt)[{string.Join(" #h(5pt)|#h(5pt) ", contact)}]]\n");
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MM/yyyy";
        string Line(string left, string dates) => $"#grid(columns: (1fr, auto), column-gutter: 8pt, [{left}], align(right)[{dates}])\n";
        foreach (var section in c.Sections())
        {
            s.Append($"= {T(c.Heading(section))}\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append(Line($"*{T(w.Name)}*, {T(w.Position)}{(w.Location is { } loc ? " -- " + T(loc) : "")}", T(Look.Range(w.StartDate, w.EndDate, format, " – "))));
                        s.Append(Bullets(w.Highlights)).Append("#v(3pt)\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append(Line($"*{T(e.Institution)}*, {T(c.Degree(e))}", T(Look.Range(e.StartDate, e.EndDate, format, " – "))));
                        if (e.Score is { } g) s.Append($"- {T("GPA: " + g)}\n");
                        s.Append("#v(3pt)\n");
                    }
                    break;
                case "skills":
                    s.Append(string.Join(" \\\n", r.Skills!.Select(g => $"*{T(g.Name)}:* {T(string.Join(", ", g.Keywords))}"))).Append("\n\n");
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        return new Source(s.ToString());
    }

    /// <summary>The Typst Universe basic-resume template as people fill it in: a centred name, the contact on one row
    /// split by bars, small-caps headings over a full-width rule, each job two grid rows: the title bold with the dates
    /// flush right, then the company in italics with the place flush right; education the school over the degree the
    /// same way; skills as "*Group*: keywords" lines.</summary>
    public static Source Basic(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder(Page.Replace("a4", "us-letter"));
        s.Append("#set text(font: \"Liberation Serif\", size: 10.5pt)\n");
        s.Append("#show heading.where(level: 1): it => block(above: 9pt, below: 5pt)[#text(size: 11.5pt, weight: \"regular\", smallcaps(it.body)) #v(-8pt) #line(length: 100%, stroke: 0.4pt)]\n");
        s.Append($"#align(center)[#text(size: 22pt, weight: \"bold\")[{T(b.Name)}]]\n#v(-4pt)\n");
        var contact = new List<string>();
        if (c.Location.Length > 0) contact.Add(T(c.Location));
        contact.Add(Link("mailto:" + b.Email, b.Email));
        if (b.Phone is { } p) contact.Add(T(p));
        foreach (var pr in b.Profiles ?? []) contact.Add(Link(pr.Url, Style.NoScheme(pr.Url)));
        if (b.Url is { } u) contact.Add(Link(u, Style.NoScheme(u)));
        s.Append($"#align(center)[{string.Join(" #h(4pt)|#h(4pt) ", contact)}]\n");
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        string Rows(string topLeft, string topRight, string bottomLeft, string bottomRight) =>
            $"#grid(columns: (1fr, auto), row-gutter: 5pt, [*{topLeft}*], align(right)[{topRight}], [_{bottomLeft}_], align(right)[{(bottomRight.Length > 0 ? $"_{bottomRight}_" : "")}])\n";
        foreach (var section in c.Sections())
        {
            var heading = section switch
            {
                "work" => CareerHtml.Heading(c, f => f.WorkHeadings, random, c.Heading(section)),
                "certificates" => CareerHtml.Heading(c, f => f.CredentialHeadings, random, c.Heading(section)),
                _ => c.Heading(section),
            };
            s.Append($"= {T(heading)}\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append(Rows(T(w.Position), T(Look.Range(w.StartDate, w.EndDate, format, " – ")), T(w.Name), w.Location is { } loc ? T(loc) : ""));
                        s.Append(Bullets(w.Highlights)).Append("#v(2pt)\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append(Rows(T(e.Institution), T(Look.Range(e.StartDate, e.EndDate, format, " – ")), T(FieldHtml.DegreeName(e)), ""));
                        if (e.Score is { } g) s.Append($"- {T(g)}\n");
                        s.Append("#v(2pt)\n");
                    }
                    break;
                case "skills":
                    s.Append(string.Join(" \\\n", r.Skills!.Select(g => $"*{T(g.Name)}*: {T(string.Join(", ", g.Keywords))}"))).Append("\n\n");
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        return new Source(s.ToString());
    }
}
