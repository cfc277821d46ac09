using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Resume.Model;
using Resume.Parsing.Isolation.Limits;
using Resume.Parsing.Ocr;

namespace Resume.Parsing.Isolation.Ocr;

/// <summary>
/// OCR with Debian's <c>tesseract</c>, and <c>pdftoppm</c> (poppler-utils) to draw an image-only PDF's pages: each a
/// program of its own under the limits every parse of untrusted bytes has (resident memory and address space, CPU,
/// wall clock, no network, no file written), fed on stdin and read from stdout, so nothing touches the disk.
/// </summary>
public sealed partial class TesseractOcr : IOcr
{
    /// <summary>What one OCR run may hold: tesseract needs ~250 MB for a 45-megapixel greyscale page.</summary>
    public const long DefaultMemoryLimitBytes = 1024L * 1024 * 1024;

    /// <summary>A greyscale page drawn for OCR is at most this many bytes (a PGM of the longer side squared, plus its header).</summary>
    private static long PageBytes(int side) => (long)side * side + 64;

    /// <summary>Recognised text of a resume, as TSV (a row per word), is tens of kilobytes; 4 MB means something is wrong.</summary>
    private const long MaxTextBytes = 4 * 1024 * 1024;

    private static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // One thread per run: the stage already runs as many files at once as it has cores for.
        ["OMP_THREAD_LIMIT"] = "1",
        ["LC_ALL"] = "C.UTF-8",
    };

    private readonly string _tesseract;
    private readonly string? _pdftoppm;
    private readonly long _memoryLimitBytes;

    private TesseractOcr(string tesseract, string? pdftoppm, long memoryLimitBytes) =>
        (_tesseract, _pdftoppm, _memoryLimitBytes) = (tesseract, pdftoppm, memoryLimitBytes);

    /// <summary>OCR with the tools this machine has, or null when it has no <c>tesseract</c> (photos are then refused
    /// with a sentence saying so, and image-only PDFs keep no text).</summary>
    public static TesseractOcr? Find(long memoryLimitBytes = DefaultMemoryLimitBytes) =>
        LimitedProcess.FindTool("tesseract") is { } tesseract
            ? new TesseractOcr(tesseract, LimitedProcess.FindTool("pdftoppm"), memoryLimitBytes)
            : null;

    public string ReadImage(ReadOnlyMemory<byte> image, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var outcome = Tesseract(image, timeout, cancellationToken);
        return Text(outcome, "image");
    }

    public IReadOnlyList<string> ReadPdfPages(ReadOnlyMemory<byte> pdf, int pages, int maxSidePixels, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_pdftoppm is null)
        {
            throw new OcrException(ErrorCodes.UnsupportedType, "The pages cannot be drawn for OCR: pdftoppm (poppler-utils) is not installed.");
        }
        var deadline = DateTime.UtcNow + timeout;
        var texts = new List<string>(pages);
        for (var page = 1; page <= pages; page++)
        {
            var number = page.ToString(CultureInfo.InvariantCulture);
            // Drawn to fit a box, not at a resolution, so a page declared a hundred metres wide is still a bounded picture.
            var drawn = ToolRun.Run(_pdftoppm, ["-gray", "-scale-to", maxSidePixels.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-"],
                Environment, pdf, Limits(Left(deadline)), _memoryLimitBytes, PageBytes(maxSidePixels), Left(deadline), cancellationToken);
            if (!drawn.Succeeded || drawn.Output.Length == 0)
            {
                throw Failure(drawn, "page");
            }
            texts.Add(Text(Tesseract(drawn.Output, Left(deadline), cancellationToken), "page"));
        }
        return texts;
    }

    // Page segmentation mode 1 finds the page's orientation first (osd.traineddata, which Debian's tesseract-ocr
    // depends on), so a sheet scanned upside down or a photo taken sideways is read upright; mode 3 read an upside-down
    // page as junk. It costs about a tenth more per page; without the orientation data tesseract reads as mode 3 would.
    private ToolOutcome Tesseract(ReadOnlyMemory<byte> image, TimeSpan timeout, CancellationToken cancellationToken) =>
        ToolRun.Run(_tesseract, ["stdin", "stdout", "-l", "eng", "--psm", "1", "tsv"], Environment, image, Limits(timeout), _memoryLimitBytes,
            MaxTextBytes, timeout, cancellationToken);

    private static string Text(ToolOutcome outcome, string what) =>
        outcome.Succeeded ? TesseractTsv.Text(Encoding.UTF8.GetString(outcome.Output)) : throw Failure(outcome, what);

    private static OcrException Failure(ToolOutcome outcome, string what) => outcome.Stop switch
    {
        ToolStop.Deadline => new OcrException(ErrorCodes.Timeout,
            $"Reading the {what} with OCR took longer than the time allowed, so it was stopped; take the photo again in good light, or upload the resume as PDF or DOCX."),
        ToolStop.Memory or ToolStop.Output => new OcrException(ErrorCodes.TooComplex,
            $"Reading the {what} with OCR needed far more than any resume, so it was stopped; the picture may be damaged or built to exhaust image readers."),
        // SIGXCPU (the kernel's CPU limit) is a timeout; other signals are a crash on a hostile or broken picture.
        _ when outcome.Signal == 24 => new OcrException(ErrorCodes.Timeout,
            $"Reading the {what} with OCR used more than the CPU time allowed, so it was stopped."),
        _ when outcome.Signal is not null => new OcrException(ErrorCodes.TooComplex,
            $"Reading the {what} with OCR crashed the reader; the picture is damaged or built to exhaust image readers."),
        _ => new OcrException(ErrorCodes.Corrupt,
            $"The {what} could not be read as a picture: it is damaged or cut short. Save or take it again."),
    };

    private static TimeSpan Left(DateTime deadline) => deadline - DateTime.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero;

    private ProcessLimits Limits(TimeSpan timeout) => new()
    {
        // Native tools: their address space is close to what they hold; never above what this process may have.
        AddressSpaceBytes = Math.Min(_memoryLimitBytes + 256L * 1024 * 1024, HardLimit(AddressSpace)),
        CpuSeconds = Math.Min((long)Math.Ceiling(timeout.TotalSeconds) + 1, HardLimit(Cpu)),
        OpenFiles = 64,
        NoNetwork = true,
    };

    private const int Cpu = 0;
    private const int AddressSpace = 9;

    /// <summary>This process's hard limit: a child may not be given more, unless privileged.</summary>
    private static long HardLimit(int resource) =>
        OperatingSystem.IsLinux() && GetRlimit(resource, out var limit) == 0 && limit.Maximum < long.MaxValue ? (long)limit.Maximum : long.MaxValue;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int GetRlimit(int resource, out RLimit limit);
}
