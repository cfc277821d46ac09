using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>Resumes drawn as PDFs in the layout families the parser must read.</summary>
public static class PdfResume
{
    private const double Left = 50;
    private const double Right = 545;

    /// <summary>One column: name, title, a contact line, headings in capitals, "Title, Company" with the dates set
    /// right-aligned on the same baseline, bullets.</summary>
    public static byte[] SingleColumn(Person person, DateStyle? dates = null, string bullet = "•", bool titleFirst = true,
        bool letterSpacedHeadings = false, bool runningFooter = false)
    {
        dates ??= DateStyle.ShortMonth;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 24, bold: true);
            c.Advance(26);
            c.Draw(person.Label, Left, 13);
            c.Advance(18);
            c.Draw(string.Join("  |  ", Contact(person)), Left, 9.5);
            c.Advance(24);

            Heading(c, "Summary", letterSpacedHeadings);
            c.Paragraph(person.Summary, Left, Right - Left, 10);
            c.Advance(8);

            Heading(c, "Professional Experience", letterSpacedHeadings);
            foreach (var job in person.Jobs)
            {
                var title = titleFirst ? $"{job.Position}, {job.Company}" : $"{job.Company}, {job.Position}";
                if (job.Location is not null)
                {
                    title += $" ({job.Location})";
                }
                c.Draw(title, Left, 10.5, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 10);
                c.Advance(15);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 10, Right - Left - 10, 10, bullet);
                }
                c.Advance(6);
            }

            Heading(c, "Education", letterSpacedHeadings);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10.5, bold: true);
                c.DrawRight(dates.Range(school.Start, school.End), Right, 10);
                c.Advance(14);
                c.Draw($"{school.Degree}, {school.Area}" + (school.Grade is null ? "" : $" ({school.Grade})"), Left, 10);
                c.Advance(18);
            }

            Heading(c, "Technical Skills", letterSpacedHeadings);
            foreach (var group in person.Skills)
            {
                c.Draw($"{group.Name}: {string.Join(", ", group.Keywords)}", Left, 10);
                c.Advance(14);
            }
            c.Advance(6);

            if (person.Certificates.Count > 0)
            {
                Heading(c, "Certifications", letterSpacedHeadings);
                foreach (var cert in person.Certificates)
                {
                    c.Paragraph($"{cert.Name} — {cert.Issuer} — {dates.One(cert.Date)}", Left, Right - Left, 10, bullet);
                }
                c.Advance(6);
            }
            if (person.Languages.Count > 0)
            {
                Heading(c, "Languages", letterSpacedHeadings);
                c.Draw(string.Join(", ", person.Languages.Select(l => $"{l.Language} ({l.Fluency})")), Left, 10);
                c.Advance(14);
            }
        }
        if (runningFooter)
        {
            AddFooters(document, person.Name);
        }
        return Save(document);
    }

    /// <summary>A sidebar (contact, skills, languages) beside the main column (summary, experience, education).</summary>
    public static byte[] TwoColumn(Person person, DateStyle? dates = null)
    {
        dates ??= DateStyle.Iso;
        const double sideLeft = 30, sideWidth = 140, mainLeft = 200, mainRight = 565;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 45))
        {
            var y = c.Y;
            foreach (var part in person.Name.Split(' ', 2))
            {
                c.Draw(part, sideLeft, 18, bold: true, y: y);
                y += 22;
            }
            c.Draw(person.Label, sideLeft, 10, y: y);
            y += 26;
            c.Draw("CONTACT", sideLeft, 11, bold: true, y: y);
            y += 16;
            foreach (var item in Contact(person))
            {
                c.Draw(item, sideLeft, 9, y: y);
                y += 13;
            }
            y += 14;
            c.Draw("SKILLS", sideLeft, 11, bold: true, y: y);
            y += 16;
            foreach (var group in person.Skills)
            {
                c.Draw(group.Name, sideLeft, 10, bold: true, y: y);
                y += 13;
                var x = sideLeft + 4;
                foreach (var keyword in group.Keywords)
                {
                    var width = c.Width(keyword, 9);
                    if (x + width > sideLeft + sideWidth)
                    {
                        x = sideLeft + 4;
                        y += 12;
                    }
                    c.Draw(keyword, x, 9, y: y);
                    x += width + 12;
                }
                y += 18;
            }
            if (person.Languages.Count > 0)
            {
                c.Draw("LANGUAGES", sideLeft, 11, bold: true, y: y);
                y += 16;
                foreach (var (language, fluency) in person.Languages)
                {
                    c.Draw($"{language} — {fluency}", sideLeft, 9, y: y);
                    y += 13;
                }
            }

            c.Draw("SUMMARY", mainLeft, 11, bold: true);
            c.Advance(16);
            c.Paragraph(person.Summary, mainLeft, mainRight - mainLeft, 10);
            c.Advance(10);
            c.Draw("EXPERIENCE", mainLeft, 11, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, mainLeft, 10, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), mainRight, 9);
                c.Advance(13);
                c.Draw(job.Location is null ? job.Company : $"{job.Company} · {job.Location}", mainLeft, 10);
                c.Advance(15);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, mainLeft + 14, mainRight - mainLeft - 14, 10);
                }
                c.Advance(8);
            }
            c.Draw("EDUCATION", mainLeft, 11, bold: true);
            c.Advance(16);
            foreach (var school in person.Schools)
            {
                c.Draw($"{school.Degree} in {school.Area}", mainLeft, 10, bold: true);
                c.DrawRight(dates.Range(school.Start, school.End), mainRight, 9);
                c.Advance(13);
                c.Draw(school.Institution, mainLeft, 10);
                c.Advance(18);
            }
        }
        return Save(document);
    }

    /// <summary>Headings in a left label column beside their content; education as a table with a header row.</summary>
    public static byte[] Table(Person person, DateStyle? dates = null)
    {
        dates ??= DateStyle.ShortMonth;
        const double label = 40, content = 140;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, label, 22, bold: true);
            c.Advance(22);
            c.Draw(person.Label, label, 11);
            c.Advance(16);
            c.Draw(string.Join(" · ", Contact(person)), label, 9);
            c.Advance(28);

            c.Draw("SUMMARY", label, 10, bold: true);
            c.Paragraph(person.Summary, content, Right - content, 10);
            c.Advance(10);

            c.Draw("EXPERIENCE", label, 10, bold: true);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, content, 10, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 10);
                c.Advance(13);
                c.Draw(job.Position, content, 10);
                if (job.Location is not null)
                {
                    c.DrawRight(job.Location, Right, 10);
                }
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, content + 12, Right - content - 12, 10);
                }
                c.Advance(6);
            }
            c.Advance(6);

            c.Draw("EDUCATION", label, 10, bold: true);
            double[] columns = [content, content + 150, content + 245, content + 330];
            string[] headers = ["Institution", "Degree", "Field", "Dates"];
            for (var k = 0; k < headers.Length; k++)
            {
                c.Draw(headers[k], columns[k], 9.5, bold: true);
            }
            c.Advance(14);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, columns[0], 9.5);
                c.Draw(school.Degree, columns[1], 9.5);
                c.Draw(school.Area, columns[2], 9.5);
                c.Draw(dates.Range(school.Start, school.End), columns[3], 9.5);
                c.Advance(14);
            }
            c.Advance(8);

            c.Draw("SKILLS", label, 10, bold: true);
            foreach (var group in person.Skills)
            {
                c.Draw(group.Name, content, 10, bold: true);
                c.Draw(string.Join(", ", group.Keywords), content + 90, 10);
                c.Advance(14);
            }
        }
        return Save(document);
    }

    /// <summary>Dates and skill labels right-aligned in a narrow left margin beside their lines (the moderncv look),
    /// with the contact details right-aligned beside the name.</summary>
    public static byte[] MarginDates(Person person, DateStyle? dates = null)
    {
        dates ??= DateStyle.ShortMonth;
        const double marginRight = 130, body = 140;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 26);
            c.DrawRight(person.Email, Right, 9.5);
            c.Advance(14);
            c.DrawRight(person.Phone, Right, 9.5);
            c.Advance(14);
            c.DrawRight($"{person.City}, {person.Region}", Right, 9.5);
            c.Advance(16);
            c.Draw(person.Label, Left, 14);
            c.Advance(34);

            c.Draw("Experience", body, 14);
            c.Advance(20);
            foreach (var job in person.Jobs)
            {
                c.DrawRight(dates.Range(job.Start, job.End), marginRight, 10);
                c.Draw($"{job.Position}, {job.Company}", body, 10.5);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, body, Right - body, 10, "○");
                }
                c.Advance(6);
            }
            c.Draw("Education", body, 14);
            c.Advance(20);
            foreach (var school in person.Schools)
            {
                c.DrawRight($"{school.Start.Year}–{school.End.Year}", marginRight, 10);
                c.Draw($"{school.Degree} in {school.Area}, {school.Institution}", body, 10.5);
                c.Advance(16);
            }
            c.Advance(6);
            c.Draw("Skills", body, 14);
            c.Advance(20);
            foreach (var group in person.Skills)
            {
                c.DrawRight(group.Name, marginRight, 10);
                c.Draw(string.Join(", ", group.Keywords), body, 10.5);
                c.Advance(16);
            }
        }
        return Save(document);
    }

    /// <summary>A "scanned" resume: one page holding only a picture, no text layer.</summary>
    public static byte[] ImageOnly(int pages = 1)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            for (var page = 0; page < pages; page++)
            {
                if (page > 0)
                {
                    c.NewPage();
                }
                using var stream = new MemoryStream(Bitmaps.Noise(120, 160));
                using var image = XImage.FromStream(stream);
                c.DrawImage(image, 40, 40, 515, 760);
            }
        }
        return Save(document);
    }

    /// <summary>A resume that opens only with the password.</summary>
    public static byte[] Encrypted(Person person, string password = "secret")
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(20);
            c.Paragraph(person.Summary, Left, Right - Left, 10);
        }
        document.SecuritySettings.UserPassword = password;
        document.SecuritySettings.OwnerPassword = password + "-owner";
        return Save(document);
    }

    /// <summary>Text on every one of many pages.</summary>
    public static byte[] Pages(int count)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            for (var page = 0; page < count; page++)
            {
                if (page > 0)
                {
                    c.NewPage();
                }
                c.Draw($"Page {page + 1} of a very long curriculum vitae with publications and talks.", Left, 11);
            }
        }
        return Save(document);
    }

    private static void Heading(PdfCanvas c, string text, bool letterSpaced)
    {
        var shown = letterSpaced ? string.Join(' ', text.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).ToCharArray()) : text.ToUpperInvariant();
        c.Draw(shown, Left, 12, bold: true);
        c.Advance(17);
    }

    private static List<string> Contact(Person person)
    {
        var items = new List<string> { person.Email, person.Phone, $"{person.City}, {person.Region}" };
        if (person.Website is not null)
        {
            items.Add(person.Website);
        }
        if (person.LinkedIn is not null)
        {
            items.Add($"linkedin.com/in/{person.LinkedIn}");
        }
        if (person.GitHub is not null)
        {
            items.Add($"github.com/{person.GitHub}");
        }
        return items;
    }

    private static void AddFooters(PdfDocument document, string name)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var font = PdfCanvas.Font(8);
            graphics.DrawString($"{name} — page {i + 1} of {document.PageCount}", font, XBrushes.Gray, Left, 820, XStringFormats.BaseLineLeft);
        }
    }

    internal static byte[] Save(PdfDocument document)
    {
        return document.ToBytes();
    }
}
