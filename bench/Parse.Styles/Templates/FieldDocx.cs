using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.DocxKit;

namespace Parse.Styles.Templates;

/// <summary>Word documents of a new-graduate nurse (credentials after the name, licences first, clinical rotations with
/// hospital, unit and hours) and of a career changer's functional resume (a summary of qualifications, skill clusters,
/// a short employment history of one line a job). Each is also printed by LibreOffice.</summary>
internal static class FieldDocx
{
    private const int RightEdge = 9900;

    private static readonly string[] Transferable =
    [
        "Presented monthly results to a leadership team of eight",
        "Wrote clear procedures that new staff could follow on day one",
        "Coordinated schedules for a team of 15 across three sites",
        "Calmed upset customers and resolved most issues at first contact",
        "Tracked budgets and supplies in shared spreadsheets",
        "Trained and coached new colleagues through their first month",
        "Found the cause of recurring delays and fixed the hand-off",
        "Built relationships with partners that led to repeat business",
    ];

    /// <summary>Name with "BSN, RN" behind it, a contact line, capital Heading 1 sections; "Licenses &amp; Certifications"
    /// before Education; each rotation as "Unit Clinical Rotation" with dates at a right tab, an italic "Hospital, Place |
    /// 120 clinical hours" line and bullets; paid work in the same shape.</summary>
    public static Source NurseNewGrad(Content c, Random random)
    {
        var r = c.Resume;
        var credentials = random.Next(2) == 0 ? ", BSN, RN" : "";
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MM/yyyy";
        return new Source("", Create("Calibri", 21, k =>
        {
            var body = k.Body;
            body.Append(Para([Run(c.Resume.Basics.Name + credentials, new RunLook(Bold: true, HalfPoints: 36))], align: JustificationValues.Center));
            body.Append(Para([Run(string.Join(" | ", c.ContactPieces()))], align: JustificationValues.Center));
            void Heading(string text) => body.Append(Para([Run(text.ToUpperInvariant())], style: "Heading1", bottomBorder: true, spaceBefore: 160));
            if (r.Basics.Summary is { } summary)
            {
                Heading(random.Next(2) == 0 ? "Professional Summary" : "Summary");
                body.Append(Para(summary));
            }
            Heading(random.Next(2) == 0 ? "Licenses & Certifications" : "Licensure & Certifications");
            foreach (var x in r.Certificates!)
            {
                var number = x.Name.StartsWith("Registered", StringComparison.Ordinal) ? $", License #{random.Next(100000, 999999)}" : "";
                body.Append(Bullet($"{x.Name}, {x.Issuer}{number} ({Look.Date(x.Date, format)})"));
            }
            Heading("Education");
            foreach (var e in r.Education!)
            {
                body.Append(Para([Run(FieldHtml.DegreeName(e), new RunLook(Bold: true)), Tab(), Run(FieldHtml.Graduation(e))], rightTab: RightEdge));
                body.Append(Para(e.Institution + (e.Score is { } gpa ? " | " + gpa : ""), new RunLook(Italic: true)));
            }
            var rotations = r.Work!.Where(w => w.Position.EndsWith("Rotation", StringComparison.Ordinal)).ToList();
            Heading(random.Next(2) == 0 ? "Clinical Experience" : "Clinical Rotations");
            foreach (var w in rotations) Entry(w, $" | {random.Next(6, 19) * 10} clinical hours");
            var jobs = r.Work!.Except(rotations).ToList();
            if (jobs.Count > 0)
            {
                Heading(random.Next(2) == 0 ? "Work Experience" : "Healthcare Experience");
                foreach (var w in jobs) Entry(w, "");
            }
            if (r.Awards is { Count: > 0 } awards)
            {
                Heading("Honors");
                foreach (var a in awards) body.Append(Bullet($"{a.Title}, {a.Awarder}, {Look.Date(a.Date, "yyyy")}"));
            }
            Heading("Skills");
            foreach (var g in r.Skills!) body.Append(Para([Run(g.Name + ": ", new RunLook(Bold: true)), Run(string.Join(", ", g.Keywords))]));
            if (r.Languages is { Count: > 0 } langs) body.Append(Para([Run("Languages: ", new RunLook(Bold: true)), Run(string.Join(", ", langs.Select(c.Language)))]));

            void Entry(Parse.Holdout.Work w, string tail)
            {
                body.Append(Para([Run(w.Position, new RunLook(Bold: true)), Tab(), Run(Look.Range(w.StartDate, w.EndDate, format, " – "))], rightTab: RightEdge, spaceBefore: 80));
                body.Append(Para(w.Name + (w.Location is { } l ? ", " + l : "") + tail, new RunLook(Italic: true)));
                foreach (var h in w.Highlights) body.Append(Bullet(h));
            }
        }, bullet: "•", title: c.Resume.Basics.Name));
    }

