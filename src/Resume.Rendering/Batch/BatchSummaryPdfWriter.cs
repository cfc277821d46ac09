using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fonts;
using Resume.Model;
using Resume.Rendering.Pdf;
using static Resume.Rendering.Pdf.PdfPalette;
using Resume.Rendering.Report;
using ScoreBands = Resume.Rendering.Report.ScoreBands;
using Resume.Rendering.Text;

namespace Resume.Rendering.Batch;

/// <summary>
/// The batch summary laid out on pages: headline figures, the score distribution drawn as bars, sub-score averages,
/// the checks most students fail, how many resumes an ATS cannot read, and the posting's most often missing skills.
/// </summary>
internal sealed class BatchSummaryPdfWriter
{
    private static readonly TextStyle Title = new(20, Ink, Bold: true, Leading: 1.2);
    private static readonly TextStyle Figure = new(18, Ink, Bold: true, Leading: 1.1);
    private static readonly TextStyle Caption = new(7.8, Muted, Bold: true, Leading: 1.2);

    private const int MaxPages = 6;

    private readonly BatchSummary _summary;
    private readonly PdfFlow _flow;

    private BatchSummaryPdfWriter(BatchSummary summary, PageFrame frame)
    {
        _summary = summary;
        _flow = new PdfFlow(frame with { MarginTop = 56, MarginBottom = 64 }, MaxPages);
    }

    public static void Write(BatchSummary summary, PageFrame frame, Stream output)
    {
        PdfFonts.Register();
        var writer = new BatchSummaryPdfWriter(summary, frame);
        writer.Layout();
        using var document = new PdfDocument();
        document.Info.Title = $"Batch summary: {Clip(summary.Source ?? summary.BatchId, 120)}";
        document.Info.Subject = $"{summary.Total} resumes scored against the {Clip(summary.RoleTitle, 80)} guide";
        document.Info.Creator = "Resume Pipeline";
        document.Options.CompressContentStreams = true;
        writer._flow.WriteTo(document, writer.Decorate);
        document.Save(output, closeStream: false);
    }

    private void Layout()
    {
        _flow.Paragraph($"BATCH SUMMARY · {_summary.RoleTitle.ToUpperInvariant()} GUIDE", Eyebrow);
        _flow.Space(2);
        _flow.Paragraph(_summary.Source ?? $"Batch {_summary.BatchId}", Title);
        _flow.Paragraph(Dates(), Small);
        _flow.Space(14);
        Headline();
        Distribution();
        Subscores();
        FailedChecks();
        Readability();
        MissingSkills();
        _flow.Space(18);
        _flow.Paragraph("Scored by Resume Pipeline against its role guide. Scores say how well software reads each resume and how closely it follows the guide; the per-student reports explain every finding and how to fix it.", Small);
    }

    private string Dates()
    {
        var created = _summary.CreatedAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return _summary.FinishedAt is { } finished
            ? $"Uploaded {created}; finished {finished.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)}."
            : $"Uploaded {created}; still running ({_summary.Completed + _summary.Failed:N0} of {_summary.Total:N0} done).";
    }

    private void Headline()
    {
        var figures = new (string Value, string Label)[]
        {
            (Number(_summary.Total), "RESUMES"),
            (Number(_summary.Completed), "SCORED"),
            (Number(_summary.Failed), "NOT READABLE"),
            (Number(_summary.Skipped), "SKIPPED FILES"),
            (Number(_summary.Duplicates), "DUPLICATES"),
            (_summary.Scores.Average is { } average ? average.ToString("0", CultureInfo.InvariantCulture) : "–", "AVERAGE SCORE"),
        };
        const double height = 58, gap = 8;
        if (!_flow.KeepTogether(height))
        {
            return;
        }
        var width = (_flow.Width - gap * (figures.Length - 1)) / figures.Length;
        var top = _flow.Y;
        for (var i = 0; i < figures.Length; i++)
        {
            var x = _flow.Left + i * (width + gap);
            _flow.Paint(g => g.DrawRoundedRectangle(new XSolidBrush(Tint), x, top, width, height, 10, 10));
            var (value, label) = figures[i];
            _flow.DrawLine(value, Figure, x + (width - _flow.Measurer.Width(value, Figure)) / 2, top + 10);
            _flow.DrawLine(label, Caption, x + (width - _flow.Measurer.Width(label, Caption)) / 2, top + 38);
        }
        _flow.Advance(height);
    }

    /// <summary>The ten score bands as upright bars, each coloured as the reports colour that score, with its count on top.</summary>
    private void Distribution()
    {
        Heading("How the scores fall");
        var scores = _summary.Scores;
        if (scores.Distribution.Count == 0 || scores.Distribution.All(b => b.Count == 0))
        {
            _flow.Paragraph("No resume has been scored yet.", Body);
            return;
        }
        _flow.Paragraph($"Median {scores.Median}; {Number(scores.Strong)} strong (80 or more), {Number(scores.Fair)} fair (60–79), {Number(scores.Low)} needing work (below 60).", Body);
        _flow.Space(8);
        const double chartHeight = 150, labelHeight = 16, countHeight = 14;
        if (!_flow.KeepTogether(chartHeight + labelHeight + countHeight))
        {
            return;
        }
        var top = _flow.Y + countHeight;
        var baseline = top + chartHeight;
        var left = _flow.Left;
        var width = _flow.Width;
        var max = Math.Max(1, scores.Distribution.Max(b => b.Count));
        var slot = width / scores.Distribution.Count;
        var barWidth = slot * 0.7;
        _flow.Paint(g => g.DrawLine(new XPen(Rule, 1), left, baseline, left + width, baseline));
        for (var i = 0; i < scores.Distribution.Count; i++)
        {
            var band = scores.Distribution[i];
            var x = left + i * slot + (slot - barWidth) / 2;
            var height = chartHeight * band.Count / max;
            var colour = Colours.Hex(ScoreBands.Colour(ScoreBands.Of(band.From)));
            if (band.Count > 0)
            {
                _flow.Paint(g => g.DrawRectangle(new XSolidBrush(colour), x, baseline - height, barWidth, height));
            }
            var count = Number(band.Count);
            _flow.DrawLine(count, Caption, x + (barWidth - _flow.Measurer.Width(count, Caption)) / 2, baseline - height - countHeight + 2);
            var label = $"{band.From}–{band.To}";
            _flow.DrawLine(label, Small, x + (barWidth - _flow.Measurer.Width(label, Small)) / 2, baseline + 4);
        }
        _flow.Advance(countHeight + chartHeight + labelHeight + 4);
    }

