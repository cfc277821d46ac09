using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>Conventions people write resumes in whatever the tool: small caps headings, "Title at Company", numbered
/// headings, contact details at the end, entry lines behind bullets, degree lines with semicolons, and the structure of
/// two well-known exports (LinkedIn's "Save to PDF", the 2004 Europass CV).</summary>
internal static class HtmlConventions
{
    /// <summary>LinkedIn's profile PDF: a grey left column (Contact, Top Skills, Languages, Certifications), then the
    /// name, headline and place, and per job the company, the title, "Month Year - Present (n years m months)" and the
    /// place; a page footer "Page 1 of 2".</summary>
    public static string LinkedIn(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var side = new StringBuilder("<h3>Contact</h3>");
        side.Append($"<div>{E(b.Email)}</div>");
        if (b.Phone is { } p) side.Append($"<div>{E(p)} (Mobile)</div>");
        foreach (var profile in b.Profiles ?? [])
        {
            side.Append($"<div><a href=\"{E(profile.Url)}\">{E(Style.NoScheme(profile.Url))}</a> ({E(profile.Network)})</div>");
        }
        if (b.Url is { } u) side.Append($"<div><a href=\"{E(u)}\">{E(Style.NoScheme(u))}</a> (Personal)</div>");
        if (r.Skills is { Count: > 0 })
        {
            side.Append("<h3>Top Skills</h3>").Append(string.Concat(Look.Keywords(r).Take(3).Select(k => $"<div>{E(k)}</div>")));
        }
        if (r.Languages is { Count: > 0 })
        {
            side.Append("<h3>Languages</h3>").Append(string.Concat(r.Languages.Select(l => $"<div>{E(l.Name)} ({E(l.Fluency)})</div>")));
        }
        if (r.Certificates is { Count: > 0 })
        {
            side.Append("<h3>Certifications</h3>").Append(string.Concat(r.Certificates.Select(x => $"<div>{E(x.Name)}</div>")));
        }
        var main = new StringBuilder($"<div class=\"name\">{E(b.Name)}</div>");
        if (b.Label is { } label) main.Append($"<div class=\"headline\">{E(label)}</div>");
        if (b.Location is { } loc) main.Append($"<div class=\"place\">{E(c.Location)}, {E(Content.CountryName(loc.CountryCode))}</div>");
        if (b.Summary is { } summary) main.Append($"<h2>Summary</h2><p>{E(summary)}</p>");
        main.Append("<h2>Experience</h2>");
        foreach (var w in r.Work!)
        {
            main.Append($"<div class=\"entry\"><div class=\"co\">{E(w.Name)}</div><div class=\"ti\">{E(w.Position)}</div>");
            main.Append($"<div class=\"gr\">{E(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " - "))} ({E(Look.Duration(w.StartDate, w.EndDate))})</div>");
            if (w.Location is { } wl) main.Append($"<div class=\"gr\">{E(wl)}</div>");
            main.Append(string.Concat(w.Highlights.Select(h => $"<div class=\"d\">- {E(h)}</div>"))).Append("</div>");
        }
        main.Append("<h2>Education</h2>");
        foreach (var e in r.Education!)
        {
            main.Append($"<div class=\"entry\"><div class=\"co\">{E(e.Institution)}</div><div class=\"ti\">{E(e.StudyType)}, {E(e.Area)} · ({E(e.StartDate[..4])} - {E(e.EndDate?[..4] ?? "")})</div></div>");
        }
        var css = """
            @page { margin: 0; }
            .wrap { display: flex; min-height: 297mm; }
            aside { width: 30%; background: #f2f2f2; padding: 30px 16px; box-sizing: border-box; font-size: 9.5pt; }
            aside h3 { font-size: 12pt; margin: 18px 0 6px; }
            aside div { margin: 2px 0; word-break: break-word; }
            main { flex: 1; padding: 30px 28px; }
            .name { font-size: 26pt; } .headline { font-size: 12pt; margin: 4px 0; } .place { color: #777; font-size: 10pt; }
            h2 { font-size: 16pt; font-weight: normal; margin: 18px 0 8px; }
            .co { font-size: 12pt; margin-top: 8px; } .ti { font-size: 11pt; } .gr { color: #777; font-size: 10pt; }
            .d { font-size: 10pt; margin: 2px 0; }
            .foot { position: fixed; bottom: 10px; right: 30px; color: #999; font-size: 9pt; }
            """;
        return Page(c, css, $"<div class=\"wrap\"><aside>{side}</aside><main>{main}</main></div>", "\"DejaVu Sans\", sans-serif");
    }

