using System.ComponentModel.DataAnnotations;

namespace Resume.Parsing.Isolation;

/// <summary>The <c>Parsing</c> settings: how uploads are parsed and the limits on each parser process.</summary>
public sealed class ParseIsolationOptions
{
    public const string Section = "Parsing";

    /// <summary>How long the parser itself may take; a child still busy this plus <see cref="KillGrace"/> later is killed.</summary>
    public static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    public IsolationMode Isolation { get; set; } = IsolationMode.Process;

    /// <summary>Parser processes kept warm, and so files parsed at once; 0: one per message the stage takes at once (CLI: per core).</summary>
    [Range(0, 256)]
    public int Processes { get; set; }

    /// <summary>
    /// Resident memory at which a parser process is killed (its file ends <c>too-complex</c>). Half of it is the
    /// process's .NET heap limit; its address space is capped at the heap limit plus 1.5 GiB, what the runtime needs.
    /// </summary>
    [Range(256, 65536)]
    public int MemoryLimitMB { get; set; } = 1024;

    /// <summary>The parser's own time budget for one file (it then ends <c>timeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Files one parser process reads before a fresh one takes its place.</summary>
    [Range(1, 1_000_000)]
    public int ParsesPerProcess { get; set; } = 2000;

    /// <summary>The structure guards; off only to measure them or to let a hostile file reach the reader in tests.</summary>
    public bool CheckStructure { get; set; } = true;

    /// <summary>Photos and image-only PDFs read with OCR (tesseract) where it is installed.</summary>
    public bool Ocr { get; set; } = true;

    public ParserOptions ToParserOptions() => ParserOptions.Default with { Timeout = Timeout, CheckStructure = CheckStructure, Ocr = Ocr };
}
