using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Resume.Fixtures;
using Resume.Parsing.Isolation;

namespace Parse.Bench;

/// <summary>
/// <c>--hostile</c>: every file built to hurt a reader, each through a fresh parser process, with the guards and without
/// them (as if the guards had missed it): its code, its time, and the most memory that parser process held. Then the
/// most this process held: no file reaches it. Measures; asserts nothing.
/// </summary>
public static class HostileRun
{
    private static readonly (string Name, Func<byte[]> Build)[] Files =
    [
        ("pdf: objects referring to each other in a loop", () => HostilePdfs.LoopingReferences()),
        ("pdf: [/FlateDecode /FlateDecode] to 1 GiB", () => HostilePdfs.DoubleFlateBomb()),
        ("pdf: flate to 512 MiB, filter 2 KB before", () => HostilePdfs.FarFilterFlateBomb()),
        ("pdf: flate to 512 MiB, filter indirect", () => HostilePdfs.IndirectFilterFlateBomb()),
        ("pdf: hex + escaped flate to 512 MiB", () => HostilePdfs.EscapedChainFlateBomb()),
        ("pdf: run length to 384 MiB", () => HostilePdfs.RunLengthBomb()),
        ("pdf: page tree loop", () => HostilePdfs.PageTreeLoop()),
        ("pdf: arrays 100,000 deep", () => HostilePdfs.DeepNesting()),
        ("pdf: content arrays 100,000 deep", () => HostilePdfs.DeepContentArrays()),
        ("pdf: form drawing itself", () => HostilePdfs.SelfDrawingForm()),
        ("pdf: 200,000 × 200,000 image", () => HostilePdfs.HugeImage()),
        ("pdf: 50,000 pages", () => HostilePdfs.ManyPages()),
        ("docx: 10,000 nested tables", () => HostileDocx.NestedTables()),
        ("docx: elements 100,000 deep", () => HostileDocx.DeepElements()),
        ("docx: part lying about its size (512 MiB)", () => HostileDocx.LyingSizes()),
        ("docx: zip bomb (96 MiB)", () => HostileFiles.ZipBomb()),
    ];

    public static int Run(TextWriter output)
    {
        output.WriteLine($"{"file",-46} {"size",9}  {"guards",-6} {"code",-15} {"ms",8} {"parser process peak",20}");
        foreach (var (name, build) in Files)
        {
            var bytes = build();
            foreach (var guards in (bool[])[true, false])
            {
                using var sandbox = new ProcessParseSandbox(new ParseIsolationOptions { CheckStructure = guards }, 1, NullLogger<ProcessParseSandbox>.Instance);
                using var stream = new MemoryStream(bytes, writable: false);
                var clock = Stopwatch.StartNew();
                var result = sandbox.ParseAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
                clock.Stop();
                output.WriteLine($"{name,-46} {Size(bytes.Length),9}  {(guards ? "on" : "off"),-6} {result.Error?.Code ?? "ok",-15} {clock.Elapsed.TotalMilliseconds,8:F0} {sandbox.PeakResidentBytes / (1024.0 * 1024),16:F0} MiB");
            }
        }
        using var self = Process.GetCurrentProcess();
        output.WriteLine($"this process peak working set {self.PeakWorkingSet64 / (1024.0 * 1024):F0} MiB (it builds the files; it parses none)");
        return 0;
    }

    private static string Size(int bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):F1} MB" : $"{bytes / 1024.0:F1} KB";
}
