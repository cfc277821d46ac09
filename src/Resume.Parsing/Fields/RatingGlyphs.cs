using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// A gauge typed in glyphs ("■ ■ ■ □ □ Python", "Julia ●●●○○", "★★★☆☆") rates the skill it stands beside, as the bars and
/// dots of a designed CV do: a run of two glyphs or more at either end of a cell is the level, never part of the skill's
/// name, and a cell of nothing but glyphs is a level standing on its own.
/// </summary>
internal static class RatingGlyphs
{
    /// <summary>The lines with every gauge taken out of their cells; a line left without text is dropped.</summary>
    public static List<TextLine> Stripped(IReadOnlyList<TextLine> lines)
    {
        var result = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            if (!line.Segments.Any(s => Gauge(s.Text) is not (0, 0)))
            {
                result.Add(line);
                continue;
            }
            var segments = new List<LineSegment>(line.Segments.Count);
            foreach (var segment in line.Segments)
            {
                var (lead, trail) = Gauge(segment.Text);
                var text = segment.Text[lead..^trail].Trim();
                if (text.Length > 0)
                {
                    segments.Add(segment with { Text = text });
                }
            }
            if (segments.Count == 0)
            {
                continue;
            }
            line.Segments = segments;
            line.ResetText();
            result.Add(line);
        }
        return result;
    }

    /// <summary>How many characters the gauge at the start and at the end of the text take (spaces between the glyphs
    /// included); 0 where fewer than two glyphs stand together.</summary>
    private static (int Lead, int Trail) Gauge(string text)
    {
        var lead = Run(text, 0, 1);
        var trail = lead == text.Length ? 0 : Run(text, text.Length - 1, -1);
        return (lead, trail);
    }

    private static int Run(string text, int from, int step)
    {
        var (glyphs, length) = (0, 0);
        for (var i = from; i >= 0 && i < text.Length; i += step)
        {
            if (IsGlyph(text[i]))
            {
                glyphs++;
                length = Math.Abs(i - from) + 1;
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                break;
            }
        }
        return glyphs >= 2 ? length : 0;
    }

    /// <summary>The filled and empty marks gauges are drawn with: squares, circles, stars, diamonds.</summary>
    private static bool IsGlyph(char c) => c is '■' or '□' or '▪' or '▫' or '◼' or '◻' or '⬛' or '⬜' or '●' or '○' or '◉' or '◯'
        or '⬤' or '⚫' or '⚪' or '★' or '☆' or '✦' or '✧' or '◆' or '◇' or '♦';
}
