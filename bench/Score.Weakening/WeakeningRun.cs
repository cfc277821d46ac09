using System.Diagnostics;
using System.Globalization;
using Resume.Fixtures;
using Resume.Model;
using Resume.Parsing;
using Resume.Scoring;

namespace Score.Weakening;

/// <summary>
/// Scores every résumé as written and weakened and prints the figures: generated people of every guide's field (each
/// for the asked role, <c>auto</c> by default, and for its own guide), or a folder's truth.json files and (with
/// --parse) each rendered file.
/// </summary>
internal sealed class WeakeningRun(string role, bool parseFiles, string? show, TextWriter output)
{
    private readonly ResumeScorer _scorer = new(RoleGuideCatalog.BuiltIn, new FixedClock(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
    private readonly Stopwatch _scoring = new();
    private readonly List<(ResumeDocument Resume, string Role)> _seen = [];
    private int _scored;

    /// <summary><paramref name="count"/> generated résumés per guide's field, each scored for the asked role and for its own guide.</summary>
    public int RunGenerated(int count)
    {
        var asked = new List<CaseResult>();
        var own = new List<CaseResult>();
        foreach (var (field, person) in PeopleGenerator.Generate(count))
        {
            var resume = PersonDocument.Of(person);
            var name = $"{field}/{person.Name}";
            asked.Add(Compare(name, resume, role) with { Group = field });
            own.Add(Compare(name, resume, field) with { Group = field });
        }
        Print($"generated, role {role}", asked);
        PrintGroups(asked);
        Print("generated, each for its own guide", own);
        PrintGroups(own);
        PrintCost();
        return 0;
    }

    public int Run(string casesDirectory)
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
                fromTruth.Add(Compare(name, TruthFile.Read(truth), role));
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
                    fromFiles.Add(Compare(label, resume, role));
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
        PrintCost();
        return 0;
    }

    private void PrintCost()
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scoring cost, first pass: {_scoring.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, _scored):0} µs per résumé over {_scored} scorings"));
        PrintWarmCost();
    }

    /// <summary>One line per guide's field: how many of its pairs dropped.</summary>
    private void PrintGroups(IReadOnlyList<CaseResult> results)
    {
        var line = results.GroupBy(r => r.Group ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count(r => r.Weakened < r.Original)}/{g.Count()}");
        output.WriteLine($"  by field: {string.Join(", ", line)}");
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
            foreach (var (resume, asked) in _seen)
            {
                _scorer.Score(resume, asked);
            }
        }
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        _scorer.Score(_seen[0].Resume, _seen[0].Role);
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scoring cost, warm: {cpu.TotalMilliseconds * 1000 / (Rounds * _seen.Count):0} µs CPU per résumé ({clock.Elapsed.TotalMilliseconds * 1000 / (Rounds * _seen.Count):0} µs wall; {Rounds} rounds of {_seen.Count}); {bytes / 1024} KiB allocated for one"));
    }

    private CaseResult Compare(string name, ResumeDocument resume, string asked)
    {
        var original = Score(resume, asked);
        // Sections turned against the order of the guide the original was scored for (the best fitting one for auto).
        var weakened = Score(Weakener.Weaken(resume, original.Guide.SectionOrder), asked);
        if (show is not null && name.StartsWith(show, StringComparison.Ordinal))
        {
            output.WriteLine($"--- {name}, as written:\n{ResumeJson.Serialize(original)}\n--- {name}, weakened:\n{ResumeJson.Serialize(weakened)}");
        }
        var checks = original.Checks.ToDictionary(c => c.Id, c => (c.Score, weakened.Checks.FirstOrDefault(w => w.Id == c.Id)?.Score ?? 0), StringComparer.Ordinal);
        return new CaseResult(name, original.Score, weakened.Score, checks);
    }

    private ScoreReport Score(ResumeDocument resume, string asked)
    {
        _seen.Add((resume, asked));
        if (_scored == 0)
        {
            _scorer.Score(resume, asked); // the first call loads guides and taxonomy; keep it out of the per-résumé cost
        }
        _scoring.Start();
        var report = _scorer.Score(resume, asked);
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
        foreach (var id in results.SelectMany(r => r.Checks.Keys).Distinct().Where(id => results.All(r => r.Checks.ContainsKey(id))))
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
