using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>
/// A section of entries with no bullet glyphs, as Word and Google Docs users type them: each entry's lines (employer,
/// dates, title) set heavier than the rest, bold or in a larger size, and what was done there in the section's plain
/// body style, a statement a line or a paragraph. The plain style is the one most undated lines share; a line in it
/// after the first entry line is body, not another entry, unless it reads as the title or place under a lone entry line.
/// </summary>
internal sealed class PlainBody
{
    private readonly double _size;
    private readonly int _firstHeavy;

    private PlainBody(double size, int firstHeavy, bool prose) => (_size, _firstHeavy, Prose) = (size, firstHeavy, prose);

    /// <summary>The body lines wrap into paragraphs (a description) rather than standing one statement a line.</summary>
    public bool Prose { get; }

    public static PlainBody? Of(List<TextLine> lines)
    {
        if (lines.Count < 4)
        {
            return null;
        }
        var counts = new Dictionary<int, int>();
        var margins = new Dictionary<(int, int), double>();
        foreach (var line in lines)
        {
            var at = (line.Page, line.Column);
            margins[at] = Math.Min(margins.GetValueOrDefault(at, double.MaxValue), line.Left);
        }
        foreach (var line in lines)
        {
            // Bullets or an indent already set the body apart (a block of another column read into the section is no
            // indent).
            if (line.Bullet || !line.HasGeometry || line.Left >= margins[(line.Page, line.Column)] + 7)
            {
                return null;
            }
            if (!line.Bold)
            {
                var key = (int)Math.Round(line.FontSize * 2);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        if (counts.Count == 0)
        {
            return null;
        }
        var (modal, body) = counts.MaxBy(p => p.Value);
        var size = modal / 2.0;
        if (body < 3)
        {
            return null;
        }
        // The lines that date the entries are set heavier than the body: that difference is what parts them.
        var (heavy, plain, firstHeavy) = (0, 0, -1);
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsHeavier(lines[i], size))
            {
                firstHeavy = firstHeavy < 0 ? i : firstHeavy;
                if (DateParser.Find(lines[i].Text) is not null)
                {
                    heavy++;
                }
            }
            else if (DateParser.Find(lines[i].Text) is { IsRange: true })
            {
                // A plain line right under a heavy one that sets a name apart from its dates ("Employer, Town ‖ 04/2020 -
                // 08/2022" under the bold title) dates that entry: the heavy line opens it, the plain one closes its header.
                if (DatesHeavyLine(lines, i, size))
                {
                    heavy++;
                }
                else
                {
                    plain++;
                }
            }
        }
        if (heavy == 0 || plain >= heavy)
        {
            return null;
        }
        var continued = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (InStyle(lines[i], size) && InStyle(lines[i + 1], size) && EntryReader.IsContinuation(lines[i], lines[i + 1], true))
            {
                continued++;
            }
        }
        // One line under each entry is a description of it, not a list of duties.
        return new PlainBody(size, firstHeavy, continued * 2 > body || body < 2 * heavy);
    }

    /// <summary>Whether line <paramref name="i"/> is body: set in the plain style below the first entry line, not a title
    /// or place right under a lone entry line, and (when it carries a date) running on from the body line above.</summary>
    public bool IsDuty(List<TextLine> lines, int i)
    {
        var line = lines[i];
        if (i <= _firstHeavy || !InStyle(line, _size))
        {
            return false;
        }
        var previous = lines[i - 1];
        if (DateParser.Find(line.Text) is not null)
        {
            return InStyle(previous, _size) && EntryReader.IsContinuation(previous, line, true);
        }
        // The header closed with the plain line that dates it under the heavy one: what follows is body, unless it names
        // a town on its own (a line that ends on a comma runs on into the next, as no town does).
        if (DatesHeavyLine(lines, i - 1, _size) && (Places.Score(line.Text) <= 0 || line.Text.TrimEnd().EndsWith(',')))
        {
            return true;
        }
        // "Staff Nurse" or "Dayton, Ohio" in the plain style right under an employer's line that alone is set heavier.
        for (var k = i - 1; k >= Math.Max(_firstHeavy, i - 2); k--)
        {
            if (IsHeavier(lines[k], _size))
            {
                return k > 0 && IsHeavier(lines[k - 1], _size) || !ReadsAsHeader(line.Text);
            }
            if (!ReadsAsHeader(lines[k].Text))
            {
                break;
            }
        }
        return true;
    }

    /// <summary>A short phrase that names a title ("Reading Tutor", whose first word could pass for a verb), an
    /// organisation or a place.</summary>
    private static bool ReadsAsHeader(string text) =>
        text.Count(c => c == ' ') < 6 && !text.EndsWith('.')
        && (RoleWords.EndsWithHead(text) || !ActionVerbs.StartsWithOne(text)
            && (RoleWords.TitleScore(text) > 0 || RoleWords.NamesOrganisation(text) || Places.Score(text) > 0));

    private static bool DatesHeavyLine(List<TextLine> lines, int i, double size) =>
        i > 0 && !IsHeavier(lines[i], size) && IsHeavier(lines[i - 1], size) && DateParser.Find(lines[i - 1].Text) is null
        && lines[i].Segments.Count > 1 && DateParser.Find(lines[i].Text) is { IsRange: true };

    private static bool InStyle(TextLine line, double size) => !line.Bold && !line.Bullet && Math.Abs(line.FontSize - size) <= 0.3;

    private static bool IsHeavier(TextLine line, double size) => line.Bold || line.FontSize >= size + 0.75;
}