    /// <summary>The 2004 Europass CV: a right-aligned label column ("Dates", "Occupation or position held", "Name and
    /// address of employer", "Title of qualification awarded") beside the values, a "Europass Curriculum Vitae" title.</summary>
    public static string Europass2004(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder("<table>");
        void Row(string label, string value, string cls = "") => sb.Append($"<tr class=\"{cls}\"><th>{label}</th><td>{value}</td></tr>");
        Row("<span class=\"brand\">Europass<br>Curriculum Vitae</span>", "", "top");
        Row("Personal information", "", "sec");
        Row("First name(s) / Surname(s)", $"<b class=\"nm\">{E(b.Name)}</b>");
        if (c.Location.Length > 0) Row("Address", E(c.Location));
        if (b.Phone is { } phone) Row("Telephone(s)", E(phone));
        Row("E-mail", $"<a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>");
        foreach (var p in b.Profiles ?? []) Row(E(p.Network), $"<a href=\"{E(p.Url)}\">{E(Style.NoScheme(p.Url))}</a>");
        if (b.Url is { } url) Row("Website", $"<a href=\"{E(url)}\">{E(Style.NoScheme(url))}</a>");
        if (b.Label is { } label) Row("Desired employment / Occupational field", E(label), "gap");
        Row("Work experience", "", "sec");
        foreach (var w in r.Work!)
        {
            Row("Dates", E(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " - ", "present")), "gap");
            Row("Occupation or position held", E(w.Position));
            Row("Main activities and responsibilities", string.Join("<br>", w.Highlights.Select(E)));
            Row("Name and address of employer", E(w.Name) + (w.Location is { } l ? ", " + E(l) : ""));
        }
        Row("Education and training", "", "sec");
        foreach (var e in r.Education!)
        {
            Row("Dates", E(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " - ", "present")), "gap");
            Row("Title of qualification awarded", E(e.StudyType));
            Row("Principal subjects / occupational skills covered", E(e.Area));
            Row("Name and type of organisation providing education and training", E(e.Institution));
        }
        Row("Personal skills and competences", "", "sec");
        if (r.Languages is { Count: > 0 }) Row("Other language(s)", E(string.Join(", ", r.Languages.Select(c.Language))));
        foreach (var g in r.Skills ?? []) Row(E(g.Name) + " skills and competences", E(string.Join(", ", g.Keywords)));
        if (r.Certificates is { Count: > 0 }) Row("Certificates", string.Join("<br>", r.Certificates.Select(x => E(x.Name))));
        sb.Append("</table>");
        var css = """
            table { border-collapse: collapse; width: 100%; }
            th { width: 34%; text-align: right; font-weight: normal; vertical-align: top; padding: 1px 12px 1px 0; border-right: 1px solid #1f3864; font-size: 9pt; }
            td { vertical-align: top; padding: 1px 0 1px 12px; }
            .sec th { font-size: 12pt; font-weight: bold; padding-top: 14px; }
            .gap th, .gap td { padding-top: 8px; }
            .brand { font-size: 13pt; color: #1f3864; }
            .nm { font-size: 13pt; }
            """;
        return Page(c, css, sb.ToString(), "\"DejaVu Sans\", sans-serif", 9.5);
    }

    /// <summary>Small caps headings that are neither bold nor written in capitals; dates in small caps.</summary>
    public static string SmallCaps(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder($"<div class=\"name\">{E(c.Resume.Basics.Name)}</div><div class=\"contact\">{string.Join(" ◆ ", PlainContact(c, Look.Phone(r.Basics.Phone ?? "", 4)))}</div>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><span><b>{E(w.Position)}</b>, {E(w.Name)}</span><span class=\"sc\">{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " – ", "present"))}</span></div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><span><b>{E(e.Institution)}</b></span><span class=\"sc\">{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " – "))}</span></div><div>{E(c.Degree(e))}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(LabelledSkills(c));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .name { font-variant: small-caps; font-size: 24pt; text-align: center; }
            .contact { text-align: center; font-size: 9pt; margin: 2px 0 8px; }
            h2 { font-variant: small-caps; font-weight: normal; font-size: 12.5pt; margin: 12px 0 4px; border-bottom: .5px solid #000; }
            .row { display: flex; justify-content: space-between; }
            .sc { font-variant: small-caps; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Serif\", serif", 10.5);
    }

    /// <summary>Entry header lines that open with a bullet glyph ("• Employer    City"), the title and dates below,
    /// highlights as dashes.</summary>
    public static string BulletHeaders(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder($"<h1>{E(c.Name)}</h1><div class=\"contact\">{string.Join(" | ", PlainContact(c))}</div>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section).ToUpperInvariant())}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><span><b>• {E(w.Name)}</b></span><span>{E(w.Location ?? c.Location)}</span></div>");
                        sb.Append($"<div class=\"row ind\"><i>{E(w.Position)}</i><span>{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " – "))}</span></div>");
                        sb.Append(string.Concat(w.Highlights.Select(h => $"<div class=\"hl\">– {E(h)}</div>"))).Append("</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><span><b>• {E(e.Institution)}</b></span><span>{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " – "))}</span></div><div class=\"ind\">{E(c.Degree(e))}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(LabelledSkills(c));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            h1 { font-size: 20pt; margin: 0; text-align: center; } .contact { text-align: center; font-size: 9pt; }
            h2 { font-size: 11pt; margin: 12px 0 4px; border-bottom: 1px solid #444; }
            .row { display: flex; justify-content: space-between; } .ind { padding-left: 12px; }
            .hl { padding-left: 24px; text-indent: -10px; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Serif\", serif");
    }

    /// <summary>"Title at Company" lines with the dates and place in a muted line below.</summary>
    public static string TitleAtCompany(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder($"<h1>{E(c.Name)}</h1>{(r.Basics.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}<div class=\"contact\">{string.Join(" · ", PlainContact(c, Look.Phone(r.Basics.Phone ?? "", 1)))}</div>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"t\">{E(w.Position)} at {E(w.Name)}</div><div class=\"muted\">{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " — "))}{(w.Location is { } loc ? " · " + E(loc) : "")}</div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"t\">{E(e.StudyType)} in {E(e.Area)} at {E(e.Institution)}</div><div class=\"muted\">{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " — "))}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append($"<p>{E(string.Join(" · ", Look.Keywords(r)))}</p>");
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            h1 { font-size: 22pt; margin: 0; } .label { font-size: 12pt; color: #555; } .contact { font-size: 9pt; margin: 4px 0; }
            h2 { font-size: 12pt; color: #6a1b9a; margin: 14px 0 4px; } .t { font-weight: 600; }
            """;
        return Page(c, css, sb.ToString(), "\"DejaVu Sans\", sans-serif", 9.5);
    }

    /// <summary>Numbered section headings ("1. Profile", "2. Work Experience"), the contact details only in a closing
    /// paragraph at the end of the document.</summary>
    public static string NumberedClosingContact(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder($"<h1>{E(c.Name)}</h1>{(b.Label is { } l ? $"<div class=\"label\">{E(l)}</div>" : "")}");
        var n = 0;
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{++n}. {E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><b>{E(w.Name)}</b><span>{E(Look.Range(w.StartDate, w.EndDate, "MM.yyyy", " – ", "today"))}</span></div><div><i>{E(w.Position)}</i></div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><b>{E(e.Institution)}</b><span>{E(Look.Range(e.StartDate, e.EndDate, "MM.yyyy", " – ", "today"))}</span></div><div>{E(c.Degree(e))}</div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(LabelledSkills(c));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var links = string.Join(" and ", (b.Profiles ?? []).Select(p => $"<a href=\"{E(p.Url)}\">{E(Style.NoScheme(p.Url))}</a>"));
        sb.Append($"<p class=\"closing\">I am happy to talk: write to <a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>{(b.Phone is { } ph ? $" or call {E(ph)}" : "")}.{(c.Location.Length > 0 ? $" I live in {E(c.Location)}." : "")}{(links.Length > 0 ? $" More of my work: {links}." : "")}{(b.Url is { } u ? $" Site: <a href=\"{E(u)}\">{E(Style.NoScheme(u))}</a>." : "")}</p>");
        var css = """
            h1 { font-size: 22pt; margin: 0; } .label { font-size: 12pt; color: #555; margin-bottom: 6px; }
            h2 { font-size: 12pt; margin: 14px 0 4px; }
            .row { display: flex; justify-content: space-between; }
            .closing { margin-top: 18px; font-size: 9pt; color: #555; border-top: 1px solid #ddd; padding-top: 6px; }
            """;
        return Page(c, css, sb.ToString());
    }

    /// <summary>An academic CV: education first, degree lines as "PhD, Computer Science; University (Town)", years at
    /// the right; positions as "Title, Employer".</summary>
    public static string Academic(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder($"<h1>{E(b.Name)}</h1><div class=\"contact\">{string.Join("<br>", PlainContact(c))}</div>");
        var order = c.Sections().Where(s => s == "education").Concat(c.Sections().Where(s => s != "education"));
        foreach (var section in order)
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "education":
                    foreach (var e in r.Education!)
                    {
                        var town = Words.Places.FirstOrDefault(p => e.Institution.Contains(p.City, StringComparison.Ordinal)).City;
                        sb.Append($"<div class=\"row\"><span>{E(Look.DegreeLine(e, town))}</span><span>{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", "–"))}</span></div>");
                    }
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><span><b>{E(w.Position)}</b>, {E(w.Name)}</span><span>{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", "–"))}</span></div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "skills":
                    sb.Append(LabelledSkills(c));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            h1 { font-size: 20pt; margin: 0; font-weight: normal; } .contact { font-size: 9pt; margin: 4px 0 8px; }
            h2 { font-size: 12pt; font-weight: bold; margin: 14px 0 4px; }
            .row { display: flex; justify-content: space-between; gap: 12px; }
            """;
        return Page(c, css, sb.ToString(), "\"Liberation Serif\", serif", 10.5);
    }

    /// <summary>The name at the left of a header table and the contact details stacked right-aligned beside it; headings
    /// ruled in colour; "Company — Title" lines with small grey dates at the right.</summary>
    public static string HeaderTable(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder($"<table class=\"hd\"><tr><td><div class=\"name\">{E(Look.First(c.Name))}<br><b>{E(Look.Rest(c.Name))}</b></div>{(r.Basics.Label is { } l ? $"<div>{E(l)}</div>" : "")}</td><td class=\"ct\">{string.Join("<br>", IconContact(c))}</td></tr></table>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<h2>{E(c.Heading(section))}</h2>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><span><b>{E(w.Name)}</b> — {E(w.Position)}</span><span class=\"d\">{E(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " → ", "now"))}</span></div>{Items(w.Highlights)}</div>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<div class=\"entry\"><div class=\"row\"><span><b>{E(e.Institution)}</b> — {E(c.Degree(e))}</span><span class=\"d\">{E(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " → "))}</span></div></div>");
                    }
                    break;
                case "skills":
                    sb.Append(string.Concat(r.Skills!.Select(g => $"<div class=\"row2\"><span class=\"sk\">{E(g.Name)}</span><span>{E(string.Join(" · ", g.Keywords))}</span></div>")));
                    break;
                default:
                    sb.Append(Other(c, section));
                    break;
            }
        }
        var css = """
            .hd { width: 100%; border-collapse: collapse; } .hd td { vertical-align: top; }
            .name { font-size: 24pt; line-height: 1.05; } .ct { text-align: right; font-size: 8.5pt; }
            h2 { font-size: 12pt; color: #2e7d32; border-bottom: 2px solid #2e7d32; margin: 12px 0 5px; }
            .row { display: flex; justify-content: space-between; } .d { color: #888; font-size: 8.5pt; }
            .row2 { display: flex; } .sk { width: 110px; flex: none; font-weight: bold; }
            """;
        return Page(c, css, sb.ToString());
    }

    /// <summary>Everything in one grid table: a heading row spanning every column, then one row per entry (dates,
    /// title, organisation, place), highlights in a row of their own.</summary>
    public static string GridTable(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder($"<h1>{E(c.Name)}</h1><div class=\"contact\">{string.Join(" | ", PlainContact(c))}</div><table>");
        foreach (var section in c.Sections())
        {
            sb.Append($"<tr><th colspan=\"4\">{E(c.Heading(section))}</th></tr>");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.Append($"<tr class=\"e\"><td class=\"d\">{E(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " – "))}</td><td><b>{E(w.Position)}</b></td><td>{E(w.Name)}</td><td>{E(w.Location ?? "")}</td></tr>");
                        sb.Append($"<tr><td></td><td colspan=\"3\">{Items(w.Highlights)}</td></tr>");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.Append($"<tr class=\"e\"><td class=\"d\">{E(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " – "))}</td><td><b>{E(e.StudyType)}</b></td><td>{E(e.Area)}</td><td>{E(e.Institution)}</td></tr>");
                    }
                    break;
                default:
                    sb.Append($"<tr><td colspan=\"4\">{(section == "skills" ? LabelledSkills(c) : Other(c, section))}</td></tr>");
                    break;
            }
        }
        sb.Append("</table>");
        var css = """
            h1 { font-size: 20pt; margin: 0; } .contact { font-size: 9pt; margin: 2px 0 8px; }
            table { width: 100%; border-collapse: collapse; } td { vertical-align: top; padding: 2px 4px; }
            th { text-align: left; background: #e3f2fd; font-size: 11pt; padding: 3px 4px; }
            .e td { border-top: 1px solid #ddd; } .d { width: 20%; white-space: nowrap; font-size: 9pt; }
            """;
        return Page(c, css, sb.ToString(), "\"DejaVu Sans\", sans-serif", 9);
    }
}
