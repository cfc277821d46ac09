using Resume.Scoring.Guides;

namespace Resume.Scoring.Checks;

/// <summary>
/// The guide's page rule for the candidate's experience, in the one sentence both the length check and the advice use:
/// the one experience figure and the guide's one threshold, so a report never holds two length rules.
/// </summary>
internal static class LengthRule
{
    public static PageRule For(CheckContext context) => context.Rules.PageRuleFor(context.YearsOfExperience);

    /// <summary>"one page", "one page (two at most)", "two pages".</summary>
    public static string Pages(PageRule rule) =>
        rule.MaxPages > rule.Pages ? $"{Wording.Pages(rule.Pages)} ({Wording.Pages(rule.MaxPages)} at most)" : Wording.Pages(rule.Pages);

    /// <summary>"under 7 years", "from 7 years", or "at any stage" for a guide with one rule.</summary>
    public static string Stage(RoleGuide guide, PageRule rule)
    {
        if (guide.PageRules.Count < 2)
        {
            return "at any stage";
        }
        var threshold = Wording.Years(guide.PageRules[1].FromYears);
        return rule == guide.PageRules[0] ? $"under {threshold} years" : $"from {threshold} years";
    }

    /// <summary>The advice line: "With about 6.4 years of experience: one page, as the Backend Developer guide recommends under 7 years. …"</summary>
    public static string Advice(CheckContext context)
    {
        var rule = For(context);
        return $"With {Wording.Experience(context.YearsOfExperience)}: {Pages(rule)}, as the {context.Rules.Title} guide recommends {Stage(context.Rules, rule)}. {rule.Advice}";
    }
}
