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

    public string ReadImage(ReadOnlyMemory<byte> image, int maxSidePixels, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        return TesseractTsv.Text(Straightened(image, Words(Tesseract(image, timeout, cancellationToken), "image"), maxSidePixels, deadline, cancellationToken));
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
            var words = Words(Tesseract(drawn.Output, Left(deadline), cancellationToken), "page");
            texts.Add(TesseractTsv.Text(Straightened(drawn.Output, words, maxSidePixels, deadline, cancellationToken)));
        }
        return texts;
    }

    // Page segmentation mode 1 finds the page's orientation first (osd.traineddata, which Debian's tesseract-ocr
    // depends on), so a sheet scanned upside down or a photo taken sideways is read upright; mode 3 read an upside-down
    // page as junk. It costs about a tenth more per page; without the orientation data tesseract reads as mode 3 would.
    private ToolOutcome Tesseract(ReadOnlyMemory<byte> image, TimeSpan timeout, CancellationToken cancellationToken) =>
        ToolRun.Run(_tesseract, ["stdin", "stdout", "-l", "eng", "--psm", "1", "tsv"], Environment, image, Limits(timeout), _memoryLimitBytes,
            MaxTextBytes, timeout, cancellationToken);

    /// <summary>Tesseract follows lines leaning up to a degree or two, and loses them past three or four (measured on
    /// photographed pages: F1 0.53 at 2°, 0.33 at 4°, 0.09 at 7°); past this many degrees a page is straightened.</summary>
    private const double StraightenFrom = 1.5;

    /// <summary>More than this is no slanted photo: the words' slopes are then not to be trusted.</summary>
    private const double StraightenUpTo = 25;

    /// <summary>
    /// The words of a picture whose lines lean, read again from the picture drawn straight (by <c>pdftoppm</c>, from a
    /// PDF that turns it back; see <see cref="TurnedPicture"/>); the reading with more sure words wins, so a picture
    /// straightened wrongly costs time, never words. Any failure of the second reading keeps the first.
    /// </summary>
    private IReadOnlyList<TesseractTsv.Word> Straightened(ReadOnlyMemory<byte> picture, IReadOnlyList<TesseractTsv.Word> words, int maxSidePixels,
        DateTime deadline, CancellationToken cancellationToken)
    {
        if (_pdftoppm is null || (TesseractTsv.SkewDegrees(words) ?? InkSkew(picture, deadline, cancellationToken)) is not { } skew
            || Math.Abs(skew) < StraightenFrom || Math.Abs(skew) > StraightenUpTo || TurnedPicture.Pdf(picture.Span, skew) is not var (turned, side))
        {
            return words;
        }
        // Drawn at the picture's own scale (a pixel a point): tesseract finds blocks and lines by size, and the same page
        // drawn twice as large was read as a few junk lines.
        var drawn = ToolRun.Run(_pdftoppm, ["-gray", "-scale-to", Math.Min(side, maxSidePixels).ToString(CultureInfo.InvariantCulture), "-"],
            Environment, turned, Limits(Left(deadline)), _memoryLimitBytes, PageBytes(maxSidePixels), Left(deadline), cancellationToken);
        if (!drawn.Succeeded || drawn.Output.Length == 0)
        {
            return words;
        }
        var again = Tesseract(drawn.Output, Left(deadline), cancellationToken);
        if (!again.Succeeded)
        {
            return words;
        }
        var straight = TesseractTsv.Words(Encoding.UTF8.GetString(again.Output));
        return TesseractTsv.ConfidentWords(straight) >= TesseractTsv.ConfidentWords(words) ? straight : words;
    }

    /// <summary>The lean measured on the ink, for a picture tesseract found too few lines in: a page drawn for OCR is
    /// measured as it is, a photo is drawn small first.</summary>
    private double? InkSkew(ReadOnlyMemory<byte> picture, DateTime deadline, CancellationToken cancellationToken)
    {
        if (Pgm.Header(picture.Span) is not null)
        {
            return PixelSkew.Degrees(picture.Span);
        }
        if (TurnedPicture.Pdf(picture.Span, 0) is not var (upright, _))
        {
            return null;
        }
        var drawn = ToolRun.Run(_pdftoppm!, ["-gray", "-scale-to", PixelSkew.Side.ToString(CultureInfo.InvariantCulture), "-"],
            Environment, upright, Limits(Left(deadline)), _memoryLimitBytes, PageBytes(PixelSkew.Side), Left(deadline), cancellationToken);
        return drawn.Succeeded ? PixelSkew.Degrees(drawn.Output) : null;
    }

    private static IReadOnlyList<TesseractTsv.Word> Words(ToolOutcome outcome, string what) =>
        outcome.Succeeded ? TesseractTsv.Words(Encoding.UTF8.GetString(outcome.Output)) : throw Failure(outcome, what);

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
