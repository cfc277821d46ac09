using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>Plain text and Markdown as people type them (numbered headings, a date column, "Heading:" lines, emoji
/// headings and tables), and the Markdown that pandoc turns into DOCX, LaTeX PDFs and HTML for wkhtmltopdf.</summary>
internal static class TextTemplates
{
    private static string Other(Content c, string section)
    {
        var r = c.Resume;
        IEnumerable<string> lines = section switch
        {
            "summary" => [r.Basics.Summary!],
            "projects" => r.Projects!.Select(p => $"{p.Name}: {p.Description}"),
            "certificates" => r.Certificates!.Select(c.Certificate),
            "volunteer" => r.Volunteer!.Select(v => $"{v.Position}, {v.Organization} ({c.Style.Range(v.StartDate, v.EndDate)})"),
            "awards" => r.Awards!.Select(c.Award),
            "publications" => r.Publications!.Select(c.Publication),
            "languages" => [string.Join(", ", r.Languages!.Select(c.Language))],
            "interests" => [string.Join(", ", r.Interests!.Select(i => i.Name))],
            "references" => r.References!.Select(c.Reference),
            "skills" => r.Skills!.Select(g => $"{g.Name}: {string.Join(", ", g.Keywords)}"),
            _ => [],
        };
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>"1. CAREER HISTORY": numbered capital headings; employer and place, then title, then dates.</summary>
    public static Source Numbered(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.AppendLine(c.Name).AppendLine(string.Join(" | ", c.ContactPieces().Select(p => p == r.Basics.Phone ? Look.Phone(p, 1) : p)));
        var n = 0;
        foreach (var section in c.Sections())
        {
            sb.AppendLine().AppendLine($"{++n}. {c.Heading(section).ToUpperInvariant()}").AppendLine();
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.AppendLine(w.Location is { } l ? $"{w.Name} — {l}" : w.Name).AppendLine(w.Position);
                        sb.AppendLine(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " \u2013 "));
                        foreach (var h in w.Highlights) sb.AppendLine($"  * {h}");
                        sb.AppendLine();
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.AppendLine(e.Institution).AppendLine($"{c.Degree(e)}, {Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " \u2013 ")}").AppendLine();
                    }
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        return new Source(sb.ToString());
    }

    /// <summary>A column of dates at the left ("03/2019 - 05/2021   Title, Company"), bullets indented under the text.</summary>
    public static Source LeftDates(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.AppendLine(c.Name.ToUpperInvariant());
        foreach (var piece in c.ContactPieces()) sb.AppendLine(piece);
        foreach (var section in c.Sections())
        {
            sb.AppendLine().AppendLine(c.Heading(section).ToUpperInvariant()).AppendLine(new string('-', c.Heading(section).Length));
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var dates = Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " \u2012 ", "now").PadRight(22);
                        sb.AppendLine($"{dates}{w.Position}, {w.Name}");
                        foreach (var h in w.Highlights) sb.AppendLine($"{new string(' ', 22)}- {h}");
                        sb.AppendLine();
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.AppendLine($"{Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " \u2012 ").PadRight(22)}{c.Degree(e)}, {e.Institution}");
                    }
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        return new Source(sb.ToString());
    }

    /// <summary>Headings as "Experience:" lines in title case, entries as "Title at Company (Mar 2019 - Present)", soft
    /// hyphens between the dates as some word processors save them.</summary>
    public static Source ColonHeadings(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.AppendLine(c.Name);
        if (r.Basics.Label is { } l) sb.AppendLine(l);
        sb.AppendLine();
        foreach (var section in c.Sections())
        {
            sb.AppendLine($"{c.Heading(section)}:");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.AppendLine($"{w.Position} at {w.Name} ({Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " \u00AD ")})");
                        foreach (var h in w.Highlights) sb.AppendLine($"\u2022 {h}");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.AppendLine($"{c.Degree(e)}, {e.Institution} ({Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " \u00AD ")})");
                    }
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
            sb.AppendLine();
        }
        sb.AppendLine("Contact:").AppendLine(string.Join(", ", c.ContactPieces()));
        return new Source(sb.ToString());
    }

    /// <summary>A GitHub-profile-style Markdown resume: emoji headings, "### Company", "**Title** · dates", a skills
    /// table.</summary>
    public static Source GitHubMarkdown(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder();
        sb.AppendLine($"# {b.Name}").AppendLine();
        if (b.Label is { } l) sb.AppendLine($"_{l}_").AppendLine();
        sb.AppendLine(string.Join(" · ", c.ContactPieces().Select(p => c.Href(p) is { } h && !h.StartsWith("mailto", StringComparison.Ordinal) ? $"[{p}]({h})" : p))).AppendLine();
        string Emoji(string s) => s switch
        {
            "summary" => "👋", "work" => "💼", "education" => "🎓", "skills" => "🛠️", "projects" => "🚀", "certificates" => "📜",
            "languages" => "🌍", "awards" => "🏆", "publications" => "📝", "volunteer" => "🤝", "interests" => "🎯", _ => "📌",
        };
        foreach (var section in c.Sections())
        {
            sb.AppendLine($"## {Emoji(section)} {c.Heading(section)}").AppendLine();
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.AppendLine($"### {w.Name}").AppendLine();
                        sb.AppendLine($"**{w.Position}** · {Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " – ")}").AppendLine();
                        foreach (var h in w.Highlights) sb.AppendLine($"- {h}");
                        sb.AppendLine();
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.AppendLine($"- **{e.Institution}** — {c.Degree(e)} ({Look.Range(e.StartDate, e.EndDate, "yyyy-MM", " – ")})");
                    }
                    sb.AppendLine();
                    break;
                case "skills":
                    sb.AppendLine("| Area | Tools |").AppendLine("| --- | --- |");
                    foreach (var g in r.Skills!) sb.AppendLine($"| {g.Name} | {string.Join(", ", g.Keywords)} |");
                    sb.AppendLine();
                    break;
                default:
                    sb.AppendLine(Other(c, section));
                    break;
            }
        }
        return new Source(sb.ToString());
    }

    /// <summary>Markdown for pandoc: "## Experience", "### Title, Company", an italic dates line, "-" items.</summary>
    public static Source Pandoc(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder();
        sb.AppendLine("---").AppendLine($"title: \"{b.Name}\"").AppendLine("---").AppendLine();
        sb.AppendLine(string.Join(" | ", c.ContactPieces().Select(p => c.Href(p) is { } h ? $"[{p}]({h})" : p))).AppendLine();
        foreach (var section in c.Sections())
        {
            sb.AppendLine($"## {c.Heading(section)}").AppendLine();
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.AppendLine($"### {w.Position}, {w.Name}").AppendLine();
                        sb.AppendLine($"*{Look.Range(w.StartDate, w.EndDate, c.Style.DateFormat == "MM/YYYY" ? "MM/yyyy" : "MMMM yyyy", " -- ")}*").AppendLine();
                        foreach (var h in w.Highlights) sb.AppendLine($"- {h}");
                        sb.AppendLine();
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.AppendLine($"**{e.Institution}**, {c.Degree(e)}, {Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " -- ")}").AppendLine();
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!) sb.AppendLine($"- **{g.Name}:** {string.Join(", ", g.Keywords)}");
                    sb.AppendLine();
                    break;
                default:
                    sb.AppendLine(Other(c, section).Replace("\n", "\n\n"));
                    break;
            }
        }
        return new Source(sb.ToString(), Engine: LatexLayouts.NeedsUnicodeEngine(r) ? "xelatex" : null);
    }
}
