using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Resumes with one trait each of the producers and templates people really use (see bench/Parse.Styles for the real
/// producers): letter-spaced headings and dates, entry lines behind bullets, contact details only in a page footer, a
/// Word sidebar table, a Europass-style label table.
/// </summary>
public static class ProducerShapes
{
    private const double Left = 50;
    private const double Right = 545;

    /// <summary>Headings, the name and the dates drawn with wide tracking (each glyph placed on its own, as CSS
    /// letter-spacing prints).</summary>
    public static byte[] LetterSpaced(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Tracked(c, person.Name.ToUpperInvariant(), Left, 20, 6);
            c.Advance(22);
            c.Draw(string.Join(" · ", person.Email, person.Phone, $"{person.City}, {person.Region}"), Left, 9);
            c.Advance(24);
            Tracked(c, "EXPERIENCE", Left, 11, 3.5);
            c.Advance(18);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Left, 10, bold: true);
                var range = dates.Range(job.Start, job.End).ToUpperInvariant();
                Tracked(c, range, Right - TrackedWidth(c, range, 9, 1.8), 9, 1.8);
                c.Advance(13);
                c.Draw(job.Position, Left, 10);
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 10, Right - Left - 10, 10, bullet: "•");
                }
                c.Advance(6);
            }
            c.Advance(8);
            Tracked(c, "EDUCATION", Left, 11, 3.5);
            c.Advance(18);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10, bold: true);
                var range = dates.Range(school.Start, school.End).ToUpperInvariant();
                Tracked(c, range, Right - TrackedWidth(c, range, 9, 1.8), 9, 1.8);
                c.Advance(13);
                c.Draw($"{school.Degree}, {school.Area}", Left, 10);
                c.Advance(18);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>Entries whose first line opens with a bullet ("• Employer   City"), the title and dates under it, the
    /// highlights behind dashes.</summary>
    public static byte[] BulletHeaders(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(20);
            c.Draw(string.Join(" | ", person.Email, person.Phone, $"{person.City}, {person.Region}"), Left, 9);
            c.Advance(24);
            c.Draw("EXPERIENCE", Left, 11, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                c.Draw("•", Left, 10, bold: true);
                c.Draw(job.Company, Left + 10, 10, bold: true);
                c.DrawRight(job.Location ?? person.City, Right, 10);
                c.Advance(13);
                c.Draw(job.Position, Left + 10, 10);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 10);
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 20, Right - Left - 20, 10, bullet: "–");
                }
                c.Advance(6);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>No contact details under the name: they stand in one line at the foot of the last page, with the
    /// address line above them (as moderncv's casual style prints them).</summary>
    public static byte[] FooterContact(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 22, bold: true);
            c.Advance(18);
            c.Draw(person.Label, Left, 12);
            c.Advance(26);
            c.Draw("Experience", Left, 13, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Position}, {job.Company}", Left, 10, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 10);
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 10, Right - Left - 10, 10, bullet: "•");
                }
                c.Advance(6);
            }
            c.Draw("Skills", Left, 13, bold: true);
            c.Advance(16);
            foreach (var group in person.Skills)
            {
                c.Draw($"{group.Name}: {string.Join(", ", group.Keywords)}", Left, 10);
                c.Advance(13);
            }
            c.Draw($"{person.City} – {person.Region}", 250, 9, y: 780);
            c.Draw($"{person.Phone}  •  {person.Email}", 200, 9, y: 792);
        }
        return PdfResume.Save(document);
    }

    /// <summary>Word's two-column template: one table row, the narrow left cell holding the name, contact and skills, the
    /// wide right cell the experience and education, each cell a long flow of paragraphs.</summary>
    public static byte[] SidebarTable(Person person, DateStyle dates) => DocxResume.Compose((body, _) =>
    {
        var left = new List<Paragraph> { DocxResume.Bold(person.Name), DocxResume.Plain(person.Label), DocxResume.Bold("CONTACT"),
            DocxResume.Plain(person.Email), DocxResume.Plain(person.Phone), DocxResume.Plain($"{person.City}, {person.Region}"), DocxResume.Bold("SKILLS") };
        left.AddRange(person.Skills.SelectMany(g => g.Keywords).Select(DocxResume.Plain));
        var right = new List<Paragraph> { DocxResume.Bold("EXPERIENCE") };
        foreach (var job in person.Jobs)
        {
            right.Add(DocxResume.Bold($"{job.Position}, {job.Company}"));
            right.Add(DocxResume.Plain(dates.Range(job.Start, job.End)));
            right.AddRange(job.Highlights.Select(DocxResume.Bullet));
        }
        right.Add(DocxResume.Bold("EDUCATION"));
        foreach (var school in person.Schools)
        {
            right.Add(DocxResume.Bold($"{school.Degree} in {school.Area}, {school.Institution}"));
            right.Add(DocxResume.Plain(dates.Range(school.Start, school.End)));
        }
        body.Append(DocxResume.Row([left, right]));
    });

    /// <summary>The 2004 Europass CV's shape: a "Europass Curriculum Vitae" title, then labels in a left cell beside
    /// their values ("First name(s) / Surname(s)", "Dates", "Occupation or position held", "Name and address of
    /// employer", "Title of qualification awarded").</summary>
    public static byte[] LabelTable(Person person, DateStyle dates) => DocxResume.Compose((body, _) =>
    {
        void Row(string label, string value) => body.Append(DocxResume.Row([[DocxResume.Plain(label)], [DocxResume.Plain(value)]]));
        body.Append(DocxResume.Bold("Europass Curriculum Vitae"));
        body.Append(DocxResume.Bold("Personal information"));
        Row("First name(s) / Surname(s)", person.Name);
        Row("E-mail", person.Email);
        Row("Mobile", person.Phone);
        body.Append(DocxResume.Bold("Work experience"));
        foreach (var job in person.Jobs)
        {
            Row("Dates", dates.Range(job.Start, job.End));
            Row("Occupation or position held", job.Position);
            Row("Main activities and responsibilities", job.Highlights[0]);
            Row("Name and address of employer", job.Company);
        }
        body.Append(DocxResume.Bold("Education and training"));
        foreach (var school in person.Schools)
        {
            Row("Dates", dates.Range(school.Start, school.End));
            Row("Title of qualification awarded", school.Degree);
            Row("Principal subjects / occupational skills covered", school.Area);
            Row("Name and type of organisation providing education and training", school.Institution);
        }
    });

    private static void Tracked(PdfCanvas c, string text, double x, double size, double tracking)
    {
        foreach (var ch in text)
        {
            x = c.Draw(ch.ToString(), x, size) + tracking;
        }
    }

    private static double TrackedWidth(PdfCanvas c, string text, double size, double tracking) =>
        text.Sum(ch => c.Width(ch.ToString(), size) + tracking);
}
