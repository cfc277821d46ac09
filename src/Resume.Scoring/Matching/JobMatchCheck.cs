using Resume.Model;
using Resume.Scoring.Checks;

namespace Resume.Scoring.Matching;

/// <summary>How much of what the posting asks for the résumé shows, weighted by importance (required, named often).</summary>
internal sealed class JobMatchCheck(IReadOnlyList<(PostingTerm Term, bool Found)> terms, JobMatch match) : ResumeCheck
{
    public override string Id => CheckIds.JobMatch;
    public override string Title => "Matches the job posting";
    public override int Weight => 20;
    public override string Category => ScoreCategories.Match;

    public override CheckOutcome Run(CheckContext context)
    {
        if (terms.Count == 0)
        {
            return CheckOutcome.NotApplicable("No skills or keywords were recognised in the job posting, so there is nothing to match.");
        }

        var found = terms.Count(t => t.Found);
        var missingImportant = terms.Where(t => !t.Found && t.Term.IsImportant).Select(t => t.Term).ToList();
        var missingRequired = missingImportant.Count(t => t.Importance == TermImportance.Required);
        var score = Math.Min(1, match.Rate / 0.8);
        var detail = $"The résumé shows {found} of the {terms.Count} skills and keywords in the posting (match rate {match.Rate:P0}, weighted by importance)"
            + (missingImportant.Count > 0 ? $"; missing and important: {string.Join(", ", missingImportant.Take(8).Select(t => t.Name))}." : ".");
        if (match.Rate >= 0.75 && missingRequired == 0)
        {
            return CheckOutcome.Pass(score, detail, terms.Where(t => t.Found).Take(6).Select(t => $"Posting: {Wording.Shorten(t.Term.Lines[0])}").Distinct().ToList());
        }

        var toAdd = (missingImportant.Count > 0 ? missingImportant : terms.Where(t => !t.Found).Select(t => t.Term).ToList()).Take(8).ToList();
        var evidence = toAdd.SelectMany(t => t.Lines.Take(1)).Distinct(StringComparer.Ordinal).Take(5).Select(l => $"Posting: {Wording.Shorten(l)}").ToList();
        var status = match.Rate < 0.45 ? CheckStatus.Fail : CheckStatus.Warn;
        var first = toAdd.FirstOrDefault()?.Name ?? "it";
        return new CheckOutcome(score, status, detail, evidence,
            $"Add, where you have really used them: {string.Join(", ", toAdd.Select(Describe))}. Put each in the skills list and in a bullet that shows the work "
            + $"(e.g. 'Built … with {first}, …'), spelled as the posting spells it.");
    }

    private static string Describe(PostingTerm term) =>
        term.Count > 1
            ? $"{term.Name} ({JobMatcher.ImportanceName(term.Importance)}, named {term.Count} times)"
            : $"{term.Name} ({JobMatcher.ImportanceName(term.Importance)})";
}