    /// <summary>The functional resume: "Summary of Qualifications" bullets, "Relevant Skills" with bold cluster names
    /// over accomplishment bullets tied to no job, "Employment History" with one line a job (title, employer, place, dates
    /// at a right tab), education and a technical skills line.</summary>
    public static Source Functional(Content c, Random random)
    {
        var r = c.Resume;
        return new Source("", Create("Cambria", 22, k =>
        {
            var body = k.Body;
            body.Append(Para(c.Name, new RunLook(Bold: true, HalfPoints: 40, SmallCaps: true)));
            body.Append(Para(string.Join("  •  ", c.ContactPieces())));
            void Heading(string text) => body.Append(Para([Run(text, new RunLook(Bold: true, Caps: true, Color: "385623"))], spaceBefore: 200, bottomBorder: true));
            Heading("Summary of Qualifications");
            foreach (var sentence in r.Basics.Summary!.Split(". ", StringSplitOptions.RemoveEmptyEntries)) body.Append(Bullet(sentence.TrimEnd('.') + "."));
            Heading(random.Next(2) == 0 ? "Relevant Skills" : "Professional Skills");
            var clusters = new[] { "Communication", "Leadership", "Organization", "Problem Solving", "Customer Focus" }.OrderBy(_ => random.Next()).Take(2 + random.Next(2));
            var deeds = Transferable.OrderBy(_ => random.Next()).ToList();
            var at = 0;
            foreach (var cluster in clusters)
            {
                body.Append(Para(cluster, new RunLook(Bold: true)));
                for (var i = 0; i < 2 && at < deeds.Count; i++, at++)
                {
                    body.Append(Bullet(deeds[at]));
                }
            }
            Heading(random.Next(2) == 0 ? "Employment History" : "Work History");
            foreach (var w in r.Work!)
            {
                body.Append(Para([Run(w.Position, new RunLook(Bold: true)), Run(", " + w.Name + (w.Location is { } l ? ", " + l : "")), Tab(),
                    Run(Look.Range(w.StartDate, w.EndDate, "MMM yyyy", " – "))], rightTab: RightEdge));
            }
            Heading("Education");
            foreach (var e in r.Education!)
            {
                body.Append(Para([Run(FieldHtml.DegreeName(e), new RunLook(Bold: true)), Run(", " + e.Institution), Tab(), Run(Look.Date(e.EndDate, "yyyy"))], rightTab: RightEdge));
            }
            if (r.Certificates is { Count: > 0 } certs)
            {
                Heading("Certifications");
                foreach (var x in certs) body.Append(Bullet($"{x.Name} ({x.Issuer})"));
            }
            if (r.Volunteer is { Count: > 0 } vols)
            {
                Heading("Volunteer Experience");
                foreach (var v in vols) body.Append(Para($"{v.Position}, {v.Organization} ({Look.Range(v.StartDate, v.EndDate, "yyyy", "–")})"));
            }
            Heading("Technical Skills");
            body.Append(Para(string.Join(", ", Look.Keywords(r))));
        }, bullet: "▪", headingStyle: false, title: c.Resume.Basics.Name));
    }
}
