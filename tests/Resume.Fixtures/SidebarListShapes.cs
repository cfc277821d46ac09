using System.Globalization;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// The lists designed templates put in a sidebar: skills each rated by a word in a cell of its own beside it (some
/// templates set the word a few points below the skill's baseline), languages as a bold name over a plain line of its
/// level and a note, and spoken languages rated among the skills ("English : C1, fluent"). Beside the sidebar a main
/// column of dated jobs and schools.
/// </summary>
public static class SidebarListShapes
{
    private const double Side = 28, Rating = 200, Main = 300, MainRight = 565;

    private static readonly string[] Ratings = ["Expert", "GOOD", "FAIR", "Basic"];

    /// <summary>Each group's label in bold, its skills under it with a rating word at the sidebar's right edge; the first
    /// group's ratings sit a few points below their skills' baselines, the others on them.</summary>
    public static byte[] RatedSkills(Person person) => Page(person, c =>
    {
        c.Draw("Profile", Side, 14, bold: true);
        c.Advance(20);
        c.Paragraph(person.Summary, Side, Rating + 30 - Side, 9, leading: 12);
        c.Advance(10);
        c.Draw("Skills", Side, 14, bold: true);
        c.Advance(22);
        var k = 0;
        foreach (var (group, index) in person.Skills.Select((g, i) => (g, i)))
        {
            c.Draw(group.Name, Side, 10.5, bold: true);
            c.Advance(16);
            foreach (var keyword in group.Keywords)
            {
                c.Draw(keyword, Side + 8, 9.5);
                c.Draw(Ratings[k++ % Ratings.Length], Rating, 9.5, y: index == 0 ? c.Y + 3.7 : null);
                c.Advance(index == 0 ? 17 : 15);
            }
            c.Advance(6);
        }
    });

    /// <summary>Each language's name in bold, under it its level in the person's own words and a note on it.</summary>
    public static byte[] LanguagesOverLevels(Person person, IReadOnlyList<(string Language, string Level, string Note)> languages) => Page(person, c =>
    {
        c.Draw("Languages", Side, 14, bold: true);
        c.Advance(22);
        foreach (var (language, level, note) in languages)
        {
            c.Draw(language, Side, 10, bold: true);
            c.Advance(12);
            c.Draw(level, Side, 10);
            c.Advance(12);
            c.Draw(note, Side, 10);
            c.Advance(16);
        }
        DrawSkills(c, person);
    });

    /// <summary>A skills section of "Label: items" lines that rates the spoken languages on lines of the same shape.</summary>
    public static byte[] LanguagesRatedAmongSkills(Person person, IReadOnlyList<(string Language, string Level)> languages) => Page(person, c =>
    {
        c.Draw("Skills", Side, 14, bold: true);
        c.Advance(22);
        foreach (var (language, level) in languages)
        {
            c.Draw($"{language} : {level}", Side, 9.5);
            c.Advance(14);
        }
        c.Advance(6);
        foreach (var group in person.Skills)
        {
            c.Draw($"{group.Name}: {string.Join(", ", group.Keywords)}", Side, 9.5);
            c.Advance(20);
        }
    });

    /// <summary>The name and contact lines, then the profile set across the whole page, then two columns that open on
    /// one row with their headings: schools and skills at the left, jobs at the right.</summary>
    public static byte[] ColumnsUnderProfile(Person person)
    {
        const double Left = 50, Split = 250, Right = 565;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Left, 24, bold: true);
            c.DrawRight(person.Phone, Right, 10);
            c.Advance(22);
            c.Draw(person.Label, Left, 12);
            c.DrawRight(person.Email, Right, 10);
            c.Advance(40);
            c.Draw("SUMMARY", 270, 14);
            c.Advance(26);
            c.Paragraph(person.Summary + " " + person.Summary, Left, Right - Left, 9.5, leading: 12);
            c.Advance(24);
            var top = c.Y;
            c.Draw("EDUCATION", Left, 13);
            c.Advance(24);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Left, 10, bold: true);
                c.Advance(13);
                c.Draw($"{school.Degree} in {school.Area}", Left, 8.5);
                c.Advance(11);
                c.Draw($"{school.Start.Year}-{school.End.Year}", Left, 8.5);
                c.Advance(20);
            }
            c.Draw("SKILLS", Left, 13);
            c.Advance(24);
            foreach (var keyword in person.Skills.SelectMany(s => s.Keywords))
            {
                c.Draw(keyword, Left + 12, 8.5);
                c.Advance(11.5);
            }
            c.Y = top;
            c.Draw("EXPERIENCE", Split + 10, 13);
            c.Advance(24);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Split + 10, 10, bold: true);
                c.Advance(13);
                c.Draw($"{job.Position} | {Month(job.Start)} - {(job.End is { } end ? Month(end) : "Present")}", Split + 10, 8.5);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Split + 24, Right - Split - 24, 8.5, leading: 11);
                }
                c.Advance(12);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>One plain list of skills in the sidebar, one item a line, some lines naming two or three skills between
    /// commas ("Python, R"), none set apart as a label.</summary>
    public static byte[] PlainListWithCommaLines(Person person, IReadOnlyList<string> lines) => Page(person, c =>
    {
        c.Draw("Skills", Side, 14, bold: true);
        c.Advance(22);
        foreach (var line in lines)
        {
            c.Draw(line, Side + 10, 9);
            c.Advance(12);
        }
    });

    private static void DrawSkills(PdfCanvas c, Person person)
    {
        c.Advance(10);
        c.Draw("Skills", Side, 14, bold: true);
        c.Advance(22);
        foreach (var keyword in person.Skills.SelectMany(s => s.Keywords))
        {
            c.Draw(keyword, Side, 10);
            c.Advance(14);
        }
    }

    private static byte[] Page(Person person, Action<PdfCanvas> sidebar)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(person.Name, Main, 24, bold: true);
            c.Advance(26);
            c.Draw(person.Label, Main, 12);
            c.Advance(20);
            c.Draw($"{person.Email}  |  {person.Phone}  |  {person.City}, {person.Region}", Main, 9);
            c.Advance(36);
            var top = c.Y;
            sidebar(c);
            c.Y = top;
            c.Draw("EXPERIENCE", Main, 13, bold: true);
            c.Advance(24);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Position, Main, 11, bold: true);
                c.DrawRight($"{Month(job.Start)} – {(job.End is { } end ? Month(end) : "Present")}", MainRight, 9);
                c.Advance(14);
                c.Draw(job.Company, Main, 10);
                c.Advance(14);
                foreach (var highlight in job.Highlights)
                {
                    c.Paragraph(highlight, Main, MainRight - Main, 9, bullet: "•", leading: 12);
                }
                c.Advance(10);
            }
            c.Advance(6);
            c.Draw("EDUCATION", Main, 13, bold: true);
            c.Advance(24);
            foreach (var school in person.Schools)
            {
                c.Draw(school.Institution, Main, 11, bold: true);
                c.DrawRight($"{school.Start.Year} – {school.End.Year}", MainRight, 9);
                c.Advance(14);
                c.Draw($"{school.Degree} in {school.Area}", Main, 10);
                c.Advance(20);
            }
        }
        return PdfResume.Save(document);
    }

    private static string Month(DateOnly date) => date.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
