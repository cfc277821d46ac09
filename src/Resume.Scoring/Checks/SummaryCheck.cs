using Resume.Model;
using System.Text.RegularExpressions;
using Resume.Scoring.Text;

namespace Resume.Scoring.Checks;

/// <summary>A summary that is there and specific: the guide's length, years of experience, core skills and a measured result.</summary>
internal sealed partial class SummaryCheck : ResumeCheck
{
    public override string Id => CheckIds.Summary;
    public override string Title => "A specific professional summary";
    public override int Weight => 6;
    public override string Category => ScoreCategories.Content;

    public override CheckOutcome Run(CheckContext context)
    {
        var guidance = context.Rules.Summary;
        var summary = context.Resume.Basics.Summary?.Trim();
        if (string.IsNullOrEmpty(summary))
        {
            var header = string.Join(" — ", new[] { context.Resume.Basics.Name, context.Resume.Basics.Label }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return new CheckOutcome(0, CheckStatus.Fail, "There is no summary: the first thing a recruiter reads says nothing about you.",
                [header.Length > 0 ? $"Header: {header}" : context.SectionsLine()],
                $"Add two or three sentences under your name. {guidance.Advice} For example: '{guidance.Example}'");
        }

        var words = summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var years = Years().Match(summary);
        var level = !years.Success && Seniority().IsMatch(summary);
        var skills = context.SkillsIn(summary).Select(m => m.Skill.Name).Distinct(StringComparer.Ordinal).ToList();
        var figures = QuantityFinder.Find(years.Success ? summary.Remove(years.Index, years.Length) : summary);

        // A tenth either side of the guide's range is still the right length: nobody should rewrite for one word.
        var tooShort = words < guidance.MinWords * 0.9;
        var tooLong = words > guidance.MaxWords * 1.1;
        var lengthScore = tooShort ? (double)words / guidance.MinWords : tooLong ? 0.5 : 1;
        var score = 0.2 + 0.25 * lengthScore + 0.2 * (years.Success ? 1 : level ? 0.5 : 0) + 0.2 * Math.Min(1, skills.Count / 2.0) + 0.15 * (figures.Count > 0 ? 1 : 0);

        var found = new List<string> { $"{words} words" };
        var fixes = new List<string>();
        if (tooShort)
        {
            fixes.Add($"Write at least {guidance.MinWords} words: two or three full sentences.");
        }
        else if (tooLong)
        {
            fixes.Add($"Cut it to under {guidance.MaxWords} words; move the detail into your bullets.");
        }
        if (years.Success)
        {
            found.Add($"years stated ('{years.Value}')");
        }
        else
        {
            fixes.Add(context.YearsOfExperience < 0.05
                ? "Say where you stand, e.g. '… graduating in nursing this summer' or '… with two years of internships'."
                : $"State your years of experience, e.g. '… with {Wording.WholeYears(context.YearsOfExperience)} of experience'.");
        }
        if (skills.Count >= 2)
        {
            found.Add($"skills named ({string.Join(", ", skills.Take(4))})");
        }
        else
        {
            var core = context.AllSkills.Where(s => context.Rules.SkillCategories.Contains(s.Category))
                .Select(s => s.Name).Order(StringComparer.Ordinal).Take(3).ToList();
            fixes.Add(core.Count > 0 ? $"Name your core skills, e.g. {string.Join(", ", core)}." : "Name the two or three skills of the role you know best.");
        }
        if (figures.Count > 0)
        {
            found.Add($"a figure ('{figures[0].Text}')");
        }
        else
        {
            var best = context.Bullets.FirstOrDefault(b => context.QuantitiesIn(b.Text).Count > 0);
            fixes.Add(best is null
                ? "End with one result that has a number in it."
                : $"End with your strongest measured result, e.g. from your experience: '{Wording.Shorten(best.Text, 100)}'.");
        }

        var detail = $"The summary has {Wording.Join(found)}"
            + (fixes.Count > 0 ? $"; it lacks {Wording.Join(Lacks(tooShort, tooLong, guidance, years.Success, skills.Count, figures.Count))}." : ".");
        if (fixes.Count == 0)
        {
            return CheckOutcome.Pass(score, detail, [summary]);
        }
        // Something to change is never a pass.
        var status = score >= 0.85 ? CheckStatus.Warn : CheckOutcome.StatusOf(score);
        return new CheckOutcome(score, status, detail, [summary], string.Join(" ", fixes) + $" {guidance.Advice}");
    }

    private static List<string> Lacks(bool tooShort, bool tooLong, Guides.SummaryGuidance guidance, bool years, int skills, int figures)
    {
        var lacks = new List<string>();
        if (tooShort)
        {
            lacks.Add($"length (under {guidance.MinWords} words)");
        }
        if (tooLong)
        {
            lacks.Add($"focus (over {guidance.MaxWords} words)");
        }
        if (!years)
        {
            lacks.Add("years of experience");
        }
        if (skills < 2)
        {
            lacks.Add("named skills");
        }
        if (figures == 0)
        {
            lacks.Add("a measured result");
        }
        return lacks;
    }

    [GeneratedRegex(@"\b(?:\d{1,2}\s*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*(?:\+\s*)?(?:years?|yrs?)\b|\b(?:over|more than|almost|nearly) (?:a|one) (?:year|decade)\b|\ba decade\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(?:senior|junior|staff|principal|lead|graduate|entry-level|mid-level|head of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Seniority();
}
