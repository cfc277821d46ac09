using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fonts;
using Resume.Rendering.Pdf;
using static Resume.Rendering.Pdf.PdfPalette;
using Resume.Rendering.Text;

namespace Resume.Rendering.Report;

/// <summary>The report as a PDF drawn with vectors: the same view, sections and sentences as the HTML page.</summary>
internal sealed class PdfReportWriter
{
    private static readonly TextStyle Name = new(22, Ink, Bold: true, Leading: 1.2);
    private static readonly TextStyle H3 = new(11, Ink, Bold: true, Leading: 1.3);
    private static readonly TextStyle Verdict = new(11, Ink, Bold: true, Leading: 1.35);
    private static readonly TextStyle Label = new(7.5, Muted, Bold: true);
    private static readonly TextStyle Quote = new(9.5, Colours.Hex("#3a4150"), Italic: true, Leading: 1.4);
    private static readonly TextStyle Badge = new(7.5, XColors.White, Bold: true, Leading: 1.0);
    private static readonly TextStyle Chip = new(8.8, Ink, Leading: 1.0);

    private const double StripeInset = 14;
    private const double RightPad = 10;

    private readonly ReportView _view;
    private readonly RenderLimits _limits;
    private readonly PdfFlow _flow;

    private PdfReportWriter(ReportView view, RenderLimits limits, PageFrame frame)
    {
        (_view, _limits) = (view, limits);
        _flow = new PdfFlow(frame with { MarginTop = 56, MarginBottom = 64 }, limits.MaxReportPages);
    }

    public static void Write(ReportView view, RenderLimits limits, PageFrame frame, Stream output)
    {
        PdfFonts.Register();
        var writer = new PdfReportWriter(view, limits, frame);
        writer.Layout();
        using var document = new PdfDocument();
        document.Info.Title = $"ATS resume report: {Clip(view.Candidate, 120)}";
        document.Info.Subject = $"Score {view.Score} of 100 against the {Clip(view.RoleTitle, 80)} guide";
        document.Info.Creator = "Resume Pipeline";
        document.Options.CompressContentStreams = true;
        writer._flow.WriteTo(document, writer.Decorate);
        document.Save(output, closeStream: false);
    }

    private void Layout()
    {
        _flow.Paragraph($"ATS RESUME REPORT · {_view.RoleTitle.ToUpperInvariant()}", Eyebrow);
        _flow.Space(2);
        _flow.Paragraph(_view.Candidate, Name);
        _flow.Space(3);
        _flow.Paragraph(_view.RoleLine, Small);
        _flow.Space(12);
        Overview();
        if (_view.Match is { } match)
        {
            Match(match);
        }
        Checks();
        if (_view.Advice.Count > 0)
        {
            Heading($"Advice for a {_view.RoleTitle} resume");
            foreach (var advice in _view.Advice)
            {
                _flow.Paragraph(advice, Body, indent: 14, marker: "•");
                _flow.Space(3);
            }
        }
        Facts();
        if (_view.Notes.Count > 0)
        {
            Heading("Left out of this report");
            foreach (var note in _view.Notes)
            {
                _flow.Paragraph(note, Small, indent: 14, marker: "•");
            }
        }
        _flow.Space(18);
        _flow.Paragraph("Scored by Resume Pipeline against its role guide. The score says how well software reads the resume and how closely it follows the guide; a person still decides.", Small);
    }

    private void Overview()
    {
        const double pad = 16, gap = 22;
        // No score picture for a file with no text: the number would read as a judgement of content nobody could read.
        var gaugeWidth = _view.Readable ? 160.0 : 0;
        var textLeft = _flow.Left + pad + gaugeWidth + (_view.Readable ? gap : 0);
        var textWidth = _flow.Right - pad - textLeft;
        var verdict = _flow.Wrap(_view.Verdict, Verdict, textWidth);
        const double pillHeight = 16, barRow = 17;
        var subscores = _view.Readable ? _view.Subscores : [];
        var textHeight = verdict.Count * Verdict.LineHeight + 8 + pillHeight + 12 + subscores.Count * barRow;
        var height = Math.Max(_view.Readable ? 118 : 0, textHeight) + 2 * pad;
        if (!_flow.KeepTogether(height))
        {
            return;
        }
        var top = _flow.Y;
        var left = _flow.Left;
        var width = _flow.Width;
        _flow.Paint(g => g.DrawRoundedRectangle(new XSolidBrush(Tint), left, top, width, height, 14, 14));
        if (_view.Readable)
        {
            Gauge(left + pad + gaugeWidth / 2, top + pad + (height - 2 * pad - 118) / 2 + 88, 66);
        }

        var y = top + pad + Math.Max(0, (height - 2 * pad - textHeight) / 2);
        foreach (var line in verdict)
        {
            _flow.DrawLine(line.Text, Verdict, textLeft, y);
            y += Verdict.LineHeight;
        }
        y += 8;
        var x = textLeft;
        foreach (var (text, colour) in new[]
        {
            (Words.Count(_view.Failed, "failed", "failed"), ReportColours.Fail),
            ($"{_view.Warned:N0} to improve", ReportColours.Warn),
            (Words.Count(_view.Passed, "passed", "passed"), ReportColours.Pass),
        })
        {
            x += Pill(text, Colours.Hex(colour), x, y, pillHeight) + 6;
        }
        y += pillHeight + 12;
        foreach (var sub in subscores)
        {
            BarRow(sub.Name, sub.Value, $"{sub.Value}", Colours.Hex(ScoreBands.Colour(sub.Band)), textLeft, textWidth, y);
            y += barRow;
        }
        _flow.Advance(height);
    }

