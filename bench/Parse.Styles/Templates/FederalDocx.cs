using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.DocxKit;

namespace Parse.Styles.Templates;

/// <summary>A US federal resume as the USAJOBS guidance asks for it and people write it in Word: contact with
/// citizenship, veterans' preference and federal status lines; per job either the resume builder's stacked block
/// (employer, town, "MM/yyyy - Present", "Hours per week: 40", the title, "Salary:", "Series:"/"Grade:",
/// "Duties, Accomplishments and Related Skills:", supervisor and may-contact lines) or a typed block (title with grade
/// and dates at a right tab, employer and town, hours and salary on one line, supervisor, bullets); education with
/// credit hours. Also printed by LibreOffice.</summary>
internal static class FederalDocx
{
    private const int RightEdge = 9900;

    public static Source Usajobs(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var stacked = random.Next(2) == 0;
        return new Source("", Create("Times New Roman", 22, k =>
        {
            var body = k.Body;
            body.Append(Para([Run(b.Name, new RunLook(Bold: true, HalfPoints: 32))], align: JustificationValues.Center));
            if (c.Location.Length > 0) body.Append(Para(c.Location, align: JustificationValues.Center));
            body.Append(Para(string.Join(" | ", new[] { b.Phone, b.Email }.Where(p => p is not null)), align: JustificationValues.Center));
            body.Append(Para("Citizenship: U.S. Citizen"));
            body.Append(Para($"Veterans' Preference: {(random.Next(2) == 0 ? "None" : "5-point preference")}"));
            if (random.Next(2) == 0) body.Append(Para($"Federal Status: {(random.Next(2) == 0 ? "Current federal employee" : "Not a current federal employee")}"));
            void Heading(string text) => body.Append(Para([Run(text.ToUpperInvariant(), new RunLook(Bold: true))], spaceBefore: 200, bottomBorder: true));
            if (b.Summary is { } summary)
            {
                Heading(random.Next(2) == 0 ? "Professional Summary" : "Summary of Qualifications");
                body.Append(Para(summary));
            }
            Heading(random.Next(2) == 0 ? "Work Experience" : "Professional Experience");
            foreach (var w in r.Work!)
            {
                var range = Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " - ");
                var hours = random.Next(3) == 0 ? 32 : 40;
                var salary = $"${random.Next(42, 140) * 1000:N0}".Replace('\u00a0', ',');
                var grade = random.Next(2) == 0 ? (Series: random.Next(300, 2210).ToString("0000", CultureInfo.InvariantCulture), Grade: random.Next(7, 15)) : ((string Series, int Grade)?)null;
                var supervisor = $"{Words.GivenNames[random.Next(Words.GivenNames.Length)]} {Words.FamilyNames[random.Next(Words.FamilyNames.Length)]}";
                var phone = $"({random.Next(201, 989)}) 555-{random.Next(100, 9999):0000}";
                var contact = random.Next(3) == 0 ? "No" : "Yes";
                if (stacked)
                {
                    body.Append(Para([Run(w.Name, new RunLook(Bold: true))], spaceBefore: 160));
                    if (w.Location is { } place) body.Append(Para(place));
                    body.Append(Para(range));
                    body.Append(Para($"Hours per week: {hours}"));
                    body.Append(Para([Run(w.Position, new RunLook(Bold: true))]));
                    body.Append(Para($"Salary: {salary} USD Per Year"));
                    if (grade is { } g)
                    {
                        body.Append(Para($"Series: {g.Series}"));
                        body.Append(Para($"Pay Plan: GS  Grade: {g.Grade}"));
                    }
                    body.Append(Para("Duties, Accomplishments and Related Skills:", new RunLook(Bold: true)));
                    foreach (var h in w.Highlights) body.Append(Bullet(h));
                    body.Append(Para($"Supervisor: {supervisor} ({phone})"));
                    body.Append(Para($"Okay to contact this Supervisor: {contact}"));
                }
                else
                {
                    var title = grade is { } g ? $"{w.Position.ToUpperInvariant()}, GS-{g.Series}-{g.Grade}" : w.Position.ToUpperInvariant();
                    body.Append(Para([Run(title, new RunLook(Bold: true)), Tab(), Run(range)], rightTab: RightEdge, spaceBefore: 160));
                    body.Append(Para(w.Name + (w.Location is { } l ? ", " + l : "")));
                    body.Append(Para($"{hours} hours per week | Salary: {salary} per year"));
                    body.Append(Para($"Supervisor: {supervisor}, {phone}; {(contact == "Yes" ? "may be contacted" : "please contact me first")}"));
                    foreach (var h in w.Highlights) body.Append(Bullet(h));
                }
            }
            Heading("Education");
            foreach (var e in r.Education!)
            {
                body.Append(Para([Run(FieldHtml.DegreeName(e), new RunLook(Bold: true)), Tab(), Run(Look.Date(e.EndDate, "MM/yyyy"))], rightTab: RightEdge));
                body.Append(Para($"{e.Institution} | {random.Next(60, 130)} semester hours{(e.Score is { } s ? " | " + s : "")}"));
            }
            if (r.Certificates is { Count: > 0 } certs)
            {
                Heading(random.Next(2) == 0 ? "Certifications" : "Licenses and Certifications");
                foreach (var x in certs) body.Append(Bullet($"{x.Name}, {x.Issuer}, {Look.Date(x.Date, "MM/yyyy")}"));
            }
            Heading("Skills");
            foreach (var g in r.Skills!) body.Append(Para([Run(g.Name + ": ", new RunLook(Bold: true)), Run(string.Join(", ", g.Keywords))]));
            if (r.Languages is { Count: > 0 } langs)
            {
                Heading("Languages");
                foreach (var l in langs) body.Append(Para($"{l.Name}: {l.Fluency}"));
            }
            if (r.Volunteer is { Count: > 0 } vol)
            {
                Heading("Volunteer Experience");
                foreach (var v in vol) body.Append(Para($"{v.Position}, {v.Organization}, {Look.Range(v.StartDate, v.EndDate, "MM/yyyy", " - ")}"));
            }
        }, bullet: "•", title: b.Name));
    }
}
