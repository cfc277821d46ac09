using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Pages laid out in more than two parts, or with cells set beside each other at other heights: a timeline of dates at
/// the left of the entries with a sidebar at the right of the page (as R pagedown CVs print), an entry's cells centred
/// on a row where one of them wraps (an HTML table printed by a browser).
/// </summary>
public static class PageLayoutShapes
{
    /// <summary>
    /// Three parts on one page: a narrow column of dates at the left, each range stacked as its two ends (the end over the
    /// start, "present" over "2021", the start beside the entry's description), the entries in the middle (title, then
    /// employer and town, then a smaller description), and a sidebar of contact details and skills at the right.
    /// </summary>
    public static byte[] TimelineWithSidebar(Person person)
    {
        const double dates = 28, main = 82, mainRight = 400, sidebar = 440;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, main, 20);
            c.Advance(18);
            c.Draw(person.Label, main, 10, bold: true);
            c.Advance(30);
            var top = c.Y;
            c.Draw("EXPERIENCE", main, 13);
            c.Advance(24);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.End is { } end ? end.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "present", dates, 8.5);
                c.Draw(job.Position, main, 10);
                c.Advance(12);
                c.Draw(job.Company, main, 9);
                c.DrawRight(job.Location ?? person.City, mainRight, 9);
                c.Advance(12);
                c.Draw(job.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), dates, 8.5);
                c.Paragraph(string.Join(" ", job.Highlights), main, mainRight - main, 8.5, leading: 10.5);
                c.Advance(14);
            }
            c.Draw("EDUCATION", main, 13);
            c.Advance(24);
            foreach (var school in person.Schools)
            {
                c.Draw(school.End.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), dates, 8.5);
                c.Draw(school.Institution, main, 9.5);
                c.Advance(12);
                c.Draw($"{school.Degree} in {school.Area}", main, 9);
                c.Advance(12);
                c.Draw(school.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), dates, 8.5);
                c.Draw("Thesis and coursework with honours.", main, 8.5);
                c.Advance(24);
            }
            c.Y = top;
            c.Draw("CONTACT", sidebar, 13);
            c.Advance(20);
            foreach (var line in new[] { person.Email, person.Phone, $"{person.City}, {person.Region}" })
            {
                c.Draw(line, sidebar, 9);
                c.Advance(16);
            }
            c.Advance(10);
            c.Draw("SKILLS", sidebar, 13);
            c.Advance(20);
            foreach (var group in person.Skills)
            {
                c.Draw(string.Join(", ", group.Keywords), sidebar, 9);
                c.Advance(16);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>
    /// Entry lines as a browser prints an HTML table of three cells, each centred on the row's height: the title at the
    /// left, the employer in the middle, the dates at the right; the first employer's name wraps over two lines, set
    /// half a line above and below the other cells.
    /// </summary>
    public static byte[] CentredCells(Person person, DateStyle dates)
    {
        const double left = 50, middle = 300, right = 545;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, left, 18, bold: true);
            c.Advance(20);
            c.Draw($"{person.Email} | {person.Phone} | {person.City}, {person.Region}", left, 9);
            c.Advance(26);
            c.Draw("WORK EXPERIENCE", left, 10, bold: true);
            c.Advance(20);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, left, 10, bold: true);
                c.DrawRight(dates.Range(job.Start, job.End), right, 10, bold: true);
                var words = job.Company.Split(' ');
                if (job == person.Jobs[0] && words.Length > 1)
                {
                    var first = string.Join(' ', words[..^1]);
                    c.Draw(first, middle - c.Width(first, 10, bold: true) / 2, 10, bold: true, y: c.Y - 6.5);
                    c.Draw(words[^1], middle - c.Width(words[^1], 10, bold: true) / 2, 10, bold: true, y: c.Y + 6.5);
                    c.Advance(7);
                }
                else
                {
                    c.Draw(job.Company, middle - c.Width(job.Company, 10, bold: true) / 2, 10, bold: true);
                }
                c.Advance(16);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, left + 12, right - left - 12, 10, bullet: "•");
                }
                c.Advance(8);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>
    /// A typewriter-styled page in one small size throughout: the name, a rule typed as a row of hyphens, the contact
    /// line, a summary; entry lines of years, employer and town joined by a leader of hyphens.
    /// </summary>
    public static byte[] TypedRules(Person person)
    {
        const double left = 40, right = 420, size = 8;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, left, size);
            c.Advance(22);
            c.Draw(new string('-', 80), left, size);
            c.Advance(11);
            c.Draw($"{person.City} {person.Region}   {person.Email}   {person.Phone}", left, size);
            c.Advance(22);
            c.Paragraph(person.Summary, left, right - left, size, leading: 11);
            c.Advance(22);
            c.Draw("EXPERIENCE", left, size);
            c.Advance(22);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Start.Year}-{job.End?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "now"}", left, size);
                var x = c.Draw(job.Company + " ", left + 60, size);
                var place = " " + (job.Location ?? person.City);
                var end = right - c.Width(place, size);
                var leader = "";
                while (x + c.Width(leader + "-", size) < end)
                {
                    leader += "-";
                }
                c.Draw(leader, x, size);
                c.DrawRight(place, right, size);
                c.Advance(11);
                c.Draw(job.Position, left + 24, size);
                c.Advance(22);
            }
        }
        return PdfResume.Save(document);
    }
}