    private void Gauge(double cx, double baseline, double radius)
    {
        var score = _view.Score;
        var colour = Colours.Hex(ScoreBands.Colour(_view.Band));
        _flow.Paint(g =>
        {
            var box = new XRect(cx - radius, baseline - radius, 2 * radius, 2 * radius);
            g.DrawArc(new XPen(Track, 15) { LineCap = XLineCap.Round }, box, 180, 180);
            if (score > 0)
            {
                g.DrawArc(new XPen(colour, 15) { LineCap = XLineCap.Round }, box, 180, 180 * score / 100.0);
            }
        });
        var number = new TextStyle(32, Ink, Bold: true, Leading: 1.0);
        var text = score.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _flow.DrawLine(text, number, cx - _flow.Measurer.Width(text, number) / 2, baseline - 38);
        const string scale = "out of 100";
        _flow.DrawLine(scale, Small, cx - _flow.Measurer.Width(scale, Small) / 2, baseline - 4);
        const string caption = "Overall score";
        _flow.DrawLine(caption, Label, cx - _flow.Measurer.Width(caption, Label) / 2, baseline + 14);
    }

    /// <summary>A label, a 0–100 bar and the figure, on one row of the given width.</summary>
    private void BarRow(string label, int value, string figure, XColor colour, double x, double width, double top)
    {
        const double labelWidth = 118, figureWidth = 34, barHeight = 8;
        var style = Body.With(size: 9.2);
        _flow.DrawLine(Fit(label, style, labelWidth - 6), style, x, top);
        var barX = x + labelWidth;
        var barWidth = width - labelWidth - figureWidth;
        var barY = top + (style.LineHeight - barHeight) / 2;
        _flow.Paint(g =>
        {
            g.DrawRoundedRectangle(new XSolidBrush(Track), barX, barY, barWidth, barHeight, barHeight, barHeight);
            if (value > 0)
            {
                g.DrawRoundedRectangle(new XSolidBrush(colour), barX, barY, Math.Max(barHeight, barWidth * value / 100.0), barHeight, barHeight, barHeight);
            }
        });
        var bold = style.With(bold: true);
        _flow.DrawLine(figure, bold, x + width - _flow.Measurer.Width(figure, bold), top);
    }

    /// <summary>White text on a rounded coloured label; returns its width.</summary>
    private double Pill(string text, XColor fill, double x, double top, double height)
    {
        var style = Badge.With(size: 8.5);
        var width = _flow.Measurer.Width(text, style) + 16;
        _flow.Paint(g => g.DrawRoundedRectangle(new XSolidBrush(fill), x, top, width, height, height, height));
        _flow.DrawLine(text, style, x + 8, top + (height - style.LineHeight) / 2);
        return width;
    }

    private void Match(MatchView match)
    {
        Heading("Job posting match");
        if (!_flow.Reserve(Body.LineHeight + 6))
        {
            return;
        }
        BarRow("Posting terms found", match.Rate, $"{match.Rate}%", Colours.Hex(ScoreBands.Colour(ScoreBands.Of(match.Rate))), _flow.Left, _flow.Width, _flow.Y);
        _flow.Advance(Body.LineHeight + 6);
        Chips("Missing, and important", "Required by the posting or named in it often: add the ones you genuinely have first.", match.MissingImportant, ChipKind.Important);
        Chips(match.MissingImportant.Count > 0 ? "Also missing" : "Missing from the resume", null, match.MissingOther, ChipKind.Missing);
        Chips("Already in the resume", null, match.Matched, ChipKind.Matched);
    }

    private enum ChipKind
    {
        Important,
        Missing,
        Matched,
    }

