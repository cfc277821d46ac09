using System.Globalization;
using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>HTML resumes of the conventions people of many fields and countries follow: an Indian fresher's resume
/// (career objective, academic qualifications table, personal details, declaration), a German-style tabular CV in
/// English (photo box, personal data block, a date column), a designer's two-column creative page.</summary>
internal static class CareerHtml
{
    /// <summary>The heading a person's field uses for a section, else the first of the defaults.</summary>
    public static string Heading(Content c, Func<Profession, string[]> pick, Random random, string fallback)
    {
        var options = Careers.Of(c.Resume) is { } field ? pick(field) : [];
        return options.Length == 0 ? fallback : options[random.Next(options.Length)];
    }

    public static string DateOfBirth(Random random, string format) =>
        new DateOnly(1975 + random.Next(28), random.Next(1, 13), random.Next(1, 29)).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A fresher's resume as Indian placement cells teach it: "RESUME" over the name and labelled contact lines,
    /// grey band headings, a bordered table of qualifications with board/university, year and percentage or CGPA,
    /// internships as "Title – Company (dates)", academic projects as Title/Description lines, strengths, personal
    /// details and a signed declaration with place and date.</summary>
    public static string IndianFresher(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var body = new StringBuilder();
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        body.Append(random.Next(2) == 0 ? "<div class=\"doc\">RESUME</div>" : "<div class=\"doc\">CURRICULUM VITAE</div>");
        body.Append("<div class=\"top\"><div>");
        body.Append($"<div class=\"name\">{E(b.Name)}</div>");
        if (b.Phone is { } phone) body.Append($"<div>Mobile: {E(phone)}</div>");
        body.Append($"<div>Email: <a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a></div>");
        if (c.Location.Length > 0) body.Append($"<div>Address: {E(c.Location)}</div>");
        foreach (var p in b.Profiles ?? []) body.Append($"<div>{E(p.Network)}: <a href=\"{E(p.Url)}\">{E(Style.NoScheme(p.Url))}</a></div>");
        body.Append("</div>");
        if (random.Next(2) == 0) body.Append("<div class=\"photo\"></div>");
        body.Append("</div>");
        void H(string text) => body.Append($"<h2>{E(text)}</h2>");
        if (b.Summary is { } summary)
        {
            H(random.Next(2) == 0 ? "CAREER OBJECTIVE" : "OBJECTIVE");
            body.Append($"<p>{E(summary)}</p>");
        }
        H(random.Next(2) == 0 ? "ACADEMIC QUALIFICATIONS" : "EDUCATIONAL QUALIFICATION");
        body.Append("<table class=\"grid\"><tr><th>Qualification</th><th>Institution</th><th>Board / University</th><th>Year of Passing</th><th>Percentage / CGPA</th></tr>");
        foreach (var e in r.Education!)
        {
            var board = e.StudyType.StartsWith("Higher", StringComparison.Ordinal) ? "State Board of Secondary Education" : e.Institution.Contains("University", StringComparison.Ordinal) ? e.Institution : "Affiliated University";
            body.Append($"<tr><td>{E(FieldHtml.DegreeName(e))}</td><td>{E(e.Institution)}</td><td>{E(board)}</td><td>{E(Look.Date(e.EndDate, "yyyy"))}</td><td>{E(e.Score ?? "")}</td></tr>");
        }
        body.Append("</table>");
        if (r.Work is { Count: > 0 } work)
        {
            H(work.Count > 1 ? "INTERNSHIPS" : "INTERNSHIP");
            foreach (var w in work)
            {
                body.Append($"<div class=\"entry\"><b>{E(w.Position)}</b> – {E(w.Name)}{(w.Location is { } l ? ", " + E(l) : "")} ({E(Look.Range(w.StartDate, w.EndDate, format, " – "))})");
                body.Append(Items(w.Highlights)).Append("</div>");
            }
        }
        if (r.Projects is { Count: > 0 } projects)
        {
            H("ACADEMIC PROJECTS");
            foreach (var p in projects) body.Append($"<div class=\"entry\"><div><b>Title:</b> {E(p.Name)}</div><div><b>Description:</b> {E(p.Description)}</div></div>");
        }
        H(random.Next(2) == 0 ? "TECHNICAL SKILLS" : "SKILLS");
        body.Append(Items(r.Skills!.Select(g => $"{g.Name}: {string.Join(", ", g.Keywords)}")));
        if (r.Certificates is { Count: > 0 } certs)
        {
            H("CERTIFICATIONS");
            body.Append(Items(certs.Select(x => $"{x.Name} – {x.Issuer} ({Look.Date(x.Date, format)})")));
        }
        H("STRENGTHS");
        body.Append(Items(new[] { "Quick learner and hard working", "Good communication and team work", "Positive attitude", "Adaptable to new situations" }.Take(random.Next(2, 5))));
        H("PERSONAL DETAILS");
        var details = new List<(string, string)>
        {
            ("Father's Name", $"{Look.First(Words.GivenNames[random.Next(Words.GivenNames.Length)])} {Look.Rest(b.Name)}".Trim()),
            ("Date of Birth", DateOfBirth(random, "dd/MM/yyyy")),
            ("Gender", random.Next(2) == 0 ? "Female" : "Male"),
        };
        if (r.Languages is { Count: > 0 } langs) details.Add(("Languages Known", string.Join(", ", langs.Select(l => l.Name))));
        if (r.Interests is { Count: > 0 } interests) details.Add(("Hobbies", string.Join(", ", interests.Select(i => i.Name))));
        body.Append("<table class=\"details\">").Append(string.Concat(details.Select(d => $"<tr><td>{E(d.Item1)}</td><td>: {E(d.Item2)}</td></tr>"))).Append("</table>");
        H("DECLARATION");
        body.Append("<p>I hereby declare that the information furnished above is true to the best of my knowledge and belief.</p>");
        var town = b.Location?.City ?? "";
        body.Append($"<div class=\"sign\"><div>Place: {E(town)}<br>Date: {new DateOnly(2025, 11, 3 + random.Next(25)):dd/MM/yyyy}</div><div>({E(b.Name)})</div></div>");
        return Page(c, """
            .doc { text-align: center; font-weight: bold; text-decoration: underline; font-size: 13pt; margin-bottom: 6px; }
            .top { display: flex; justify-content: space-between; border-bottom: 1.5px solid #000; padding-bottom: 5px; }
            .name { font-size: 15pt; font-weight: bold; }
            .photo { width: 28mm; height: 34mm; border: 1px solid #999; background: #e6e6e6; }
            h2 { background: #d9d9d9; font-size: 10.5pt; padding: 2px 4px; margin: 9px 0 4px; }
            table.grid { border-collapse: collapse; width: 100%; }
            table.grid td, table.grid th { border: 1px solid #000; padding: 2px 4px; font-size: 9.5pt; text-align: left; }
            table.details td { padding: 0 10px 0 0; }
            .sign { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 14px; }
            """, body.ToString(), "\"Liberation Serif\", serif", 11);
    }

