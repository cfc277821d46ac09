using System.Globalization;
using System.Text;

namespace Resume.Parsing.Isolation.Ocr;

/// <summary>
/// Text from tesseract's TSV output (one row per word with its box and confidence): lines in tesseract's order, a blank
/// line between paragraphs, a wide gap between two words kept as a run of spaces (a right-aligned date stays apart from
/// its title, as in a text resume), and lines tesseract is unsure of dropped: the speckles of a photo or a picture
/// with no words read as junk letters, which would otherwise be judged as content. A bullet, misread as a symbol or
/// letter, is written as the bullet it was, so list items stay items of their entry.
/// </summary>
internal static class TesseractTsv
{
    /// <summary>Printed text reads at 85–97; speckles and smudges read as letters at 0–40.</summary>
    public const double MinLineConfidence = 55;

    /// <summary>The words of tesseract's TSV output, in its reading order.</summary>
    public static IReadOnlyList<Word> Words(string tsv)
    {
        var words = new List<Word>();
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            // level, page, block, paragraph, line, word, left, top, width, height, confidence, text; level 5 is a word.
            if (cells.Length < 12 || cells[0] != "5" || string.IsNullOrWhiteSpace(cells[11]))
            {
                continue;
            }
            words.Add(new Word(Int(cells[2]), Int(cells[3]), Int(cells[4]), Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]),
                double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) ? confidence : 0, cells[11]));
        }
        return words;
    }

    /// <summary>Words read with confidence: how well a picture was read, to choose between two readings of it.</summary>
    public static int ConfidentWords(IReadOnlyList<Word> words) => words.Count(w => w.Confidence >= MinLineConfidence);

    /// <summary>
    /// How far the text leans, in degrees (positive: lines fall to the right, as on a sheet turned clockwise), from the
    /// words tesseract grouped into lines: the centres of a line's words rise or fall along it. Each line of three or
    /// more sure words gives a slope; the one that half the lines' width agrees with is the page's, so a few lines
    /// joined wrongly across columns cannot move it. Null when too few lines say.
    /// </summary>
    public static double? SkewDegrees(IReadOnlyList<Word> words)
    {
        var slopes = new List<(double Slope, double Width)>();
        foreach (var line in words.Where(w => w.Confidence >= MinLineConfidence).GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            var points = line.Select(w => (X: w.Left + w.Width / 2.0, Y: w.Top + w.Height / 2.0)).ToList();
            if (points.Count < 3)
            {
                continue;
            }
            var (meanX, meanY) = (points.Average(p => p.X), points.Average(p => p.Y));
            var spread = points.Sum(p => (p.X - meanX) * (p.X - meanX));
            if (spread > 0)
            {
                slopes.Add((points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / spread, points[^1].X - points[0].X));
            }
        }
        if (slopes.Count < 3)
        {
            return null;
        }
        slopes.Sort((a, b) => a.Slope.CompareTo(b.Slope));
        var half = slopes.Sum(s => s.Width) / 2;
        var seen = 0.0;
        foreach (var (slope, width) in slopes)
        {
            seen += width;
            if (seen >= half)
            {
                return Math.Atan(slope) * 180 / Math.PI;
            }
        }
        return null;
    }

    public static string Text(string tsv) => Text(Words(tsv));

    public static string Text(IReadOnlyList<Word> words)
    {
        var text = new StringBuilder();
        var line = new List<Word>();
        (int Block, int Paragraph, int Line)? key = null;
        (int Block, int Paragraph)? paragraph = null;
        foreach (var word in words)
        {
            if (key != (word.Block, word.Paragraph, word.Line))
            {
                Flush();
                if (paragraph is not null && paragraph != (word.Block, word.Paragraph))
                {
                    text.Append('\n');
                }
                key = (word.Block, word.Paragraph, word.Line);
                paragraph = (word.Block, word.Paragraph);
            }
            line.Add(word);
        }
        Flush();
        return text.ToString();

        void Flush()
        {
            if (line.Count == 0)
            {
                return;
            }
            var icon = IsIconBeforeHeading(line);
            var bullet = !icon && IsBulletMark(line);
            var first = bullet || icon ? 1 : 0;
            // A bullet's guess is often unsure (20–70); the line is judged by its words.
            if (line.Skip(first).Average(w => w.Confidence) >= MinLineConfidence)
            {
                if (bullet)
                {
                    text.Append("• ");
                }
                for (var i = first; i < line.Count; i++)
                {
                    if (i > first)
                    {
                        var gap = line[i].Left - (line[i - 1].Left + line[i - 1].Width);
                        text.Append(gap > 2 * Math.Max(line[i].Height, line[i - 1].Height) ? "    " : " ");
                    }
                    text.Append(line[i].Text);
                }
                text.Append('\n');
            }
            line.Clear();
        }
    }

    /// <summary>
    /// A list item's bullet, whatever tesseract took it for: a square, disc or arrow is read as «, ¢, +, =, ©, "m=" or a
    /// lone "e" or "o", so its exact text says little. What gives it away, before a word:
    /// <list type="bullet">
    /// <item>symbols, or symbols and small letters: no line of prose starts with "= Led" or "m@ Cut" ("A+" and "C#" are
    /// no such marks, and brackets, quotes, currency and contact separators are left alone);</item>
    /// <item>a lone small letter other than "a" before a capital ("e Cut"), no shorter than most letters;</item>
    /// <item>a mark at most about half as tall as the words after it (6–7 px against 16–21 px at 150 dpi), where a word
    /// of one or two letters ("a", "I", "to") stands two thirds of the line or more.</item>
    /// </list>
    /// </summary>
    private static bool IsBulletMark(List<Word> line)
    {
        if (line.Count < 2 || line[0].Text.Length > 2 || line[0].Text.Any(char.IsDigit) || !char.IsLetter(line[1].Text[0]))
        {
            return false;
        }
        var heights = line.Skip(1).Select(w => w.Height).Order().ToList();
        var median = heights[heights.Count / 2];
        var mark = line[0].Text;
        return (mark.Any(IsStandInSymbol) && mark.All(c => IsStandInSymbol(c) || char.IsLower(c)) && line[0].Height <= median * 3 / 2)
            // "e Cut", "m Added": a lone small letter that is no word, before a capital.
            || (mark.Length == 1 && char.IsLower(mark[0]) && mark != "a" && char.IsUpper(line[1].Text[0]) && line[0].Height * 4 <= median * 3)
            || (line[0].Height * 100 <= median * 55 && line[0].Width <= 2 * median);
    }

    /// <summary>Symbols that stand alone before a word only as a misread bullet: not brackets, quotes, currency or the
    /// separators a wrapped contact line starts with.</summary>
    private static bool IsStandInSymbol(char c) =>
        !char.IsLetterOrDigit(c) && c is not ('|' or '/' or '\\' or '(' or '[' or '{' or '"' or '\'' or '$' or '£' or '€' or '&' or '#' or '%');

    /// <summary>
    /// An icon before a heading ("(il WORK EXPERIENCE", "7= SKILLS", "@ CONTACT"): a designed template's pictogram read
    /// as one to three stray characters before a short run of capitals. It is dropped, so the heading reads as one;
    /// a bullet would make it a list item.
    /// </summary>
    private static bool IsIconBeforeHeading(List<Word> line)
    {
        // A capital with no small letter beside it is a word or grade of its own ("A+", "C#", "IT").
        var mark = line[0].Text;
        if (line.Count is < 2 or > 5 || mark.Length > 3 || mark.Any(char.IsUpper) && !mark.Any(char.IsLower))
        {
            return false;
        }
        return line.Skip(1).All(w => w.Text.Count(char.IsLetter) >= 2 && w.Text.All(c => char.IsUpper(c) || c is '&' or '/' or ',' or '-'));
    }

    private static int Int(string cell) => int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    internal readonly record struct Word(int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text);
}
