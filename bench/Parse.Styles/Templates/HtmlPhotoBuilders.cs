using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>Designed two-column PDFs from online builders, written here in their structure: a photo circle, contact
/// rows behind icons, coloured headings, dates and places on rows of their own behind calendar and marker icons
/// (Novoresume-, Enhancv- and Overleaf "Simple Hipster"-like).</summary>
internal static class HtmlPhotoBuilders
{
    private static string Photo => "<div class=\"photo\"></div>";

    private static string Dates(string start, string? end, string format) => Look.Range(start, end, format, " - ");

    /// <summary>A Novoresume-like page: a header band with the photo circle, the name and the title, and the contact as
    /// two columns of icon rows; a wide left column whose headings sit behind an icon in a circle, each job its title in
    /// bold, the company in colour, then dates in italics left and the place in italics right, an "Achievements/Tasks"
    /// label over the bullets; a narrow right column of skill boxes, languages with their level under them, interests.</summary>
    public static string Novoresume(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var contact = IconContact(c).ToList();
        var half = (contact.Count + 1) / 2;
        var head = new StringBuilder($"<header>{Photo}<div class=\"who\"><div class=\"name\">{E(b.Name)}</div>");
        if (b.Label is { } label) head.Append($"<div class=\"title\">{E(label)}</div>");
        if (b.Summary is { } summary) head.Append($"<div class=\"about\">{E(summary)}</div>");
        head.Append($"</div></header><div class=\"contact\"><div>{string.Concat(contact.Take(half).Select(x => $"<div>{x}</div>"))}</div><div>{string.Concat(contact.Skip(half).Select(x => $"<div>{x}</div>"))}</div></div>");
        var format = random.Next(2) == 0 ? "MM/yyyy" : "MMM yyyy";
        string H(string section) => $"<h2><span class=\"ic\">{Icon(SectionIcon(section))}</span>{E(c.Heading(section).ToUpperInvariant())}</h2>";
        var main = new StringBuilder();
        var side = new StringBuilder();
        foreach (var section in c.Sections().Where(x => x != "summary"))
        {
            switch (section)
            {
                case "work":
                    main.Append(H(section));
                    foreach (var w in r.Work!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)}</div><div class=\"co\">{E(w.Name)}</div>");
                        main.Append($"<div class=\"meta\"><i>{E(Dates(w.StartDate, w.EndDate, format))}</i><i>{E(w.Location ?? "")}</i></div>");
                        main.Append("<div class=\"label\">Achievements/Tasks</div>").Append(Items(w.Highlights)).Append("</div>");
                    }
                    break;
                case "education":
                    main.Append(H(section));
                    foreach (var e in r.Education!)
                    {
                        main.Append($"<div class=\"entry\"><div class=\"t\">{E(c.Degree(e))}</div><div class=\"co\">{E(e.Institution)}</div>");
                        main.Append($"<div class=\"meta\"><i>{E(Dates(e.StartDate, e.EndDate, format))}</i><i></i></div>");
                        if (e.Score is { } g) main.Append($"<div>GPA: {E(g)}</div>");
                        main.Append("</div>");
                    }
                    break;
                case "skills":
                    side.Append(H(section)).Append("<div class=\"boxes\">").Append(string.Concat(Look.Keywords(r).Select(k => $"<span>{E(k)}</span>"))).Append("</div>");
                    break;
                case "languages":
                    side.Append(H(section)).Append(string.Concat(r.Languages!.Select(l => $"<div class=\"lang\"><b>{E(l.Name)}</b><div><i>{E(l.Fluency)}</i></div></div>")));
                    break;
                case "interests":
                    side.Append(H(section)).Append("<div class=\"boxes\">").Append(string.Concat(r.Interests!.Select(i => $"<span>{E(i.Name)}</span>"))).Append("</div>");
                    break;
                case "certificates" or "awards":
                    side.Append(H(section)).Append(Other(c, section));
                    break;
                default:
                    main.Append(H(section)).Append(Other(c, section));
                    break;
            }
        }
        var css = """
            header { display: flex; gap: 14px; align-items: center; }
            .photo { width: 86px; height: 86px; border-radius: 50%; background: #b7c4d4; flex: none; }
            .name { font-size: 24pt; font-weight: bold; color: #1b3a5c; }
            .title { font-size: 12pt; color: #2d7dd2; margin: 2px 0 4px; }
            .about { font-size: 9pt; }
            .contact { display: flex; gap: 30px; background: #1b3a5c; color: #fff; padding: 6px 12px; margin: 10px 0; font-size: 8.5pt; }
            .contact > div { flex: 1; } .contact div div { margin: 2px 0; }
            .cols { display: flex; gap: 18px; }
            .main { flex: 1; } .side { width: 33%; }
            h2 { font-size: 12pt; color: #1b3a5c; border-bottom: 2px solid #2d7dd2; margin: 12px 0 6px; padding-bottom: 2px; }
            .ic { display: inline-block; width: 20px; height: 20px; border-radius: 50%; background: #1b3a5c; color: #fff; text-align: center; font-size: 8pt; line-height: 20px; margin-right: 6px; }
            .ic .fa { margin: 0; }
            .t { font-size: 11pt; font-weight: bold; }
            .co { font-size: 10.5pt; color: #2d7dd2; }
            .meta { display: flex; justify-content: space-between; font-size: 8.5pt; color: #2d7dd2; }
            .label { font-size: 8.5pt; font-style: italic; color: #777; margin-top: 2px; }
            .boxes span { display: inline-block; background: #e4ebf3; border-radius: 3px; padding: 2px 6px; margin: 2px; font-size: 8.5pt; }
            .lang { margin: 4px 0; } .lang i { font-size: 8.5pt; color: #2d7dd2; }
            """;
        return Page(c, css, $"{head}<div class=\"cols\"><div class=\"main\">{main}</div><div class=\"side\">{side}</div></div>", "\"Liberation Sans\", sans-serif", 9.5);
    }

    /// <summary>An Enhancv-like page: the name in capitals, the title in colour and one row of icon contact pieces
    /// across the top (the photo circle to the right); two columns with headings in capitals over a thick rule; each job
    /// its title, the company in colour bold, then one row with a calendar icon before the dates and a marker icon
    /// before the place; a right column with the summary, skills as underlined tags and education.</summary>
    public static string Enhancv(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var format = random.Next(2) == 0 ? "MM/yyyy" : "MMM yyyy";
        var head = new StringBuilder($"<header><div><div class=\"name\">{E(b.Name.ToUpperInvariant())}</div>");
        if (b.Label is { } label) head.Append($"<div class=\"title\">{E(label)}</div>");
        head.Append($"<div class=\"contact\">{string.Concat(IconContact(c).Select(x => $"<span>{x}</span>"))}</div></div>{Photo}</header>");
        string H(string section) => $"<h2>{E(c.Heading(section).ToUpperInvariant())}</h2>";
        string Meta(string dates, string? place) =>
            $"<div class=\"meta\"><span>{Icon(Calendar)}{E(dates)}</span>{(place is null ? "" : $"<span>{Icon(MapMarker)}{E(place)}</span>")}</div>";
        var left = new StringBuilder();
        var right = new StringBuilder();
        foreach (var section in c.Sections())
        {
            switch (section)
            {
                case "work":
                    left.Append(H(section));
                    foreach (var w in r.Work!)
                    {
                        left.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)}</div><div class=\"co\">{E(w.Name)}</div>{Meta(Dates(w.StartDate, w.EndDate, format), w.Location)}{Items(w.Highlights)}</div>");
                    }
                    break;
                case "projects":
                    left.Append(H(section)).Append(Other(c, section));
                    break;
                case "summary":
                    right.Append(H(section)).Append($"<p>{E(b.Summary!)}</p>");
                    break;
                case "education":
                    right.Append(H(section));
                    foreach (var e in r.Education!)
                    {
                        right.Append($"<div class=\"entry\"><div class=\"t\">{E(c.Degree(e))}</div><div class=\"co\">{E(e.Institution)}</div>{Meta(Dates(e.StartDate, e.EndDate, format), null)}</div>");
                    }
                    break;
                case "skills":
                    right.Append(H(section)).Append("<div class=\"tags\">").Append(string.Concat(Look.Keywords(r).Select(k => $"<span>{E(k)}</span>"))).Append("</div>");
                    break;
                default:
                    right.Append(H(section)).Append(Other(c, section));
                    break;
            }
        }
        var css = """
            header { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 8px; }
            .photo { width: 80px; height: 80px; border-radius: 50%; background: #c9c9c9; flex: none; }
            .name { font-size: 22pt; font-weight: bold; letter-spacing: 0.5px; }
            .title { font-size: 12pt; color: #008cff; margin: 2px 0 6px; }
            .contact span { margin-right: 14px; font-size: 8.5pt; white-space: nowrap; display: inline-block; }
            .contact .fa, .contact .fab, .meta .fa { color: #008cff; }
            .cols { display: flex; gap: 20px; }
            .left { width: 60%; } .right { flex: 1; }
            h2 { font-size: 12pt; border-bottom: 3px solid #222; margin: 12px 0 6px; padding-bottom: 2px; }
            .t { font-size: 11pt; }
            .co { font-weight: bold; color: #008cff; }
            .meta { font-size: 8.5pt; color: #555; margin: 1px 0 2px; } .meta span { margin-right: 14px; }
            .tags span { display: inline-block; border-bottom: 1px solid #aaa; padding: 2px 4px; margin: 2px 6px 2px 0; }
            """;
        return Page(c, css, $"{head}<div class=\"cols\"><div class=\"left\">{left}</div><div class=\"right\">{right}</div></div>", "\"Liberation Sans\", sans-serif", 9.5);
    }

    /// <summary>An Overleaf "Simple Hipster"-like page: a dark left column with the photo circle, the name in two lines
    /// and the title, an "About me" paragraph, contact behind icons, skills as bars and languages; a right column whose
    /// headings are white text on coloured bands; each entry a small dates column at the left, then the title bold and
    /// the company with its place in grey.</summary>
    public static string SimpleHipster(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var side = new StringBuilder($"{Photo}<div class=\"name\">{E(Look.First(b.Name))}<br>{E(Look.Rest(b.Name))}</div>");
        if (b.Label is { } label) side.Append($"<div class=\"title\">{E(label)}</div>");
        if (b.Summary is { } summary) side.Append($"<h3>About me</h3><p>{E(summary)}</p>");
        side.Append("<h3>Contact</h3>").Append(string.Concat(IconContact(c).Select(x => $"<div class=\"ct\">{x}</div>")));
        if (r.Skills is { Count: > 0 }) side.Append($"<h3>{E(c.Heading("skills"))}</h3>").Append(Gauges(Look.Keywords(r).Take(8), random));
        if (r.Languages is { Count: > 0 }) side.Append($"<h3>{E(c.Heading("languages"))}</h3>").Append(string.Concat(r.Languages.Select(l => $"<div>{E(l.Name)} <span class=\"lvl\">({E(l.Fluency)})</span></div>")));
        // Months always: the scorer's truth has them, and a year alone could not be scored.
        var stacked = random.Next(2) == 0;
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MM/yyyy";
        string Entry(string dates, string title, string org) =>
            $"<div class=\"entry row\"><div class=\"when\">{E(dates)}</div><div class=\"what\"><b>{E(title)}</b><div class=\"org\">{org}</div>";
        var main = new StringBuilder();
        foreach (var section in c.Sections().Where(x => x is not ("summary" or "skills" or "languages")))
        {
            main.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var dates = Look.Range(w.StartDate, w.EndDate, format, stacked ? " –\n" : " – ");
                        main.Append(Entry(dates, w.Position, E(w.Name) + (w.Location is { } loc ? $", {E(loc)}" : ""))).Append(Items(w.Highlights)).Append("</div></div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        main.Append(Entry(Look.Range(e.StartDate, e.EndDate, format, " – "), c.Degree(e), E(e.Institution))).Append(e.Score is { } g ? $"<div>{E(g)}</div>" : "").Append("</div></div>");
                    }
                    break;
                default:
                    main.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            @page { margin: 0; }
            .wrap { display: flex; min-height: 297mm; }
            aside { width: 30%; background: #3a3f4b; color: #eee; padding: 14mm 6mm; box-sizing: border-box; font-size: 8.5pt; }
            .photo { width: 90px; height: 90px; border-radius: 50%; background: #8a93a6; margin: 0 auto 10px; }
            aside .name { font-size: 20pt; text-align: center; line-height: 1.1; }
            aside .title { text-align: center; color: #f2a541; margin: 4px 0 8px; }
            aside h3 { font-size: 11pt; color: #f2a541; margin: 12px 0 4px; }
            .ct { margin: 3px 0; word-break: break-all; }
            .lvl { color: #bbb; }
            main { flex: 1; padding: 14mm 10mm 12mm 8mm; }
            h2 { background: #f2a541; color: #fff; font-size: 12pt; padding: 3px 8px; margin: 12px 0 6px; }
            .row { display: flex; gap: 10px; }
            .when { width: 18%; flex: none; font-size: 8.5pt; color: #777; white-space: pre-line; }
            .what { flex: 1; } .org { color: #666; }
            """;
        return Page(c, css, $"<div class=\"wrap\"><aside>{side}</aside><main>{main}</main></div>", "\"DejaVu Sans\", sans-serif", 9.5);
    }
}
