using Resume.Model;
using Resume.Scoring.Checks;

namespace Resume.Scoring.Matching;

/// <summary>Compares a résumé with a posting's terms: which it shows, which it lacks, and a rate weighted by importance.</summary>
internal static class JobMatcher
{
    public static (JobMatch Match, IReadOnlyList<(PostingTerm Term, bool Found)> Terms) Match(CheckContext context, string posting)
    {
        var terms = JobPostingReader.Read(posting, context.Guide.Taxonomy)
            .Select(t => (Term: t, Found: t.Skill is { } skill ? context.AllSkills.Contains(skill) : t.Key.Split(' ').All(w => context.Words.Contains(w) || context.Words.Contains(w + "s"))))
            .ToList();
        var total = terms.Sum(t => t.Term.Weight);
        var rate = total == 0 ? 0 : Math.Round(terms.Where(t => t.Found).Sum(t => t.Term.Weight) / total, 2);
        var match = new JobMatch(
            rate,
            terms.Where(t => t.Found).Select(t => t.Term.Name).ToList(),
            terms.Where(t => !t.Found).Select(t => t.Term.Name).ToList(),
            terms.Where(t => !t.Found && t.Term.IsImportant).Select(t => t.Term.Name).ToList())
        {
            Terms = terms.Select(t => new JobTerm(t.Term.Name, t.Term.Skill is null ? "keyword" : "skill", ImportanceName(t.Term.Importance), t.Term.Count, t.Found)).ToList(),
        };
        return (match, terms);
    }

    internal static string ImportanceName(TermImportance importance) =>
        importance switch
        {
            TermImportance.Required => "required",
            TermImportance.Preferred => "preferred",
            _ => "mentioned",
        };
}
