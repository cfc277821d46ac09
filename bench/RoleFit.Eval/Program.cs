using Resume.Fixtures;
using Resume.Parsing;
using Resume.Scoring;

// RoleFit.Eval [--only PREFIX] [--show]: every hand-written résumé parsed and scored for auto, its own guides and a
// wrong one; --show also prints each one's report for auto (verdict, findings, advice), to read what it says.
string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
var only = Option("--only") ?? "";
var parser = new ResumeParser();
var scorer = new ResumeScorer(RoleGuideCatalog.BuiltIn, new FixedDay(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
var evaluation = RoleFitEvaluation.Run(
    RoleFitEvalSet.Cases.Where(c => c.File.StartsWith(only, StringComparison.Ordinal)),
    bytes =>
    {
        using var stream = new MemoryStream(bytes);
        var parsed = parser.Parse(stream);
        return (parsed.Resume, parsed.Error?.Code);
    },
    (resume, role) => scorer.Score(resume, role));
evaluation.Print(Console.Out);
if (args.Contains("--show"))
{
    foreach (var outcome in evaluation.Outcomes.Where(o => o.ParseError is null))
    {
        using var stream = new MemoryStream(outcome.Case.Content);
        ReportText.Write(Console.Out, outcome.Case.File, scorer.Score(parser.Parse(stream).Resume!, "auto"));
    }
}
return 0;

internal sealed class FixedDay(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
