using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>Plain one-column resumes as people print them from a browser, written here in their structure: the career
/// office one-page format (Harvard/MIT guides), a job board's "resume from profile" export (Indeed/Monster) and a
/// Markdown resume turned into HTML and printed with a CSS theme.</summary>
internal static class HtmlPlainFormats
{
    /// <summary>The career office one-page format: a centred bold name over one centred line of address, e-mail and
    /// phone; capital headings centred or flush left over a thin rule; education first; each entry its organisation in
    /// bold with the town flush right, then the title in italics with the dates flush right; the degree written out with
    /// the area ("Bachelor of Arts in Economics"), honours after it; skills as "Technical: ..." lines.</summary>
    public static string CareerOffice(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var centred = random.Next(2) == 0;
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        var sb = new StringBuilder($"<div class=\"name\">{E(b.Name)}</div>");
        var line = new List<string>();
        if (c.Location.Length > 0) line.Add(E(c.Location));
        line.Add($"<a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>");
        if (b.Phone is { } p) line.Add(E(p));
        foreach (var pr in b.Profiles ?? []) line.Add($"<a href=\"{E(pr.Url)}\">{E(Style.NoScheme(pr.Url))}</a>");
        sb.Append($"<div class=\"contact\">{string.Join(random.Next(2) == 0 ? " • " : " | ", line)}</div>");
        string Row(string left, string right, string cls = "") => $"<div class=\"row {cls}\"><span>{left}</span><span>{right}</span></div>";
        var order = c.Sections().OrderBy(x => x == "education" ? 0 : 1).ToList();
        foreach (var section in order)
        {
            var heading = section switch { "work" => "Experience", "skills" => "Skills & Interests", _ => c.Heading(section) };
            sb.Append($"<h2>{E(heading.ToUpperInvariant())}</h2>");
            switch (section)
            {
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append("<div class=\"entry\">").Append(Row($"<b>{E(e.Institution)}</b>", ""));
                        var degree = $"{c.Degree(e)}{(e.Score is { } g ? $". GPA {E(g)}" : "")}";
                        sb.Append(Row(E(degree), E(Look.Date(e.EndDate, format, "Expected " + Look.Date(e.StartDate, "yyyy"))))).Append("</div>");
                        if (e.Courses is { } courses) sb.Append($"<div>Relevant Coursework: {E(string.Join(", ", courses))}</div>");
                    }
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append("<div class=\"entry\">").Append(Row($"<b>{E(w.Name)}</b>", E(w.Location ?? "")));
                        sb.Append(Row($"<i>{E(w.Position)}</i>", E(Look.Range(w.StartDate, w.EndDate, format, " – "))));
                        sb.Append(Items(w.Highlights)).Append("</div>");
                    }
                    break;
                case "skills":
                    sb.Append(string.Concat(r.Skills!.Select(g => $"<div><b>{E(g.Name)}:</b> {E(string.Join(", ", g.Keywords))}</div>")));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = $$"""
            .name { text-align: center; font-weight: bold; font-size: 15pt; }
            .contact { text-align: center; font-size: 10pt; margin-bottom: 4px; }
            h2 { font-size: 10.5pt; font-weight: bold; text-align: {{(centred ? "center" : "left")}}; border-bottom: 0.7px solid #000; margin: 10px 0 4px; padding-bottom: 1px; }
            .row { display: flex; justify-content: space-between; }
            ul { margin: 1px 0 4px; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Serif\", \"Times New Roman\", serif", 10.5);
    }

    /// <summary>A job board's "resume from profile" PDF: the name big, the town, e-mail and phone on lines of their own, a
    /// "Links" section of full addresses;
    /// headings with a grey rule; each job its title in bold, "Company - Town" under it and "Month yyyy to Present"
    /// under that, then the description as a paragraph of sentences (or bullets); education "Degree in Area" then
    /// "School - Town" then "yyyy to yyyy"; skills as "• keyword (N years)"; languages as "Name - Fluency".</summary>
    public static string ProfileExport(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder($"<div class=\"name\">{E(b.Name)}</div>");
        if (b.Label is { } label) sb.Append($"<div class=\"label\">{E(label)}</div>");
        if (c.Location.Length > 0) sb.Append($"<div>{E(c.Location)}</div>");
        sb.Append($"<div><a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a></div>");
        if (b.Phone is { } p) sb.Append($"<div>{E(p)}</div>");
        var links = new[] { b.Url }.Concat((b.Profiles ?? []).Select(x => x.Url)).OfType<string>().ToList();
        if (links.Count > 0) sb.Append("<h2>Links</h2>").Append(string.Concat(links.Select(u => $"<div><a href=\"{E(u)}\">{E(u)}</a></div>")));
        // The draw stays so later choices keep their values. Duties always print as a list: the truth holds them as
        // highlights, and a paragraph of them would be the job's summary, as people (and the public sets) read it.
        _ = random.Next(2);
        var paragraphs = false;
        foreach (var section in c.Sections())
        {
            var heading = section switch { "work" => "Work Experience", "education" => "Education", "skills" => "Skills", "certificates" => "Certifications and Licenses", "languages" => "Languages", "summary" => "Summary", _ => c.Heading(section) };
            sb.Append($"<h2>{E(heading)}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)}</div><div>{E(w.Name)}{(w.Location is { } loc ? " - " + E(loc) : "")}</div>");
                        sb.Append($"<div class=\"d\">{E(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " to "))}</div>");
                        sb.Append(paragraphs ? $"<p>{E(string.Join(" ", w.Highlights.Select(h => h.TrimEnd('.') + ".")))}</p>" : Items(w.Highlights)).Append("</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"t\">{E(c.Degree(e))}</div><div>{E(e.Institution)}</div>");
                        sb.Append($"<div class=\"d\">{E(Look.Range(e.StartDate, e.EndDate, "yyyy", " to "))}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(Items(Look.Keywords(r).Select((k, i) => $"{k} ({1 + (k.Length + i) % 9} years)")));
                    break;
                case "languages":
                    sb.Append(Items(r.Languages!.Select(l => $"{l.Name} - {l.Fluency}")));
                    break;
                case "certificates":
                    sb.Append(string.Concat(r.Certificates!.Select(x => $"<div class=\"entry\"><div class=\"t\">{E(x.Name)}</div><div class=\"d\">{E(Look.Date(x.Date, "MMMM yyyy"))} to Present</div><div>{E(x.Issuer)}</div></div>")));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .name { font-size: 24pt; font-weight: bold; margin-bottom: 4px; }
            .label { font-size: 11pt; margin-bottom: 4px; }
            h2 { font-size: 13pt; font-weight: bold; border-bottom: 1px solid #bbb; padding-bottom: 3px; margin: 16px 0 8px; }
            .t { font-weight: bold; font-size: 11pt; }
            .d { color: #595959; margin-bottom: 3px; }
            .entry { margin-bottom: 10px; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Sans\", Arial, sans-serif", 10);
    }

    /// <summary>A Markdown resume turned into HTML (a heading per section, "### Title, Company" for each job, an
    /// emphasised "Place · dates" line, a pipe table for skills) and printed by a browser with a GitHub-like CSS theme.</summary>
    public static string MarkdownCss(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder($"<article><h1>{E(b.Name)}</h1>");
        if (b.Label is { } label) sb.Append($"<p><strong>{E(label)}</strong></p>");
        sb.Append($"<p>{string.Join(" · ", PlainContact(c))}</p><hr>");
        var titleFirst = random.Next(2) == 0;
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var head = titleFirst ? $"{E(w.Position)}, {E(w.Name)}" : $"{E(w.Name)} — {E(w.Position)}";
                        var meta = string.Join(" · ", new[] { w.Location, c.Style.Range(w.StartDate, w.EndDate) }.OfType<string>().Select(E));
                        sb.Append($"<h3>{head}</h3><p><em>{meta}</em></p>").Append(Items(w.Highlights));
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<h3>{E(e.Institution)}</h3><p>{E(c.Degree(e))}<br><em>{E(c.Style.Range(e.StartDate, e.EndDate))}</em></p>");
                    }
                    break;
                case "skills":
                    sb.Append("<table><thead><tr><th>Area</th><th>Skills</th></tr></thead><tbody>");
                    sb.Append(string.Concat(r.Skills!.Select(g => $"<tr><td>{E(g.Name)}</td><td>{E(string.Join(", ", g.Keywords))}</td></tr>")));
                    sb.Append("</tbody></table>");
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        sb.Append("</article>");
        var css = """
            article { max-width: 760px; }
            h1 { font-size: 24pt; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin: 0 0 8px; }
            h2 { font-size: 15pt; border-bottom: 1px solid #d0d7de; padding-bottom: 3px; margin: 18px 0 8px; }
            h3 { font-size: 11.5pt; margin: 12px 0 2px; }
            hr { border: 0; border-top: 3px solid #d0d7de; }
            table { border-collapse: collapse; margin: 6px 0; }
            td, th { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; vertical-align: top; }
            tr:nth-child(2n) { background: #f6f8fa; }
            a { color: #0969da; }
            """;
        return Page(c, css, sb.ToString(), "-apple-system, \"Segoe UI\", \"Noto Sans\", \"DejaVu Sans\", sans-serif", 10);
    }
}