    /// <summary>A German-style tabular CV written in English: "Curriculum Vitae" with a photo box to the right of a
    /// personal data block (name, address, phone, e-mail, date and place of birth, nationality), then sections whose
    /// rows hold "MM/yyyy – MM/yyyy" (or "since MM/yyyy") in a left column and the title, employer and duties in the
    /// right; languages with levels; place, date and a signature line at the end.</summary>
    public static string Lebenslauf(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var body = new StringBuilder();
        var since = random.Next(2) == 0;
        string Range(string s, string? e) => e is null && since ? $"since {Look.Date(s, "MM/yyyy")}" : Look.Range(s, e, "MM/yyyy", " – ", "today");
        body.Append($"<h1>{(random.Next(2) == 0 ? "Curriculum Vitae" : "CV")}</h1>");
        body.Append("<div class=\"head\"><table class=\"rows\">");
        void Pair(string label, string value) => body.Append($"<tr><td class=\"left\">{E(label)}</td><td>{value}</td></tr>");
        body.Append("<tr><td colspan=\"2\"><h2>Personal Details</h2></td></tr>");
        Pair("Name", E(b.Name));
        if (c.Location.Length > 0) Pair("Address", E(c.Location));
        if (b.Phone is { } phone) Pair("Phone", E(phone));
        Pair("E-mail", $"<a href=\"mailto:{E(b.Email)}\">{E(b.Email)}</a>");
        Pair("Date of birth", E(DateOfBirth(random, "dd.MM.yyyy")) + (random.Next(2) == 0 ? $" in {E(b.Location?.City ?? "")}" : ""));
        Pair("Nationality", b.Location is { } loc ? E(Content.CountryName(loc.CountryCode) switch { "Germany" => "German", "Austria" => "Austrian", var n => n }) : "");
        foreach (var p in b.Profiles ?? []) Pair(p.Network, $"<a href=\"{E(p.Url)}\">{E(Style.NoScheme(p.Url))}</a>");
        body.Append("</table><div class=\"photo\"></div></div>");
        body.Append("<table class=\"rows\">");
        void Section(string title) => body.Append($"<tr><td colspan=\"2\"><h2>{E(title)}</h2></td></tr>");
        if (b.Summary is { } summary && random.Next(2) == 0)
        {
            Section("Profile");
            Pair("", E(summary));
        }
        Section(random.Next(2) == 0 ? "Professional Experience" : "Work Experience");
        foreach (var w in r.Work!)
        {
            Pair(Range(w.StartDate, w.EndDate), $"<b>{E(w.Position)}</b><br>{E(w.Name)}{(w.Location is { } l ? ", " + E(l) : "")}{Items(w.Highlights)}");
        }
        Section("Education");
        foreach (var e in r.Education!)
        {
            Pair(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " – "), $"<b>{E(FieldHtml.DegreeName(e))}</b><br>{E(e.Institution)}{(e.Score is { } s ? $"<br>Final grade: {E(s)}" : "")}");
        }
        if (r.Certificates is { Count: > 0 } certs)
        {
            Section(random.Next(2) == 0 ? "Further Training" : "Certificates");
            foreach (var x in certs) Pair(Look.Date(x.Date, "MM/yyyy"), $"{E(x.Name)}, {E(x.Issuer)}");
        }
        Section(random.Next(2) == 0 ? "Skills" : "Special Skills");
        foreach (var g in r.Skills!) Pair(g.Name, E(string.Join(", ", g.Keywords)));
        if (r.Languages is { Count: > 0 } langs)
        {
            Section("Languages");
            foreach (var l in langs) Pair(l.Name, E(l.Fluency));
        }
        if (r.Volunteer is { Count: > 0 } vol)
        {
            Section("Voluntary Work");
            foreach (var v in vol) Pair(Range(v.StartDate, v.EndDate), $"{E(v.Position)}, {E(v.Organization)}");
        }
        if (r.Interests is { Count: > 0 } interests)
        {
            Section("Interests");
            Pair("", E(string.Join(", ", interests.Select(i => i.Name))));
        }
        body.Append("</table>");
        body.Append($"<div class=\"sign\">{E(b.Location?.City ?? "")}, {new DateOnly(2025, 11, 3 + random.Next(25)):dd.MM.yyyy}<div class=\"line\">{E(b.Name)}</div></div>");
        return Page(c, """
            h1 { font-size: 20pt; font-weight: normal; margin: 0 0 6px; }
            h2 { font-size: 12pt; color: #1f3f66; border-bottom: 1px solid #1f3f66; margin: 10px 0 3px; }
            .head { display: flex; justify-content: space-between; align-items: flex-start; }
            .photo { width: 35mm; height: 45mm; border: 1px solid #aaa; background: #dde; margin-top: 30px; }
            table.rows { border-collapse: collapse; width: 100%; }
            .head table.rows { width: 70%; }
            table.rows td { vertical-align: top; padding: 1px 0 3px; }
            td.left { width: 38mm; color: #444; padding-right: 8px; }
            .sign { margin-top: 18px; }
            .line { margin-top: 28px; border-top: 1px solid #000; width: 55mm; padding-top: 2px; }
            """, body.ToString(), "\"Liberation Sans\", sans-serif", 10);
    }

    /// <summary>A designer's two-column page as drag-and-drop builders make it: a tinted left column with a round photo,
    /// the name over two lines, a job title, contact rows with icons, a portfolio link, education, skill chips and
    /// languages; the right column with a profile, experience entries led by a dates pill, awards and certificates;
    /// letter-spaced headings with a short rule.</summary>
    public static string CreativeTwoColumn(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MM/yyyy";
        var left = new StringBuilder();
        var right = new StringBuilder();
        left.Append("<div class=\"photo\"></div>");
        left.Append($"<div class=\"name\">{E(Look.First(b.Name))}<br><b>{E(Look.Rest(b.Name))}</b></div>");
        left.Append($"<div class=\"title\">{E(r.Work![0].Position)}</div>");
        left.Append("<h3>Contact</h3>").Append(string.Concat(IconContact(c).Select(p => $"<div class=\"row\">{p}</div>")));
        if (b.Url is { } url && random.Next(2) == 0)
        {
            left.Append($"<h3>Portfolio</h3><div><a href=\"{E(url)}\">{E(Style.NoScheme(url))}</a></div>");
        }
        left.Append("<h3>Education</h3>");
        foreach (var e in r.Education!) left.Append($"<div class=\"edu\"><b>{E(FieldHtml.DegreeName(e))}</b><br>{E(e.Institution)}<br><span class=\"muted\">{E(Look.Range(e.StartDate, e.EndDate, "yyyy", " – "))}</span></div>");
        left.Append("<h3>Skills</h3><div class=\"chips\">").Append(string.Concat(Look.Keywords(r).Select(k => $"<span>{E(k)}</span>"))).Append("</div>");
        if (r.Languages is { Count: > 0 } langs) left.Append("<h3>Languages</h3>").Append(string.Concat(langs.Select(l => $"<div>{E(l.Name)} <span class=\"muted\">({E(l.Fluency)})</span></div>")));
        if (b.Summary is { } summary) right.Append($"<h3>{(random.Next(2) == 0 ? "About Me" : "Profile")}</h3><p>{E(summary)}</p>");
        right.Append($"<h3>{E(Heading(c, f => f.WorkHeadings, random, "Experience"))}</h3>");
        foreach (var w in r.Work!)
        {
            right.Append($"<div class=\"entry\"><span class=\"pill\">{E(Look.Range(w.StartDate, w.EndDate, format, " — "))}</span>");
            right.Append($"<div class=\"pos\">{E(w.Position)}</div><div class=\"muted\">{E(w.Name)}{(w.Location is { } l ? " | " + E(l) : "")}</div>{Items(w.Highlights)}</div>");
        }
        if (r.Awards is { Count: > 0 } awards) right.Append("<h3>Awards</h3>").Append(Items(awards.Select(a => $"{a.Title}, {a.Awarder} ({Look.Date(a.Date, "yyyy")})")));
        if (r.Certificates is { Count: > 0 } certs) right.Append($"<h3>{E(Heading(c, f => f.CredentialHeadings, random, "Certifications"))}</h3>").Append(Items(certs.Select(x => $"{x.Name} — {x.Issuer}")));
        if (r.Volunteer is { Count: > 0 } vol) right.Append($"<h3>{E(Heading(c, f => f.ServiceHeadings, random, "Volunteer"))}</h3>").Append(Items(vol.Select(v => $"{v.Position}, {v.Organization} ({Look.Range(v.StartDate, v.EndDate, format, " — ")})")));
        if (r.References is { Count: > 0 } refs) right.Append("<h3>References</h3>").Append($"<p>{E(refs[0].Name)}</p>");
        var tint = new[] { "#f3e9e2", "#e6eef2", "#efe9f5" }[random.Next(3)];
        return Page(c, $$"""
            @page { margin: 0; }
            body { display: flex; min-height: 297mm; }
            .left { width: 34%; background: {{tint}}; padding: 14mm 7mm; box-sizing: border-box; }
            .right { width: 66%; padding: 14mm 10mm; box-sizing: border-box; }
            .photo { width: 32mm; height: 32mm; border-radius: 50%; background: #c9b8ab; margin: 0 auto 8px; }
            .name { font-size: 22pt; line-height: 1.05; letter-spacing: 1px; text-transform: uppercase; }
            .title { letter-spacing: 2px; font-size: 9pt; text-transform: uppercase; margin: 4px 0 8px; color: #555; }
            h3 { font-size: 10pt; letter-spacing: 3px; text-transform: uppercase; margin: 12px 0 4px; padding-bottom: 3px; border-bottom: 2px solid #333; display: inline-block; }
            .row { margin: 2px 0; font-size: 8.5pt; }
            .chips span { display: inline-block; border: 1px solid #999; border-radius: 10px; padding: 0 6px; margin: 2px; font-size: 8.5pt; }
            .pill { display: inline-block; background: #333; color: #fff; border-radius: 8px; padding: 0 7px; font-size: 8pt; }
            .pos { font-weight: bold; font-size: 11pt; margin-top: 2px; }
            .edu { margin-bottom: 5px; }
            """, $"<div class=\"left\">{left}</div><div class=\"right\">{right}</div>", "\"DejaVu Sans\", sans-serif", 9.5);
    }
}
