using System.Globalization;
using System.Text;
using Resume.Parsing.Detection;
using Resume.Parsing.Extraction.Docx;
using Resume.Parsing.Extraction.Pdf;
using Resume.Parsing.Extraction.Scan;
using Resume.Parsing.Extraction.Text;
using Resume.Parsing.Layout;
using Resume.Parsing.Ocr;
using Resume.Parsing.Structure;

namespace Resume.Parsing;

/// <summary>A readable dump of what the parser saw in a file (lines, geometry, sections), for diagnosing layouts.</summary>
public static class LayoutDump
{
    /// <summary>With <paramref name="ocr"/>, photos and image-only PDFs are read as the parser reads them.</summary>
    public static string Describe(byte[] bytes, IOcr? ocr = null)
    {
        var options = ParserOptions.Default;
        var budget = new ParseBudget(options.Timeout, CancellationToken.None);
        var sniffed = FileSniffer.Sniff(bytes, bytes.Length, 2_000_000);
        LayoutDocument layout;
        try
        {
            layout = sniffed.Kind switch
            {
                FileKind.Pdf when PdfExtractor.Extract(bytes, bytes.Length, options, budget) is var pdf =>
                    pdf.Traits.Contains(Model.ParseWarningCodes.ImageOnly) ? ScanReader.ReadScannedPdf(pdf, bytes, bytes.Length, ocr, options, budget) : pdf,
                FileKind.Png => ScanReader.ReadPhoto(bytes, bytes.Length, ImageFormat.Png, ocr, options, budget),
                FileKind.Jpeg => ScanReader.ReadPhoto(bytes, bytes.Length, ImageFormat.Jpeg, ocr, options, budget),
                FileKind.Docx => DocxExtractor.Extract(bytes, bytes.Length, options, budget),
                FileKind.Text or FileKind.Markdown => PlainTextExtractor.Extract(sniffed.Text!, sniffed.Kind == FileKind.Markdown, budget),
                _ => throw new ParseFailure(sniffed.Kind.ToString(), sniffed.Detail ?? ""),
            };
        }
        catch (ParseFailure failure)
        {
            return $"{failure.Code}: {failure.Message}\n";
        }
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"type={layout.FileType} pages={layout.PageCount} traits={string.Join(",", layout.Traits)}");
        foreach (var line in layout.Lines)
        {
            var flags = $"{(line.Bullet ? "•" : " ")}{(line.Bold ? "B" : " ")}{(line.Italic ? "I" : " ")}{(line.GapBefore ? "g" : " ")}{(line.HeadingLevel > 0 ? line.HeadingLevel.ToString(c) : " ")}{(line.Larger ? "L" : "")}";
            var where = line.HasGeometry
                ? string.Create(c, $"p{line.Page} c{line.Column} x{line.Left,6:F1}-{line.Right,6:F1}/{line.ColumnRight,5:F0} y{line.Top,6:F1} s{line.FontSize,4:F1}")
                : string.Create(c, $"i{line.Indent,2}");
            text.AppendLine(c, $"{where} {flags} {string.Join(" ‖ ", line.Segments.Select(s => (s.FromMargin ? "«" : "") + (s.Bold ? "*" : "") + (s.Italic ? "/" : "") + s.Text))}");
        }
        var sections = SectionSplitter.Split(layout.Lines);
        text.AppendLine(c, $"--- header: {sections.Header.Count} lines");
        foreach (var section in sections.Sections)
        {
            text.AppendLine(c, $"--- {section.Kind} \"{section.Heading}\" ({section.Lines.Count} lines)");
        }
        var resume = ResumeBuilder.Build(layout, budget);
        text.AppendLine(c, $"--- {resume.Work.Count} work, {resume.Education.Count} education, {resume.Skills.Count} skill groups");
        return text.ToString();
    }
}