    private void Chips(string heading, string? hint, IReadOnlyList<string> terms, ChipKind kind)
    {
        if (terms.Count == 0)
        {
            return;
        }
        const double height = 17, gap = 5, pad = 7;
        _flow.Space(6);
        _flow.KeepTogether(H3.LineHeight + height * 2);
        _flow.Paragraph(heading, H3.With(size: 10));
        if (hint is not null)
        {
            _flow.Paragraph(hint, Small);
        }
        _flow.Space(3);
        var style = kind == ChipKind.Important ? Chip.With(bold: true, color: Colours.Hex("#8a1a1f")) : Chip;
        var (fill, border) = kind switch
        {
            ChipKind.Important => (Colours.Hex("#fdeeee"), new XPen(Colours.Hex(ReportColours.Fail), 0.9)),
            ChipKind.Matched => (Colours.Hex("#eef8f1"), new XPen(Colours.Hex("#b9dcc4"), 0.8)),
            _ => (XColors.White, new XPen(Muted, 0.7) { DashStyle = XDashStyle.Dash }),
        };
        var x = _flow.Left;
        var rowStarted = false;
        foreach (var term in terms)
        {
            var text = Fit(term, style, _flow.Width - 2 * pad);
            var width = _flow.Measurer.Width(text, style) + 2 * pad;
            if (rowStarted && x + width > _flow.Right)
            {
                _flow.Advance(height + gap);
                x = _flow.Left;
                rowStarted = false;
            }
            if (!rowStarted && !_flow.Reserve(height + gap))
            {
                return;
            }
            var (chipX, chipY) = (x, _flow.Y);
            _flow.Paint(g => g.DrawRoundedRectangle(border, new XSolidBrush(fill), chipX, chipY, width, height, 6, 6));
            _flow.DrawLine(text, style, chipX + pad, chipY + (height - style.LineHeight) / 2);
            x += width + gap;
            rowStarted = true;
        }
        _flow.Advance(height + gap);
    }

    private void Checks()
    {
        Heading("Checks");
        _flow.Paragraph($"{Words.Count(_view.Checks.Count, "check", "checks")}, what the rest depends on first, then failed, to improve and passed, the ones that weigh most first within each group.", Small);
        foreach (var check in _view.Checks)
        {
            if (!Check(check))
            {
                return;
            }
        }
    }

    private bool Check(CheckView check)
    {
        _flow.Space(10);
        var badgeText = check.StatusLabel.ToUpperInvariant();
        var badgeWidth = _flow.Measurer.Width(badgeText, Badge) + 10;
        var meta = $"{check.Category} · weight {check.Weight}";
        var titleIndent = StripeInset + badgeWidth + 8;
        var titleLines = _flow.Wrap(check.Title, H3, _flow.Width - titleIndent - _flow.Measurer.Width(meta, Small) - 12 - RightPad);
        var detailLines = _flow.Wrap(check.Detail, Body, _flow.Width - StripeInset - RightPad);
        // The header and the start of the detail stay together; evidence and fix may flow onto the next page.
        if (!_flow.KeepTogether(titleLines.Count * H3.LineHeight + Math.Min(detailLines.Count, 4) * Body.LineHeight + 8))
        {
            return false;
        }
        var start = _flow.Mark();
        _flow.Space(6);
        // Centred on the capitals of the badge text, which sits on the title's baseline.
        var (badgeX, badgeY) = (_flow.Left + StripeInset, _flow.Y + H3.Baseline - Badge.Size * 0.36 - 6);
        var colour = Colours.Hex(ReportColours.ForStatus(check.Status));
        _flow.Paint(g => g.DrawRoundedRectangle(new XSolidBrush(colour), badgeX, badgeY, badgeWidth, 12, 4, 4));
        // Same baseline as the title, so the status reads with it as one line.
        _flow.DrawLine(badgeText, Badge, badgeX + 5, _flow.Y + H3.Baseline - Badge.Baseline);
        _flow.Row(check.Title, H3, meta, Small, indent: titleIndent, rightInset: RightPad);
        if (check.Detail.Length > 0)
        {
            _flow.Space(2);
            _flow.Paragraph(check.Detail, Body, indent: StripeInset, rightInset: RightPad);
        }
        if (check.Evidence.Count > 0)
        {
            _flow.Space(5);
            _flow.KeepTogether(Label.LineHeight + Quote.LineHeight * Math.Min(2, check.Evidence.Count));
            _flow.Paragraph("FROM YOUR RESUME", Label, indent: StripeInset);
            var quotes = _flow.Mark();
            foreach (var line in check.Evidence)
            {
                _flow.Paragraph($"“{line}”", Quote, indent: StripeInset + 10, rightInset: RightPad);
            }
            if (check.EvidenceLeftOut > 0)
            {
                _flow.Paragraph($"and {Words.Count(check.EvidenceLeftOut, "more line", "more lines")}", Small, indent: StripeInset + 10);
            }
            var barX = _flow.Left + StripeInset + 2;
            _flow.Alongside(quotes, (g, top, bottom) => g.DrawRectangle(new XSolidBrush(Rule), barX, top + 1, 2, bottom - top - 2));
        }
        if (check.Fix.Length > 0)
        {
            _flow.Space(5);
            _flow.KeepTogether(Label.LineHeight + _flow.Height(check.Fix, Body, _flow.Width - StripeInset - RightPad));
            _flow.Paragraph("HOW TO FIX", Label.With(color: Accent), indent: StripeInset);
            _flow.Paragraph(check.Fix, Body, indent: StripeInset, rightInset: RightPad);
        }
        _flow.Space(6);
        var stripeX = _flow.Left;
        _flow.Alongside(start, (g, top, bottom) =>
        {
            g.DrawRectangle(new XSolidBrush(Tint), stripeX, top, _flow.Width, bottom - top);
            g.DrawRectangle(new XSolidBrush(colour), stripeX, top, 4, bottom - top);
        });
        return !_flow.Truncated;
    }

