using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Resume.Fixtures;
using Resume.Parsing;
using Resume.Parsing.Isolation;
using Resume.Parsing.Isolation.Ocr;

namespace Parse.Bench;

/// <summary>
/// <c>--ocr</c>: what reading a photo or scan costs. Each made-up person's resume as a text PDF, a PNG and a JPEG of its
/// page at 300 dpi, an image-only PDF of it, and two askew (a photo and a scan, straightened before they are read), parsed in this process with tesseract (wall time, and the CPU of the
/// OCR tools, which run as child processes), then the same pictures through a warm parser process; finally the PNG
/// bomb. Measures; asserts nothing. "name read" counts exact matches: the English model (tesseract-ocr-eng) misreads
/// diacritics and cannot read Cyrillic or Chinese names (<c>--names</c> prints what it read). Machines shared with other work give noisy walls; the CPU figures are steadier.
/// </summary>
public static class OcrRun
{
    public static int Run(string[] args, TextWriter output)
    {
        var ocr = TesseractOcr.Find();
        if (ocr is null)
        {
            output.WriteLine("tesseract is not installed (apt-get install tesseract-ocr poppler-utils).");
            return 2;
        }
        var repeats = args.Contains("--quick") ? 1 : 3;
        var kinds = new (string Name, Func<byte[], byte[]> Make)[]
        {
            ("text pdf (no OCR)", pdf => pdf),
            ("png photo, 300 dpi", pdf => Pictures.Of(pdf, PictureFormat.Png)),
            ("jpeg photo, 300 dpi", pdf => Pictures.Of(pdf, PictureFormat.Jpeg)),
            ("image-only pdf", pdf => Pictures.ScannedPdf(pdf)),
            // Straightened before they are read: a second drawing and a second OCR pass.
            ("jpeg photo askew 6°", pdf => Pictures.Of(Pictures.ScannedPdf(pdf, degrees: 6), PictureFormat.Jpeg, dpi: 200)),
            ("image-only pdf askew -8°", pdf => Pictures.ScannedPdf(pdf, dpi: 200, degrees: -8)),
        };
        var files = kinds.Select(k => (k.Name, Files: People.All.Select(p => k.Make(PdfResume.SingleColumn(p))).ToList())).ToList();
        var parser = new ResumeParser(ParserOptions.Default, ocr);
        using var pool = new ProcessParseSandbox(new ParseIsolationOptions(), 1, NullLogger<ProcessParseSandbox>.Instance);
        foreach (var (_, list) in files)
        {
            // Warm-up: runtime tiers, tesseract's model in the page cache, the parser process started.
            Parse(parser, list[0]);
            using var stream = new MemoryStream(list[0], writable: false);
            pool.ParseAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
        }

        output.WriteLine($"{People.All.Count} made-up resumes × {repeats} passes, one page each; OCR tools single-threaded (OMP_THREAD_LIMIT=1)");
        output.WriteLine($"{"input",-22} {"wall ms/page",13} {"OCR CPU ms/page",16} {"this process CPU ms",20} {"isolated wall ms",17} {"words",6} {"name read",10}");
        foreach (var (name, list) in files)
        {
            double wall = 0, toolCpu = 0, ownCpu = 0, isolatedWall = 0;
            var words = 0;
            var named = 0;
            for (var pass = 0; pass < repeats; pass++)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var children = ChildrenCpu();
                    var own = Process.GetCurrentProcess().TotalProcessorTime;
                    var started = Stopwatch.GetTimestamp();
                    var result = Parse(parser, list[i]);
                    wall += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    ownCpu += (Process.GetCurrentProcess().TotalProcessorTime - own).TotalMilliseconds;
                    toolCpu += (ChildrenCpu() - children).TotalMilliseconds;
                    words += result.Resume?.Meta.WordCount ?? 0;
                    named += result.Resume?.Basics.Name == People.All[i].Name ? 1 : 0;
                    if (pass == 0 && args.Contains("--names"))
                    {
                        output.WriteLine($"  {People.All[i].Name} read as {result.Resume?.Basics.Name ?? result.Error?.Code}");
                    }

                    started = Stopwatch.GetTimestamp();
                    using var stream = new MemoryStream(list[i], writable: false);
                    pool.ParseAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
                    isolatedWall += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
            var n = (double)(repeats * list.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {wall / n,13:F0} {toolCpu / n,16:F0} {ownCpu / n,20:F1} {isolatedWall / n,17:F0} {words / n,6:F0} {named + "/" + (int)n,10}"));
        }

        var bomb = Pictures.PngBomb();
        var bombStarted = Stopwatch.GetTimestamp();
        using (var stream = new MemoryStream(bomb, writable: false))
        {
            var result = pool.ParseAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"png bomb ({bomb.Length / 1024} KB declaring 20,000 × 20,000): {result.Error?.Code} in {Stopwatch.GetElapsedTime(bombStarted).TotalMilliseconds:F0} ms; parser process peak {pool.PeakResidentBytes / (1024 * 1024)} MB"));
        }
        return 0;
    }

    private static ParseResult Parse(ResumeParser parser, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return parser.Parse(stream);
    }

    /// <summary>CPU of this process's finished children (the OCR tools), from /proc/self/stat's cutime and cstime.</summary>
    private static TimeSpan ChildrenCpu()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 16 and 17 of the file; the split starts at field 3.
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
