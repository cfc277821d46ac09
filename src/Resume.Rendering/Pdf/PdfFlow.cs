using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fonts;

namespace Resume.Rendering.Pdf;

internal readonly record struct FlowMark(int Page, double Y);

/// <summary>
/// A top-to-bottom flow of content over pages: it wraps text, breaks pages, keeps small blocks together and stops at a page
/// cap. Layout and painting are separate: everything placed is recorded per page and only drawn by <see cref="WriteTo"/>,
/// so a layout can be tried at several densities and only the one kept is painted.
/// </summary>
internal sealed class PdfFlow
{
    private readonly List<List<Action<XGraphics>>> _pages = [];
    private readonly int _maxPages;

    public PdfFlow(PageFrame frame, int maxPages, TextMeasurer? measurer = null)
    {
        Frame = frame;
        _maxPages = Math.Max(1, maxPages);
        Measurer = measurer ?? new TextMeasurer();
        StartPage();
    }

    public PageFrame Frame { get; }
    public TextMeasurer Measurer { get; }

    /// <summary>Top of the next thing placed, in points from the top of the page.</summary>
    public double Y { get; private set; }

    public double Left => Frame.MarginLeft;
    public double Right => Frame.Width - Frame.MarginRight;
    public double Width => Frame.ContentWidth;
    public double Bottom => Frame.Height - Frame.MarginBottom;
    public int PageCount => _pages.Count;

    /// <summary>The page cap was reached: whatever was placed after it is not in the document.</summary>
    public bool Truncated { get; private set; }

    private bool AtPageTop => Y <= Frame.MarginTop + 0.01;

    /// <summary>Makes room for a block of this height, on a new page if this one has too little left.</summary>
    /// <returns>False once the page cap is reached: stop placing content.</returns>
    public bool Reserve(double height)
    {
        if (Truncated)
        {
            return false;
        }
        if (Y + height <= Bottom + 0.01 || AtPageTop)
        {
            return true;
        }
        return NewPage();
    }

    /// <summary>Keeps a block together when it fits on one page; a taller block starts here and flows on.</summary>
    public bool KeepTogether(double height) => Reserve(Math.Min(height, Frame.ContentHeight));

    public void Advance(double height) => Y = Math.Min(Y + height, Bottom);

    /// <summary>Space between blocks; dropped at the top of a page.</summary>
    public void Space(double height)
    {
        if (!AtPageTop && !Truncated)
        {
            Y = Math.Min(Y + height, Bottom);
        }
    }

    /// <summary>Starts a new page unless this one is still empty.</summary>
    /// <returns>False once the page cap is reached.</returns>
    public bool NewPage()
    {
        if (Truncated)
        {
            return false;
        }
        if (AtPageTop)
        {
            return true;
        }
        if (_pages.Count >= _maxPages)
        {
            Truncated = true;
            return false;
        }
        StartPage();
        return true;
    }

    /// <summary>Where the flow stands now: a page index and a height on it.</summary>
    public FlowMark Mark() => new(_pages.Count - 1, Y);

    /// <summary>
    /// Paints something alongside the content placed since <paramref name="start"/>, once per page it spans (a bar down the
    /// side of a block that broke across pages): <paramref name="paint"/> gets the top and bottom on each page.
    /// </summary>
    public void Alongside(FlowMark start, Action<XGraphics, double, double> paint)
    {
        var end = Mark();
        for (var page = start.Page; page <= end.Page; page++)
        {
            var top = page == start.Page ? start.Y : Frame.MarginTop;
            var bottom = page == end.Page ? end.Y : Bottom;
            if (bottom > top)
            {
                _pages[page].Insert(0, g => paint(g, top, bottom));
            }
        }
    }

    /// <summary>Records drawing for the current page; it runs when the document is written.</summary>
    public void Paint(Action<XGraphics> paint)
    {
        if (!Truncated)
        {
            _pages[^1].Add(paint);
        }
    }

    public List<TextLine> Wrap(string text, TextStyle style, double width) => Measurer.Wrap(text, style, width);

