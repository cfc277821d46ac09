using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.DocxKit;

namespace Parse.Styles.Templates;

/// <summary>Word documents of conventions outside the US one-pager: a UK/Irish CV (personal profile, key skills,
/// employment history with "Sept 2019 – Jun 2021" or dd/MM/yyyy dates, references on request), a US federal resume
/// (hours per week, salary, supervisor and series/grade lines per job) and a Google Docs student template whose skills
/// sit in a table.</summary>
internal static class CareerDocx
{
    private const int RightEdge = 9900;

    private static readonly string[] UkMonths = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>UK CVs abbreviate months their own way ("Sept", "June"), or write days: 01/09/2019 – 30/06/2021.</summary>
    private static string UkRange(string start, string? end, int variant)
    {
        string Month(DateOnly d) => $"{UkMonths[d.Month - 1]} {d.Year}";
        string Days(DateOnly d, bool last) => (last ? new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)) : d).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return variant switch
        {
            0 => $"{Month(Day(start))} – {(end is null ? "Present" : Month(Day(end)))}",
            1 => $"{Days(Day(start), false)} – {(end is null ? "Present" : Days(Day(end), true))}",
            _ => $"{Day(start):MM/yyyy} - {(end is null ? "Current" : Day(end).ToString("MM/yyyy", CultureInfo.InvariantCulture))}",
        };
    }

    /// <summary>The UK/Irish CV: centred name, one contact line, "Personal Profile", "Key Skills" in a two-column table of
    /// bullets, "Employment History" with the title and dates at a right tab over "Employer, Town", "Education &amp;
    /// Qualifications" with "BSc (Hons)"-style degrees, interests and "References available on request".</summary>
    public static Source UkCv(Content c, Random random)
    {
        var r = c.Resume;
        var variant = random.Next(3);
        return new Source("", Create(random.Next(2) == 0 ? "Arial" : "Calibri", 21, k =>
        {
            var body = k.Body;
            body.Append(Para([Run(c.Resume.Basics.Name, new RunLook(Bold: true, HalfPoints: 36))], align: JustificationValues.Center));
            body.Append(Para([Run(string.Join(" | ", c.ContactPieces()))], align: JustificationValues.Center));
            void Heading(string text) => body.Append(Para([Run(text)], style: "Heading1", bottomBorder: true, spaceBefore: 200));
            if (r.Basics.Summary is { } summary)
            {
                Heading(random.Next(2) == 0 ? "Personal Profile" : "Profile");
                body.Append(Para(summary));
            }
            Heading("Key Skills");
            var keywords = Look.Keywords(r).ToList();
            var half = (keywords.Count + 1) / 2;
            body.Append(Table([4950, 4950], Enumerable.Range(0, half).Select(i => new (int, string?, IReadOnlyList<OpenXmlElement>)[]
            {
                (1, null, [Bullet(keywords[i])]),
                (1, null, i + half < keywords.Count ? [Bullet(keywords[i + half])] : []),
            })));
            Heading(CareerHtml.Heading(c, f => ["Employment History", "Career History", "Work Experience"], random, "Employment History"));
            foreach (var w in r.Work!)
            {
                body.Append(Para([Run(w.Position, new RunLook(Bold: true)), Tab(), Run(UkRange(w.StartDate, w.EndDate, variant))], rightTab: RightEdge, spaceBefore: 100));
                body.Append(Para(w.Name + (w.Location is { } l ? ", " + l : ""), new RunLook(Italic: true)));
                if (random.Next(2) == 0) body.Append(Para("Key achievements:", new RunLook(Bold: true)));
                foreach (var h in w.Highlights) body.Append(Bullet(h));
            }
            Heading("Education & Qualifications");
            foreach (var e in r.Education!)
            {
                var degree = e.StudyType switch
                {
                    "Bachelor of Science" => "BSc (Hons)",
                    "Bachelor of Arts" => "BA (Hons)",
                    "Master of Science" => "MSc",
                    var other => other,
                };
                body.Append(Para([Run($"{Look.Date(e.StartDate, "yyyy")} – {Look.Date(e.EndDate, "yyyy")}"), Tab(), Run(e.Institution, new RunLook(Bold: true))], rightTab: null));
                body.Append(Para($"{degree} {e.Area}" + (random.Next(2) == 0 && degree.Contains("Hons", StringComparison.Ordinal) ? " – 2:1" : "")));
            }
            if (r.Certificates is { Count: > 0 } certs)
            {
                Heading(CareerHtml.Heading(c, f => f.CredentialHeadings, random, "Professional Qualifications"));
                foreach (var x in certs) body.Append(Bullet($"{x.Name}, {x.Issuer} ({Day(x.Date):dd/MM/yyyy})"));
            }
            if (r.Volunteer is { Count: > 0 } vol)
            {
                Heading(CareerHtml.Heading(c, f => f.ServiceHeadings, random, "Volunteering"));
                foreach (var v in vol) body.Append(Bullet($"{v.Position}, {v.Organization} ({UkRange(v.StartDate, v.EndDate, 0)})"));
            }
            if (r.Languages is { Count: > 0 } langs)
            {
                Heading("Languages");
                body.Append(Para(string.Join(", ", langs.Select(c.Language))));
            }
            if (r.Interests is { Count: > 0 } interests)
            {
                Heading("Interests");
                body.Append(Para(string.Join(", ", interests.Select(i => i.Name)) + "."));
            }
            if (r.References is { Count: > 0 })
            {
                Heading("References");
                body.Append(Para("References available on request."));
            }
        }, bullet: "•", title: c.Resume.Basics.Name));
    }

    /// <summary>The US federal resume (USAJOBS' builder and the guides that teach it): a contact block with citizenship
    /// and veterans' preference, then per job the employer, its address, dates, hours per week, salary, the title with
    /// a series and grade, a supervisor line with "may contact", and duties followed by accomplishments; education with
    /// credit hours; certificates and skills at the end. Long, every detail on a labelled line.</summary>
    public static Source Federal(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        return new Source("", Create("Times New Roman", 22, k =>
        {
            var body = k.Body;
            body.Append(Para([Run(b.Name, new RunLook(Bold: true, HalfPoints: 30))]));
            if (c.Location.Length > 0) body.Append(Para(c.Location));
            if (b.Phone is { } phone) body.Append(Para($"Phone: {phone}"));
            body.Append(Para($"Email: {b.Email}"));
            body.Append(Para("Citizenship: U.S. Citizen"));
            body.Append(Para("Veterans' Preference: " + (r.Awards?.Any(a => a.Awarder.StartsWith("U.S.", StringComparison.Ordinal)) == true ? "5-point preference" : "None")));
            body.Append(Para("Security Clearance: " + (random.Next(2) == 0 ? "None" : "Public Trust")));
            void Heading(string text) => body.Append(Para([Run(text.ToUpperInvariant(), new RunLook(Bold: true))], spaceBefore: 240, bottomBorder: true));
            if (r.Basics.Summary is { } summary)
            {
                Heading("Profile");
                body.Append(Para(summary));
            }
            Heading("Work Experience");
            foreach (var w in r.Work!)
            {
                body.Append(Para([Run(w.Name, new RunLook(Bold: true))], spaceBefore: 160));
                if (w.Location is { } l) body.Append(Para(l));
                body.Append(Para($"{Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " - ")}"));
                body.Append(Para($"Hours per week: {(random.Next(4) == 0 ? 20 + 5 * random.Next(4) : 40)}"));
                body.Append(Para($"Salary: ${random.Next(38, 140) * 1000:N0} USD Per Year"));
                var grade = random.Next(2) == 0 ? $" (Series: 0{random.Next(300, 999)}, Grade: GS-{random.Next(5, 14)})" : "";
                body.Append(Para([Run(w.Position, new RunLook(Bold: true)), Run(grade)]));
                body.Append(Para($"Supervisor: {Words.GivenNames[random.Next(Words.GivenNames.Length)]} {Words.FamilyNames[random.Next(Words.FamilyNames.Length)]} (555-01{random.Next(10, 99)}); Okay to contact: {(random.Next(3) == 0 ? "No" : "Yes")}"));
                body.Append(Para([Run("Duties, Accomplishments and Related Skills:", new RunLook(Bold: true))]));
                foreach (var h in w.Highlights) body.Append(Bullet(h));
            }
            Heading("Education");
            foreach (var e in r.Education!)
            {
                body.Append(Para([Run(e.Institution, new RunLook(Bold: true))], spaceBefore: 120));
                body.Append(Para($"{FieldHtml.DegreeName(e)} - {Look.Date(e.EndDate, "MM/yyyy")}"));
                body.Append(Para($"Major: {e.Area}" + (e.Score is { } s ? $"  {s}" : "") + $"  Credits Earned: {random.Next(118, 136)} Semester hours"));
            }
            if (r.Certificates is { Count: > 0 } certs)
            {
                Heading("Certifications and Licenses");
                foreach (var x in certs) body.Append(Para($"{x.Name}, {x.Issuer}, {Look.Date(x.Date, "MM/yyyy")}"));
            }
            Heading("Additional Information");
            foreach (var g in r.Skills!) body.Append(Para([Run(g.Name + ": ", new RunLook(Bold: true)), Run(string.Join(", ", g.Keywords))]));
            if (r.Languages is { Count: > 0 } langs) body.Append(Para([Run("Language Skills: ", new RunLook(Bold: true)), Run(string.Join(", ", langs.Select(c.Language)))]));
            if (r.Awards is { Count: > 0 } awards)
            {
                Heading("Awards");
                foreach (var a in awards) body.Append(Para($"{a.Title}, {a.Awarder} ({Look.Date(a.Date, "MM/yyyy")})"));
            }
            if (r.References is { Count: > 0 })
            {
                Heading("References");
                body.Append(Para("Available upon request."));
            }
        }, bullet: "•", headingStyle: false, title: b.Name));
    }

    /// <summary>A Google Docs student template: the name in the Title style, a contact line, Education first, a skills
    /// table (one column per group, the group's name in a shaded header row), experience with "Company — Title" and the
    /// dates at a right tab, projects and certifications.</summary>
    public static Source StudentTable(Content c, Random random)
    {
        var r = c.Resume;
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        return new Source("", Create("Arial", 20, k =>
        {
            var body = k.Body;
            body.Append(Para(c.Resume.Basics.Name, style: "Title"));
            body.Append(Para(string.Join(" • ", c.ContactPieces())));
            void Heading(string text) => body.Append(Para([Run(text)], style: "Heading1", spaceBefore: 200));
            if (r.Basics.Summary is { } summary)
            {
                Heading("Objective");
                body.Append(Para(summary));
            }
            Heading("Education");
            foreach (var e in r.Education!)
            {
                body.Append(Para([Run(e.Institution, new RunLook(Bold: true)), Run(" — " + FieldHtml.DegreeName(e)), Tab(), Run(FieldHtml.Graduation(e, format))], rightTab: RightEdge));
                if (e.Score is { } s) body.Append(Para(s));
            }
            Heading("Skills");
            var groups = r.Skills!.Take(3).ToList();
            var widths = Enumerable.Repeat(9900 / groups.Count, groups.Count).ToArray();
            var rows = new List<(int, string?, IReadOnlyList<OpenXmlElement>)[]>
            {
                groups.Select(g => (1, (string?)"D9E2F3", (IReadOnlyList<OpenXmlElement>)[Para(g.Name, new RunLook(Bold: true))])).ToArray(),
            };
            var depth = groups.Max(g => g.Keywords.Count);
            for (var i = 0; i < depth; i++)
            {
                rows.Add(groups.Select(g => (1, (string?)null, (IReadOnlyList<OpenXmlElement>)(i < g.Keywords.Count ? [Para(g.Keywords[i])] : []))).ToArray());
            }
            body.Append(Table(widths, rows, borders: true));
            Heading(r.Work!.All(w => w.Position.EndsWith("Intern", StringComparison.Ordinal)) ? "Internship Experience" : "Experience");
            foreach (var w in r.Work!)
            {
                body.Append(Para([Run(w.Name, new RunLook(Bold: true)), Run(" — " + w.Position), Tab(), Run(Look.Range(w.StartDate, w.EndDate, format, " – "))], rightTab: RightEdge, spaceBefore: 80));
                if (w.Location is { } l) body.Append(Para(l, new RunLook(Italic: true)));
                foreach (var h in w.Highlights) body.Append(Bullet(h));
            }
            if (r.Projects is { Count: > 0 } projects)
            {
                Heading("Projects");
                foreach (var p in projects)
                {
                    body.Append(Para([Run(p.Name, new RunLook(Bold: true))]));
                    body.Append(Para(p.Description));
                }
            }
            if (r.Certificates is { Count: > 0 } certs)
            {
                Heading("Certifications");
                foreach (var x in certs) body.Append(Bullet($"{x.Name}, {x.Issuer}"));
            }
            if (r.Languages is { Count: > 0 } langs)
            {
                Heading("Languages");
                body.Append(Para(string.Join(", ", langs.Select(c.Language))));
            }
        }, bullet: "●", title: c.Resume.Basics.Name));
    }
}
