using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.HtmlKit;

namespace Parse.Styles.Templates;

/// <summary>HTML resumes of people who are not experienced professionals, in the structure career offices teach: a
/// student's one page (education first), a new teacher's (certification, student teaching), a service worker's (short
/// entries, availability, references on request).</summary>
internal static class FieldHtml
{
    /// <summary>When a degree is still being earned, students write "Expected May 2027".</summary>
    public static string Graduation(Education e, string format = "MMMM yyyy") =>
        string.CompareOrdinal(e.EndDate, "2025-12-31") > 0 ? "Expected " + Look.Date(e.EndDate, format) : Look.Date(e.EndDate, format);

    public static string DegreeName(Education e) => e.Area.Length == 0 ? e.StudyType : $"{e.StudyType} in {e.Area}";

    private static string Row(string left, string right, string cls = "") =>
        $"<div class=\"row {cls}\"><span>{left}</span><span>{right}</span></div>";

    /// <summary>The career office one-pager: centred name, a contact line, capital headings over a rule; Education first
    /// with GPA, expected graduation and a "Relevant Coursework" line; organisation and place on one row, title and dates
    /// on the next; Leadership &amp; Activities and Honors &amp; Awards after the jobs; skills as labelled lines.</summary>
    public static string StudentOnePage(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        string Range(string s, string? e) => Look.Range(s, e, format, " – ");
        var headings = new
        {
            Work = new[] { "Experience", "Work Experience", "Relevant Experience", "Employment" }[random.Next(4)],
            Lead = new[] { "Leadership & Activities", "Leadership Experience", "Campus Involvement", "Activities" }[random.Next(4)],
            Awards = new[] { "Honors & Awards", "Honors", "Awards & Scholarships" }[random.Next(3)],
            Skills = new[] { "Skills", "Skills & Interests", "Additional Information" }[random.Next(3)],
        };
        var body = new StringBuilder();
        body.Append($"<h1>{E(c.Name)}</h1><div class=\"contact\">{string.Join(" | ", PlainContact(c))}</div>");
        if (b.Summary is { } summary) body.Append($"<h2>Objective</h2><p>{E(summary)}</p>");
        body.Append("<h2>Education</h2>");
        foreach (var e in r.Education!)
        {
            body.Append(Row($"<b>{E(e.Institution)}</b>", E(c.Location)));
            body.Append(Row($"<i>{E(DegreeName(e))}</i>", E(Graduation(e, format))));
            var extra = new List<string>();
            if (e.Score is { } gpa) extra.Add(E(gpa));
            if (extra.Count > 0) body.Append($"<div>{string.Join("; ", extra)}</div>");
            if (e.Courses is { Count: > 0 } courses) body.Append($"<div><b>Relevant Coursework:</b> {E(string.Join(", ", courses))}</div>");
        }
        body.Append($"<h2>{E(headings.Work)}</h2>");
        foreach (var w in r.Work!)
        {
            body.Append("<div class=\"entry\">");
            body.Append(Row($"<b>{E(w.Name)}</b>", E(w.Location ?? "")));
            body.Append(Row($"<i>{E(w.Position)}</i>", E(Range(w.StartDate, w.EndDate))));
            body.Append(Items(w.Highlights)).Append("</div>");
        }
        if (r.Volunteer is { Count: > 0 } clubs)
        {
            body.Append($"<h2>{E(headings.Lead)}</h2>");
            foreach (var v in clubs)
            {
                body.Append("<div class=\"entry\">");
                body.Append(Row($"<b>{E(v.Organization)}</b>", ""));
                body.Append(Row($"<i>{E(v.Position)}</i>", E(Range(v.StartDate, v.EndDate))));
                if (v.Summary is { } s) body.Append(Items([s]));
                body.Append("</div>");
            }
        }
        if (r.Awards is { Count: > 0 } awards)
        {
            body.Append($"<h2>{E(headings.Awards)}</h2>");
            foreach (var a in awards) body.Append(Row($"<b>{E(a.Title)}</b>, {E(a.Awarder)}", E(Look.Date(a.Date, format))));
        }
        body.Append($"<h2>{E(headings.Skills)}</h2>");
        foreach (var g in r.Skills!) body.Append($"<div><b>{E(g.Name)}:</b> {E(string.Join(", ", g.Keywords))}</div>");
        if (r.Languages is { Count: > 0 } langs) body.Append($"<div><b>Languages:</b> {E(string.Join(", ", langs.Select(c.Language)))}</div>");
        if (r.Interests is { Count: > 0 } interests) body.Append($"<div><b>Interests:</b> {E(string.Join(", ", interests.Select(i => i.Name)))}</div>");
        const string css = """
            h1 { text-align: center; font-size: 18pt; margin: 0; font-weight: normal; letter-spacing: 1px; }
            .contact { text-align: center; margin: 2px 0 6px; }
            h2 { font-size: 10.5pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 9px 0 3px; padding-bottom: 1px; }
            .row { display: flex; justify-content: space-between; }
            """;
        return Page(c, css, body.ToString(), "\"Liberation Serif\", serif", 10.5);
    }

