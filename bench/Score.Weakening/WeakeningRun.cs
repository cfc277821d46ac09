using System.Diagnostics;
using System.Globalization;
using Resume.Model;
using Resume.Parsing;
using Resume.Scoring;

namespace Score.Weakening;

/// <summary>Scores every case as written and weakened, from truth.json and (with --parse) from each rendered file, and prints the figures.</summary>
internal sealed class WeakeningRun(string casesDirectory, string role, bool parseFiles, string? show, TextWriter output)
{
    private readonly ResumeScorer _scorer = new(RoleGuideCatalog.BuiltIn, new FixedClock(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
    private readonly IReadOnlyList<string> _order = RoleGuideCatalog.BuiltIn.Get(role).SectionOrder;
    private readonly Stopwatch _scoring = new();
    private readonly List<ResumeDocument> _seen = [];
    private int _scored;

    public int Run()
    {
        var cases = Directory.EnumerateDirectories(casesDirectory).Order(StringComparer.Ordinal).ToList();
        if (cases.Count == 0)
        {
            output.WriteLine($"No cases under {casesDirectory}.");
            return 2;
        }

        var fromTruth = new List<CaseResult>();
        var fromFiles = new List<CaseResult>();
        var parseFailures = new List<string>();
        var parser = new ResumeParser();
        foreach (var dir in cases)
        {
            var name = Path.GetFileName(dir);
            var truth = Path.Combine(dir, "truth.json");
            if (File.Exists(truth))
            {
                fromTruth.Add(Compare(name, TruthFile.Read(truth)));
            }
            if (!parseFiles)
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(dir).Where(f => Path.GetExtension(f) is ".pdf" or ".docx" or ".txt" or ".md").Order(StringComparer.Ordinal))
            {
                using var stream = File.OpenRead(file);
                var parsed = parser.Parse(stream);
                var label = $"{name}/{Path.GetFileName(file)}";
                if (parsed.Resume is { } resume)
                {
                    fromFiles.Add(Compare(label, resume));
                }
                else
                {
                    parseFailures.Add($"{label}: {parsed.Error?.Code}");
                }
            }
        }

        Print("truth.json", fromTruth);
        if (parseFiles)
        {
            Print("parsed files", fromFiles);
            output.WriteLine($"parse failures: {parseFailures.Count}{(parseFailures.Count > 0 ? " (" + string.Join(", ", parseFailures.Take(5)) + (parseFailures.Count > 5 ? ", …" : "") + ")" : "")}");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scoring cost, first pass: {_scoring.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, _scored):0} µs per résumé over {_scored} scorings"));
        PrintWarmCost();
        return 0;
    }

    /// <summary>The steady-state cost: every résumé seen so far scored again, several rounds, with the JIT warmed up.</summary>
    private void PrintWarmCost()
    {
        const int Rounds = 20;
        // CPU time, not wall time: on a shared machine the wall clock mostly measures other people's work.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var resume in _seen)
            {
                _scorer.Score(resume, role);
            }
        }
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        _scorer.Score(_seen[0], role);
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scoring cost, warm: {cpu.TotalMilliseconds * 1000 / (Rounds * _seen.Count):0} µs CPU per résumé ({clock.Elapsed.TotalMilliseconds * 1000 / (Rounds * _seen.Count):0} µs wall; {Rounds} rounds of {_seen.Count}); {bytes / 1024} KiB allocated for one"));
    }

    private CaseResult Compare(string name, ResumeDocument resume)
    {
        var original = Score(resume);
        var weakened = Score(Weakener.Weaken(resume, _order));
        if (show is not null && name.StartsWith(show, StringComparison.Ordinal))
        {
            output.WriteLine($"--- {name}, as written:\n{ResumeJson.Serialize(original)}\n--- {name}, weakened:\n{ResumeJson.Serialize(weakened)}");
        }
        var checks = original.Checks.ToDictionary(c => c.Id, c => (c.Score, weakened.Checks.First(w => w.Id == c.Id).Score), StringComparer.Ordinal);
        return new CaseResult(name, original.Score, weakened.Score, checks);
    }

    private ScoreReport Score(ResumeDocument resume)
    {
        _seen.Add(resume);
        if (_scored == 0)
        {
            _scorer.Score(resume, role); // the first call loads guides and taxonomy; keep it out of the per-résumé cost
        }
        _scoring.Start();
        var report = _scorer.Score(resume, role);
        _scoring.Stop();
        _scored++;
        return report;
    }

    private void Print(string source, IReadOnlyList<CaseResult> results)
    {
        if (results.Count == 0)
        {
            output.WriteLine($"{source}: no résumés scored.");
            return;
        }
        var dropped = results.Count(r => r.Weakened < r.Original);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{source}: {results.Count} résumés, weakened < original in {dropped} ({(double)dropped / results.Count:P1}); "
            + $"mean original {results.Average(r => r.Original):0.0}, mean weakened {results.Average(r => r.Weakened):0.0}, "
            + $"mean drop {results.Average(r => r.Drop):0.0} (min {results.Min(r => r.Drop)}, max {results.Max(r => r.Drop)})"));
        foreach (var id in results[0].Checks.Keys)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {id,-22} original {results.Average(r => r.Checks[id].Original),5:0.0}  weakened {results.Average(r => r.Checks[id].Weakened),5:0.0}"));
        }
        foreach (var result in results.Where(r => r.Weakened >= r.Original))
        {
            output.WriteLine($"  did not drop: {result.Name} ({result.Original} → {result.Weakened})");
        }
        output.WriteLine($"  smallest drops: {string.Join(", ", results.Where(r => r.Weakened < r.Original).OrderBy(r => r.Drop).ThenBy(r => r.Name, StringComparer.Ordinal).Take(3).Select(r => $"{r.Name} ({r.Original} → {r.Weakened})"))}");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
