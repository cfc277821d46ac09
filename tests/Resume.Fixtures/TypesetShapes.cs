using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Resumes with one trait each of how typesetters and layout tools place text: TeX's justified narrow lines and wider
/// space after a full stop (words placed on their own, no space glyphs), columns a few points apart, a short last page,
/// a header set as two blocks side by side, a mail link whose printed address wrapped.
/// </summary>
public static class TypesetShapes
{
    private const double Left = 50;
    private const double Right = 545;

    /// <summary>As TeX sets it: no space is drawn, words are placed with gaps; the highlights are justified in a narrow
    /// box (every word gap stretched to about an em), and a word ending in a full stop (an abbreviated month or title) is
    /// followed by TeX's wider space after a full stop ("Mar.  2021", "Sr.  Engineer").</summary>
    public static byte[] TexJustified(Person person)
    {
        const double size = 10;
        const double box = 230;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Words(c, person.Name, Left, 20, 0.3);
            c.Advance(22);
            Words(c, $"{person.Email} {person.Phone}", Left, 9, 0.3);
            c.Advance(24);
            Words(c, "EXPERIENCE", Left, 11, 0.3, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                Words(c, job.Company, Left, size, 0.3, bold: true);
                var range = TexRange(job.Start, job.End);
                Words(c, range, Right - WordsWidth(c, range, size, 0.3, stop: 0.9), size, 0.3, stop: 0.9);
                c.Advance(13);
                Words(c, job.Position, Left, size, 0.3, stop: 0.9);
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    Words(c, "•", Left, size, 0.3);
                    var lineNumber = 0;
                    foreach (var line in Justify(c, highlight, box, size, Stretch))
                    {
                        // Word gaps stretched alike within a line, each line by its own amount: about an em.
                        Words(c, line.Text, Left + 12, size, line.Last ? 0.3 : Stretch + 0.04 * (lineNumber++ % 3));
                        c.Advance(13);
                    }
                }
                c.Advance(6);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>As some HTML-to-PDF producers set a justified description: the page draws its spaces as glyphs, but each
    /// word of a stretched line is placed on its own with no space between, every gap of the line a little over half an
    /// em; the paragraph's last line is set with spaces. Each entry is a bold title over the employer and its dates.</summary>
    public static byte[] PlacedWordParagraphs(Person person, DateStyle dates)
    {
        const double size = 9;
        const double box = 300;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw($"{person.Email} | {person.Phone} | {person.City}", Left, 9);
            c.Advance(24);
            c.Draw("PROFESSIONAL EXPERIENCE", Left, 13, bold: true);
            c.Advance(18);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, Left, 11, bold: true);
                c.Advance(14);
                c.Draw($"{job.Company}   {dates.Range(job.Start, job.End)}", Left, size);
                c.Advance(13);
                var lineNumber = 0;
                foreach (var line in Justify(c, string.Join(" ", job.Highlights.Select(h => h.TrimEnd('.') + ".")), box, size, 0.55))
                {
                    // Each line stretched by its own amount, all its gaps alike.
                    if (line.Last)
                    {
                        c.Draw(line.Text, Left, size);
                    }
                    else
                    {
                        Words(c, line.Text, Left, size, 0.5 + 0.04 * (lineNumber++ % 3));
                    }
                    c.Advance(12);
                }
                c.Advance(6);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>As TeX sets an entry in a narrow box: "Title, Employer, Town." as one justified paragraph (its first
    /// line's word gaps stretched to about an em), the dates in a column close beside the box.</summary>
    public static byte[] TexEntryLines(Person person, DateStyle dates)
    {
        const double size = 10;
        const double box = 200;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Words(c, person.Name, Left, 20, 0.3);
            c.Advance(22);
            Words(c, $"{person.Email} {person.Phone}", Left, 9, 0.3);
            c.Advance(24);
            Words(c, "EXPERIENCE", Left, 11, 0.3, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                Words(c, dates.Range(job.Start, job.End), Left + box + 10, size, 0.3);
                var lineNumber = 0;
                foreach (var line in Justify(c, $"{job.Position}, {job.Company}, {job.Location ?? person.City}.", box, size, Stretch))
                {
                    Words(c, line.Text, Left, size, line.Last ? 0.3 : Stretch + 0.04 * (lineNumber++ % 3));
                    c.Advance(13);
                }
                foreach (var highlight in job.Highlights)
                {
                    Words(c, "•", Left, size, 0.3);
                    foreach (var line in Justify(c, highlight, 420, size, 0.3))
                    {
                        Words(c, line.Text, Left + 12, size, 0.3);
                        c.Advance(13);
                    }
                }
                c.Advance(6);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A sidebar (contact, skills, languages) and a main column set a few points apart, as paracol does; with
    /// <paramref name="closing"/> a closing line runs across both columns at the foot of the page.</summary>
    /// <param name="overfullLink">A link drawn under the e-mail in the sidebar, unbroken, running across the gutter to the main
    /// column's edge (as TeX lets an unbreakable URL overrun its box).</param>
    public static byte[] TightColumns(Person person, DateStyle dates, double gutter, string? closing = null, string? overfullLink = null)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var sidebar = SidebarLines(person);
            var sidebarRight = Left + sidebar.Max(l => c.Width(l.Text, 9, l.Bold));
            var main = sidebarRight + gutter;
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(30);
            var top = c.Y;
            foreach (var (text, bold, gap) in sidebar)
            {
                c.Draw(text, Left, 9, bold);
                c.Advance(gap);
                if (overfullLink is not null && text == person.Email)
                {
                    c.Draw(overfullLink, Left, 9 * (main - 0.5 - Left) / c.Width(overfullLink, 9, false));
                    c.Advance(13);
                }
            }
            var sidebarBottom = c.Y;
            c.Y = top;
            MainColumn(c, person, dates, main, person.Jobs, person.Schools);
            if (closing is not null)
            {
                c.Y = Math.Max(c.Y, sidebarBottom) + 16;
                c.Draw(closing, Left, 9);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A main column at the left with headings in large type (bold or not), a sidebar at the right whose
    /// headings (more of them) are small bold capitals.</summary>
    public static byte[] RightSidebar(Person person, DateStyle dates, bool boldMainHeadings = true)
    {
        const double sidebar = 395, mainRight = 375;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(30);
            var top = c.Y;
            void Heading(string text)
            {
                c.Draw(text, sidebar, 9, bold: true);
                c.Advance(13);
            }
            Heading("CONTACT");
            foreach (var line in new[] { person.Email, person.Phone, $"{person.City}, {person.Region}" })
            {
                c.Draw(line, sidebar, 9);
                c.Advance(12);
            }
            c.Advance(8);
            Heading("SKILLS");
            foreach (var keyword in person.Skills.SelectMany(g => g.Keywords))
            {
                c.Draw(keyword, sidebar, 9);
                c.Advance(12);
            }
            c.Advance(8);
            Heading("LANGUAGES");
            foreach (var (language, fluency) in person.Languages)
            {
                c.Draw($"{language} ({fluency})", sidebar, 9);
                c.Advance(12);
            }
            c.Advance(8);
            Heading("CERTIFICATES");
            foreach (var certificate in person.Certificates)
            {
                c.Paragraph(certificate.Name, sidebar, Right - sidebar, 9, leading: 12);
            }
            c.Y = top;
            void MainHeading(string text)
            {
                c.Draw(text, Left, 13, bold: boldMainHeadings);
                c.Advance(18);
            }
            MainHeading("Experience");
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Position}, {job.Company}", Left, 10, bold: true);
                c.Advance(13);
                c.Draw(dates.Range(job.Start, job.End), Left, 10);
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 10, mainRight - Left - 10, 10, bullet: "•");
                }
                c.Advance(6);
            }
            MainHeading("Education");
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10, bold: true);
                c.Advance(13);
                c.Draw($"{school.Degree} in {school.Area}, {dates.Range(school.Start, school.End)}", Left, 10);
                c.Advance(16);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>Highlights behind a bullet from a symbol font that extracts as another mark ("{"), wrapped lines hung
    /// under the text.</summary>
    public static byte[] MisreadBullets(Person person, DateStyle dates, string mark)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw(string.Join(" · ", person.Email, person.Phone), Left, 9);
            c.Advance(24);
            c.Draw("EXPERIENCE", Left, 11, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Position}, {job.Company}", Left, 10, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 10);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Draw(mark, Left, 10);
                    c.Paragraph(highlight, Left + 8, 300, 10);
                }
                c.Advance(6);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A resume whose name is not in the text (its glyphs drawn as shapes, or a font without a text map): the
    /// first text line is the place under it.</summary>
    public static byte[] NameNotExtracted(Person person, DateStyle dates, string place)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(place, Left, 12);
            c.Advance(16);
            c.Draw(string.Join(" · ", person.Email, person.Phone), Left, 9);
            c.Advance(24);
            MainColumn(c, person, dates, Left, person.Jobs, person.Schools);
        }
        return PdfResume.Save(document);
    }

    /// <summary>Two columns over two pages, the second holding only the last few lines of each column: too few to show
    /// columns of their own.</summary>
    public static byte[] ShortLastPage(Person person, DateStyle dates)
    {
        const double main = 200;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var top = c.Y;
            foreach (var (text, bold, gap) in SidebarLines(person).Where(l => l.Text != "LANGUAGES" && !person.Languages.Any(p => l.Text.StartsWith(p.Language, StringComparison.Ordinal))))
            {
                c.Draw(text, Left, 9, bold);
                c.Advance(gap);
            }
            c.Y = top;
            c.Draw(person.Name, main, 20, bold: true);
            c.Advance(20);
            c.Draw(person.Label, main, 11);
            c.Advance(22);
            MainColumn(c, person, dates, main, person.Jobs, []);
            c.NewPage();
            top = c.Y;
            c.Draw("LANGUAGES", Left, 9, bold: true);
            c.Advance(13);
            foreach (var (language, fluency) in person.Languages)
            {
                c.Draw($"{language} ({fluency})", Left, 9);
                c.Advance(12);
            }
            c.Y = top;
            var school = person.Schools[0];
            c.Draw("EDUCATION", main, 11, bold: true);
            c.Advance(16);
            c.Draw(school.Institution, main, 10, bold: true);
            c.Advance(13);
            c.Draw($"{school.Degree} in {school.Area}, {dates.Range(school.Start, school.End)}", main, 10);
        }
        return PdfResume.Save(document);
    }

    /// <summary>The name and title at the left of the header, a narrow block of contact lines beside them at the right
    /// whose address wrapped over two lines.</summary>
    public static byte[] SideBySideHeader(Person person, DateStyle dates, params string[] block)
    {
        const double blockLeft = 420;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var top = c.Y;
            c.Draw(person.Name, Left, 20, bold: true);
            c.Draw(person.Label, Left, 12, y: top + 16);
            c.Y = top - 6;
            foreach (var line in block)
            {
                c.Draw(line, blockLeft, 9);
                c.Advance(12);
            }
            c.Advance(20);
            MainColumn(c, person, dates, Left, person.Jobs, person.Schools);
        }
        return PdfResume.Save(document);
    }

    /// <summary>The name and title across the top, then a short block of contact lines at the left (a city over its
    /// region, a phone, an address, a site) beside the first rows of the main column, which runs on alone below it:
    /// too short to be found as a column, and on its own line spacing.</summary>
    public static byte[] ContactBlockBesideMain(Person person, DateStyle dates)
    {
        const double main = 175;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 26);
            c.Advance(30);
            c.Draw(person.Label, Left, 14);
            c.Advance(34);
            var top = c.Y;
            string[] block = [person.City, person.Region, person.Phone, person.Email, person.Website ?? "example.org"];
            for (var k = 0; k < block.Length; k++)
            {
                c.Draw(block[k], Left, 9, y: top + 12 * k);
            }
            c.Draw("SUMMARY", main, 12, bold: true);
            c.Advance(20);
            c.Paragraph(person.Summary, main, Right - main, 10.5, leading: 14);
            c.Y = Math.Max(c.Y, top + 12 * block.Length) + 12;
            MainColumn(c, person, dates, main, person.Jobs, person.Schools);
        }
        return PdfResume.Save(document);
    }

    /// <summary>The name and title across the top, then a short block at the left of the person's town, its region, an
    /// e-mail address and a bare handle (no phone), beside the first rows of the main column: the address is too long for
    /// the block and runs on up to the main column's edge, as TeX sets an unbreakable word.</summary>
    public static byte[] TownBlockWithOverfullAddress(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var main = Left + c.Width(person.Email, 9) + 0.8;
            c.Draw(person.Name, Left, 26);
            c.Advance(30);
            c.Draw(person.Label, Left, 14);
            c.Advance(34);
            var top = c.Y;
            string[] block = [person.City, person.Region, person.Email, person.GitHub ?? "handle"];
            for (var k = 0; k < block.Length; k++)
            {
                c.Draw(block[k], Left, 9, y: top + 12 * k);
            }
            MainColumn(c, person, dates, main, person.Jobs, person.Schools);
        }
        return PdfResume.Save(document);
    }

    /// <summary>A narrow contact column set flush right at the left of the name and title (the person's town over its
    /// region's code, a phone, an e-mail address hyphenated where the column broke it, its first half on the title's
    /// line), then the main column under the name.</summary>
    public static byte[] NarrowContactBesideName(Person person, DateStyle dates, int emailBreak)
    {
        const double edge = 155, main = 175;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var top = 80.0;
            c.Draw(person.Name, main, 28);
            c.DrawRight(person.City, edge, 10, y: top);
            c.DrawRight(person.Region, edge, 10, y: top + 12);
            c.DrawRight(person.Phone, edge, 10, y: top + 24);
            c.DrawRight(person.Email[..emailBreak] + "-", edge, 10, y: top + 40);
            c.Draw(person.Label, main, 16, y: top + 40);
            c.DrawRight(person.Email[emailBreak..], edge, 10, y: top + 52);
            c.Y = top + 90;
            MainColumn(c, person, dates, main, person.Jobs, person.Schools);
        }
        return PdfResume.Save(document);
    }

    /// <summary>A one-column resume ending in its certificates, over a template's footer row at the page bottom: the
    /// date it was printed and a copyright notice with the template's address.</summary>
    public static byte[] CopyrightFooter(Person person, DateStyle dates, string notice)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(24);
            c.Draw(string.Join(" · ", person.Email, person.Phone, $"{person.City}, {person.Region}"), Left, 9);
            c.Advance(24);
            MainColumn(c, person, dates, Left, person.Jobs, person.Schools);
            c.Advance(6);
            c.Draw("CERTIFICATES", Left, 11, bold: true);
            c.Advance(16);
            foreach (var certificate in person.Certificates)
            {
                c.Draw($"{certificate.Name}, {certificate.Issuer}", Left, 10);
                c.DrawRight(dates.One(certificate.Date), Right, 9);
                c.Advance(14);
            }
            c.Draw("December 4, 2026", Left - 20, 8, y: 800);
            c.Draw(notice, 220, 8, y: 800);
        }
        return PdfResume.Save(document);
    }

    /// <summary>A CV class's margin set flush right beside the main column: each entry's dates, and in the skills
    /// section each group's label, one of them "Certifications" beside a short list; the certificates follow under a
    /// heading of their own.</summary>
    public static byte[] MarginSkillGroupLabels(Person person, DateStyle dates, IReadOnlyList<string> certificationGroup)
    {
        const double marginRight = 130, main = 140;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Row(string label, string text)
            {
                c.DrawRight(label, marginRight, 10);
                c.Paragraph(text, main, Right - main, 10.5, leading: 14);
                c.Advance(3);
            }
            void Heading(string title)
            {
                c.Advance(8);
                c.Draw(title, main, 14);
                c.Advance(20);
            }
            c.Draw(person.Name, main, 24);
            c.Advance(28);
            c.Draw(string.Join(" · ", person.Email, person.Phone), main, 9);
            c.Advance(16);
            Heading("Experience");
            foreach (var job in person.Jobs)
            {
                Row(dates.Range(job.Start, job.End), $"{job.Position}, {job.Company}");
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, main + 10, Right - main - 10, 10, bullet: "•");
                }
            }
            Heading("Education");
            foreach (var school in person.Schools)
            {
                Row(dates.Range(school.Start, school.End), $"{school.Degree}, {school.Area}, {school.Institution}");
            }
            Heading("Skills");
            foreach (var group in person.Skills)
            {
                Row(group.Name, string.Join(", ", group.Keywords));
            }
            Row("Certifications", string.Join(", ", certificationGroup));
            Heading("Certificates");
            foreach (var certificate in person.Certificates)
            {
                Row(dates.One(certificate.Date), $"{certificate.Name}, {certificate.Issuer}");
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>Entries as rows of a grid: dates, then narrow cells (title and employer; degree, field and school), each
    /// cell's text wrapping inside its own column, the items under the row.</summary>
    public static byte[] GridRows(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Row(string range, params (string Text, double X, double Width)[] cells)
            {
                var top = c.Y;
                var bottom = top;
                c.Draw(range, Left, 9);
                foreach (var (text, x, width) in cells)
                {
                    c.Y = top;
                    c.Paragraph(text, x, width, 9, leading: 12);
                    bottom = Math.Max(bottom, c.Y);
                }
                c.Y = Math.Max(bottom, top + 12) + 4;
            }
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(26);
            c.Draw(string.Join(" | ", person.Email, person.Phone), Left, 9);
            c.Advance(24);
            c.Draw("Experience", Left, 11, bold: true);
            c.Advance(16);
            foreach (var job in person.Jobs)
            {
                Row(dates.Range(job.Start, job.End), (job.Position, Left + 100, 60), (job.Company, Left + 170, 200));
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Left + 110, Right - Left - 110, 9, bullet: "•", leading: 12);
                }
                c.Advance(6);
            }
            c.Draw("Education", Left, 11, bold: true);
            c.Advance(16);
            foreach (var school in person.Schools)
            {
                Row(dates.Range(school.Start, school.End), (school.Degree, Left + 100, 60), (school.Area, Left + 170, 60), (school.Institution, Left + 240, 200));
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A designed template's entry: employer and title at the left, the dates flush right beside them in a
    /// narrow column (the range wrapped after its dash), and under the dates the place in smaller type, wrapped after its
    /// comma, on baselines of its own between the first items (when the job has a place); schools with their ranges
    /// flush right on one line.</summary>
    public static byte[] PlaceUnderRightDates(Person person)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 22, bold: true);
            c.Advance(26);
            c.Draw(string.Join(" • ", person.Email, person.Phone), Left, 9);
            c.Advance(24);
            c.Draw("EXPERIENCE", Left, 10.5, bold: true);
            c.Advance(18);
            foreach (var job in person.Jobs)
            {
                var start = job.Start.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + " –";
                var end = job.End?.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "Present";
                c.Draw(job.Company, Left, 10, bold: true);
                c.DrawRight(start, Right, 10);
                c.Advance(12);
                c.Draw(job.Position, Left, 10);
                c.DrawRight(end, Right, 10);
                c.Advance(12);
                var place = job.Location ?? "";
                var comma = place.IndexOf(',', StringComparison.Ordinal);
                string[] pieces = comma > 0 ? [place[..(comma + 1)], place[(comma + 1)..].Trim()] : place.Length > 0 ? [place] : [];
                for (var k = 0; k < pieces.Length; k++)
                {
                    c.DrawRight(pieces[k], Right, 9, y: c.Y + k * 11);
                }
                c.Advance(4);
                foreach (var highlight in job.Highlights)
                {
                    c.Draw(highlight, Left + 12, 10);
                    c.Advance(13.5);
                }
                c.Advance(10);
            }
            c.Draw("EDUCATION", Left, 10.5, bold: true);
            c.Advance(18);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10, bold: true);
                c.DrawRight(DateStyle.ShortMonth.Range(school.Start, school.End), Right, 10);
                c.Advance(12);
                c.Draw($"{school.Degree} in {school.Area}", Left, 10);
                c.Advance(20);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A CV class's narrow margin set flush right, skill-group labels and dates: each range wraps after its dash
    /// ("Mar 2021 –" / "Present"), the end beside the entry's first item, a one-line education entry's end under its
    /// title; the contact details run across margin and main column in the footer.</summary>
    public static byte[] DatesWrappedAfterDash(Person person)
    {
        const double marginRight = 110, main = 125;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Dates(DateOnly start, DateOnly? end)
            {
                c.DrawRight(Month(start) + " –", marginRight, 10);
                c.DrawRight(end is { } e ? Month(e) : "Present", marginRight, 10, y: c.Y + 13);
            }
            void Heading(string title)
            {
                c.Advance(8);
                c.Draw(title, main, 14);
                c.Advance(20);
            }
            c.Draw(person.Name, main, 24);
            c.Advance(30);
            Heading("Skills");
            foreach (var group in person.Skills)
            {
                c.DrawRight(group.Name, marginRight, 10);
                c.Draw(string.Join(", ", group.Keywords), main, 10.5);
                c.Advance(15);
            }
            Heading("Experience");
            foreach (var job in person.Jobs)
            {
                Dates(job.Start, job.End);
                c.Draw($"{job.Position}, {job.Company}", main, 10.5);
                c.Advance(13);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, main + 10, Right - main - 10, 10, bullet: "◦", leading: 12);
                }
                c.Advance(6);
            }
            Heading("Education");
            foreach (var school in person.Schools)
            {
                Dates(school.Start, school.End);
                c.Draw($"{school.Degree} in {school.Area}, {school.Institution}", main, 10.5);
                c.Advance(32);
            }
            // The contact lines in the footer, the second across margin and main column alike.
            c.Draw($"{person.City} – {person.Region}", 250, 10, y: 766);
            c.Draw(string.Join(" • ", person.Phone, person.Email), Left + 20, 10, y: 780);
        }
        return PdfResume.Save(document);

        static string Month(DateOnly date) => date.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Entries laid out as a table: a cell of title and employer, a narrow column of dates set close beside
    /// it; the employer wrapped under the cell.</summary>
    public static byte[] WrappedCellBeforeDates(Person person, DateStyle dates, string cell, string rest)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw(string.Join(" | ", person.Email, person.Phone), Left, 9);
            c.Advance(24);
            c.Draw("EXPERIENCE", Left, 11, bold: true);
            c.Advance(16);
            var job = person.Jobs[0];
            var datesLeft = Left + c.Width(cell, 10) + 14;
            c.Draw(cell, Left, 10);
            c.Draw(dates.Range(job.Start, job.End), datesLeft, 10);
            c.Advance(13);
            c.Draw(rest, Left, 10);
            c.Advance(13);
            foreach (var highlight in job.Highlights)
            {
                c.Paragraph(highlight, Left, Right - Left, 10, bullet: "•");
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A Word header whose mail address is a link and whose printed address wrapped at its dot, the line
    /// break inside the link ("mateus." / "kowalczyk@…").</summary>
    public static byte[] WrappedMailLink(string name, string email, int wrapAt) => DocxResume.Compose((body, main) =>
    {
        body.Append(DocxResume.Styled(name, "Title"));
        var relationship = main.AddHyperlinkRelationship(new Uri("mailto:" + email), true);
        var run = new Run(new Text(email[..wrapAt]) { Space = SpaceProcessingModeValues.Preserve }, new Break(),
            new Text(email[wrapAt..]) { Space = SpaceProcessingModeValues.Preserve });
        body.Append(new Paragraph(new Hyperlink(run) { Id = relationship.Id }));
        body.Append(DocxResume.Styled("Skills", "Heading1"));
        body.Append(DocxResume.Plain("Go, Kotlin, PostgreSQL"));
    });

    private static List<(string Text, bool Bold, double Gap)> SidebarLines(Person person)
    {
        var lines = new List<(string, bool, double)> { ("CONTACT", true, 13), (person.Email, false, 12), (person.Phone, false, 12), ($"{person.City}, {person.Region}", false, 12) };
        lines.AddRange(new[] { person.Website, person.GitHub is { } g ? "github.com/" + g : null, person.LinkedIn is { } l ? "linkedin.com/in/" + l : null }
            .OfType<string>().Select(p => (p, false, 12.0)));
        lines[^1] = (lines[^1].Item1, false, 20);
        lines.Add(("SKILLS", true, 13));
        lines.AddRange(person.Skills.SelectMany(g => g.Keywords).Select(k => (k, false, 12.0)));
        lines.Add(("LANGUAGES", true, 13));
        lines.AddRange(person.Languages.Select(l => ($"{l.Language} ({l.Fluency})", false, 12.0)));
        return lines;
    }

    private static void MainColumn(PdfCanvas c, Person person, DateStyle dates, double x, IEnumerable<Job> jobs, IEnumerable<School> schools)
    {
        var width = Right - x;
        c.Draw("EXPERIENCE", x, 11, bold: true);
        c.Advance(16);
        foreach (var job in jobs)
        {
            c.Draw(job.Company, x, 10, bold: true);
            c.DrawRight(dates.Range(job.Start, job.End), Right, 9);
            c.Advance(13);
            c.Draw(job.Position, x, 10);
            c.Advance(13);
            foreach (var highlight in job.Highlights)
            {
                c.Paragraph(highlight, x, width, 9.5, bullet: "•");
            }
            c.Advance(6);
        }
        if (!schools.Any())
        {
            return;
        }
        c.Advance(6);
        c.Draw("EDUCATION", x, 11, bold: true);
        c.Advance(16);
        foreach (var school in schools)
        {
            c.Draw(school.Institution, x, 10, bold: true);
            c.DrawRight(dates.Range(school.Start, school.End), Right, 9);
            c.Advance(13);
            c.Draw($"{school.Degree} in {school.Area}", x, 10);
            c.Advance(16);
        }
    }

    private static string TexRange(DateOnly start, DateOnly? end) =>
        Month(start) + " – " + (end is { } e ? Month(e) : "Present");

    private static string Month(DateOnly date) => date.ToString("MMM. yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private const double Stretch = 0.85;

    private static IEnumerable<(string Text, bool Last)> Justify(PdfCanvas c, string text, double width, double size, double em)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && WordsWidth(c, candidate, size, em + 0.1) > width)
            {
                yield return (line, false);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        yield return (line, true);
    }

    /// <summary>Draws words one by one with a gap of <paramref name="em"/> ems between them and no space glyph, the gap
    /// after a word ending in a full stop <paramref name="stop"/> ems when given.</summary>
    private static double Words(PdfCanvas c, string text, double x, double size, double em, bool bold = false, double? stop = null)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            x = c.Draw(word, x, size, bold) + (word.EndsWith('.') && stop is { } s ? s : em) * size;
        }
        return x;
    }

    private static double WordsWidth(PdfCanvas c, string text, double size, double em, double? stop = null)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Sum(w => c.Width(w, size)) + words[..^1].Sum(w => (w.EndsWith('.') && stop is { } s ? s : em) * size);
    }

    /// <summary>RenderCV's classic education rows: the degree's first word in bold in a narrow column of its own, the
    /// school and field beside it, the dates at the right. A degree word longer than its column runs on over the start
    /// of the school, as an unbreakable word overruns a fixed cell.</summary>
    public static byte[] OverrunDegreeColumn(Person person, DateStyle dates, double degreeColumn)
    {
        const double size = 10;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 20, bold: true);
            c.Advance(22);
            c.Draw($"{person.Email} | {person.Phone}", Left, 9);
            c.Advance(26);
            MainColumn(c, person, dates, Left, person.Jobs, []);
            c.Advance(10);
            c.Draw("EDUCATION", Left, 11, bold: true);
            c.Advance(16);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Degree.Split(' ')[0], Left, size, bold: true);
                var x = c.Draw(school.Institution, Left + degreeColumn + 8, size, bold: true);
                c.Draw($", {school.Area}", x, size);
                c.DrawRight(dates.Range(school.Start, school.End), Right, size);
                c.Advance(18);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>res.cls's layout: bold capital headings in a narrow left margin beside each section's first line, a heading
    /// too long for the margin wrapped over two or three lines (hyphenated as TeX breaks a capital word); the margin
    /// box's depth pushes the entry's second line below the heading's last line, so a heading's lines fall between the
    /// entry's rows. Each job "Title … dates" over "Company, Place".</summary>
    public static byte[] WrappedMarginHeadings(Person person, DateStyle dates, string[] work, string[] education, string[] certificates)
    {
        const double margin = 50, main = 160, leading = 13.6, size = 10.9;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            // The first content line beside the heading; the next one under the heading's last line.
            void Opening(string[] heading, string text, string? right = null)
            {
                for (var i = 0; i < heading.Length; i++)
                {
                    c.Draw(heading[i], margin, size, bold: true, y: c.Y + i * leading);
                }
                c.Draw(text, main, size);
                if (right is not null)
                {
                    c.DrawRight(right, Right, size);
                }
                c.Advance(heading.Length <= 1 ? leading : leading * heading.Length - 5);
            }
            c.Draw(person.Name.ToUpperInvariant(), 250, 12, bold: true);
            c.Advance(16);
            c.Draw(person.Email, 230, size);
            c.Advance(14);
            c.Draw(person.Phone, 250, size);
            c.Advance(24);
            var first = true;
            foreach (var job in person.Jobs)
            {
                Opening(first ? work : [], job.Position, dates.Range(job.Start, job.End));
                first = false;
                c.Draw($"{job.Company}, {person.City}", main, size);
                c.Advance(leading + 4);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, main + 12, Right - main - 12, size, bullet: "•", leading: leading);
                }
                c.Advance(6);
            }
            c.Advance(8);
            first = true;
            foreach (var school in person.Schools)
            {
                Opening(first ? education : [], $"{school.Degree}, {school.Area}", dates.Range(school.Start, school.End));
                first = false;
                c.Draw(school.Institution, main, size);
                c.Advance(leading + 4);
            }
            c.Advance(8);
            first = true;
            foreach (var certificate in person.Certificates)
            {
                Opening(first ? certificates : [], $"{certificate.Name} — {certificate.Issuer} ({dates.One(certificate.Date)})");
                first = false;
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>
    /// The europasscv class's page: a left column of labels set flush right against the gutter (section names, each
    /// entry's dates, skill groups' names, a long label wrapped over two lines) beside the values, over two pages; the
    /// second page opens with a running header ("Curriculum vitae" and the name), and the contact lines under the name
    /// stand at an x where, far below, the second word of the first job's title happens to start.
    /// </summary>
    public static byte[] LabelColumnOverPages(Person person, DateStyle dates)
    {
        const double gutter = 177, main = 187, size = 9, gap = 0.3;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 58))
        {
            void Label(string text, double labelSize = size) => Words(c, text, gutter - WordsWidth(c, text, labelSize, gap), labelSize, gap);

            Words(c, "Curriculum vitae", 194, 10, gap);
            c.Advance(38);
            Label("PERSONAL INFORMATION", 14);
            Words(c, person.Name, main, 14, gap);
            c.Advance(23);
            var firstWord = person.Jobs[0].Position.Split(' ')[0];
            var contact = main + WordsWidth(c, firstWord, 12, gap) + gap * 12;
            foreach (var line in new[] { $"{person.City}, {person.Region}", person.Phone, person.Email, person.Website!, $"github.com/{person.GitHub}", $"linkedin.com/in/{person.LinkedIn}" })
            {
                Words(c, line, contact, 10, gap);
                c.Advance(20);
            }
            c.Advance(12);
            Label("WORK EXPERIENCE");
            c.Advance(17);
            foreach (var job in person.Jobs)
            {
                Label(dates.Range(job.Start, job.End));
                Words(c, job.Position, main, 12, gap);
                c.Advance(17);
                Words(c, $"{job.Company}, {job.Location ?? person.City}", main, size, gap);
                c.Advance(14.5);
                foreach (var highlight in job.Highlights)
                {
                    Words(c, "•", main + 2, size, gap);
                    foreach (var line in Justify(c, highlight, 340, size, gap))
                    {
                        Words(c, line.Text, main + 10, size, gap);
                        c.Advance(11);
                    }
                }
                c.Advance(14);
            }

            c.NewPage();
            Words(c, "Curriculum vitae", 194, 10, gap);
            Words(c, person.Name, 420, 10, gap);
            c.Advance(40);
            Label("EDUCATION AND TRAINING");
            c.Advance(17);
            foreach (var school in person.Schools)
            {
                Label(dates.Range(school.Start, school.End));
                Words(c, $"{school.Degree}, {school.Area}", main, 12, gap);
                c.Advance(17);
                Words(c, school.Institution, main, size, gap);
                c.Advance(24);
            }
            Label("PERSONAL SKILLS");
            c.Advance(17);
            foreach (var group in person.Skills)
            {
                Label(group.Name);
                Words(c, string.Join(", ", group.Keywords), main, size, gap);
                c.Advance(15);
            }
            c.Advance(9);
            Label("CERTIFICATES");
            c.Advance(17);
            foreach (var certificate in person.Certificates)
            {
                // A long label breaks over two lines of the column, the value beside its first.
                var words = certificate.Name.Split(' ');
                Label(string.Join(' ', words[..(words.Length / 2)]));
                Words(c, $"{certificate.Issuer}, {dates.One(certificate.Date)}", main, size, gap);
                c.Advance(11);
                Label(string.Join(' ', words[(words.Length / 2)..]));
                c.Advance(15);
            }
            c.Advance(9);
            Label("LANGUAGES");
            c.Advance(17);
            Label("Other language(s)");
            Words(c, string.Join(", ", person.Languages.Select(l => $"{l.Language} ({l.Fluency})")), main, size, gap);
        }
        return PdfResume.Save(document);
    }

    /// <summary>
    /// res.cls's page: bold section headings in the left margin, each set so that it ends exactly where the column's
    /// text starts (no gutter between them, no space before the column's first word on the heading's line).
    /// </summary>
    /// <remarks>With <paramref name="wrapped"/>, the headings are set flush left in the margin and too long for it, so
    /// each wraps onto a second line under the first ("EMPLOYMENT" / "HISTORY"), whose first word is a heading by
    /// itself.</remarks>
    public static byte[] MarginHeadingsWithoutGutter(Person person, DateStyle dates, bool wrapped = false)
    {
        const double leading = 13.6, size = 10.9;
        var main = 160.0;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            // Wrapped, the margin is as wide as its longest word, and the entry's second row sits lower than the
            // heading's second line, as a class with its own spacing between an entry's rows sets it.
            var rowGap = wrapped ? leading + 8 : leading;
            if (wrapped)
            {
                main = Left + c.Width("CERTIFICATIONS", size, bold: true) + 2.5;
            }
            var wraps = new Dictionary<string, string>
            {
                ["EXPERIENCE"] = "EMPLOYMENT|HISTORY", ["EDUCATION"] = "EDUCATION|HISTORY", ["CERTIFICATIONS"] = "CERTIFICATIONS",
            };
            void Heading(string heading)
            {
                if (!wrapped)
                {
                    c.DrawRight(heading, main, size, bold: true);
                    return;
                }
                var parts = wraps[heading].Split('|');
                c.Draw(parts[0], Left, size, bold: true);
                if (parts.Length > 1)
                {
                    c.Draw(parts[1], Left, size, bold: true, y: c.Y + leading);
                }
            }

            c.Draw(person.Name.ToUpperInvariant(), 250, 12, bold: true);
            c.Advance(16);
            c.Draw(person.Email, 230, size);
            c.Advance(14);
            c.Draw(person.Phone, 250, size);
            c.Advance(24);
            Heading("EXPERIENCE");
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, main, size);
                c.DrawRight(dates.Range(job.Start, job.End), Right, size);
                c.Advance(rowGap);
                c.Draw($"{job.Company}, {person.City}", main, size);
                c.Advance(leading + 4);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, main + 12, Right - main - 12, size, bullet: "•", leading: leading);
                }
                c.Advance(6);
            }
            c.Advance(8);
            Heading("EDUCATION");
            foreach (var school in person.Schools)
            {
                c.Draw($"{school.Degree}, {school.Area}", main, size);
                c.DrawRight(dates.Range(school.Start, school.End), Right, size);
                c.Advance(rowGap);
                c.Draw(school.Institution, main, size);
                c.Advance(leading + 4);
            }
            c.Advance(8);
            Heading("CERTIFICATIONS");
            foreach (var certificate in person.Certificates)
            {
                c.Draw($"{certificate.Name} — {certificate.Issuer} ({dates.One(certificate.Date)})", main, size);
                c.Advance(leading);
            }
        }
        return PdfResume.Save(document);
    }
}
