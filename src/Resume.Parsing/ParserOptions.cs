namespace Resume.Parsing;

/// <summary>Limits that keep one hostile file from costing more than a resume should.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Larger uploads are refused before any parsing (10 MiB: a resume with photos stays far below).</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Resumes run one to three pages; twenty leaves room for CVs with publications.</summary>
    public int MaxPages { get; init; } = 20;

    /// <summary>
    /// Most a file may expand to when its compressed parts (DOCX entries, PDF streams) are inflated; 256 MiB is far beyond
    /// any resume and refuses decompression bombs before they exhaust memory.
    /// </summary>
    public long MaxExpandedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Whether the structure guards (PDF streams, references, nesting, pages, images; DOCX parts and XML depth) look at
    /// a file before the reader opens it. Off only to measure what they cost, or in tests that must let a hostile file
    /// reach the reader (the process isolation's); never for uploads.
    /// </summary>
    public bool CheckStructure { get; init; } = true;

    /// <summary>Wall-clock budget for one file; a parse that runs longer ends as <c>timeout</c>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether photos and image-only PDFs are read with the OCR engine the parser is given (off: photos are
    /// refused and scans keep no text, as on a machine without an engine).</summary>
    public bool Ocr { get; init; } = true;

    /// <summary>
    /// Largest photo or scan read with OCR, in pixels: a 48-megapixel phone photo is 8000 × 6000. The size is taken from
    /// the image's header before any pixel is decoded, so a small file that declares gigapixels ends <c>too-complex</c>.
    /// </summary>
    public long MaxImagePixels { get; init; } = 50_000_000;

    /// <summary>Longest side of a photo or scan read with OCR, in pixels (a page at 600 dpi is about 7000).</summary>
    public int MaxImageSide { get; init; } = 16_000;

    /// <summary>Pages of an image-only PDF read with OCR; a resume's content is on its first pages, and each costs seconds.</summary>
    public int MaxOcrPages { get; init; } = 5;

    /// <summary>Longer side, in pixels, of a page of an image-only PDF drawn for OCR: an A4 page at 300 dpi.</summary>
    public int OcrPageSide { get; init; } = 3508;
}
