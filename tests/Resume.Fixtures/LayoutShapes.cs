using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// PDFs with one layout trait each, of the kinds that real producers make and a parser tuned on a few files misses: a
/// short sidebar, dates and places flush right beside short lines, dates wrapped in a narrow margin, contact lines
/// beside a large name, network names that are only links, certificates wrapped in a sidebar, item titles set like
/// headings but indented under them.
/// </summary>
public static class LayoutShapes
{
    private const double Left = 50;
    private const double Right = 545;

    public static Person FourJobs { get; } = People.Backend with
    {
        Jobs =
        [
            .. People.Backend.Jobs,
            new("Heron Logistics", "Backend Developer", new(2015, 1, 1), new(2017, 8, 1), null,
                ["Rewrote the routing service in Go, halving its memory use", "Automated 40 manual reports with scheduled jobs"]),
            new("Pinecrest Labs", "Junior Developer", new(2013, 6, 1), new(2014, 12, 1), null,
                ["Built the first public API used by 12 partner shops", "Introduced code review for a team of 6"]),
        ],
        Schools =
        [
            .. People.Backend.Schools,
            new("Gothenburg International School", "Diploma", "Natural Sciences", new(2009, 9, 1), new(2012, 6, 1)),
        ],
    };

    /// <summary>A sidebar (contact, two skill groups, certificates with wrapped bold names over plain issuer lines) that
    /// ends high on the page beside a long main column.</summary>
    public static byte[] ShortSidebar(Person person)
    {
        const double side = 30, main = 190, mainRight = 565;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 45))
        {
            c.Draw(person.Name, side, 22, bold: true);
            c.Advance(22);
            c.Draw(person.Label, side, 11);
            c.Advance(30);
            var top = c.Y;
            var y = top;
            void Side(string text, double size = 9, bool bold = false, double step = 12)
            {
                c.Draw(text, side, size, bold, y);
                y += step;
            }
            Side("CONTACT", 11, true, 16);
            Side(person.Email);
            Side(person.Phone);
            Side($"{person.City}, {person.Region}");
            y += 8;
            Side("CERTIFICATES", 11, true, 16);
            // "Certified Kubernetes Application" / "Developer" in bold, then the issuer and date in plain type.
            Side("Certified Kubernetes Application", 9, true);
            Side("Developer", 9, true);
            Side("Cloud Native Computing", 9);
            Side("Foundation, May 2022", 9, step: 16);
            Side("AWS Certified Solutions", 9, true);
            Side("Architect – Associate", 9, true);
            Side("Amazon Web Services, Mar", 9);
            Side("2021", 9);

            c.Y = top;
            c.Draw("SUMMARY", main, 11, bold: true);
            c.Advance(16);
            c.Paragraph(person.Summary, main, mainRight - main, 10);
            c.Advance(8);
            c.Draw("EXPERIENCE", main, 11, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, main, 10, bold: true);
                c.DrawRight(DateStyle.ShortMonth.Range(job.Start, job.End), mainRight, 9);
                c.Advance(13);
                c.Draw(job.Company, main, 10);
                c.Advance(15);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, main + 12, mainRight - main - 12, 10, bullet: "•");
                }
                c.Advance(8);
            }
            c.Draw("EDUCATION", main, 11, bold: true);
            c.Advance(16);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, main, 10, bold: true);
                c.DrawRight(DateStyle.ShortMonth.Range(school.Start, school.End), mainRight, 9);
                c.Advance(13);
                c.Draw($"{school.Degree}, {school.Area}", main, 10);
                c.Advance(18);
            }
        }
        return Save(document);
    }

    /// <summary>A sparse sidebar of contact lines only (heading, email, phone, city, an overlong link), each centred in a narrow
    /// left column and set at its own wide pitch, starting lower than the main column beside it; the name and title
    /// are centred over the whole page, so they cross the gutter. The sidebar holds far fewer letters than the main
    /// column.</summary>
    public static byte[] SparseSidebar(Person person)
    {
        const double sideCentre = 95, main = 230, mainRight = 565;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 45))
        {
            void Centred(string text, double centre, double size, bool bold = false, double? y = null) =>
                c.Draw(text, centre - c.Width(text, size, bold) / 2, size, bold, y);
            Centred(person.Name.ToUpperInvariant(), 297, 26, bold: true);
            c.Advance(30);
            Centred(person.Label, 297, 11);
            c.Advance(36);
            var top = c.Y;
            var y = top + 190;
            foreach (var (text, size, bold) in new[] { ("CONTACT", 11.0, true), (person.Email, 9.0, false), (person.Phone, 9.0, false),
                         ($"{person.City}, {person.Region}", 9.0, false) })
            {
                Centred(text, sideCentre, size, bold, y);
                y += 40;
            }
            // A link too long for the sidebar runs over the gutter up to the main column's text: no empty strip is left.
            var link = "https://github.com/" + person.Name.Replace(' ', '-').ToLowerInvariant() + "/portfolio";
            c.Draw(link, main + 8 - c.Width(link, 9), 9, y: y);

            c.Y = top;
            c.Draw("EXPERIENCE", main, 11, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Company.ToUpperInvariant()} - {job.Position}", main, 10, bold: true);
                c.Advance(13);
                c.Draw(DateStyle.ShortMonth.Range(job.Start, job.End), main, 9);
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, main + 10, mainRight - main - 10, 10, bullet: "•");
                }
                c.Advance(8);
            }
            c.Draw("EDUCATION", main, 11, bold: true);
            c.Advance(16);
            foreach (var school in person.Schools)
            {
                c.Draw($"{school.Degree}, {school.Area}", main, 10, bold: true);
                c.Advance(13);
                c.Draw($"{school.Institution}, {DateStyle.ShortMonth.Range(school.Start, school.End)}", main, 10);
                c.Advance(18);
            }
        }
        return Save(document);
    }

    /// <summary>Each job's dates as "2021-05-01 to 2023-05-01" with the "to" set letter-spaced (a theme's small-caps
    /// style with wide tracking), which comes out of the page as "t o".</summary>
    public static byte[] LetterSpacedDateConnector(Person person)
    {
        const double left = 60;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw(person.Name, left, 22, bold: true);
            c.Advance(18);
            c.Draw($"{person.Email} | {person.Phone}", left, 9);
            c.Advance(30);
            c.Draw("Work Experience", left, 13, bold: true);
            c.Advance(20);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Position}, {job.Company}", left, 10, bold: true);
                c.Advance(13);
                // The text as such a producer writes it: each letter of the spaced word is a word of its own.
                var end = job.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "Present";
                c.Draw($"{job.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} t o {end}", left, 8);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, left + 10, Right - left - 10, 10, bullet: "•");
                }
                c.Advance(8);
            }
        }
        return Save(document);
    }

    /// <summary>A sidebar (profile paragraph, contact, skills) set at the very line pitch of the main column beside it
    /// and starting on the same row, so each of its rows shares a baseline with a main line, as two columns typeset at
    /// about the same leading do by chance.</summary>
    public static byte[] LockstepSidebar(Person person)
    {
        const double side = 30, main = 190, mainRight = 565, pitch = 13;
        var left = new List<(string Text, double Size, bool Bold)>
        {
            ("PROFILE", 11, true), ("Backend engineer who likes", 9, false), ("quiet systems, clear docs", 9, false),
            ("and writing about both.", 9, false), ("", 0, false),
            ("CONTACT", 11, true), (person.Email, 9, false), (person.Phone, 9, false), ($"{person.City}, {person.Region}", 9, false),
            ("", 0, false), ("SKILLS", 11, true),
        };
        left.AddRange(person.Skills.SelectMany(g => g.Keywords).Take(4).Select(k => (k, 9.0, false)));
        var right = new List<(string Text, double Size, bool Bold, string? Dates)> { ("EXPERIENCE", 11, true, null) };
        foreach (var job in person.Jobs)
        {
            right.Add((job.Position, 10, true, DateStyle.ShortMonth.Range(job.Start, job.End)));
            right.Add((job.Company, 10, false, null));
            right.AddRange(job.Highlights.Select(h => ("• " + h, 10.0, false, (string?)null)));
            right.Add(("", 0, false, null));
        }
        right.Add(("EDUCATION", 11, true, null));
        foreach (var school in person.Schools)
        {
            right.Add((school.Institution, 10, true, DateStyle.ShortMonth.Range(school.Start, school.End)));
            right.Add(($"{school.Degree}, {school.Area}", 10, false, null));
        }
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 45))
        {
            c.Draw(person.Name, side, 22, bold: true);
            c.Advance(22);
            c.Draw(person.Label, side, 11);
            c.Advance(30);
            var top = c.Y;
            for (var i = 0; i < left.Count; i++)
            {
                if (left[i].Text.Length > 0)
                {
                    c.Draw(left[i].Text, side, left[i].Size, left[i].Bold, top + i * pitch);
                }
            }
            for (var i = 0; i < right.Count; i++)
            {
                if (right[i].Text.Length > 0)
                {
                    c.Draw(right[i].Text, main, right[i].Size, right[i].Bold, top + i * pitch);
                }
                if (right[i].Dates is { } dates)
                {
                    c.DrawRight(dates, mainRight, 9, y: top + i * pitch);
                }
            }
        }
        return Save(document);
    }

    /// <summary>The contact set across the page under the name; below it a sidebar of short lines under headings of its
    /// own (education, skills, languages) beside a main column with its own headings, both at one line pitch so most of
    /// the sidebar's rows share a baseline with a main-column row. The sidebar holds no address and no wrapped sentence.</summary>
    public static byte[] SectionedLockstepSidebar(Person person)
    {
        const double side = 30, main = 210, pitch = 12;
        var left = new List<(string Text, double Size, bool Bold)> { ("EDUCATION", 12, false) };
        foreach (var school in person.Schools.Take(2))
        {
            left.Add((school.Institution, 10, true));
            left.Add(($"{school.Degree}, {school.Area}", 9, false));
            left.Add((DateStyle.ShortMonth.Range(school.Start, school.End), 9, false));
        }
        left.Add(("SKILLS", 12, false));
        left.AddRange(person.Skills.Select(g => (string.Join(" \u2022 ", g.Keywords.Take(3)), 9.0, false)));
        left.Add(("LANGUAGES", 12, false));
        left.Add(("English, Swedish", 9, false));
        var right = new List<(string Text, double Size, bool Bold)> { ("SUMMARY", 12, false), (person.Label + ".", 10, false), ("EXPERIENCE", 12, false) };
        foreach (var job in person.Jobs)
        {
            right.Add(($"{job.Company} | {job.Position}", 11, true));
            right.Add((DateStyle.ShortMonth.Range(job.Start, job.End), 9, false));
            right.AddRange(job.Highlights.Select(h => ("\u2022 " + h, 10.0, false)));
        }
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 45))
        {
            c.Draw(person.Name, side, 26);
            c.Advance(30);
            c.Draw($"{person.Email} | {person.Phone} | {person.City}, {person.Region}", side, 9);
            c.Advance(30);
            var top = c.Y;
            for (var i = 0; i < left.Count; i++)
            {
                c.Draw(left[i].Text, side, left[i].Size, left[i].Bold, top + i * pitch);
            }
            for (var i = 0; i < right.Count; i++)
            {
                c.Draw(right[i].Text, main, right[i].Size, right[i].Bold, top + i * pitch);
            }
        }
        return Save(document);
    }

    /// <summary>Entries as two rows of two cells: the title with the town set flush right over the employer with its dates
    /// set flush right ("Title ‖ Town" over "Employer ‖ Mar 2021 – Present"), the town one word no place list knows.</summary>
    public static byte[] TitleAndTownOverEmployerAndDates(Person person, string town)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 24, bold: true);
            c.Advance(22);
            c.Draw($"{person.Phone} | {person.Email} | {town}", Left, 9);
            c.Advance(30);
            c.Draw("Experience", Left, 14, bold: true);
            c.Advance(22);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, Left, 11, bold: true);
                c.DrawRight(town, Right, 10);
                c.Advance(14);
                c.Draw(job.Company, Left, 10);
                c.DrawRight(DateStyle.ShortMonth.Range(job.Start, job.End), Right, 10);
                c.Advance(16);
                foreach (var item in job.Highlights)
                {
                    c.Draw("\u2022 " + item, Left + 12, 10);
                    c.Advance(14);
                }
                c.Advance(6);
            }
            c.Advance(10);
            c.Draw("Education", Left, 14, bold: true);
            c.Advance(22);
            foreach (var school in person.Schools)
            {
                c.Draw($"{school.Degree} in {school.Area}", Left, 11, bold: true);
                c.Advance(14);
                c.Draw(school.Institution, Left, 10);
                c.DrawRight(DateStyle.ShortMonth.Range(school.Start, school.End), Right, 10);
                c.Advance(20);
            }
        }
        return Save(document);
    }

    /// <summary>A main column beside a sidebar whose entries open with a narrow dates cell, its range wrapped over the
    /// entry's first two rows beside the title and the employer: after the dash ("Apr 2024 –" / "Present") or before the
    /// end's year ("Feb 2021 – Feb" / "2025").</summary>
    public static byte[] WrappedDatesCell(Person person)
    {
        const double side = 30, when = 190, what = 270, mainRight = 565;
        var style = DateStyle.ShortMonth;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var y = c.Y;
            string[] sidebar = ["CONTACT", person.Email, person.Phone, $"{person.City}, {person.Region}", "", "SKILLS",
                .. person.Skills.SelectMany(g => g.Keywords).Take(6)];
            foreach (var text in sidebar)
            {
                c.Draw(text, side, text == text.ToUpperInvariant() && text.Any(char.IsLetter) ? 11 : 9, y: y);
                y += 14;
            }
            c.Draw(person.Name, when, 20, bold: true);
            c.Advance(24);
            void Entry(int index, string title, string org, DateOnly start, DateOnly? end)
            {
                var range = style.Range(start, end);
                var cut = index % 2 == 0 ? range.IndexOf(style.Separator, StringComparison.Ordinal) + style.Separator.TrimEnd().Length : range.LastIndexOf(' ');
                c.Draw(range[..cut].Trim(), when, 8.5);
                c.Draw(title, what, 10, bold: true);
                c.Advance(12);
                c.Draw(range[cut..].Trim(), when, 8.5);
                c.Draw(org, what, 10);
                c.Advance(14);
            }
            c.Draw("EXPERIENCE", when, 12, bold: true);
            c.Advance(18);
            for (var i = 0; i < person.Jobs.Count; i++)
            {
                var job = person.Jobs[i];
                Entry(i, job.Position, job.Company, job.Start, job.End);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, what + 10, mainRight - what - 10, 10, bullet: "•");
                }
                c.Advance(6);
            }
            c.Draw("EDUCATION", when, 12, bold: true);
            c.Advance(18);
            for (var i = 0; i < person.Schools.Count; i++)
            {
                var school = person.Schools[i];
                Entry(i, $"{school.Degree}, {school.Area}", school.Institution, school.Start, school.End);
            }
        }
        return Save(document);
    }

    /// <summary>A short one-column resume: employer and school on the left, their dates flush right, the title line with
    /// its place flush right too, so the right edge holds as many places as dates.</summary>
    public static byte[] FlushRightShort(Person person)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw($"{person.Email} | {person.Phone}", Left, 9);
            c.Advance(26);
            c.Draw("EXPERIENCE", Left, 11, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Left, 10, bold: true);
                c.DrawRight(DateStyle.ShortMonth.Range(job.Start, job.End), Right, 10);
                c.Advance(13);
                c.Draw(job.Position, Left, 10);
                c.DrawRight(job.Location ?? person.City, Right, 10);
                c.Advance(13);
                c.Draw("• " + job.Highlights[0][..Math.Min(40, job.Highlights[0].Length)].TrimEnd(), Left + 8, 10);
                c.Advance(18);
            }
            c.Draw("EDUCATION", Left, 11, bold: true);
            c.Advance(16);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10, bold: true);
                c.DrawRight(DateStyle.ShortMonth.Range(school.Start, school.End), Right, 10);
                c.Advance(13);
                c.Draw($"{school.Degree}, {school.Area}", Left, 10);
                c.DrawRight(person.City, Right, 10);
                c.Advance(18);
            }
        }
        return Save(document);
    }

    /// <summary>moderncv's look with long month names: each job's date range wraps over three lines of the narrow left
    /// margin ("March 2021" / "— February" / "2023") beside the title line and the first bullets.</summary>
    public static byte[] WrappedMarginDates(Person person)
    {
        const double marginRight = 120, main = 135;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw(person.Name, main, 24);
            c.Advance(40);
            c.Draw("Experience", main, 14);
            c.Advance(22);
            foreach (var job in person.Jobs)
            {
                var start = job.Start.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
                var end = job.End?.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "Present";
                var endParts = end.Split(' ');
                string[] margin = endParts.Length == 2 ? [start, "— " + endParts[0], endParts[1]] : [start, "— " + end];
                var y = c.Y;
                for (var k = 0; k < margin.Length; k++)
                {
                    c.DrawRight(margin[k], marginRight, 9, y: y + k * 12);
                }
                c.Draw($"{job.Position}, {job.Company}", main, 10);
                c.Advance(12);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, main + 10, Right - main - 10, 9, bullet: "•", leading: 12);
                }
                c.Y = Math.Max(c.Y, y + margin.Length * 12) + 8;
            }
            // Education on a page of its own: each range wraps once beside a one-line entry, so half the margin's
            // lines sit under no main line.
            c.NewPage();
            c.Draw("Education", main, 14);
            c.Advance(22);
            foreach (var school in person.Schools)
            {
                c.DrawRight(school.Start.ToString("MMM. yyyy", System.Globalization.CultureInfo.InvariantCulture) + " —", marginRight, 9);
                c.DrawRight(school.End.ToString("MMM. yyyy", System.Globalization.CultureInfo.InvariantCulture), marginRight, 9, y: c.Y + 12);
                c.Draw($"{school.Degree}, {school.Area}, {school.Institution}", main, 10);
                c.Advance(30);
            }
        }
        return Save(document);
    }

    /// <summary>A large name on the left with small contact lines set flush right on baselines between its two lines;
    /// the profiles are the networks' names only, each a link to the profile.</summary>
    public static byte[] NameBesideLinkedContact(Person person)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 70))
        {
            var parts = person.Name.Split(' ', 2);
            c.Draw(parts[0], Left, 34, y: 80);
            c.Draw(parts[1], Left, 34, y: 112);
            string[] contact = [person.City, person.Phone, person.Email, "LinkedIn · GitHub"];
            for (var k = 0; k < contact.Length; k++)
            {
                c.DrawRight(contact[k], Right, 9, y: 84 + k * 12);
            }
            // Links over the two network names of the last line (PDF space counts from the bottom of the page).
            var lineY = 84 + 3 * 12;
            var gitHubWidth = c.Width("GitHub", 9);
            var separatorWidth = c.Width(" · ", 9);
            var linkedInWidth = c.Width("LinkedIn", 9);
            var height = c.Page.Height.Point;
            var gitHubLeft = Right - gitHubWidth;
            var linkedInLeft = gitHubLeft - separatorWidth - linkedInWidth;
            c.Page.AddWebLink(new PdfRectangle(new XPoint(gitHubLeft, height - lineY - 2), new XPoint(Right, height - lineY + 9)),
                $"https://github.com/{person.GitHub}");
            c.Page.AddWebLink(new PdfRectangle(new XPoint(linkedInLeft, height - lineY - 2), new XPoint(linkedInLeft + linkedInWidth, height - lineY + 9)),
                $"https://www.linkedin.com/in/{person.LinkedIn}");
            c.Y = 170;
            c.Draw("EXPERIENCE", Left, 12, bold: true);
            c.Advance(18);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Position}, {job.Company}", Left, 10, bold: true);
                c.DrawRight(DateStyle.ShortMonth.Range(job.Start, job.End), Right, 10);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 12, Right - Left - 12, 10, bullet: "•");
                }
                c.Advance(6);
            }
        }
        return Save(document);
    }

    /// <summary>Section headings and the titles of the items under them share a type (bold, one size); only the indent
    /// tells them apart, as in a theme printed without its stylesheet.</summary>
    public static byte[] IndentedItemTitles(Person person)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw(person.Email, Left, 9);
            c.Advance(26);
            void Heading(string text)
            {
                c.Draw(text, Left, 12, bold: true);
                c.Advance(20);
            }
            Heading("Work Experience");
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Position}, {job.Company}", Left + 30, 12, bold: true);
                c.Advance(16);
                c.Draw(DateStyle.ShortMonth.Range(job.Start, job.End), Left + 30, 9);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 40, Right - Left - 40, 10, bullet: "•");
                }
                c.Advance(8);
            }
            Heading("Certificates");
            foreach (var certificate in person.Certificates)
            {
                c.Draw(certificate.Name, Left + 30, 12, bold: true);
                c.Advance(16);
                c.Draw(certificate.Issuer, Left + 30, 10);
                c.Advance(18);
            }
            Heading("Interests");
            foreach (var interest in new[] { "Trail running", "Board games", "Woodworking" })
            {
                c.Draw(interest, Left + 30, 12, bold: true);
                c.Advance(20);
            }
        }
        return Save(document);
    }

    private static byte[] Save(PdfDocument document)
    {
        return document.ToBytes();
    }
}
