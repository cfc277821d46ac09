using PdfSharp.Drawing;
using Resume.Rendering.Pdf;

namespace Resume.Rendering.Optimized;

/// <summary>
/// Lays the outline out as a plain single-column page: name, contact line, section headings with a rule, entries with
/// their title, organisation and dates on lines of their own, real bullets. Nothing a parser could read out of order: no columns, tables, text boxes,
/// headers or footers.
/// </summary>
internal sealed class OptimizedPdfLayout
{
    private static readonly XColor Ink = Colours.Hex("#111111");
    private static readonly XColor Soft = Colours.Hex("#444444");
    private static readonly XColor HeadingInk = Colours.Hex("#1b3a6b");

    public const string ContactSeparator = "  |  ";

    private readonly ResumeOutline _outline;
    private readonly ResumeDensity _d;
    private readonly PdfFlow _flow;
    private readonly TextStyle _body, _bold, _italic, _name, _headline, _contact, _heading, _note;

    private OptimizedPdfLayout(ResumeOutline outline, ResumeDensity density, PageFrame page, int maxPages, TextMeasurer measurer)
    {
        (_outline, _d) = (outline, density);
        _flow = new PdfFlow(page.WithMargins(density.Margin, density.Margin * 0.85), maxPages, measurer);
        _body = new TextStyle(density.Body, Ink, Leading: density.Leading);
        _bold = _body.With(bold: true);
        _italic = _body.With(italic: true, color: Soft);
        _name = new TextStyle(density.Name, Ink, Bold: true, Leading: 1.15);
        _headline = new TextStyle(density.Body + 1.5, Soft, Leading: 1.3);
        _contact = new TextStyle(density.Body - 0.5, Ink, Leading: 1.35);
        _heading = new TextStyle(density.Heading, HeadingInk, Bold: true, Leading: 1.25);
        _note = new TextStyle(Math.Max(7.5, density.Body - 2), Soft, Italic: true);
    }

    public ResumeDensity Density => _d;
    public PdfFlow Flow => _flow;

    /// <summary>
    /// Lays the outline out at the loosest density that fits the guide's <paramref name="pages"/>. Fewer pages are taken
    /// when a little tightening gets there (a page and a bit becomes one page even where two are allowed); when even the
    /// tightest density does not fit, the comfortable one is used, since a resume that spills anyway should read easily.
    /// </summary>
    public static OptimizedPdfLayout Fit(ResumeOutline outline, int pages, PageFrame page, int maxPages)
    {
        var measurer = new TextMeasurer();
        var tried = new Dictionary<int, OptimizedPdfLayout>();
        pages = Math.Max(1, pages);
        for (var target = 1; target <= pages; target++)
        {
            var levels = target == pages ? ResumeDensity.Levels : ResumeDensity.Levels.Take(MildLevels);
            foreach (var density in levels)
            {
                if (!tried.TryGetValue(density.Level, out var layout))
                {
                    layout = new OptimizedPdfLayout(outline, density, page, maxPages, measurer);
                    layout.Layout();
                    tried[density.Level] = layout;
                }
                if (layout._flow.PageCount <= target && !layout._flow.Truncated)
                {
                    return layout;
                }
            }
        }
        return tried[ResumeDensity.Comfortable.Level];
    }

    /// <summary>Densities used to save a page the guide does not ask to save.</summary>
    private const int MildLevels = 2;

    private void Layout()
    {
        _flow.Paragraph(_outline.Name, _name);
        if (_outline.Headline.Length > 0)
        {
            _flow.Paragraph(_outline.Headline, _headline);
        }
        _flow.Space(2);
        ContactLines();
        foreach (var section in _outline.Sections)
        {
            Section(section);
            if (_flow.Truncated)
            {
                return;
            }
        }
        if (_outline.Notes.Count > 0)
        {
            _flow.Space(_d.SectionGap);
            foreach (var note in _outline.Notes)
            {
                _flow.Paragraph($"Note: {note}", _note);
            }
        }
    }

    /// <summary>Contact items joined by a bar, wrapped only between items so no address is split.</summary>
    private void ContactLines()
    {
        var line = "";
        foreach (var item in _outline.Contact)
        {
            var candidate = line.Length == 0 ? item : line + ContactSeparator + item;
            if (line.Length > 0 && _flow.Measurer.Width(candidate, _contact) > _flow.Width)
            {
                _flow.Paragraph(line, _contact);
                candidate = item;
            }
            line = candidate;
        }
        if (line.Length > 0)
        {
            _flow.Paragraph(line, _contact);
        }
    }

    private void Section(OutlineSection section)
    {
        _flow.Space(_d.SectionGap);
        // A heading stays with the start of its first entry.
        _flow.KeepTogether(_heading.LineHeight + 4 + 3 * _body.LineHeight);
        _flow.Paragraph(section.Heading, _heading);
        var (x, y, width) = (_flow.Left, _flow.Y + 1, _flow.Width);
        _flow.Paint(g => g.DrawLine(new XPen(HeadingInk, 0.8), x, y, x + width, y));
        _flow.Advance(4);
        var first = true;
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case EntryBlock entry:
                    if (!first)
                    {
                        _flow.Space(_d.EntryGap);
                    }
                    var lines = EntryLines(entry);
                    _flow.KeepTogether(_body.LineHeight * (lines.Count + 1));
                    foreach (var (text, style) in lines)
                    {
                        _flow.Paragraph(text, style);
                    }
                    break;
                case ProseBlock prose:
                    _flow.Paragraph(prose.Text, _body);
                    break;
                case BulletBlock bullet:
                    _flow.Paragraph(bullet.Text, _body, indent: _body.Size * 1.3, marker: "•");
                    break;
                case LabeledBlock labeled:
                    _flow.Paragraph(labeled.Label + ": ", _bold, labeled.Text, _body);
                    break;
            }
            first = false;
            if (_flow.Truncated)
            {
                return;
            }
        }
    }

    /// <summary>
    /// An entry's head, one fact per line: title, then organisation and place, then dates. Nothing depends on where a
    /// word sits across the page, so a parser that reads line by line gets it right, and no gap can pass for a column.
    /// </summary>
    private List<(string Text, TextStyle Style)> EntryLines(EntryBlock entry)
    {
        var lines = new List<(string, TextStyle)>();
        if (entry.Title.Length > 0)
        {
            lines.Add((entry.Title, _bold));
        }
        if (OutlineText.Organisation(entry) is { Length: > 0 } organisation)
        {
            lines.Add((organisation, _italic));
        }
        if (entry.Dates.Length > 0)
        {
            lines.Add((entry.Dates, _body));
        }
        return lines;
    }

    /// <summary>The note said on the last page when the page cap cut the rewrite short.</summary>
    public void Decorate(XGraphics graphics, int page, int pages, int maxPages)
    {
        if (page == pages && _flow.Truncated)
        {
            var frame = _flow.Frame;
            _flow.DrawNow(graphics, $"Note: the rewrite stops at its limit of {maxPages} pages; the rest of the resume is left out.", _note,
                frame.MarginLeft, frame.Height - frame.MarginBottom + 6);
        }
    }
}
