using System.Globalization;
using Resume.Model;

namespace Resume.Fixtures;

/// <summary>How one case of <see cref="RoleFitEvalSet"/> came out: the guide <c>auto</c> chose, and the fit for its own and a wrong guide.</summary>
public sealed record RoleFitOutcome(
    RoleFitCase Case, string? ParseError, RoleFit? Auto, IReadOnlyList<RoleFit> Own, RoleFit? Wrong, int WrongScore)
{
    public bool AutoRight => Auto is { } fit
        && (Case.Auto.Contains(fit.Role) || (Case.PartialOk.Contains(fit.Role) && fit.Fit == RoleFits.Partial));

    /// <summary>Own-field guides that called the résumé a poor fit.</summary>
    public IEnumerable<RoleFit> FalsePoor => Own.Where(f => f.Fit == RoleFits.Poor);

    /// <summary>The wrong guide did not say poor (or the file did not parse).</summary>
    public bool WrongMissed => Wrong is not { Fit: RoleFits.Poor };
}

/// <summary>
/// Runs the evaluation set through a parser and a scorer given by the caller (so tests and the bench run the same
/// measurement) and sums it up: auto accuracy, false poor fits on the own field, and what auto confused.
/// </summary>
public sealed class RoleFitEvaluation
{
    private RoleFitEvaluation(IReadOnlyList<RoleFitOutcome> outcomes) => Outcomes = outcomes;

    public IReadOnlyList<RoleFitOutcome> Outcomes { get; }

    /// <param name="parse">The file's bytes to a résumé, or the reason it could not be read.</param>
    /// <param name="score">A résumé scored for a role id or <c>auto</c>.</param>
    public static RoleFitEvaluation Run(
        IEnumerable<RoleFitCase> cases, Func<byte[], (ResumeDocument? Resume, string? Error)> parse, Func<ResumeDocument, string, ScoreReport> score) =>
        new(cases.Select(c =>
        {
            var (resume, error) = parse(c.Content);
            if (resume is null)
            {
                return new RoleFitOutcome(c, error ?? "not parsed", null, [], null, 0);
            }
            var wrong = score(resume, c.Wrong);
            return new RoleFitOutcome(
                c, null, score(resume, "auto").RoleFit, c.Own.Select(role => score(resume, role).RoleFit!).ToList(), wrong.RoleFit, wrong.Score);
        }).ToList());

    public int Count => Outcomes.Count;
    public int AutoRight => Outcomes.Count(o => o.AutoRight);
    public double AutoAccuracy => Count == 0 ? 0 : (double)AutoRight / Count;
    public int OwnAsked => Outcomes.Sum(o => o.Case.Own.Count);
    public int FalsePoor => Outcomes.Sum(o => o.FalsePoor.Count());
    public int WrongMissed => Outcomes.Count(o => o.WrongMissed);
    public int Occupations => Outcomes.Select(o => o.Case.Occupation).Distinct(StringComparer.Ordinal).Count();

    /// <summary>"file: expected a|b, auto chose c (partial)" for every case auto got wrong.</summary>
    public IReadOnlyList<string> Confusions() =>
        Outcomes.Where(o => !o.AutoRight)
            .Select(o => $"{o.Case.File}: expected {Expected(o.Case)}, auto chose {(o.Auto is { } a ? $"{a.Role} ({a.Fit})" : $"nothing: {o.ParseError}")}")
            .ToList();

    public void Print(TextWriter output)
    {
        output.WriteLine($"{"case",-40} {"kind",-9} {"expected",-44} {"auto",-32} {"own field",-36} wrong role");
        foreach (var o in Outcomes)
        {
            var auto = o.Auto is { } a ? $"{(o.AutoRight ? "ok " : "XX ")}{a.Role} ({a.Fit})" : $"XX {o.ParseError}";
            var own = string.Join(", ", o.Own.Select(f => $"{(f.Fit == RoleFits.Poor ? "XX " : "")}{f.Fit}"));
            var wrong = o.Wrong is { } w ? $"{(o.WrongMissed ? "XX " : "")}{w.Role} {w.Fit} {o.WrongScore}" : "XX";
            output.WriteLine($"{o.Case.File,-40} {o.Case.Kind,-9} {Expected(o.Case),-44} {auto,-32} {own,-36} {wrong}");
        }
        output.WriteLine(Summary());
        foreach (var kind in Outcomes.GroupBy(o => o.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Key,-9} auto right {kind.Count(o => o.AutoRight)}/{kind.Count()}");
        }
        foreach (var batch in Outcomes.GroupBy(o => o.Case.Batch).OrderBy(g => g.Key))
        {
            output.WriteLine($"  batch {batch.Key}: {new RoleFitEvaluation(batch.ToList()).Summary()}");
        }
        var confusions = Confusions();
        output.WriteLine(confusions.Count == 0 ? "confusions: none" : $"confusions ({confusions.Count}):");
        foreach (var line in confusions)
        {
            output.WriteLine($"  {line}");
        }
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} résumés, {Occupations} occupations: auto right {AutoRight}/{Count} ({AutoAccuracy:P1}); "
        + $"poor fit for their own field {FalsePoor} of {OwnAsked} asked; a wrong field's guide not saying poor {WrongMissed} of {Count}");

    private static string Expected(RoleFitCase c) =>
        string.Join("|", c.Auto.Concat(c.PartialOk.Select(p => p + "~partial")));
}
