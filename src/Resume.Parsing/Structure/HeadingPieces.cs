using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Structure;

/// <summary>
/// A heading the layout cut in pieces is put back together before headings are looked for: words of one heading set
/// apart by a wide gap (a first word in an accent colour, then a gap) come out as cells of one line, a colon typed after
/// a tab or in a text box of its own is a cell of punctuation, and a heading too long for a narrow column wraps onto a
/// second line in the same type.
/// </summary>
internal static class HeadingPieces
{
    public static IReadOnlyList<TextLine> Rejoin(IReadOnlyList<TextLine> lines, double bodySize)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var joined = JoinedCells(line, bodySize);
            var taken = 1;
            if (joined is null && i + 1 < lines.Count && WrapsOnto(line, lines[i + 1], bodySize))
            {
                joined = Wrapped(line, lines[i + 1]);
                taken = 2;
            }
            if (joined is not null)
            {
                result ??= [.. lines.Take(i)];
            }
            result?.Add(joined ?? line);
            i += taken - 1;
        }
        return result ?? lines;
    }

    /// <summary>The line's cells as one heading when, without cells of bare punctuation, they read as a section's name:
    /// several cells in one type that together are a known name, or a single cell with a colon or dash set apart.</summary>
    private static TextLine? JoinedCells(TextLine line, double bodySize)
    {
        if (line.Segments.Count < 2)
        {
            return null;
        }
        var words = line.Segments.Where(s => s.Text.Any(char.IsLetter)).ToList();
        if (words.Count == 0 || line.Segments[0] != words[0] || line.Segments.Any(s => !words.Contains(s) && !IsPunctuation(s.Text)))
        {
            return null;
        }
        // Cells of one heading share its type; a heading beside a value cell ("Skills | Java") does not join with it.
        if (line.HasGeometry && words.Any(w => Math.Abs(w.Size - words[0].Size) > 0.3 || w.Bold != words[0].Bold))
        {
            return null;
        }
        if (!StandsOut(line, words[0], bodySize))
        {
            return null;
        }
        var text = string.Join(' ', words.Select(w => w.Text.Trim()));
        var match = HeadingLexicon.Match(SectionSplitter.HeadingText(text));
        if (match is not { } m || !m.Exact && words.Count > 1)
        {
            return null;
        }
        var segment = words[0] with { Text = text, Right = words[^1].Right };
        return Copy(line, [segment], line.Bottom, line.Right);
    }

    /// <summary>A heading's second line: right under it in the same type, starting where it starts, and read on from it
    /// ("Awards" / "&amp; Scholarships", "Presentations &amp;" / "conferences").</summary>
    private static bool WrapsOnto(TextLine first, TextLine second, double bodySize)
    {
        if (!first.HasGeometry || !second.HasGeometry || first.Segments.Count != 1 || second.Segments.Count != 1
            || first.Bullet || second.Bullet || first.Page != second.Page || first.Column != second.Column)
        {
            return false;
        }
        if (Math.Abs(first.FontSize - second.FontSize) > 0.3 || first.Bold != second.Bold || Math.Abs(first.Left - second.Left) > 3
            || !StandsOut(first, first.Segments[0], bodySize))
        {
            return false;
        }
        var pitch = second.Top - first.Top;
        if (pitch <= 0 || pitch > first.FontSize * 1.6)
        {
            return false;
        }
        var (a, b) = (first.Text.Trim(), second.Text.Trim());
        if (a.Length + b.Length > 60 || a.Any(char.IsDigit) || b.Any(char.IsDigit))
        {
            return false;
        }
        // Only two lines that name a section together are one heading (a skill group's name wrapped in a sidebar stays
        // as it was). A line left unfinished, or one that carries on a phrase, is continued ("Awards" / "&amp; Scholarships");
        // otherwise the name must be whole only on two lines ("Professional" / "Experience" in a narrow column), so a
        // heading over an entry title in its type ("Experience" / "Science Teacher") stays two lines.
        if (HeadingLexicon.Match($"{a} {b}") is not { } joined)
        {
            return false;
        }
        var carriesOn = a.EndsWith('&') || a.EndsWith('+') || a.EndsWith('/') || a.EndsWith(',')
            || EndsWithAnd(a) || b.StartsWith('&') || b.StartsWith('+')
            || b.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || char.IsLower(b[0]);
        // Two lines in capitals that name a section only together ("EXPERIÊNCIA" / "PROFISSIONAL" in a margin) are one
        // heading even where the first names one alone; an entry's title set in capitals under a heading does not make a
        // section's name with it.
        return carriesOn || joined.Exact && (HeadingLexicon.Match(a) is not { Exact: true }
            || SectionSplitter.IsAllCaps(a) && SectionSplitter.IsAllCaps(b));
    }

    /// <summary>The line stops on "and" in one of the languages resumes are written in ("FÄHIGKEITEN UND" / "FERTIGKEITEN",
    /// "Compétences et" / "qualités"): the phrase goes on below.</summary>
    private static bool EndsWithAnd(string text)
    {
        var space = text.LastIndexOf(' ');
        return space > 0 && AndWords.Contains(text[(space + 1)..]);
    }

    private static readonly HashSet<string> AndWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "und", "et", "e", "y", "i", "en", "og", "och", "oraz", "ve", "és",
    };

    private static TextLine Wrapped(TextLine first, TextLine second)
    {
        var segment = first.Segments[0] with
        {
            Text = $"{first.Text.Trim()} {second.Text.Trim()}", Right = Math.Max(first.Right, second.Right),
        };
        return Copy(first, [segment], second.Bottom, Math.Max(first.Right, second.Right));
    }

    /// <summary>Set apart from body text: larger, bold, in capitals or a heading style.</summary>
    private static bool StandsOut(TextLine line, LineSegment first, double bodySize) =>
        line.HasGeometry
            ? first.Size >= bodySize + 0.9 || first.Bold || SectionSplitter.IsAllCaps(line.Text)
            : line.Bold || line.HeadingLevel > 0 || SectionSplitter.IsAllCaps(line.Text);

    private static bool IsPunctuation(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= 3 && trimmed.All(c => c is ':' or '-' or '–' or '—' or '|' or '.' or '/');
    }

    private static TextLine Copy(TextLine line, IReadOnlyList<LineSegment> segments, double bottom, double right) => new(segments)
    {
        Page = line.Page, Top = line.Top, Bottom = bottom, Left = line.Left, Right = right, ColumnRight = line.ColumnRight,
        FontSize = line.FontSize, Bold = line.Bold, Italic = line.Italic, Bullet = line.Bullet, Indent = line.Indent, HeadingLevel = line.HeadingLevel,
        IsTitle = line.IsTitle, Underlined = line.Underlined, GapBefore = line.GapBefore, Column = line.Column,
        InSidebar = line.InSidebar, Links = line.Links, TypeSize = line.TypeSize, Larger = line.Larger,
    };
}
