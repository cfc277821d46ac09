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
        // Certificates as one more label beside the skill groups, under the skills title.
        body.Append(DocxResume.Bold("Personal skills and competences"));
        foreach (var group in person.Skills)
        {
            Row($"{group.Name} skills and competences", string.Join(", ", group.Keywords));
        }
        Row("Certificates", string.Join(", ", person.Certificates.Select(c => c.Name)));
    });

    /// <summary>Letter-spaced headings and dates with words of one glyph in them ("EDUCATION &amp; TRAINING",
    /// "MAR 2021 — PRESENT"), the spaces tracked too.</summary>
    public static byte[] LetterSpacedLoneGlyphs(Person person)
    {
        var dates = new DateStyle("MMM yyyy", " — ", "Present");
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20);
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
            Tracked(c, "EDUCATION & TRAINING", Left, 11, 3.5);
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

    /// <summary>The label/value layout as a PDF: labels set flush right in a left column, each value beside its label
    /// (long ones wrapped in the value column), section titles in the label column, a document title above.</summary>
    public static byte[] LabelColumn(Person person, DateStyle dates)
    {
        const double labelRight = 190, value = 205;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Row(string label, string text)
            {
                c.DrawRight(label, labelRight, 8.5);
                c.Paragraph(text, value, Right - value, 9.5, leading: 12);
                c.Advance(3);
            }
            void Title(string title)
            {
                c.Advance(8);
                c.DrawRight(title, labelRight, 11, bold: true);
                c.Advance(16);
            }
            c.DrawRight("Europass", labelRight, 14, bold: true);
            c.Advance(16);
            c.DrawRight("Curriculum Vitae", labelRight, 12);
            c.Advance(20);
            Title("Personal information");
            Row("First name(s) / Surname(s)", person.Name);
            Row("Address", $"{person.City}, {person.Region}");
            Row("Mobile", person.Phone);
            Row("E-mail", person.Email);
            Title("Work experience");
            foreach (var job in person.Jobs)
            {
                Row("Dates", dates.Range(job.Start, job.End));
                Row("Occupation or position held", job.Position);
                Row("Main activities and responsibilities", string.Join(" ", job.Highlights));
                Row("Name and address of employer", job.Company);
                c.Advance(6);
            }
            Title("Education and training");
            foreach (var school in person.Schools)
            {
                Row("Dates", dates.Range(school.Start, school.End));
                Row("Title of qualification awarded", school.Degree);
                Row("Principal subjects / occupational skills covered", school.Area);
                Row("Name and type of organisation providing education and training", school.Institution);
                c.Advance(6);
            }
            // Certificates as one more label beside the skill groups, under the skills title.
            Title("Personal skills and competences");
            foreach (var group in person.Skills)
            {
                Row($"{group.Name} skills and competences", string.Join(", ", group.Keywords));
            }
            Row("Certificates", string.Join(", ", person.Certificates.Select(c => c.Name)));
        }
        return PdfResume.Save(document);
    }

    /// <summary>The label/value layout with a narrow label column: long labels wrap onto a second line under the first
    /// (the value beside the first), and the name stands on the line below its label.</summary>
    public static byte[] LabelColumnWrapped(Person person, DateStyle dates)
    {
        const double labelRight = 160, labelWidth = 115, value = 175;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Row(string label, string text)
            {
                var top = c.Y;
                var labelLines = c.RightColumn(label, labelRight, labelWidth, 8.5, top, 12);
                var used = c.Paragraph(text, value, Right - value, 9.5, leading: 12);
                c.Y = top + 12 * Math.Max(used, labelLines) + 3;
            }
            void Title(string title)
            {
                c.Advance(8);
                c.DrawRight(title, labelRight, 11, bold: true);
                c.Advance(16);
            }
            c.DrawRight("Curriculum Vitae", labelRight, 14, bold: true);
            c.Advance(20);
            Title("Personal information");
            c.DrawRight("First name(s) / Surname(s)", labelRight, 8.5);
            c.Advance(12);
            c.Draw(person.Name, value, 11, bold: true);
            c.Advance(15);
            Row("Address", $"{person.City}, {person.Region}");
            Row("Telephone(s)", person.Phone);
            Row("E-mail", person.Email);
            Title("Work experience");
            foreach (var job in person.Jobs)
            {
                Row("Dates", dates.Range(job.Start, job.End));
                Row("Occupation or position held", job.Position);
                Row("Main activities and responsibilities", string.Join(" ", job.Highlights));
                Row("Name and address of employer", job.Company);
                c.Advance(6);
            }
            Title("Education and training");
            foreach (var school in person.Schools)
            {
                Row("Dates", dates.Range(school.Start, school.End));
                Row("Title of qualification awarded", school.Degree);
                Row("Principal subjects / occupational skills covered", school.Area);
                Row("Name and type of organisation providing education and training", school.Institution);
                c.Advance(6);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A layout table printed to PDF: each section a row, its heading in a narrow left cell and set one line lower
    /// than the row's first body line (the space its heading style sets before it), wrapped when two words are too wide;
    /// entries as "Company, dates" over the title and the bullets in the right cell.</summary>
    public static byte[] LoweredCellHeadings(Person person, DateStyle dates)
    {
        const double body = 175;
        const double pitch = 14;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw(string.Join(" | ", person.Email, person.Phone, $"{person.City}, {person.Region}"), Left, 9);
            c.Advance(30);
            void Heading(string first, string? second)
            {
                c.Draw(first, Left, 13, bold: true, y: c.Y + pitch);
                if (second is not null)
                {
                    c.Draw(second, Left, 13, bold: true, y: c.Y + 2 * pitch + 2);
                }
            }
            Heading("Skills", null);
            foreach (var group in person.Skills)
            {
                c.Draw($"{group.Name}: {string.Join(", ", group.Keywords)}", body, 10);
                c.Advance(pitch);
            }
            c.Advance(16);
            Heading("Work", "Experience");
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, body, 10, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 10);
                c.Advance(pitch);
                c.Draw(job.Position, body, 10);
                c.Advance(pitch);
                foreach (var highlight in job.Highlights)
                {
                    c.Draw("•", body + 4, 10);
                    c.Draw(highlight.Length > 60 ? highlight[..60] : highlight, body + 16, 10);
                    c.Advance(pitch);
                }
            }
            c.Advance(16);
            Heading("Education", null);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, body, 10, bold: true);
                c.DrawRight(dates.Range(school.Start, school.End), Right, 10);
                c.Advance(pitch);
                c.Draw($"{school.Degree}, {school.Area}", body, 10);
                c.Advance(pitch);
            }
        }
        return PdfResume.Save(document);

    }

    /// <summary>A Word list printed to PDF: the marker ("1.", "2." for a numbered list; Word's "o" in Courier New for a
    /// hollow bullet) at the list's indent, the text after a tab at the hanging indent; the first job numbered, the
    /// others behind "o".</summary>
    public static byte[] PrintedListMarkers(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw(string.Join(" | ", person.Email, person.Phone, $"{person.City}, {person.Region}"), Left, 9);
            c.Advance(24);
            c.Draw("EXPERIENCE", Left, 13);
            c.Advance(18);
            for (var j = 0; j < person.Jobs.Count; j++)
            {
                var job = person.Jobs[j];
                c.Draw($"{job.Position} | {job.Company}", Left, 10, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), 545, 10);
                c.Advance(14);
                for (var i = 0; i < job.Highlights.Count; i++)
                {
                    c.Draw(j == 0 ? $"{i + 1}." : "o", Left + 18, 10);
                    c.Draw(job.Highlights[i], Left + 36, 10);
                    c.Advance(13);
                }
                c.Advance(8);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>Highlights behind a dash whose wrapped lines go back to the dash's margin (no hanging indent), each
    /// entry an employer, a title and a line of dates, as profile exports print them.</summary>
    public static byte[] BulletsWrappedToMargin(Person person, DateStyle dates)
    {
        const double width = 250;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20);
            c.Advance(22);
            c.Draw(string.Join(" · ", person.Email, person.Phone, $"{person.City}, {person.Region}"), Left, 9);
            c.Advance(24);
            c.Draw("Experience", Left, 14);
            c.Advance(20);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Left, 11);
                c.Advance(14);
                c.Draw(job.Position, Left, 10);
                c.Advance(13);
                c.Draw(dates.Range(job.Start, job.End), Left, 10);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    var line = "- ";
                    foreach (var word in highlight.Split(' '))
                    {
                        if (line.Length > 2 && c.Width(line + " " + word, 10) > width)
                        {
                            c.Draw(line, Left, 10);
                            c.Advance(13);
                            line = word;
                        }
                        else
                        {
                            line = line.Length > 2 || !line.StartsWith('-') ? line + (line.EndsWith(' ') ? "" : " ") + word : line + word;
                        }
                    }
                    c.Draw(line, Left, 10);
                    c.Advance(13);
                }
                c.Advance(8);
            }
        }
        return PdfResume.Save(document);
    }

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
