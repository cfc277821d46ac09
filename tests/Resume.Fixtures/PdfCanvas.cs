using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fonts;

namespace Resume.Fixtures;

/// <summary>A cursor over PDFsharp pages: writes lines, wrapped paragraphs and right-aligned text, turning pages as needed.
/// Text goes through <see cref="PdfFonts.Runs"/> so every script gets a face that has its glyphs.</summary>
public sealed class PdfCanvas : IDisposable
{
    private readonly PdfDocument _document;
    private XGraphics _graphics = null!;
    private readonly double _top;
    private readonly double _bottom;

    public PdfCanvas(PdfDocument document, double top = 50, double bottomMargin = 50)
    {
        PdfFonts.Register();
        _document = document;
        _top = top;
        NewPage();
        _bottom = Page.Height.Point - bottomMargin;
    }

    public PdfPage Page { get; private set; } = null!;
    public double Y { get; set; }
    public int PageNumber { get; private set; }

    public XGraphics Graphics => _graphics;

    public void NewPage()
    {
        _graphics?.Dispose();
        Page = _document.AddPage();
        Page.Width = XUnit.FromPoint(595);
        Page.Height = XUnit.FromPoint(842);
        _graphics = XGraphics.FromPdfPage(Page);
        Y = _top;
        PageNumber++;
    }

    public static XFont Font(double size, bool bold = false, string family = PdfFonts.Sans, bool italic = false) =>
        new(family, size, (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        });

    /// <summary>Draws text starting at x on the current baseline; returns the x where it ended.</summary>
    public double Draw(string text, double x, double size, bool bold = false, double? y = null, bool italic = false)
    {
        var baseline = y ?? Y;
        foreach (var (run, family) in PdfFonts.Runs(text))
        {
            var font = Font(size, bold && family != PdfFonts.Cjk, family, italic && family != PdfFonts.Cjk);
            _graphics.DrawString(run, font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
            x += _graphics.MeasureString(run, font).Width;
        }
        return x;
    }

    public double Width(string text, double size, bool bold = false, bool italic = false)
    {
        double width = 0;
        foreach (var (run, family) in PdfFonts.Runs(text))
        {
            width += _graphics.MeasureString(run, Font(size, bold && family != PdfFonts.Cjk, family, italic && family != PdfFonts.Cjk)).Width;
        }
        return width;
    }

    public void DrawRight(string text, double right, double size, bool bold = false, double? y = null, bool italic = false) =>
        Draw(text, right - Width(text, size, bold, italic), size, bold, y, italic);

    /// <summary>Moves to the next line, turning the page when the bottom margin is reached.</summary>
    public void Advance(double leading)
    {
        Y += leading;
        if (Y > _bottom)
        {
            NewPage();
        }
    }

    /// <summary>Writes a paragraph wrapped to the width, optionally behind a bullet; returns the lines used.</summary>
    public int Paragraph(string text, double x, double width, double size, string? bullet = null, double leading = 0)
    {
        leading = leading > 0 ? leading : size * 1.3;
        var indent = bullet is null ? 0 : size * 1.2;
        var lines = Wrap(text, size, width - indent);
        for (var k = 0; k < lines.Count; k++)
        {
            if (bullet is not null && k == 0)
            {
                Draw(bullet, x, size);
            }
            Draw(lines[k], x + indent, size);
            Advance(leading);
        }
        return lines.Count;
    }

    /// <summary>Writes the text set flush right against <paramref name="right"/>, wrapped to the width from
    /// <paramref name="top"/> down, without moving the cursor (a label column beside its value); returns the lines used.</summary>
    public int RightColumn(string text, double right, double width, double size, double top, double leading)
    {
        var lines = Wrap(text, size, width);
        for (var k = 0; k < lines.Count; k++)
        {
            DrawRight(lines[k], right, size, y: top + leading * k);
        }
        return lines.Count;
    }

    /// <summary>The text cut into lines as a typesetter fills them: as many words as fit the width (the first line may
    /// have its own width, as beside a hanging label).</summary>
    public List<string> Wrap(string text, double size, double width, double? firstWidth = null)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, size) > (lines.Count == 0 ? firstWidth ?? width : width))
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return lines;
    }

    public void DrawImage(XImage image, double x, double y, double width, double height) => _graphics.DrawImage(image, x, y, width, height);

    public void Dispose() => _graphics?.Dispose();
}