    private void Facts()
    {
        Heading("What the scanner read");
        var facts = _view.Facts;
        if (facts.File.Length > 0)
        {
            Fact("File", facts.File);
        }
        Fact("Sections found", facts.Sections.Count > 0 ? string.Join(" · ", facts.Sections) : "No section headings were recognised.");
        foreach (var (warning, i) in facts.Warnings.Select((w, i) => (w, i)))
        {
            Fact(i == 0 ? "Layout warnings" : "", warning);
        }
        if (facts.Unplaced.Count > 0)
        {
            Heading(ResumeFacts.UnplacedTitle);
            _flow.Paragraph(ResumeFacts.UnplacedAdvice, Body);
            _flow.Space(6);
            foreach (var line in facts.Unplaced)
            {
                // The heading can be longer than a label column: it leads the line instead.
                _flow.Paragraph(line.Section + ": ", Body.With(bold: true, color: Muted), line.Text, Body, indent: 12);
                _flow.Space(2);
            }
            if (facts.UnplacedMore > 0)
            {
                _flow.Paragraph($"…and {Words.Count(facts.UnplacedMore, "more line", "more lines")}.", Body);
            }
        }
    }

    private void Fact(string label, string text)
    {
        const double labelWidth = 110;
        var style = Body.With(bold: true, color: Muted);
        if (_flow.Reserve(Body.LineHeight) && label.Length > 0)
        {
            _flow.DrawLine(label, style, _flow.Left, _flow.Y);
        }
        _flow.Paragraph(text, Body, indent: labelWidth);
        _flow.Space(3);
    }

    private void Heading(string text)
    {
        _flow.Space(20);
        // A heading never ends a page: keep it with the first lines of what it introduces.
        _flow.KeepTogether(H2.LineHeight + 6 + 3 * Body.LineHeight);
        _flow.Paragraph(text, H2);
        var (x, y, width) = (_flow.Left, _flow.Y + 2, _flow.Width);
        _flow.Paint(g => g.DrawLine(new XPen(Rule, 1.5), x, y, x + width, y));
        _flow.Advance(9);
    }

    private void Decorate(XGraphics graphics, int page, int pages)
    {
        var frame = _flow.Frame;
        var footerTop = frame.Height - 40;
        graphics.DrawLine(new XPen(Rule, 0.8), frame.MarginLeft, footerTop - 6, frame.Width - frame.MarginRight, footerTop - 6);
        _flow.DrawNow(graphics, "Resume Pipeline · ATS resume report", Small, frame.MarginLeft, footerTop);
        var number = $"Page {page} of {pages}";
        _flow.DrawNow(graphics, number, Small, frame.Width - frame.MarginRight - _flow.Measurer.Width(number, Small), footerTop);
        if (page > 1)
        {
            _flow.DrawNow(graphics, Fit(_view.Candidate, Small, frame.ContentWidth), Small, frame.MarginLeft, 28);
        }
        if (page == pages && _flow.Truncated)
        {
            var note = $"This report reached its limit of {_limits.MaxReportPages} pages; the rest is left out. The HTML report lists everything within its own limits.";
            _flow.DrawNow(graphics, Fit(note, Small.With(color: Colours.Hex(ReportColours.Fail)), frame.ContentWidth), Small.With(color: Colours.Hex(ReportColours.Fail)), frame.MarginLeft, footerTop - 22);
        }
    }

    /// <summary>The text, cut with an ellipsis if it is wider than <paramref name="width"/>.</summary>
    private string Fit(string text, TextStyle style, double width)
    {
        if (_flow.Measurer.Width(text, style) <= width)
        {
            return text;
        }
        var lines = _flow.Wrap(text, style, width - _flow.Measurer.Width(CleanText.Ellipsis, style));
        return lines[0].Text.TrimEnd() + CleanText.Ellipsis;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + CleanText.Ellipsis;
}
