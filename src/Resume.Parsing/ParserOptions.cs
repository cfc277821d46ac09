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
}