    public double Height(string text, TextStyle style, double width) => Wrap(text, style, width).Count * style.LineHeight;

    /// <summary>Wrapped text from <paramref name="indent"/> to the right margin, with an optional marker (a bullet) hanging left of it.</summary>
    public bool Paragraph(string text, TextStyle style, double indent = 0, string? marker = null, double rightInset = 0)
    {
        var lines = Wrap(text, style, Width - indent - rightInset);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Reserve(style.LineHeight))
            {
                return false;
            }
            DrawLine(lines[i].Text, style, Left + indent, Y);
            if (i == 0 && marker is not null)
            {
                var markerX = Left + indent - Measurer.Width(marker + " ", style);
                DrawLine(marker, style, markerX, Y);
            }
            Y += style.LineHeight;
        }
        return true;
    }

    /// <summary>A paragraph led by a label in another style on its first line ("Languages: C#, Go").</summary>
    public bool Paragraph(string lead, TextStyle leadStyle, string text, TextStyle style, double indent = 0)
    {
        var leadWidth = Measurer.Width(lead, leadStyle);
        var lines = Measurer.Wrap(text, style, Width - indent, leadWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            var height = i == 0 ? Math.Max(style.LineHeight, leadStyle.LineHeight) : style.LineHeight;
            if (!Reserve(height))
            {
                return false;
            }
            if (i == 0)
            {
                DrawLine(lead, leadStyle, Left + indent, Y + (height - leadStyle.LineHeight) / 2);
            }
            DrawLine(lines[i].Text, style, Left + indent + (i == 0 ? leadWidth : 0), Y + (height - style.LineHeight) / 2);
            Y += height;
        }
        return true;
    }

    /// <summary>Text on the left and a short text flush right on the first line (a title and its dates).</summary>
    public bool Row(string left, TextStyle leftStyle, string right, TextStyle rightStyle, double indent = 0, double rightInset = 0)
    {
        var rightWidth = string.IsNullOrEmpty(right) ? 0 : Measurer.Width(right, rightStyle);
        var gap = rightWidth > 0 ? 12 : 0;
        var lines = Wrap(left, leftStyle, Math.Max(Width - indent - rightInset - rightWidth - gap, Width / 3));
        var height = Math.Max(leftStyle.LineHeight, rightStyle.LineHeight);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Reserve(height))
            {
                return false;
            }
            DrawLine(lines[i].Text, leftStyle, Left + indent, Y + (height - leftStyle.LineHeight) / 2);
            if (i == 0 && rightWidth > 0)
            {
                DrawLine(right, rightStyle, Right - rightInset - rightWidth, Y + (height - rightStyle.LineHeight) / 2);
            }
            Y += i == 0 ? height : leftStyle.LineHeight;
        }
        return true;
    }

    /// <summary>One line of text at a given place (top of its line box), drawn when the document is written.</summary>
    public void DrawLine(string text, TextStyle style, double x, double top)
    {
        if (text.Length > 0)
        {
            Paint(g => DrawNow(g, text, style, x, top));
        }
    }

    /// <summary>Draws one line at once, run by run in the faces it needs; headers and footers are drawn this way.</summary>
    public void DrawNow(XGraphics graphics, string text, TextStyle style, double x, double top)
    {
        var brush = new XSolidBrush(style.Color);
        foreach (var (run, family) in PdfFonts.Runs(text, style.Family))
        {
            var font = Measurer.Font(family, style);
            graphics.DrawString(run, font, brush, x, top + style.Baseline);
            x += Measurer.RunWidth(run, font);
        }
    }

    /// <summary>Adds the pages to the document and paints them; <paramref name="decorate"/> adds headers and footers.</summary>
    public void WriteTo(PdfDocument document, Action<XGraphics, int, int>? decorate = null)
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(Frame.Width);
            page.Height = XUnit.FromPoint(Frame.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var paint in _pages[i])
            {
                paint(graphics);
            }
            decorate?.Invoke(graphics, i + 1, _pages.Count);
        }
    }

    private void StartPage()
    {
        _pages.Add([]);
        Y = Frame.MarginTop;
    }
}
