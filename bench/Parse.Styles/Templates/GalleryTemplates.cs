using System.Globalization;
using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>Resumes made from the template galleries people pick from rather than from a class or a theme: a Google
/// Docs gallery template (Spearmint, Coral) downloaded as PDF (Google Docs draws its PDFs with Skia, as Chromium
/// prints), an online builder's "Work History" page (LiveCareer, MyPerfectResume, Zety: "01/2020 - Current" in a
/// left column, "Degree: Area"), and an Apple Pages-like page with section names in a left column and a light name.
/// Written here from the structure those templates show; nothing is copied.</summary>
internal static class GalleryTemplates
{
    private static string Upper(string s) => s.ToUpper(CultureInfo.InvariantCulture);

    private static string Heading(Content c, string section, Random random) => section switch
    {
        "work" => CareerHtml.Heading(c, f => f.WorkHeadings, random, c.Heading(section)),
        "certificates" => CareerHtml.Heading(c, f => f.CredentialHeadings, random, c.Heading(section)),
        "volunteer" => CareerHtml.Heading(c, f => f.ServiceHeadings, random, c.Heading(section)),
        _ => c.Heading(section),
    };

    private static string Place(string? location) => location is { } l ? ", " + E(l) : "";

    /// <summary>Google Docs gallery templates (Spearmint, Coral): a large name, a stacked contact block (left under the
    /// name, or right of it in a layout table), coloured capital headings, each job as "Company, Place — Title" with
    /// the company bold, the dates under it in small grey capitals with the month spelled out ("SEPTEMBER 2021 -
    /// PRESENT"), bullets or a short paragraph; education "School, Place — Degree"; skills as a bullet list.</summary>
    public static string GoogleGallery(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var coral = random.Next(2) == 0;
        var accent = coral ? "#e06c55" : "#2a9d8f";
        var body = new StringBuilder();
        var contact = string.Join("<br>", PlainContact(c));
        if (coral)
        {
            body.Append($"<table class=\"top\"><tr><td><div class=\"name\">{E(b.Name)}</div>");
            if (r.Work is { Count: > 0 } jobs) body.Append($"<div class=\"role\">{E(jobs[0].Position)}</div>");
            body.Append($"</td><td class=\"contact\">{contact}</td></tr></table>");
        }
        else
        {
            body.Append($"<div class=\"bar\"></div><div class=\"name\">{E(b.Name)}</div><div class=\"contact\">{contact}</div>");
        }
        var format = random.Next(3) == 0 ? "MMM yyyy" : "MMMM yyyy";
        string Dates(string start, string? end) => E(Upper(Look.Range(start, end, format, " - ")));
        foreach (var section in c.Sections())
        {
            body.Append($"<h2>{E(Upper(Heading(c, section, random)))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        body.Append($"<div class=\"entry\"><div class=\"head\"><b>{E(w.Name)}</b>{Place(w.Location)} — <i>{E(w.Position)}</i></div>");
                        body.Append($"<div class=\"dates\">{Dates(w.StartDate, w.EndDate)}</div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        body.Append($"<div class=\"entry\"><div class=\"head\"><b>{E(e.Institution)}</b> — <i>{E(FieldHtml.DegreeName(e))}</i></div>");
                        body.Append($"<div class=\"dates\">{Dates(e.StartDate, e.EndDate)}</div>");
                        if (e.Score is { } score) body.Append($"<p>{E(score)}</p>");
                        body.Append("</div>");
                    }
                    break;
                case "skills":
                    body.Append(Items(r.Skills!.SelectMany(g => g.Keywords)));
                    break;
                default:
                    body.Append(Other(c, section));
                    break;
            }
        }
        return Page(c, $$"""
            @page { size: Letter; margin: 0.6in 0.7in; }
            .bar { width: 48px; height: 6px; background: {{accent}}; margin-bottom: 10px; }
            table.top { width: 100%; border-collapse: collapse; }
            table.top td { vertical-align: top; padding: 0; }
            td.contact { text-align: right; width: 38%; }
            .name { font-size: 26pt; font-weight: bold; color: #000; }
            .role { color: {{accent}}; font-size: 11pt; margin-top: 2px; }
            .contact { font-size: 9pt; color: #555; margin-top: 6px; line-height: 1.45; }
            h2 { color: {{accent}}; font-size: 10pt; letter-spacing: 0.06em; margin: 16px 0 6px; }
            .head { font-size: 10.5pt; }
            .dates { font-size: 8pt; color: #666; letter-spacing: 0.04em; margin: 2px 0 3px; }
            .muted { color: #666; }
            """, body.ToString(), "\"Open Sans\", \"Liberation Sans\", sans-serif", 10);
    }

    /// <summary>Online builders' "Work History" page (LiveCareer, MyPerfectResume, Zety): a coloured band with the name
    /// in capitals and the contact on one row split by bullets, "Professional Summary", skills in two bulleted
    /// columns, each job with "MM/yyyy - Current" in a left column and "Title" over "Company - Town" on the right,
    /// education as "Degree: Area" with the school and town, certifications and languages as lists.</summary>
    public static string BuilderHistory(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var body = new StringBuilder();
        body.Append($"<div class=\"band\"><div class=\"name\">{E(Upper(b.Name))}</div><div class=\"contact\">{string.Join(" <span class=\"dot\">•</span> ", PlainContact(c))}</div></div>");
        string Range(string start, string? end) => E(Look.Range(start, end, "MM/yyyy", " - ", "Current"));
        string Row(string left, string right) => $"<div class=\"row\"><div class=\"left\">{left}</div><div class=\"right\">{right}</div></div>";
        foreach (var section in c.Sections())
        {
            var heading = section switch
            {
                "summary" => "Professional Summary",
                "work" => "Work History",
                "skills" => "Skills",
                _ => Heading(c, section, random),
            };
            body.Append($"<h2>{E(heading)}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        body.Append(Row(Range(w.StartDate, w.EndDate),
                            $"<b>{E(w.Position)}</b><div class=\"org\">{E(w.Name)}{(w.Location is { } l ? " - " + E(l) : "")}</div>{Items(w.Highlights)}"));
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        var degree = e.Area.Length > 0 ? $"{e.StudyType}: {e.Area}" : e.StudyType;
                        body.Append(Row(E(Look.Date(e.EndDate, "MM/yyyy")),
                            $"<b>{E(degree)}</b><div class=\"org\">{E(e.Institution)}</div>{(e.Score is { } s ? $"<ul><li>{E(s)}</li></ul>" : "")}"));
                    }
                    break;
                case "skills":
                    body.Append(Items(r.Skills!.SelectMany(g => g.Keywords), "cols"));
                    break;
                case "certificates":
                    body.Append(Items(r.Certificates!.Select(x => $"{x.Name} - {x.Issuer}, {Look.Date(x.Date, "MM/yyyy")}")));
                    break;
                default:
                    body.Append(Other(c, section));
                    break;
            }
        }
        return Page(c, """
            @page { size: Letter; margin: 0 0 0.5in; }
            .band { background: #1d3b5a; color: #fff; padding: 26px 0.6in 16px; margin-bottom: 6px; }
            .name { font-size: 24pt; font-weight: bold; letter-spacing: 0.03em; }
            .contact { font-size: 9pt; margin-top: 6px; }
            .dot { color: #9fc3e6; }
            h2, .row, ul.cols, p { margin-left: 0.6in; margin-right: 0.6in; }
            h2 { font-size: 11pt; color: #1d3b5a; border-bottom: 1.5px solid #1d3b5a; padding-bottom: 2px; margin-top: 14px; margin-bottom: 6px; }
            .row { display: flex; gap: 14px; margin-bottom: 7px; break-inside: avoid; }
            .left { width: 1.35in; flex: none; color: #444; }
            .right { flex: 1; }
            .org { font-style: italic; }
            ul.cols { columns: 2; column-gap: 24px; }
            """, body.ToString(), "\"Liberation Sans\", sans-serif", 10);
    }

    /// <summary>Apple Pages' resume templates as filled in: a light name set large with a short headline, the contact
    /// stacked at the right, then every section as a row of a two-column grid whose narrow left cell holds the section
    /// name; jobs as "Title" over "Company, Town" with the dates in grey after a long dash, bullets below.</summary>
    public static string PagesGrid(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var body = new StringBuilder();
        var format = random.Next(2) == 0 ? "MMMM yyyy" : "MMM yyyy";
        body.Append($"<div class=\"top\"><div><div class=\"name\">{E(b.Name)}</div>");
        if (r.Work is { Count: > 0 } jobs) body.Append($"<div class=\"headline\">{E(jobs[0].Position)}</div>");
        body.Append($"</div><div class=\"contact\">{string.Join("<br>", PlainContact(c))}</div></div>");
        foreach (var section in c.Sections())
        {
            var cell = new StringBuilder();
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        cell.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)}</div><div>{E(w.Name)}{Place(w.Location)} <span class=\"muted\">— {E(Look.Range(w.StartDate, w.EndDate, format, " to "))}</span></div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        cell.Append($"<div class=\"entry\"><div class=\"t\">{E(FieldHtml.DegreeName(e))}</div><div>{E(e.Institution)} <span class=\"muted\">— {E(Look.Range(e.StartDate, e.EndDate, format, " to "))}</span></div>{(e.Score is { } s ? $"<div>{E(s)}</div>" : "")}</div>");
                    }
                    break;
                case "skills":
                    cell.Append(string.Concat(r.Skills!.Select(g => $"<div><span class=\"t\">{E(g.Name)}</span> {E(string.Join(" · ", g.Keywords))}</div>")));
                    break;
                default:
                    cell.Append(Other(c, section));
                    break;
            }
            body.Append($"<div class=\"sec\"><div class=\"label\">{E(Heading(c, section, random))}</div><div class=\"cell\">{cell}</div></div>");
        }
        return Page(c, """
            @page { size: Letter; margin: 0.7in 0.75in; }
            .top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.5px solid #999; padding-bottom: 10px; margin-bottom: 10px; }
            .name { font-size: 30pt; font-weight: 300; letter-spacing: 0.01em; color: #333; }
            .headline { font-size: 12pt; color: #b5651d; margin-top: 2px; }
            .contact { text-align: right; font-size: 9pt; color: #444; line-height: 1.45; }
            .sec { display: grid; grid-template-columns: 1.45in 1fr; column-gap: 14px; margin-top: 10px; }
            .label { color: #b5651d; font-weight: bold; font-size: 10.5pt; }
            .t { font-weight: bold; }
            .muted { color: #777; }
            """, body.ToString(), "\"Liberation Sans\", sans-serif", 10);
    }
}
