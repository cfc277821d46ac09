namespace Resume.Parsing.Ocr;

/// <summary>
/// Reads the words in pictures of text: a photo or scan, or the pages of a PDF that holds only images. The parser
/// decides when to call it and bounds what it hands over (pixels, pages, time); an engine runs under its own limits.
/// </summary>
public interface IOcr
{
    /// <summary>The text of one PNG or JPEG image; a page it has to draw again (to straighten it) is at most
    /// <paramref name="maxSidePixels"/> on its longer side. Throws <see cref="OcrException"/> when the image cannot be read.</summary>
    string ReadImage(ReadOnlyMemory<byte> image, int maxSidePixels, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>The text of the first <paramref name="pages"/> pages of a PDF, drawn as pictures of at most
    /// <paramref name="maxSidePixels"/> on their longer side. Throws <see cref="OcrException"/> when they cannot be read.</summary>
    IReadOnlyList<string> ReadPdfPages(ReadOnlyMemory<byte> pdf, int pages, int maxSidePixels, TimeSpan timeout, CancellationToken cancellationToken);
}