    private void Subscores()
    {
        if (_summary.Subscores.Count == 0)
        {
            return;
        }
        Heading("Sub-score averages");
        foreach (var sub in _summary.Subscores)
        {
            var value = (int)Math.Round(sub.Average);
            Bar(sub.Title, value / 100.0, sub.Average.ToString("0.#", CultureInfo.InvariantCulture), Colours.Hex(ScoreBands.Colour(ScoreBands.Of(value))));
        }
    }

    private void FailedChecks()
    {
        Heading("What most students should fix first");
        if (_summary.FailedChecks.Count == 0)
        {
            _flow.Paragraph("No check failed on any scored resume.", Body);
            return;
        }
        _flow.Paragraph("The checks failed by the most students, with how many each affects. Each student's report says what to change.", Small);
        _flow.Space(4);
        foreach (var check in _summary.FailedChecks)
        {
            Bar(check.Title, check.Share, $"{Number(check.Students)} ({Percent(check.Share)})", Colours.Hex(ReportColours.Fail), labelWidth: 230);
        }
    }

    private void Readability()
    {
        Heading("Resumes an ATS cannot read well");
        var r = _summary.Readability;
        _flow.Paragraph(r.Parsed == 0
            ? "No resume has been read yet."
            : $"{Number(r.Unreadable)} of {Number(r.Parsed)} resumes read ({Percent(r.Share)}) carry a warning that an applicant tracking system may miss their text: " +
              $"{Number(r.ImageOnly)} image-only (no text layer: scanned or exported as pictures), {Number(r.MultiColumn)} in several columns (read across, the lines mix).", Body);
        if (r.NotRead > 0)
        {
            _flow.Space(4);
            _flow.Paragraph($"{Number(r.NotRead)} more could not be read at all (damaged, password-protected, or not a resume): see the failure reasons in results.csv.", Body);
        }
        if (r.Parsed > 0)
        {
            _flow.Space(6);
            Bar("Readable without warnings", 1 - r.Share, Percent(1 - r.Share), Colours.Hex(ReportColours.Pass));
        }
    }

    private void MissingSkills()
    {
        if (_summary.MissingSkills.Count == 0)
        {
            return;
        }
        Heading("The posting's skills most often missing");
        _flow.Paragraph("Skills and keywords of the job posting that the resumes do not show, with how many students lack each: a workshop topic, or a line students who have it should add.", Small);
        _flow.Space(4);
        foreach (var skill in _summary.MissingSkills)
        {
            Bar(skill.Skill, skill.Share, $"{Number(skill.Students)} ({Percent(skill.Share)})", Accent, labelWidth: 230);
        }
    }

    /// <summary>A label, a bar filled to <paramref name="fraction"/> and the figure, on one row.</summary>
    private void Bar(string label, double fraction, string figure, XColor colour, double labelWidth = 150)
    {
        const double barHeight = 8, figureWidth = 80;
        var height = Body.LineHeight + 4;
        if (!_flow.Reserve(height))
        {
            return;
        }
        var top = _flow.Y;
        _flow.DrawLine(Fit(label, Body, labelWidth - 8), Body, _flow.Left, top);
        var barX = _flow.Left + labelWidth;
        var barWidth = _flow.Width - labelWidth - figureWidth;
        var barY = top + (Body.LineHeight - barHeight) / 2;
        var filled = Math.Clamp(fraction, 0, 1);
        _flow.Paint(g =>
        {
            g.DrawRoundedRectangle(new XSolidBrush(Track), barX, barY, barWidth, barHeight, barHeight, barHeight);
            if (filled > 0)
            {
                g.DrawRoundedRectangle(new XSolidBrush(colour), barX, barY, Math.Max(barHeight, barWidth * filled), barHeight, barHeight, barHeight);
            }
        });
        var bold = Body.With(bold: true);
        _flow.DrawLine(figure, bold, _flow.Right - _flow.Measurer.Width(figure, bold), top);
        _flow.Advance(height);
    }

    private void Heading(string text)
    {
        _flow.Space(20);
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
        _flow.DrawNow(graphics, "Resume Pipeline · batch summary", Small, frame.MarginLeft, footerTop);
        var number = $"Page {page} of {pages}";
        _flow.DrawNow(graphics, number, Small, frame.Width - frame.MarginRight - _flow.Measurer.Width(number, Small), footerTop);
    }

    private string Fit(string text, TextStyle style, double width)
    {
        if (_flow.Measurer.Width(text, style) <= width)
        {
            return text;
        }
        var lines = _flow.Wrap(text, style, width - _flow.Measurer.Width(CleanText.Ellipsis, style));
        return lines[0].Text.TrimEnd() + CleanText.Ellipsis;
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;
}