    /// <summary>A new teacher's page: a profile, the certification first, education with GPA, "Student Teaching" entries
    /// with the grade, the school and a cooperating teacher line, then related experience (camps, tutoring).</summary>
    public static string TeacherCertified(Content c, Random random)
    {
        var r = c.Resume;
        var body = new StringBuilder();
        body.Append($"<div class=\"head\"><h1>{E(c.Name)}</h1><div>{string.Join(" &nbsp;•&nbsp; ", PlainContact(c))}</div></div>");
        void Heading(string text) => body.Append($"<h2>{E(text)}</h2>");
        if (r.Basics.Summary is { } summary)
        {
            Heading("Profile");
            body.Append($"<p>{E(summary)}</p>");
        }
        Heading(random.Next(2) == 0 ? "Certification" : "Licensure & Certifications");
        body.Append(Items(r.Certificates!.Select(x => $"{x.Name}, {x.Issuer}, {c.Style.Date(x.Date)}")));
        Heading("Education");
        foreach (var e in r.Education!)
        {
            body.Append($"<div class=\"row\"><span><b>{E(DegreeName(e))}</b>, {E(e.Institution)}</span><span>{E(Graduation(e))}</span></div>");
            if (e.Score is { } gpa) body.Append($"<div class=\"muted\">{E(gpa)}</div>");
        }
        var teaching = r.Work!.Where(w => w.Position.Contains("Teacher", StringComparison.Ordinal)).ToList();
        Heading(teaching.Any(w => w.Position.StartsWith("Student", StringComparison.Ordinal)) ? "Student Teaching Experience" : "Teaching Experience");
        foreach (var w in teaching) Entry(w, true);
        Heading(random.Next(2) == 0 ? "Related Experience" : "Other Experience");
        foreach (var w in r.Work!.Except(teaching)) Entry(w, false);
        Heading("Skills");
        body.Append($"<p>{E(string.Join(" • ", Look.Keywords(r)))}</p>");
        return Page(c, """
            .head { border-bottom: 3px double #555; padding-bottom: 4px; margin-bottom: 4px; }
            h1 { font-size: 20pt; margin: 0; font-variant: small-caps; }
            h2 { font-size: 11pt; font-variant: small-caps; color: #2c5d8a; margin: 10px 0 3px; }
            .row { display: flex; justify-content: space-between; }
            .coop { font-style: italic; color: #555; }
            """, body.ToString(), c.Style.Font, 10);

        void Entry(Work w, bool student)
        {
            body.Append("<div class=\"entry\">");
            body.Append($"<div class=\"row\"><span><b>{E(w.Position)}</b> | {E(w.Name)}{(w.Location is { } l ? ", " + E(l) : "")}</span><span>{E(c.Style.Range(w.StartDate, w.EndDate))}</span></div>");
            if (student) body.Append($"<div class=\"coop\">Cooperating Teacher: {E(Look.First(Words.GivenNames[random.Next(Words.GivenNames.Length)]))} {E(Words.FamilyNames[random.Next(Words.FamilyNames.Length)])}</div>");
            body.Append(Items(w.Highlights)).Append("</div>");
        }
    }

    /// <summary>A service worker's page printed by wkhtmltopdf: an objective, "Work History" entries of a title, the
    /// venue and place with floated dates and one to three bullets, skills in a two-column table, certifications, a
    /// one-line education, availability, and a closing "References available upon request" without a heading.</summary>
    public static string ServiceShort(Content c, Random random)
    {
        var r = c.Resume;
        var body = new StringBuilder();
        body.Append($"<h1>{E(c.Name)}</h1><p class=\"contact\">{string.Join("<br>", PlainContact(c))}</p>");
        body.Append($"<h2>Objective</h2><p>{E(r.Basics.Summary!)}</p>");
        body.Append($"<h2>{(random.Next(2) == 0 ? "Work History" : "Employment")}</h2>");
        foreach (var w in r.Work!)
        {
            body.Append($"<div class=\"entry\"><span class=\"dates\">{E(c.Style.Range(w.StartDate, w.EndDate))}</span><b>{E(w.Position)}</b> – {E(w.Name)}{(w.Location is { } l ? ", " + E(l) : "")}");
            body.Append(Items(w.Highlights)).Append("</div>");
        }
        var keywords = Look.Keywords(r).ToList();
        var half = (keywords.Count + 1) / 2;
        body.Append("<h2>Skills</h2><table><tr>");
        body.Append($"<td>{Items(keywords.Take(half))}</td><td>{Items(keywords.Skip(half))}</td></tr></table>");
        if (r.Certificates is { Count: > 0 } certs)
        {
            body.Append("<h2>Certifications</h2>").Append(Items(certs.Select(x => $"{x.Name} ({Look.Date(x.Date, "yyyy")})")));
        }
        body.Append("<h2>Education</h2>");
        foreach (var e in r.Education!) body.Append($"<p>{E(DegreeName(e))}, {E(e.Institution)}, {E(Look.Date(e.EndDate, "yyyy"))}</p>");
        body.Append($"<h2>Availability</h2><p>{E(new[] { "Evenings and weekends", "Full-time, any shift", "Weekdays and holidays" }[random.Next(3)])}</p>");
        body.Append($"<p class=\"closing\">{E(r.References![0].Name)}</p>");
        return Page(c, """
            h1 { font-size: 22pt; margin: 0; color: #7a3b00; }
            .contact { margin: 2px 0 8px; }
            h2 { font-size: 12pt; color: #7a3b00; margin: 8px 0 2px; }
            .dates { float: right; color: #555; }
            table { width: 100%; } td { vertical-align: top; width: 50%; }
            .closing { text-align: center; font-style: italic; margin-top: 14px; }
            """, body.ToString(), "\"DejaVu Sans\", sans-serif", 10);
    }
}
