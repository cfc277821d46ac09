using Resume.Fixtures;
using Resume.Parsing;
using Resume.Scoring;

// RoleFit.Eval [--only PREFIX]: every hand-written résumé parsed and scored for auto, its own guides and a wrong one.
var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : "";
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
return 0;

internal sealed class FixedDay(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
