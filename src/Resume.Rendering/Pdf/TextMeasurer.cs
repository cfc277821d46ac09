using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using Resume.Fonts;

namespace Resume.Rendering.Pdf;

/// <summary>
/// Measures and wraps text the way <see cref="PdfFlow"/> draws it: each character in the face <see cref="PdfFonts.Runs"/>
/// picks for it. Widths are cached per face and character, so wrapping costs one lookup per character and a word of any
/// length can be split where it overflows. One instance per document: it is not thread-safe.
/// </summary>
internal sealed class TextMeasurer
{
    private readonly XGraphics _context = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(string Family, double Size, XFontStyleEx Style), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, int CodePoint), double> _widths = [];

    public XFont Font(string family, TextStyle style)
    {
        var key = (family, style.Size, style.FontStyle);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new XFont(family, style.Size, style.FontStyle);
            _fonts[key] = font;
        }
        return font;
    }

    public double Width(string text, TextStyle style)
    {
        var width = 0.0;
        foreach (var (run, family) in PdfFonts.Runs(text, style.Family))
        {
            width += RunWidth(run, Font(family, style));
        }
        return width;
    }

    public double RunWidth(string run, XFont font)
    {
        var width = 0.0;
        for (var i = 0; i < run.Length; i += char.IsSurrogatePair(run, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(run, i) is var cp ? cp : 0;
            if (!_widths.TryGetValue((font, codePoint), out var w))
            {
                w = _context.MeasureString(char.ConvertFromUtf32(codePoint), font).Width;
                _widths[(font, codePoint)] = w;
            }
            width += w;
        }
        return width;
    }

    /// <summary>
    /// Greedy line breaking at spaces and between CJK characters; a word wider than the line is cut where it overflows.
    /// Line feeds in the text are kept as line breaks. The first line is <paramref name="firstLineOffset"/> shorter (it
    /// follows a bold label).
    /// </summary>
    public List<TextLine> Wrap(string text, TextStyle style, double width, double firstLineOffset = 0)
    {
        var lines = new List<TextLine>();
        double Available() => lines.Count == 0 ? width - firstLineOffset : width;
        var space = Width(" ", style);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var (piece, spaceBefore) in Pieces(paragraph))
            {
                var pieceWidth = Width(piece, style);
                var gap = line.Length > 0 && spaceBefore ? space : 0;
                if (lineWidth + gap + pieceWidth <= Available())
                {
                    if (gap > 0)
                    {
                        line.Append(' ');
                    }
                    line.Append(piece);
                    lineWidth += gap + pieceWidth;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(new TextLine(line.ToString(), lineWidth));
                    line.Clear();
                    lineWidth = 0;
                }
                if (pieceWidth <= Available())
                {
                    line.Append(piece);
                    lineWidth = pieceWidth;
                    continue;
                }
                foreach (var chunk in Cut(piece, style, Math.Max(Available(), width / 4)))
                {
                    if (line.Length > 0)
                    {
                        lines.Add(new TextLine(line.ToString(), lineWidth));
                        line.Clear();
                    }
                    line.Append(chunk.Text);
                    lineWidth = chunk.Width;
                }
            }
            if (line.Length > 0 || lines.Count == 0 || paragraph.Length == 0)
            {
                lines.Add(new TextLine(line.ToString(), lineWidth));
            }
        }
        return lines;
    }

    private IEnumerable<TextLine> Cut(string word, TextStyle style, double width)
    {
        var start = 0;
        var used = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var w = Width(element, style);
            if (used + w > width && elements.ElementIndex > start)
            {
                yield return new TextLine(word[start..elements.ElementIndex], used);
                (start, used) = (elements.ElementIndex, 0);
            }
            used += w;
        }
        yield return new TextLine(word[start..], used);
    }

    /// <summary>Words between spaces, with every CJK character its own piece since those scripts break anywhere.</summary>
    private static IEnumerable<(string Piece, bool SpaceBefore)> Pieces(string paragraph)
    {
        foreach (var word in paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            var spaceBefore = true;
            for (var i = 0; i < word.Length; i += char.IsSurrogatePair(word, i) ? 2 : 1)
            {
                if (!BreaksAnywhere(char.ConvertToUtf32(word, i) is var cp ? cp : 0))
                {
                    continue;
                }
                if (i > start)
                {
                    yield return (word[start..i], spaceBefore);
                    spaceBefore = false;
                }
                var next = i + (char.IsSurrogatePair(word, i) ? 2 : 1);
                yield return (word[i..next], spaceBefore);
                (start, spaceBefore) = (next, false);
            }
            if (start < word.Length)
            {
                yield return (word[start..], spaceBefore);
            }
        }
    }

    private static bool BreaksAnywhere(int codePoint) =>
        codePoint is >= 0x2E80 and < 0xA000 or >= 0xAC00 and < 0xD7B0 or >= 0xF900 and < 0xFB00 or >= 0xFF00 and < 0xFFF0 or >= 0x20000 and < 0x30000;
}

/// <summary>One laid-out line and its width in points.</summary>
internal readonly record struct TextLine(string Text, double Width);
