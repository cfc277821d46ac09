using System.Globalization;
using Resume.Model;
using Resume.Parsing.Extraction.Text;
using Resume.Parsing.Layout;
using Resume.Parsing.Ocr;

namespace Resume.Parsing.Extraction.Scan;

/// <summary>
/// Photos and scans: the words are read with OCR so the content can still be judged, while the layout keeps the fact
/// that an ATS reads nothing from the file (<see cref="ParseWarningCodes.ImageOnly"/>, reported first).
/// </summary>
internal static class ScanReader
{
    public static LayoutDocument ReadPhoto(byte[] buffer, int length, ImageFormat format, IOcr? ocr, ParserOptions options, ParseBudget budget)
    {
        var name = format == ImageFormat.Png ? "PNG" : "JPEG";
        if (ImageSize.Read(buffer.AsSpan(0, length), format) is not var (width, height))
        {
            throw new ParseFailure(ErrorCodes.Corrupt,
                $"The {name} image is damaged: its header does not say how large it is. Save or take the picture again.");
        }
        if (width > options.MaxImageSide || height > options.MaxImageSide || (long)width * height > options.MaxImagePixels)
        {
            throw new ParseFailure(ErrorCodes.TooComplex, string.Create(CultureInfo.InvariantCulture,
                $"The {name} image is {width:N0} × {height:N0} pixels; photos and scans of up to {options.MaxImagePixels / 1e6:0.#} megapixels and {options.MaxImageSide:N0} pixels a side are read. Save it smaller, or better, upload the resume as PDF or DOCX."));
        }
        if (ocr is null)
        {
            throw new ParseFailure(ErrorCodes.UnsupportedType,
                $"This file is a photo or scan (a {name} image). Reading text from pictures needs OCR (tesseract), which this installation does not have; upload the resume as PDF, DOCX or text.");
        }
        string text;
        try
        {
            text = ocr.ReadImage(buffer.AsMemory(0, length), options.OcrPageSide, budget.Remaining, budget.CancellationToken);
        }
        catch (OcrException e)
        {
            throw new ParseFailure(e.Code, e.Message);
        }
        budget.Check();
        return FromText(text, format == ImageFormat.Png ? "png" : "jpeg", pageCount: 1, budget);
    }

    /// <summary>An image-only PDF's pages read with OCR; without OCR, or when OCR fails, the PDF stays as found (no text).</summary>
    public static LayoutDocument ReadScannedPdf(LayoutDocument scanned, byte[] buffer, int length, IOcr? ocr, ParserOptions options, ParseBudget budget)
    {
        if (ocr is null)
        {
            return scanned;
        }
        IReadOnlyList<string> pages;
        try
        {
            pages = ocr.ReadPdfPages(buffer.AsMemory(0, length), Math.Min(scanned.PageCount, options.MaxOcrPages), options.OcrPageSide,
                budget.Remaining, budget.CancellationToken);
        }
        catch (OcrException)
        {
            // The finding that matters most (an ATS reads nothing) stands without the text.
            return scanned;
        }
        budget.Check();
        return FromText(string.Join("\n\n", pages), "pdf", scanned.PageCount, budget);
    }

    private static LayoutDocument FromText(string text, string fileType, int pageCount, ParseBudget budget)
    {
        var read = PlainTextExtractor.Extract(text, markdown: false, budget);
        var layout = new LayoutDocument(fileType, pageCount, read.Lines);
        layout.Traits.Add(ParseWarningCodes.ImageOnly);
        if (read.Lines.Count > 0)
        {
            layout.Traits.Add(ParseWarningCodes.ReadByOcr);
        }
        return layout;
    }
}
